## Hunanasesiad Blynyddol 2024/25 (enghraifft ddychmygol): geiriau'r adroddiad, yn
## Gymraeg. Mae dynodydd pob neges wedi'i enwi yn report.yaml. Gwerth neges yw'r
## geiriad llawn; ei briodoledd .easy yw'r geiriad hawdd ei ddeall. Mae'r cyngor,
## ei bobl a'i ffigurau yn ddychmygol. Drafft yw'r cyfieithiad hwn, i gyfieithydd
## ei adolygu (gweler README.md).

report-title = Hunanasesiad Blynyddol
report-subtitle = 2024/25
council-name = Cyngor Sir Morlan
report-period = Ebrill 2024 i Fawrth 2025

## Cyflwyniad

intro-about = Ynglŷn â'r hunanasesiad hwn
    .easy = Beth yw'r adroddiad hwn?
intro-about-duty = Rhaid i bob cyngor yng Nghymru adolygu bob blwyddyn pa mor dda y mae'n gwneud ei waith: pa mor dda y mae'n defnyddio ei arian, ei staff, ei adeiladau a'i dir, a pha mor dda y caiff ei redeg. Dyma hunanasesiad Cyngor Sir Morlan ar gyfer Ebrill 2024 i Fawrth 2025.
    .easy = Rhaid i bob cyngor yng Nghymru wirio pa mor dda mae'n gweithio. Hunanasesiad yw'r enw ar y gwiriad hwn. Mae'r adroddiad hwn am Ebrill 2024 i Fawrth 2025.
intro-about-evidence = Edrychon ni ar dystiolaeth gan bob gwasanaeth, gofynnon ni i 1,860 o drigolion, staff a phartneriaid am eu barn, a phrofon ni ein canfyddiadau gyda'n Pwyllgor Llywodraethu ac Archwilio cyn i'r Cabinet eu cymeradwyo.
    .easy = Edrychon ni ar waith pob tîm. Gofynnon ni i 1,860 o bobl beth maen nhw'n ei feddwl.
intro-about-ratings = Rydyn ni'n rhoi dwy sgôr i bob is-thema: pa mor dda y gwnaethon ni berfformio (Rhagorol, Da, Gweddol, Gwael), a pha mor sefydlog yw ein ffordd o weithio (Effeithiol, Yn ymwreiddio, Yn esblygu, Yn dod i'r amlwg).
    .easy = Rydyn ni'n rhoi 2 sgôr i bob rhan o'n gwaith. Mae un yn dweud pa mor dda wnaethon ni. Mae'r llall yn dweud pa mor sefydlog yw ein ffordd o weithio.
intro-about-languages = Rydyn ni'n cyhoeddi'r adroddiad hwn yn Gymraeg, yn Saesneg ac yn Bwyleg. Ar ôl Saesneg a Chymraeg, Pwyleg yw'r iaith gyntaf fwyaf cyffredin ym Morlan.
    .easy = Gallwch chi ddarllen yr adroddiad hwn yn Gymraeg, yn Saesneg ac yn Bwyleg.

## Y graddfeydd: enw pob lefel, ystyr y cyngor ac ystyr hawdd

performance = Perfformiad
performance-excellent = Rhagorol
    .meaning = Mae'r perfformiad yn gryf iawn, a gallai eraill ddysgu o'r ffordd rydyn ni'n gweithio.
    .easy = Rydyn ni'n gwneud yn dda iawn. Gall eraill ddysgu gennym ni.
performance-good = Da
    .meaning = Mae'r perfformiad yn gryf, gydag ambell faes i'w wella.
    .easy = Rydyn ni'n gwneud yn dda. Gall ambell beth fod yn well.
performance-fair = Gweddol
    .meaning = Mae'r perfformiad yn gymysg: mae cryfderau, ond mae angen gwella meysydd pwysig.
    .easy = Mae rhai pethau'n mynd yn dda. Mae angen i bethau pwysig wella.
performance-poor = Gwael
    .meaning = Mae'r perfformiad yn wan ac mae angen ei wella ar frys.
    .easy = Dydyn ni ddim yn gwneud yn dda. Rhaid i hyn wella'n fuan.

phase = Cam datblygu
phase-effective = Effeithiol
    .meaning = Mae ein ffordd o weithio wedi hen sefydlu ar draws y cyngor ac mae'n gwneud gwahaniaeth clir.
    .easy = Mae'n gweithio'n dda ar draws y cyngor cyfan.
phase-embedding = Yn ymwreiddio
    .meaning = Mae ein ffordd o weithio ar waith ac mae'n dod yn rhan o'r gwaith bob dydd.
    .easy = Mae'n dod yn rhan o'n gwaith bob dydd.
phase-evolving = Yn esblygu
    .meaning = Rydyn ni'n datblygu ac yn profi ein ffordd o weithio, a dydy hi ddim yr un fath ym mhobman eto.
    .easy = Rydyn ni'n dal i'w hadeiladu a'i phrofi.
phase-emerging = Yn dod i'r amlwg
    .meaning = Mae ein ffordd o weithio yn ei chamau cynnar: rydyn ni newydd ddechrau.
    .easy = Rydyn ni newydd ddechrau.

## Yr is-themâu a'u sgoriau

ratings-heading = Sut rydyn ni wedi sgorio ein hunain
    .easy = Ein sgoriau
    .caption = Pa mor dda aeth pob rhan o'n gwaith, a pha mor sefydlog yw hi
    .column = Is-thema
subtheme-priorities = Pennu blaenoriaethau clir
    .easy = Penderfynu beth sydd bwysicaf
subtheme-data = Defnyddio data i wella gwasanaethau
    .easy = Defnyddio ffeithiau a rhifau i wella gwasanaethau
subtheme-finance = Cynllunio ariannol
    .easy = Cynllunio sut rydyn ni'n gwario ein harian
subtheme-buildings = Rheoli adeiladau a thir
    .easy = Gofalu am ein hadeiladau a'n tir
subtheme-buying = Prynu nwyddau a gwasanaethau
    .easy = Sut rydyn ni'n prynu pethau
subtheme-recruitment = Recriwtio a chadw staff
    .easy = Dod o hyd i staff a'u cadw
subtheme-welsh = Sgiliau Cymraeg y staff
    .easy = Staff sy'n gallu siarad Cymraeg
subtheme-involving = Cynnwys trigolion
    .easy = Gofyn i bobl beth maen nhw'n ei feddwl
subtheme-partners = Gweithio gyda phartneriaid
    .easy = Gweithio gyda grwpiau eraill
subtheme-risk = Rheoli risg
    .easy = Dod o hyd i risgiau a delio â nhw
subtheme-decisions = Gwneud penderfyniadau'n agored
    .easy = Gwneud penderfyniadau lle gall pawb eu gweld

## SA1 Cynllunio a pherfformiad

planning = Cynllunio a pherfformiad
    .summary = Sut rydyn ni'n pennu ein blaenoriaethau ac yn gwirio ein cynnydd
    .easy = Sut rydyn ni'n cynllunio ein gwaith ac yn gweld sut mae'n mynd
planning-went-well = Beth aeth yn dda
planning-to-improve = Beth fyddwn ni'n ei wella
planning-well-plan = Cytunon ni ar Gynllun Corfforaethol newydd ar gyfer 2025 i 2030, gyda 4 amcan llesiant wedi'u llunio gan 1,120 o drigolion a ddywedodd wrthon ni beth sy'n bwysig iddyn nhw.
    .easy = Ysgrifennon ni gynllun newydd ar gyfer 2025 i 2030. Dywedodd 1,120 o bobl wrthon ni beth sy'n bwysig iddyn nhw.
planning-well-dashboard = Mae pob gwasanaeth bellach yn cyhoeddi ei ganlyniadau bob chwarter ar un dangosfwrdd a rennir, y gall cynghorwyr a'r cyhoedd ei weld.
    .easy = Mae pob tîm nawr yn rhoi ei ganlyniadau ar un dudalen we bob 3 mis. Gall cynghorwyr a'r cyhoedd ei gweld.
planning-improve-data = Mae rhai gwasanaethau'n dal i gofnodi eu ffigurau ar bapur, felly gall gymryd 6 wythnos i'w hadrodd. Byddwn ni'n symud pob gwasanaeth i'r system a rennir erbyn mis Mawrth 2026.
    .easy = Mae rhai timau'n dal i ysgrifennu eu canlyniadau ar bapur. Erbyn mis Mawrth 2026 byddan nhw i gyd yn defnyddio cyfrifiaduron.

## SA2 Arian ac adnoddau

resources = Arian ac adnoddau
    .summary = Sut rydyn ni'n cynllunio ein cyllideb ac yn gofalu am ein hadeiladau, ein tir a'n contractau
    .easy = Sut rydyn ni'n gofalu am arian, adeiladau a thir
resources-went-well = Beth aeth yn dda
resources-to-improve = Beth fyddwn ni'n ei wella
resources-well-budget = Gosodon ni gyllideb gytbwys ar gyfer 2025/26 a chau bwlch ariannu o £10 miliwn heb gau unrhyw lyfrgell, canolfan hamdden na chanolfan ddydd.
    .easy = Rydyn ni wedi cynllunio ein gwario ar gyfer y flwyddyn nesaf. Wnaethon ni ddim cau unrhyw lyfrgell na chanolfan chwaraeon.
resources-well-solar = Mae paneli solar ar 14 o adeiladau'r cyngor wedi lleihau'r trydan maen nhw'n ei gymryd o'r grid o draean.
    .easy = Mae paneli solar ar 14 o adeiladau'r cyngor nawr. Mae'r adeiladau hyn yn prynu llai o drydan.
resources-improve-buildings = Dim ond 62% o'n hadeiladau sydd ag arolwg cyfredol o'u cyflwr. Byddwn ni'n arolygu'r gweddill erbyn mis Rhagfyr 2025.
    .easy = Dydyn ni ddim wedi gwirio cyflwr ein holl adeiladau eto. Byddwn ni'n gwirio'r gweddill erbyn mis Rhagfyr 2025.
resources-improve-local-spend = Enillodd busnesau lleol 38% o'r hyn a wariwyd gennym ar nwyddau a gwasanaethau, yn brin o'n nod o 45%. Byddwn ni'n gwneud ein contractau'n symlach, fel y gall cwmnïau bach lleol wneud cais amdanyn nhw'n haws.
    .easy = Rydyn ni eisiau prynu mwy gan fusnesau lleol. Byddwn ni'n ei gwneud yn haws iddyn nhw weithio i ni.

## SA3 Ein gweithlu

workforce = Ein gweithlu
    .summary = Sut rydyn ni'n recriwtio, yn cadw ac yn datblygu ein staff
    .easy = Sut rydyn ni'n dod o hyd i staff da ac yn eu cadw
workforce-went-well = Beth aeth yn dda
workforce-to-improve = Beth fyddwn ni'n ei wella
workforce-well-apprentices = Cymeron ni 27 o brentisiaid ym meysydd gofal cymdeithasol, priffyrdd a TG: y nifer mwyaf erioed mewn un flwyddyn.
    .easy = Dechreuodd 27 o bobl swyddi gyda ni lle maen nhw'n dysgu wrth weithio.
workforce-well-welsh = Mae gan 41% o'n staff o leiaf sgiliau Cymraeg sylfaenol erbyn hyn, o'i gymharu â 33% flwyddyn yn ôl.
    .easy = Mae 4 o bob 10 o'n staff yn gallu siarad rhywfaint o Gymraeg nawr. Mae hyn yn fwy na'r llynedd.
workforce-improve-care = Mae'n anodd recriwtio gweithwyr gofal: roedd 1 o bob 6 swydd gofal cartref yn wag ym mis Mawrth 2025. Byddwn ni'n talu o leiaf y Cyflog Byw Gwirioneddol i weithwyr gofal, ac yn cynnig hyfforddiant â thâl o'u diwrnod cyntaf.
    .easy = Does gennym ni ddim digon o weithwyr gofal. Byddwn ni'n talu mwy iddyn nhw ac yn eu hyfforddi o'u diwrnod cyntaf.

## SA4 Gweithio gyda thrigolion a phartneriaid

residents = Gweithio gyda thrigolion a phartneriaid
    .summary = Sut rydyn ni'n cynnwys trigolion ac yn gweithio gyda sefydliadau eraill
    .easy = Sut rydyn ni'n gwrando ar bobl ac yn gweithio gyda grwpiau eraill
residents-went-well = Beth aeth yn dda
residents-to-improve = Beth fyddwn ni'n ei wella
residents-well-panel = Mae gan ein Panel Trigolion newydd 640 o aelodau, ac mae 55 ohonyn nhw'n siarad Pwyleg. Eleni fe helpodd i lunio 9 penderfyniad.
    .easy = Ymunodd 640 o bobl â'n grŵp newydd i roi eu barn i ni. Fe wnaethon nhw ein helpu i wneud 9 penderfyniad.
residents-well-hubs = Gyda'r bwrdd iechyd a 3 cymdeithas dai, agoron ni 4 hyb cymunedol, lle gall pobl gael cyngor ar arian, tai ac iechyd mewn un lle.
    .easy = Agoron ni 4 canolfan lle gallwch chi gael help gydag arian, cartrefi ac iechyd.
residents-impact-complaints = Atebon ni 86% o gwynion o fewn 20 diwrnod gwaith, o'i gymharu â 71% y flwyddyn cynt.
    .easy = Atebon ni fwy o gwynion mewn pryd na'r flwyddyn cynt.
residents-improve-young-people = Ychydig o bobl ifanc sy'n cymryd rhan yn ein hymgynghoriadau. Byddwn ni'n mynd i ysgolion, colegau a chlybiau ieuenctid i glywed eu barn.
    .easy = Dydy llawer o bobl ifanc ddim yn dweud wrthon ni beth maen nhw'n ei feddwl. Byddwn ni'n gofyn iddyn nhw mewn ysgolion a chlybiau ieuenctid.

## SA5 Penderfyniadau da a rheoli risg

governance = Penderfyniadau da a rheoli risg
    .summary = Sut rydyn ni'n rheoli risg ac yn gwneud penderfyniadau'n agored
    .easy = Sut rydyn ni'n gwneud penderfyniadau ac yn delio â risgiau
governance-went-well = Beth aeth yn dda
governance-to-improve = Beth fyddwn ni'n ei wella
governance-well-audit = Canfu Archwilio Cymru fod ein Pwyllgor Llywodraethu ac Archwilio yn effeithiol, a chafodd ein cyfrifon eu cymeradwyo mewn pryd am yr ail flwyddyn yn olynol.
    .easy = Mae Archwilio Cymru yn gwirio gwaith cynghorau. Dywedon nhw fod ein gwiriadau ein hunain yn gweithio'n dda.
governance-well-webcasting = Mae pob cyfarfod o'r cyngor a'r Cabinet bellach yn cael ei ddarlledu'n fyw ar-lein yn Gymraeg ac yn Saesneg, a chafodd y recordiadau eu gwylio 3,400 o weithiau.
    .easy = Gallwch chi wylio holl gyfarfodydd y cyngor yn fyw ar y we nawr. Cawson nhw eu gwylio 3,400 o weithiau.
governance-improve-risk = Dydy'r gwasanaethau ddim yn defnyddio ein cofrestr risg yn yr un ffordd eto. Byddwn ni'n hyfforddi pob rheolwr i reoli risg erbyn mis Medi 2025.
    .easy = Dydy pob tîm ddim yn delio â risgiau yn yr un ffordd. Byddwn ni'n hyfforddi pob rheolwr erbyn mis Medi 2025.

## Dyfyniadau ac astudiaethau achos

quotes-heading = Yn eu geiriau eu hunain
    .easy = Beth ddywedodd pobl wrthon ni
quote-hub = Des i i'r hyb ynglŷn â fy rhent, a gadael gyda help i dalu fy miliau gwresogi ac apwyntiad gyda nyrs y practis. Datrysodd un ymweliad dair problem.
    .easy = Es i i'r hyb ynglŷn â fy rhent. Ces i help gyda fy miliau hefyd. Ac fe welais i nyrs yno.
    .source = Ymwelydd â hyb cymunedol Bryn Morlan
quote-apprentice = Wnes i erioed feddwl y byddwn i'n cael swydd yn syth o'r ysgol. Nawr rydw i'n ennill, yn dysgu ac yn gofalu am y ffyrdd lle ces i fy magu.
    .easy = Ces i swydd yn syth o'r ysgol. Rydw i'n ennill arian ac yn dysgu ar yr un pryd.
    .source = Ffion, prentis yn y tîm priffyrdd
quote-panel = Am y tro cyntaf, gofynnodd y cyngor i deuluoedd Pwylaidd beth rydyn ni'n ei feddwl, a gofyn i ni yn ein hiaith ein hunain.
    .easy = Gofynnodd y cyngor i deuluoedd Pwylaidd beth rydyn ni'n ei feddwl. Gofynnon nhw i ni yn Bwyleg.
    .source = Jadwiga, aelod o'r Panel Trigolion (wedi'i gyfieithu o'r Bwyleg)

## Lluniau: testun amgen pob llun, sef beth mae'n ei olygu yma

picture-performance-excellent = Bawd i fyny: rhagorol
picture-performance-good = Cylch gwyrdd: da
picture-performance-fair = Cylch oren: gweddol
picture-performance-poor = Cylch coch: gwael
picture-phase-effective = Ysgwyd llaw: gweithio'n dda gyda'n gilydd
picture-phase-embedding = Calendr: rhan o'r gwaith bob dydd
picture-phase-evolving = Gwaith adeiladu: yn dal i gael ei adeiladu
picture-phase-emerging = Bwlb golau: syniad newydd
picture-report = Siart o ba mor dda wnaethon ni
picture-council = Cyngor Sir Morlan
picture-having-your-say = Dweud eich dweud
picture-traffic-lights = Goleuadau traffig: sgoriau
picture-languages = Darllen yn eich iaith eich hun
picture-plan = Cynllun
picture-computer = Cyfrifiadur
picture-money = Arian
picture-environment = Coeden: gwell i'r amgylchedd
picture-town = Adeiladau'r cyngor
picture-shop = Busnesau lleol
picture-job = Staff yn y gwaith
picture-training = Dysgu yn y gwaith
picture-welsh = Yr iaith Gymraeg
picture-health-worker = Gweithiwr gofal
picture-people = Pobl gyda'i gilydd
picture-help = Cael help a chyngor
picture-complaints = Ffurflen gwyno
picture-accounts = Ein cyfrifon, wedi'u gwirio
picture-children = Pobl ifanc
picture-online = Gwylio cyfarfodydd ar-lein
picture-safety = Delio â risgiau
picture-roads = Ffyrdd
picture-vote = Cynghorwyr, wedi'u dewis gan bleidleiswyr

## Geiriau anodd: pob gair fel y mae yn y geiriad hawdd, a'i esboniad

hard-word-self-assessment = hunanasesiad
    .explanation = Pan fydd cyngor yn gwirio pa mor dda mae'n gweithio. Wedyn mae'n dweud beth fydd yn ei wneud yn well.
hard-word-councillor = cynghorydd
    .explanation = Person rydych chi'n pleidleisio drosto. Mae cynghorwyr yn penderfynu beth mae'r cyngor yn ei wneud.
hard-word-solar-panels = paneli solar
    .explanation = Paneli ar do sy'n gwneud trydan o olau'r haul.
hard-word-risks = risgiau
    .explanation = Pethau a allai fynd o chwith.

## Sut i gysylltu â'r cyngor (dychmygol)

council-address =
    Neuadd y Sir
    Stryd y Castell
    Morlan
    MO1 2SA

## Cydnabyddiaeth

credit-openmoji = Lluniau: OpenMoji (openmoji.org), y prosiect emoji ac eiconau cod agored, trwydded CC BY-SA 4.0.
