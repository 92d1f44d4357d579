"""Edit → Fact-check settings: who publishes the reviews, and the verdicts to choose from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from ..core.errors import StoreError
from ..core.factcheck import FactCheckSettings, checked
from ..core.model import Tag
from .dialogs import FormDialog
from .directional import DirectionalPlainTextEdit
from .i18n import translated


class FactCheckDialog(FormDialog):
    """The desk's fact-check settings, kept in the database (every member exports the same markup)."""

    def __init__(self, current: FactCheckSettings, source_tags: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FactCheckDialog", "Fact-check settings"), parent)
        self.setObjectName("factCheckDialog")
        self._known = {t.name for t in source_tags}
        self.organisation = QLineEdit(current.organisation)
        self.organisation.setPlaceholderText(self.tr("e.g. مسبار"))
        self.organisation.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.url = QLineEdit(current.organisation_url)
        self.url.setPlaceholderText(self.tr("https://… (where your fact checks are published)"))
        self.verdicts = DirectionalPlainTextEdit()  # Arabic verdicts run right to left
        self.verdicts.setObjectName("verdictsEditor")
        self.verdicts.setPlainText("\n".join(current.verdicts))
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
        return FactCheckSettings(self.organisation.text(), self.url.text(), self.verdicts.toPlainText().split("\n"),
                                 tags)

    def problem(self) -> str | None:
        try:
            checked(self.values(), self._known)
        except StoreError as exc:
            return translated(exc)
        return None
