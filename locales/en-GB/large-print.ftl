## Words of the large-print Word document, in English.

large-print-title = { $title }: large print
