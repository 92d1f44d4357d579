"""Edit → Fact-check settings: who publishes the reviews, and the verdicts to choose from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from ..core.errors import StoreError
from ..core.factcheck import DEFAULT_VERDICTS, FactCheckSettings, checked
from ..core.model import Tag
from .dialogs import FormDialog
from .directional import DirectionalPlainTextEdit, ltr, set_placeholder
from .i18n import fill, shown_verdict, translated


class FactCheckDialog(FormDialog):
    """The desk's fact-check settings, kept in the database (every member exports the same markup)."""

    def __init__(self, current: FactCheckSettings, source_tags: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FactCheckDialog", "Fact-check settings"), parent)
        self.setObjectName("factCheckDialog")
        self._known = {t.name for t in source_tags}
        self.organisation = QLineEdit(current.organisation)
        set_placeholder(self.organisation, self.tr("e.g. مسبار"))
        self.organisation.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.url = QLineEdit(current.organisation_url)
        # On the reading side, like the other fields' (the address typed in reads left to right).
        set_placeholder(self.url, fill(self.tr("%1 (where your fact checks are published)"), ltr("https://…")))
        # The default verdicts are shown in the interface's language, as the Verdict box shows them,
        # and stored (and exported) in English as ever: see values().
        self._stored = {shown_verdict(v): v for v in DEFAULT_VERDICTS}
        self.verdicts = DirectionalPlainTextEdit()  # Arabic verdicts run right to left
        self.verdicts.setObjectName("verdictsEditor")
        self.verdicts.setPlainText("\n".join(shown_verdict(v) for v in current.verdicts))
        self.verdicts.setTabChangesFocus(True)
        self.verdicts.setFixedHeight(110)
        self.organisations = QListWidget()
        self.organisations.setObjectName("organisationTags")
        self.organisations.setFixedHeight(80)
        for tag in source_tags:
            item = QListWidgetItem(tag.label)
            item.setData(Qt.ItemDataRole.UserRole, tag.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag.name in current.organisation_tags
                               else Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        self.add_rows((self.tr("&Organisation:"), self.organisation), (self.tr("&Web address:"), self.url),
                      (self.tr("&Verdicts (one per line):"), self.verdicts),
                      (self.tr("Sources that are &organisations:"), self.organisations))
        self.resize(560, self.sizeHint().height())

    def values(self) -> FactCheckSettings:
        """What the form says, untidied."""
        tags = [self.organisations.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.organisations.count())
                if self.organisations.item(n).checkState() == Qt.CheckState.Checked]
        verdicts = [self._stored.get(line.strip(), line) for line in self.verdicts.toPlainText().split("\n")]
        return FactCheckSettings(self.organisation.text(), self.url.text(), verdicts, tags)

    def problem(self) -> str | None:
        try:
            checked(self.values(), self._known)
        except StoreError as exc:
            return translated(exc)
        return None
