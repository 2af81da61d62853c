## Geiriau'r llyfrgell ei hun, yn Gymraeg: penawdau, labeli ac ystyr
## pob sgôr. Mae geiriau pob adroddiad yn byw wrth ymyl ei gynnwys.

## Rhannau pob adroddiad

contents-heading = Cynnwys
legend-heading = Beth mae'r sgoriau'n ei olygu
summary-heading = Crynodeb o berfformiad y blaenoriaethau yn ystod y flwyddyn a'r amcanion llesiant
priorities-heading = Blaenoriaethau yn ystod y flwyddyn
priorities-caption = Blaenoriaethau yn ystod y flwyddyn a'u canlyniad cyffredinol
objectives-heading = Amcanion llesiant
objectives-caption = Amcanion llesiant a'u canlyniad cyffredinol
codes-intro = Mae gan bob amcan llesiant god. Mae llythrennau'r cod yn dynodi ei thema:
code-meaning = Ystyr { $code } yw { $theme }
column-priority = Blaenoriaeth yn ystod y flwyddyn
column-objective = Amcan llesiant
column-code = Cod
column-outcome = Canlyniad cyffredinol
theme-heading = { $theme }: { $summary }
aims-heading = Beth oedden ni eisiau ei wneud?
aims-intro = Roedden ni eisiau:
actions-heading = Beth wnaethon ni?
impacts-heading = Pa wahaniaeth wnaethon ni?
principles-heading = Egwyddorion ein Cyngor
glossary-heading = Geiriau anodd
credits-heading = Ynglŷn â'r lluniau
published-by = Cyhoeddwr: { $council }

## Sgoriau: bob amser wedi'u hysgrifennu fel gair a'i ystyr, byth fel lliw yn unig

rating-green = Gwyrdd
    .meaning = Mae cynnydd da yn cael ei wneud ac mae canlyniadau'n gwella.
rating-amber = Ambr
    .meaning = Mae cynnydd yn cael ei wneud ond nid yw'n effeithio ar ganlyniadau eto.
rating-red = Coch
    .meaning = Nid yw'r perfformiad ar y trywydd iawn ac nid yw canlyniadau'n gwella.
rating-with-meaning = { $rating }. { $meaning }
objective-label = { $code } { $title }

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

## Priodweddau'r ddogfen

document-title = { $title }: { $subtitle }
document-subject = Sut y perfformiodd { $council } yn ystod y cyfnod { $period }
accessibility-summary = Mae'r cyhoeddiad hwn yn bodloni WCAG 2.2 Lefel AA. Mae ganddo dabl cynnwys a phenawdau mewn trefn, mae testun amgen i bob llun, mae gan y tablau gelloedd pennawd, ac mae pob sgôr wedi'i nodi mewn geiriau yn ogystal ag mewn lliw.
