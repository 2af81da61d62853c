## Geiriau'r fformatau llafar (sain a llyfr llafar), yn Gymraeg.

# Y bennod gyntaf: y teitl, pwy a gyhoeddodd yr adroddiad, beth mae'n ei gwmpasu.
audio-opening = Teitl a chyflwyniad
talking-book-summary = Mae llais synthetig yn darllen pob darn o'r llyfr hwn yn uchel ac yn ei amlygu wrth ei ddarllen; mae'r cynnwys yn arwain at bob pennawd. Darllenir tablau fesul rhes, pob rhes fel ei label a'i gwerthoedd.
