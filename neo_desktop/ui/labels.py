"""Translated labels for the enum values the lists show ("active" → "Active" / "Aktiv" / "Aktiv").

Each enum is its own translation context (its class name), because the same English word can need different
translations in different places. The strings are literals here so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import (
    CompanySize,
    EngagementKind,
    LanguageLevel,
    OpeningStatus,
    PhysicalDemand,
    PlacementOutcome,
    PlacementStatus,
    PlacementType,
    ProposalStatus,
    RelationshipStatus,
)
from neo_desktop.domain.meeting import (
    ActionStatus,
    AttendanceStatus,
    GroupKind,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
)
from neo_desktop.domain.organisation import Country, Language, OrganisationKind, PartnerRole, Rag, Role, TargetKind
from neo_desktop.domain.participant import (
    ContactChannel,
    ExitOutcome,
    Gender,
    IscedLevel,
    JournalKind,
    LabourMarketStatus,
    ParticipantStatus,
)
from neo_desktop.domain.participant_rules import WarningKind
from neo_desktop.domain.plan import (
    ActivityKind,
    AgreementMethod,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)
from neo_desktop.services.caseload_query import CaseloadScope
from neo_desktop.services.permissions import Area
from neo_desktop.services.referral_files import ImportField

LABELS: dict[type[StrEnum], dict[str, str]] = {
    ParticipantStatus: {
        ParticipantStatus.REFERRED: QT_TRANSLATE_NOOP("ParticipantStatus", "Referred"),
        ParticipantStatus.INTAKE: QT_TRANSLATE_NOOP("ParticipantStatus", "Intake"),
        ParticipantStatus.ACTIVE: QT_TRANSLATE_NOOP("ParticipantStatus", "Active"),
        ParticipantStatus.PAUSED: QT_TRANSLATE_NOOP("ParticipantStatus", "Paused"),
        ParticipantStatus.COMPLETED: QT_TRANSLATE_NOOP("ParticipantStatus", "Completed"),
        ParticipantStatus.DROPPED_OUT: QT_TRANSLATE_NOOP("ParticipantStatus", "Dropped out"),
    },
    # Participant records, caseloads and referral imports (issue 3).
    Gender: {
        Gender.WOMAN: QT_TRANSLATE_NOOP("Gender", "Woman"),
        Gender.MAN: QT_TRANSLATE_NOOP("Gender", "Man"),
        Gender.NON_BINARY: QT_TRANSLATE_NOOP("Gender", "Non-binary"),
        Gender.NOT_STATED: QT_TRANSLATE_NOOP("Gender", "Not stated"),
    },
    ExitOutcome: {
        ExitOutcome.EMPLOYMENT: QT_TRANSLATE_NOOP("ExitOutcome", "In employment"),
        ExitOutcome.EDUCATION: QT_TRANSLATE_NOOP("ExitOutcome", "In education or training"),
        ExitOutcome.INTERNSHIP_OR_APPRENTICESHIP: QT_TRANSLATE_NOOP("ExitOutcome",
                                                                    "In an internship or apprenticeship"),
        ExitOutcome.JOB_SEARCHING: QT_TRANSLATE_NOOP("ExitOutcome", "Job searching"),
        ExitOutcome.OTHER_HELP: QT_TRANSLATE_NOOP("ExitOutcome", "Other help (treatment, health)"),
        ExitOutcome.DROPPED_OUT: QT_TRANSLATE_NOOP("ExitOutcome", "Dropped out"),
        ExitOutcome.MOVED: QT_TRANSLATE_NOOP("ExitOutcome", "Moved"),
        ExitOutcome.OTHER: QT_TRANSLATE_NOOP("ExitOutcome", "Other"),
    },
    IscedLevel: {
        IscedLevel.ISCED_0_2: QT_TRANSLATE_NOOP("IscedLevel", "Lower secondary or less (ISCED 0–2)"),
        IscedLevel.ISCED_3_4: QT_TRANSLATE_NOOP("IscedLevel", "Upper secondary (ISCED 3–4)"),
        IscedLevel.ISCED_5_8: QT_TRANSLATE_NOOP("IscedLevel", "Higher education (ISCED 5–8)"),
    },
    LabourMarketStatus: {
        LabourMarketStatus.UNEMPLOYED: QT_TRANSLATE_NOOP("LabourMarketStatus", "Unemployed"),
        LabourMarketStatus.LONG_TERM_UNEMPLOYED: QT_TRANSLATE_NOOP("LabourMarketStatus", "Long-term unemployed"),
        LabourMarketStatus.INACTIVE: QT_TRANSLATE_NOOP("LabourMarketStatus", "Inactive"),
        LabourMarketStatus.EMPLOYED: QT_TRANSLATE_NOOP("LabourMarketStatus", "Employed"),
    },
    JournalKind: {
        JournalKind.NOTE: QT_TRANSLATE_NOOP("JournalKind", "Note"),
        JournalKind.CONTACT: QT_TRANSLATE_NOOP("JournalKind", "Contact"),
        JournalKind.PLACEMENT: QT_TRANSLATE_NOOP("JournalKind", "Placement"),
        JournalKind.PLAN_CHANGE: QT_TRANSLATE_NOOP("JournalKind", "Plan change"),
        JournalKind.STATUS_CHANGE: QT_TRANSLATE_NOOP("JournalKind", "Status change"),
        JournalKind.ASSIGNMENT: QT_TRANSLATE_NOOP("JournalKind", "New caseworker"),
    },
    ContactChannel: {
        ContactChannel.MEETING: QT_TRANSLATE_NOOP("ContactChannel", "Meeting"),
        ContactChannel.PHONE: QT_TRANSLATE_NOOP("ContactChannel", "Phone"),
        ContactChannel.EMAIL: QT_TRANSLATE_NOOP("ContactChannel", "E-mail"),
        ContactChannel.SMS: QT_TRANSLATE_NOOP("ContactChannel", "SMS"),
        ContactChannel.HOME_VISIT: QT_TRANSLATE_NOOP("ContactChannel", "Home visit"),
    },
    WarningKind: {
        WarningKind.FOLLOWUP_OVERDUE: QT_TRANSLATE_NOOP("WarningKind", "Follow-up overdue"),
        WarningKind.STEPS_OVERDUE: QT_TRANSLATE_NOOP("WarningKind", "Plan steps overdue"),
        WarningKind.NO_CONTACT: QT_TRANSLATE_NOOP("WarningKind", "No contact"),
        WarningKind.ATTENDANCE_DROPPING: QT_TRANSLATE_NOOP("WarningKind", "Attendance dropping"),
    },
    CaseloadScope: {
        CaseloadScope.MINE: QT_TRANSLATE_NOOP("CaseloadScope", "My caseload"),
        CaseloadScope.TEAM: QT_TRANSLATE_NOOP("CaseloadScope", "My team"),
        CaseloadScope.ORGANISATION: QT_TRANSLATE_NOOP("CaseloadScope", "My organisation"),
        CaseloadScope.PROJECT: QT_TRANSLATE_NOOP("CaseloadScope", "A project"),
        CaseloadScope.REGISTER: QT_TRANSLATE_NOOP("CaseloadScope", "Everyone I may see"),
    },
    ImportField: {
        ImportField.IDENTITY_NUMBER: QT_TRANSLATE_NOOP("ImportField", "Identity number"),
        ImportField.FIRST_NAME: QT_TRANSLATE_NOOP("ImportField", "First name"),
        ImportField.LAST_NAME: QT_TRANSLATE_NOOP("ImportField", "Last name"),
        ImportField.FULL_NAME: QT_TRANSLATE_NOOP("ImportField", "Full name"),
        ImportField.PHONE: QT_TRANSLATE_NOOP("ImportField", "Phone"),
        ImportField.EMAIL: QT_TRANSLATE_NOOP("ImportField", "E-mail"),
        ImportField.ADDRESS: QT_TRANSLATE_NOOP("ImportField", "Address"),
        ImportField.POSTCODE: QT_TRANSLATE_NOOP("ImportField", "Postcode"),
        ImportField.CITY: QT_TRANSLATE_NOOP("ImportField", "City"),
        ImportField.MUNICIPALITY: QT_TRANSLATE_NOOP("ImportField", "Municipality"),
        ImportField.REFERRED_ON: QT_TRANSLATE_NOOP("ImportField", "Referred on"),
        ImportField.UNEMPLOYED_SINCE: QT_TRANSLATE_NOOP("ImportField", "Unemployed since"),
        ImportField.PROJECT: QT_TRANSLATE_NOOP("ImportField", "Project code"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanStatus", "Draft"),
        PlanStatus.AGREED: QT_TRANSLATE_NOOP("PlanStatus", "Agreed"),
        PlanStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("PlanStatus", "Under review"),
        PlanStatus.CLOSED: QT_TRANSLATE_NOOP("PlanStatus", "Closed"),
    },
    StepStatus: {
        StepStatus.PLANNED: QT_TRANSLATE_NOOP("StepStatus", "Planned"),
        StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("StepStatus", "In progress"),
        StepStatus.DONE: QT_TRANSLATE_NOOP("StepStatus", "Done"),
        StepStatus.DROPPED: QT_TRANSLATE_NOOP("StepStatus", "Dropped"),
    },
    StepOwner: {
        StepOwner.PARTICIPANT: QT_TRANSLATE_NOOP("StepOwner", "The young person"),
        StepOwner.CASEWORKER: QT_TRANSLATE_NOOP("StepOwner", "Caseworker"),
        StepOwner.COORDINATOR: QT_TRANSLATE_NOOP("StepOwner", "Coordinator or mentor"),
        StepOwner.EMPLOYER: QT_TRANSLATE_NOOP("StepOwner", "Employer"),
        StepOwner.OTHER_PARTNER: QT_TRANSLATE_NOOP("StepOwner", "Other partner"),
    },
    ActivityKind: {
        ActivityKind.COURSE: QT_TRANSLATE_NOOP("ActivityKind", "Course"),
        ActivityKind.INTERNSHIP: QT_TRANSLATE_NOOP("ActivityKind", "Internship"),
        ActivityKind.NETWORK_GROUP: QT_TRANSLATE_NOOP("ActivityKind", "Network group"),
        ActivityKind.MENTORING: QT_TRANSLATE_NOOP("ActivityKind", "Mentoring"),
        ActivityKind.CV_AND_APPLICATION: QT_TRANSLATE_NOOP("ActivityKind", "CV and applications"),
        ActivityKind.INTERVIEW_TRAINING: QT_TRANSLATE_NOOP("ActivityKind", "Interview training"),
        ActivityKind.EDUCATION: QT_TRANSLATE_NOOP("ActivityKind", "Education"),
        ActivityKind.TREATMENT: QT_TRANSLATE_NOOP("ActivityKind", "Treatment"),
        ActivityKind.OTHER: QT_TRANSLATE_NOOP("ActivityKind", "Other activity"),
    },
    GoalKind: {
        GoalKind.JOB: QT_TRANSLATE_NOOP("GoalKind", "Job"),
        GoalKind.EDUCATION: QT_TRANSLATE_NOOP("GoalKind", "Education"),
    },
    ResourceKind: {
        ResourceKind.STRENGTH: QT_TRANSLATE_NOOP("ResourceKind", "Strength"),
        ResourceKind.INTEREST: QT_TRANSLATE_NOOP("ResourceKind", "Interest"),
        ResourceKind.EXPERIENCE: QT_TRANSLATE_NOOP("ResourceKind", "Experience"),
        ResourceKind.LANGUAGE: QT_TRANSLATE_NOOP("ResourceKind", "Language"),
        ResourceKind.DRIVING_LICENCE: QT_TRANSLATE_NOOP("ResourceKind", "Driving licence"),
        ResourceKind.CERTIFICATE: QT_TRANSLATE_NOOP("ResourceKind", "Certificate"),
    },
    BarrierKind: {
        BarrierKind.HEALTH: QT_TRANSLATE_NOOP("BarrierKind", "Health"),
        BarrierKind.SOCIAL: QT_TRANSLATE_NOOP("BarrierKind", "Social"),
        BarrierKind.HOUSING: QT_TRANSLATE_NOOP("BarrierKind", "Housing"),
        BarrierKind.LANGUAGE: QT_TRANSLATE_NOOP("BarrierKind", "Language"),
        BarrierKind.TRANSPORT: QT_TRANSLATE_NOOP("BarrierKind", "Transport"),
        BarrierKind.CHILDCARE: QT_TRANSLATE_NOOP("BarrierKind", "Childcare"),
        BarrierKind.OTHER: QT_TRANSLATE_NOOP("BarrierKind", "Other"),
    },
    AgreementMethod: {
        AgreementMethod.PAPER: QT_TRANSLATE_NOOP("AgreementMethod", "Signed on paper"),
        AgreementMethod.MEETING: QT_TRANSLATE_NOOP("AgreementMethod", "In a meeting"),
        AgreementMethod.DIGITAL: QT_TRANSLATE_NOOP("AgreementMethod", "Digitally"),
    },
    RelationshipStatus: {
        RelationshipStatus.PROSPECT: QT_TRANSLATE_NOOP("RelationshipStatus", "Prospect"),
        RelationshipStatus.ACTIVE: QT_TRANSLATE_NOOP("RelationshipStatus", "Active partner"),
        RelationshipStatus.PAUSED: QT_TRANSLATE_NOOP("RelationshipStatus", "Paused"),
        RelationshipStatus.ENDED: QT_TRANSLATE_NOOP("RelationshipStatus", "Ended"),
    },
    # The employer side: openings, placements, matchmaking (issue 5).
    PlacementType: {
        PlacementType.VIRKSOMHEDSPRAKTIK: QT_TRANSLATE_NOOP("PlacementType", "Company internship (virksomhedspraktik)"),
        PlacementType.LOENTILSKUD: QT_TRANSLATE_NOOP("PlacementType", "Wage-subsidy job (løntilskud)"),
        PlacementType.FLEKSJOB: QT_TRANSLATE_NOOP("PlacementType", "Flex job (fleksjob)"),
        PlacementType.LAERLINGEPLADS: QT_TRANSLATE_NOOP("PlacementType", "Apprenticeship (lærlinge-/elevplads)"),
        PlacementType.SMAAJOB: QT_TRANSLATE_NOOP("PlacementType", "A few paid hours a week (småjob)"),
        PlacementType.IGU: QT_TRANSLATE_NOOP("PlacementType", "Integration basic education (IGU)"),
        PlacementType.ARBETSPRAKTIK: QT_TRANSLATE_NOOP("PlacementType", "Work experience (arbetspraktik)"),
        PlacementType.LOENEBIDRAG: QT_TRANSLATE_NOOP("PlacementType", "Wage subsidy (lönebidrag)"),
        PlacementType.NYSTARTSJOBB: QT_TRANSLATE_NOOP("PlacementType", "New start job (nystartsjobb)"),
        PlacementType.INTRODUKTIONSJOBB: QT_TRANSLATE_NOOP("PlacementType", "Introduction job (introduktionsjobb)"),
        PlacementType.YRKESINTRODUKTION: QT_TRANSLATE_NOOP("PlacementType", "Vocational introduction"),
        PlacementType.ORDINARY_JOB: QT_TRANSLATE_NOOP("PlacementType", "Ordinary job"),
        PlacementType.MENTORSHIP: QT_TRANSLATE_NOOP("PlacementType", "Mentorship"),
        PlacementType.JOB_SHADOWING: QT_TRANSLATE_NOOP("PlacementType", "Job shadowing"),
        PlacementType.WORKPLACE_TRAINING: QT_TRANSLATE_NOOP("PlacementType", "Workplace-based training"),
    },
    OpeningStatus: {
        OpeningStatus.OPEN: QT_TRANSLATE_NOOP("OpeningStatus", "Open"),
        OpeningStatus.FILLED: QT_TRANSLATE_NOOP("OpeningStatus", "Filled"),
        OpeningStatus.CLOSED: QT_TRANSLATE_NOOP("OpeningStatus", "Closed"),
    },
    PlacementStatus: {
        PlacementStatus.PLANNED: QT_TRANSLATE_NOOP("PlacementStatus", "Planned"),
        PlacementStatus.ACTIVE: QT_TRANSLATE_NOOP("PlacementStatus", "Running"),
        PlacementStatus.ENDED: QT_TRANSLATE_NOOP("PlacementStatus", "Ended"),
        PlacementStatus.CANCELLED: QT_TRANSLATE_NOOP("PlacementStatus", "Cancelled"),
    },
    PlacementOutcome: {
        PlacementOutcome.HIRED: QT_TRANSLATE_NOOP("PlacementOutcome", "Hired"),
        PlacementOutcome.EDUCATION: QT_TRANSLATE_NOOP("PlacementOutcome", "Went on to education"),
        PlacementOutcome.COMPLETED: QT_TRANSLATE_NOOP("PlacementOutcome", "Completed"),
        PlacementOutcome.ENDED_EARLY: QT_TRANSLATE_NOOP("PlacementOutcome", "Ended early"),
        PlacementOutcome.NO_SHOW: QT_TRANSLATE_NOOP("PlacementOutcome", "Did not start"),
    },
    ProposalStatus: {
        ProposalStatus.PROPOSED: QT_TRANSLATE_NOOP("ProposalStatus", "Proposed"),
        ProposalStatus.ACCEPTED: QT_TRANSLATE_NOOP("ProposalStatus", "Accepted"),
        ProposalStatus.DECLINED: QT_TRANSLATE_NOOP("ProposalStatus", "Declined"),
        ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ProposalStatus", "Withdrawn"),
    },
    EngagementKind: {
        EngagementKind.VISIT: QT_TRANSLATE_NOOP("EngagementKind", "Visit"),
        EngagementKind.CALL: QT_TRANSLATE_NOOP("EngagementKind", "Call"),
        EngagementKind.AGREEMENT: QT_TRANSLATE_NOOP("EngagementKind", "Agreement"),
        EngagementKind.EVENT: QT_TRANSLATE_NOOP("EngagementKind", "Event"),
        EngagementKind.NETWORK_MEETING: QT_TRANSLATE_NOOP("EngagementKind", "Company-network meeting"),
    },
    CompanySize: {
        CompanySize.MICRO: QT_TRANSLATE_NOOP("CompanySize", "Micro (under 10)"),
        CompanySize.SMALL: QT_TRANSLATE_NOOP("CompanySize", "Small (10–49)"),
        CompanySize.MEDIUM: QT_TRANSLATE_NOOP("CompanySize", "Medium (50–249)"),
        CompanySize.LARGE: QT_TRANSLATE_NOOP("CompanySize", "Large (250 or more)"),
    },
    LanguageLevel: {
        LanguageLevel.NONE: QT_TRANSLATE_NOOP("LanguageLevel", "none"),
        LanguageLevel.BASIC: QT_TRANSLATE_NOOP("LanguageLevel", "basic"),
        LanguageLevel.GOOD: QT_TRANSLATE_NOOP("LanguageLevel", "good"),
        LanguageLevel.FLUENT: QT_TRANSLATE_NOOP("LanguageLevel", "fluent"),
    },
    PhysicalDemand: {
        PhysicalDemand.LOW: QT_TRANSLATE_NOOP("PhysicalDemand", "Light"),
        PhysicalDemand.MEDIUM: QT_TRANSLATE_NOOP("PhysicalDemand", "Medium"),
        PhysicalDemand.HIGH: QT_TRANSLATE_NOOP("PhysicalDemand", "Heavy"),
    },
    Language: {
        Language.DA: QT_TRANSLATE_NOOP("Language", "Danish"),
        Language.SV: QT_TRANSLATE_NOOP("Language", "Swedish"),
        Language.EN: QT_TRANSLATE_NOOP("Language", "English"),
    },
    # Groups and meetings, targets (issue 6).
    GroupKind: {
        GroupKind.STEERING_REGIONAL: QT_TRANSLATE_NOOP("GroupKind", "Regional steering group"),
        GroupKind.STEERING_LOCAL: QT_TRANSLATE_NOOP("GroupKind", "Local steering group"),
        GroupKind.WORKING: QT_TRANSLATE_NOOP("GroupKind", "Working group"),
        GroupKind.COMPANY_NETWORK: QT_TRANSLATE_NOOP("GroupKind", "Company network"),
        GroupKind.YOUTH_NETWORK: QT_TRANSLATE_NOOP("GroupKind", "Youth network group"),
    },
    MemberRole: {
        MemberRole.CHAIR: QT_TRANSLATE_NOOP("MemberRole", "Chair"),
        MemberRole.SECRETARY: QT_TRANSLATE_NOOP("MemberRole", "Secretary"),
        MemberRole.MEMBER: QT_TRANSLATE_NOOP("MemberRole", "Member"),
        MemberRole.OBSERVER: QT_TRANSLATE_NOOP("MemberRole", "Observer"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
        MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    },
    AttendanceStatus: {
        AttendanceStatus.INVITED: QT_TRANSLATE_NOOP("AttendanceStatus", "Invited"),
        AttendanceStatus.ATTENDED: QT_TRANSLATE_NOOP("AttendanceStatus", "Attended"),
        AttendanceStatus.APOLOGIES: QT_TRANSLATE_NOOP("AttendanceStatus", "Sent apologies"),
        AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("AttendanceStatus", "Absent"),
    },
    ActionStatus: {
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("ActionStatus", "Open"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
        ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"),
    },
    Rag: {
        Rag.GREEN: QT_TRANSLATE_NOOP("Rag", "On track"),
        Rag.AMBER: QT_TRANSLATE_NOOP("Rag", "Behind plan"),
        Rag.RED: QT_TRANSLATE_NOOP("Rag", "Well behind plan"),
    },
    MinutesStatus: {
        MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("MinutesStatus", "Draft"),
        MinutesStatus.IN_REVIEW: QT_TRANSLATE_NOOP("MinutesStatus", "In review"),
        MinutesStatus.APPROVED: QT_TRANSLATE_NOOP("MinutesStatus", "Approved"),
    },
    OrganisationKind: {
        OrganisationKind.JOBCENTRE: QT_TRANSLATE_NOOP("OrganisationKind", "Jobcentre"),
        OrganisationKind.NGO: QT_TRANSLATE_NOOP("OrganisationKind", "NGO"),
        OrganisationKind.EMPLOYER: QT_TRANSLATE_NOOP("OrganisationKind", "Employer"),
        OrganisationKind.HOUSING_ASSOCIATION: QT_TRANSLATE_NOOP("OrganisationKind", "Housing association"),
        OrganisationKind.PUBLIC_EMPLOYMENT_SERVICE: QT_TRANSLATE_NOOP("OrganisationKind",
                                                                      "Public employment service"),
        OrganisationKind.EDUCATION_PROVIDER: QT_TRANSLATE_NOOP("OrganisationKind", "Education provider"),
        OrganisationKind.HEALTH: QT_TRANSLATE_NOOP("OrganisationKind", "Health service"),
        OrganisationKind.REGION: QT_TRANSLATE_NOOP("OrganisationKind", "Region"),
    },
    TargetKind: {
        TargetKind.PARTICIPANTS_ENROLLED: QT_TRANSLATE_NOOP("TargetKind", "Participants enrolled"),
        TargetKind.INTO_EMPLOYMENT: QT_TRANSLATE_NOOP("TargetKind", "Into employment"),
        TargetKind.INTO_EDUCATION: QT_TRANSLATE_NOOP("TargetKind", "Into education"),
        TargetKind.INTO_EMPLOYMENT_OR_EDUCATION: QT_TRANSLATE_NOOP("TargetKind", "Into employment or education"),
        TargetKind.INTERNSHIPS_OR_APPRENTICESHIPS: QT_TRANSLATE_NOOP("TargetKind",
                                                                     "Into internships or apprenticeships"),
        TargetKind.PLACEMENTS: QT_TRANSLATE_NOOP("TargetKind", "Placements in companies"),
        TargetKind.COMPANIES_ENGAGED: QT_TRANSLATE_NOOP("TargetKind", "Companies engaged"),
        TargetKind.OTHER_HELP: QT_TRANSLATE_NOOP("TargetKind", "Referred to other help"),
    },
    Role: {
        Role.CASEWORKER: QT_TRANSLATE_NOOP("Role", "Caseworker"),
        Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Coordinator"),
        Role.SECRETARY: QT_TRANSLATE_NOOP("Role", "Steering-group secretary"),
        Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
        Role.AUDITOR: QT_TRANSLATE_NOOP("Role", "Auditor"),
    },
    Country: {
        Country.DK: QT_TRANSLATE_NOOP("Country", "Denmark"),
        Country.SE: QT_TRANSLATE_NOOP("Country", "Sweden"),
    },
    Area: {
        Area.CASELOAD: QT_TRANSLATE_NOOP("Area", "Caseload"),
        Area.PARTICIPANTS: QT_TRANSLATE_NOOP("Area", "Participants"),
        Area.PLANS: QT_TRANSLATE_NOOP("Area", "Plans"),
        Area.EMPLOYERS: QT_TRANSLATE_NOOP("Area", "Employers"),
        Area.MEETINGS: QT_TRANSLATE_NOOP("Area", "Meetings"),
        Area.REPORTS: QT_TRANSLATE_NOOP("Area", "Reports"),
        Area.ADMINISTRATION: QT_TRANSLATE_NOOP("Area", "Administration"),
        Area.AUDIT: QT_TRANSLATE_NOOP("Area", "Access log"),
    },
    PartnerRole: {
        PartnerRole.LEAD: QT_TRANSLATE_NOOP("PartnerRole", "Lead partner"),
        PartnerRole.PARTNER: QT_TRANSLATE_NOOP("PartnerRole", "Partner"),
        PartnerRole.CO_FINANCER: QT_TRANSLATE_NOOP("PartnerRole", "Co-financer"),
        PartnerRole.ASSOCIATED: QT_TRANSLATE_NOOP("PartnerRole", "Associated partner"),
    },
    AccessAction: {
        AccessAction.READ: QT_TRANSLATE_NOOP("AccessAction", "Read"),
        AccessAction.SEARCH: QT_TRANSLATE_NOOP("AccessAction", "Search"),
        AccessAction.CREATE: QT_TRANSLATE_NOOP("AccessAction", "Create"),
        AccessAction.UPDATE: QT_TRANSLATE_NOOP("AccessAction", "Change"),
        AccessAction.DELETE: QT_TRANSLATE_NOOP("AccessAction", "Delete"),
        AccessAction.EXPORT: QT_TRANSLATE_NOOP("AccessAction", "Export"),
        AccessAction.ANONYMISE: QT_TRANSLATE_NOOP("AccessAction", "Anonymise"),
        AccessAction.SIGN_IN: QT_TRANSLATE_NOOP("AccessAction", "Sign-in"),
        AccessAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AccessAction", "Failed sign-in"),
    },
}

YES = QT_TRANSLATE_NOOP("Labels", "Yes")
NO = QT_TRANSLATE_NOOP("Labels", "No")


def label(value: StrEnum | str, enum: type[StrEnum] | None = None) -> str:
    """The translated label of an enum value (given as the member, or as its value with ``enum``)."""
    enum = enum or type(value)  # type: ignore[assignment]
    labels = LABELS.get(enum)  # type: ignore[arg-type]
    if labels is None or str(value) not in labels:
        return str(value)
    return QCoreApplication.translate(enum.__name__, labels[str(value)])  # type: ignore[union-attr]


def yes_no(value: bool) -> str:
    """"Yes" or "No", translated."""
    return QCoreApplication.translate("Labels", YES if value else NO)


def roles_text(roles: frozenset[str] | set[str]) -> str:
    """The roles as translated labels, in the roles' fixed order."""
    return ", ".join(label(role) for role in Role if role in roles)
