## The library's own words, in English: headings, labels and the meaning of
## each rating. A report's own words live beside its content.

## Parts of every report

contents-heading = Contents
legend-heading = What the ratings mean
summary-heading = Performance summary of the in-year priorities and well-being objectives
priorities-heading = In-year priorities
priorities-caption = In-year priorities and their overall outcome
objectives-heading = Well-being objectives
objectives-caption = Well-being objectives and their overall outcome
codes-intro = Each well-being objective has a code. The letters of the code stand for its theme:
code-meaning = { $code } stands for { $theme }
column-priority = In-year priority
column-objective = Well-being objective
column-code = Code
column-outcome = Overall outcome
theme-heading = { $theme }: { $summary }
aims-heading = What did we want to do?
aims-intro = We wanted to:
actions-heading = What did we do?
impacts-heading = What difference did we make?
principles-heading = Our Council Principles
glossary-heading = Hard words
credits-heading = About the pictures
published-by = Published by { $council }

## Ratings: always written as a word and its meaning, never as a colour alone

rating-green = Green
    .meaning = Good progress is being made and outcomes are improving.
rating-amber = Amber
    .meaning = Progress is being made but not yet impacting on outcomes.
rating-red = Red
    .meaning = Performance is off-track and outcomes are not improving.
rating-with-meaning = { $rating }. { $meaning }
objective-label = { $code } { $title }

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

## Document properties

document-title = { $title }: { $subtitle }
document-subject = How { $council } performed from { $period }
accessibility-summary = This publication meets WCAG 2.2 Level AA. It has a table of contents and headings in order, every picture has a text alternative, tables have header cells, and every rating is written in words as well as shown in colour.
