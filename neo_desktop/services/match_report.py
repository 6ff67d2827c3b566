"""Matchmaking as plain English lines, for the command line (``python main.py match``)."""

from __future__ import annotations

from datetime import date

from neo_desktop.db.engine import Database
from neo_desktop.domain.matching import Match, age_on
from neo_desktop.domain.organisation import Language
from neo_desktop.reports.employer_network_xlsx import value_label

from .matchmaking import MatchmakingService, RankedCandidates, RankedOpenings, Suggestion
from .permissions import AREA_ROLES, Area
from .user import command_line_user

INDENT = " " * 9


def command_line_matchmaker(database: Database, os_user: str) -> MatchmakingService:
    """The matchmaking service for the command line's actor (logged as ``cli:<os_user>``)."""
    return MatchmakingService(database, command_line_user(os_user, AREA_ROLES[Area.PARTICIPANTS]))


def _reasons(result: Match) -> list[str]:
    return [f"{INDENT}{reason.text}" for reason in result.reasons]


def _opening_line(number: int, suggestion: Suggestion) -> str:
    opening = suggestion.opening
    where = f", {opening.municipality}" if opening.municipality else ""
    score = "  –" if suggestion.match.excluded else f"{suggestion.match.score:3d}"
    answered = f"  [proposal: {suggestion.proposal_status.value}]" if suggestion.proposal_status else ""
    return (f"{number:3d}. {score}  {opening.title} — {opening.employer_name}{where} "
            f"(opening {opening.opening_id}, {value_label(opening.placement_type, Language.EN)}){answered}")


def print_openings(ranked: RankedOpenings, today: date | None = None) -> list[str]:
    """The ranked openings of one participant, each with its reasons (then the ruled-out ones, briefly)."""
    person = ranked.participant
    age = f", {age_on(person.birth_date, today or date.today())} years" if person.birth_date else ""
    lines = [f"Openings for participant {person.participant_id} ({person.name}{age}, "
             f"{person.municipality or 'municipality unknown'}): {ranked.considered:,} open openings considered, "
             f"{len(ranked.suggestions)} shown.",
             "Score 0–100; ✓ counts for the match, ✗ against it.", ""]
    if not ranked.suggestions:
        lines.append("No open opening fits: every one is ruled out by a requirement or distance.")
    for number, suggestion in enumerate(ranked.suggestions, start=1):
        lines.append(_opening_line(number, suggestion))
        lines += _reasons(suggestion.match)
    if ranked.excluded:
        lines += ["", f"Ruled out (the first {len(ranked.excluded)}):"]
        for suggestion in ranked.excluded:
            why = "; ".join(reason.text for reason in suggestion.match.exclusions)
            lines.append(f"  - {suggestion.opening.title} — {suggestion.opening.employer_name}: {why}")
    return lines


def print_candidates(ranked: RankedCandidates, today: date | None = None) -> list[str]:
    """The ranked candidates for one opening, each with its reasons."""
    opening = ranked.opening
    lines = [f"Candidates for opening {opening.opening_id} ({opening.title} — {opening.employer_name}): "
             f"{ranked.considered:,} young people looked at after the hard requirements, "
             f"{len(ranked.suggestions)} shown.", "Score 0–100; ✓ counts for the match, ✗ against it.", ""]
    for number, suggestion in enumerate(ranked.suggestions, start=1):
        person = suggestion.participant
        age = f", {age_on(person.birth_date, today or date.today())} years" if person.birth_date else ""
        lines.append(f"{number:3d}. {suggestion.match.score:3d}  {person.name} (participant {person.participant_id}"
                     f"{age}, {person.municipality or 'municipality unknown'})")
        lines += _reasons(suggestion.match)
    if not ranked.suggestions:
        lines.append("Nobody fits: everyone you may see is ruled out by a requirement, age or distance.")
    if ranked.excluded:
        lines += ["", f"Ruled out (the first {len(ranked.excluded)}):"]
        for suggestion in ranked.excluded:
            why = "; ".join(reason.text for reason in suggestion.match.exclusions)
            lines.append(f"  - {suggestion.participant.name} (participant {suggestion.participant.participant_id}): "
                         f"{why}")
    return lines
