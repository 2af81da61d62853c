## Geiriau'r dudalen HTML ei hun, yn Gymraeg.

# Y ddolen gyntaf ar y dudalen, sy'n ymddangos pan fydd ffocws y bysellfwrdd arni.
html-skip-link = Neidio i'r prif gynnwys

# Ar waelod y dudalen, cyn rhif ffôn, e-bost, gwefan a chyfeiriad y cyngor.
html-footer-contact = I ofyn cwestiwn, neu i gael yr adroddiad hwn mewn fformat arall, cysylltwch â ni:
