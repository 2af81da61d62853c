## Geiriau'r e-lyfr EPUB: teitlau'r penodau a'r llywio.

epub-introduction = Cyflwyniad
epub-landmarks = Tirnodau
