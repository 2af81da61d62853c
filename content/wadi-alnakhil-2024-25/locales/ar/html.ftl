## The HTML page's own words, in Arabic.

# The first link on the page, shown when it has keyboard focus.
html-skip-link = انتقل إلى المحتوى الرئيسي
