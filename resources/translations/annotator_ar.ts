<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Annotators</source>
        <extracomment>The tables&apos; headings, as lupdate sees them (shown in the interface&apos;s language).</extracomment>
        <translation>الموسِّمون</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 تطابق تام</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 تداخل</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <source>Same source</source>
        <translation>المصدر نفسه</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>الاختلاف</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>أزواج الموسِّمين</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Agreement between annotators</source>
        <translation>الاتفاق بين الموسِّمين</translation>
    </message>
    <message>
        <source>Computing agreement over every article two people annotated…</source>
        <translation>يُحسب الاتفاق على كل مقال وسَمه شخصان…</translation>
    </message>
    <message>
        <source>Over the corpus (F1: 1 is the same spans; alpha over characters):</source>
        <translation>على مجمل المقالات (F1: القيمة ١ تعني المقاطع نفسها؛ ألفا على مستوى الحروف):</translation>
    </message>
    <message>
        <source>Articles, most disagreement first (Enter opens one):</source>
        <translation>المقالات، الأكثر اختلافًا أولًا (Enter يفتح المقال):</translation>
    </message>
    <message>
        <source>Agreement could not be computed: %1</source>
        <translation>تعذّر حساب الاتفاق:
⁨%1⁩</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Agreement needs two annotators; this database has %1. Import a colleague&apos;s export (File → Import) or merge their database.</source>
        <translation>يحتاج حساب الاتفاق إلى موسِّمَين اثنين، وفي قاعدة البيانات هذه: %1. استورد ملفًا صدّره زميل (ملف ← استيراد مقالات) أو ادمج قاعدة بياناته.</translation>
    </message>
    <message>
        <source>%1 (%2); %3.</source>
        <translation>%1 (%2)؛ %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotator(s)</source>
        <translation>
            <numerusform>لا موسِّمين</numerusform>
            <numerusform>موسِّم واحد</numerusform>
            <numerusform>موسِّمان</numerusform>
            <numerusform>%Ln موسِّمين</numerusform>
            <numerusform>%Ln موسِّمًا</numerusform>
            <numerusform>%Ln موسِّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) annotated by at least two of them</source>
        <translation>
            <numerusform>لا مقالات وسَمها اثنان منهم على الأقل</numerusform>
            <numerusform>مقال واحد وسَمه اثنان منهم على الأقل</numerusform>
            <numerusform>مقالان وسَم كلًّا منهما اثنان منهم على الأقل</numerusform>
            <numerusform>%Ln مقالات وسَم كلًّا منها اثنان منهم على الأقل</numerusform>
            <numerusform>%Ln مقالًا وسَم كلًّا منها اثنان منهم على الأقل</numerusform>
            <numerusform>%Ln مقال وسَم كلًّا منها اثنان منهم على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>من القائل</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>said by: %1</source>
        <extracomment>Up to this many spans changed at once are redrawn one by one, more in one pass.</extracomment>
        <translation>على لسان ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s) attributed</source>
        <translation>
            <numerusform>لا اقتباسات منسوبة</numerusform>
            <numerusform>اقتباس واحد منسوب</numerusform>
            <numerusform>اقتباسان منسوبان</numerusform>
            <numerusform>%Ln اقتباسات منسوبة</numerusform>
            <numerusform>%Ln اقتباسًا منسوبًا</numerusform>
            <numerusform>%Ln اقتباس منسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Select some text first, then press a tag key.</source>
        <translation>حدِّد نصًّا أولًا، ثم اضغط مفتاح الوسم.</translation>
    </message>
    <message>
        <source>Nothing to tag: the selection is only white space.</source>
        <translation>لا شيء يُوسَم: التحديد فراغات فقط.</translation>
    </message>
    <message>
        <source>That span is already tagged as %1.</source>
        <translation>هذا المقطع موسوم من قبل بوسم «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Select an annotation (click it, or pick it in the list) to delete it.</source>
        <translation>حدِّد توسيمًا (انقره أو اختره من القائمة) لحذفه.</translation>
    </message>
</context>
<context>
    <name>AnnotationTable</name>
    <message>
        <source>Location</source>
        <translation>مكان</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Tag</source>
        <extracomment>Role carrying ``&quot;rtl&quot;``/``&quot;ltr&quot;`` for cells whose text decides its own direction. Role carrying a hashable summary of everything a cell shows (its text, swatch, direction), or None.</extracomment>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source> (%1, read-only)</source>
        <extracomment>non-zero while rows are being inserted or removed (see AnnotationTable) a narrow panel shows each tag as its swatch alone (the label is in the tooltip) whose a row&apos;s span is when it is not yours (&quot;by Sam&quot;; &quot;&quot; for yours): shown tinted, named in the tooltip</extracomment>
        <translation> (%1، للقراءة فقط)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Paragraph %1, from character %2 (offset %3–%4 in the article)</source>
        <translation>الفقرة %1، من الحرف %2 (الموضع %3–%4 في المقال)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>%1

Your annotations up to this moment are saved. Please report this error with the text printed in the terminal.</source>
        <translation>حدث خطأ غير متوقع. حُفظت توسيماتك حتى هذه اللحظة. يُرجى الإبلاغ عن هذا الخطأ مع النص المطبوع في الطرفية.

⁨%1⁩</translation>
    </message>
    <message>
        <source>annotator cannot start</source>
        <translation>تعذّر تشغيل «توسيم الأخبار»</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>قاعدة بيانات للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 cannot be changed (the file or its folder is read-only). You can read and export; to annotate, copy it somewhere writable and open the copy.</source>
        <translation>لا يمكن تعديل قاعدة البيانات هذه (الملف أو مجلده للقراءة فقط). يمكنك القراءة والتصدير؛ وللتوسيم انسخها إلى مكان تُتاح فيه الكتابة وافتح النسخة.
⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>ar, en, …</source>
        <translation>ar، en، …</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Authors (one per line):</source>
        <translation>الكُتّاب (واحد في كل سطر):</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>مكان الخبر:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>لا بد للمقال من عنوان.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. %1 (or YYYY-MM, or YYYY).</source>
        <translation>اكتب التاريخ بالصيغة سنة-شهر-يوم بالأرقام، مثل %1 (أو سنة-شهر، أو السنة وحدها).</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <extracomment>rows read at a time, and how many such pages are kept</extracomment>
        <translation>
            <numerusform>لا توسيمات</numerusform>
            <numerusform>توسيم واحد</numerusform>
            <numerusform>توسيمان</numerusform>
            <numerusform>%Ln توسيمات</numerusform>
            <numerusform>%Ln توسيمًا</numerusform>
            <numerusform>%Ln توسيم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Articles</name>
    <message>
        <source>Cannot open the article</source>
        <extracomment>where each paragraph starts (code points): the ¶ numbers of the panel and the picker</extracomment>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message>
        <source>%1 — annotator</source>
        <translation>⁨%1⁩ — توسيم الأخبار</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>توسيم الأخبار</translation>
    </message>
    <message>
        <source>No details yet — Ctrl+I to add them</source>
        <translation>لا بيانات بعد — Ctrl+I لإضافتها</translation>
    </message>
</context>
<context>
    <name>Curating</name>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <source>Curating needs your name: the curated layer carries it.</source>
        <translation>الاعتماد يحتاج إلى اسمك: فالطبقة المعتمدة تحمله.</translation>
    </message>
    <message>
        <source>Not curating: the curated layer needs a curator&apos;s name.</source>
        <translation>لم يبدأ الاعتماد: الطبقة المعتمدة تحتاج إلى اسم المعتمِد.</translation>
    </message>
    <message>
        <source>%1 tagged nothing here: there is no version of theirs to accept.</source>
        <translation>لم يَسِم ⁨%1⁩ شيئًا هنا: لا نسخة له لقبولها.</translation>
    </message>
    <message>
        <source>Already curated as %1&apos;s version.</source>
        <translation>اعتُمدت نسخة ⁨%1⁩ من قبل.</translation>
    </message>
    <message>
        <source>Already rejected.</source>
        <translation>مرفوض من قبل.</translation>
    </message>
    <message>
        <source>No agreed unit is left to accept.</source>
        <translation>لم تبقَ وحدة متفق عليها للقبول.</translation>
    </message>
    <message numerus="yes">
        <source>Curate: accept %Ln agreed unit(s)</source>
        <translation>
            <numerusform>اعتماد الوحدات المتفق عليها</numerusform>
            <numerusform>اعتماد وحدة واحدة متفق عليها</numerusform>
            <numerusform>اعتماد وحدتين متفق عليهما</numerusform>
            <numerusform>اعتماد %Ln وحدات متفق عليها</numerusform>
            <numerusform>اعتماد %Ln وحدةً متفقًا عليها</numerusform>
            <numerusform>اعتماد %Ln وحدة متفق عليها</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted %1: %2, %3.</source>
        <translation>قُبلت %1: %2، %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreed unit(s)</source>
        <translation>
            <numerusform>لا وحدات متفق عليها</numerusform>
            <numerusform>وحدة واحدة متفق عليها</numerusform>
            <numerusform>وحدتان متفق عليهما</numerusform>
            <numerusform>%Ln وحدات متفق عليها</numerusform>
            <numerusform>%Ln وحدةً متفقًا عليها</numerusform>
            <numerusform>%Ln وحدة متفق عليها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln curated span(s)</source>
        <translation>
            <numerusform>لا مقاطع معتمَدة</numerusform>
            <numerusform>مقطع معتمَد واحد</numerusform>
            <numerusform>مقطعان معتمَدان</numerusform>
            <numerusform>%Ln مقاطع معتمَدة</numerusform>
            <numerusform>%Ln مقطعًا معتمَدًا</numerusform>
            <numerusform>%Ln مقطع معتمَد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>لا روابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>%Ln روابط</numerusform>
            <numerusform>%Ln رابطًا</numerusform>
            <numerusform>%Ln رابط</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(دون اسم)</translation>
    </message>
    <message>
        <source>Accepted; the curated span is selected in the text.</source>
        <translation>قُبل؛ والمقطع المعتمَد محدَّد في النص.</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>agreed</source>
        <extracomment>How a status reads and its colour (the words carry it; the colour helps scanning). How the Status column words each status (lupdate sees them; shown in the interface&apos;s language).</extracomment>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>معتمَدة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>How long a span&apos;s text is in a cell at most (the rest is in the tooltip, and the cell cuts between words). Marks that fix a line&apos;s direction whatever it starts with (an isolated name is skipped when the direction is worked out, and a line of only a digit and a name would otherwise take the name&apos;s).</extracomment>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Curate this article</source>
        <extracomment>a decision key, as the Latin keyboard names it: &quot;1&quot;…&quot;9&quot;, &quot;e&quot;, &quot;r&quot; accept this unit&apos;s version by this annotator accept it, then select it in the main window to work on the current unit (and the annotator whose column is current, or None) changed: show it</extracomment>
        <translation>اعتماد التوسيم في هذا المقال</translation>
    </message>
    <message>
        <source>Accept and &amp;edit (E)</source>
        <translation>اقبل وعدِّل (E)</translation>
    </message>
    <message>
        <source>Accept the version in the current column, then select it in the main window</source>
        <translation>اقبل النسخة في العمود الحالي، ثم حدِّدها في النافذة الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>ارفض (R)</translation>
    </message>
    <message>
        <source>Nothing of this unit goes into the curated layer; it shows as decided</source>
        <translation>لا يدخل شيء من هذه الوحدة في الطبقة المعتمدة؛ وتظهر محسومة</translation>
    </message>
    <message>
        <source>Accept every unit all annotators agree on (one undo step)</source>
        <translation>اقبل كل وحدة اتفق عليها جميع الموسِّمين (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>اقبل:</translation>
    </message>
    <message>
        <source>↑/↓ move · ←/→ pick a version · 1–9 accept that annotator&apos;s version · E accept and edit · R reject · Ctrl+Z undo</source>
        <translation>↑/↓ للتنقل · ←/→ لاختيار نسخة · 1–9 لقبول نسخة ذلك الموسِّم · E للقبول والتعديل · R للرفض · Ctrl+Z للتراجع</translation>
    </message>
    <message>
        <source>Curating as %1: your name goes on every curated span</source>
        <translation>الاعتماد باسم ⁨%1⁩: يُسجَّل اسمك على كل مقطع معتمَد</translation>
    </message>
    <message>
        <source>Accept all &amp;agreed (%1)</source>
        <translation>اقبل كل المتفق عليه (%1)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Accept %1&apos;s version of the current unit (key %2)</source>
        <translation>اقبل نسخة %1 من الوحدة الحالية (المفتاح %2)</translation>
    </message>
    <message>
        <source>said by: %1</source>
        <translation>قاله: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 tagged nothing here</source>
        <translation>لم يَسِم %1 شيئًا هنا</translation>
    </message>
    <message>
        <source>Nothing to curate here: curation compares the work of two or more annotators.</source>
        <translation>لا شيء للاعتماد هنا: الاعتماد يقارن عمل موسِّمَين أو أكثر.</translation>
    </message>
    <message>
        <source>%1: %2 differ, %3 agreed, %4 curated, %5 rejected — %6 to decide</source>
        <translation>%1: %2 مختلفة، %3 متفق عليها، %4 معتمَدة، %5 مرفوضة — %6 بانتظار القرار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>لا وحدات</numerusform>
            <numerusform>وحدة واحدة</numerusform>
            <numerusform>وحدتان</numerusform>
            <numerusform>%Ln وحدات</numerusform>
            <numerusform>%Ln وحدةً</numerusform>
            <numerusform>%Ln وحدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTagDialog</name>
    <message>
        <source>Delete the tag %1</source>
        <translation>حذف الوسم «⁨%1⁩»</translation>
    </message>
    <message>
        <source>1 span is tagged %1 (in all articles). What should happen to it?</source>
        <translation>مقطع واحد موسوم بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل به؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln spans are tagged %1 (in all articles). What should happen to them?</source>
        <translation>
            <numerusform>لا مقاطع موسومة بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>مقطع واحد موسوم بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل به؟</numerusform>
            <numerusform>مقطعان موسومان بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل بهما؟</numerusform>
            <numerusform>%Ln مقاطع موسومة بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>%Ln مقطعًا موسومًا بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>%Ln مقطع موسوم بـ«⁨%1⁩» (في كل المقالات). ماذا تريد أن تفعل بها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tag them as</source>
        <translation>غيِّر وسمها إلى</translation>
    </message>
    <message>
        <source>Delete them, with their links</source>
        <translation>احذفها مع روابطها</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>احذف الوسم</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Select an annotation first, then press E to write a note.</source>
        <translation>حدِّد توسيمًا أولًا، ثم اضغط E لكتابة ملاحظة.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Direct: in quotation marks</source>
        <extracomment>(annotation id, new note) — when the note editor loses focus or Ctrl+Enter the user wants to link the current annotation the note editor is done (saved or discarded): give the focus back to the text remove this link (annotation id, attribute, new value or &quot;&quot; for none) — chosen in the Kind or Verdict box The Kind box&apos;s entries: (stored value, what it says).</extracomment>
        <translation>مباشر: بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>Indirect: reported speech</source>
        <translation>غير مباشر: كلام منقول</translation>
    </message>
    <message>
        <source>Mixed: reported, with quoted words</source>
        <translation>مختلط: منقول مع كلمات مقتبسة</translation>
    </message>
    <message>
        <source>No annotation selected</source>
        <translation>لم يُحدَّد توسيم</translation>
    </message>
    <message>
        <source>Link to speaker…  (L)</source>
        <translation>اربط بالمتحدث…  (L)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>أزل الربط</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>الحكم:</translation>
    </message>
    <message>
        <source>Note (e.g. verify figure with SOHR) — saved when you leave the box</source>
        <translation>ملاحظة (مثلًا: تحقّق من الرقم لدى المرصد) — تُحفظ عند مغادرة الخانة</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>Attributed to:</source>
        <translation>منسوب إلى:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 by this speaker: %2</source>
        <translation>%1 لهذا المتحدث: %2</translation>
    </message>
    <message>
        <source>%1 (%2, read-only):</source>
        <translation>%1 (⁨%2⁩، للقراءة فقط):</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <extracomment>the user asked to export with these choices (the window exports, then accepts the dialog)</extracomment>
        <translation>تصدير التوسيمات</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>المقال الحالي</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدِّر</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>%1 files (*%2)</source>
        <translation>ملفات %1 (*%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>الملف موجود بالفعل. هل تريد استبداله؟
⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>Fact-check settings not saved</source>
        <translation>لم تُحفظ إعدادات التحقق من الأخبار</translation>
    </message>
    <message>
        <source>Fact-check settings saved in this database.</source>
        <translation>حُفظت إعدادات التحقق من الأخبار في قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>FactCheckDialog</name>
    <message>
        <source>Fact-check settings</source>
        <translation>إعدادات التحقق من الأخبار</translation>
    </message>
    <message>
        <source>e.g. مسبار</source>
        <translation>مثلًا: مسبار</translation>
    </message>
    <message>
        <source>%1 (where your fact checks are published)</source>
        <translation>%1 (حيث تُنشر تقارير التحقق لديكم)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>موقعها على الويب:</translation>
    </message>
    <message>
        <source>&amp;Verdicts (one per line):</source>
        <translation>الأحكام (حكم في كل سطر):</translation>
    </message>
    <message>
        <source>Sources that are &amp;organisations:</source>
        <translation>وسوم المصادر التي تمثّل مؤسسات:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (ignores harakat, tatweel, أ/إ/آ/ا, ى/ي, ة/ه)</source>
        <extracomment>A search works this long at a time, then lets the window handle events (typing goes on). matches changed (the view highlights them); the int is the current index or -1 the user asked to tag every match with this tag name code point the search starts from (the caret)</extracomment>
        <translation>بحث (يتجاهل الحركات والتطويل و أ/إ/آ/ا و ى/ي و ة/ه)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>النتيجة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>النتيجة التالية (Enter)</translation>
    </message>
    <message>
        <source>Tag all</source>
        <translation>وسم الكل</translation>
    </message>
    <message>
        <source>Tag every match with the chosen tag (one undo step)</source>
        <translation>سِم كل نتيجة بالوسم المختار (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 من %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>Still searching the article</source>
        <translation>ما زال البحث في المقال جاريًا</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Every match is already tagged as %1.</source>
        <extracomment>Matches are marked only on the screen, plus this many UTF-16 units either side.</extracomment>
        <translation>كل النتائج موسومة من قبل بوسم «⁨%1⁩».</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln span(s) as %1.</source>
        <translation>
            <numerusform>لم يُوسَم أي مقطع بوسم «⁨%1⁩».</numerusform>
            <numerusform>وُسم مقطع واحد بوسم «⁨%1⁩».</numerusform>
            <numerusform>وُسم مقطعان بوسم «⁨%1⁩».</numerusform>
            <numerusform>وُسمت %Ln مقاطع بوسم «⁨%1⁩».</numerusform>
            <numerusform>وُسم %Ln مقطعًا بوسم «⁨%1⁩».</numerusform>
            <numerusform>وُسم %Ln مقطع بوسم «⁨%1⁩».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name, stored with every annotation you make
(leave empty to stay anonymous):</source>
        <translation>اكتب اسمك؛ سيُحفظ مع كل توسيم تضيفه
(اتركه فارغًا لتبقى مجهول الاسم):</translation>
    </message>
    <message>
        <source>Annotating as %1</source>
        <translation>الموسِّم: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>دون اسم</translation>
    </message>
</context>
<context>
    <name>LayerBox</name>
    <message>
        <source>&amp;Layer:</source>
        <extracomment>a colleague&apos;s layer is ``PERSON + name`` Enter or Esc in the box: the keyboard user is done choosing</extracomment>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <source>Whose spans are shown: everyone&apos;s, yours, a colleague&apos;s or the curated ones (Ctrl+Shift+L: the next one). Only yours can be changed.</source>
        <translation>مقاطع مَن تُعرض: مقاطع الجميع، أو مقاطعك، أو مقاطع زميل، أو المقاطع المعتمَدة (Ctrl+Shift+L: الطبقة التالية). لا يمكن تغيير إلا مقاطعك.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>curated by %1</source>
        <extracomment>the layer chosen (kept per database), and the one shown in the open article whether the open article has anyone&apos;s spans but yours (then the selector is shown)</extracomment>
        <translation>اعتمده %1</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>وسَمه %1</translation>
    </message>
    <message>
        <source>by an unnamed annotator</source>
        <translation>وسَمه موسِّم دون اسم</translation>
    </message>
    <message>
        <source>This span is in the curated layer (%1); curate the article to change it.</source>
        <translation>هذا المقطع في الطبقة المعتمدة (%1)؛ لتغييره استخدم «اعتماد التوسيم في هذا المقال…».</translation>
    </message>
    <message>
        <source>This span is %1&apos;s; switch to your layer or curate to change it.</source>
        <translation>هذا المقطع لـ%1؛ لتغييره انتقل إلى طبقتك أو استخدم «اعتماد التوسيم في هذا المقال…».</translation>
    </message>
    <message>
        <source>This span is an unnamed annotator&apos;s; switch to your layer or curate to change it.</source>
        <translation>هذا المقطع لموسِّم دون اسم؛ لتغييره انتقل إلى طبقتك أو استخدم «اعتماد التوسيم في هذا المقال…».</translation>
    </message>
    <message>
        <source>You are looking at %1: your new spans would not show here. Switch to Everyone or Mine (Ctrl+Shift+L) to tag.</source>
        <translation>تعرض الآن %1: مقاطعك الجديدة لن تظهر هنا. انتقل إلى «الجميع» أو «مقاطعي» (Ctrl+Shift+L) لتَسِم.</translation>
    </message>
    <message>
        <source>everyone&apos;s spans</source>
        <translation>مقاطع الجميع</translation>
    </message>
    <message>
        <source>your spans</source>
        <translation>مقاطعك</translation>
    </message>
    <message>
        <source>the curated layer</source>
        <translation>الطبقة المعتمدة</translation>
    </message>
    <message>
        <source>%1&apos;s layer</source>
        <translation>طبقة %1</translation>
    </message>
    <message>
        <source>the unnamed annotator&apos;s layer</source>
        <translation>طبقة الموسِّم دون اسم</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>مقاطعي (%1)</translation>
    </message>
    <message>
        <source>Mine (unnamed)</source>
        <translation>مقاطعي (دون اسم)</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>المعتمَدة</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(دون اسم)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %Ln span(s).</source>
        <translation>
            <numerusform>تُعرض %1: لا مقاطع.</numerusform>
            <numerusform>تُعرض %1: مقطع واحد.</numerusform>
            <numerusform>تُعرض %1: مقطعان.</numerusform>
            <numerusform>تُعرض %1: %Ln مقاطع.</numerusform>
            <numerusform>تُعرض %1: %Ln مقطعًا.</numerusform>
            <numerusform>تُعرض %1: %Ln مقطع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %Ln span(s) — read-only.</source>
        <translation>
            <numerusform>تُعرض %1: لا مقاطع — للقراءة فقط.</numerusform>
            <numerusform>تُعرض %1: مقطع واحد — للقراءة فقط.</numerusform>
            <numerusform>تُعرض %1: مقطعان — للقراءة فقط.</numerusform>
            <numerusform>تُعرض %1: %Ln مقاطع — للقراءة فقط.</numerusform>
            <numerusform>تُعرض %1: %Ln مقطعًا — للقراءة فقط.</numerusform>
            <numerusform>تُعرض %1: %Ln مقطع — للقراءة فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every span in this article is yours: there is only one layer.</source>
        <translation>كل المقاطع في هذا المقال لك: هناك طبقة واحدة فقط.</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to speaker</source>
        <extracomment>How far before a quote its cue (قال كاغينس:) is looked for, in characters.</extracomment>
        <translation>الربط بالمتحدث</translation>
    </message>
    <message>
        <source>was said by:</source>
        <translation>قاله:</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>اكتب للتصفية…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>اربط</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message>
        <source>Select a quote or claim first (click it), then press L.</source>
        <translation>حدِّد اقتباسًا أو ادعاءً أولًا (انقره)، ثم اضغط L.</translation>
    </message>
    <message>
        <source>Select the quote (not the speaker) and press L to link it.</source>
        <translation>حدِّد الاقتباس (لا المتحدث) واضغط L لربطه.</translation>
    </message>
    <message>
        <source>A %1 is not linked to a speaker; quotes and claims are (a tag&apos;s role, in Tags…, decides this).</source>
        <translation>الوسم ⁨%1⁩ لا يُربط بمتحدث؛ الاقتباسات والادعاءات هي التي تُربط (يحدِّد ذلك دورُ الوسم في «الوسوم…»).</translation>
    </message>
    <message>
        <source>Tag the speaker first (select the name, press %1), then link.</source>
        <translation>ضع وسم المتحدث أولًا (حدِّد الاسم واضغط %1)، ثم اربط.</translation>
    </message>
    <message>
        <source>Tag the speaker first, then link.</source>
        <translation>ضع وسم المتحدث أولًا، ثم اربط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>لا اقتباسات</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%Ln اقتباسات</numerusform>
            <numerusform>%Ln اقتباسًا</numerusform>
            <numerusform>%Ln اقتباس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article details — Ctrl+I to edit</source>
        <translation>بيانات المقال — Ctrl+I للتعديل</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التوسيمات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+Shift+F)</source>
        <translation>البحث في كل المقالات (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Numbers will be written with these digits the next time the program starts.</source>
        <translation>ستُكتب الأرقام بهذه الأشكال عند تشغيل البرنامج في المرة القادمة.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>Every change is written to %1 as you make it.</source>
        <translation>يُكتب كل تغيير في قاعدة البيانات لحظة إجرائه:
⁨%1⁩</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>لم يُحفظ التغيير الأخير</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere.</source>
        <translation>حُدِّث بتغييرات أُجريت في مكان آخر.</translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Open link</source>
        <translation>فتح رابط</translation>
    </message>
    <message>
        <source>Address of a news page:</source>
        <translation>رابط صفحة الخبر:</translation>
    </message>
    <message>
        <source>The page&apos;s article is imported with its title, authors, date and site, and the address is kept with it. At most %1 seconds and %2 MB.</source>
        <translation>يُستورد مقال الصفحة بعنوانه وكُتّابه وتاريخه وموقعه، ويُحفظ الرابط معه. بحدّ أقصى %1 ثانية و%2 ميغابايت.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>جارٍ جلب ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button texts, reworded: Qt&apos;s Arabic says «ألغِ» (an order) where a newsroom&apos;s programs say «إلغاء».</extracomment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Zoom %1 %</source>
        <extracomment>One zoom step: about 10 % larger. The side panels together never take more of the window than this.</extracomment>
        <translation>التكبير %1٪</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Words to find (e.g. داعش)</source>
        <translation>كلمات للبحث (مثلًا: داعش)</translation>
    </message>
    <message>
        <source>Speaker&apos;s name (e.g. بالي)</source>
        <translation>اسم المتحدث (مثلًا: بالي)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Read the next page of hits</source>
        <translation>اقرأ الصفحة التالية من النتائج</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>ابحث عن:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Said by:</source>
        <translation>القائل:</translation>
    </message>
    <message>
        <source>Any (and article text)</source>
        <translation>أي وسم (ونص المقال)</translation>
    </message>
    <message numerus="yes">
        <source>first %Ln annotation(s)</source>
        <translation>
            <numerusform>لا توسيمات</numerusform>
            <numerusform>أول توسيم</numerusform>
            <numerusform>أول توسيمَين</numerusform>
            <numerusform>أول %Ln توسيمات</numerusform>
            <numerusform>أول %Ln توسيمًا</numerusform>
            <numerusform>أول %Ln توسيم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>لا نتائج في التوسيمات</numerusform>
            <numerusform>توسيم واحد</numerusform>
            <numerusform>توسيمان</numerusform>
            <numerusform>%Ln توسيمات</numerusform>
            <numerusform>%Ln توسيمًا</numerusform>
            <numerusform>%Ln توسيم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>أول مقال</numerusform>
            <numerusform>أول مقالين</numerusform>
            <numerusform>أول %Ln مقالات</numerusform>
            <numerusform>أول %Ln مقالًا</numerusform>
            <numerusform>أول %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>أي مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in %1</source>
        <translation>
            <numerusform>لا مواضع في %1</numerusform>
            <numerusform>موضع واحد في %1</numerusform>
            <numerusform>موضعان في %1</numerusform>
            <numerusform>%Ln مواضع في %1</numerusform>
            <numerusform>%Ln موضعًا في %1</numerusform>
            <numerusform>%Ln موضع في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — more to show</source>
        <translation>%1 — وهناك المزيد</translation>
    </message>
    <message>
        <source>said by </source>
        <translation>قاله </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <extracomment>How many places inside article text are listed per article. Hits read at a time (annotations, articles): a search shows one page of each, &quot;Show more&quot; the next. Characters of context (about) on each side of a match in article text. Annotation texts and notes longer than this are shown as a window around the match. Model roles. ``UserRole`` keeps carrying the :class:`Hit` (``None`` on article rows). ``&quot;article&quot;`` (a group header), ``&quot;annotation&quot;`` or ``&quot;text&quot;`` (a place in article text). ``[(start, end), …]``: the marked (matched) parts of the row&apos;s DisplayRole text. For places in article text: ``(start, end)`` of the article text the snippet shows (without &quot;…&quot;). The HTML the row is drawn from (all user text escaped). The article&apos;s id (on every row). The muted lines under an annotation hit, as text: ``[&quot;said by …&quot;, &quot;✎ note&quot;]``. White space that :func:`_flatten` changes: a run, a line break or tab, at either end.</extracomment>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجةً</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>title only</source>
        <translation>العنوان فقط</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>One key as the sheet writes it: &quot;Ctrl+Shift+Z&quot;, &quot;Alt+Down&quot;, &quot;F2&quot;, &quot;N&quot;, &quot;Ctrl++&quot;, &quot;Ctrl+\&quot;, &quot;?&quot;, or the modifiers of a key named in words (&quot;Alt&quot; of &quot;Alt+السحب&quot;: the &quot;+&quot; then joins it to the word, as Arabic reads, from the right).</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Single keys also work on an Arabic keyboard layout: the key marked 1 types ١, the key marked L types م, and so on.</source>
        <translation>المفاتيح المفردة تعمل أيضًا مع لوحة المفاتيح العربية: المفتاح المعلَّم 1 يكتب ١، والمفتاح المعلَّم L يكتب م، وهكذا.</translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>Suggestions are off for articles over %1 characters.</source>
        <extracomment>Longer articles get no automatic suggestions (about a second per 1M code points, on every change). A run of Hebrew or Arabic script (letters, marks, digits, tatweel), words joined by single spaces. the suggestion N/P landed on last (it stays &quot;the one at the caret&quot; while its span is selected)</extracomment>
        <translation>الاقتراحات متوقفة في المقالات التي تزيد على %1 حرف.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) — N steps to the next, Y or Enter accepts it, X rejects it</source>
        <translation>
            <numerusform>لا اقتراحات</numerusform>
            <numerusform>اقتراح واحد — N للانتقال إليه، وY أو Enter لقبوله، وX لرفضه</numerusform>
            <numerusform>اقتراحان — N للانتقال إلى التالي، وY أو Enter لقبوله، وX لرفضه</numerusform>
            <numerusform>%Ln اقتراحات — N للانتقال إلى التالي، وY أو Enter لقبوله، وX لرفضه</numerusform>
            <numerusform>%Ln اقتراحًا — N للانتقال إلى التالي، وY أو Enter لقبوله، وX لرفضه</numerusform>
            <numerusform>%Ln اقتراح — N للانتقال إلى التالي، وY أو Enter لقبوله، وX لرفضه</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>مقترح: %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>المتحدث: %1</translation>
    </message>
    <message>
        <source>Y/Enter accepts, Shift+Y another speaker, X rejects</source>
        <translation>Y أو Enter للقبول، وShift+Y لمتحدث آخر، وX للرفض</translation>
    </message>
    <message>
        <source>Y/Enter accepts, X rejects</source>
        <translation>Y أو Enter للقبول، وX للرفض</translation>
    </message>
    <message>
        <source>No suggestion at the caret.</source>
        <translation>لا اقتراح عند المؤشر.</translation>
    </message>
    <message>
        <source>No quote with a speaker to accept.</source>
        <translation>لا اقتباس له متحدث لقبوله.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln quote(s) with their speakers</source>
        <translation>
            <numerusform>قبول الاقتباسات مع متحدثيها</numerusform>
            <numerusform>قبول اقتباس واحد مع متحدثه</numerusform>
            <numerusform>قبول اقتباسين مع متحدثيهما</numerusform>
            <numerusform>قبول %Ln اقتباسات مع متحدثيها</numerusform>
            <numerusform>قبول %Ln اقتباسًا مع متحدثيها</numerusform>
            <numerusform>قبول %Ln اقتباس مع متحدثيها</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored %1 and %2.</source>
        <translation>حُفظ %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%Ln مقاطع</numerusform>
            <numerusform>%Ln مقطعًا</numerusform>
            <numerusform>%Ln مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>لا روابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>%Ln روابط</numerusform>
            <numerusform>%Ln رابطًا</numerusform>
            <numerusform>%Ln رابط</numerusform>
        </translation>
    </message>
    <message>
        <source>A suggested %1 has no speaker: Y or Enter accepts it.</source>
        <translation>الوسم المقترح ⁨%1⁩ لا متحدث له: اقبله بـY أو Enter.</translation>
    </message>
    <message>
        <source>No speaker to choose from: tag the speaker first, then accept.</source>
        <translation>لا متحدث للاختيار منه: ضع وسم المتحدث أولًا، ثم اقبل.</translation>
    </message>
    <message>
        <source>Accept with speaker</source>
        <translation>اقبل مع المتحدث</translation>
    </message>
    <message>
        <source>Proposed by a suggestion: accepting tags it as a speaker too</source>
        <translation>مقترح: القبول يسِمه متحدثًا أيضًا</translation>
    </message>
    <message>
        <source>The speaker the suggestion proposes</source>
        <translation>المتحدث الذي يقترحه الاقتراح</translation>
    </message>
    <message>
        <source>Rejected “%1”: it will not be proposed again.</source>
        <translation>رُفض «%1»: لن يُقترح مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tag the selection as %1</source>
        <extracomment>suggestions per tag; ``None`` while suggestions are hidden</extracomment>
        <translation>سِم التحديد بـ«%1»</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (المفتاح %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>لا اقتراحات</numerusform>
            <numerusform>اقتراح واحد</numerusform>
            <numerusform>اقتراحان</numerusform>
            <numerusform>%Ln اقتراحات</numerusform>
            <numerusform>%Ln اقتراحًا</numerusform>
            <numerusform>%Ln اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count, then the tag it counts</comment>
        <translation>⁨%2⁩: %1</translation>
    </message>
    <message>
        <source>Proposed, not stored: %1.
N / P step through them with the annotations; Y or Enter accepts, Shift+Y another speaker, X rejects.</source>
        <translation>مقترحات غير محفوظة، عددها لكل وسم: %1.
N / P للتنقل بينها وبين التوسيمات؛ Y أو Enter للقبول، Shift+Y لمتحدث آخر، X للرفض.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Edit tag</source>
        <translation>تعديل الوسم</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>التسمية:</translation>
    </message>
    <message>
        <source>Name in exports:</source>
        <translation>الاسم في الملفات المصدَّرة:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>Give the tag a label.</source>
        <translation>اكتب تسمية للوسم.</translation>
    </message>
    <message>
        <source>The name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>استخدم في الاسم الحروف والأرقام و«-» و«_» فقط.</translation>
    </message>
    <message>
        <source>There is already a tag called &apos;%1&apos;.</source>
        <translation>يوجد وسم باسم «⁨%1⁩» بالفعل.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used for linking, moving or notes; choose another key.</source>
        <translation>المفتاح «⁨%1⁩» مستخدم للربط أو التنقل أو الملاحظات؛ اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; already belongs to another tag.</source>
        <translation>المفتاح «⁨%1⁩» مخصَّص لوسم آخر.</translation>
    </message>
</context>
<context>
    <name>TagSet</name>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Open link</source>
        <translation>فتح رابط</translation>
    </message>
    <message>
        <source>Import articles</source>
        <extracomment>How many lines of an import report a message box lists (the rest scroll in its details).</extracomment>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or press Stop.</source>
        <translation>هناك استيراد جارٍ؛ انتظر انتهاءه أو اضغط «إيقاف».</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>جارٍ استيراد ⁨%1⁩ (%2 من %3)…</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>استُورد «⁨%1⁩» من ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Stopped: the page was not imported.</source>
        <translation>أُوقف الجلب: لم تُستورد الصفحة.</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy an article (or part of a web page) first.</source>
        <translation>لا تحوي الحافظة نصًّا: انسخ مقالًا (أو جزءًا من صفحة ويب) أولًا.</translation>
    </message>
    <message>
        <source>Reading the clipboard…</source>
        <translation>جارٍ قراءة الحافظة…</translation>
    </message>
    <message>
        <source>New article from clipboard</source>
        <translation>مقال جديد من الحافظة</translation>
    </message>
    <message>
        <source>Imported “%1” from the clipboard.</source>
        <translation>استُورد «⁨%1⁩» من الحافظة.</translation>
    </message>
    <message>
        <source>Already imported: opened “%1”.</source>
        <translation>مستورد من قبل: فُتح «⁨%1⁩».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>%1 was already imported (as “%2”).</source>
        <translation>⁨%1⁩ مستورد من قبل (بعنوان «⁨%2⁩»).</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مقال.</numerusform>
            <numerusform>استُورد مقال واحد.</numerusform>
            <numerusform>استُورد مقالان.</numerusform>
            <numerusform>استُوردت %Ln مقالات.</numerusform>
            <numerusform>استُورد %Ln مقالًا.</numerusform>
            <numerusform>استُورد %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the database (not duplicated).</source>
        <translation>
            <numerusform>لا مقالات كانت في قاعدة البيانات من قبل.</numerusform>
            <numerusform>مقال واحد كان في قاعدة البيانات من قبل (لم يُكرَّر).</numerusform>
            <numerusform>مقالان كانا في قاعدة البيانات من قبل (لم يُكرَّرا).</numerusform>
            <numerusform>%Ln مقالات كانت في قاعدة البيانات من قبل (لم تُكرَّر).</numerusform>
            <numerusform>%Ln مقالًا كانت في قاعدة البيانات من قبل (لم تُكرَّر).</numerusform>
            <numerusform>%Ln مقال كانت في قاعدة البيانات من قبل (لم تُكرَّر).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported.</source>
        <translation>
            <numerusform>لم يتعذّر استيراد أي ملف.</numerusform>
            <numerusform>تعذّر استيراد ملف واحد.</numerusform>
            <numerusform>تعذّر استيراد ملفين.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملفات.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملفًا.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two notes of an import on the status line</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>توسيمات</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln annotation(s) to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي توسيم إلى ⁨%1⁩</numerusform>
            <numerusform>صُدِّر توسيم واحد إلى ⁨%1⁩</numerusform>
            <numerusform>صُدِّر توسيمان إلى ⁨%1⁩</numerusform>
            <numerusform>صُدِّرت %Ln توسيمات إلى ⁨%1⁩</numerusform>
            <numerusform>صُدِّر %Ln توسيمًا إلى ⁨%1⁩</numerusform>
            <numerusform>صُدِّر %Ln توسيم إلى ⁨%1⁩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln annotation(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي توسيم إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّر توسيم واحد إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّر توسيمان إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت %Ln توسيمات إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّر %Ln توسيمًا إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّر %Ln توسيم إلى ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with a warning</source>
        <translation>صُدِّر، مع تنبيه</translation>
    </message>
    <message>
        <source>The clipboard: nothing was imported.</source>
        <extracomment>A path longer than this is not written inside the sentence (a message box would break the line in it and leave the file&apos;s name alone below) but on a line of its own under it, the sentence naming the file.</extracomment>
        <translation>لم يُستورد شيء من الحافظة.</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>لم يُستورد شيء من ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The clipboard could not be read (%1: %2).</source>
        <translation>تعذّرت قراءة الحافظة (⁨%1⁩: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2: %3).</source>
        <translation>تعذّرت قراءة ⁨%1⁩ (⁨%2⁩: ⁨%3⁩).</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>توسيم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>تحديد النص</translation>
    </message>
    <message>
        <source>drag (whole words); Alt+drag (exact characters); double-click a word; Shift+arrows, Ctrl+Shift+arrows by word</source>
        <translation>السحب (كلمات كاملة)؛ Alt+السحب (حروف بعينها)؛ نقرتان على كلمة؛ Shift+الأسهم، Ctrl+Shift+الأسهم كلمةً كلمة</translation>
    </message>
    <message>
        <source>&amp;Link to speaker…</source>
        <translation>الربط بالمتحدث…</translation>
    </message>
    <message>
        <source>Attribute the selected quote or claim to a speaker</source>
        <translation>انسب الاقتباس أو الادعاء المحدَّد إلى متحدث</translation>
    </message>
    <message>
        <source>Link quote to speaker</source>
        <translation>ربط الاقتباس بالمتحدث</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Write a note on the selected annotation</source>
        <translation>اكتب ملاحظة على التوسيم المحدَّد</translation>
    </message>
    <message>
        <source>E / ث / F2 (Ctrl+Enter saves, Esc discards)</source>
        <translation>E / ث / F2 ‏(Ctrl+Enter للحفظ، Esc للإلغاء)</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>حذف التوسيم</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>احذف التوسيم المحدَّد</translation>
    </message>
    <message>
        <source>Delete / Backspace</source>
        <translation>Delete / Backspace</translation>
    </message>
    <message>
        <source>&amp;Next annotation or suggestion</source>
        <translation>التوسيم أو الاقتراح التالي</translation>
    </message>
    <message>
        <source>Select the next annotation or suggestion in reading order</source>
        <translation>حدِّد التوسيم أو الاقتراح التالي بترتيب القراءة</translation>
    </message>
    <message>
        <source>Next / previous annotation or suggestion</source>
        <translation>التوسيم أو الاقتراح التالي / السابق</translation>
    </message>
    <message>
        <source>N / ى or Alt+Down  /  P / ح or Alt+Up</source>
        <translation>N / ى أو Alt+Down  /  P / ح أو Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Previous annotation or suggestion</source>
        <translation>التوسيم أو الاقتراح السابق</translation>
    </message>
    <message>
        <source>Select the previous annotation or suggestion in reading order</source>
        <translation>حدِّد التوسيم أو الاقتراح السابق بترتيب القراءة</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Accept the suggestion at the caret: its span, speaker and link (Enter in the text does too)</source>
        <translation>اقبل الاقتراح عند المؤشر: مقطعه ومتحدثه وربطه (وكذلك Enter في النص)</translation>
    </message>
    <message>
        <source>Y / غ or Enter (in the text)</source>
        <translation>Y / غ أو Enter (في النص)</translation>
    </message>
    <message>
        <source>Accept with another &amp;speaker…</source>
        <translation>قبول الاقتراح مع متحدث آخر…</translation>
    </message>
    <message>
        <source>Accept the suggested quote at the caret with a speaker chosen in the link picker (one undo step)</source>
        <translation>اقبل الاقتباس المقترح عند المؤشر مع متحدث تختاره من نافذة الربط (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Shift+Y or Shift+Enter (in the text)</source>
        <translation>Shift+Y أو Shift+Enter (في النص)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>Reject the suggestion at the caret; it is not proposed again</source>
        <translation>ارفض الاقتراح عند المؤشر؛ فلن يُقترح مجددًا</translation>
    </message>
    <message>
        <source>Accept all &amp;quotes with a speaker</source>
        <translation>قبول كل الاقتباسات التي لها متحدث</translation>
    </message>
    <message>
        <source>Accept every suggested quote that has a speaker (one undo step)</source>
        <translation>اقبل كل اقتباس مقترح له متحدث (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>&amp;Curate this article…</source>
        <translation>اعتماد التوسيم في هذا المقال…</translation>
    </message>
    <message>
        <source>Compare the annotators&apos; versions of this article side by side; accept, reject, or accept all they agree on, into a curated layer under your name</source>
        <translation>قارن نسخ الموسِّمين لهذا المقال جنبًا إلى جنب؛ اقبل أو ارفض، أو اقبل كل ما اتفقوا عليه، في طبقة معتمَدة باسمك</translation>
    </message>
    <message>
        <source>A&amp;greement between annotators…</source>
        <translation>الاتفاق بين الموسِّمين…</translation>
    </message>
    <message>
        <source>F1, alpha and attribution for every pair of annotators, and the articles where they disagree most</source>
        <translation>مقياس F1 وألفا والإسناد لكل زوج من الموسِّمين، والمقالات التي يختلفون فيها أكثر</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع عن</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>تراجع / إعادة</translation>
    </message>
    <message>
        <source>Ctrl+Z  /  Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Z  /  Ctrl+Shift+Z أو Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>New article from clip&amp;board</source>
        <translation>مقال جديد من الحافظة</translation>
    </message>
    <message>
        <source>A new article from the copied text: a web page&apos;s article, or the text as it is (opened instead if it is already imported)</source>
        <translation>مقال جديد من النص المنسوخ: مقال صفحة ويب، أو النص كما هو (ويُفتح بدلًا من ذلك إن كان مستوردًا من قبل)</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>البحث في المقال…</translation>
    </message>
    <message>
        <source>Find words in this article (harakat and letter forms ignored)</source>
        <translation>ابحث عن كلمات في هذا المقال (مع تجاهل الحركات وأشكال الحروف)</translation>
    </message>
    <message>
        <source>&amp;Search all articles…</source>
        <translation>البحث في كل المقالات…</translation>
    </message>
    <message>
        <source>Search every article and annotation</source>
        <translation>ابحث في كل المقالات والتوسيمات</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, re-key tags and set their roles</source>
        <translation>أضف الوسوم وغيِّر أسماءها وألوانها ومفاتيحها وحدِّد أدوارها</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>اسمك…</translation>
    </message>
    <message>
        <source>The name stored with your annotations</source>
        <translation>الاسم المحفوظ مع توسيماتك</translation>
    </message>
    <message>
        <source>&amp;Fact-check settings…</source>
        <translation>إعدادات التحقق من الأخبار…</translation>
    </message>
    <message>
        <source>Your organisation, its web address and the verdicts claims can get (for ClaimReview export)</source>
        <translation>مؤسستك وموقعها على الويب والأحكام التي يمكن أن تنالها الادعاءات (للتصدير بصيغة ClaimReview)</translation>
    </message>
    <message>
        <source>Article &amp;details…</source>
        <translation>بيانات المقال…</translation>
    </message>
    <message>
        <source>Title, source, authors, date, URL, language</source>
        <translation>العنوان والمصدر والكُتّاب والتاريخ والرابط واللغة</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>استيراد مقالات…</translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, web pages, Word, or annotator JSON (also by dropping files here)</source>
        <translation>استورد مقالات: نصوصًا أو Markdown أو صفحات ويب أو Word أو JSON من هذا البرنامج (أو بإفلات الملفات هنا)</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>فتح رابط…</translation>
    </message>
    <message>
        <source>Import a news page by its web address: its article, title, authors, date and site</source>
        <translation>استورد صفحة خبر برابطها: مقالها وعنوانها وكُتّابها وتاريخها وموقعها</translation>
    </message>
    <message>
        <source>&amp;Export annotations…</source>
        <translation>تصدير التوسيمات…</translation>
    </message>
    <message>
        <source>Export CSV, JSON, a workbook and more</source>
        <translation>صدِّر بصيغة CSV أو JSON أو جدول بيانات وغيرها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Larger text and interface</source>
        <translation>نص وواجهة أكبر</translation>
    </message>
    <message>
        <source>Zoom in / out / actual size</source>
        <translation>تكبير / تصغير / الحجم الفعلي</translation>
    </message>
    <message>
        <source>Ctrl++ or Ctrl+=  /  Ctrl+-  /  Ctrl+0</source>
        <translation>Ctrl++ أو Ctrl+=  /  Ctrl+-  /  Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Smaller text and interface</source>
        <translation>نص وواجهة أصغر</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>&amp;Select whole words</source>
        <translation>تحديد كلمات كاملة</translation>
    </message>
    <message>
        <source>A drag selects whole words; hold Alt while dragging for exact characters</source>
        <translation>السحب يحدِّد كلمات كاملة؛ اضغط Alt أثناء السحب لتحديد حروف بعينها</translation>
    </message>
    <message>
        <source>Show s&amp;uggestions</source>
        <translation>إظهار الاقتراحات</translation>
    </message>
    <message>
        <source>Outline proposed quotes and speakers (nothing is stored until accepted)</source>
        <translation>أحِط الاقتباسات والمتحدثين المقترحين بإطار (لا يُحفظ شيء قبل القبول)</translation>
    </message>
    <message>
        <source>Next &amp;layer</source>
        <translation>الطبقة التالية</translation>
    </message>
    <message>
        <source>Show the next layer: everyone&apos;s spans, yours, each colleague&apos;s, the curated ones (also the Layer box beside the legend, Alt+L)</source>
        <translation>اعرض الطبقة التالية: مقاطع الجميع، ثم مقاطعك، ثم مقاطع كل زميل، ثم المعتمَدة (وكذلك خانة الطبقة بجانب دليل الوسوم، Alt+L)</translation>
    </message>
    <message>
        <source>Show another annotator&apos;s layer</source>
        <translation>عرض طبقة موسِّم آخر</translation>
    </message>
    <message>
        <source>Side &amp;panels</source>
        <translation>اللوحات الجانبية</translation>
    </message>
    <message>
        <source>Show or hide the article list and the annotation panel</source>
        <translation>أظهر قائمة المقالات ولوحة التوسيمات أو أخفها</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Show changes made in another window or by the command line</source>
        <translation>اعرض التغييرات التي أُجريت في نافذة أخرى أو من سطر الأوامر</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <source>Move the focus: articles → text → annotations → search</source>
        <translation>انقل التركيز: المقالات ← النص ← التوسيمات ← البحث</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>التنقل بين اللوحات</translation>
    </message>
    <message>
        <source>F6 / Shift+F6 (Tab moves between controls)</source>
        <translation>F6 / Shift+F6 ‏(Tab للتنقل بين عناصر التحكم)</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <extracomment>The action works wherever the focus is. The action works only while the text or the annotation list has the focus, so a digit typed in a note or a search field never tags anything. The translation context of every text in the table (see :mod:`annotator.ui.action_texts`). how the F1 sheet names it and shows its keys, when that differs from the text and the shortcuts</extracomment>
        <translation>وسم بـ«%1»</translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation>سِم التحديد بـ«%1»</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>وسم «%1» بـ«%2»</translation>
    </message>
    <message>
        <source>Tag %1 matches as %2</source>
        <translation>وسم %1 من النتائج بـ«%2»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Re-tag “%1” as %2</source>
        <translation>تغيير وسم «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>تعديل الملاحظة على «%1»</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>ربط «%1» بـ«%2»</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الربط</translation>
    </message>
    <message>
        <source>Edit tag %1</source>
        <translation>تعديل الوسم «%1»</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>إضافة الوسم «%1»</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>تعديل بيانات المقال</translation>
    </message>
    <message>
        <source>Curate: accept %1&apos;s “%2”</source>
        <translation>اعتماد نسخة ⁨%1⁩ من «%2»</translation>
    </message>
    <message>
        <source>Curate: reject “%1”</source>
        <translation>رفض «%1» عند الاعتماد</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>The attributes as an undo step names them (context &quot;commands&quot;, as the other steps).</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>direct</source>
        <extracomment>How a quote was reported, as an undo step names it (the stored values, core.model.QUOTE_KINDS).</extracomment>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 of “%2”: %3</source>
        <translation>تحديد %1 لـ«%2»: ⁨%3⁩</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>قبول «%1»</translation>
    </message>
    <message>
        <source>Accept “%1” said by “%2”</source>
        <translation>قبول «%1» على لسان «%2»</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 annotations imported, %2 already present</source>
        <translation>استُورد من التوسيمات: %1، وكان موجودًا من قبل: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>⁨%1⁩: «⁨%2⁩» غير موجود</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has the wrong type</source>
        <translation>⁨%1⁩: «⁨%2⁩» من نوع خاطئ</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds a lone surrogate (%3), which is not text; the file is damaged</source>
        <translation>⁨%1⁩: في «⁨%2⁩» نصف زوج بديل منفرد (⁨%3⁩)، وهذا ليس نصًّا؛ الملف تالف</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; JSON files that large are refused.</source>
        <translation>حجم «⁨%1⁩» أكبر من %2 ميغابايت؛ لا تُقبل ملفات JSON بهذا الحجم.</translation>
    </message>
    <message>
        <source>%1 is not an %2 export: it holds a list, not an object with &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>«⁨%1⁩» ليس ملف تصدير ⁨%2⁩: فيه قائمة، لا كائن فيه ⁨&quot;format&quot;: &quot;%2&quot;⁩.</translation>
    </message>
    <message>
        <source>%1 is not an %2 export: it holds a string, not an object with &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>«⁨%1⁩» ليس ملف تصدير ⁨%2⁩: فيه سلسلة نصية، لا كائن فيه ⁨&quot;format&quot;: &quot;%2&quot;⁩.</translation>
    </message>
    <message>
        <source>%1 is not an %2 export: it holds a single value, not an object with &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>«⁨%1⁩» ليس ملف تصدير ⁨%2⁩: فيه قيمة مفردة، لا كائن فيه ⁨&quot;format&quot;: &quot;%2&quot;⁩.</translation>
    </message>
    <message>
        <source>%1 is not an %2 export (its format is %3).</source>
        <translation>«⁨%1⁩» ليس ملف تصدير ⁨%2⁩ (صيغته ⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1: tags[%2]</source>
        <translation>⁨%1⁩: ⁨tags[%2]⁩</translation>
    </message>
    <message>
        <source>%1: articles[%2]</source>
        <translation>⁨%1⁩: ⁨articles[%2]⁩</translation>
    </message>
    <message>
        <source>%1: article %2</source>
        <translation>⁨%1⁩: المقال ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 holds no articles to import.</source>
        <translation>لا مقالات في «⁨%1⁩» لاستيرادها.</translation>
    </message>
    <message>
        <source>%1 annotations imported</source>
        <translation>استُورد من التوسيمات: %1</translation>
    </message>
    <message>
        <source>1 annotation imported, %1 already present</source>
        <translation>استُورد توسيم واحد، وكان موجودًا من قبل: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 JSON.</source>
        <translation>«⁨%1⁩» ليس JSON بترميز UTF-8.</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be annotator JSON.</source>
        <translation>تداخل البنى في «⁨%1⁩» أعمق من أن يكون ملف JSON من «توسيم الأخبار».</translation>
    </message>
    <message>
        <source>%1 is too large to read as JSON.</source>
        <translation>«⁨%1⁩» أكبر من أن يُقرأ على أنه JSON.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>«⁨%1⁩» ليس JSON صالحًا (%2).</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>⁨%1⁩: ليس كائنًا</translation>
    </message>
    <message>
        <source>%1: has the role %2; a role is one of %3</source>
        <translation>⁨%1⁩: دوره ⁨%2⁩، والدور واحد من هذه: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: its text is not canonical (it holds \r or U+2028/U+2029 line breaks)</source>
        <translation>⁨%1⁩: نصه ليس بالصيغة القياسية (فيه فواصل أسطر ⁨\r⁩ أو ⁨U+2028/U+2029⁩)</translation>
    </message>
    <message>
        <source>%1: its text is empty</source>
        <translation>⁨%1⁩: نصه فارغ</translation>
    </message>
    <message>
        <source>%1: text_sha256 does not match its text</source>
        <translation>⁨%1⁩: قيمة ⁨text_sha256⁩ لا تطابق نصه</translation>
    </message>
    <message>
        <source>%1: &apos;authors&apos; must be a list of names</source>
        <translation>⁨%1⁩: يجب أن يكون «authors» قائمة أسماء</translation>
    </message>
    <message>
        <source>%1: &apos;authors&apos; holds a lone surrogate, which is not text; the file is damaged</source>
        <translation>⁨%1⁩: في «authors» نصف زوج بديل منفرد، وهذا ليس نصًّا؛ الملف تالف</translation>
    </message>
    <message>
        <source>%1, annotations[%2]</source>
        <translation>⁨%1⁩، ⁨annotations[%2]⁩</translation>
    </message>
    <message>
        <source>%1, annotation %2</source>
        <translation>⁨%1⁩، التوسيم ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1, relations[%2]</source>
        <translation>⁨%1⁩، ⁨relations[%2]⁩</translation>
    </message>
    <message>
        <source>%1, link %2</source>
        <translation>⁨%1⁩، الرابط ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a usable tag name.</source>
        <translation>⁨%1⁩: «⁨%2⁩» لا يصلح اسمًا لوسم.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>حسب الموسِّم: %1</translation>
    </message>
    <message>
        <source>1 annotation re-anchored onto changed text</source>
        <translation>أُعيد تثبيت توسيم واحد على النص بعد تغيّره</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation>أُنشئ وسم جديد «⁨%1⁩»</translation>
    </message>
    <message>
        <source>annotation %1 exists in another article; imported with a new id</source>
        <translation>التوسيم ⁨%1⁩ موجود في مقال آخر؛ استُورد بمعرّف جديد</translation>
    </message>
    <message>
        <source>not placed (text not found): %1 “%2”</source>
        <translation>لم يُثبَّت (لم يُعثر على نصه): ⁨%1⁩ «%2»</translation>
    </message>
    <message>
        <source>link not imported (an end was not placed): %1</source>
        <translation>لم يُستورد الرابط (لم يُثبَّت أحد طرفيه): ⁨%1⁩</translation>
    </message>
    <message>
        <source>1 annotation imported</source>
        <translation>استُورد توسيم واحد</translation>
    </message>
    <message>
        <source>%1: the id appears twice in the file</source>
        <translation>⁨%1⁩: المعرّف مكرر في الملف</translation>
    </message>
    <message>
        <source>%1: start %2 and end %3 are outside the text (it has %4 characters), or end is not after start</source>
        <translation>⁨%1⁩: البداية %2 والنهاية %3 خارج النص (عدد محارفه %4)، أو أن النهاية ليست بعد البداية</translation>
    </message>
    <message>
        <source>%1: &apos;text&apos; is not text[%2:%3] (offsets are code points)</source>
        <translation>⁨%1⁩: «text» ليس ⁨text[%2:%3]⁩ (المواضع تُعدّ بنقاط الترميز)</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; holds a lone surrogate, which is not text; the file is damaged</source>
        <translation>في «attributes» نصف زوج بديل منفرد، وهذا ليس نصًّا؛ الملف تالف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: links an annotation that is not in this article</source>
        <translation>⁨%1⁩: يربط توسيمًا ليس في هذا المقال</translation>
    </message>
    <message>
        <source>%1: the link id appears twice in the file</source>
        <translation>⁨%1⁩: معرّف الرابط مكرر في الملف</translation>
    </message>
    <message>
        <source>(unnamed): %1</source>
        <translation>(دون اسم): %1</translation>
    </message>
    <message>
        <source>%1 annotations re-anchored onto changed text</source>
        <translation>أُعيد تثبيت توسيمات على النص بعد تغيّره، عددها %1</translation>
    </message>
    <message>
        <source>repaired Arabic presentation forms (%1 characters mapped to their letters)</source>
        <translation>أُصلحت أشكال العرض العربية (عدد المحارف التي رُدّت إلى حروفها: %1)</translation>
    </message>
    <message>
        <source>reversed visual-order lines (1 line put back in reading order)</source>
        <translation>أُعيد ترتيب الأسطر المعكوسة بصريًّا (أُعيد سطر واحد إلى ترتيب القراءة)</translation>
    </message>
    <message>
        <source>reversed visual-order lines (%1 lines put back in reading order)</source>
        <translation>أُعيد ترتيب الأسطر المعكوسة بصريًّا (عدد الأسطر التي أُعيدت إلى ترتيب القراءة: %1)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>«⁨%1⁩» مجلد؛ اختر اسم ملف للتصدير إليه.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not accept new files.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: المجلد «⁨%2⁩» لا يقبل ملفات جديدة.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: لا إذن بالكتابة في المجلد «⁨%2⁩».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: المجلد «⁨%2⁩» غير موجود.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy an article&apos;s text (or a part of a web page) first.</source>
        <translation>لا تحوي الحافظة نصًّا: انسخ نص مقال (أو جزءًا من صفحة ويب) أولًا.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 million characters; that is not an article.</source>
        <translation>تحوي الحافظة أكثر من %1 مليون محرف؛ وهذا ليس مقالًا.</translation>
    </message>
    <message>
        <source>The clipboard does not hold text (it contains control characters); nothing was imported.</source>
        <translation>ما في الحافظة ليس نصًّا (فيه محارف تحكّم)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>لا إذن بذلك</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>جزء من المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تبقَ مساحة على القرص</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>تجاوزت الحصة المسموح بها على القرص</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود من قبل</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>اسم الملف أطول مما يُسمح به</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف أكبر مما يُسمح به</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطأ في القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>الجهاز أو المورد مشغول</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>الملفات المفتوحة أكثر مما يُسمح به</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>روابط رمزية متداخلة أكثر مما يُسمح به</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>قيمة غير صالحة</translation>
    </message>
    <message>
        <source>The %1 format is a folder of files: give it one with -o FOLDER.</source>
        <translation>تنسيق ⁨%1⁩ مجلد من الملفات: حدّد له مجلدًا بالخيار ⁨-o FOLDER⁩.</translation>
    </message>
    <message>
        <source>--excel only applies to CSV.</source>
        <translation>الخيار ⁨--excel⁩ لا يصلح إلا مع CSV.</translation>
    </message>
    <message>
        <source>--excel only applies to CSV (for Excel itself, use --format xlsx).</source>
        <translation>الخيار ⁨--excel⁩ لا يصلح إلا مع CSV (ولملفات Excel نفسها استعمل ⁨--format xlsx⁩).</translation>
    </message>
    <message>
        <source>Give at least one verdict.</source>
        <translation>أدخل حكمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>At most %1 verdicts of at most %2 characters each.</source>
        <translation>لا يزيد عدد الأحكام على %1، ولا يزيد كل حكم على %2 حرفًا.</translation>
    </message>
    <message>
        <source>The organisation&apos;s web address must start with https:// (or http://).</source>
        <translation>يجب أن يبدأ رابط المؤسسة بـ ⁨https://⁩ (أو ⁨http://⁩).</translation>
    </message>
    <message>
        <source>%1: the site redirects too many times (more than %2).</source>
        <translation>يحيل الموقع من عنوان إلى آخر مرات كثيرة (أكثر من %2).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the page did not arrive within %2 s; the site is slow or the connection poor.</source>
        <translation>لم تصل الصفحة خلال %2 ثانية؛ الموقع بطيء أو الاتصال ضعيف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the page is larger than %2 MB; pages that large are refused.</source>
        <translation>حجم الصفحة أكبر من %2 ميغابايت؛ لا تُقبل الصفحات بهذا الحجم.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the page was not sent.</source>
        <translation>ردّ الموقع بالرمز %2 — ولم يُرسل الصفحة.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the page could not be fetched (%2).</source>
        <translation>تعذّر جلب الصفحة (⁨%2⁩).
⁨%1⁩</translation>
    </message>
    <message>
        <source>No web address was given.</source>
        <translation>لم يُكتب أي رابط.</translation>
    </message>
    <message>
        <source>%1: only web addresses (http:// or https://) can be opened; this is not.</source>
        <translation>هذا ليس رابط ويب: لا يُفتح إلا ما يبدأ بـ http:// أو https://.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: this address names no site.</source>
        <translation>لا يتضمن هذا الرابط اسم موقع.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>أُوقف التنزيل.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is a file of type %2, not a web page; download it and import the file.</source>
        <translation>يؤدي هذا الرابط إلى ملف من نوع ⁨%2⁩ لا إلى صفحة ويب؛ نزّله ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the page needs a login or refuses automatic readers; save it from the browser and import the file.</source>
        <translation>ردّ الموقع بالرمز %2 — الصفحة تتطلب تسجيل الدخول أو ترفض القراءة الآلية؛ احفظها من المتصفح ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — check the address.</source>
        <translation>ردّ الموقع بالرمز %2 — تحقّق من الرابط.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the site has a problem; try again later.</source>
        <translation>ردّ الموقع بالرمز %2 — في الموقع عطل؛ أعد المحاولة لاحقًا.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site &apos;%2&apos; could not be found — check the address, or whether this computer is online.</source>
        <translation>تعذّر العثور على الموقع ⁨%2⁩ — تحقّق من الرابط، أو من اتصال هذا الحاسوب بالإنترنت.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: could not connect to &apos;%2&apos; — check that this computer is online.</source>
        <translation>تعذّر الاتصال بالموقع ⁨%2⁩ — تحقّق من اتصال هذا الحاسوب بالإنترنت.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: no answer from &apos;%2&apos; within %3 s — this computer may be offline, or the site is down.</source>
        <translation>لم يردّ الموقع ⁨%2⁩ خلال %3 ثانية — ربما كان هذا الحاسوب غير متصل بالإنترنت، أو كان الموقع متوقفًا.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the secure connection to &apos;%2&apos; failed (its certificate could not be checked).</source>
        <translation>فشل الاتصال الآمن بالموقع ⁨%2⁩ (تعذّر التحقق من شهادته).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the proxy server did not let the request through.</source>
        <translation>لم يسمح الخادم الوسيط بمرور الطلب.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the connection broke while the page was being read; try again.</source>
        <translation>انقطع الاتصال أثناء قراءة الصفحة؛ أعد المحاولة.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: only web addresses (http:// or https://) can be opened; &apos;%2:&apos; addresses are not.</source>
        <translation>لا يُفتح إلا روابط الويب (http:// أو https://)، والروابط التي تبدأ بـ ⁨%2:⁩ ليست منها.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the port in this address is not a number.</source>
        <translation>رقم المنفذ في هذا الرابط ليس عددًا.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a web page; download it and import the file.</source>
        <translation>يؤدي هذا الرابط إلى مستند PDF لا إلى صفحة ويب؛ نزّله ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the network cannot be reached — this computer seems to be offline.</source>
        <translation>تعذّر الوصول إلى الشبكة — يبدو أن هذا الحاسوب غير متصل بالإنترنت.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; refused the connection — the site is down or the address is wrong (or this computer is offline).</source>
        <translation>رفض الموقع ⁨%2⁩ الاتصال — الموقع متوقف أو الرابط خاطئ (أو أن هذا الحاسوب غير متصل بالإنترنت).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is not a usable web address (%2).</source>
        <translation>هذا الرابط غير صالح (⁨%2⁩).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site sends the browser on to %2; only web addresses (http:// or https://) can be opened.</source>
        <translation>يحيل الموقع إلى ⁨%2⁩، ولا يُفتح إلا روابط الويب (http:// أو https://).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 could not be read (%2: %3).</source>
        <translation>تعذّرت قراءة «⁨%1⁩» (⁨%2: %3⁩).</translation>
    </message>
    <message>
        <source>%1 is a file; brat export writes a folder of .txt/.ann pairs.</source>
        <translation>«⁨%1⁩» ملف؛ وتصدير brat يكتب مجلدًا من أزواج ملفات ⁨.txt/.ann⁩.</translation>
    </message>
    <message>
        <source>%1 annotations and %2 links imported from brat</source>
        <translation>استُورد من brat: التوسيمات %1، والروابط %2</translation>
    </message>
    <message>
        <source>%1: its text file %2 is not beside it.</source>
        <translation>⁨%1⁩: ملف نصه «⁨%2⁩» ليس في المجلد نفسه.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>⁨%1⁩، السطر %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>تعذّر إنشاء المجلد «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created for brat&apos;s label of that name</source>
        <translation>أُنشئ وسم جديد «⁨%1⁩» لتسمية brat التي تحمل هذا الاسم</translation>
    </message>
    <message>
        <source>1 annotation and 1 link imported from brat</source>
        <translation>استُورد من brat: توسيم واحد ورابط واحد</translation>
    </message>
    <message>
        <source>1 annotation and %1 links imported from brat</source>
        <translation>استُورد من brat: توسيم واحد، والروابط %1</translation>
    </message>
    <message>
        <source>%1 annotations and 1 link imported from brat</source>
        <translation>استُورد من brat: التوسيمات %1، ورابط واحد</translation>
    </message>
    <message>
        <source>%1: not a brat text-bound annotation.</source>
        <translation>⁨%1⁩: ليس توسيمًا لمقطع من النص بصيغة brat.</translation>
    </message>
    <message>
        <source>%1: %2 is defined twice.</source>
        <translation>⁨%1⁩: ⁨%2⁩ معرَّف مرتين.</translation>
    </message>
    <message>
        <source>%1: offsets outside %2 (length %3).</source>
        <translation>⁨%1⁩: مواضع خارج «⁨%2⁩» (طوله %3).</translation>
    </message>
    <message>
        <source>%1: an offset falls between the \r and \n of a line break in %2.</source>
        <translation>⁨%1⁩: يقع أحد المواضع بين ⁨\r⁩ و⁨\n⁩ في فاصل سطر من «⁨%2⁩».</translation>
    </message>
    <message>
        <source>%1: a fragment holds only a line break or a byte-order mark.</source>
        <translation>⁨%1⁩: أحد الأجزاء لا يحوي إلا فاصل سطر أو علامة ترتيب البايتات.</translation>
    </message>
    <message>
        <source>%1: its fragments overlap.</source>
        <translation>⁨%1⁩: أجزاؤه متداخلة.</translation>
    </message>
    <message>
        <source>%1: the text after the offsets is not what %2 holds there.</source>
        <translation>⁨%1⁩: النص بعد المواضع ليس ما يحويه «⁨%2⁩» في ذلك الموضع.</translation>
    </message>
    <message>
        <source>%1 skipped: a discontinuous span (annotator spans are continuous)</source>
        <translation>تُخطّي ⁨%1⁩: مقطع متقطع (المقاطع في «توسيم الأخبار» متصلة)</translation>
    </message>
    <message>
        <source>%1: not a brat relation.</source>
        <translation>⁨%1⁩: ليس علاقة بصيغة brat.</translation>
    </message>
    <message>
        <source>link %1→%2 skipped: an end was not imported</source>
        <translation>تُخطّي الرابط ⁨%1→%2⁩: لم يُستورد أحد طرفيه</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 has more than %3 attributes</source>
        <translation>تُخطّي السطر %1: لـ ⁨%2⁩ أكثر من %3 سمة</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 lines (events, normalisations) have no place in annotator</source>
        <translation>تُخطّي السطر %1: أسطر ⁨%2⁩ (الأحداث والتوحيدات) لا مكان لها في «توسيم الأخبار»</translation>
    </message>
    <message>
        <source>line %1 skipped: only AnnotatorNotes comments are read</source>
        <translation>تُخطّي السطر %1: لا يُقرأ من الملاحظات إلا ما كان من نوع AnnotatorNotes</translation>
    </message>
    <message>
        <source>1 claim without a verdict was left out.</source>
        <translation>تُرك خارج التصدير ادعاء واحد بلا حكم.</translation>
    </message>
    <message>
        <source>No claim has a verdict yet: choose one in the details panel (Verdict).</source>
        <translation>لم يُعطَ أي ادعاء حكمًا بعد: اختر حكمًا في لوحة التفاصيل (الحكم).</translation>
    </message>
    <message>
        <source>No fact-checking organisation is set (Edit → Fact-check settings): the reviews name only their annotators.</source>
        <translation>لم تُحدَّد مؤسسة التحقق (تحرير ← إعدادات التحقق من الأخبار): لا تذكر المراجعات إلا موسِّميها.</translation>
    </message>
    <message>
        <source>No organisation web address is set (Edit → Fact-check settings): Google needs each review&apos;s url on your site, so these reviews carry placeholder urls.</source>
        <translation>لم يُحدَّد عنوان الويب للمؤسسة (تحرير ← إعدادات التحقق من الأخبار): يحتاج Google إلى رابط كل مراجعة على موقعكم، ولذلك تحمل هذه المراجعات روابط مؤقتة.</translation>
    </message>
    <message>
        <source>%1 claims without a verdict were left out.</source>
        <translation>تُركت خارج التصدير ادعاءات بلا حكم، عددها %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Word .docx document; open it in Word or LibreOffice and save it again as .docx.</source>
        <translation>«⁨%1⁩» تالف أو ليس مستند Word بصيغة ⁨.docx⁩؛ افتحه في Word أو LibreOffice واحفظه من جديد بصيغة ⁨.docx⁩.</translation>
    </message>
    <message>
        <source>%1 holds %2 parts; a Word document with more than %3 is refused.</source>
        <translation>عدد أجزاء «⁨%1⁩» %2؛ ويُرفض مستند Word الذي تزيد أجزاؤه على %3.</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 MB; Word documents whose text is over %3 MiB (or %4 MiB with pictures) are refused.</source>
        <translation>يبلغ حجم «⁨%1⁩» بعد فكّ ضغطه %2 ميغابايت؛ وتُرفض مستندات Word التي يزيد نصها على %3 ميغابايت (أو %4 ميغابايت مع الصور).</translation>
    </message>
    <message>
        <source>%1 is an old Word (.doc) file: open it in Word or LibreOffice, save it as .docx, and import that.</source>
        <translation>«⁨%1⁩» ملف Word قديم (⁨.doc⁩): افتحه في Word أو LibreOffice، واحفظه بصيغة ⁨.docx⁩، ثم استورد الملف الجديد.</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be a Word document.</source>
        <translation>تداخل البنى في «⁨%1⁩» أعمق من أن يكون مستند Word.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>«⁨%1⁩» ليس ملفًا نصيًّا (فيه بيانات ثنائية).</translation>
    </message>
    <message>
        <source>%1: no article text was found in this page (only menus or links).</source>
        <translation>«⁨%1⁩»: لم يُعثر على نص مقال في هذه الصفحة (فيها قوائم أو روابط فقط).</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be read as a web page.</source>
        <translation>تداخل البنى في «⁨%1⁩» أعمق من أن يُقرأ صفحةَ ويب.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8.</source>
        <translation>«⁨%1⁩» ليس بترميز UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: nested too deeply to be annotator JSON.</source>
        <translation>⁨%1⁩، السطر %2: تداخل البنى أعمق من أن يكون ملف JSON من «توسيم الأخبار».</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3).</source>
        <translation>⁨%1⁩، السطر %2: ليس JSON (%3).</translation>
    </message>
    <message>
        <source>%1 has a paragraph with %2 unclosed brackets or escapes, too many to render in reasonable time.</source>
        <translation>في «⁨%1⁩» فقرة فيها أقواس غير مغلقة أو رموز إفلات عددها %2، وهذا أكثر من أن تُعرض في وقت معقول.</translation>
    </message>
    <message>
        <source>%1, line %2: lists or quotes nested more than %3 deep; that is not an article annotator can read.</source>
        <translation>⁨%1⁩، السطر %2: قوائم أو اقتباسات متداخلة في أكثر من %3 مستوى؛ وهذا ليس مقالًا يستطيع «توسيم الأخبار» قراءته.</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be read as an article.</source>
        <translation>تداخل البنى في «⁨%1⁩» أعمق من أن يُقرأ مقالًا.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a PDF; open it in a PDF reader and save or print it to a new PDF.</source>
        <translation>«⁨%1⁩» تالف أو ليس ملف PDF؛ افتحه في قارئ PDF واحفظه أو اطبعه في ملف PDF جديد.</translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it in a PDF reader, save a copy without the password, and import that.</source>
        <translation>«⁨%1⁩» محمي بكلمة مرور؛ افتحه في قارئ PDF، واحفظ نسخة منه دون كلمة المرور، ثم استوردها.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way annotator cannot read; save an unprotected copy and import that.</source>
        <translation>«⁨%1⁩» مشفَّر بطريقة لا يستطيع «توسيم الأخبار» قراءتها؛ احفظ نسخة غير محمية ثم استوردها.</translation>
    </message>
    <message>
        <source>%1 is not a PDF (it has no PDF header).</source>
        <translation>«⁨%1⁩» ليس ملف PDF (لا ترويسة PDF فيه).</translation>
    </message>
    <message>
        <source>%1 has no text to annotate.</source>
        <translation>لا نص في «⁨%1⁩» لوسمه.</translation>
    </message>
    <message>
        <source>%1: reading took longer than %2 s (stopped at page %3); import a shorter extract.</source>
        <translation>⁨%1⁩: استغرقت القراءة أكثر من %2 ثانية (وتوقفت عند الصفحة %3)؛ استورد مقتطفًا أقصر.</translation>
    </message>
    <message>
        <source>%1 has a page with %2 characters; that is not an article page.</source>
        <translation>في «⁨%1⁩» صفحة عدد محارفها %2؛ وهذه ليست صفحة مقال.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; PDFs of more than %3 pages are refused (import the pages that hold the article).</source>
        <translation>عدد صفحات «⁨%1⁩» %2؛ وتُرفض ملفات PDF التي تزيد صفحاتها على %3 (استورد الصفحات التي فيها المقال).</translation>
    </message>
    <message>
        <source>%1 has no text layer, only images (a scan?); OCR is not supported: run it through OCR first, or import the text another way.</source>
        <translation>لا طبقة نص في «⁨%1⁩»، بل صور فقط (أهو مسح ضوئي؟)؛ والتعرّف الضوئي على الحروف غير مدعوم: مرّره على برنامج تعرّف ضوئي أولًا، أو استورد النص بطريقة أخرى.</translation>
    </message>
    <message>
        <source>dropped 1 running header, footer and page-number line</source>
        <translation>حُذف سطر واحد من الترويسات والتذييلات المتكررة وأرقام الصفحات</translation>
    </message>
    <message>
        <source>1 page had only images (a scan?) and no text; OCR is not supported</source>
        <translation>في صفحة واحدة صور فقط (أهي مسح ضوئي؟) ولا نص؛ والتعرّف الضوئي على الحروف غير مدعوم</translation>
    </message>
    <message>
        <source>1 character could not be read: the PDF&apos;s font does not say which letters they are (shown as �)</source>
        <translation>تعذّرت قراءة محرف واحد: لا يحدد خط ملف PDF أي حرف هو (يظهر على هيئة �)</translation>
    </message>
    <message>
        <source>%1: reading took longer than %2 s; import a shorter extract.</source>
        <translation>⁨%1⁩: استغرقت القراءة أكثر من %2 ثانية؛ استورد مقتطفًا أقصر.</translation>
    </message>
    <message>
        <source>dropped %1 running header, footer and page-number lines</source>
        <translation>حُذفت أسطر من الترويسات والتذييلات المتكررة وأرقام الصفحات، عددها %1</translation>
    </message>
    <message>
        <source>%1 pages had only images (a scan?) and no text; OCR is not supported</source>
        <translation>صفحات فيها صور فقط (أهي مسح ضوئي؟) ولا نص، عددها %1؛ والتعرّف الضوئي على الحروف غير مدعوم</translation>
    </message>
    <message>
        <source>%1 characters could not be read: the PDF&apos;s font does not say which letters they are (shown as �)</source>
        <translation>تعذّرت قراءة محارف عددها %1: لا يحدد خط ملف PDF أي حروف هي (تظهر على هيئة �)</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MiB of page content; a PDF that large inside is refused (it may be built to exhaust memory).</source>
        <translation>يتجاوز محتوى صفحات «⁨%1⁩» بعد فكّ ضغطه %2 ميغابايت؛ ويُرفض ملف PDF بهذا الحجم في داخله (ربما صُنع لاستنزاف الذاكرة).</translation>
    </message>
    <message>
        <source>1 cell longer than Excel&apos;s limit of %1 characters was cut (marked &quot;[cut: …]&quot;); CSV and JSON exports keep the whole text.</source>
        <translation>قُصّت خلية واحدة أطول من حدّ Excel البالغ ⁨%1⁩ محرف (وعُلِّمت بـ ⁨[cut: …]⁩)؛ أما تصديرا CSV وJSON فيحفظان النص كاملًا.</translation>
    </message>
    <message>
        <source>%1 cells longer than Excel&apos;s limit of %2 characters were cut (marked &quot;[cut: …]&quot;); CSV and JSON exports keep the whole text.</source>
        <translation>قُصّت خلايا أطول من حدّ Excel البالغ ⁨%2⁩ محرف، عددها %1 (وعُلِّمت بـ ⁨[cut: …]⁩)؛ أما تصديرا CSV وJSON فيحفظان النص كاملًا.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>(تراجع) %1</translation>
    </message>
    <message>
        <source>redo: %1</source>
        <translation>(إعادة) %1</translation>
    </message>
    <message>
        <source>tagged “%1” as %2 (curated)</source>
        <translation>وَسْم «%1» بـ«%2» في الطبقة المعتمدة</translation>
    </message>
    <message>
        <source>tagged “%1” as %2</source>
        <translation>وَسْم «%1» بـ«%2»</translation>
    </message>
    <message>
        <source>deleted the %1 “%2”</source>
        <translation>حذف «%2» (%1)</translation>
    </message>
    <message>
        <source>re-tagged %1 → %2</source>
        <translation>تغيير الوسم من «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>note: “%1”</source>
        <translation>ملاحظة: «%1»</translation>
    </message>
    <message>
        <source>removed the note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cleared its attributes</source>
        <translation>إزالة السمات</translation>
    </message>
    <message>
        <source>marked curated</source>
        <translation>اعتماده</translation>
    </message>
    <message>
        <source>unmarked as curated</source>
        <translation>إلغاء اعتماده</translation>
    </message>
    <message>
        <source>linked to a source</source>
        <translation>ربطه بمتحدث</translation>
    </message>
    <message>
        <source>removed a link</source>
        <translation>حذف رابط</translation>
    </message>
    <message>
        <source>added the tag %1</source>
        <translation>إضافة الوسم «%1»</translation>
    </message>
    <message>
        <source>imported “%1”</source>
        <translation>استيراد «%1»</translation>
    </message>
    <message>
        <source>changed the tag %1</source>
        <translation>تعديل الوسم «%1»</translation>
    </message>
    <message>
        <source>deleted the tag %1</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
    <message>
        <source>edited the article&apos;s details</source>
        <translation>تعديل بيانات المقال</translation>
    </message>
    <message>
        <source>changed the curation decisions</source>
        <translation>تغيير قرارات الاعتماد</translation>
    </message>
    <message>
        <source>%1 is the database you are merging into; give a colleague&apos;s file.</source>
        <translation>«⁨%1⁩» هي قاعدة البيانات التي تدمج فيها؛ اختر ملف زميل.</translation>
    </message>
    <message>
        <source>%1 annotation merged</source>
        <translation>دُمج من التوسيمات: %1</translation>
    </message>
    <message>
        <source>%1 annotations merged</source>
        <translation>دُمج من التوسيمات: %1</translation>
    </message>
    <message>
        <source>%1, %2 already present</source>
        <translation>%1، وكان موجودًا من قبل: %2</translation>
    </message>
    <message>
        <source>%1 new article</source>
        <translation>مقالات جديدة: %1</translation>
    </message>
    <message>
        <source>%1 new articles</source>
        <translation>مقالات جديدة: %1</translation>
    </message>
    <message>
        <source>%1; %2, %3 already here</source>
        <translation>%1؛ %2، ومقالات موجودة من قبل: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(دون اسم)</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; must be an object of names and texts</source>
        <translation>يجب أن تكون «attributes» كائنًا من أسماء ونصوص</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; has more than %1 names</source>
        <translation>في «attributes» أكثر من %1 اسمًا</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; must map names to texts</source>
        <translation>يجب أن تربط «attributes» أسماءً بنصوص</translation>
    </message>
    <message>
        <source>an attribute is longer than %1 characters</source>
        <translation>إحدى السمات أطول من %1 محرف</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>%1 is in an encoding annotator cannot recognise (it is not UTF-8, UTF-16 or Windows-1256 Arabic); save it as UTF-8, or name the encoding with --encoding.</source>
        <translation>ترميز «⁨%1⁩» لا يتعرّف عليه «توسيم الأخبار» (فهو ليس UTF-8 ولا UTF-16 ولا Windows-1256 العربي)؛ احفظه بترميز UTF-8، أو سمِّ ترميزه بالخيار ⁨--encoding⁩.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; files that large are refused.</source>
        <translation>حجم «⁨%1⁩» أكبر من %2 ميغابايت؛ لا تُقبل الملفات بهذا الحجم.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains %2 control characters).</source>
        <translation>«⁨%1⁩» ليس ملفًا نصيًّا (فيه محارف تحكّم عددها %2).</translation>
    </message>
    <message>
        <source>%1 is a pipe (FIFO), not a file; only saved files can be imported.</source>
        <translation>«⁨%1⁩» أنبوب (FIFO) وليس ملفًا؛ لا يُستورد إلا ما حُفظ من ملفات.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file; only saved files can be imported.</source>
        <translation>«⁨%1⁩» مقبس اتصال وليس ملفًا؛ لا يُستورد إلا ما حُفظ من ملفات.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file; only saved files can be imported.</source>
        <translation>«⁨%1⁩» جهاز وليس ملفًا؛ لا يُستورد إلا ما حُفظ من ملفات.</translation>
    </message>
    <message>
        <source>%1: line %2 column %3 (char %4)</source>
        <translation>في السطر %2، العمود %3، المحرف %4</translation>
    </message>
    <message>
        <source>%1: the id %2 is not usable (an id is at most %3 letters, digits and - _ . : @ + ~, without &apos;..&apos;).</source>
        <translation>⁨%1⁩: المعرّف ⁨%2⁩ غير صالح (لا يزيد المعرّف على %3 محرف من الحروف والأرقام والرموز ⁨- _ . : @ + ~⁩، ولا يحوي «..»).</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to annotate.</source>
        <translation>«⁨%1⁩» فارغ: لا نص فيه لوسمه.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 without a byte-order mark; save it as UTF-8 and import it again.</source>
        <translation>يبدو أن «⁨%1⁩» بترميز UTF-16 دون علامة ترتيب البايتات؛ احفظه بترميز UTF-8 ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the article files inside it.</source>
        <translation>«⁨%1⁩» مجلد وليس ملفًا؛ اختر ملفات المقالات التي فيه.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files larger than %3 MiB are refused.</source>
        <translation>حجم «⁨%1⁩» %2 ميغابايت؛ لا تُقبل الملفات الأكبر من %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>«⁨%1⁩» غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>تعذّرت قراءة «⁨%1⁩» (لا إذن بقراءته).</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only saved files can be imported.</source>
        <translation>«⁨%1⁩» ليس ملفًا عاديًّا؛ لا يُستورد إلا ما حُفظ من ملفات.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>تعذّرت قراءة «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an encoding Python knows.</source>
        <translation>⁨%1⁩: «⁨%2⁩» ليس ترميزًا تعرفه Python.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 (byte %3).</source>
        <translation>«⁨%1⁩» ليس نصًّا صالحًا بترميز ⁨%2⁩ (البايت %3).</translation>
    </message>
    <message>
        <source>%1 starts with a %2 byte-order mark but is not valid %2 (byte %3); it may be truncated.</source>
        <translation>يبدأ «⁨%1⁩» بعلامة ترتيب البايتات الخاصة بترميز ⁨%2⁩ لكنه ليس نصًّا صالحًا بهذا الترميز (البايت %3)؛ ربما كان مبتورًا.</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>المقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos; (choose from %2).</source>
        <translation>تنسيق التصدير «⁨%1⁩» غير معروف (اختر من: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>The %1 format has no %2 variant.</source>
        <translation>ليس لتنسيق ⁨%1⁩ صيغة ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: its metadata is not valid JSON (%2).</source>
        <translation>⁨%1⁩: بياناته الوصفية ليست JSON صالحًا (%2).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known field of the right type.</source>
        <translation>⁨%1⁩: «⁨%2⁩» ليس حقلًا معروفًا من النوع الصحيح.</translation>
    </message>
    <message>
        <source>Nobody called &apos;%1&apos; has annotated here (annotators: %2).</source>
        <translation>لم يَسِم أحد باسم «⁨%1⁩» شيئًا هنا (الموسِّمون: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>Nobody called &apos;%1&apos; has annotated here (annotators: none yet).</source>
        <translation>لم يَسِم أحد باسم «⁨%1⁩» شيئًا هنا (لا موسِّمين بعد).</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be whole seconds since 1970 (not %1).</source>
        <translation>يجب أن تكون قيمة ⁨SOURCE_DATE_EPOCH⁩ عددًا صحيحًا من الثواني منذ 1970 (لا ⁨%1⁩).</translation>
    </message>
    <message>
        <source>Database error in %1: %2.</source>
        <translation>خطأ في قاعدة البيانات «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 is not an annotator database (it is not an SQLite file).</source>
        <translation>«⁨%1⁩» ليس قاعدة بيانات لـ«توسيم الأخبار» (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again in a moment.</source>
        <translation>قاعدة البيانات «⁨%1⁩» مقفلة من برنامج آخر؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; choose a writable copy with --db.</source>
        <translation>قاعدة البيانات «⁨%1⁩» للقراءة فقط؛ اختر نسخة قابلة للكتابة بالخيار ⁨--db⁩.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); it was not changed.</source>
        <translation>قاعدة البيانات «⁨%1⁩» تالفة (⁨%2⁩)؛ لم يُغيَّر فيها شيء.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder is missing or not writable.</source>
        <translation>تعذّر فتح قاعدة البيانات «⁨%1⁩»: المجلد غير موجود أو لا إذن بالكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2. The last change was not saved.</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات «⁨%1⁩»: ⁨%2⁩. لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>There is no tag &apos;%1&apos; (known tags: %2).</source>
        <translation>لا يوجد وسم باسم «⁨%1⁩» (الوسوم المعروفة: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>A tag name uses letters, digits, &apos;-&apos; and &apos;_&apos; only (not &apos;%1&apos;).</source>
        <translation>استخدم في اسم الوسم الحروف والأرقام و«-» و«_» فقط (لا «⁨%1⁩»).</translation>
    </message>
    <message>
        <source>A tag needs a label.</source>
        <translation>يحتاج الوسم إلى تسمية.</translation>
    </message>
    <message>
        <source>A tag colour is written #RRGGBB (not &apos;%1&apos;).</source>
        <translation>يُكتب لون الوسم بالصيغة ⁨#RRGGBB⁩ (لا «⁨%1⁩»).</translation>
    </message>
    <message>
        <source>A tag key is one letter or digit (or none).</source>
        <translation>مفتاح الوسم حرف واحد أو رقم واحد (أو لا شيء).</translation>
    </message>
    <message>
        <source>A tag&apos;s role is one of %1 (not &apos;%2&apos;).</source>
        <translation>دور الوسم واحد من ⁨%1⁩ (لا «⁨%2⁩»).</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2.</source>
        <translation>تعذّرت قراءة قاعدة البيانات «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a database file.</source>
        <translation>«⁨%1⁩» مجلد؛ حدّد مسار ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في «⁨%1⁩».</translation>
    </message>
    <message>
        <source>%1 was written by an older annotator and cannot be read without upgrading it. Copy it somewhere writable and open the copy once with annotator.</source>
        <translation>كُتبت «⁨%1⁩» بإصدار أقدم من «توسيم الأخبار» ولا تُقرأ دون ترقيتها. انسخها إلى مكان قابل للكتابة وافتح النسخة مرة واحدة بـ«توسيم الأخبار».</translation>
    </message>
    <message>
        <source>%1 is read-only: this change cannot be saved. Copy the database somewhere writable to annotate.</source>
        <translation>«⁨%1⁩» للقراءة فقط: لا يمكن حفظ هذا التغيير. انسخ قاعدة البيانات إلى مكان قابل للكتابة لتتابع التوسيم.</translation>
    </message>
    <message>
        <source>Unknown article field(s): %1.</source>
        <translation>حقول مقال غير معروفة: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <source>Authors must be a list of names.</source>
        <translation>يجب أن يكون المؤلفون قائمة أسماء.</translation>
    </message>
    <message>
        <source>There is no article with id &apos;%1&apos;.</source>
        <translation>لا يوجد مقال بالمعرّف «⁨%1⁩».</translation>
    </message>
    <message>
        <source>There is no annotation with id &apos;%1&apos;.</source>
        <translation>لا يوجد توسيم بالمعرّف «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Annotation %1: %2.</source>
        <translation>التوسيم ⁨%1⁩: %2.</translation>
    </message>
    <message>
        <source>Annotation %1 does not match its article: text[%2:%3] is %4, not %5.</source>
        <translation>التوسيم ⁨%1⁩ لا يطابق مقاله: ⁨text[%2:%3]⁩ هو ⁨%4⁩ لا ⁨%5⁩.</translation>
    </message>
    <message>
        <source>An annotation cannot be linked to itself.</source>
        <translation>لا يُربط توسيم بنفسه.</translation>
    </message>
    <message>
        <source>A link must join two existing annotations of the same article.</source>
        <translation>يجب أن يربط الرابط بين توسيمَين موجودَين في المقال نفسه.</translation>
    </message>
    <message>
        <source>There is no link with id &apos;%1&apos;.</source>
        <translation>لا يوجد رابط بالمعرّف «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2. The file was not changed.</source>
        <translation>تعذّر حفظ نسخة احتياطية من «⁨%1⁩» قبل ترقيتها: ⁨%2⁩. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of annotator (schema %2; this version reads up to %3). Update annotator to open it; the file was not changed.</source>
        <translation>كُتبت «⁨%1⁩» بإصدار أحدث من «توسيم الأخبار» (المخطط %2؛ وهذا الإصدار يقرأ حتى %3). حدّث «توسيم الأخبار» لفتحها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an annotator database.</source>
        <translation>«⁨%1⁩» قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات لـ«توسيم الأخبار».</translation>
    </message>
    <message>
        <source>%1 is damaged: its annotator tables are missing. It was not changed.</source>
        <translation>«⁨%1⁩» تالفة: جداول «توسيم الأخبار» مفقودة منها. لم يُغيَّر فيها شيء.</translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer annotator while opening it.</source>
        <translation>رُقّيت «⁨%1⁩» بإصدار أحدث من «توسيم الأخبار» أثناء فتحها.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; already belongs to the tag &apos;%2&apos;.</source>
        <translation>المفتاح «⁨%1⁩» مخصص من قبل للوسم «⁨%2⁩».</translation>
    </message>
    <message>
        <source>A tag cannot be re-tagged as itself.</source>
        <translation>لا يُعاد وسم الوسم بنفسه.</translation>
    </message>
    <message>
        <source>More than one article id starts with &apos;%1&apos;; give more of it.</source>
        <translation>يبدأ أكثر من معرّف مقال بـ «⁨%1⁩»؛ اكتب جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>There is already a tag called &apos;%1&apos;.</source>
        <translation>يوجد وسم باسم «⁨%1⁩» بالفعل.</translation>
    </message>
    <message>
        <source>There is no tag &apos;%1&apos;.</source>
        <translation>لا يوجد وسم باسم «⁨%1⁩».</translation>
    </message>
    <message>
        <source>you tagged “%1” as %2 (another article)</source>
        <translation>وسمتَ «%1» بـ«⁨%2⁩» (في مقال آخر)</translation>
    </message>
    <message>
        <source>you tagged “%1” as %2 (this article)</source>
        <translation>وسمتَ «%1» بـ«⁨%2⁩» (في هذا المقال)</translation>
    </message>
    <message>
        <source>أن/إن clause</source>
        <translation>جملة أن/إن</translation>
    </message>
    <message>
        <source>أن/إن clause + quotation marks</source>
        <translation>جملة أن/إن + علامات تنصيص</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>علامات تنصيص</translation>
    </message>
    <message>
        <source>أن/إن + quotation marks</source>
        <translation>أن/إن + علامات تنصيص</translation>
    </message>
    <message>
        <source>quotation marks later in the sentence</source>
        <translation>علامات تنصيص لاحقة في الجملة</translation>
    </message>
    <message>
        <source>quotation marks, then the cue</source>
        <translation>علامات تنصيص، ثم فعل القول</translation>
    </message>
    <message>
        <source>an interview&apos;s answer</source>
        <translation>جواب في مقابلة</translation>
    </message>
    <message>
        <source>speaker: words</source>
        <translation>صيغة «قائل: كلام» في العنوان</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (امتدادًا لـ«%2»)</translation>
    </message>
    <message>
        <source>bare %1 → %2</source>
        <translation>%1 بلا فاعل ← %2</translation>
    </message>
    <message>
        <source>cue %1 + %2</source>
        <translation>فعل القول %1 + %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>import failed unexpectedly (%1).</source>
        <translation>تعذّر الاستيراد لخطأ غير متوقع (⁨%1⁩).</translation>
    </message>
    <message>
        <source>%1: not imported (stopped).</source>
        <translation>⁨%1⁩: لم يُستورد (أُوقف الاستيراد).</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is now used by 1 span; to remove it, use Tags… and choose what happens to it.</source>
        <extracomment>the article was replaced or reloaded; everything should redraw an annotation appeared (added, or restored by undo) an annotation disappeared an annotation changed in place (tag, note) many annotations came or went at once (Tag all and its undo): redraw the spans and the list links changed (added or removed) the tag set changed (added, edited, deleted) the article&apos;s metadata changed anything was committed to the database a change was refused by the database (message for the user) annotation ids by (start, end): &quot;is this exact span tagged?&quot; without a scan spans per (annotator, curated, tag): the legend&apos;s counts of any layer without a recount</extracomment>
        <translation>صار الوسم «⁨%1⁩» مستخدمًا في مقطع واحد؛ لحذفه افتح «الوسوم…» واختر ما يحدث لهذا المقطع.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is now used by %2 spans; to remove it, use Tags… and choose what happens to them.</source>
        <translation>صار الوسم «⁨%1⁩» مستخدمًا في مقاطع عددها %2؛ لحذفه افتح «الوسوم…» واختر ما يحدث لها.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>CSV for data pipelines and scripts (lossless, UTF-8)</source>
        <translation>CSV لسلاسل معالجة البيانات والبرامج النصية (دون أي فقد، UTF-8)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV لجداول البيانات</translation>
    </message>
    <message>
        <source>CSV for Excel / LibreOffice (BOM, formulas neutralised; not lossless)</source>
        <translation>CSV لـ Excel / LibreOffice (مع BOM وتعطيل الصيغ؛ قد تضيع بعض التفاصيل)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): every cell text, right-to-left for Arabic</source>
        <translation>مصنّف Excel بصيغة xlsx: كل خلية نص، ومن اليمين إلى اليسار للعربية</translation>
    </message>
    <message>
        <source>JSON (annotator.v1)</source>
        <translation>JSON ‏(annotator.v1)</translation>
    </message>
    <message>
        <source>JSON, annotator.v1 (complete: text, annotations, links; File → Import reads it back)</source>
        <translation>JSON بصيغة annotator.v1 (كامل: النص والتوسيمات والروابط؛ ويمكن استيراده ثانيةً من «ملف ← استيراد مقالات…»)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines, one article per line (data pipelines)</source>
        <translation>JSON Lines، مقال في كل سطر (لسلاسل معالجة البيانات)</translation>
    </message>
    <message>
        <source>W3C Web Annotation</source>
        <translation>W3C Web Annotation</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (Hypothesis-style tools, archives)</source>
        <translation>W3C Web Annotation بصيغة JSON-LD (لأدوات على غرار Hypothesis وللأرشيف)</translation>
    </message>
    <message>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <source>brat / INCEpTION standoff (a folder of .txt + .ann)</source>
        <translation>brat / INCEpTION standoff (مجلد من ملفات txt وann)</translation>
    </message>
    <message>
        <source>spaCy spans</source>
        <translation>مقاطع spaCy</translation>
    </message>
    <message>
        <source>spaCy training spans (JSON Lines)</source>
        <translation>مقاطع تدريب spaCy ‏(JSON Lines)</translation>
    </message>
    <message>
        <source>ClaimReview (fact checks)</source>
        <translation>ClaimReview (تدقيق المعلومات)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview JSON-LD: one review per claim with a verdict (fact-check publishing)</source>
        <translation>ClaimReview من schema.org بصيغة JSON-LD: مراجعة لكل ادعاء له حكم (لنشر نتائج تدقيق المعلومات)</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Said by someone</source>
        <extracomment>How the Tags dialog names each role, and what it means for the spans.</extracomment>
        <translation>منسوب إلى قائل</translation>
    </message>
    <message>
        <source>like a quote or a claim: press L to link it to a source</source>
        <translation>مثل الاقتباس أو الادعاء: اضغط L لربطه بمصدر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>like a speaker: quotes and claims are linked to it</source>
        <translation>مثل المتحدث: تُربط به الاقتباسات والادعاءات</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>like a location: no links</source>
        <translation>مثل المكان: بلا روابط</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>true</source>
        <extracomment>the digits setting&apos;s values The built-in tags&apos; default labels, as lupdate sees them (context &quot;tags&quot;). The default verdicts (core.factcheck.DEFAULT_VERDICTS), as lupdate sees them (context &quot;verdicts&quot;): shown in the interface&apos;s language, stored and exported as they are.</extracomment>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>صحيح في معظمه</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>مضلِّل</translation>
    </message>
    <message>
        <source>false</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>غير مثبت</translation>
    </message>
</context>
</TS>
