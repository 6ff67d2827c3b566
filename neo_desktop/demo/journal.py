"""Journal entries: each participant's timeline from referral to the latest contact (or exit).

Every timeline has its fixed entries (referral, assignment, status changes, plan, placements); the rest are
contacts and notes spread over the participant's time in the project, in proportion to how long it is, so
that the total matches ``journal_entries_per_participant`` on average. The last contact of a participant who
is still in a course is their ``last_contact_on``, so the newest entries are near today.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from functools import cache

from neo_desktop.db.models import JournalEntry
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ContactChannel, JournalKind, ParticipantStatus

from .catalogue import PLACEMENT_LABELS
from .context import ParticipantRecord, Weighted, World, local_to_utc
from .texts import (
    ASSIGNMENT_BODY,
    ASSIGNMENT_SUBJECT,
    BODY_SENTENCES,
    CONTACT_SUBJECTS,
    NOTE_SUBJECTS,
    PLACEMENT_SUBJECT,
    PLAN_SUBJECT,
    REFERRAL_BODY,
    SENSITIVE_SENTENCES,
    STATUS_SUBJECT,
    STATUS_WORDS,
)
from .writer import BulkWriter

S, J = ParticipantStatus, JournalKind
_CHANNEL = Weighted(tuple(ContactChannel), (35, 30, 12, 15, 8))
_BODIES_PER_COUNTRY = 400
# (days after referral, kind, channel, subject, body, sensitive, placement_id, plan_id, author is the caseworker)
_Entry = tuple[int, JournalKind, ContactChannel | None, str, str | None, bool, int | None, int | None, bool]
# Times of day in five-minute steps from 08:00 to 15:55, as offsets from local midnight.
_WORKING_HOURS = tuple(timedelta(minutes=minute) for minute in range(8 * 60, 16 * 60, 5))


def write_journal(world: World, writer: BulkWriter) -> None:
    """Write every participant's journal."""
    to_db = writer.value_converter(JournalEntry.__table__.c.occurred_at)
    writer.insert_tuples(JournalEntry.__table__, COLUMNS, _entries(world, to_db))


def _bodies(rng: random.Random, sentences: tuple[str, ...]) -> tuple[str, ...]:
    # Pre-made bodies of one to three sentences: picking one is far cheaper than joining per row.
    return tuple(" ".join(rng.sample(sentences, rng.randint(1, 3))) for _ in range(_BODIES_PER_COUNTRY))


COLUMNS = ("id", "organisation_id", "project_id", "participant_id", "kind", "channel", "occurred_at", "author_id",
           "subject", "body", "sensitive", "placement_id", "plan_id")


def _entries(world: World, to_db: Callable[[datetime], object]) -> Iterator[tuple[object, ...]]:
    rng, today = world.rng, world.today
    random_ = rng.random
    bodies = {country: _bodies(rng, sentences) for country, sentences in BODY_SENTENCES.items()}
    org_names = {org.id: org.name for org in world.organisations}
    people = world.participants
    fixed = [_fixed(world, person, org_names) for person in people]
    # The latest entry falls on the exit or the last contact: days since referral.
    spans = [((person.exited_on or person.last_contact_on or today) - person.referred_on).days for person in people]
    target = round(world.size.journal_entries_per_participant * len(people))
    extra_total = max(0, target - sum(len(entries) for entries in fixed))
    scale = extra_total / max(1, sum(span + 14 for span in spans))
    entry_id = carry = 0
    extra_left = extra_total
    for index, (person, timeline, span) in enumerate(zip(people, fixed, spans, strict=True)):
        # Carry the fractions along, so that the total comes out exactly (the last one takes what is left).
        wanted = (span + 14) * scale + carry
        extras = extra_left if index == len(people) - 1 else min(extra_left, int(wanted))
        carry, extra_left = wanted - extras, extra_left - extras
        country = person.country
        contact_subjects, note_subjects = CONTACT_SUBJECTS[country], NOTE_SUBJECTS[country]
        country_bodies, sensitive_bodies = bodies[country], SENSITIVE_SENTENCES[country]
        for number in range(extras):
            # The newest extra entry is the latest contact itself; the others fall anywhere in the course.
            offset = span if number == 0 else int(random_() * (span + 1))
            if number == 0 or random_() < 0.65:
                channel = _CHANNEL(rng)
                entry: _Entry = (offset, J.CONTACT, channel, rng.choice(contact_subjects[channel]),
                                 rng.choice(country_bodies), False, None, None, random_() < 0.75)
            else:
                sensitive = random_() < 0.1
                entry = (offset, J.NOTE, None, rng.choice(note_subjects),
                         rng.choice(sensitive_bodies if sensitive else country_bodies), sensitive, None, None,
                         random_() < 0.75)
            timeline.append(entry)
        timeline.sort(key=_by_offset)
        organisation_id, project_id, participant_id = person.organisation_id, person.project.id, person.id
        caseworker_id, coordinator_id = person.caseworker.id, person.coordinator.id
        referred = person.referred_on.toordinal()
        for offset, kind, channel, subject, body, sensitive, placement_id, plan_id, by_caseworker in timeline:
            entry_id += 1
            occurred_at = to_db(_midnight_utc(referred + offset) + _WORKING_HOURS[int(random_() * len(_WORKING_HOURS))])
            yield (entry_id, organisation_id, project_id, participant_id, kind, channel, occurred_at,
                   caseworker_id if by_caseworker else coordinator_id, subject, body, sensitive, placement_id,
                   plan_id)


def _by_offset(entry: _Entry) -> int:
    return entry[0]


@cache
def _midnight_utc(ordinal: int) -> datetime:
    """Local midnight of the day with this ordinal, in UTC (cached: a few hundred days serve every timeline)."""
    return local_to_utc(date.fromordinal(ordinal), 0)


def _fixed(world: World, person: ParticipantRecord, org_names: dict[int, str]) -> list[_Entry]:
    """The entries every timeline has: referral, assignment, status changes, plan and placements."""
    rng, today, country = world.rng, world.today, person.country
    words, subject = STATUS_WORDS[country], STATUS_SUBJECT[country]
    referred = person.referred_on

    def status_change(day: date, status: ParticipantStatus, body: str | None = None) -> _Entry:
        """A status change entry on ``day``."""
        return ((day - referred).days, J.STATUS_CHANGE, None, subject.format(status=words[status]), body, False,
                None, None, True)

    entries = [
        status_change(referred, S.REFERRED,
                      REFERRAL_BODY[country].format(organisation=org_names[person.referred_by_id])),
        (0, J.ASSIGNMENT, None, ASSIGNMENT_SUBJECT[country],
         ASSIGNMENT_BODY[country].format(name=person.caseworker.full_name), False, None, None, True),
    ]
    if person.enrolled_on is not None:
        entries.append(status_change(person.enrolled_on, S.INTAKE if person.status is S.INTAKE else S.ACTIVE))
        if person.plan_id is not None:
            day = min(person.enrolled_on + timedelta(days=rng.randint(3, 14)), person.exited_on or today)
            entries.append(((day - referred).days, J.PLAN_CHANGE, None, PLAN_SUBJECT[country], None, False, None,
                            person.plan_id, True))
    label_index = 1 if country is Country.DK else 2
    for placement in person.placements:
        body = f"{placement.employer.name}: {PLACEMENT_LABELS[placement.placement_type][label_index]}"
        entries.append(((min(placement.starts_on, today) - referred).days, J.PLACEMENT, None,
                        PLACEMENT_SUBJECT[country], body, False, placement.id, None, True))
    if person.status is S.PAUSED and person.last_contact_on is not None:
        entries.append(status_change(person.last_contact_on, S.PAUSED))
    if person.exited_on is not None:
        entries.append(status_change(person.exited_on, person.status))
    return entries
