## Słowa formatów mówionych (audio i książka mówiona), po polsku.

# Pierwszy rozdział: tytuł, kto wydał raport i czego dotyczy.
audio-opening = Tytuł i wstęp
talking-book-summary = Każdy fragment tej książki jest czytany na głos przez syntetyczny głos i podświetlany podczas czytania; spis treści prowadzi do każdego nagłówka. Tabele są czytane wiersz po wierszu, każdy wiersz jako etykieta i wartości.
