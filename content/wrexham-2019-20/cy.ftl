## Canolbwyntio ar ein Perfformiad 2019-20: geiriau'r adroddiad, yn Gymraeg.
## Mae dynodydd pob neges wedi'i enwi yn report.yaml. Gwerth neges yw'r geiriad
## llawn; ei briodoledd .easy yw'r geiriad hawdd ei ddeall (rheolau yn
## docs/easy-read-content.md). Daw testun amgen y lluniau, y geiriau anodd a'r
## gydnabyddiaeth i'r lluniau ar y diwedd.

report-title = Canolbwyntio ar ein Perfformiad
report-subtitle = Crynodeb Gweithredol 2019 – 2020
    .easy = Sut wnaethon ni rhwng Ebrill 2019 a Mawrth 2020
council-name = Cyngor Bwrdeistref Sirol Wrecsam
report-period = Ebrill 2019 i Fawrth 2020
codes-origin = Daw llythrennau pob cod o enw Saesneg ei thema: E am Economy, PE am People, PL am Place ac O am Organisation.

## Cyflwyniad

intro-council = Beth yw Cyngor Bwrdeistref Sirol Wrecsam?
    .easy = Beth yw Cyngor Wrecsam?
intro-council-services = Dyma'r sefydliad sy'n gyfrifol am ystod eang o wasanaethau allweddol i bawb ym Mwrdeistref Sirol Wrecsam – pethau fel addysg, gwasanaethau cymdeithasol, cynnal a chadw priffyrdd, cynllunio a thai. Bob tro y caiff eich ailgylchu ei gasglu; y byddwch chi'n cerdded, yn beicio neu'n gyrru ar ffordd leol; neu y byddwch chi'n mynd i'r ysgol, rydych chi'n defnyddio un o wasanaethau'r Cyngor.
    .easy = Mae'r Cyngor yn rhoi gwasanaethau i bawb yn Wrecsam. Mae'r rhain yn cynnwys ysgolion, ffyrdd, cartrefi, ailgylchu a gofal. Rydych chi'n defnyddio gwasanaethau'r Cyngor bob dydd.
intro-council-councillors = Mae'r Cyngor yn cynnwys 52 o Gynghorwyr sy'n cael eu hethol gennych chi, y pleidleiswyr, bob pum mlynedd mewn etholiadau lleol. Y Cynghorwyr sy'n penderfynu sut mae'r Cyngor yn cael ei redeg a beth y bydd yn ei wneud. Mae'r rhan fwyaf o'u cyfarfodydd yn gyhoeddus, felly gallwch chi fynd yno i'w gwylio, neu ddarllen cofnodion y cyfarfodydd ar wefan y Cyngor.
    .easy = Mae gan y Cyngor 52 o gynghorwyr. Cynghorwyr yw'r bobl rydych chi'n pleidleisio drostyn nhw bob 5 mlynedd. Nhw sy'n penderfynu beth mae'r Cyngor yn ei wneud.

intro-plan = Beth yw Cynllun y Cyngor?
    .easy = Beth yw Cynllun y Cyngor?
intro-plan-themes = Mae Cynllun y Cyngor yn egluro beth mae Cyngor Bwrdeistref Sirol Wrecsam wedi ymrwymo i'w wneud i wneud y sir gyfan yn lle gwell i bobl fyw, gweithio, dysgu a chwarae ynddo. Mae'n gosod targedau ar gyfer faint o welliant y mae'r Cyngor yn anelu at ei wneud mewn pedair thema allweddol: Economi, Pobl, Lle a Sefydliad. O fewn y pedair thema allweddol hyn, mae cyfanswm o 14 amcan llesiant. Ochr yn ochr â hyn, nododd Cynllun y Cyngor (2019-2022) weledigaeth gliriach ar gyfer pob un o'n themâu llesiant, a datblygodd gyfres lai a mwy penodol o flaenoriaethau yn ystod y flwyddyn, yn unol â'n hamcanion llesiant, gyda gweithgareddau clir a oedd yn brif ffocws i'n gwaith yn 2019/20.
    .easy = Mae gan Gynllun y Cyngor 4 thema: Economi, Pobl, Lle a Sefydliad. Mae ganddo 14 amcan llesiant. Amcan llesiant yw un o'r prif bethau rydyn ni eisiau eu gwneud.
intro-plan-website = Mae'r cynllun llawn ar gael ar wefan Cyngor Wrecsam.
    .easy = Gallwch chi ddarllen y cynllun llawn ar wefan y Cyngor.

intro-report = Beth yw hwn?
    .easy = Beth yw'r adroddiad hwn?
intro-report-annual = Bob blwyddyn rydyn ni'n cynhyrchu adroddiad blynyddol ar ein perfformiad yn erbyn Cynllun y Cyngor, o'r enw 'Canolbwyntio ar ein Perfformiad'. Dyma ein hadroddiad yn ôl i chi ynghylch a ydyn ni wedi gwneud yr hyn y dywedon ni y bydden ni'n ei wneud, ac a ydyn ni wedi cyrraedd ein targedau. Mae'r adroddiad yn ymdrin â'r cyfnod o Ebrill 2019 i Fawrth 2020.
    .easy = Bob blwyddyn rydyn ni'n ysgrifennu adroddiad am ba mor dda wnaethon ni. Mae'n dweud wrthych chi a wnaethon ni beth ddywedon ni. Mae'r adroddiad hwn am Ebrill 2019 i Fawrth 2020.
intro-report-judgement = Mae'r adroddiad llawn yn rhoi barn gyffredinol a disgrifiad o'r cynnydd o ran canlyniadau pob un o'r 6 blaenoriaeth yn ystod y flwyddyn a'r 14 amcan llesiant. Mae'r farn yn seiliedig ar system goleuadau traffig sydd â thri chategori: Gwyrdd, Ambr a Choch.
    .easy = Rydyn ni'n rhoi sgôr i'n 6 blaenoriaeth yn ystod y flwyddyn a'n 14 amcan llesiant. Blaenoriaeth yn ystod y flwyddyn yw prif waith y flwyddyn hon. Y sgoriau yw Gwyrdd, Ambr a Choch, fel goleuadau traffig.
intro-report-short-version = Crynodeb byr, hawdd ei ddarllen, o'r adroddiad llawn yw'r hyn rydych chi'n ei ddarllen nawr. Os hoffech chi ragor o wybodaeth am unrhyw un o'r meysydd yn y llyfryn hwn - neu os oes gennych chi ddiddordeb mawr yn y math yma o beth - chwiliwch am 'Canolbwyntio ar ein Perfformiad' ar ein gwefan.
    .easy = Dyma fersiwn byr, hawdd o'r adroddiad llawn. I gael gwybod mwy, chwiliwch am 'Canolbwyntio ar ein Perfformiad' ar ein gwefan.
intro-report-guide = Mae'r crynodeb perfformiad yn rhoi cipolwg ar sgôr perfformiad yr holl flaenoriaethau yn ystod y flwyddyn a'r amcanion llesiant. Mae'r adrannau ar y pedair thema llesiant yn rhoi trosolwg o'n huchafbwyntiau.
    .easy = Mae'r crynodeb yn dangos sgôr pob blaenoriaeth ac amcan. Mae'r rhannau am ein 4 thema yn dangos beth wnaethon ni'n dda.

## Y raddfa sgorio: y goleuadau traffig, gydag ystyr y cyngor i bob lefel

outcome = Canlyniad cyffredinol
outcome-green =
    .meaning = Mae cynnydd da yn cael ei wneud ac mae canlyniadau'n gwella.
    .easy = Mae pethau'n mynd yn dda ac yn gwella.
outcome-amber =
    .meaning = Mae cynnydd yn cael ei wneud ond nid yw'n effeithio ar ganlyniadau eto.
    .easy = Rydyn ni'n gwneud y gwaith. Nid yw wedi gwneud pethau'n well eto.
outcome-red =
    .meaning = Nid yw'r perfformiad ar y trywydd iawn ac nid yw canlyniadau'n gwella.
    .easy = Nid yw pethau'n mynd yn ôl y cynllun. Nid ydyn nhw'n gwella.

## Y crynodeb perfformiad

summary-heading = Crynodeb o berfformiad y blaenoriaethau yn ystod y flwyddyn a'r amcanion llesiant
priorities-heading = Blaenoriaethau yn ystod y flwyddyn
    .caption = Blaenoriaethau yn ystod y flwyddyn a'u canlyniad cyffredinol
    .column = Blaenoriaeth yn ystod y flwyddyn
objectives-heading = Amcanion llesiant
    .caption = Amcanion llesiant a'u canlyniad cyffredinol
    .column = Amcan llesiant

## Blaenoriaethau yn ystod y flwyddyn

priority-economy = Datblygu'r economi
    .easy = Helpu swyddi a busnesau i dyfu.
priority-safety = Sicrhau bod pawb yn ddiogel
    .easy = Cadw pawb yn ddiogel.
priority-council = Sicrhau Cyngor modern a chydnerth
    .easy = Gwneud y Cyngor yn fodern ac yn gryf.
priority-education = Gwella addysg uwchradd
    .easy = Gwella ysgolion uwchradd. Ysgolion i blant hŷn yw'r rhain.
priority-environment = Gwella'r amgylchedd
    .easy = Gofalu am y byd o'n cwmpas.
priority-health = Hyrwyddo iechyd a llesiant da
    .easy = Helpu pobl i fod yn iach ac yn hapus.

## Amcanion llesiant

objective-e1 = Mae pobl eisiau byw, gweithio, dysgu, ymweld a buddsoddi yma
    .easy = Mae pobl eisiau byw, gweithio, dysgu ac ymweld yma. Mae busnesau eisiau gwario arian yn Wrecsam.
objective-e2 = Gall busnesau leoli a thyfu yma
    .easy = Gall busnesau ddechrau a thyfu yma.
objective-e3 = Mynd i'r afael â thlodi
    .easy = Helpu pobl sydd heb ddigon o arian.
objective-pe1 = Mae gan bawb ddyheadau cadarnhaol, ac maen nhw'n dysgu ac yn cyflawni eu potensial
    .easy = Gall pawb ddysgu a gwneud eu gorau.
objective-pe2 = Cefnogi pobl i fyw bywydau egnïol ac annibynnol yn eu cymuned
    .easy = Helpu pobl i fod yn egnïol ac i wneud pethau drostyn nhw eu hunain.
objective-pe3 = Diogelu'r rheini sy'n agored i niwed
    .easy = Cadw pobl sy'n agored i niwed yn ddiogel. Pobl sy'n agored i niwed yw pobl sy'n fwy tebygol o gael eu brifo.
objective-pe4 = Mae pobl yn ddiogel ac yn teimlo eu bod wedi'u cynnwys
    .easy = Mae pobl yn ddiogel ac yn teimlo'n rhan o'r gymuned.
objective-pe5 = Galluogi mynediad at weithgareddau hamdden a diwylliannol
    .easy = Helpu pobl i fwynhau chwaraeon, celfyddydau a phethau hwyliog eraill.
objective-pl1 = Cartrefi sy'n diwallu anghenion a dyheadau pobl
    .easy = Cartrefi sy'n iawn i bobl.
objective-pl2 = Lle sy'n gyfrifol yn amgylcheddol
    .easy = Lle sy'n gofalu am y byd o'n cwmpas.
objective-pl3 = Cymunedau ag aneddiadau, cymdogaethau, adeiladau a mannau cynaliadwy a deniadol
    .easy = Trefi a phentrefi sy'n lleoedd braf i fyw, nawr ac yn y dyfodol.
objective-pl4 = Cymunedau sydd wedi'u cysylltu'n dda
    .easy = Cymunedau lle mae'n hawdd teithio a chadw mewn cysylltiad.
objective-o1 = Parhau i foderneiddio gwasanaethau
    .easy = Gwneud ein gwasanaethau'n fwy modern.
objective-o2 = Cefnogi Cyngor cydnerth
    .easy = Gwneud y Cyngor yn gryf, er mwyn iddo allu ymdopi â newid.

## Economi

economy = Economi
    .summary = Mae hyn yn ymwneud â swyddi ac arian
    .easy = Mae'r rhan hon am swyddi ac arian.
economy-aim-live-work-invest = Annog pobl i fyw, gweithio, dysgu, ymweld a buddsoddi yma.
    .easy = Cael mwy o bobl i fyw, gweithio, dysgu ac ymweld yma. Cael mwy o fusnesau i wario arian yma.
economy-aim-businesses = Cefnogi busnesau i leoli a thyfu yma.
    .easy = Helpu busnesau i ddechrau a thyfu yma.
economy-aim-poverty = Helpu i fynd i'r afael â thlodi ym Mwrdeistref Sirol Wrecsam.
    .easy = Helpu pobl yn Wrecsam sydd heb ddigon o arian.
economy-action-frontage-grant = Sicrhawyd grant o £1.5 miliwn i helpu meddianwyr a pherchnogion adeiladau masnachol i wella blaen eu hadeiladau, gwella ansawdd yr arwyddion a dod â gofod llawr gwag yn ôl i ddefnydd busnes buddiol.
    .easy = Cawson ni grant o fwy na £1 miliwn ar gyfer adeiladau yn y dref. Grant yw arian sy'n cael ei roi ar gyfer gwaith arbennig. Mae'n helpu perchnogion i wella blaen siopau a llenwi lleoedd gwag.
economy-action-town-centre = Buddsoddwyd £5,549,669 yn y gwaith o adfywio canol y dref yn ffisegol.
    .easy = Gwarion ni fwy na £5 miliwn ar adfywio canol y dref. Mae adfywio yn golygu gwneud lle yn well ac yn brysurach.
economy-action-techniquest = Gweithiwyd gyda'n partneriaid i sicrhau grant o £750,000 i hwyluso adleoli Techniquest (sydd bellach wedi'i ailfrandio fel Explore!) i ganol y dref.
    .easy = Cawson ni grant o £750,000 gyda grwpiau eraill. Bydd yn symud canolfan wyddoniaeth Techniquest i ganol y dref. Enw newydd Techniquest yw Explore!
economy-action-business-school = Cynhaliwyd digwyddiad ysgol fusnes dros dro gyda'r nod o roi gwybodaeth ac arweiniad i unigolion ar sut i sefydlu busnes newydd.
    .easy = Cynhalion ni ddigwyddiad ysgol fusnes byr. Roedd yn dangos i bobl sut i ddechrau busnes newydd.
economy-action-digital-officer = Sefydlwyd swydd newydd yn y Cyngor, sef Swyddog Digidol, i gefnogi'r gwaith o wella cysylltedd digidol.
    .easy = Creon ni swydd newydd yn y Cyngor: Swyddog Digidol. Mae'r person hwn yn helpu Wrecsam i gael gwell cysylltiadau â'r rhyngrwyd.
economy-action-resilience-grants = Sicrhawyd bod 91 o grantiau ar gael i fusnesau, pob un yn werth £2,500, drwy'r Gronfa Cadernid Economaidd.
    .easy = Cynigion ni 91 o grantiau i fusnesau. Roedd pob grant yn werth £2,500. Mae'r arian yn helpu busnesau drwy gyfnodau anodd.
economy-action-communities-for-work = Parhawyd i roi cymorth hanfodol i'n cymunedau drwy helpu unigolion i gael gwaith, drwy ein tîm penodol yn 'Cymunedau am Waith' a 'Cymunedau am Waith a Mwy'.
    .easy = Mae ein timau Cymunedau am Waith yn helpu pobl i gael swyddi. Enw un tîm yw Cymunedau am Waith a Mwy.
economy-action-fair-work = Hyrwyddwyd prosiectau fel prentisiaethau, buddion cymunedol, addewid y cyflogwyr a chyflogau gwell i'r rhai sydd ar y cyflogau isaf.
    .easy = Cefnogon ni waith teg i bobl. Roedd hyn yn cynnwys prentisiaethau a chyflog gwell i'r rhai ar y cyflog isaf. Swydd lle rydych chi hefyd yn dysgu sgiliau yw prentisiaeth.
economy-impact-footfall = Mae nifer yr ymwelwyr â chanol y dref wedi gwella'n fawr yn ystod 2019/20.
    .easy = Daeth mwy o bobl i ganol y dref yn ystod 2019 i 2020.
economy-impact-visitor-spend = Cynyddodd gwerth gwariant ymwelwyr yn 2019/20 i £125 miliwn.
    .easy = Gwariodd ymwelwyr £125 miliwn yn ystod 2019 i 2020. Roedd hyn yn fwy nag o'r blaen.
economy-impact-vacancy-rate = Gwellodd cyfradd yr eiddo gwag yng nghanol y dref, ar gyfer pob eiddo manwerthu ac ar gyfer eiddo manwerthu'r Cyngor, o gymharu â 2018/19.
    .easy = Roedd llai o siopau gwag yng nghanol y dref nag yn ystod 2018 i 2019. Mae hyn yn cynnwys siopau'r Cyngor.
economy-impact-businesses = Yn 2019/20 cafwyd cynnydd yn nifer y busnesau a gofnodwyd, i 12,450.
    .easy = Aeth nifer y busnesau i fyny i 12,450 yn ystod 2019 i 2020.
economy-impact-jobs = Crëwyd 383 o swyddi yn 2019/20 lle'r oedd y Cyngor yn ymwneud yn uniongyrchol.
    .easy = Helpodd y Cyngor i greu 383 o swyddi yn ystod 2019 i 2020.
economy-impact-workless-households = Mae nifer yr aelwydydd lle nad oes neb yn gweithio yn is yn Wrecsam na chyfartaledd cenedlaethol Cymru am yr ail flwyddyn yn olynol.
    .easy = Mae llai o gartrefi yn Wrecsam heb neb mewn gwaith nag yng Nghymru gyfan. Mae hyn yn wir am yr ail flwyddyn yn olynol.
economy-impact-economically-active = Mae canran yr aelwydydd sy'n economaidd weithgar yn uwch na chyfartaledd Cymru.
    .easy = Yn Wrecsam, mae gan fwy o gartrefi rywun sy'n gweithio neu'n chwilio am waith. Mae hyn yn uwch nag yng Nghymru gyfan.

## Pobl

people = Pobl
    .summary = Mae hyn yn ymwneud â dysgu, bod yn ddiogel, bod yn iach
    .easy = Mae'r rhan hon am ddysgu, bod yn ddiogel a bod yn iach.
people-aim-aspirations = Cefnogi pawb i gael dyheadau cadarnhaol, i ddysgu ac i gyflawni eu potensial.
    .easy = Helpu pawb i anelu'n uchel, dysgu a gwneud eu gorau.
people-aim-independent-lives = Cefnogi pobl i fyw bywydau egnïol ac annibynnol yn eu cymuned.
    .easy = Helpu pobl i fod yn egnïol ac i wneud pethau drostyn nhw eu hunain.
people-aim-safeguarding = Diogelu'r rheini sy'n agored i niwed.
    .easy = Cadw pobl sy'n agored i niwed yn ddiogel. Pobl sy'n agored i niwed yw pobl sy'n fwy tebygol o gael eu brifo.
people-aim-safe-included = Gweithio gyda'n partneriaid i wneud Wrecsam yn lle diogel lle mae pobl yn teimlo eu bod wedi'u cynnwys.
    .easy = Gweithio gyda grwpiau eraill i wneud Wrecsam yn ddiogel i bawb. Rydyn ni eisiau i bawb deimlo bod croeso iddyn nhw.
people-action-learner-wellbeing = Sicrhawyd bod diogelwch a llesiant meddyliol, emosiynol a chorfforol ein dysgwyr, yn enwedig dysgwyr sy'n agored i niwed, yn parhau i fod yn flaenoriaeth i ni wrth gynllunio.
    .easy = Roedd cadw disgyblion yn ddiogel, yn iach ac yn hapus yn flaenoriaeth i ni. Rhoeson ni'r gofal mwyaf i ddisgyblion sydd angen help ychwanegol.
people-action-school-relationships = Meithrinwyd perthnasoedd cryf a chadarnhaol rhwng yr awdurdod lleol, yr ysgolion a'r gwasanaeth gwella ysgolion rhanbarthol.
    .easy = Meithrinon ni gysylltiadau cryf rhwng y Cyngor ac ysgolion. Gweithion ni'n dda hefyd gyda'r gwasanaeth sy'n helpu ysgolion i wella.
people-action-occupational-therapists = Cynyddwyd nifer y Therapyddion Galwedigaethol tymor byr er mwyn i fwy o gyngor, gwybodaeth a chymorth fod ar gael i helpu i hyrwyddo annibyniaeth.
    .easy = Cawson ni fwy o therapyddion galwedigaethol am gyfnod byr. Mae therapyddion galwedigaethol yn helpu pobl i wneud pethau bob dydd eu hunain.
people-action-childrens-rights = Dechreuwyd treialu dull 'Hawliau Plant' ym maes Gofal Cymdeithasol Plant.
    .easy = Dechreuon ni brofi ffordd newydd o ofalu am blant. Mae'n rhoi hawliau plant yn gyntaf.
people-action-met-panel = Ffurfiwyd y Panel Gweithredol Ar Goll, Camfanteisio a Masnachu (MET), sy'n cefnogi plant a phobl ifanc sy'n agored i niwed oherwydd achosion o fynd ar goll o'r cartref.
    .easy = Sefydlon ni'r Panel MET. Mae MET yn golygu plant ar goll, neu blant mewn perygl gan droseddwyr. Mae'r panel yn helpu i gadw'r plant hyn yn ddiogel.
people-action-it-system = Ym mis Tachwedd 2019, symudon ni i'r system TG newydd ar y cyd ar gyfer iechyd a gofal cymdeithasol.
    .easy = Ym mis Tachwedd 2019, dechreuon ni ddefnyddio system gyfrifiadurol newydd. Mae staff iechyd a gofal cymdeithasol yn ei rhannu.
people-action-public-spaces-order = Aethpwyd i'r afael ag ymddygiad gwrthgymdeithasol drwy ailgyflwyno Gorchymyn Diogelu Mannau Cyhoeddus Tref Wrecsam.
    .easy = Daethon ni â rheolau ar gyfer mannau cyhoeddus yn nhref Wrecsam yn ôl. Mae'r rheolau'n helpu i atal ymddygiad gwrthgymdeithasol. Ymddygiad gwrthgymdeithasol yw pan fydd pobl yn poeni neu'n dychryn eraill.
people-action-alcohol-treatment-centre = Sicrhawyd cyllid i barhau â Chanolfan Trin Alcohol Wrecsam (Hafan Y Dref) ar gyfer 2020/21.
    .easy = Cawson ni arian i gadw Canolfan Trin Alcohol Wrecsam ar agor yn 2020 i 2021. Ei henw yw Hafan Y Dref. Mae'n helpu pobl sydd wedi yfed gormod ar noson allan.
people-impact-key-stage-3 = Roedd cyrhaeddiad yng Nghyfnod Allweddol 3 yn uwch na chyfartaledd Cymru yn Nangosydd y Pynciau Craidd am y tro cyntaf.
    .easy = Cafodd disgyblion Cyfnod Allweddol 3 ganlyniadau da yn y prif bynciau. Gwnaethon nhw'n well na'r canlyniadau arferol yng Nghymru. Mae Cyfnod Allweddol 3 yn golygu blynyddoedd ysgol 7, 8 a 9. Dyma'r tro cyntaf.
people-impact-welsh-medium = Roedd nifer y lleoedd addysg cyfrwng Cymraeg yn fwy na'r galw ym mhob derbyniad o ddisgyblion meithrin, dosbarth derbyn ac uwchradd.
    .easy = Roedd digon o leoedd mewn ysgolion cyfrwng Cymraeg i bob plentyn oedd eisiau un. Mae cyfrwng Cymraeg yn golygu bod y gwersi yn Gymraeg. Roedd hyn yn wir ar gyfer meithrin, dosbarth derbyn ac ysgol uwchradd.
people-impact-disabled-facilities-grant = Gwellodd nifer cyfartalog y diwrnodau calendr i ddarparu grant cyfleusterau i'r anabl yn 2019/20, i 186 diwrnod o 206 diwrnod yn 2018/19.
    .easy = Mae grant cyfleusterau i'r anabl yn talu am newidiadau i gartref person anabl. Yn ystod 2019 i 2020, roedd rhoi un fel arfer yn cymryd tua 186 diwrnod. Mae hyn yn well na 206 diwrnod yn ystod 2018 i 2019.
people-impact-victim-crime = Gostyngiad yn nifer y troseddau yn erbyn dioddefwyr yn Wrecsam o gymharu â 2018/19.
    .easy = Roedd llai o droseddau yn erbyn pobl yn Wrecsam nag yn ystod 2018 i 2019.
people-impact-feeling-safe = Gwelliant yng nghanran y bobl sy'n teimlo'n ddiogel yn eu hardal leol, i 80% o 72% yn 2018/19.
    .easy = Mae 8 o bob 10 o bobl bellach yn teimlo'n ddiogel yn eu hardal. Yn ystod 2018 i 2019, roedd yn 7 o bob 10.
people-impact-alcohol-treatment-centre = Cafodd 4,000 o unigolion eu cefnogi drwy Ganolfan Trin Alcohol Wrecsam, ar noson allan yng nghanol y dref, yn ystod y flwyddyn ddiwethaf.
    .easy = Helpodd Canolfan Trin Alcohol Wrecsam 4,000 o bobl y llynedd. Roedden nhw ar noson allan yng nghanol y dref.

## Lle

place = Lle
    .summary = Mae hyn yn ymwneud â'ch cymdogaeth a'ch cartref
    .easy = Mae'r rhan hon am y lle rydych chi'n byw ynddo a'ch cartref.
place-aim-leisure-culture = Galluogi mynediad at weithgareddau hamdden a diwylliannol.
    .easy = Helpu pobl i fwynhau chwaraeon, celfyddydau a phethau hwyliog eraill.
place-aim-homes-regeneration = Hyrwyddo cartrefi o ansawdd da ac adfywio.
    .easy = Helpu pobl i gael cartrefi o ansawdd da. Gwella lleoedd drwy adfywio. Mae adfywio yn golygu gwneud lle yn well ac yn brysurach.
place-aim-environment = Creu lle sy'n gyfrifol yn amgylcheddol.
    .easy = Gofalu am y byd o'n cwmpas.
place-aim-sustainable-communities = Sefydlu cymunedau ag aneddiadau, cymdogaethau, adeiladau a mannau cynaliadwy a deniadol.
    .easy = Gwneud trefi, pentrefi ac adeiladau yn lleoedd braf, nawr ac yn y dyfodol.
place-aim-connected-communities = Ffurfio cymunedau sydd wedi'u cysylltu'n dda.
    .easy = Ei gwneud hi'n hawdd teithio a chadw mewn cysylltiad.
place-action-ty-pawb = Parhawyd i ddatblygu Tŷ Pawb fel canolfan ar gyfer y celfyddydau, diwylliant a llesiant, gan gynnwys cynnal arddangosfa Argraffu Rhyngwladol ym mis Tachwedd 2019.
    .easy = Parhaon ni i ddatblygu Tŷ Pawb, canolfan ar gyfer y celfyddydau, diwylliant a llesiant. Ym mis Tachwedd 2019, cynhaliodd y ganolfan arddangosfa Argraffu Rhyngwladol.
place-action-colliers-park = Cefnogwyd seremoni agoriadol swyddogol Colliers Park, a gynhaliwyd ym mis Medi 2019, gan greu Canolfan Datblygu Pêl-droed Genedlaethol newydd.
    .easy = Agorodd Colliers Park ym mis Medi 2019. Mae'n Ganolfan Datblygu Pêl-droed Genedlaethol newydd. Gwnaethon ni gefnogi'r agoriad.
place-action-housing-funding = Sicrhawyd cyllid gwerth £3,455,000 drwy'r Rhaglen Datblygu wedi'i Chynllunio, gan gymeradwyo darparu 97 o unedau newydd o lety Cymdeithasau Tai.
    .easy = Cawson ni fwy na £3 miliwn i dalu am 97 o gartrefi newydd. Bydd cymdeithasau tai yn rhedeg y cartrefi hyn. Mae cymdeithas dai yn rhentu cartrefi am bris teg.
place-action-construction-research = Llwyddwyd i sicrhau cyllid o £65,000 o Gronfa Her yr Economi Sylfaenol, i gynnal prosiect ymchwil ar Ddulliau Modern o Adeiladu yn lleol.
    .easy = Cawson ni £65,000 i astudio ffyrdd modern o adeiladu yn ein hardal.
place-action-street-lights = Gosodwyd technolegau goleuo newydd sy'n effeithlon o ran ynni yn lle'r goleuadau stryd presennol, mewn ymdrech i leihau effaith costau ynni cynyddol.
    .easy = Gosodon ni oleuadau stryd newydd sy'n defnyddio llai o ynni. Mae hyn yn helpu i arbed arian wrth i gostau ynni godi.
place-action-local-development-plan = Datblygwyd y Cynllun Datblygu Lleol, sef strategaeth ar gyfer datblygu tir.
    .easy = Gweithion ni ar y Cynllun Datblygu Lleol. Mae'r cynllun hwn yn dweud sut gellir defnyddio tir yn Wrecsam.
place-action-conservation-areas = Cymeradwywyd 100% o'r ceisiadau a oedd yn unol â'r Canllawiau ar Ardaloedd Cadwraeth, er mwyn helpu i warchod neu wella ardaloedd cadwraeth.
    .easy = Dywedon ni ie i'r holl gynlluniau oedd yn dilyn rheolau ardaloedd cadwraeth. Mae ardal gadwraeth yn lle sydd ag adeiladau hen ac arbennig.
place-impact-volunteering = Mae cyfanswm yr oriau gwirfoddoli wedi cynyddu ers 2018/19.
    .easy = Rhoddodd pobl fwy o oriau fel gwirfoddolwyr nag yn ystod 2018 i 2019. Mae gwirfoddolwr yn gweithio heb gael ei dalu.
place-impact-volunteer-hours = Roedd hyn yn cynnwys cynnydd o 4,818 o oriau gwirfoddoli i gefnogi datblygu chwaraeon a 2,908 o oriau i gefnogi parciau a pharciau gwledig.
    .easy = Rhoddodd gwirfoddolwyr 4,818 yn fwy o oriau i chwaraeon. Rhoddon nhw 2,908 yn fwy o oriau i barciau a pharciau gwledig.
place-impact-housing-quality = Cynnydd ers 2018/19 yn nifer yr eiddo sy'n bodloni elfennau o Safon Ansawdd Tai Cymru, gan sicrhau bod aelwydydd yn byw mewn cartrefi o ansawdd da.
    .easy = Mae mwy o gartrefi bellach yn bodloni rhannau o Safon Ansawdd Tai Cymru. Mae hyn yn fwy nag yn ystod 2018 i 2019. Mae'r safon yn gwirio bod cartrefi o ansawdd da.
place-impact-council-properties = Daethpwyd â chyfanswm o 26 o hen eiddo'r Cyngor yn ôl i stoc y Cyngor.
    .easy = Mae 26 o hen gartrefi'r Cyngor yn gartrefi'r Cyngor unwaith eto.
place-impact-recycling = Rhagorwyd 5.66% ar darged statudol Llywodraeth Cymru ar gyfer ailddefnyddio, ailgylchu neu gompostio.
    .easy = Mae Llywodraeth Cymru yn gosod targed ar gyfer ailddefnyddio, ailgylchu a chompostio. Mae compostio yn troi gwastraff bwyd a gardd yn bridd. Gwnaethon ni'n well na'r targed hwn.
place-impact-fly-tipping = Gwellwyd nifer cyfartalog y diwrnodau gwaith i glirio achosion o dipio anghyfreithlon, i 2.82 diwrnod o 3.95 diwrnod yn 2018/19.
    .easy = Clirion ni dipio anghyfreithlon yn gynt nag yn ystod 2018 i 2019. Mae tipio anghyfreithlon yn golygu gadael sbwriel lle nad yw'n cael ei ganiatáu. Mae'n cymryd tua 3 diwrnod gwaith bellach. Roedd yn cymryd tua 4 diwrnod o'r blaen.
place-impact-roads = Cynyddwyd canran y ffyrdd 'A' a'r ffyrdd 'B' sydd mewn cyflwr da ers 2018/19.
    .easy = Mae mwy o brif ffyrdd mewn cyflwr da nag yn 2018 i 2019. Enw'r prif ffyrdd yw ffyrdd A a ffyrdd B.

## Sefydliad

organisation = Sefydliad
    .summary = Mae hyn yn ymwneud ag 'Eich Cyngor'
    .easy = Mae'r rhan hon am sut mae'r Cyngor yn gweithio.
organisation-aim-modernise = Parhau i foderneiddio ein gwasanaethau.
    .easy = Dal ati i wneud ein gwasanaethau'n fwy modern.
organisation-aim-resilient = Cefnogi Cyngor cydnerth.
    .easy = Helpu'r Cyngor i fod yn gryf ac i ymdopi â newid.
organisation-action-ict = Gwnaed cynnydd tuag at foderneiddio gwasanaethau TGCh y Cyngor sy'n cefnogi'r gwaith o ddarparu gwasanaethau digidol i'n cwsmeriaid a'n gweithwyr.
    .easy = Gwnaethon ni gynnydd wrth ddiweddaru systemau cyfrifiadurol y Cyngor. Mae'r systemau hyn yn ein helpu i gynnig gwasanaethau ar-lein i gwsmeriaid a staff.
organisation-action-website = Lansiwyd ein gwefan newydd yn fyw mewn fersiwn BETA (datblygu) er mwyn i ni allu mesur adborth cwsmeriaid a lefelau bodlonrwydd.
    .easy = Dechreuon ni fersiwn prawf o'n gwefan newydd. Mae hyn yn ein helpu i ddarganfod beth mae cwsmeriaid yn ei feddwl ohoni.
organisation-action-my-account = Crëwyd tudalen 'Fy Nghyfrif' benodol, sy'n darparu llwyfan ar-lein hygyrch i gwsmeriaid allu hunanwasanaethu a chadw golwg ar unrhyw geisiadau y maen nhw'n eu gwneud i Gyngor Wrecsam.
    .easy = Gwnaethon ni dudalen 'Fy Nghyfrif' ar ein gwefan. Gallwch chi ei defnyddio i ofyn am wasanaethau a dilyn eich ceisiadau.
organisation-action-digital-forms = Gwellwyd a datblygwyd ffurflenni digidol newydd sy'n galluogi cwsmeriaid i gysylltu'n gyflymach â'r Cyngor ynghylch ymholiadau cyffredin ac i roi adborth.
    .easy = Gwnaethon ni ffurflenni ar-lein newydd a gwell. Maen nhw'n eich helpu i gysylltu â'r Cyngor yn gynt ac i ddweud eich barn.
organisation-action-health-safety = Datblygwyd dull newydd o hyfforddi ar Iechyd a Diogelwch, gan ddarparu amrywiaeth o gyrsiau sy'n briodol i rolau a chyfrifoldebau Iechyd a Diogelwch.
    .easy = Gwnaethon ni hyfforddiant iechyd a diogelwch newydd i staff. Mae cyrsiau gwahanol ar gyfer swyddi gwahanol.
organisation-action-recruitment = Lansiwyd modiwl recriwtio ar-lein newydd, sy'n rhoi profiad gwell i ymgeiswyr wrth wneud cais.
    .easy = Dechreuon ni ffordd newydd o wneud cais am swyddi'r Cyngor ar-lein. Mae'n haws gwneud cais nawr.
organisation-action-coaching = Diweddarwyd ein fframwaith coetsio i gefnogi rheolwyr yn eu rôl ac i ddatblygu eu sgiliau arwain, ac mae wedi'i ddarparu i dros 25 o weithwyr unigol.
    .easy = Diweddaron ni ein hyfforddiant i reolwyr. Mae'n eu helpu i arwain eu timau'n well. Mae mwy na 25 o staff wedi cael yr hyfforddiant hwn.
organisation-action-internal-communication = Datblygwyd cyfathrebu mewnol yn y Cyngor, gan gynnwys gweithdai gyda'r Prif Weithredwr ac ail-lansio bwletin y gweithwyr mewn arddull newydd.
    .easy = Gwellon ni sut rydyn ni'n siarad â staff yn y Cyngor. Roedd hyn yn cynnwys cyfarfodydd gyda phennaeth staff y Cyngor a chylchlythyr newydd i staff.
organisation-action-leadership = Cyflwynwyd ein Rhaglen Arweinyddiaeth, sy'n anelu at feithrin cydnerthedd a gallu mewn arweinwyr; byddan nhw mewn gwell sefyllfa i ymateb i newid a'i sbarduno, i sicrhau gwelliant ac i ymgysylltu â gweithwyr.
    .easy = Cynhalion ni ein Rhaglen Arweinyddiaeth ar gyfer arweinwyr y Cyngor. Mae'n eu helpu i ymdopi â newid, gwella pethau a gweithio'n dda gyda staff.
organisation-impact-digital-satisfaction = Mae 82% o gwsmeriaid yn fodlon â chwblhau trafodion digidol drwy ffurflenni 'Fy Nghyfrif' ar wefan y Cyngor, gan roi sgôr o 4 neu 5 seren i'r cyfleuster.
    .easy = Mae 8 o bob 10 cwsmer yn hapus gyda ffurflenni ar-lein 'Fy Nghyfrif'. Rhoeson nhw sgôr o 4 neu 5 seren.
organisation-impact-digital-requests = Gwellodd canran y rhyngweithiadau a ddaeth i law drwy sianel ddigidol yn 2019/20, gyda 40,883 o geisiadau am wasanaeth yn dod i law drwy'r llwyfan digidol.
    .easy = Defnyddiodd mwy o bobl y rhyngrwyd i gysylltu â ni yn ystod 2019 i 2020. Cawson ni 40,883 o geisiadau am wasanaethau ar-lein.
organisation-impact-digital-services = Erbyn hyn mae 76 o wasanaethau gwahanol ar gael i gwsmeriaid drwy'r llwyfan digidol.
    .easy = Gallwch chi bellach ddefnyddio 76 o wasanaethau gwahanol y Cyngor ar-lein.
organisation-impact-self-service = 66% yw canran y ceisiadau am wasanaeth a ddaeth i law gan gwsmeriaid drwy hunanwasanaeth, o gymharu â'r rhai sy'n cael eu trin dros y ffôn.
    .easy = Gwnaeth cwsmeriaid 7 o bob 10 cais am wasanaethau eu hunain, ar-lein. Cafodd ceisiadau eraill eu gwneud dros y ffôn.
organisation-impact-staff-development = Am yr ail flwyddyn yn olynol, mae 52% o'r gweithwyr yn teimlo bod ganddyn nhw gyfle i ddatblygu a gwella eu potensial.
    .easy = Dyma farn 5 o bob 10 aelod o staff. Maen nhw'n teimlo y gallan nhw ddysgu a datblygu yn eu swydd. Mae hyn yr un fath â'r flwyddyn cynt.
organisation-impact-communications = Gwelwyd gwelliant hefyd, gyda 55% o'r gweithwyr yn cytuno â'r datganiad 'mae cyfathrebu'n dda yn fy adran i'.
    .easy = Dyma farn 6 o bob 10 aelod o staff bellach. Maen nhw'n cytuno bod cyfathrebu'n dda yn eu hadran. Mae hyn yn well nag o'r blaen.

## Egwyddorion ein Cyngor

principles-heading = Egwyddorion ein Cyngor
    .easy = Cwestiynau rydyn ni'n eu gofyn i ni'n hunain

## Egwyddorion ein Cyngor

principle-long-term = Sut gallwn ni gydbwyso gofynion heddiw â'n gallu i ddiwallu anghenion hirdymor Wrecsam?
    .easy = Sut gallwn ni helpu pobl heddiw a chynllunio ar gyfer dyfodol Wrecsam hefyd?
principle-prevention = Beth allwn ni ei wneud i atal problemau rhag codi neu i'w hatal rhag gwaethygu?
    .easy = Sut gallwn ni atal problemau cyn iddyn nhw ddechrau neu waethygu?
principle-involvement = Sut gallwn ni weithio gyda phobl a chymunedau lleol i lunio gwasanaethau?
    .easy = Sut gallwn ni weithio gyda phobl leol i gynllunio gwasanaethau?
principle-council-departments = Beth allwn ni ei wneud i weithio'n weithredol gydag Adrannau eraill y Cyngor?
    .easy = Sut gallwn ni weithio'n well gyda thimau eraill yn y Cyngor?
principle-partnerships = Sut gallwn ni sicrhau bod ein partneriaethau'n gweithio?
    .easy = Sut gallwn ni wneud yn siŵr ein bod ni'n gweithio'n dda gyda grwpiau eraill?
principle-welsh-language = A yw gwybodaeth a gwasanaethau ar gael yn gyfartal yn Gymraeg ac yn Saesneg?
    .easy = Ydy gwybodaeth a gwasanaethau ar gael yr un fath yn Gymraeg ac yn Saesneg?
principle-vulnerable-people = Sut gallwn ni nodi a blaenoriaethu'r bobl sydd fwyaf agored i niwed yn ein cymunedau?
    .easy = Sut gallwn ni ganfod a helpu'r bobl sydd fwyaf mewn angen yn gyntaf?

## Lluniau: testun amgen pob llun, beth mae'n ei olygu yma

picture-rating-green = Golau gwyrdd: cynnydd da
picture-rating-amber = Golau ambr: rhywfaint o gynnydd
picture-rating-red = Golau coch: ddim ar y trywydd iawn
picture-council = Y Cyngor
picture-plan = Cynllun
picture-report = Siart o ba mor dda wnaethon ni
picture-money = Arian
picture-people = Pobl gyda'i gilydd
picture-home = Cartref
picture-neighbourhood = Cartrefi mewn cymdogaeth
picture-vote = Pleidleisio mewn etholiad
picture-services = Gwasanaethau'r Cyngor
picture-online = Defnyddio cyfrifiadur ar-lein
picture-calendar = Bob blwyddyn
picture-traffic-lights = Goleuadau traffig: gwyrdd, ambr a choch
picture-booklet = Llyfryn byr
picture-safety = Cadw'n ddiogel
picture-school = Ysgol
picture-environment = Coeden: y byd o'n cwmpas
picture-health = Iechyd da
picture-town = Tref Wrecsam
picture-shop = Siopau a busnesau
picture-poverty = Cael digon o arian
picture-learning = Dysgu
picture-independence = Person anabl yn byw'n annibynnol
picture-safeguarding = Gofalu am bobl sydd angen help
picture-arts = Celfyddydau a diwylliant
picture-transport = Teithio ar fws
picture-building-work = Gwaith adeiladu
picture-science = Canolfan wyddoniaeth
picture-business = Busnes
picture-internet = Y rhyngrwyd
picture-job = Swydd
picture-working-together = Gweithio gyda'n gilydd
picture-visitors = Pobl yn ymweld â chanol y dref
picture-shopping = Ymwelwyr yn gwario arian
picture-household = Aelwyd
picture-health-worker = Gweithiwr iechyd
picture-children = Plant
picture-computer = System gyfrifiadurol
picture-alcohol = Lle sy'n helpu pobl sydd wedi yfed gormod
picture-welsh = Yr iaith Gymraeg
picture-football = Pêl-droed
picture-lighting = Goleuadau sy'n arbed ynni
picture-map = Ble gellir defnyddio tir
picture-heritage = Adeiladau hen ac arbennig
picture-volunteer = Gwirfoddolwr
picture-recycling = Ailgylchu
picture-fly-tipping = Dim gadael sbwriel
picture-roads = Ffyrdd
picture-form = Ffurflen ar-lein
picture-health-and-safety = Iechyd a diogelwch yn y gwaith
picture-training = Hyfforddiant i staff
picture-talking = Siarad â'n gilydd
picture-happy-customers = Cwsmeriaid hapus
picture-future = Meddwl am y dyfodol
picture-prevention = Atal problemau'n gynnar
picture-having-your-say = Dweud eich dweud
picture-modern-services = Defnyddio gwasanaethau cyfrifiadurol modern
picture-mobile = Defnyddio ffôn symudol
picture-requests = Negeseuon yn cyrraedd
picture-my-account = Eich cyfrif eich hun
picture-apprentice = Gweithiwr yn dysgu crefft
picture-builder = Adeiladu cartrefi newydd
picture-key = Allwedd cartref
picture-office = Swyddfeydd y Cyngor
picture-shop-front = Blaenau siopau
picture-team = Timau'n gweithio gyda'i gilydd
picture-police = Yr heddlu'n cadw pobl yn ddiogel
picture-books = Dysgu a datblygu yn y gwaith

## Geiriau anodd: pob gair fel y mae yn y testun, a'i esboniad

hard-word-councillor = cynghorydd
    .explanation = Person rydych chi'n pleidleisio drosto. Mae cynghorwyr yn penderfynu beth mae'r Cyngor yn ei wneud.
hard-word-well-being-objective = amcan llesiant
    .explanation = Un o'r prif bethau mae'r Cyngor eisiau eu gwneud i wella bywydau pobl.
hard-word-in-year-priority = blaenoriaeth yn ystod y flwyddyn
    .explanation = Prif waith mae'r Cyngor eisiau ei wneud eleni.
hard-word-grant = grant
    .explanation = Arian sy'n cael ei roi ar gyfer gwaith arbennig. Does dim rhaid ei dalu'n ôl.
hard-word-regeneration = adfywio
    .explanation = Gwneud lle yn well ac yn brysurach.
hard-word-apprenticeship = prentisiaeth
    .explanation = Swydd lle rydych chi hefyd yn dysgu sgiliau.
hard-word-vulnerable = agored i niwed
    .explanation = Yn fwy tebygol o gael eich brifo.
hard-word-occupational-therapist = therapydd galwedigaethol
    .explanation = Person sy'n eich helpu i wneud pethau bob dydd eich hun.
hard-word-anti-social-behaviour = ymddygiad gwrthgymdeithasol
    .explanation = Pan fydd pobl yn poeni neu'n dychryn eraill, er enghraifft drwy weiddi neu ymladd.
hard-word-key-stage-3 = Cyfnod Allweddol 3
    .explanation = Blynyddoedd ysgol 7, 8 a 9.
hard-word-welsh-medium = cyfrwng Cymraeg
    .explanation = Mae'r gwersi yn Gymraeg.
hard-word-housing-association = cymdeithas dai
    .explanation = Grŵp sy'n rhentu cartrefi am bris teg.
hard-word-conservation-area = ardal gadwraeth
    .explanation = Lle ag adeiladau hen ac arbennig y mae'n rhaid gofalu amdanyn nhw.
hard-word-volunteer = gwirfoddolwr
    .explanation = Person sy'n gweithio heb gael ei dalu.
hard-word-fly-tipping = tipio anghyfreithlon
    .explanation = Gadael sbwriel lle nad yw'n cael ei ganiatáu.
hard-word-composting = compostio
    .explanation = Troi gwastraff bwyd a gardd yn bridd.
hard-word-a-roads = ffyrdd A
    .explanation = Prif ffyrdd. Ffyrdd B yw'r ffyrdd pwysicaf nesaf.

## Sut i gysylltu â'r cyngor

council-address =
    Neuadd y Dref
    Wrecsam
    LL11 1AY


## Sut dylai llais ddweud enwau y byddai'n eu darllen yn anghywir (ar gyfer y fformatau sy'n siarad)

say-wrexham = Wrecsam
    .say = Wrecsam
say-ty-pawb = Tŷ Pawb
    .say = Tŷ Pawb
say-techniquest = Techniquest
    .say = Tecnicwest

## Cydnabyddiaeth

credit-openmoji = Lluniau: OpenMoji (openmoji.org), y prosiect emoji ac eiconau cod agored, trwydded CC BY-SA 4.0.
