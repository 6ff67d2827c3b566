"""The plan editor's Print button (in the young person's language, or another) and its Status menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from neo_desktop.domain.organisation import Language
from neo_desktop.domain.plan import PlanStatus
from neo_desktop.domain.plan_rules import allowed_transitions
from neo_desktop.services.plan_views import PlanView

from . import printing
from .dialogs import ReviewDateDialog
from .wording import long_date

if TYPE_CHECKING:
    from .editor import PlanEditor

class EditorActions(QObject):
    """Printing and status changes of one editor."""

    printed = Signal(object)  # the Path of the PDF written

    def __init__(self, editor: PlanEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.print_action = QAction(editor)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda _checked=False: self.print_plan())
        editor.addAction(self.print_action)
        self.print_menu = QMenu(editor)
        self.language_actions: dict[Language, QAction] = {}
        for language in (Language.DA, Language.SV, Language.EN):
            action = self.print_menu.addAction("")
            action.triggered.connect(lambda _checked=False, language=language: self.print_plan(language))
            self.language_actions[language] = action
        self.print_menu.addSeparator()
        self.save_as_action = self.print_menu.addAction("")
        self.save_as_action.triggered.connect(lambda _checked=False: self.save_as())
        self.print_button = QToolButton()
        self.print_button.setDefaultAction(self.print_action)
        self.print_button.setMenu(self.print_menu)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.status_menu = QMenu(editor)
        self.review_action = self.status_menu.addAction("")
        self.review_action.triggered.connect(lambda _checked=False: self.set_status(PlanStatus.UNDER_REVIEW))
        self.agreed_action = self.status_menu.addAction("")
        self.agreed_action.triggered.connect(lambda _checked=False: self.set_status(PlanStatus.AGREED))
        self.review_date_action = self.status_menu.addAction("")
        self.review_date_action.triggered.connect(lambda _checked=False: self.change_review_date())
        self.status_menu.addSeparator()
        self.close_action = self.status_menu.addAction("")
        self.close_action.triggered.connect(lambda _checked=False: self.close_plan())
        self.status_button = QToolButton()
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_dialog: QFileDialog | None = None

    def buttons(self) -> list[QToolButton]:
        """The buttons for the editor's title row."""
        return [self.print_button, self.status_button]

    def update(self, plan: PlanView) -> None:
        """Enable what the plan's status allows."""
        allowed = allowed_transitions(plan.status)
        self.review_action.setEnabled(PlanStatus.UNDER_REVIEW in allowed)
        # Back to agreed only when the newest version still is the agreed one (nothing changed in the review).
        self.agreed_action.setEnabled(PlanStatus.AGREED in allowed and plan.revision.locked)
        self.close_action.setEnabled(PlanStatus.CLOSED in allowed)
        self.review_date_action.setEnabled(plan.status is not PlanStatus.CLOSED)
        self.retranslate_ui()

    # Status -----------------------------------------------------------------------------------------------------

    def set_status(self, status: PlanStatus) -> None:
        """Move the plan to ``status`` (the service checks the plan is still as the user saw it)."""
        plan, service = self.editor.plan, self.editor.service
        if plan is not None:
            self.editor.run_write(lambda: service.set_status(plan, status), name="plan status")

    def close_plan(self) -> QMessageBox | None:
        """Ask, then close the plan today."""
        plan = self.editor.plan
        if plan is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the plan"), self.tr(
            "Close {name}'s plan? A closed plan can still be read and printed, but not changed. Start a new plan if "
            "the young person needs one later.").format(name=plan.participant_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.editor)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Close the plan"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.set_status(PlanStatus.CLOSED))
        box.open()
        return box

    def change_review_date(self) -> ReviewDateDialog | None:
        """Open the dialog of the next review date."""
        editor = self.editor
        if editor.plan is None:
            return None
        return editor.open_dialog(ReviewDateDialog(editor.plan, editor.service, editor.context, today=editor.today,
                                                   parent=editor))

    # Printing ---------------------------------------------------------------------------------------------------

    def print_plan(self, language: Language | None = None) -> None:
        """Write the plan as a PDF (in the young person's language unless another is chosen) and open it."""
        plan = self.editor.plan
        if plan is None:
            return
        chosen = language or plan.preferred_language
        self.export_to(printing.print_folder() / printing.file_name(plan, chosen), chosen, open_after=True)

    def save_as(self) -> QFileDialog | None:
        """Ask where to save the PDF (in the young person's language)."""
        plan = self.editor.plan
        if plan is None:
            return None
        dialog = QFileDialog(self.editor, self.tr("Save the plan as PDF"),
                             str(Path.home() / printing.file_name(plan, plan.preferred_language)),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), plan.preferred_language,
                                                                open_after=False))
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path, language: Language, *, open_after: bool) -> None:
        """Write the PDF to ``path`` in the background (the export is logged), then open it or say where it is."""
        editor = self.editor
        plan_id, service = editor.plan_id, editor.service
        editor.context.tasks.run(
            lambda _p, _c: service.export_pdf(plan_id, path, language=language), name="print plan",
            progress_title=self.tr("Printing the plan…"), parent=editor.window(), cancellable=False,
            on_result=lambda chosen: self._printed(path, chosen, open_after), on_error=editor.write_failed)

    def _printed(self, path: Path, language: Language, open_after: bool) -> None:
        plan = self.editor.plan
        number = plan.revision.number if plan else 0
        if open_after and not printing.open_document(path):
            text = self.tr("Version {number} was printed in {language} to {path}, but no program to show PDF files "
                           "was found.")
        elif open_after:
            text = self.tr("Version {number} was printed in {language} and opened in your PDF viewer ({path}).")
        else:
            text = self.tr("Version {number} was saved in {language} as {path}.")
        self.editor.message.show_message("info", text.format(number=number, language=self.language_name(language),
                                                             path=str(path)))
        self.printed.emit(path)

    def language_name(self, language: Language) -> str:
        """The name of a language a plan can be printed in, in the program's language."""
        return {Language.DA: self.tr("Danish"), Language.SV: self.tr("Swedish"),
                Language.EN: self.tr("English")}[language]

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        plan = self.editor.plan
        language = plan.preferred_language if plan else None
        self.print_action.setText(self.tr("&Print plan") if language is None else self.tr(
            "&Print plan ({language})").format(language=self.language_name(language)))
        self.print_action.setToolTip(self.tr("Print the plan as a PDF in the young person's language (Ctrl+P)"))
        texts = {Language.DA: self.tr("Print in Danish"), Language.SV: self.tr("Print in Swedish"),
                 Language.EN: self.tr("Print in English")}
        for lang, action in self.language_actions.items():
            action.setText(texts[lang])
        self.save_as_action.setText(self.tr("&Save as PDF file…"))
        self.status_button.setText(self.tr("S&tatus"))
        self.review_action.setText(self.tr("Start a &review"))
        self.agreed_action.setText(self.tr("Back to &agreed (nothing changed)"))
        date_text = long_date(plan.review_on) if plan and plan.review_on else ""
        self.review_date_action.setText(self.tr("Review &date…") if not date_text else self.tr(
            "Review &date ({date})…").format(date=date_text))
        self.close_action.setText(self.tr("&Close the plan…"))
