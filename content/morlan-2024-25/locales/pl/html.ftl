## Słowa samej strony HTML, po polsku.

# Pierwszy odnośnik na stronie, widoczny, gdy trafi na niego fokus klawiatury.
html-skip-link = Przejdź do treści głównej

# Na dole strony, przed telefonem, adresem e-mail, stroną internetową i adresem urzędu.
html-footer-contact = Aby zadać pytanie lub otrzymać ten raport w innym formacie, skontaktuj się z nami:
