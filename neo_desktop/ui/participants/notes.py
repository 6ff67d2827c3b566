"""Writing in a journal from anywhere (the record window, the caseload list): the note dialog, saved in the
background; it closes when the entry is saved and stays open with the reason when it is refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..changes import ChangeKind
from ..context import UiContext
from .calls import ParticipantServices, run_call
from .note_dialog import NoteDialog


def open_note_dialog(services: ParticipantServices, context: UiContext, participant_id: int, name: str,
                     parent: QWidget, *, on_saved: Callable[[], None] | None = None) -> NoteDialog:
    """The note dialog for one young person; it saves in the background and closes when saved."""
    dialog = NoteDialog(name, parent)

    def saved(_entry: object) -> None:
        dialog.accept()
        context.changes.announce(ChangeKind.PARTICIPANT, [participant_id], initiator=dialog)
        if on_saved is not None:
            on_saved()

    def submit() -> None:
        entry = dialog.entry()  # read on the GUI thread
        run_call(context, lambda: services.journal.add_entry(participant_id, entry), parent=dialog,
                 name="add journal entry", on_result=saved, on_refused=dialog.show_error)

    dialog.submitted.connect(submit)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
