"""A young person's record in a window of its own: personal data, ESF+ background, course and journal.

Ctrl+S saves, Ctrl+N adds a journal note, F5 reloads, Ctrl+W closes. Everything loads and saves in the
background. A save that meets someone else's saved changes opens the conflict dialog; nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.participant_rules import PersonalData
from neo_desktop.services.journal import Timeline
from neo_desktop.services.participant_views import ConsentView, ParticipantRecord, check_record_eligibility
from neo_desktop.services.participants import RecordChoices

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..icons import app_icon
from ..labels import label
from .background_form import BackgroundForm
from .calls import ParticipantServices, run_call
from .conflict_dialog import ConflictDialog
from .course_dialogs import ConsentDialog, FollowupDialog, StatusDialog
from .course_panel import CoursePanel
from .journal_panel import JournalPanel
from .note_dialog import NoteDialog
from .notes import open_note_dialog
from .personal_form import PersonalForm
from .texts import value_text
from .widgets import FieldMessage


class ParticipantWindow(QMainWindow):
    """One young person's record."""

    def __init__(self, services: ParticipantServices, context: UiContext, participant_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.context = context
        self.participant_id = participant_id
        self.record: ParticipantRecord | None = None
        self.dirty = False
        self.saving = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(app_icon())

        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice = FieldMessage()
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.personal = PersonalForm()
        self.background = BackgroundForm()
        self.course = CoursePanel()
        self.journal = JournalPanel()
        self.tabs = QTabWidget()
        for widget in (self._scrolled(self.personal), self._scrolled(self.background), self.course, self.journal):
            self.tabs.addTab(widget, "")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.note_action = self._action(QKeySequence.StandardKey.New, self.add_note)
        self.reload_action = self._action(QKeySequence(Qt.Key.Key_F5), self.reload)
        self.close_action = self._action(QKeySequence.StandardKey.Close, self.close)
        self.save_button.clicked.connect(self.save)
        for form in (self.personal, self.background):
            form.changed.connect(self._on_edited)
        self.course.status_requested.connect(self.change_status)
        self.course.assign_requested.connect(self.assign)
        self.course.consent_requested.connect(self.add_consent)
        self.course.withdraw_requested.connect(self.withdraw_consent)
        self.course.followup_requested.connect(self.record_followup)
        self.journal.add_requested.connect(self.add_note)
        context.changes.changed.connect(self._on_change)
        self.resize(980, 720)
        self.retranslate_ui()
        self.reload()
        run_call(context, services.records.choices, parent=self, name="record choices", on_result=self._on_choices)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Load the record and its journal again (unsaved edits are kept only if the user wants)."""
        if self.dirty and not self._confirm_discard():
            return
        run_call(self.context, lambda: self.services.records.open(self.participant_id), parent=self,
                 name="open record", on_result=self._show_record)
        self.reload_journal()

    def reload_journal(self) -> None:
        """Load the timeline again."""
        run_call(self.context, lambda: self.services.journal.timeline(self.participant_id), parent=self,
                 name="journal", on_result=self._show_timeline)

    def _show_record(self, record: ParticipantRecord) -> None:
        self.record = record
        self.personal.set_data(record.data)
        self.background.set_data(record.data)
        self.course.set_record(record)
        for form in (self.personal, self.background):
            form.setEnabled(record.can_edit)
        self._set_dirty(False)
        self.notice.clear_message()
        self._update_header()

    def _show_timeline(self, timeline: Timeline) -> None:
        self.journal.set_timeline(timeline)

    def _on_choices(self, choices: RecordChoices) -> None:
        self.choices = choices
        self.course.set_choices(choices)
        if self.record is not None:
            self.course.set_record(self.record)

    # ----------------------------------------------------------------------------------------- editing

    def form_data(self) -> PersonalData:
        """What the forms hold now."""
        return self.background.merged_into(self.personal.data())

    def _on_edited(self) -> None:
        self._set_dirty(True)
        if self.record is not None:
            self.course.show_eligibility(check_record_eligibility(self.record.eligibility_rules, self.form_data(),
                                                                  date.today()))

    def save(self) -> None:
        """Check the forms and save in the background."""
        if self.record is None or self.saving or not self.record.can_edit:
            return
        for index, form in ((0, self.personal), (1, self.background)):
            failing = form.check_all()
            if failing:
                self.tabs.setCurrentIndex(index)
                form.fields[failing].widget.setFocus()
                self.notice.show_error(self.tr("Correct the marked field before saving."))
                return
        self._save(self.record, self.form_data())

    def _save(self, seen: ParticipantRecord, data: PersonalData) -> None:
        self.saving = True
        self.notice.show_warning(self.tr("Saving…"))
        run_call(self.context, lambda: self.services.records.update(seen, data), parent=self, name="save record",
                 on_result=self._saved, on_refused=self._refused,
                 on_conflict=lambda _error: self._resolve_conflict(seen, data))

    def _saved(self, record: ParticipantRecord) -> None:
        self.saving = False
        self._show_record(record)
        self.notice.show_warning(self.tr("Saved."))
        self.context.changes.announce(ChangeKind.PARTICIPANT, [record.id], initiator=self)

    def _refused(self, error: ValidationError) -> None:
        self.saving = False
        self.notice.show_error(self.tr("The record was not saved."))
        for index, form in ((0, self.personal), (1, self.background)):
            if form.show_validation_error(error):
                self.tabs.setCurrentIndex(index)
                return
        self.context.errors.report(error, self)

    def _resolve_conflict(self, seen: ParticipantRecord, mine: PersonalData) -> None:
        """Load what is stored now and let the user choose, field by field."""
        def show(theirs: ParticipantRecord) -> None:
            self.saving = False
            dialog = ConflictDialog(seen.data, mine, theirs.data, parent=self)
            self.conflict_dialog = dialog
            dialog.accepted.connect(lambda: self._save(theirs, dialog.resolved()))
            dialog.rejected.connect(lambda: self.notice.show_error(self.tr(
                "Not saved: someone else saved this record meanwhile. Your changes are still in the form.")))
            dialog.open()

        run_call(self.context, lambda: self.services.records.open(self.participant_id, purpose="resolve conflict"),
                 parent=self, name="reload for conflict", on_result=show)

    # ----------------------------------------------------------------------------------------- course

    def change_status(self, status: ParticipantStatus) -> StatusDialog | None:
        """Ask for the details of a status change, then save it."""
        if self.record is None:
            return None
        dialog = StatusDialog(status, self)

        def submit() -> None:
            change = dialog.change()  # read the widgets here, on the GUI thread
            self._course_call(dialog, lambda record: self.services.records.change_status(record.id, record.version,
                                                                                        change))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def assign(self, caseworker_id: int | None, coordinator_id: int | None, reason: str) -> None:
        """Save a new caseworker or coordinator."""
        if self.record is None:
            return
        record = self.record

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFoundError):  # handed on to someone else: no longer the user's to see
                self.context.changes.announce(ChangeKind.PARTICIPANT, [record.id], initiator=self)
                self.dirty = False
                self.close()
            elif isinstance(error, ConflictError):
                self._stale()
            else:
                self.context.errors.report(error, self)

        self.context.tasks.run(lambda _p, _c: self.services.records.assign(
            record.id, record.version, caseworker_id=caseworker_id, coordinator_id=coordinator_id, reason=reason),
            name="assign", on_result=self._course_saved, on_error=failed)

    def add_consent(self) -> ConsentDialog | None:
        """Record a consent."""
        if self.record is None:
            return None
        dialog = ConsentDialog(getattr(self, "choices", RecordChoices((), (), (), ())).organisations, self)

        def submit() -> None:
            consent = dialog.consent()
            if consent is not None:
                self._course_call(dialog, lambda record: self.services.records.add_consent(record.id, consent))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def withdraw_consent(self, consent: ConsentView) -> None:
        """Record that a consent was withdrawn today."""
        if self.record is None:
            return
        record = self.record
        run_call(self.context, lambda: self.services.records.withdraw_consent(record.id, consent.id, consent.version),
                 parent=self, name="withdraw consent", on_result=self._course_saved,
                 on_conflict=lambda _e: self._stale())

    def record_followup(self) -> FollowupDialog | None:
        """Record the six-month follow-up."""
        if self.record is None:
            return None
        dialog = FollowupDialog(self)

        def submit() -> None:
            done_on, outcome, improved = dialog.done_on.value(), dialog.outcome.value(), dialog.improved.isChecked()
            if done_on is None or outcome is None:
                return
            self._course_call(dialog, lambda record: self.services.records.record_followup(
                record.id, record.version, done_on=done_on, outcome=outcome, improved_situation=improved))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def _course_call(self, dialog: StatusDialog | ConsentDialog | FollowupDialog,
                     call: Callable[[ParticipantRecord], ParticipantRecord]) -> None:
        record = self.record
        if record is None:
            return

        def done(saved: ParticipantRecord) -> None:
            dialog.accept()
            self._course_saved(saved)

        run_call(self.context, lambda: call(record), parent=dialog, name="course", on_result=done,
                 on_refused=dialog.show_error, on_conflict=lambda _e: (dialog.reject(), self._stale()))

    def _course_saved(self, record: ParticipantRecord) -> None:
        if self.dirty:  # keep what is being typed; take the rest of the new record
            self.record = record
            self.course.set_record(record)
            self._update_header()
        else:
            self._show_record(record)
        self.reload_journal()
        self.context.changes.announce(ChangeKind.PARTICIPANT, [record.id], initiator=self)

    def _stale(self) -> None:
        self.notice.show_error(self.tr("Someone else changed this record meanwhile. It has been loaded again; "
                                       "please make your change once more."))
        if not self.dirty:
            self.reload()

    # ---------------------------------------------------------------------------------------- journal

    def add_note(self) -> NoteDialog | None:
        """Write a note or a contact in the journal (Ctrl+N)."""
        if self.record is None:
            return None
        return open_note_dialog(self.services, self.context, self.record.id, self.record.name, self,
                                on_saved=self.reload_journal)

    # -------------------------------------------------------------------------------------- the window

    def _on_change(self, change: Change) -> None:
        if change.initiator is self or change.kind is not ChangeKind.PARTICIPANT:
            return
        if change.ids and self.participant_id not in change.ids:
            return
        if self.dirty:
            self.notice.show_warning(self.tr("This record was changed elsewhere. When you save, you will see what "
                                             "changed and choose what to keep."))
        else:
            self.reload()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty and bool(self.record and self.record.can_edit))
        self._update_header()

    def _update_header(self) -> None:
        record = self.record
        if record is None:
            self.setWindowTitle(self.tr("Participant – NEO Desktop"))
            return
        self.name_label.setText(record.name)
        worker = record.caseworker.name if record.caseworker else self.tr("no caseworker")
        self.summary_label.setText(" · ".join((record.masked_identity_number or self.tr("no identity number"),
                                               label(record.status), f"{record.project.code}", worker,
                                               self.tr("last contact {date}").format(
                                                   date=value_text(record.last_contact_on)))))
        mark = "* " if self.dirty else ""
        self.setWindowTitle(f"{mark}{record.name} – NEO Desktop")

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The record has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._confirm_discard():
            event.ignore()
            return
        self.dirty = False
        super().closeEvent(event)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        for index, text in enumerate((self.tr("&Personal data"), self.tr("&Background (ESF+)"), self.tr("C&ourse"),
                                      self.tr("&Journal"))):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
