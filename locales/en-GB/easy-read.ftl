## Words of the easy-read Word document, in English.

easy-read-title = { $title }: easy read
easy-read-about = This is the easy read version of our report. It uses easy words and pictures.
easy-read-hard-words = Hard words are in bold. The list of hard words at the end explains them.
easy-read-contact = If you need help, or have a question about this report, please get in touch.
