## Geiriau'r dudalen HTML ei hun, yn Gymraeg.

# Y ddolen gyntaf ar y dudalen, sy'n ymddangos pan fydd ffocws y bysellfwrdd arni.
html-skip-link = Neidio i'r prif gynnwys
