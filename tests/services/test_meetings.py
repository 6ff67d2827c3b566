"""Groups and meetings: members, invitations, the agenda builder, minutes, decisions, actions carried over, and
the minutes workflow draft → in review → approved and locked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_fixtures import MEETING_DAY, MeetingWorld, at, make_meeting_world
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Group, GroupMember, Participant
from neo_desktop.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from neo_desktop.domain.meeting import ActionStatus, AttendanceStatus, GroupKind, MemberRole, MinutesStatus
from neo_desktop.domain.organisation import Language
from neo_desktop.services.meeting_groups import GroupService
from neo_desktop.services.meeting_views import (
    ActionInput,
    AgendaItemInput,
    DecisionInput,
    GroupInput,
    MeetingInput,
    MemberInput,
    MemberKind,
    wall_clock,
)
from neo_desktop.services.meetings import MeetingService


@pytest.fixture
def meeting_world(database: Database) -> MeetingWorld:
    """The world on SQLite and PostgreSQL (for the use cases whose SQL differs most)."""
    return make_meeting_world(database)


@pytest.fixture
def sqlite_world(sqlite_database: Database) -> MeetingWorld:
    """The world on SQLite only (the rest: the rules do not depend on the database)."""
    return make_meeting_world(sqlite_database)


def meetings(database: Database, world: MeetingWorld, *, as_user: str = "secretary") -> MeetingService:
    return MeetingService(database, getattr(world.world, as_user), today=lambda: TODAY)


def test_a_group_is_made_and_gets_members_in_their_roles(sqlite_database: Database, sqlite_world: MeetingWorld) -> None:
    service = GroupService(sqlite_database, sqlite_world.world.secretary)
    group = service.save_group(GroupInput("Arbejdsgruppen Viborg", GroupKind.WORKING, sqlite_world.project_id,
                                          sqlite_world.world.organisation_id, municipality=" Viborg "))
    assert (group.name, group.kind, group.municipality, group.project_code) == (
        "Arbejdsgruppen Viborg", GroupKind.WORKING, "Viborg", "NEO-1")
    group = service.save_member(group.id, MemberInput(MemberRole.CHAIR,
                                                      staff_id=sqlite_world.world.coordinator.staff_id))
    group = service.save_member(group.id, MemberInput(organisation_id=sqlite_world.ngo_id, name="Lise Lund",
                                                      email="lise@example.org"))
    group = service.save_member(group.id, MemberInput(MemberRole.OBSERVER, employer_id=sqlite_world.employer_id,
                                                      name="Kim Holm"))
    shown = [(m.kind, m.role, m.name, m.organisation_name) for m in group.members]
    assert shown == [(MemberKind.STAFF, MemberRole.CHAIR, "Ali Hassan", "Foreningen Ungekraft"),
                     (MemberKind.ORGANISATION, MemberRole.MEMBER, "Lise Lund", "Foreningen Ungebroen"),
                     (MemberKind.EMPLOYER, MemberRole.OBSERVER, "Kim Holm", "Viborg Auto ApS")]
    chair = group.members[0]
    group = service.end_membership(group.id, chair, date(2026, 12, 31))
    assert group.members[0].left_on == date(2026, 12, 31)
    with pytest.raises(ConflictError):
        service.end_membership(group.id, chair, date(2026, 12, 30))  # the version the user saw is stale


def test_a_member_is_exactly_one_person_or_company(sqlite_database: Database, sqlite_world: MeetingWorld) -> None:
    service = GroupService(sqlite_database, sqlite_world.world.secretary)
    for wrong in (MemberInput(), MemberInput(staff_id=sqlite_world.world.caseworker.staff_id,
                                             employer_id=sqlite_world.employer_id),
                  MemberInput(organisation_id=sqlite_world.ngo_id)):  # a representative needs a name
        with pytest.raises(ValidationError, match="one staff member, one company"):
            service.save_member(sqlite_world.group_id, wrong)
    with pytest.raises(ValidationError, match="needs a name"):
        service.save_group(GroupInput("  ", GroupKind.WORKING, sqlite_world.project_id,
                                      sqlite_world.world.organisation_id))


def test_young_people_in_a_youth_group_are_never_named(sqlite_database: Database, sqlite_world: MeetingWorld) -> None:
    with sqlite_database.transaction() as session:
        person = session.get(Participant, sqlite_world.world.participant_id)
        group = Group(name="Netværksgruppen", kind=GroupKind.YOUTH_NETWORK, project_id=sqlite_world.project_id,
                      organisation_id=sqlite_world.world.organisation_id,
                      members=[GroupMember(project_id=sqlite_world.project_id, participant_id=person.id)])
        session.add(group)
        session.flush()
        group_id = group.id
    group = GroupService(sqlite_database, sqlite_world.world.secretary).group(group_id)
    assert [(m.kind, m.name) for m in group.members] == [(MemberKind.PARTICIPANT, None)]
    assert "Søren" not in repr(group) and "Ågård" not in repr(group)


def test_a_new_meeting_invites_the_members_and_carries_the_open_actions(
        database: Database, meeting_world: MeetingWorld) -> None:
    service = meetings(database, meeting_world)
    held = service.meeting(meeting_world.meeting_id)
    held = service.save_action(held.id, ActionInput("Plan for rekruttering af unge",
                                                    owner_staff_id=meeting_world.world.caseworker.staff_id,
                                                    due_on=date(2026, 12, 4)))
    held = service.save_action(held.id, ActionInput("Kontakt til boligforeningen", owner_name="Lise Lund"))
    done = held.actions[1]
    service.set_action_status(done, ActionStatus.DONE, completed_on=date(2026, 11, 20))
    upcoming = service.create_meeting(meeting_world.group_id, MeetingInput(
        "Lokalt styregruppemøde", at(TODAY + timedelta(days=30)), language=Language.DA))
    assert {a.name for a in upcoming.attendees} == {"Mette Sørensen", "Birthe Holm", "Lise Lund", "Kim Holm"}
    assert {a.status for a in upcoming.attendees} == {AttendanceStatus.INVITED}
    carried = [item for item in upcoming.agenda if item.carried_action_id is not None]
    assert [item.title for item in carried] == ["Opfølgning: Plan for rekruttering af unge"]
    assert carried[0].description == "Åbent opfølgningspunkt (Mette Sørensen, 04.12.2026)"
    assert upcoming.previous_meeting_id == meeting_world.meeting_id
    # Items added later go before the follow-ups carried over to the end.
    upcoming = service.save_agenda_item(upcoming.id, AgendaItemInput("Godkendelse af dagsorden"))
    assert [i.title for i in upcoming.agenda] == ["Godkendelse af dagsorden",
                                                  "Opfølgning: Plan for rekruttering af unge"]
    # Carrying again adds nothing new; an action opened since is brought in.
    again = service.carry_over_actions(upcoming.id)
    assert len(again.agenda) == len(upcoming.agenda)
    service.save_action(held.id, ActionInput("Ny aftale med virksomheden"))
    again = service.carry_over_actions(upcoming.id)
    assert [i.title for i in again.agenda if i.carried_action_id] == [
        "Opfølgning: Plan for rekruttering af unge", "Opfølgning: Ny aftale med virksomheden"]


def test_the_agenda_builder_adds_moves_and_removes_items(sqlite_database: Database, sqlite_world: MeetingWorld) -> None:
    service = meetings(sqlite_database, sqlite_world)
    view = service.meeting(sqlite_world.meeting_id)
    for title, minutes in (("Godkendelse af dagsorden", 5), ("Status på indskrivning", 20), ("Eventuelt", 10)):
        view = service.save_agenda_item(view.id, AgendaItemInput(title, presenter="Mette", minutes_allotted=minutes,
                                                                 target_id=sqlite_world.enrolment_target_id))
    view = service.move_agenda_item(view.id, view.agenda[2], -1)
    assert [i.title for i in view.agenda] == ["Godkendelse af dagsorden", "Eventuelt", "Status på indskrivning"]
    assert [i.position for i in view.agenda] == [0, 1, 2]
    view = service.remove_agenda_item(view.id, view.agenda[0])
    assert [(i.title, i.position) for i in view.agenda] == [("Eventuelt", 0), ("Status på indskrivning", 1)]
    view = service.record_minutes(view.id, view.agenda[1], "Indskrivningen er bagud; se bilag.")
    assert view.agenda[1].minutes == "Indskrivningen er bagud; se bilag."
    with pytest.raises(ValidationError, match="between 1 and 480"):
        service.save_agenda_item(view.id, AgendaItemInput("Langt punkt", minutes_allotted=600))
    with pytest.raises(ConflictError):  # someone else's change in between
        service.record_minutes(view.id, view.agenda[0].__class__(**{**view.agenda[0].__dict__, "version": 0}), "x")


def test_minutes_go_draft_review_approved_and_are_then_locked(database: Database,
                                                                meeting_world: MeetingWorld) -> None:
    service = meetings(database, meeting_world)
    view = service.save_agenda_item(meeting_world.meeting_id, AgendaItemInput("Status"))
    view = service.save_decision(view.id, DecisionInput("Projektet søger forlængelse", view.agenda[0].id))
    view = service.save_action(view.id, ActionInput("Skriv ansøgningen", due_on=date(2026, 12, 15)))
    with pytest.raises(ValidationError, match="Only minutes that are out for review"):
        service.approve_minutes(view)
    view = service.send_minutes_for_review(view)
    assert view.minutes_status is MinutesStatus.IN_REVIEW and not view.editable
    with pytest.raises(ValidationError, match="out for review"):
        service.record_minutes(view.id, view.agenda[0], "Ændring under høring")
    view = service.return_minutes_to_draft(view)
    view = service.record_minutes(view.id, view.agenda[0], "Rettet efter kommentarer")
    with pytest.raises(ConflictError):  # approving what was sent before the last change
        service.approve_minutes(view.__class__(**{**view.__dict__, "version": view.version - 1}))
    view = service.approve_minutes(service.send_minutes_for_review(view))
    assert view.locked and view.minutes_approved_on == TODAY and view.minutes_approved_by == "Birthe Holm"
    for change in (lambda: service.record_minutes(view.id, view.agenda[0], "Efterrationalisering"),
                   lambda: service.save_decision(view.id, DecisionInput("Nyt beslutningspunkt")),
                   lambda: service.set_attendance(view.id, {view.attendees[0].id: AttendanceStatus.ABSENT}),
                   lambda: service.update_meeting(view, MeetingInput("Nyt navn", view.starts_at)),
                   lambda: service.return_minutes_to_draft(view)):
        with pytest.raises(ValidationError, match=r"approved on 23\.11\.2026 and are locked|Only minutes"):
            change()
    # Following up an action is not changing the minutes.
    action = service.set_action_status(view.actions[0], ActionStatus.DONE)
    assert action.status is ActionStatus.DONE and action.completed_on == TODAY


def test_minutes_of_a_meeting_still_ahead_cannot_go_for_review(sqlite_database: Database,
                                                                 sqlite_world: MeetingWorld) -> None:
    service = meetings(sqlite_database, sqlite_world)
    ahead = service.create_meeting(sqlite_world.group_id, MeetingInput("Næste møde", at(TODAY + timedelta(days=7))))
    with pytest.raises(ValidationError, match="once the meeting has taken place"):
        service.send_minutes_for_review(ahead)
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        service.update_meeting(ahead, MeetingInput("Næste møde", ahead.starts_at, ahead.starts_at - timedelta(hours=1)))


def test_attendance_and_guests_are_recorded(sqlite_database: Database, sqlite_world: MeetingWorld) -> None:
    service = meetings(sqlite_database, sqlite_world)
    view = service.meeting(sqlite_world.meeting_id)
    chair = next(a for a in view.attendees if a.role is MemberRole.CHAIR)
    view = service.set_attendance(view.id, {chair.id: AttendanceStatus.APOLOGIES})
    view = service.add_guest(view.id, "Ekstern oplægsholder")
    assert next(a for a in view.attendees if a.id == chair.id).status is AttendanceStatus.APOLOGIES
    guest = next(a for a in view.attendees if a.kind is None)
    assert (guest.name, guest.status) == ("Ekstern oplægsholder", AttendanceStatus.INVITED)
    with pytest.raises(NotFoundError):
        service.set_attendance(view.id, {999_999: AttendanceStatus.ATTENDED})


def test_caseworkers_read_meetings_but_do_not_change_them(sqlite_database: Database,
                                                          sqlite_world: MeetingWorld) -> None:
    service = meetings(sqlite_database, sqlite_world, as_user="caseworker")
    assert [m.id for m in service.meetings(sqlite_world.group_id)] == [sqlite_world.meeting_id]
    with pytest.raises(PermissionDeniedError):
        service.save_agenda_item(sqlite_world.meeting_id, AgendaItemInput("Punkt"))
    with pytest.raises(PermissionDeniedError):
        GroupService(sqlite_database, sqlite_world.world.caseworker).save_group(GroupInput(
            "Gruppe", GroupKind.WORKING, sqlite_world.project_id, sqlite_world.world.organisation_id))


def test_wall_clock_follows_danish_and_swedish_summer_time() -> None:
    assert wall_clock(at(date(2026, 11, 10), 9)).hour == 10  # CET
    assert wall_clock(at(date(2026, 6, 10), 9)).hour == 11  # CEST
    assert wall_clock(at(MEETING_DAY)).date() == MEETING_DAY
