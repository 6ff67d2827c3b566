"""Matchmaking both ways, explained: openings for a young person, candidates for an opening, and proposals.

The rules are the domain's (:mod:`neo_desktop.domain.matching`); this service reads the profiles, ranks, and
records what people decide: a proposal (with the score and the reasons as shown), the answer (accepted, or
declined with a reason), and an accepted proposal turned into a placement. Looking at a young person through
matchmaking is reading their personal data, so it is logged: the young person whose openings are ranked, and
every candidate shown for an opening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Employer, MatchProposal, Opening, Participant
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import ProposalStatus
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.matching import (
    Match,
    OpeningProfile,
    ParticipantProfile,
    match,
    prepare,
    rank_candidates,
    rank_openings,
)

from .access_log import record_for_user
from .editing import apply_changes
from .employer_views import clean
from .match_profiles import (
    candidate_rows,
    open_opening_profiles,
    opening_profiles,
    participant_profile,
    profiles_for,
    with_places_taken,
)
from .permissions import AREA_ROLES, Area, requires
from .placements import PlacementInput, PlacementView, add_placement, placement_view
from .scoping import load_participant, visible_participants
from .user import SignedInUser

PERSONAL = AREA_ROLES[Area.PARTICIPANTS]
EXCLUDED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This match is ruled out: {reasons}. It cannot be proposed.")
ALREADY_PROPOSED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This opening has already been proposed to the young person "
                                     "and is waiting for an answer.")
DECLINE_REASON_NEEDED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Say why the proposal was declined.")
NOT_AN_ANSWER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A proposal is answered with accepted, declined or withdrawn.")
ALREADY_ANSWERED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This proposal was already answered ({status}).")
NOT_ACCEPTED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Only an accepted proposal becomes a placement; this one is {status}.")
ALREADY_PLACED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This proposal has already become a placement.")
ANSWERS = (ProposalStatus.ACCEPTED, ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN)


@dataclass(frozen=True)
class Suggestion:
    """An opening ranked for a young person (or a young person for an opening) with the match and reasons."""

    opening: OpeningProfile
    participant: ParticipantProfile
    match: Match
    proposal_status: ProposalStatus | None  # the latest proposal of this pair, if there is one


@dataclass(frozen=True)
class RankedOpenings:
    """The openings for one young person: suggestions best first, then the ruled-out ones."""

    participant: ParticipantProfile
    suggestions: tuple[Suggestion, ...]
    excluded: tuple[Suggestion, ...]
    considered: int


@dataclass(frozen=True)
class RankedCandidates:
    """The candidates for one opening: best first, then those ruled out among the most promising."""

    opening: OpeningProfile
    suggestions: tuple[Suggestion, ...]
    excluded: tuple[Suggestion, ...]
    considered: int


@dataclass(frozen=True)
class ProposalView:
    """A proposed match as recorded: the score and reasons shown when it was made, and the answer."""

    id: int
    version: int
    participant_id: int
    participant_name: str
    opening_id: int
    opening_title: str
    employer_id: int
    employer_name: str
    score: float
    reasons: tuple[str, ...]
    status: ProposalStatus
    answered_at: datetime | None
    decline_reason: str | None
    placement_id: int | None


class MatchmakingService:
    """Matchmaking for the people who work with young people."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(PERSONAL, "use matchmaking")
    def openings_for(self, participant_id: int, *, hours_per_week: float | None = None, limit: int = 50,
                     excluded_limit: int = 50) -> RankedOpenings:
        """Every open opening ranked for the young person, with reasons (logged as a read of the young person)."""
        today = self._today()
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            profile = participant_profile(session, participant, hours_per_week)
            openings = open_opening_profiles(session, today, count_taken=False)
            ranked = rank_openings(profile, openings, today)
            fits, ruled_out = self._check_places(session, profile, ranked, limit, today)
            record_for_user(session, self._user, AccessAction.READ, participant_id=participant.id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="participant", record_id=participant.id, purpose="matchmaking")
            ruled_out = ruled_out[:excluded_limit]
            statuses = self._statuses(session, [participant.id], [o.opening_id for o, _ in fits + ruled_out])
        return RankedOpenings(
            profile, tuple(Suggestion(o, profile, m, statuses.get((participant.id, o.opening_id))) for o, m in fits),
            tuple(Suggestion(o, profile, m, statuses.get((participant.id, o.opening_id))) for o, m in ruled_out),
            len(ranked))

    @staticmethod
    def _check_places(session: Session, profile: ParticipantProfile, ranked: list[tuple[OpeningProfile, Match]],
                      limit: int, today: date) -> tuple[list[tuple[OpeningProfile, Match]],
                                                        list[tuple[OpeningProfile, Match]]]:
        """The best ``limit`` openings that still have a free place; the full ones join the ruled-out."""
        waiting = [pair for pair in ranked if not pair[1].excluded]
        ruled_out = [pair for pair in ranked if pair[1].excluded]
        fits: list[tuple[OpeningProfile, Match]] = []
        prepared = prepare(profile, today)
        while waiting and len(fits) < limit:
            batch, waiting = waiting[: 2 * limit], waiting[2 * limit:]
            for opening in with_places_taken(session, [o for o, _ in batch]):
                result = match(prepared, opening, today)  # the same, unless all places are taken
                (ruled_out if result.excluded else fits).append((opening, result))
        fits.sort(key=lambda pair: (-pair[1].score, pair[0].title.casefold(), pair[0].opening_id))
        ruled_out.sort(key=lambda pair: (pair[0].title.casefold(), pair[0].opening_id))
        return fits[:limit], ruled_out

    @requires(PERSONAL, "use matchmaking")
    def candidates_for(self, opening_id: int, *, limit: int = 50, excluded_limit: int = 20) -> RankedCandidates:
        """The young people the user may see, ranked for the opening; each one shown is logged as read."""
        today = self._today()
        with self._database.transaction() as session:
            opening = self._opening_profile(session, opening_id)
            rows = candidate_rows(session, self._user, opening, today)
            people = profiles_for(session, rows)
            ranked = rank_candidates(opening, people, today)
            fits = [(p, m) for p, m in ranked if not m.excluded][:limit]
            ruled_out = [(p, m) for p, m in ranked if m.excluded][:excluded_limit]
            shown = [p.participant_id for p, _ in fits + ruled_out]
            record_for_user(session, self._user, AccessAction.SEARCH, record_kind="opening", record_id=opening_id,
                            search_criterion=f"candidates for opening {opening_id}", purpose="matchmaking")
            scopes = dict(session.execute(select(Participant.id, Participant.organisation_id)
                                          .where(Participant.id.in_(shown))).all()) if shown else {}
            projects = dict(session.execute(select(Participant.id, Participant.project_id)
                                            .where(Participant.id.in_(shown))).all()) if shown else {}
            for person_id in shown:
                record_for_user(session, self._user, AccessAction.READ, participant_id=person_id,
                                organisation_id=scopes.get(person_id), project_id=projects.get(person_id),
                                record_kind="participant", record_id=person_id,
                                purpose=f"matchmaking: candidate for opening {opening_id}")
            statuses = self._statuses(session, shown, [opening_id])
        return RankedCandidates(
            opening,
            tuple(Suggestion(opening, p, m, statuses.get((p.participant_id, opening_id))) for p, m in fits),
            tuple(Suggestion(opening, p, m, statuses.get((p.participant_id, opening_id))) for p, m in ruled_out),
            len(rows))

    @requires(PERSONAL, "propose matches")
    def propose(self, participant_id: int, opening_id: int, *, hours_per_week: float | None = None) -> ProposalView:
        """Propose the opening to the young person; the score and reasons as they stand now are kept with it."""
        today = self._today()
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id, for_change=True)
            opening = self._opening_profile(session, opening_id)
            result = match(participant_profile(session, participant, hours_per_week), opening, today)
            if result.excluded:
                raise ValidationError(EXCLUDED, field="opening",
                                      reasons="; ".join(reason.text for reason in result.exclusions))
            waiting = session.scalar(select(MatchProposal.id).where(
                MatchProposal.participant_id == participant.id, MatchProposal.opening_id == opening_id,
                MatchProposal.status == ProposalStatus.PROPOSED))
            if waiting is not None:
                raise ValidationError(ALREADY_PROPOSED, field="opening")
            proposal = MatchProposal(participant_id=participant.id, opening_id=opening_id, score=result.score,
                                     reasons="\n".join(result.lines()), status=ProposalStatus.PROPOSED,
                                     proposed_by_id=self._user.staff_id, organisation_id=participant.organisation_id,
                                     project_id=participant.project_id)
            session.add(proposal)
            session.flush()
            self._log(session, AccessAction.CREATE, proposal, "propose match")
            return _proposal_view(session, proposal)

    @requires(PERSONAL, "see match proposals")
    def proposals(self, *, participant_id: int | None = None, opening_id: int | None = None) -> list[ProposalView]:
        """Proposals for a young person or an opening, newest first (only young people the user may see)."""
        query = (select(MatchProposal).join(Participant, Participant.id == MatchProposal.participant_id)
                 .order_by(MatchProposal.id.desc()).limit(500))
        with self._database.transaction() as session:
            query = query.where(visible_participants(session, self._user))
            if participant_id is not None:
                query = query.where(MatchProposal.participant_id == participant_id)
            if opening_id is not None:
                query = query.where(MatchProposal.opening_id == opening_id)
            proposals = session.scalars(query).all()
            for person_id in sorted({p.participant_id for p in proposals}):
                record_for_user(session, self._user, AccessAction.READ, participant_id=person_id,
                                record_kind="match_proposal", purpose="match proposals")
            return [_proposal_view(session, proposal) for proposal in proposals]

    @requires(PERSONAL, "answer match proposals")
    def answer(self, proposal_id: int, expected_version: int, status: ProposalStatus,
               decline_reason: str | None = None) -> ProposalView:
        """Record the answer: accepted, declined (with the reason, required) or withdrawn."""
        status = ProposalStatus(status)
        if status not in ANSWERS:
            raise ValidationError(NOT_AN_ANSWER, field="status")
        reason = clean(decline_reason, "decline_reason", 400)
        if status is ProposalStatus.DECLINED and not reason:
            raise ValidationError(DECLINE_REASON_NEEDED, field="decline_reason")
        with self._database.transaction() as session:
            proposal = self._proposal(session, proposal_id)
            if proposal.status is not ProposalStatus.PROPOSED and proposal.version == expected_version:
                raise ValidationError(ALREADY_ANSWERED, field="status", status=proposal.status.value)
            apply_changes(proposal, {"status": status, "decline_reason": reason if status is ProposalStatus.DECLINED
                                     else None}, expected_version, what="proposal")
            proposal.answered_at = datetime.now(UTC)
            self._log(session, AccessAction.UPDATE, proposal, f"match proposal {status.value}")
            return _proposal_view(session, proposal)

    @requires(PERSONAL, "record placements")
    def to_placement(self, proposal_id: int, expected_version: int, *, starts_on: date, ends_on: date | None = None,
                     hours_per_week: float | None = None, mentor_name: str | None = None,
                     note: str | None = None) -> PlacementView:
        """Turn an accepted proposal into a placement in its opening (the opening's type and company)."""
        with self._database.transaction() as session:
            proposal = self._proposal(session, proposal_id)
            apply_changes(proposal, {}, expected_version, what="proposal")
            if proposal.status is not ProposalStatus.ACCEPTED:
                raise ValidationError(NOT_ACCEPTED, field="status", status=proposal.status.value)
            if proposal.placement_id is not None:
                raise ValidationError(ALREADY_PLACED, field="status")
            opening = session.get(Opening, proposal.opening_id)
            if opening is None:
                raise NotFoundError(what="opening")
            placement = add_placement(session, self._user, PlacementInput(
                proposal.participant_id, opening.employer_id, opening.placement_type, starts_on, ends_on,
                hours_per_week if hours_per_week is not None else opening.hours_per_week, mentor_name, note,
                opening.id), self._today())
            proposal.placement_id = placement.id
            return placement_view(session, placement)

    # ---------------------------------------------------------------------------------------- internals

    @staticmethod
    def _opening_profile(session: Session, opening_id: int) -> OpeningProfile:
        found = opening_profiles(session, [Opening.id == opening_id])
        if not found:
            raise NotFoundError(what="opening")
        return found[0]

    @staticmethod
    def _statuses(session: Session, participant_ids: list[int],
                  opening_ids: list[int]) -> dict[tuple[int, int], ProposalStatus]:
        if not participant_ids or not opening_ids:
            return {}
        rows = session.execute(select(MatchProposal.participant_id, MatchProposal.opening_id, MatchProposal.status)
                               .where(MatchProposal.participant_id.in_(participant_ids),
                                      MatchProposal.opening_id.in_(opening_ids))
                               .order_by(MatchProposal.id)).all()
        return {(person, opening): status for person, opening, status in rows}  # the newest of each pair wins

    def _proposal(self, session: Session, proposal_id: int) -> MatchProposal:
        proposal = session.get(MatchProposal, proposal_id)
        if proposal is None:
            raise NotFoundError(what="proposal")
        load_participant(session, self._user, proposal.participant_id, for_change=True)
        return proposal

    def _log(self, session: Session, action: AccessAction, proposal: MatchProposal, purpose: str) -> None:
        record_for_user(session, self._user, action, participant_id=proposal.participant_id,
                        organisation_id=proposal.organisation_id, project_id=proposal.project_id,
                        record_kind="match_proposal", record_id=proposal.id, purpose=purpose)


def _proposal_view(session: Session, proposal: MatchProposal) -> ProposalView:
    session.flush()
    first, last = session.execute(select(Participant.first_name, Participant.last_name)
                                  .where(Participant.id == proposal.participant_id)).one()
    title, employer_id, employer = session.execute(
        select(Opening.title, Employer.id, Employer.name).join(Employer, Employer.id == Opening.employer_id)
        .where(Opening.id == proposal.opening_id)).one()
    return ProposalView(proposal.id, proposal.version, proposal.participant_id, f"{first} {last}", proposal.opening_id,
                        title, employer_id, employer, proposal.score, tuple((proposal.reasons or "").splitlines()),
                        proposal.status, proposal.answered_at, proposal.decline_reason, proposal.placement_id)
