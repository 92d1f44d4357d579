<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers will be written with these digits the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a news page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s article is imported with its title, authors, date and site, and the address is kept with it. At most {0} seconds and {1} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag (whole words); Alt+drag (exact characters); double-click a word; Shift+arrows, Ctrl+Shift+arrows by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute the selected quote or claim to a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link quote to speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E / ث / F2 (Ctrl+Enter saves, Esc discards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete / Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next annotation or suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next annotation or suggestion in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous annotation or suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N / ى or Alt+Down  /  P / ح or Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous annotation or suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous annotation or suggestion in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion at the caret: its span, speaker and link (Enter in the text does too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y / غ or Enter (in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with another &amp;speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested quote at the caret with a speaker chosen in the link picker (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Y or Shift+Enter (in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggestion at the caret; it is not proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;quotes with a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggested quote that has a speaker (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curate this article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the annotators&apos; versions of this article side by side; accept, reject, or accept all they agree on, into a curated layer under your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement between annotators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1, alpha and attribution for every pair of annotators, and the articles where they disagree most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z  /  Ctrl+Shift+Z or Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article from clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new article from the copied text: a web page&apos;s article, or the text as it is (opened instead if it is already imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in this article (harakat and letter forms ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article and annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour, re-key tags and set their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name stored with your annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fact-check settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation, its web address and the verdicts claims can get (for ClaimReview export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, source, authors, date, URL, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, web pages, Word, or annotator JSON (also by dropping files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a news page by its web address: its article, title, authors, date and site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV, JSON, a workbook and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out / actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++ or Ctrl+=  /  Ctrl+-  /  Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text and interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drag selects whole words; hold Alt while dragging for exact characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline proposed quotes and speakers (nothing is stored until accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next layer: everyone&apos;s spans, yours, each colleague&apos;s, the curated ones (also the Layer box beside the legend, Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another annotator&apos;s layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the article list and the annotation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes made in another window or by the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus: articles → text → annotations → search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 / Shift+F6 (Tab moves between controls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <extracomment>The action works wherever the focus is. The action works only while the text or the annotation list has the focus, so a digit typed in a note or a search field never tags anything. The translation context of every text in the table (see :mod:`annotator.ui.action_texts`). how the F1 sheet names it and shows its keys, when that differs from the text and the shortcuts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
