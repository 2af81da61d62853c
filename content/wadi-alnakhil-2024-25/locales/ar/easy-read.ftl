## Words of the easy-read Word document, in Arabic.

easy-read-title = { $title }: نسخة سهلة القراءة
easy-read-about = هذه هي النسخة سهلة القراءة من تقريرنا. تستخدم كلمات سهلة وصورًا.
easy-read-hard-words = الكلمات الصعبة مكتوبة بخط عريض. تشرحها قائمة الكلمات الصعبة في النهاية.
easy-read-contact = إذا احتجت إلى مساعدة، أو كان لديك سؤال عن هذا التقرير، فتواصل معنا.
