## Words of the braille edition (BRF), in English.

braille-edition = Braille edition
braille-language = In English
braille-code = { $grade ->
    [1] Uncontracted braille
   *[2] Contracted braille
}
braille-volume = Volume { $number } of { $count }
braille-pages = { $count ->
    [one] { $count } braille page
   *[other] { $count } braille pages
}
# Heads the column of page numbers in the contents.
braille-contents-page = Page
# A picture whose description says more than the words beside it.
braille-picture = Picture: { $alt }
