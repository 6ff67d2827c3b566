"""The top of the caseload and participant views: title, one line of explanation, buttons and Refresh (F5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget


class AreaHeader(QWidget):
    """Title, explanation and the view's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("viewTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        refresh_button.setAutoRaise(True)
        refresh_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QHBoxLayout()  # the view's own buttons, on a line of their own under the explanation
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(refresh_button)
        button_row = QHBoxLayout()
        button_row.addLayout(self.buttons)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.explanation_label)
        layout.addLayout(button_row)

    def set_texts(self, title: str, explanation: str, refresh: str, refresh_tip: str) -> None:
        """The header's texts in the current language."""
        self.title_label.setText(title)
        self.explanation_label.setText(explanation)
        self.refresh_action.setText(refresh)
        self.refresh_action.setToolTip(refresh_tip)
