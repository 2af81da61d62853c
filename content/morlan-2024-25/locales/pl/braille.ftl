## Słowa wydania brajlowskiego (BRF), po polsku.

braille-edition = Wydanie brajlowskie
braille-language = Po polsku
braille-code = { $grade ->
    [1] Brajl bez skrótów
   *[2] Brajl ze skrótami
}
braille-volume = Tom { $number } z { $count }
braille-pages = { $count ->
    [one] { $count } strona brajlowska
    [few] { $count } strony brajlowskie
    [many] { $count } stron brajlowskich
   *[other] { $count } strony brajlowskiej
}
# Nagłówek kolumny numerów stron w spisie treści.
braille-contents-page = Strona
# Obraz, którego opis mówi więcej niż słowa obok niego.
braille-picture = Obraz: { $alt }
