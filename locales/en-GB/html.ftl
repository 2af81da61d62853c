## The HTML page's own words, in English.

# The first link on the page, shown when it has keyboard focus.
html-skip-link = Skip to main content

# At the foot of the page, before the council's phone, email, website and address.
html-footer-contact = To ask a question, or to get this report in another format, contact us:
