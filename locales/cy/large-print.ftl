## Geiriau'r ddogfen Word print bras, yn Gymraeg.

large-print-title = { $title }: print bras
