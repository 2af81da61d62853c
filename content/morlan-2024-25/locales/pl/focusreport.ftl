## Słowa samej biblioteki, po polsku: gotowe nagłówki, etykiety i zwroty, których
## używa każdy raport. Biblioteka nie ma własnych słów po polsku: ten raport
## dostarcza je sam (tłumaczenie plików locales/en-GB/). Słowa raportu i znaczenie
## każdego poziomu jego skal są w pl.ftl.

## Sam język, nazwany własnymi słowami, do odnośników z innych języków

language-name = polski
read-in-language = Przeczytaj ten raport po polsku

## Gotowe nagłówki: raport może podać własne

contents-heading = Spis treści
legend-heading = Co oznaczają oceny
glossary-heading = Trudne słowa
credits-heading = O obrazkach
contact-heading = Kontakt i inne formaty
highlights-heading = Najważniejsze osiągnięcia
principles-heading = Nasze zasady
list-heading = Lista
aims-heading = Co chcieliśmy zrobić?
aims-intro = Chcieliśmy:
actions-heading = Co zrobiliśmy?
impacts-heading = Co zmieniła nasza praca?
theme-heading = { $theme }: { $summary }
published-by = Wydawca: { $council }
page-of-pages = Strona { $page } z { $pages }

## Kody, wyjaśnione przy pierwszym użyciu

codes-intro = Każdy kod zaczyna się od kodu swojego tematu:
code-meaning = { $code }: temat { $theme }
coded-title = { $code } { $title }

## Kolumny tabel

column-code = Kod
column-measure = Wskaźnik
column-previous = Poprzednio
column-current = Obecnie
column-target = Cel
column-trend = Tendencja
value-missing = Brak danych
trend-improving = Poprawa
trend-steady = Bez zmian
trend-declining = Pogorszenie

## Gotowa skala sygnalizacji świetlnej: nazwy jej poziomów. Co oznacza każdy
## poziom, mówi rada, słowami samego raportu.

traffic-light-green = Zielony
traffic-light-amber = Żółty
traffic-light-red = Czerwony
rating-with-meaning = { $rating }. { $meaning }

## Kontakt i inne formaty

contact-other-formats = Możesz poprosić o ten raport w innym formacie, na przykład dużym drukiem, w wersji łatwej do czytania, w alfabecie Braille'a, w wersji audio lub w innym języku.
contact-phone = Telefon
contact-email = E-mail
contact-web = Strona internetowa
contact-address = Adres
address-separator = {", "}

## Listy i tabele, odczytywane przez czytniki ekranu

list-announce = { $count ->
    [one] Lista zawierająca { NUMBER($count) } element.
    [few] Lista zawierająca { NUMBER($count) } elementy.
    [many] Lista zawierająca { NUMBER($count) } elementów.
   *[other] Lista zawierająca { NUMBER($count) } elementu.
}
table-announce = { $count ->
    [one] Tabela zawierająca { NUMBER($count) } wiersz. Każdy wiersz to etykieta i wartość.
    [few] Tabela zawierająca { NUMBER($count) } wiersze. Każdy wiersz to etykieta i wartość.
    [many] Tabela zawierająca { NUMBER($count) } wierszy. Każdy wiersz to etykieta i wartość.
   *[other] Tabela zawierająca { NUMBER($count) } wiersza. Każdy wiersz to etykieta i wartość.
}
labelled-value = { $label }: { $value }
value-separator = {"; "}

## Właściwości dokumentu

document-title = { $title }: { $subtitle }
document-subject = { $council }: wyniki za okres { $period }
accessibility-summary = Ta publikacja spełnia wymagania WCAG 2.2 na poziomie AA. Ma spis treści i nagłówki we właściwej kolejności, każdy obrazek ma tekst alternatywny, tabele mają komórki nagłówkowe, a każda ocena jest podana słowami, nie tylko kolorem.
