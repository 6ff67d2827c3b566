"""Partner organisations, staff roles, projects and their targets: the vocabulary of administration."""

from __future__ import annotations

from enum import StrEnum


class Country(StrEnum):
    """The two countries the partnerships work in."""

    DK = "DK"
    SE = "SE"


class OrganisationKind(StrEnum):
    """What kind of partner an organisation is."""

    JOBCENTRE = "jobcentre"  # also a municipality's employment department
    NGO = "ngo"
    EMPLOYER = "employer"
    HOUSING_ASSOCIATION = "housing_association"
    PUBLIC_EMPLOYMENT_SERVICE = "public_employment_service"  # Arbetsförmedlingen
    EDUCATION_PROVIDER = "education_provider"
    HEALTH = "health"
    REGION = "region"


class Role(StrEnum):
    """What a staff member may do; a person can hold several roles."""

    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"
    SECRETARY = "secretary"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


class PartnerRole(StrEnum):
    """An organisation's part in a project."""

    LEAD = "lead"
    PARTNER = "partner"
    CO_FINANCER = "co_financer"
    ASSOCIATED = "associated"


class TargetKind(StrEnum):
    """What a project target counts."""

    PARTICIPANTS_ENROLLED = "participants_enrolled"
    INTO_EMPLOYMENT = "into_employment"
    INTO_EDUCATION = "into_education"
    INTO_EMPLOYMENT_OR_EDUCATION = "into_employment_or_education"
    INTERNSHIPS_OR_APPRENTICESHIPS = "internships_or_apprenticeships"
    PLACEMENTS = "placements"
    COMPANIES_ENGAGED = "companies_engaged"
    OTHER_HELP = "other_help"


class Rag(StrEnum):
    """Red, amber or green: how a target stands against its plan to date."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Language(StrEnum):
    """Languages the program and its documents speak."""

    EN = "en"
    DA = "da"
    SV = "sv"
