## The HTML page's own words, in English.

# The first link on the page, shown when it has keyboard focus.
html-skip-link = Skip to main content
