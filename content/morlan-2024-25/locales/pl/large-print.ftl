## Słowa dokumentu Word z dużym drukiem, po polsku.

large-print-title = { $title }: wersja z dużym drukiem
