## Słowa dokumentu Word w wersji łatwej do czytania, po polsku.

easy-read-title = { $title }: wersja łatwa do czytania
easy-read-about = To jest wersja naszego raportu łatwa do czytania. Używamy w niej prostych słów i obrazków.
easy-read-hard-words = Trudne słowa są napisane grubą czcionką. Lista trudnych słów na końcu wyjaśnia, co znaczą.
easy-read-contact = Jeśli potrzebujesz pomocy albo masz pytanie o ten raport, skontaktuj się z nami.
