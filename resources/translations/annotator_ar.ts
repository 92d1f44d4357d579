<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement between annotators</source>
        <translation>الاتفاق بين المُعلِّقين</translation>
    </message>
    <message>
        <source>Computing agreement over every article two people annotated…</source>
        <translation>يُحسب الاتفاق على كل مقال علّق عليه شخصان…</translation>
    </message>
    <message>
        <source>Over the corpus (F1: 1 is the same spans; alpha over characters):</source>
        <translation>على مجمل المقالات (F1: القيمة ١ تعني المقاطع نفسها؛ ألفا على مستوى الحروف):</translation>
    </message>
    <message>
        <source>Articles, most disagreement first (Enter opens one):</source>
        <translation>المقالات، الأكثر اختلافًا أولًا (Enter يفتح المقال):</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>Select some text first, then press a tag key.</source>
        <extracomment>Up to this many spans changed at once are redrawn one by one, more in one pass.</extracomment>
        <translation>حدِّد نصًّا أولًا، ثم اضغط مفتاح الوسم.</translation>
    </message>
    <message>
        <source>Nothing to tag: the selection is only white space.</source>
        <translation>لا شيء يُوسَم: التحديد فراغات فقط.</translation>
    </message>
    <message>
        <source>Select an annotation (click it, or pick it in the list) to delete it.</source>
        <translation>حدِّد تعليقًا توضيحيًّا (انقره أو اختره من القائمة) لحذفه.</translation>
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
        <source>Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY).</source>
        <translation>اكتب التاريخ بالصيغة سنة-شهر-يوم بالأرقام، مثل 2024-03-15 (أو سنة-شهر، أو السنة وحدها).</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <extracomment>rows read at a time, and how many such pages are kept</extracomment>
        <translation>
            <numerusform>لا تعليقات توضيحية</numerusform>
            <numerusform>تعليق توضيحي واحد</numerusform>
            <numerusform>تعليقان توضيحيان</numerusform>
            <numerusform>%Ln تعليقات توضيحية</numerusform>
            <numerusform>%Ln تعليقًا توضيحيًّا</numerusform>
            <numerusform>%Ln تعليق توضيحي</numerusform>
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
</context>
<context>
    <name>Curating</name>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <source>Curating needs your name: the curated layer carries it.</source>
        <translation>التدقيق يحتاج إلى اسمك: الطبقة المدقَّقة تحمله.</translation>
    </message>
    <message>
        <source>Not curating: the curated layer needs a curator&apos;s name.</source>
        <translation>لم يبدأ التدقيق: الطبقة المدقَّقة تحتاج إلى اسم المدقِّق.</translation>
    </message>
    <message>
        <source>Already rejected.</source>
        <translation>مرفوض من قبل.</translation>
    </message>
    <message>
        <source>No agreed unit is left to accept.</source>
        <translation>لم تبقَ وحدة متفق عليها للقبول.</translation>
    </message>
    <message>
        <source>Accepted; the curated span is selected in the text.</source>
        <translation>قُبل؛ والمقطع المدقَّق محدَّد في النص.</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>Curate this article</source>
        <extracomment>How a status reads and its colour (the words carry it; the colour helps scanning). How long a span&apos;s text is in a cell at most (the rest is in the tooltip, and the cell cuts between words). Marks that fix a line&apos;s direction whatever it starts with (an isolated name is skipped when the direction is worked out, and a line of only a digit and a name would otherwise take the name&apos;s). a decision key, as the Latin keyboard names it: &quot;1&quot;…&quot;9&quot;, &quot;e&quot;, &quot;r&quot; accept this unit&apos;s version by this annotator accept it, then select it in the main window to work on the current unit (and the annotator whose column is current, or None) changed: show it</extracomment>
        <translation>تدقيق هذا المقال</translation>
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
        <translation>لا يدخل شيء من هذه الوحدة في الطبقة المدقَّقة؛ وتظهر محسومة</translation>
    </message>
    <message>
        <source>Accept every unit all annotators agree on (one undo step)</source>
        <translation>اقبل كل وحدة اتفق عليها جميع المعلِّقين (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>اقبل:</translation>
    </message>
</context>
<context>
    <name>DeleteTagDialog</name>
    <message>
        <source>Re-tag them as</source>
        <translation>أعد وسمها بـ</translation>
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
        <source>Select an annotation first, then press E to write a note.</source>
        <translation>حدِّد تعليقًا توضيحيًّا أولًا، ثم اضغط E لكتابة ملاحظة.</translation>
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
        <translation>لم يُحدَّد تعليق توضيحي</translation>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <extracomment>the user asked to export with these choices (the window exports, then accepts the dialog)</extracomment>
        <translation>تصدير التعليقات التوضيحية</translation>
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
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>Fact-check settings not saved</source>
        <translation>لم تُحفظ إعدادات تحقق من الأخبار</translation>
    </message>
    <message>
        <source>Fact-check settings saved in this database.</source>
        <translation>حُفظت إعدادات تحقق من الأخبار في قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>FactCheckDialog</name>
    <message>
        <source>Fact-check settings</source>
        <translation>إعدادات تحقق من الأخبار</translation>
    </message>
    <message>
        <source>e.g. مسبار</source>
        <translation>مثلًا: مسبار</translation>
    </message>
    <message>
        <source>https://… (where your fact checks are published)</source>
        <translation>https://… (حيث تُنشر تقارير التحقق لديكم)</translation>
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
        <translation>المصادر التي هي مؤسسات:</translation>
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
        <translation>اوسم الكل</translation>
    </message>
    <message>
        <source>Tag every match with the chosen tag (one undo step)</source>
        <translation>اوسم كل نتيجة بالوسم المختار (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>لا نتائج</translation>
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
        <translation>اسمك، ويُحفظ مع كل تعليق توضيحي تضعه
(اتركه فارغًا لتبقى مجهول الاسم):</translation>
    </message>
    <message>
        <source>Annotating as %1</source>
        <translation>يعلِّق: %1</translation>
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
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Every span in this article is yours: there is only one layer.</source>
        <extracomment>the layer chosen (kept per database), and the one shown in the open article whether the open article has anyone&apos;s spans but yours (then the selector is shown)</extracomment>
        <translation>كل المقاطع في هذا المقال لك: هناك طبقة واحدة فقط.</translation>
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
        <translation>التعليقات التوضيحية</translation>
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
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>عربية غربية (0123)</translation>
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
        <source>The page&apos;s article is imported with its title, authors, date and site, and the address is kept with it. At most {0} seconds and {1} MB.</source>
        <translation>يُستورد مقال الصفحة بعنوانه وكُتّابه وتاريخه وموقعه، ويُحفظ الرابط معه. بحدّ أقصى {0} ثانية و{1} ميغابايت.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>جارٍ جلب {0}…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Words to find (e.g. داعش)</source>
        <extracomment>How many places inside article text are listed per article. Hits read at a time (annotations, articles): a search shows one page of each, &quot;Show more&quot; the next. Characters of context (about) on each side of a match in article text. Annotation texts and notes longer than this are shown as a window around the match. Model roles. ``UserRole`` keeps carrying the :class:`Hit` (``None`` on article rows). ``&quot;article&quot;`` (a group header), ``&quot;annotation&quot;`` or ``&quot;text&quot;`` (a place in article text). ``[(start, end), …]``: the marked (matched) parts of the row&apos;s DisplayRole text. For places in article text: ``(start, end)`` of the article text the snippet shows (without &quot;…&quot;). The HTML the row is drawn from (all user text escaped). The article&apos;s id (on every row). The muted lines under an annotation hit, as text: ``[&quot;said by …&quot;, &quot;✎ note&quot;]``. White space that :func:`_flatten` changes: a run, a line break or tab, at either end.</extracomment>
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
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
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
        <source>No suggestion at the caret.</source>
        <extracomment>Longer articles get no automatic suggestions (about a second per 1M code points, on every change). A run of Hebrew or Arabic script (letters, marks, digits, tatweel), words joined by single spaces. the suggestion N/P landed on last (it stays &quot;the one at the caret&quot; while its span is selected)</extracomment>
        <translation>لا اقتراح عند المؤشر.</translation>
    </message>
    <message>
        <source>No quote with a speaker to accept.</source>
        <translation>لا اقتباس له متحدث لقبوله.</translation>
    </message>
    <message>
        <source>No speaker to choose from: tag the speaker first, then accept.</source>
        <translation>لا متحدث للاختيار: اوسم المتحدث أولًا، ثم اقبل.</translation>
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
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tag the selection as %1</source>
        <extracomment>suggestions per tag; ``None`` while suggestions are hidden</extracomment>
        <translation>اوسم التحديد بـ«%1»</translation>
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
        <source>Proposed, not stored: %1.
N / P step through them with the annotations; Y or Enter accepts, Shift+Y another speaker, X rejects.</source>
        <translation>مقترحات غير محفوظة: %1.
N / P للتنقل بينها مع التعليقات التوضيحية؛ Y أو Enter للقبول، Shift+Y لمتحدث آخر، X للرفض.</translation>
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
        <extracomment>How many lines of an import report a message box lists (the rest scroll in its details).</extracomment>
        <translation>فتح رابط</translation>
    </message>
    <message>
        <source>Imported “{0}” from {1}.</source>
        <translation>استُورد «⁨{0}⁩» من ⁨{1}⁩.</translation>
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
        <source>Imported “{0}” from the clipboard.</source>
        <translation>استُورد «⁨{0}⁩» من الحافظة.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>Already imported: opened “{0}”.</source>
        <translation>مستورد من قبل: فُتح «⁨{0}⁩».</translation>
    </message>
    <message>
        <source>{0}: nothing was imported.</source>
        <translation>لم يُستورد شيء. (⁨{0}⁩)</translation>
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
        <translation>تعليق</translation>
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
        <translation>اربط بالمتحدث…</translation>
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
        <translation>اكتب ملاحظة على التعليق التوضيحي المحدَّد</translation>
    </message>
    <message>
        <source>E / ث / F2 (Ctrl+Enter saves, Esc discards)</source>
        <translation>E / ث / F2 ‏(Ctrl+Enter للحفظ، Esc للإلغاء)</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>احذف التعليق التوضيحي المحدَّد</translation>
    </message>
    <message>
        <source>Delete / Backspace</source>
        <translation>Delete / Backspace</translation>
    </message>
    <message>
        <source>&amp;Next annotation or suggestion</source>
        <translation>التعليق أو الاقتراح التالي</translation>
    </message>
    <message>
        <source>Select the next annotation or suggestion in reading order</source>
        <translation>حدِّد التعليق أو الاقتراح التالي بترتيب القراءة</translation>
    </message>
    <message>
        <source>Next / previous annotation or suggestion</source>
        <translation>التعليق أو الاقتراح التالي / السابق</translation>
    </message>
    <message>
        <source>N / ى or Alt+Down  /  P / ح or Alt+Up</source>
        <translation>N / ى أو Alt+Down  /  P / ح أو Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Previous annotation or suggestion</source>
        <translation>التعليق أو الاقتراح السابق</translation>
    </message>
    <message>
        <source>Select the previous annotation or suggestion in reading order</source>
        <translation>حدِّد التعليق أو الاقتراح السابق بترتيب القراءة</translation>
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
        <translation>القبول مع متحدث آخر…</translation>
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
        <translation>تدقيق هذا المقال…</translation>
    </message>
    <message>
        <source>Compare the annotators&apos; versions of this article side by side; accept, reject, or accept all they agree on, into a curated layer under your name</source>
        <translation>قارن نسخ المعلِّقين لهذا المقال جنبًا إلى جنب؛ اقبل أو ارفض، أو اقبل كل ما اتفقوا عليه، في طبقة مدقَّقة باسمك</translation>
    </message>
    <message>
        <source>A&amp;greement between annotators…</source>
        <translation>الاتفاق بين المعلِّقين…</translation>
    </message>
    <message>
        <source>F1, alpha and attribution for every pair of annotators, and the articles where they disagree most</source>
        <translation>مقياس F1 وألفا والإسناد لكل زوج من المعلِّقين، والمقالات التي يختلفون فيها أكثر</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
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
        <translation>ابحث في كل المقالات والتعليقات التوضيحية</translation>
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
        <translation>الاسم المحفوظ مع تعليقاتك التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Fact-check settings…</source>
        <translation>إعدادات تحقق من الأخبار…</translation>
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
        <translation>تصدير التعليقات التوضيحية…</translation>
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
        <translation>اعرض الطبقة التالية: مقاطع الجميع، ثم مقاطعك، ثم مقاطع كل زميل، ثم المدقَّقة (وكذلك خانة الطبقة بجانب دليل الوسوم، Alt+L)</translation>
    </message>
    <message>
        <source>Show another annotator&apos;s layer</source>
        <translation>عرض طبقة معلِّق آخر</translation>
    </message>
    <message>
        <source>Side &amp;panels</source>
        <translation>اللوحات الجانبية</translation>
    </message>
    <message>
        <source>Show or hide the article list and the annotation panel</source>
        <translation>أظهر قائمة المقالات ولوحة التعليقات التوضيحية أو أخفها</translation>
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
        <translation>انقل التركيز: المقالات ← النص ← التعليقات التوضيحية ← البحث</translation>
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
        <translation>وسم: %1</translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation>اوسم التحديد بـ«%1»</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>وسم «%1» بوصفه %2</translation>
    </message>
    <message>
        <source>Tag %1 matches as %2</source>
        <translation>وسم %1 من النتائج بوصفها %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Re-tag “%1” as %2</source>
        <translation>إعادة وسم «%1» بوصفه %2</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>ملاحظة على «%1»</translation>
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
        <translation>تعديل الوسم %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>إضافة الوسم %1</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>حذف الوسم %1</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>تعديل بيانات المقال</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The clipboard holds no text: copy an article&apos;s text (or a part of a web page) first.</source>
        <translation>لا تحوي الحافظة نصًّا: انسخ نص مقال (أو جزءًا من صفحة ويب) أولًا.</translation>
    </message>
    <message>
        <source>The clipboard does not hold text (it contains control characters); nothing was imported.</source>
        <translation>ما في الحافظة ليس نصًّا (فيه محارف تحكّم)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>--excel only applies to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--excel only applies to CSV (for Excel itself, use --format xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s web address must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web address was given.</source>
        <translation>لم يُكتب أي رابط.</translation>
    </message>
    <message>
        <source>A tag needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key is one letter or digit (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished">لا بد للمقال من عنوان.</translation>
    </message>
    <message>
        <source>Authors must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link must join two existing annotations of the same article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be re-tagged as itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1: only web addresses (http:// or https://) can be opened; &apos;%2:&apos; addresses are not.</source>
        <translation>لا يُفتح إلا روابط الويب (http:// أو https://)، والروابط التي تبدأ بـ ⁨%2:⁩ ليست منها.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: only web addresses (http:// or https://) can be opened; this is not.</source>
        <translation>هذا ليس رابط ويب: لا يُفتح إلا ما يبدأ بـ http:// أو https://.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the port in this address is not a number.</source>
        <translation>رقم المنفذ في هذا الرابط ليس عددًا.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: this address names no site.</source>
        <translation>لا يتضمن هذا الرابط اسم موقع.
⁨%1⁩</translation>
    </message>
    <message>
        <source>No web address was given.</source>
        <translation>لم يُكتب أي رابط.</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a web page; download it and import the file.</source>
        <translation>يؤدي هذا الرابط إلى مستند PDF لا إلى صفحة ويب؛ نزّله ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is a file of type %2, not a web page; download it and import the file.</source>
        <translation>يؤدي هذا الرابط إلى ملف من نوع ⁨%2⁩ لا إلى صفحة ويب؛ نزّله ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site sends the browser on to %2; only web addresses (http:// or https://) can be opened.</source>
        <translation>يحيل الموقع إلى ⁨%2⁩، ولا يُفتح إلا روابط الويب (http:// أو https://).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — check the address.</source>
        <translation>ردّ الموقع بالرمز %2 — تحقّق من الرابط.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the page needs a login or refuses automatic readers; save it from the browser and import the file.</source>
        <translation>ردّ الموقع بالرمز %2 — الصفحة تتطلب تسجيل الدخول أو ترفض القراءة الآلية؛ احفظها من المتصفح ثم استورد الملف.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the site has a problem; try again later.</source>
        <translation>ردّ الموقع بالرمز %2 — في الموقع عطل؛ أعد المحاولة لاحقًا.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the site answered %2%3 — the page was not sent.</source>
        <translation>ردّ الموقع بالرمز %2 — ولم يُرسل الصفحة.
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the page is larger than %2 MB; pages that large are refused.</source>
        <translation>حجم الصفحة أكبر من %2 ميغابايت؛ لا تُقبل الصفحات بهذا الحجم.
⁨%1⁩</translation>
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
        <source>%1: the site &apos;%2&apos; could not be found — check the address, or whether this computer is online.</source>
        <translation>تعذّر العثور على الموقع ⁨%2⁩ — تحقّق من الرابط، أو من اتصال هذا الحاسوب بالإنترنت.
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
        <source>%1: the page could not be fetched (%2).</source>
        <translation>تعذّر جلب الصفحة (⁨%2⁩).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is not a usable web address (%2).</source>
        <translation>هذا الرابط غير صالح (⁨%2⁩).
⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: no article text was found in this page (only menus or links).</source>
        <translation>لم يُعثر على نص مقال في هذه الصفحة (فيها قوائم أو روابط فقط).
⁨%1⁩</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy an article&apos;s text (or a part of a web page) first.</source>
        <translation>لا تحوي الحافظة نصًّا: انسخ نص مقال (أو جزءًا من صفحة ويب) أولًا.</translation>
    </message>
    <message>
        <source>The clipboard does not hold text (it contains control characters); nothing was imported.</source>
        <translation>ما في الحافظة ليس نصًّا (فيه محارف تحكّم)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 million characters; that is not an article.</source>
        <translation>تحوي الحافظة أكثر من %1 مليون محرف؛ وهذا ليس مقالًا.</translation>
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
        <translation>CSV لـ Excel / LibreOffice (مع BOM وتعطيل الصيغ؛ قد يُفقد شيء)</translation>
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
        <translation>JSON بصيغة annotator.v1 (كامل: النص والتعليقات التوضيحية والروابط؛ يعيد «ملف ← استيراد» قراءته)</translation>
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
