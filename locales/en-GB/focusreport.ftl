## The library's own words, in English: ready-made headings, labels, and the
## phrases every report uses. A report's own words, and the meaning of each level
## of its scales, live beside its content.

## The language itself, named in its own words, for links from other languages

language-name = English
read-in-language = Read this report in English

## Ready-made headings: a report may name its own instead

contents-heading = Contents
legend-heading = What the ratings mean
glossary-heading = Hard words
credits-heading = About the pictures
contact-heading = Contact us and other formats
highlights-heading = Highlights
principles-heading = Our principles
list-heading = List
aims-heading = What did we want to do?
aims-intro = We wanted to:
actions-heading = What did we do?
impacts-heading = What difference did we make?
theme-heading = { $theme }: { $summary }
published-by = Published by { $council }
page-of-pages = Page { $page } of { $pages }

## Codes, explained on first use

codes-intro = Each code starts with the code of its theme:
code-meaning = { $code }: the theme { $theme }
coded-title = { $code } { $title }

## Columns of tables

column-code = Code
column-measure = Measure
column-previous = Previous
column-current = Current
column-target = Target
column-trend = Trend
value-missing = Not given
trend-improving = Improving
trend-steady = No change
trend-declining = Getting worse

## The ready-made traffic-light scale: the names of its levels. What each level
## means is the council's to say, in the report's own words.

traffic-light-green = Green
traffic-light-amber = Amber
traffic-light-red = Red
rating-with-meaning = { $rating }. { $meaning }

## Contact us and other formats

contact-other-formats = You can ask for this report in another format, such as large print, easy read, braille, audio or another language.
contact-phone = Phone
contact-email = Email
contact-web = Website
contact-address = Address
address-separator = {", "}

## Lists and tables, spoken by screen readers

list-announce = { $count ->
    [one] A list of { NUMBER($count) } item.
   *[other] A list of { NUMBER($count) } items.
}
table-announce = { $count ->
    [one] A table of { NUMBER($count) } row, read as label and value.
   *[other] A table of { NUMBER($count) } rows, read as label and value.
}
labelled-value = { $label }: { $value }
value-separator = {"; "}

## Document properties

document-title = { $title }: { $subtitle }
document-subject = How { $council } performed from { $period }
accessibility-summary = This publication meets WCAG 2.2 Level AA. It has a table of contents and headings in order, every picture has a text alternative, tables have header cells, and every rating is written in words as well as shown in colour.
