## The HTML page's own words, in Arabic.

# The first link on the page, shown when it has keyboard focus.
html-skip-link = انتقل إلى المحتوى الرئيسي

# At the foot of the page, before the council's phone, email, website and address.
html-footer-contact = لطرح سؤال، أو للحصول على هذا التقرير بصيغة أخرى، اتصل بنا:
