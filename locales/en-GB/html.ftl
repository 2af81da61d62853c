## The HTML page's own words, in English.

# The first link on the page, shown when it has keyboard focus.
html-skip-link = Skip to main content
# The link to the Welsh version of the page. It is written in Welsh, because it
# is for readers of Welsh; the page marks it as Welsh.
html-other-language = Darllenwch yr adroddiad hwn yn Gymraeg
