## Słowa samej strony HTML, po polsku.

# Pierwszy odnośnik na stronie, widoczny, gdy trafi na niego fokus klawiatury.
html-skip-link = Przejdź do treści głównej
