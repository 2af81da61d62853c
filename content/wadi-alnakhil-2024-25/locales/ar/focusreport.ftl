## The library's own words, in Arabic: ready-made headings, labels, and the
## phrases every report uses. Supplied by this report: the library ships words
## for English and Welsh only.

## The language itself, named in its own words, for links from other languages

language-name = العربية
read-in-language = اقرأ هذا التقرير باللغة العربية

## Ready-made headings: a report may name its own instead

contents-heading = المحتويات
legend-heading = معنى التقييمات
glossary-heading = كلمات صعبة
credits-heading = عن الصور
contact-heading = اتصل بنا وصيغ أخرى
highlights-heading = أبرز النقاط
principles-heading = مبادئنا
list-heading = قائمة
aims-heading = ماذا أردنا أن نفعل؟
aims-intro = أردنا أن:
actions-heading = ماذا فعلنا؟
impacts-heading = ما الفرق الذي أحدثناه؟
theme-heading = { $theme }: { $summary }
published-by = نشره { $council }
page-of-pages = صفحة { $page } من { $pages }

## Codes, explained on first use

codes-intro = يبدأ كل رمز برمز موضوعه:
code-meaning = { $code } يعني { $theme }
coded-title = { $code } { $title }

## Columns of tables

column-code = الرمز
column-measure = المقياس
column-previous = السابق
column-current = الحالي
column-target = الهدف
column-trend = الاتجاه
value-missing = غير متوفر
trend-improving = يتحسن
trend-steady = دون تغيير
trend-declining = يزداد سوءًا

## The ready-made traffic-light scale: the names of its levels.

traffic-light-green = أخضر
traffic-light-amber = كهرماني
traffic-light-red = أحمر
rating-with-meaning = { $rating }. { $meaning }

## Contact us and other formats

contact-other-formats = يمكنك طلب هذا التقرير بصيغة أخرى، مثل الطباعة الكبيرة أو النسخة سهلة القراءة أو برايل أو التسجيل الصوتي أو بلغة أخرى.
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-web = الموقع الإلكتروني
contact-address = العنوان
address-separator = {"، "}

## Lists and tables, spoken by screen readers (CLDR Arabic plurals: zero, one, two, few, many, other)

list-announce = { $count ->
    [zero] قائمة لا تضم أي عنصر.
    [one] قائمة من عنصر واحد.
    [two] قائمة من عنصرين.
    [few] قائمة من { NUMBER($count) } عناصر.
    [many] قائمة من { NUMBER($count) } عنصرًا.
   *[other] قائمة من { NUMBER($count) } عنصر.
}
table-announce = { $count ->
    [zero] جدول لا يضم أي صف، يُقرأ تسميةً وقيمة.
    [one] جدول من صف واحد، يُقرأ تسميةً وقيمة.
    [two] جدول من صفين، يُقرأ تسميةً وقيمة.
    [few] جدول من { NUMBER($count) } صفوف، يُقرأ تسميةً وقيمة.
    [many] جدول من { NUMBER($count) } صفًا، يُقرأ تسميةً وقيمة.
   *[other] جدول من { NUMBER($count) } صف، يُقرأ تسميةً وقيمة.
}
labelled-value = { $label }: { $value }
value-separator = {"؛ "}

## Document properties

document-title = { $title }: { $subtitle }
document-subject = أداء { $council } في الفترة { $period }
accessibility-summary = يستوفي هذا المنشور معايير WCAG 2.2 المستوى AA. فيه جدول محتويات وعناوين مرتبة، ولكل صورة نص بديل، وللجداول خلايا عناوين، وكل تقييم مكتوب بالكلمات إضافةً إلى إظهاره باللون.
