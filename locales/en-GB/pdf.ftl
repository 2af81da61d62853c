## Words of the PDF files, in English.

# At the foot of every page. $page is the page's number, $pages the number of pages.
pdf-page-number = Page { $page } of { $pages }
