## The PDF files' own words, in Arabic.

# At the foot of every page. $page is the page's number, $pages the number of pages.
pdf-page-number = صفحة { $page } من { $pages }
