## Words of the braille edition (BRF), in Arabic.

braille-edition = طبعة برايل
braille-language = باللغة العربية
braille-code = { $grade ->
    [1] برايل غير مختصر
   *[2] برايل مختصر
}
braille-volume = المجلد { $number } من { $count }
braille-pages = { $count ->
    [zero] لا توجد صفحات برايل
    [one] صفحة برايل واحدة
    [two] صفحتا برايل
    [few] { $count } صفحات برايل
    [many] { $count } صفحة برايل
   *[other] { $count } صفحة برايل
}
# Heads the column of page numbers in the contents.
braille-contents-page = الصفحة
# A picture whose description says more than the words beside it.
braille-picture = صورة: { $alt }
