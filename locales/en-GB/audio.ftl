## Words of the spoken formats (audio and talking book), in English.

# The first chapter: the title, who published the report, what it covers.
audio-opening = Title and introduction
talking-book-summary = Every passage of this book is read aloud by a synthetic voice and highlighted while it is read; the contents lead to each heading. Tables are read row by row, each row as its label and values.
