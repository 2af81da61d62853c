## Geiriau'r argraffiad braille (BRF), yn Gymraeg.

braille-edition = Argraffiad braille
braille-language = Yn Gymraeg
braille-code = { $grade ->
    [1] Braille heb gywasgiadau
   *[2] Braille gyda chywasgiadau
}
braille-volume = Cyfrol { $number } o { $count }
braille-pages = { $count } tudalen braille
# Pennawd colofn rhifau'r tudalennau yn y cynnwys.
braille-contents-page = Tudalen
# Llun y mae ei ddisgrifiad yn dweud mwy na'r geiriau wrth ei ymyl.
braille-picture = Llun: { $alt }
