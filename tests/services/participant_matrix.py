"""Arguments for the role × action matrix: the caseload, participant record, journal, network group and
referral-import actions (issue 3). Any values that get past the role check will do."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from neo_desktop.domain.meeting import AttendanceStatus
from neo_desktop.domain.participant import ExitOutcome, JournalKind, ParticipantStatus
from neo_desktop.domain.participant_rules import PersonalData, StatusChange
from neo_desktop.services.caseload import CaseloadQuery
from neo_desktop.services.journal import EntryInput
from neo_desktop.services.participants import ConsentInput

MISSING = 999_999
SEEN = SimpleNamespace(id=MISSING, version=1)
PERSON = PersonalData("Matrix", "Testesen")
MISSING_FILE = Path(tempfile.gettempdir()) / "matrix-no-such-referrals.csv"

PARTICIPANT_ARGUMENTS: dict[str, dict[str, Any]] = {
    "CaseloadService.page": {"query": CaseloadQuery()},
    "CaseloadService.reassign": {"participant_ids": [MISSING], "caseworker_id": MISSING, "reason": "matrix"},
    "CaseloadService.export": {"query": CaseloadQuery(), "path": Path(tempfile.gettempdir()) / "matrix.xlsx",
                               "columns": [str(n) for n in range(10)]},
    "ParticipantService.open": {"participant_id": MISSING},
    "ParticipantService.create": {"project_id": MISSING, "data": PERSON},
    "ParticipantService.update": {"seen": SEEN, "data": PERSON},
    "ParticipantService.change_status": {"participant_id": MISSING, "seen_version": 1,
                                         "change": StatusChange(ParticipantStatus.INTAKE)},
    "ParticipantService.assign": {"participant_id": MISSING, "seen_version": 1, "caseworker_id": None,
                                  "coordinator_id": None},
    "ParticipantService.add_consent": {"participant_id": MISSING,
                                       "consent": ConsentInput(MISSING, "Plan", date(2026, 1, 5))},
    "ParticipantService.withdraw_consent": {"participant_id": MISSING, "consent_id": MISSING, "seen_version": 1},
    "ParticipantService.record_followup": {"participant_id": MISSING, "seen_version": 1, "done_on": date(2026, 1, 5),
                                           "outcome": ExitOutcome.EMPLOYMENT, "improved_situation": True},
    "JournalService.timeline": {"participant_id": MISSING},
    "JournalService.add_entry": {"participant_id": MISSING, "entry": EntryInput(JournalKind.NOTE, "Matrix")},
    "NetworkGroupService.sheet": {"group_id": MISSING},
    "NetworkGroupService.new_session": {"group_id": MISSING, "starts_at": datetime(2026, 1, 5, 13, tzinfo=UTC),
                                        "title": "Matrix"},
    "NetworkGroupService.record_attendance": {"meeting_id": MISSING, "seen_version": 1,
                                              "statuses": {MISSING: AttendanceStatus.ATTENDED}},
    "ReferralImportService.read": {"path": MISSING_FILE},
    "ReferralImportService.check": {"path": MISSING_FILE, "project_code": "MATRIX"},
    "ReferralImportService.run": {"path": MISSING_FILE, "project_code": "MATRIX"},
}
