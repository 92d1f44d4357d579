"""File → Open link…: the address of a news page, then a busy bar with Cancel while it is fetched."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.fetch import limits
from .i18n import fill, number


class OpenLinkDialog(QDialog):
    """Asks for a web address; while the page is fetched it shows a busy bar, and Cancel stops it.

    The dialog follows the interface's direction (right to left in Arabic);
    the address itself is always laid out left to right, as addresses are
    written, whatever the interface.  ``openRequested(text)`` is emitted by
    Open; the window fetches and calls :meth:`set_busy` / :meth:`set_idle`.
    """

    openRequested = Signal(str)

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openLinkDialog")
        self.setWindowTitle(self.tr("Open link"))
        self.setMinimumWidth(560)
        prompt = QLabel(self.tr("Address of a news page:"))
        self.field = QLineEdit(url)
        self.field.setObjectName("linkField")
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # https://… reads left to right everywhere
        self.field.setPlaceholderText("https://")
        self.field.setClearButtonEnabled(True)
        self.field.selectAll()
        prompt.setBuddy(self.field)
        seconds, size = limits()
        self.hint = QLabel(fill(self.tr("The page's article is imported with its title, authors, date and site, "
                                        "and the address is kept with it. At most %1 seconds and %2 MB."),
                                number(round(seconds, 1)), number(round(size / 2**20, 1))))
        self.hint.setObjectName("linkHint")
        self.hint.setWordWrap(True)
        self.state = QLabel("")
        self.state.setObjectName("linkState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar()
        self.busy.setObjectName("linkBusy")
        self.busy.setRange(0, 0)  # no percentage is known: a moving bar
        self.busy.setTextVisible(False)
        for busy_part in (self.state, self.busy):  # hidden until busy, their room kept: nothing jumps
            policy = busy_part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            busy_part.setSizePolicy(policy)
            busy_part.hide()
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("linkOpen")
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("linkCancel")
        self.buttons.accepted.connect(self._open)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.field, self.hint, self.state, self.busy):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._changed(url)

    @property
    def text(self) -> str:
        return self.field.text().strip()

    def _changed(self, _text: str) -> None:
        self.open_button.setEnabled(bool(self.text) and not self.busy.isVisible())

    def _open(self) -> None:
        if self.text and not self.busy.isVisible():
            self.openRequested.emit(self.text)

    def set_busy(self, where: str) -> None:
        """The page is being fetched: the address is locked, a moving bar shows, Cancel stops it."""
        self.state.setText(fill(self.tr("Fetching %1…"), where))
        self.state.show()
        self.busy.show()
        self.field.setReadOnly(True)
        self.open_button.setEnabled(False)
        self.cancel_button.setFocus()

    def set_idle(self) -> None:
        """Back to asking (after a failure): the address can be corrected and opened again."""
        for busy_part in (self.state, self.busy):  # hidden until busy, their room kept: nothing jumps
            policy = busy_part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            busy_part.setSizePolicy(policy)
            busy_part.hide()
        self.field.setReadOnly(False)
        self._changed(self.field.text())
        self.field.setFocus()
        self.field.selectAll()
