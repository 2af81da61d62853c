## Words of the large-print Word document, in Arabic.

large-print-title = { $title }: طباعة كبيرة
