## Geiriau'r llyfrgell ei hun, yn Gymraeg: penawdau parod, labeli, a'r
## ymadroddion y mae pob adroddiad yn eu defnyddio. Mae geiriau pob adroddiad,
## ac ystyr pob lefel o'i raddfeydd, yn byw wrth ymyl ei gynnwys.

## Yr iaith ei hun, wedi'i henwi yn ei geiriau ei hun, ar gyfer dolenni o ieithoedd eraill

language-name = Cymraeg
read-in-language = Darllenwch yr adroddiad hwn yn Gymraeg

## Penawdau parod: gall adroddiad enwi ei rai ei hun yn eu lle

contents-heading = Cynnwys
legend-heading = Beth mae'r sgoriau'n ei olygu
glossary-heading = Geiriau anodd
credits-heading = Ynglŷn â'r lluniau
contact-heading = Cysylltu â ni a fformatau eraill
highlights-heading = Uchafbwyntiau
principles-heading = Ein hegwyddorion
list-heading = Rhestr
aims-heading = Beth oedden ni eisiau ei wneud?
aims-intro = Roedden ni eisiau:
actions-heading = Beth wnaethon ni?
impacts-heading = Pa wahaniaeth wnaethon ni?
theme-heading = { $theme }: { $summary }
published-by = Cyhoeddwr: { $council }
page-of-pages = Tudalen { $page } o { $pages }

## Codau, wedi'u hesbonio y tro cyntaf y cânt eu defnyddio

codes-intro = Mae pob cod yn dechrau gyda chod ei thema:
code-meaning = { $code }: y thema { $theme }
coded-title = { $code } { $title }

## Colofnau tablau

column-code = Cod
column-measure = Mesur
column-previous = Blaenorol
column-current = Presennol
column-target = Targed
column-trend = Tuedd
value-missing = Heb ei roi
trend-improving = Yn gwella
trend-steady = Dim newid
trend-declining = Yn gwaethygu

## Y raddfa goleuadau traffig parod: enwau ei lefelau. Mae ystyr pob lefel yn
## fater i'r cyngor ei ddweud, yng ngeiriau'r adroddiad ei hun.

traffic-light-green = Gwyrdd
traffic-light-amber = Ambr
traffic-light-red = Coch
rating-with-meaning = { $rating }. { $meaning }

## Cysylltu â ni a fformatau eraill

contact-other-formats = Gallwch ofyn am yr adroddiad hwn mewn fformat arall, fel print bras, hawdd ei ddeall, braille, sain neu iaith arall.
contact-phone = Ffôn
contact-email = E-bost
contact-web = Gwefan
contact-address = Cyfeiriad
address-separator = {", "}

## Rhestrau a thablau, wedi'u darllen yn uchel gan ddarllenwyr sgrin

list-announce = { $count ->
    [zero] Rhestr heb ddim eitemau.
    [one] Rhestr o { NUMBER($count) } eitem.
    [two] Rhestr o { NUMBER($count) } eitem.
    [few] Rhestr o { NUMBER($count) } eitem.
    [many] Rhestr o { NUMBER($count) } eitem.
   *[other] Rhestr o { NUMBER($count) } eitem.
}
table-announce = { $count ->
    [zero] Tabl heb ddim rhesi, i'w ddarllen fel label a gwerth.
    [one] Tabl sy'n cynnwys { NUMBER($count) } rhes, i'w ddarllen fel label a gwerth.
    [two] Tabl sy'n cynnwys { NUMBER($count) } o resi, i'w ddarllen fel label a gwerth.
    [few] Tabl sy'n cynnwys { NUMBER($count) } o resi, i'w ddarllen fel label a gwerth.
    [many] Tabl sy'n cynnwys { NUMBER($count) } o resi, i'w ddarllen fel label a gwerth.
   *[other] Tabl sy'n cynnwys { NUMBER($count) } o resi, i'w ddarllen fel label a gwerth.
}
labelled-value = { $label }: { $value }
value-separator = {"; "}

## Priodweddau'r ddogfen

document-title = { $title }: { $subtitle }
document-subject = Sut y perfformiodd { $council } yn ystod y cyfnod { $period }
accessibility-summary = Mae'r cyhoeddiad hwn yn bodloni WCAG 2.2 Lefel AA. Mae ganddo dabl cynnwys a phenawdau mewn trefn, mae testun amgen i bob llun, mae gan y tablau gelloedd pennawd, ac mae pob sgôr wedi'i nodi mewn geiriau yn ogystal ag mewn lliw.
