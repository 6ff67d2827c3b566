"""The demo projects: period, funding, partners, targets with a quarterly planned curve, eligibility rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from neo_desktop.db.models import EligibilityRule, Project, ProjectPartner, ProjectTarget, TargetMilestone
from neo_desktop.domain.organisation import Country, OrganisationKind, PartnerRole, TargetKind

from .context import OrgRecord, ProjectRecord, World, add_months
from .places import Municipality
from .writer import BulkWriter, Row

K = OrganisationKind


@dataclass(frozen=True)
class ProjectSpec:
    """What differs between the two demo projects."""

    code: str
    name: str
    country: Country
    funding: str
    months_running: int  # how long before today it started
    months_total: int
    budget: Decimal
    currency: str
    description: str


MAIN = ProjectSpec(
    "NEO-MIDT", "NEO Midt – unge, boligområder og virksomheder", Country.DK,
    "Den Europæiske Socialfond Plus (ESF+) og Interreg Öresund-Kattegat-Skagerrak", 21, 48,
    Decimal("6480000.00"), "DKK",
    "NGO, erhvervsliv og det offentlige: unge ledige fra de almene boligområder i Viborg og Silkeborg får et "
    "individuelt, dynamisk kvalificeringsforløb med medansvar for egen plan. Foreningen er tovholder mellem den "
    "unge, virksomhederne og jobcentret. Mål: 120 i job eller praktik og 60 virksomheder.",
)
SWEDISH = ProjectSpec(
    "BUL-NAV", "Blekinges Unga Lyfter – Navigatorcentrum", Country.SE,
    "Europeiska socialfonden plus (ESF+)", 15, 38, Decimal("59868870.00"), "SEK",
    "En väg in, flera vägar ut: unga kvinnor och män får coachning, arbetsgivarkontakter och matchning mot "
    "praktik och arbete på fem lokala Navigatorcentrum. Ungdomsspanare marknadsför verksamheten.",
)

# (kind, share of the enrolment target, description); the NExTWORK pilot: half into job or education.
_MAIN_TARGETS = (
    (TargetKind.PARTICIPANTS_ENROLLED, 1.0, "Unge indskrevet i forløb"),
    (TargetKind.INTO_EMPLOYMENT, 0.5, "I job (ordinært, fleksjob eller få timer)"),
    (TargetKind.INTERNSHIPS_OR_APPRENTICESHIPS, 0.5, "I praktik-, lære- eller elevplads"),
    (TargetKind.INTO_EDUCATION, 0.25, "Videre i uddannelse"),
    (TargetKind.OTHER_HELP, 0.15, "Anden hjælp (behandling, psykiatri)"),
)
_SWEDISH_TARGETS = (
    (TargetKind.PARTICIPANTS_ENROLLED, 1.0, "Deltagare inskrivna"),
    (TargetKind.INTO_EMPLOYMENT_OR_EDUCATION, 0.45, "Till arbete eller studier"),
    (TargetKind.PLACEMENTS, 0.4, "Praktik eller arbete via arbetsgivarkontakt"),
)
_RULES = {
    Country.DK: ((16, 24, 3, "16–24 år og ledig i mindst 3 måneder"),
                 (25, 64, 12, "25–64 år og ledig i mindst 12 måneder")),
    Country.SE: ((16, 24, 3, "16–24 år och arbetslös minst 3 månader"),
                 (25, 64, 12, "25–64 år och arbetslös minst 12 månader")),
}


def _partner_role(project_country: Country, lead: OrgRecord, org: OrgRecord) -> PartnerRole:
    if org is lead:
        return PartnerRole.LEAD
    if org.country is not project_country or org.kind in (K.EMPLOYER, K.EDUCATION_PROVIDER):
        return PartnerRole.ASSOCIATED
    if org.kind in (K.PUBLIC_EMPLOYMENT_SERVICE, K.REGION):
        return PartnerRole.CO_FINANCER
    return PartnerRole.PARTNER


def _round_up(value: float, step: int) -> int:
    return max(step, -(-round(value) // step) * step)


def _curve(fraction: float, lag: float) -> float:
    # Smoothstep: intake starts slowly, peaks mid-project and tails off; outcomes lag behind intake.
    x = max(0.0, min(1.0, fraction)) ** lag
    return 3 * x * x - 2 * x * x * x


def write_projects(
    world: World, writer: BulkWriter, shares: tuple[int, int], places: tuple[tuple[Municipality, ...], ...],
    employers: tuple[int, int],
) -> None:
    """Write both projects with partners, targets, milestones and eligibility rules."""
    orgs = world.organisations
    danish = [org for org in orgs if org.country is Country.DK]
    swedish = [org for org in orgs if org.country is Country.SE]
    swedish_ngo = next(org for org in swedish if org.kind is K.NGO)
    first_of_month = world.today.replace(day=1)
    projects, partners, targets, milestones, rules = [], [], [], [], []
    specs = (
        (MAIN, danish[0], [*danish, swedish_ngo], _MAIN_TARGETS),
        (SWEDISH, swedish[0], swedish, _SWEDISH_TARGETS),
    )
    for index, (spec, lead, members, target_specs) in enumerate(specs):
        project_id = index + 1
        starts_on = add_months(first_of_month, -spec.months_running)
        ends_on = add_months(starts_on, spec.months_total) - timedelta(days=1)
        record = ProjectRecord(project_id, spec.code, spec.country, starts_on, ends_on, shares[index],
                               places[index], lead, partners=list(members))
        world.projects.append(record)
        projects.append({
            "id": project_id, "code": spec.code, "name": spec.name, "country": spec.country.value,
            "funding_programme": spec.funding, "starts_on": starts_on, "ends_on": ends_on, "budget": spec.budget,
            "currency": spec.currency, "lead_organisation_id": lead.id,
            "language": "da" if spec.country is Country.DK else "sv", "description": spec.description,
            "suppression_threshold": 3, "sensitive_suppression_threshold": 5, "no_contact_warning_days": 14,
            "retention_years": 5, "last_payment_on": None,
        })
        for org in members:
            partners.append({"id": len(partners) + 1, "project_id": project_id, "organisation_id": org.id,
                             "role": _partner_role(spec.country, lead, org).value})
        enrolment = _round_up(shares[index] * 1.2, 10 if shares[index] >= 50 else 5)
        for kind, share, description in target_specs:
            target_id = len(targets) + 1
            value = max(1, round(enrolment * share))
            targets.append({"id": target_id, "project_id": project_id, "kind": kind.value, "target_value": value,
                            "description": description})
            record.target_ids[kind.value] = target_id
            milestones.extend(_milestones(len(milestones), target_id, starts_on, spec.months_total, value,
                                          lag=1.0 if kind is TargetKind.PARTICIPANTS_ENROLLED else 1.3))
        companies = _round_up(employers[index] * 1.2, 10 if employers[index] >= 50 else 5)
        target_id = len(targets) + 1
        targets.append({"id": target_id, "project_id": project_id, "kind": TargetKind.COMPANIES_ENGAGED.value,
                        "target_value": companies, "description": "Virksomheder i netværket"
                        if spec.country is Country.DK else "Arbetsgivare i nätverket"})
        record.target_ids[TargetKind.COMPANIES_ENGAGED.value] = target_id
        milestones.extend(_milestones(len(milestones), target_id, starts_on, spec.months_total, companies, 0.8))
        for min_age, max_age, months, description in _RULES[spec.country]:
            rules.append({"id": len(rules) + 1, "project_id": project_id, "min_age": min_age, "max_age": max_age,
                          "min_unemployed_months": months, "description": description})
    writer.insert(Project.__table__, projects)
    writer.insert(ProjectPartner.__table__, partners)
    writer.insert(ProjectTarget.__table__, targets)
    writer.insert(TargetMilestone.__table__, milestones)
    writer.insert(EligibilityRule.__table__, rules)


def _milestones(first_id: int, target_id: int, starts_on: date, months: int, value: int, lag: float) -> list[Row]:
    """Quarter-end cumulative planned values, reaching ``value`` at the project's end."""
    quarters = max(1, months // 3)
    rows = []
    for quarter in range(1, quarters + 1):
        due_on = add_months(starts_on, 3 * quarter) - timedelta(days=1)
        planned = value if quarter == quarters else round(value * _curve(quarter / quarters, lag))
        rows.append({"id": first_id + quarter, "target_id": target_id, "due_on": due_on, "planned_value": planned})
    return rows
