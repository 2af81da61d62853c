## Words of the spoken formats (audio and talking book), in Arabic.

# The first chapter: the title, who published the report, what it covers.
audio-opening = العنوان والمقدمة
talking-book-summary = يقرأ صوت اصطناعي كل فقرة من هذا الكتاب بصوت عالٍ ويُبرزها أثناء قراءتها، ويقود المحتوى إلى كل عنوان. تُقرأ الجداول صفًا صفًا، وكل صف بتسميته وقيمه.
