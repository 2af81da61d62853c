## Words of the EPUB book: chapter titles and navigation, in Arabic.

epub-introduction = المقدمة
epub-landmarks = المعالم
