## Words of the EPUB book: chapter titles and navigation.

epub-introduction = Introduction
epub-landmarks = Landmarks
