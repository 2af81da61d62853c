## Canolbwyntio ar ein Perfformiad 2019-20: geiriau'r adroddiad, yn Gymraeg.
## Mae dynodydd pob neges wedi'i enwi yn report.yaml. Gwerth neges yw'r geiriad
## llawn; ei briodoledd .easy, lle mae un, yw'r geiriad hawdd ei ddarllen.

report-title = Canolbwyntio ar ein Perfformiad
report-subtitle = Crynodeb Gweithredol 2019 – 2020
council-name = Cyngor Bwrdeistref Sirol Wrecsam
report-period = Ebrill 2019 i Fawrth 2020

## Cyflwyniad

intro-council = Beth yw Cyngor Bwrdeistref Sirol Wrecsam?
intro-council-services = Dyma'r sefydliad sy'n gyfrifol am ystod eang o wasanaethau allweddol i bawb ym Mwrdeistref Sirol Wrecsam – pethau fel addysg, gwasanaethau cymdeithasol, cynnal a chadw priffyrdd, cynllunio a thai. Bob tro y caiff eich ailgylchu ei gasglu; y byddwch chi'n cerdded, yn beicio neu'n gyrru ar ffordd leol; neu y byddwch chi'n mynd i'r ysgol, rydych chi'n defnyddio un o wasanaethau'r Cyngor.
intro-council-councillors = Mae'r Cyngor yn cynnwys 52 o Gynghorwyr sy'n cael eu hethol gennych chi, y pleidleiswyr, bob pum mlynedd mewn etholiadau lleol. Y Cynghorwyr sy'n penderfynu sut mae'r Cyngor yn cael ei redeg a beth y bydd yn ei wneud. Mae'r rhan fwyaf o'u cyfarfodydd yn gyhoeddus, felly gallwch chi fynd yno i'w gwylio, neu ddarllen cofnodion y cyfarfodydd ar wefan y Cyngor.

intro-plan = Beth yw Cynllun y Cyngor?
intro-plan-themes = Mae Cynllun y Cyngor yn egluro beth mae Cyngor Bwrdeistref Sirol Wrecsam wedi ymrwymo i'w wneud i wneud y sir gyfan yn lle gwell i bobl fyw, gweithio, dysgu a chwarae ynddo. Mae'n gosod targedau ar gyfer faint o welliant y mae'r Cyngor yn anelu at ei wneud mewn pedair thema allweddol: Economi, Pobl, Lle a Sefydliad. O fewn y pedair thema allweddol hyn, mae cyfanswm o 14 amcan llesiant. Ochr yn ochr â hyn, nododd Cynllun y Cyngor (2019-2022) weledigaeth gliriach ar gyfer pob un o'n themâu llesiant, a datblygodd gyfres lai a mwy penodol o flaenoriaethau yn ystod y flwyddyn, yn unol â'n hamcanion llesiant, gyda gweithgareddau clir a oedd yn brif ffocws i'n gwaith yn 2019/20.
intro-plan-website = Mae'r cynllun llawn ar gael ar wefan Cyngor Wrecsam.

intro-report = Beth yw hwn?
intro-report-annual = Bob blwyddyn rydyn ni'n cynhyrchu adroddiad blynyddol ar ein perfformiad yn erbyn Cynllun y Cyngor, o'r enw 'Canolbwyntio ar ein Perfformiad'. Dyma ein hadroddiad yn ôl i chi ynghylch a ydyn ni wedi gwneud yr hyn y dywedon ni y bydden ni'n ei wneud, ac a ydyn ni wedi cyrraedd ein targedau. Mae'r adroddiad yn ymdrin â'r cyfnod o Ebrill 2019 i Fawrth 2020.
intro-report-judgement = Mae'r adroddiad llawn yn rhoi barn gyffredinol a disgrifiad o'r cynnydd o ran canlyniadau pob un o'r 6 blaenoriaeth yn ystod y flwyddyn a'r 14 amcan llesiant. Mae'r farn yn seiliedig ar system goleuadau traffig sydd â thri chategori: Gwyrdd, Ambr a Choch.
intro-report-short-version = Crynodeb byr, hawdd ei ddarllen, o'r adroddiad llawn yw'r hyn rydych chi'n ei ddarllen nawr. Os hoffech chi ragor o wybodaeth am unrhyw un o'r meysydd yn y llyfryn hwn - neu os oes gennych chi ddiddordeb mawr yn y math yma o beth - chwiliwch am 'Canolbwyntio ar ein Perfformiad' ar ein gwefan.
intro-report-guide = Mae'r crynodeb perfformiad yn rhoi cipolwg ar sgôr perfformiad yr holl flaenoriaethau yn ystod y flwyddyn a'r amcanion llesiant. Mae'r adrannau ar y pedair thema llesiant yn rhoi trosolwg o'n huchafbwyntiau.

## Blaenoriaethau yn ystod y flwyddyn

priority-economy = Datblygu'r economi
priority-safety = Sicrhau bod pawb yn ddiogel
priority-council = Sicrhau Cyngor modern a chydnerth
priority-education = Gwella addysg uwchradd
priority-environment = Gwella'r amgylchedd
priority-health = Hyrwyddo iechyd a llesiant da

## Amcanion llesiant

objective-e1 = Mae pobl eisiau byw, gweithio, dysgu, ymweld a buddsoddi yma
objective-e2 = Gall busnesau leoli a thyfu yma
objective-e3 = Mynd i'r afael â thlodi
objective-pe1 = Mae gan bawb ddyheadau cadarnhaol, ac maen nhw'n dysgu ac yn cyflawni eu potensial
objective-pe2 = Cefnogi pobl i fyw bywydau egnïol ac annibynnol yn eu cymuned
objective-pe3 = Diogelu'r rheini sy'n agored i niwed
objective-pe4 = Mae pobl yn ddiogel ac yn teimlo eu bod wedi'u cynnwys
objective-pe5 = Galluogi mynediad at weithgareddau hamdden a diwylliannol
objective-pl1 = Cartrefi sy'n diwallu anghenion a dyheadau pobl
objective-pl2 = Lle sy'n gyfrifol yn amgylcheddol
objective-pl3 = Cymunedau ag aneddiadau, cymdogaethau, adeiladau a mannau cynaliadwy a deniadol
objective-pl4 = Cymunedau sydd wedi'u cysylltu'n dda
objective-o1 = Parhau i foderneiddio gwasanaethau
objective-o2 = Cefnogi Cyngor cydnerth

## Economi

economy = Economi
    .summary = Mae hyn yn ymwneud â swyddi ac arian
economy-aim-live-work-invest = Annog pobl i fyw, gweithio, dysgu, ymweld a buddsoddi yma.
economy-aim-businesses = Cefnogi busnesau i leoli a thyfu yma.
economy-aim-poverty = Helpu i fynd i'r afael â thlodi ym Mwrdeistref Sirol Wrecsam.
economy-action-frontage-grant = Sicrhawyd grant o £1.5 miliwn i helpu meddianwyr a pherchnogion adeiladau masnachol i wella blaen eu hadeiladau, gwella ansawdd yr arwyddion a dod â gofod llawr gwag yn ôl i ddefnydd busnes buddiol.
economy-action-town-centre = Buddsoddwyd £5,549,669 yn y gwaith o adfywio canol y dref yn ffisegol.
economy-action-techniquest = Gweithiwyd gyda'n partneriaid i sicrhau grant o £750,000 i hwyluso adleoli Techniquest (sydd bellach wedi'i ailfrandio fel Explore!) i ganol y dref.
economy-action-business-school = Cynhaliwyd digwyddiad ysgol fusnes dros dro gyda'r nod o roi gwybodaeth ac arweiniad i unigolion ar sut i sefydlu busnes newydd.
economy-action-digital-officer = Sefydlwyd swydd newydd yn y Cyngor, sef Swyddog Digidol, i gefnogi'r gwaith o wella cysylltedd digidol.
economy-action-resilience-grants = Sicrhawyd bod 91 o grantiau ar gael i fusnesau, pob un yn werth £2,500, drwy'r Gronfa Cadernid Economaidd.
economy-action-communities-for-work = Parhawyd i roi cymorth hanfodol i'n cymunedau drwy helpu unigolion i gael gwaith, drwy ein tîm penodol yn 'Cymunedau am Waith' a 'Cymunedau am Waith a Mwy'.
economy-action-fair-work = Hyrwyddwyd prosiectau fel prentisiaethau, buddion cymunedol, addewid y cyflogwyr a chyflogau gwell i'r rhai sydd ar y cyflogau isaf.
economy-impact-footfall = Mae nifer yr ymwelwyr â chanol y dref wedi gwella'n fawr yn ystod 2019/20.
economy-impact-visitor-spend = Cynyddodd gwerth gwariant ymwelwyr yn 2019/20 i £125 miliwn.
economy-impact-vacancy-rate = Gwellodd cyfradd yr eiddo gwag yng nghanol y dref, ar gyfer pob eiddo manwerthu ac ar gyfer eiddo manwerthu'r Cyngor, o gymharu â 2018/19.
economy-impact-businesses = Yn 2019/20 cafwyd cynnydd yn nifer y busnesau a gofnodwyd, i 12,450.
economy-impact-jobs = Crëwyd 383 o swyddi yn 2019/20 lle'r oedd y Cyngor yn ymwneud yn uniongyrchol.
economy-impact-workless-households = Mae nifer yr aelwydydd lle nad oes neb yn gweithio yn is yn Wrecsam na chyfartaledd cenedlaethol Cymru am yr ail flwyddyn yn olynol.
economy-impact-economically-active = Mae canran yr aelwydydd sy'n economaidd weithgar yn uwch na chyfartaledd Cymru.

## Pobl

people = Pobl
    .summary = Mae hyn yn ymwneud â dysgu, bod yn ddiogel, bod yn iach
people-aim-aspirations = Cefnogi pawb i gael dyheadau cadarnhaol, i ddysgu ac i gyflawni eu potensial.
people-aim-independent-lives = Cefnogi pobl i fyw bywydau egnïol ac annibynnol yn eu cymuned.
people-aim-safeguarding = Diogelu'r rheini sy'n agored i niwed.
people-aim-safe-included = Gweithio gyda'n partneriaid i wneud Wrecsam yn lle diogel lle mae pobl yn teimlo eu bod wedi'u cynnwys.
people-action-learner-wellbeing = Sicrhawyd bod diogelwch a llesiant meddyliol, emosiynol a chorfforol ein dysgwyr, yn enwedig dysgwyr sy'n agored i niwed, yn parhau i fod yn flaenoriaeth i ni wrth gynllunio.
people-action-school-relationships = Meithrinwyd perthnasoedd cryf a chadarnhaol rhwng yr awdurdod lleol, yr ysgolion a'r gwasanaeth gwella ysgolion rhanbarthol.
people-action-occupational-therapists = Cynyddwyd nifer y Therapyddion Galwedigaethol tymor byr er mwyn i fwy o gyngor, gwybodaeth a chymorth fod ar gael i helpu i hyrwyddo annibyniaeth.
people-action-childrens-rights = Dechreuwyd treialu dull 'Hawliau Plant' ym maes Gofal Cymdeithasol Plant.
people-action-met-panel = Ffurfiwyd y Panel Gweithredol Ar Goll, Camfanteisio a Masnachu (MET), sy'n cefnogi plant a phobl ifanc sy'n agored i niwed oherwydd achosion o fynd ar goll o'r cartref.
people-action-it-system = Ym mis Tachwedd 2019, symudon ni i'r system TG newydd ar y cyd ar gyfer iechyd a gofal cymdeithasol.
people-action-public-spaces-order = Aethpwyd i'r afael ag ymddygiad gwrthgymdeithasol drwy ailgyflwyno Gorchymyn Diogelu Mannau Cyhoeddus Tref Wrecsam.
people-action-alcohol-treatment-centre = Sicrhawyd cyllid i barhau â Chanolfan Trin Alcohol Wrecsam (Hafan Y Dref) ar gyfer 2020/21.
people-impact-key-stage-3 = Roedd cyrhaeddiad yng Nghyfnod Allweddol 3 yn uwch na chyfartaledd Cymru yn Nangosydd y Pynciau Craidd am y tro cyntaf.
people-impact-welsh-medium = Roedd nifer y lleoedd addysg cyfrwng Cymraeg yn fwy na'r galw ym mhob derbyniad o ddisgyblion meithrin, dosbarth derbyn ac uwchradd.
people-impact-disabled-facilities-grant = Gwellodd nifer cyfartalog y diwrnodau calendr i ddarparu grant cyfleusterau i'r anabl yn 2019/20, i 186 diwrnod o 206 diwrnod yn 2018/19.
people-impact-victim-crime = Gostyngiad yn nifer y troseddau yn erbyn dioddefwyr yn Wrecsam o gymharu â 2018/19.
people-impact-feeling-safe = Gwelliant yng nghanran y bobl sy'n teimlo'n ddiogel yn eu hardal leol, i 80% o 72% yn 2018/19.
people-impact-alcohol-treatment-centre = Cafodd 4000 o unigolion eu cefnogi drwy Ganolfan Trin Alcohol Wrecsam, ar noson allan yng nghanol y dref, yn ystod y flwyddyn ddiwethaf.

## Lle

place = Lle
    .summary = Mae hyn yn ymwneud â'ch cymdogaeth a'ch cartref
place-aim-leisure-culture = Galluogi mynediad at weithgareddau hamdden a diwylliannol.
place-aim-homes-regeneration = Hyrwyddo cartrefi o ansawdd da ac adfywio.
place-aim-environment = Creu lle sy'n gyfrifol yn amgylcheddol.
place-aim-sustainable-communities = Sefydlu cymunedau ag aneddiadau, cymdogaethau, adeiladau a mannau cynaliadwy a deniadol.
place-aim-connected-communities = Ffurfio cymunedau sydd wedi'u cysylltu'n dda.
place-action-ty-pawb = Parhawyd i ddatblygu Ty Pawb fel canolfan ar gyfer y celfyddydau, diwylliant a llesiant, gan gynnwys cynnal arddangosfa Argraffu Rhyngwladol ym mis Tachwedd 2019.
place-action-colliers-park = Cefnogwyd seremoni agoriadol swyddogol Colliers Park, a gynhaliwyd ym mis Medi 2019, gan greu Canolfan Datblygu Pêl-droed Genedlaethol newydd.
place-action-housing-funding = Sicrhawyd cyllid gwerth £3,455,000 drwy'r Rhaglen Datblygu wedi'i Chynllunio, gan gymeradwyo darparu 97 o unedau newydd o lety Cymdeithasau Tai.
place-action-construction-research = Llwyddwyd i sicrhau cyllid o £65,000 o Gronfa Her yr Economi Sylfaenol, i gynnal prosiect ymchwil ar Ddulliau Modern o Adeiladu yn lleol.
place-action-street-lights = Gosodwyd technolegau goleuo newydd sy'n effeithlon o ran ynni yn lle'r goleuadau stryd presennol, mewn ymdrech i leihau effaith costau ynni cynyddol.
place-action-local-development-plan = Datblygwyd y Cynllun Datblygu Lleol, sef strategaeth ar gyfer datblygu tir.
place-action-conservation-areas = Cymeradwywyd 100% o'r ceisiadau a oedd yn unol â'r Canllawiau ar Ardaloedd Cadwraeth, er mwyn helpu i warchod neu wella ardaloedd cadwraeth.
place-impact-volunteering = Mae cyfanswm yr oriau gwirfoddoli wedi cynyddu ers 2018/19.
place-impact-volunteer-hours = Roedd hyn yn cynnwys cynnydd o 4,818 o oriau gwirfoddoli i gefnogi datblygu chwaraeon a 2,908 o oriau i gefnogi parciau a pharciau gwledig.
place-impact-housing-quality = Cynnydd ers 2018/19 yn nifer yr eiddo sy'n bodloni elfennau o Safon Ansawdd Tai Cymru, gan sicrhau bod aelwydydd yn byw mewn cartrefi o ansawdd da.
place-impact-council-properties = Daethpwyd â chyfanswm o 26 o hen eiddo'r Cyngor yn ôl i stoc y Cyngor.
place-impact-recycling = Rhagorwyd 5.66% ar darged statudol Llywodraeth Cymru ar gyfer ailddefnyddio, ailgylchu neu gompostio.
place-impact-fly-tipping = Gwellwyd nifer cyfartalog y diwrnodau gwaith i glirio achosion o dipio anghyfreithlon, i 2.82 diwrnod o 3.95 diwrnod yn 2018/19.
place-impact-roads = Cynyddwyd canran y ffyrdd 'A' a'r ffyrdd 'B' sydd mewn cyflwr da ers 2018/19.

## Sefydliad

organisation = Sefydliad
    .summary = Mae hyn yn ymwneud ag 'Eich Cyngor'
organisation-aim-modernise = Parhau i foderneiddio ein gwasanaethau.
organisation-aim-resilient = Cefnogi Cyngor cydnerth.
organisation-action-ict = Gwnaed cynnydd tuag at foderneiddio gwasanaethau TGCh y Cyngor sy'n cefnogi'r gwaith o ddarparu gwasanaethau digidol i'n cwsmeriaid a'n gweithwyr.
organisation-action-website = Lansiwyd ein gwefan newydd yn fyw mewn fersiwn BETA (datblygu) er mwyn i ni allu mesur adborth cwsmeriaid a lefelau bodlonrwydd.
organisation-action-my-account = Crëwyd tudalen 'Fy Nghyfrif' benodol, sy'n darparu llwyfan ar-lein hygyrch i gwsmeriaid allu hunanwasanaethu a chadw golwg ar unrhyw geisiadau y maen nhw'n eu gwneud i Gyngor Wrecsam.
organisation-action-digital-forms = Gwellwyd a datblygwyd ffurflenni digidol newydd sy'n galluogi cwsmeriaid i gysylltu'n gyflymach â'r Cyngor ynghylch ymholiadau cyffredin ac i roi adborth.
organisation-action-health-safety = Datblygwyd dull newydd o hyfforddi ar Iechyd a Diogelwch, gan ddarparu amrywiaeth o gyrsiau sy'n briodol i rolau a chyfrifoldebau Iechyd a Diogelwch.
organisation-action-recruitment = Lansiwyd modiwl recriwtio ar-lein newydd, sy'n rhoi profiad gwell i ymgeiswyr wrth wneud cais.
organisation-action-coaching = Diweddarwyd ein fframwaith coetsio i gefnogi rheolwyr yn eu rôl ac i ddatblygu eu sgiliau arwain, ac mae wedi'i ddarparu i dros 25 o weithwyr unigol.
organisation-action-internal-communication = Datblygwyd cyfathrebu mewnol yn y Cyngor, gan gynnwys gweithdai gyda'r Prif Weithredwr ac ail-lansio bwletin y gweithwyr mewn arddull newydd.
organisation-action-leadership = Cyflwynwyd ein Rhaglen Arweinyddiaeth, sy'n anelu at feithrin cydnerthedd a gallu mewn arweinwyr; byddan nhw mewn gwell sefyllfa i ymateb i newid a'i sbarduno, i sicrhau gwelliant ac i ymgysylltu â gweithwyr.
organisation-impact-digital-satisfaction = Mae 82% o gwsmeriaid yn fodlon â chwblhau trafodion digidol drwy ffurflenni 'Fy Nghyfrif' ar wefan y Cyngor, gan roi sgôr o 4 neu 5 seren i'r cyfleuster.
organisation-impact-digital-requests = Gwellodd canran y rhyngweithiadau a ddaeth i law drwy sianel ddigidol yn 2019/20, gyda 40,883 o geisiadau am wasanaeth yn dod i law drwy'r llwyfan digidol.
organisation-impact-digital-services = Erbyn hyn mae 76 o wasanaethau gwahanol ar gael i gwsmeriaid drwy'r llwyfan digidol.
organisation-impact-self-service = 66% yw canran y ceisiadau am wasanaeth a ddaeth i law gan gwsmeriaid drwy hunanwasanaeth, o gymharu â'r rhai sy'n cael eu trin dros y ffôn.
organisation-impact-staff-development = Am yr ail flwyddyn yn olynol, mae 52% o'r gweithwyr yn teimlo bod ganddyn nhw gyfle i ddatblygu a gwella eu potensial.
organisation-impact-communications = Gwelwyd gwelliant hefyd, gyda 55% o'r gweithwyr yn cytuno â'r datganiad 'mae cyfathrebu'n dda yn fy adran i'.

## Egwyddorion ein Cyngor

principle-long-term = Sut gallwn ni gydbwyso gofynion heddiw â'n gallu i ddiwallu anghenion hirdymor Wrecsam?
principle-prevention = Beth allwn ni ei wneud i atal problemau rhag codi neu i'w hatal rhag gwaethygu?
principle-involvement = Sut gallwn ni weithio gyda phobl a chymunedau lleol i lunio gwasanaethau?
principle-council-departments = Beth allwn ni ei wneud i weithio'n weithredol gydag Adrannau eraill y Cyngor?
principle-partnerships = Sut gallwn ni sicrhau bod ein partneriaethau'n gweithio?
principle-welsh-language = A yw gwybodaeth a gwasanaethau ar gael yn gyfartal yn Gymraeg ac yn Saesneg?
principle-vulnerable-people = Sut gallwn ni nodi a blaenoriaethu'r bobl sydd fwyaf agored i niwed yn ein cymunedau?
