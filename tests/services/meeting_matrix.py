"""The role matrix's arguments for the groups, meetings, targets, statistics and meeting-pack actions.

Imported by ``test_role_matrix.py`` into its ``ARGUMENTS``; each value is the keyword arguments that get a call
past the role check (the ids name nothing, so allowed roles get "not found").
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from neo_desktop.domain.meeting import ActionStatus, AttendanceStatus, GroupKind
from neo_desktop.services.meeting_views import (
    ActionInput,
    AgendaItemInput,
    DecisionInput,
    GroupInput,
    MeetingInput,
    MemberInput,
)

MISSING = 999_999
SEEN = SimpleNamespace(id=MISSING, version=1)
MEETING = MeetingInput("Styregruppemøde", datetime(2026, 12, 1, 9, tzinfo=UTC))
FOLDER = Path(tempfile.gettempdir())

MEETING_ARGUMENTS: dict[str, dict[str, Any]] = {
    "GroupService.group": {"group_id": MISSING},
    "GroupService.member_candidates": {"project_id": MISSING},
    "GroupService.save_group": {"data": GroupInput("Styregruppen", GroupKind.STEERING_LOCAL, MISSING, MISSING)},
    "GroupService.save_member": {"group_id": MISSING, "data": MemberInput(staff_id=MISSING)},
    "GroupService.end_membership": {"group_id": MISSING, "original": SEEN, "left_on": date(2026, 12, 31)},
    "MeetingService.meeting": {"meeting_id": MISSING},
    "MeetingService.open_actions": {"group_id": MISSING},
    "MeetingService.create_meeting": {"group_id": MISSING, "data": MEETING},
    "MeetingService.update_meeting": {"original": SEEN, "data": MEETING},
    "MeetingService.set_attendance": {"meeting_id": MISSING, "statuses": {MISSING: AttendanceStatus.ATTENDED}},
    "MeetingService.add_guest": {"meeting_id": MISSING, "name": "Gæst"},
    "MeetingService.save_agenda_item": {"meeting_id": MISSING, "data": AgendaItemInput("Punkt")},
    "MeetingService.remove_agenda_item": {"meeting_id": MISSING, "original": SEEN},
    "MeetingService.move_agenda_item": {"meeting_id": MISSING, "original": SEEN, "offset": 1},
    "MeetingService.record_minutes": {"meeting_id": MISSING, "original": SEEN, "minutes": "Referat"},
    "MeetingService.carry_over_actions": {"meeting_id": MISSING},
    "MeetingService.save_decision": {"meeting_id": MISSING, "data": DecisionInput("Beslutning")},
    "MeetingService.remove_decision": {"meeting_id": MISSING, "original": SEEN},
    "MeetingService.save_action": {"meeting_id": MISSING, "data": ActionInput("Opfølgning")},
    "MeetingService.set_action_status": {"original": SEEN, "status": ActionStatus.DONE},
    "MeetingService.send_minutes_for_review": {"original": SEEN},
    "MeetingService.return_minutes_to_draft": {"original": SEEN},
    "MeetingService.approve_minutes": {"original": SEEN},
    "StatisticsService.statistics": {"project_id": MISSING},
    "TargetService.progress": {"project_id": MISSING},
    "MeetingPackService.document": {"meeting_id": MISSING},
    "MeetingPackService.export": {"meeting_id": MISSING, "pdf_path": FOLDER / "m.pdf", "xlsx_path": FOLDER / "m.xlsx"},
}
