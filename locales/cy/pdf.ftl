## Geiriau'r ffeiliau PDF, yn Gymraeg.

# Ar waelod pob tudalen. $page yw rhif y dudalen, $pages nifer y tudalennau.
pdf-page-number = Tudalen { $page } o { $pages }
