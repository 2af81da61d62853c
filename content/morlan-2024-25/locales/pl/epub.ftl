## Słowa e-booka EPUB: tytuły rozdziałów i nawigacja.

epub-introduction = Wprowadzenie
epub-landmarks = Punkty orientacyjne
