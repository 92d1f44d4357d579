"""Annotate → Agreement between annotators: the figures, the articles by disagreement, Enter opens one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from annotator.core.model import Article, Relation, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from annotator.ui.app import application, open_window
from tests.core.test_curation import build_desk
from tests.ui.conftest import CTRL, SHIFT, press

AGREED = "قال المتحدث إن الطريق مفتوح أمام المدنيين في الحسكة."


def _spans(store: Store, article: Article, who: str, spans: list[tuple[str, str]]) -> list:
    made = []
    for tag, needle in spans:
        start = article.text.index(needle)
        made.append(store.add_annotation(make_annotation(article, tag, start, start + len(needle), annotator=who)))
    return made


@pytest.fixture
def desk(qtbot, db_path: Path):
    with Store.open(db_path) as store:
        ensure_seeded(store)
        [summary] = store.articles()
        sample = store.get_article(summary.id)
        calm = store.add_article(Article(title="بيان متفق عليه", text=AGREED))
        for who, quote in (("Rana", "لدينا أكثر من 12 ألف جهادي"),
                           ("سام", "لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش")):
            q, s = _spans(store, sample, who, [("quote", quote), ("speaker", "مصطفى بالي")])
            store.add_relation(Relation(sample.id, q.id, s.id))
            _spans(store, calm, who, [("location", "الحسكة")])
    application()
    QSettings().clear()
    store = Store.open(db_path)
    window = open_window(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, sample.id, calm.id
    window.close()
    store.close()


def test_the_dialog_shows_the_figures_and_opens_the_most_disputed_article(desk, qtbot) -> None:
    window, sample_id, calm_id = desk
    window.open_article(calm_id)
    window.view.setFocus()
    press(window.view, Qt.Key.Key_G, "", CTRL | SHIFT)
    dialog = window.dialog
    assert dialog.objectName() == "agreementDialog"
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    corpus = dialog.corpus
    rows = {corpus.item(r, 1).text(): [corpus.item(r, c).text() for c in range(corpus.columnCount())]
            for r in range(corpus.rowCount())}
    # quote: no exact match, one overlap; speaker and location identical; the quote's source agreed.
    assert rows["quote"][2:4] == ["0.00", "1.00"] and rows["speaker"][2:5] == ["1.00", "1.00", "1.00"]
    assert rows["location"][2:4] == ["1.00", "1.00"] and rows["who said it"][5:7] == ["1.00", "1"]
    articles = dialog.articles
    assert articles.rowCount() == 2
    assert articles.item(0, 0).data(Qt.ItemDataRole.UserRole) == sample_id  # most disagreement first
    assert float(articles.item(0, 1).text()) > float(articles.item(1, 1).text()) == 0.0
    assert "2 annotators" in dialog.summary.text()
    dialog.grab().save("/tmp/agreement_dialog.png")
    press(articles, Qt.Key.Key_Return)  # Enter on the current (first) row opens it
    assert window.doc.article.id == sample_id


def test_one_annotator_is_told_how_to_get_a_second(window, qtbot) -> None:
    press(window.view, Qt.Key.Key_G, "", CTRL | SHIFT)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.report is not None or "needs" in dialog.summary.text(), timeout=20_000)
    assert "needs two annotators" in dialog.summary.text() and dialog.articles.rowCount() == 0


_IN_THE_APP = """
import sys, time
from annotator import numpy_gate
numpy_gate.keep_out()  # as the real entry point does: the window runs without numpy until it is needed
from annotator.ui.app import application, open_window
from annotator.core.store import Store
app = application()
window = open_window(Store.open(sys.argv[1]))
window.show()
window.show_agreement()
dialog = window.dialog
for _ in range(1000):
    app.processEvents()
    if dialog.report is not None or dialog.busy.isHidden():
        break
    time.sleep(0.02)
print(dialog.corpus.rowCount(), dialog.articles.rowCount())
"""


def test_the_dialog_works_in_the_app_where_numpy_is_kept_out(desk, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.ui.test_process import PROJECT_ROOT, offscreen_env

    window, _sample, _calm = desk
    result = subprocess.run([sys.executable, "-c", _IN_THE_APP, str(window.store.path)], cwd=PROJECT_ROOT,
                            env=offscreen_env(), capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert result.stdout.decode().split()[-2:] == ["4", "2"]  # quote, speaker, location, attribution; 2 articles


def test_no_figure_is_a_negative_zero(arabic, qtbot) -> None:
    """An alpha of -0.001 is shown as 0.00 (٠٫٠٠ in Arabic), never "-0.00": rounded, then written."""
    from annotator.ui.agreement_dialog import _Figure
    from annotator.ui.i18n import number

    zero = f"{number(0)}{QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt).decimalPoint()}{number(0)}{number(0)}"
    assert zero == "٠٫٠٠"
    for value in (-0.0, -0.001, -0.0049, 0.0, 0.004):
        assert _Figure(value).text() == zero, value
    assert "-" in _Figure(-0.006).text()  # a real negative keeps its sign
    assert _Figure(-0.001).value < 0  # and sorts as what it is
    with Store.open(arabic.store.path) as store:  # هدى's and Omar's work: their alpha rounds to zero from below
        build_desk(store)
    arabic.refresh_from_database()
    press(arabic.view, Qt.Key.Key_G, "", CTRL | SHIFT)
    dialog = arabic.dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    cells = [dialog.corpus.item(r, c).text() for r in range(dialog.corpus.rowCount())
             for c in range(dialog.corpus.columnCount()) if dialog.corpus.item(r, c) is not None]
    assert not [c for c in cells if c.lstrip("\u061c\u200e\u200f").startswith("-" + number(0) + "٫")], cells
    dialog.close()
