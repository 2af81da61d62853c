## Geiriau'r dudalen HTML ei hun, yn Gymraeg.

# Y ddolen gyntaf ar y dudalen, sy'n ymddangos pan fydd ffocws y bysellfwrdd arni.
html-skip-link = Neidio i'r prif gynnwys
# Y ddolen i fersiwn Saesneg y dudalen. Mae wedi'i hysgrifennu yn Saesneg,
# oherwydd mae hi ar gyfer darllenwyr Saesneg; mae'r dudalen yn ei nodi fel Saesneg.
html-other-language = Read this report in English
