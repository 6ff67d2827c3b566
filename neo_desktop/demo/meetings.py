"""Groups of every kind with members, and their meetings: attendance, agenda, minutes, decisions, actions.

Past meetings are held with approved minutes except the most recent, whose minutes are still a draft; future
meetings are planned with an agenda. Open actions carry into the group's next agenda.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from neo_desktop.db.models import ActionItem, AgendaItem, Decision, Group, GroupMember, Meeting, MeetingAttendee
from neo_desktop.domain.meeting import (
    ActionStatus,
    AttendanceStatus,
    GroupKind,
    MeetingStatus,
    MinutesStatus,
)
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.organisation import OrganisationKind as K

from .context import OrgRecord, ProjectRecord, World, between, local_to_utc, quota, weighted, workday
from .meeting_texts import (
    ACTIONS,
    AGENDAS,
    CARRIED,
    DECISIONS,
    GROUP_NAMES,
    GUESTS,
    LOCATIONS,
    MEETING_TITLES,
    MINUTES,
)
from .meetings_members import Directory, Member, members_for
from .writer import BulkWriter, Row

G = GroupKind
_CADENCE_DAYS = {G.STEERING_REGIONAL: 75, G.STEERING_LOCAL: 90, G.WORKING: 30, G.COMPANY_NETWORK: 65,
                 G.YOUTH_NETWORK: 7}
_HOUR = {G.STEERING_REGIONAL: 10, G.STEERING_LOCAL: 13, G.WORKING: 9, G.COMPANY_NETWORK: 16, G.YOUTH_NETWORK: 14}
# The fewest meetings a group gets when the budget allows: a steering group needs approved minutes, a draft
# and an upcoming meeting for the secretary's work to show; a youth network group a few weeks of attendance
# (the caseload's "attendance dropping" warning looks at the last three sessions).
_MINIMUM = {G.STEERING_REGIONAL: 3, G.STEERING_LOCAL: 2, G.COMPANY_NETWORK: 2, G.WORKING: 1, G.YOUTH_NETWORK: 7}
TOWNS_PER_MEETINGS = 60  # one town with local groups for every 60 meetings (two Danish, one Swedish at least)


@dataclass
class GroupRecord:
    """A group being made, with its members."""

    id: int
    kind: GroupKind
    project: ProjectRecord
    host: OrgRecord  # the lead for project-wide groups, the town's jobcentre or Navigator centre for local ones
    town: str | None
    members: list[Member] = field(default_factory=list)


def write_groups_and_meetings(world: World, writer: BulkWriter) -> None:
    """Write groups, members, meetings and everything in them."""
    groups = _groups(world)
    member_rows: list[Row] = []
    for group in groups:
        for member in group.members:
            member.id = len(member_rows) + 1
            member_rows.append({"id": member.id, "group_id": group.id, "project_id": group.project.id, **member.row})
    writer.insert(Group.__table__, [
        {"id": g.id, "name": GROUP_NAMES[g.project.country][g.kind].format(town=g.town), "kind": g.kind.value,
         "project_id": g.project.id, "organisation_id": g.host.id, "municipality": g.town, "active": True}
        for g in groups
    ])
    writer.insert(GroupMember.__table__, member_rows)
    _Meetings(world, writer).write(groups)


def _groups(world: World) -> list[GroupRecord]:
    directory = Directory.of(world)
    groups: list[GroupRecord] = []
    for project in world.projects:
        least = 2 if project.country is Country.DK else 1  # Viborg and Silkeborg each have their own groups
        towns = project.municipalities[: max(least, world.size.meetings // TOWNS_PER_MEETINGS)]
        jobcentres = {org.municipality.name: org for org in project.partners_of(K.JOBCENTRE) if org.municipality}
        kinds: list[tuple[GroupKind, str | None]] = [(G.STEERING_REGIONAL, None), (G.COMPANY_NETWORK, None)]
        for town in towns:
            kinds += [(G.STEERING_LOCAL, town.name), (G.WORKING, town.name), (G.YOUTH_NETWORK, town.name)]
        for kind, town in kinds:
            host = jobcentres.get(town or "", project.lead)
            group = GroupRecord(len(groups) + 1, kind, project, host, town)
            group.members = members_for(world, directory, group.kind, project, town)
            groups.append(group)
    return groups


class _Meetings:
    """Makes the meetings of all groups, sharing the meeting budget by how often each kind meets."""

    def __init__(self, world: World, writer: BulkWriter) -> None:
        self.world, self.writer = world, writer
        self.meetings: list[Row] = []
        self.attendees: list[Row] = []
        self.agenda: list[Row] = []
        self.decisions: list[Row] = []
        self.actions: list[Row] = []
        self.carried: list[Row] = []

    def write(self, groups: list[GroupRecord]) -> None:
        """Share the meeting budget (minimums first, the rest by how often each kind meets) and write."""
        budget = self.world.size.meetings
        counts = [_MINIMUM[group.kind] for group in groups]
        if sum(counts) > budget:  # a tiny budget: by frequency alone
            counts = [0] * len(groups)
        if budget > sum(counts):
            shares = {index: 365 / _CADENCE_DAYS[group.kind] for index, group in enumerate(groups)}
            for index in quota(self.world.rng, budget - sum(counts), shares):
                counts[index] += 1
        for group, count in zip(groups, counts, strict=True):
            if count:
                self._group_meetings(group, count)
        self.writer.insert(Meeting.__table__, self.meetings)
        self.writer.insert(MeetingAttendee.__table__, self.attendees)
        self.writer.insert(AgendaItem.__table__, self.agenda)
        self.writer.insert(Decision.__table__, self.decisions)
        self.writer.insert(ActionItem.__table__, self.actions)
        # Agenda items and actions point at each other, so the carried-over links are set afterwards.
        self.writer.update(AgendaItem.__table__, "id", self.carried)

    def _dates(self, group: GroupRecord, count: int) -> tuple[list[date], list[date]]:
        """``count`` distinct working days: most in the past, about one in ten (at least one) ahead."""
        rng, today = self.world.rng, self.world.today
        future = 0 if count == 1 else max(1, count // 10)
        past = count - future
        # Meet less often than usual rather than before the project started.
        cadence = min(_CADENCE_DAYS[group.kind], max(2, (today - group.project.starts_on).days // max(1, past)))
        jitter = cadence // 5
        past_days: list[date] = []
        for n in range(past):
            day = workday(today - timedelta(days=cadence * n + rng.randint(0, jitter) + 1), forward=False)
            past_days.append(min(day, workday((past_days[-1] if past_days else today) - timedelta(days=1),
                                              forward=False)))
        future_days: list[date] = []
        for n in range(1, future + 1):
            day = workday(today + timedelta(days=cadence * n - rng.randint(0, jitter)))
            future_days.append(max(day, workday((future_days[-1] if future_days else today) + timedelta(days=1))))
        return past_days[::-1], future_days

    def _group_meetings(self, group: GroupRecord, count: int) -> None:
        rng, today = self.world.rng, self.world.today
        country = group.project.country
        past, future = self._dates(group, count)
        open_actions: list[Row] = []
        secretary = group.project.secretary
        days = past + future
        for index, day in enumerate(days):
            meeting_id = len(self.meetings) + 1
            held = day < today
            cancelled = held and index < len(past) - 1 and rng.random() < 0.03
            most_recent = index == len(past) - 1
            approved = held and not cancelled and not most_recent
            next_day = days[index + 1] if index + 1 < len(days) else today
            title = MEETING_TITLES[country][group.kind].format(week=day.isocalendar().week)
            starts_at = local_to_utc(day, _HOUR[group.kind])
            self.meetings.append({
                "id": meeting_id, "group_id": group.id, "project_id": group.project.id, "title": title,
                "starts_at": starts_at,
                "ends_at": starts_at + timedelta(minutes=90 if group.kind is G.YOUTH_NETWORK else 120),
                "location": LOCATIONS[country].format(host=group.host.name, room=rng.randint(1, 6)),
                "online_link": f"https://meet.example.org/{group.project.code.lower()}-{meeting_id}"
                if rng.random() < 0.3 else None,
                "language": "da" if country is Country.DK else "sv",
                "status": (MeetingStatus.CANCELLED if cancelled else MeetingStatus.HELD if held
                           else MeetingStatus.PLANNED).value,
                "minutes_status": (MinutesStatus.APPROVED if approved else MinutesStatus.DRAFT).value,
                "minutes_approved_on": min(next_day, today) if approved else None,
                "minutes_approved_by_id": secretary.id if approved and secretary else None,
            })
            if group.kind is G.COMPANY_NETWORK and held and not cancelled:
                self.world.network_meetings.setdefault(group.project.id, []).append((meeting_id, day))
            self._attendance(group, meeting_id, day, held and not cancelled)
            carried_from = [action for action in open_actions if action["status"] == ActionStatus.OPEN.value]
            items = self._agenda(group, meeting_id, held and not cancelled, carried_from)
            if held and not cancelled:
                open_actions = self._outcomes(group, meeting_id, day, items, most_recent, next_day)
            elif not held:
                open_actions = []

    def _attendance(self, group: GroupRecord, meeting_id: int, day: date, held: bool) -> None:
        rng = self.world.rng
        youth = group.kind is G.YOUTH_NETWORK
        for member in group.members:
            if (member.joined_on and member.joined_on > day) or (member.left_on and member.left_on < day):
                continue
            status = AttendanceStatus.INVITED
            if held:
                status = weighted(rng, (AttendanceStatus.ATTENDED, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT),
                                  (70, 12, 18) if youth else (80, 15, 5))
            self.attendees.append({"id": len(self.attendees) + 1, "meeting_id": meeting_id,
                                   "project_id": group.project.id, "member_id": member.id, "guest_name": None,
                                   "status": status.value})
        if held and not youth and rng.random() < 0.15:
            self.attendees.append({"id": len(self.attendees) + 1, "meeting_id": meeting_id,
                                   "project_id": group.project.id, "member_id": None,
                                   "guest_name": GUESTS[group.project.country],
                                   "status": AttendanceStatus.ATTENDED.value})

    def _agenda(self, group: GroupRecord, meeting_id: int, held: bool, carried: list[Row]) -> list[Row]:
        rng = self.world.rng
        country, project = group.project.country, group.project
        template = AGENDAS[country][group.kind]
        chosen = list(template[:2]) + sorted(rng.sample(template[2:], min(len(template) - 2, rng.randint(2, 4))),
                                             key=template.index)
        employers = [member.employer_id for member in group.members if member.employer_id] or [
            e.id for e in self.world.employers[:50] if e.project is project]
        target = project.target_ids.get("participants_enrolled")
        items: list[Row] = []
        for title, link in chosen:
            items.append(self._item(meeting_id, len(items), title, held, country,
                                    employer_id=rng.choice(employers) if link == "employer" and employers else None,
                                    target_id=target if link == "target" else None))
        for action in carried[:3]:
            item = self._item(meeting_id, len(items), CARRIED[country].format(title=action["title"]), held, country)
            items.append(item)
            self.carried.append({"b_id": item["id"], "carried_action_id": action["id"]})
        return items

    def _item(self, meeting_id: int, position: int, title: str, held: bool, country: Country, *,
              employer_id: int | None = None, target_id: int | None = None) -> Row:
        rng = self.world.rng
        row = {"id": len(self.agenda) + 1, "meeting_id": meeting_id, "position": position, "title": title,
               "presenter": None, "minutes_allotted": rng.choice((5, 10, 15, 20)), "description": None, "link": None,
               "employer_id": employer_id, "target_id": target_id, "carried_action_id": None,
               "minutes": rng.choice(MINUTES[country]) if held else None}
        self.agenda.append(row)
        return row

    def _outcomes(self, group: GroupRecord, meeting_id: int, day: date, items: list[Row], most_recent: bool,
                  next_day: date) -> list[Row]:
        """Decisions and action items of a held meeting; returns the actions (open ones carry over)."""
        rng, today = self.world.rng, self.world.today
        country = group.project.country
        if group.kind is not G.YOUTH_NETWORK:
            for _ in range(rng.randint(0, 2)):
                self.decisions.append({"id": len(self.decisions) + 1, "meeting_id": meeting_id,
                                       "agenda_item_id": rng.choice(items)["id"],
                                       "text": rng.choice(DECISIONS[country])})
        staff = [member for member in group.members if member.staff_id]
        actions = []
        for _ in range(rng.randint(0, 1 if group.kind is G.YOUTH_NETWORK else 3)):
            owner = rng.choice(staff) if staff else None
            due_on = day + timedelta(days=rng.randint(14, 60))
            status = ActionStatus.OPEN
            if not most_recent and rng.random() < 0.8:
                status = ActionStatus.DONE if rng.random() < 0.93 else ActionStatus.CANCELLED
            completed = between(rng, day, min(due_on, next_day, today)) if status is ActionStatus.DONE else None
            row = {"id": len(self.actions) + 1, "meeting_id": meeting_id, "agenda_item_id": rng.choice(items)["id"],
                   "title": rng.choice(ACTIONS[country]), "description": None,
                   "owner_name": owner.name if owner else None, "owner_staff_id": owner.staff_id if owner else None,
                   "owner_organisation_id": owner.organisation_id if owner else None, "due_on": due_on,
                   "status": status.value, "completed_on": completed, "employer_id": None,
                   "target_id": group.project.target_ids.get("participants_enrolled") if rng.random() < 0.2 else None}
            self.actions.append(row)
            actions.append(row)
        return actions

