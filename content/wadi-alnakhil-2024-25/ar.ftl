# مجلس بلدة وادي النخيل، التقرير السنوي 2024 إلى 2025، باللغة العربية.
# Wadi Al-Nakhil Town Council, annual report 2024 to 2025, in Arabic.
# An invented example: the council, its services and every figure are made up.

report-title = عامنا
report-subtitle = التقرير السنوي 2024 إلى 2025
council-name = مجلس بلدة وادي النخيل
report-period = أبريل 2024 إلى مارس 2025

about = عن هذا التقرير
about-report = يبيّن هذا التقرير ما وعدنا به للفترة من 2024 إلى 2025 وما أنجزناه. لكل وعد رمز، مثل E1.
    .easy = يخبرك هذا التقرير بما قلنا إننا سنفعله.
about-money = استقبلت حدائق البلدة ومكتبتها وسوقها 5,549,669 زيارة هذا العام.
    .easy = جاء كثير من الناس إلى الحدائق والمكتبة والسوق.

progress = التقدّم
progress-done = منجز
    .meaning = أنجزنا ما وعدنا به.
    .easy = أنجزناه.
progress-started = بدأ العمل
    .meaning = بدأنا، وما زال هناك المزيد لنقوم به.
    .easy = بدأنا.
progress-not-started = لم يبدأ
    .meaning = لم نبدأ بعد.
    .easy = سنبدأ لاحقًا.

promises = وعودنا
    .caption = وعودنا وإلى أين وصلنا
    .column = الوعد
promise-parks = افتتاح حديقتين جديدتين
    .easy = افتتاح 2 من الحدائق الجديدة.
promise-buses = تشغيل الحافلات أيام الجمعة
    .easy = تشغيل الحافلات أيام الجمعة.
promise-library = فتح المكتبة في المساء
    .easy = فتح المكتبة في المساء.

measures = كيف نقيس عملنا
    .caption = كيف نقيس عملنا: العام الماضي، هذا العام، الهدف، التقدّم والاتجاه
    .previous = 2023 إلى 2024
    .current = 2024 إلى 2025
measure-visitors = زيارات الحدائق والمكتبة والسوق
    .easy = زيارات الحدائق والمكتبة والسوق
measure-recycling = نفايات المنازل المعاد تدويرها
    .easy = القمامة التي أعيد تدويرها

picture-done = إبهام مرفوع: منجز
picture-started = دائرة برتقالية: بدأ العمل
picture-not-started = تقويم: يبدأ لاحقًا
picture-report = رسم بياني لمدى جودة أدائنا
picture-calendar = أشهر السنة
picture-money = المال
picture-environment = أشجار ومساحات خضراء
picture-talking = التحدث إلى المجلس
picture-online = استخدام موقع المجلس الإلكتروني

credit-openmoji = الصور: OpenMoji (openmoji.org)، مشروع الرموز التعبيرية والأيقونات مفتوح المصدر، بترخيص CC BY-SA 4.0.
