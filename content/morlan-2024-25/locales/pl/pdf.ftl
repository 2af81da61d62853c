## Słowa plików PDF, po polsku.

# U dołu każdej strony. $page to numer strony, $pages liczba stron.
pdf-page-number = Strona { $page } z { $pages }
