"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 17:45:05.789892
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "jobcentre",
                "ngo",
                "employer",
                "housing_association",
                "public_employment_service",
                "education_provider",
                "health",
                "region",
                name="organisationkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "country", sa.Enum("DK", "SE", name="country", native_enum=False, length=40), nullable=False
        ),
        sa.Column("registration_number", sa.String(length=12), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["organisation.id"], name=op.f("fk_organisation_merged_into_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_organisation_registration_number")),
    )
    op.create_table(
        "plan_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target_group", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_template")),
    )
    op.create_table(
        "reference_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_da", sa.String(length=200), nullable=True),
        sa.Column("label_sv", sa.String(length=200), nullable=True),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_item")),
        sa.UniqueConstraint(
            "list_name", "code", "country", name=op.f("uq_reference_item_list_name_code_country")
        ),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "plan_template_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "activity_kind",
            sa.Enum(
                "course",
                "internship",
                "network_group",
                "mentoring",
                "cv_and_application",
                "interview_training",
                "education",
                "treatment",
                "other",
                name="activitykind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column(
            "owner",
            sa.Enum(
                "participant",
                "caseworker",
                "coordinator",
                "employer",
                "other_partner",
                name="stepowner",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("due_after_days", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["plan_template.id"],
            name=op.f("fk_plan_template_step_template_id_plan_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_template_step")),
    )
    with op.batch_alter_table("plan_template_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_template_step_template_id"), ["template_id"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "country", sa.Enum("DK", "SE", name="country", native_enum=False, length=40), nullable=False
        ),
        sa.Column("funding_programme", sa.String(length=200), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), server_default="DKK", nullable=False),
        sa.Column("lead_organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "language",
            sa.Enum("en", "da", "sv", name="language", native_enum=False, length=40),
            server_default="en",
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("suppression_threshold", sa.Integer(), server_default="3", nullable=False),
        sa.Column("sensitive_suppression_threshold", sa.Integer(), server_default="5", nullable=False),
        sa.Column("no_contact_warning_days", sa.Integer(), server_default="14", nullable=False),
        sa.Column("retention_years", sa.Integer(), server_default="5", nullable=False),
        sa.Column("last_payment_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["lead_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_lead_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_lead_organisation_id"), ["lead_organisation_id"], unique=False
        )

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("login_name", sa.String(length=63), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column(
            "language",
            sa.Enum("en", "da", "sv", name="language", native_enum=False, length=40),
            server_default="en",
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_staff_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("login_name", name=op.f("uq_staff_login_name")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "access_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "occurred_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("login_name", sa.String(length=63), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "read",
                "search",
                "create",
                "update",
                "delete",
                "export",
                "anonymise",
                "sign_in",
                "sign_in_failed",
                name="accessaction",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("record_kind", sa.String(length=40), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("search_criterion", sa.String(length=400), nullable=True),
        sa.Column("purpose", sa.String(length=400), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("previous_hash", sa.String(length=64), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_access_log_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(
            "ix_access_log_participant_id_occurred_at", ["participant_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_access_log_staff_id_occurred_at", ["staff_id", "occurred_at"], unique=False)

    op.create_table(
        "eligibility_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("max_age", sa.Integer(), nullable=False),
        sa.Column("min_unemployed_months", sa.Integer(), server_default="0", nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_eligibility_rule_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eligibility_rule")),
    )
    with op.batch_alter_table("eligibility_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_eligibility_rule_project_id"), ["project_id"], unique=False)

    op.create_table(
        "employer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "country", sa.Enum("DK", "SE", name="country", native_enum=False, length=40), nullable=False
        ),
        sa.Column("registration_number", sa.String(length=12), nullable=True),
        sa.Column("industry_code", sa.String(length=10), nullable=True),
        sa.Column("industry", sa.String(length=200), nullable=True),
        sa.Column(
            "size",
            sa.Enum("micro", "small", "medium", "large", name="companysize", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("supplies_housing_association_id", sa.Integer(), nullable=True),
        sa.Column(
            "relationship_status",
            sa.Enum(
                "prospect",
                "active",
                "paused",
                "ended",
                name="relationshipstatus",
                native_enum=False,
                length=40,
            ),
            server_default="prospect",
            nullable=False,
        ),
        sa.Column("contact_staff_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("engaged_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contact_staff_id"], ["staff.id"], name=op.f("fk_employer_contact_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_employer_project_id_project")),
        sa.ForeignKeyConstraint(
            ["supplies_housing_association_id"],
            ["organisation.id"],
            name=op.f("fk_employer_supplies_housing_association_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_employer_registration_number")),
    )
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_contact_staff_id"), ["contact_staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_employer_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_employer_project_id"), ["project_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "identity_kind",
            sa.Enum(
                "cpr", "personnummer", "samordningsnummer", name="identitykind", native_enum=False, length=40
            ),
            nullable=True,
        ),
        sa.Column("identity_number", sa.String(length=12), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "gender",
            sa.Enum("woman", "man", "non_binary", "not_stated", name="gender", native_enum=False, length=40),
            server_default="not_stated",
            nullable=False,
        ),
        sa.Column(
            "preferred_language",
            sa.Enum("en", "da", "sv", name="language", native_enum=False, length=40),
            server_default="da",
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("housing_area", sa.String(length=100), nullable=True),
        sa.Column(
            "education_level",
            sa.Enum("isced_0_2", "isced_3_4", "isced_5_8", name="iscedlevel", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column(
            "labour_market_status",
            sa.Enum(
                "unemployed",
                "long_term_unemployed",
                "inactive",
                "employed",
                name="labourmarketstatus",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("unemployed_since", sa.Date(), nullable=True),
        sa.Column("foreign_background", sa.Boolean(), nullable=True),
        sa.Column("third_country_national", sa.Boolean(), nullable=True),
        sa.Column("homeless_or_housing_exclusion", sa.Boolean(), nullable=True),
        sa.Column("rural_area", sa.Boolean(), nullable=True),
        sa.Column("has_disability", sa.Boolean(), nullable=True),
        sa.Column("is_minority", sa.Boolean(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "referred",
                "intake",
                "active",
                "paused",
                "completed",
                "dropped_out",
                name="participantstatus",
                native_enum=False,
                length=40,
            ),
            server_default="referred",
            nullable=False,
        ),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("referred_by_organisation_id", sa.Integer(), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column(
            "exit_outcome",
            sa.Enum(
                "employment",
                "education",
                "internship_or_apprenticeship",
                "job_searching",
                "other_help",
                "dropped_out",
                "moved",
                "other",
                name="exitoutcome",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("gained_qualification", sa.Boolean(), nullable=True),
        sa.Column("followup_due_on", sa.Date(), nullable=True),
        sa.Column("followup_done_on", sa.Date(), nullable=True),
        sa.Column(
            "followup_outcome",
            sa.Enum(
                "employment",
                "education",
                "internship_or_apprenticeship",
                "job_searching",
                "other_help",
                "dropped_out",
                "moved",
                "other",
                name="exitoutcome",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("followup_improved_situation", sa.Boolean(), nullable=True),
        sa.Column("next_contact_on", sa.Date(), nullable=True),
        sa.Column("last_contact_on", sa.Date(), nullable=True),
        sa.Column("caseworker_id", sa.Integer(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["caseworker_id"], ["staff.id"], name=op.f("fk_participant_caseworker_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"], ["staff.id"], name=op.f("fk_participant_coordinator_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_participant_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_participant_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participant_referred_by_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_caseworker_id"), ["caseworker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_coordinator_id"), ["coordinator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_followup_due_on"), ["followup_due_on"], unique=False)
        batch_op.create_index(
            "ix_participant_last_name_first_name", ["last_name", "first_name"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participant_next_contact_on"), ["next_contact_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_project_id"), ["project_id"], unique=False)
        batch_op.create_index("ix_participant_status_project_id", ["status", "project_id"], unique=False)
        batch_op.create_index(
            "uq_participant_identity_number",
            ["identity_number"],
            unique=True,
            sqlite_where=sa.text("identity_number IS NOT NULL"),
            postgresql_where=sa.text("identity_number IS NOT NULL"),
        )

    op.create_table(
        "project_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead",
                "partner",
                "co_financer",
                "associated",
                name="partnerrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_partner_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_partner_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partner")),
        sa.UniqueConstraint(
            "project_id", "organisation_id", name=op.f("uq_project_partner_project_id_organisation_id")
        ),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partner_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_partner_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "participants_enrolled",
                "into_employment",
                "into_education",
                "into_employment_or_education",
                "internships_or_apprenticeships",
                "placements",
                "companies_engaged",
                "other_help",
                name="targetkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("target_value", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_target_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_target")),
    )
    with op.batch_alter_table("project_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_target_project_id"), ["project_id"], unique=False)

    op.create_table(
        "staff_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "caseworker",
                "coordinator",
                "secretary",
                "administrator",
                "auditor",
                name="role",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("may_view_team", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_staff_role_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_role_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_role")),
        sa.UniqueConstraint(
            "staff_id", "role", "project_id", name=op.f("uq_staff_role_staff_id_role_project_id")
        ),
    )
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_role_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_role_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "stakeholder_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "steering_regional",
                "steering_local",
                "working",
                "company_network",
                "youth_network",
                name="groupkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_stakeholder_group_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_stakeholder_group_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_group")),
    )
    with op.batch_alter_table("stakeholder_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_group_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stakeholder_group_project_id"), ["project_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("recipient_organisation_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=400), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_consent_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_consent_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_consent_project_id_project")),
        sa.ForeignKeyConstraint(
            ["recipient_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_consent_recipient_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_consent_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_project_id"), ["project_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_recipient_organisation_id"), ["recipient_organisation_id"], unique=False
        )

    op.create_table(
        "employer_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("is_primary", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_employer_contact_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact")),
    )
    with op.batch_alter_table("employer_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_contact_employer_id"), ["employer_id"], unique=False)

    op.create_table(
        "group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair", "secretary", "member", "observer", name="memberrole", native_enum=False, length=40
            ),
            server_default="member",
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_group_member_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["stakeholder_group.id"],
            name=op.f("fk_group_member_group_id_stakeholder_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_group_member_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_group_member_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_group_member_project_id_project")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_group_member_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_member")),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_member_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_member_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_member_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_group_member_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_member_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_member_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("online_link", sa.String(length=400), nullable=True),
        sa.Column(
            "language",
            sa.Enum("en", "da", "sv", name="language", native_enum=False, length=40),
            server_default="en",
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=40),
            server_default="planned",
            nullable=False,
        ),
        sa.Column(
            "minutes_status",
            sa.Enum("draft", "in_review", "approved", name="minutesstatus", native_enum=False, length=40),
            server_default="draft",
            nullable=False,
        ),
        sa.Column("minutes_approved_on", sa.Date(), nullable=True),
        sa.Column("minutes_approved_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["stakeholder_group.id"],
            name=op.f("fk_meeting_group_id_stakeholder_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["minutes_approved_by_id"], ["staff.id"], name=op.f("fk_meeting_minutes_approved_by_id_staff")
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_meeting_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_group_id_starts_at", ["group_id", "starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "opening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column(
            "placement_type",
            sa.Enum(
                "dk_virksomhedspraktik",
                "dk_loentilskud",
                "dk_fleksjob",
                "dk_laerlingeplads",
                "dk_smaajob",
                "dk_igu",
                "se_arbetspraktik",
                "se_lonebidrag",
                "se_nystartsjobb",
                "se_introduktionsjobb",
                "se_yrkesintroduktion",
                "ordinary_job",
                "mentorship",
                "job_shadowing",
                "workplace_training",
                name="placementtype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("places", sa.Integer(), server_default="1", nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column(
            "language_level",
            sa.Enum("none", "basic", "good", "fluent", name="languagelevel", native_enum=False, length=40),
            server_default="none",
            nullable=False,
        ),
        sa.Column("requires_driving_licence", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("required_certificates", sa.String(length=400), nullable=True),
        sa.Column(
            "physical_demand",
            sa.Enum("low", "medium", "high", name="physicaldemand", native_enum=False, length=40),
            server_default="low",
            nullable=False,
        ),
        sa.Column("minimum_age", sa.Integer(), nullable=True),
        sa.Column("offers_mentor", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("accessible", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("adapted_hours", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "filled", "closed", name="openingstatus", native_enum=False, length=40),
            server_default="open",
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_opening_employer_id_employer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_opening_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening")),
    )
    with op.batch_alter_table("opening", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opening_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opening_project_id"), ["project_id"], unique=False)
        batch_op.create_index("ix_opening_status_starts_on", ["status", "starts_on"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "agreed", "under_review", "closed", name="planstatus", native_enum=False, length=40
            ),
            server_default="draft",
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_plan_created_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_plan_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_plan_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_plan_project_id_project")),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["plan_template.id"],
            name=op.f("fk_plan_template_id_plan_template"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_review_on"), ["review_on"], unique=False)
        batch_op.create_index(
            "uq_plan_participant_id_project_id_active",
            ["participant_id", "project_id"],
            unique=True,
            sqlite_where=sa.text("status != 'closed'"),
            postgresql_where=sa.text("status != 'closed'"),
        )

    op.create_table(
        "target_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("planned_value", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["project_target.id"],
            name=op.f("fk_target_milestone_target_id_project_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_milestone")),
        sa.UniqueConstraint("target_id", "due_on", name=op.f("uq_target_milestone_target_id_due_on")),
    )
    with op.batch_alter_table("target_milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_milestone_target_id"), ["target_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("owner_organisation_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "done", "cancelled", name="actionstatus", native_enum=False, length=40),
            server_default="open",
            nullable=False,
        ),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_action_item_employer_id_employer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_action_item_owner_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"], ["staff.id"], name=op.f("fk_action_item_owner_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["project_target.id"],
            name=op.f("fk_action_item_target_id_project_target"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_action_item_status_due_on", ["status", "due_on"], unique=False)

    op.create_table(
        "employer_engagement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "call",
                "agreement",
                "event",
                "network_meeting",
                name="engagementkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_employer_engagement_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_employer_engagement_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_employer_engagement_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_engagement")),
    )
    with op.batch_alter_table("employer_engagement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_employer_engagement_employer_id_occurred_on", ["employer_id", "occurred_on"], unique=False
        )

    op.create_table(
        "meeting_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("guest_name", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "attended",
                "apologies",
                "absent",
                name="attendancestatus",
                native_enum=False,
                length=40,
            ),
            server_default="invited",
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["group_member.id"],
            name=op.f("fk_meeting_attendee_member_id_group_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_meeting_attendee_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendee")),
        sa.UniqueConstraint("meeting_id", "member_id", name=op.f("uq_meeting_attendee_meeting_id_member_id")),
    )
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_attendee_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_attendee_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_attendee_project_id"), ["project_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=True),
        sa.Column(
            "placement_type",
            sa.Enum(
                "dk_virksomhedspraktik",
                "dk_loentilskud",
                "dk_fleksjob",
                "dk_laerlingeplads",
                "dk_smaajob",
                "dk_igu",
                "se_arbetspraktik",
                "se_lonebidrag",
                "se_nystartsjobb",
                "se_introduktionsjobb",
                "se_yrkesintroduktion",
                "ordinary_job",
                "mentorship",
                "job_shadowing",
                "workplace_training",
                name="placementtype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("mentor_name", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "ended",
                "cancelled",
                name="placementstatus",
                native_enum=False,
                length=40,
            ),
            server_default="planned",
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "hired",
                "education",
                "completed",
                "ended_early",
                "no_show",
                name="placementoutcome",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_placement_employer_id_employer")
        ),
        sa.ForeignKeyConstraint(
            ["opening_id"], ["opening.id"], name=op.f("fk_placement_opening_id_opening"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_placement_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_placement_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_placement_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_opening_id"), ["opening_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_project_id"), ["project_id"], unique=False)

    op.create_table(
        "plan_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("readiness_rating", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_plan_review_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_review_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_plan_review_project_id_project")
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["staff.id"], name=op.f("fk_plan_review_reviewer_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
    )
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_review_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_review_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_review_project_id"), ["project_id"], unique=False)

    op.create_table(
        "plan_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column(
            "agreement_method",
            sa.Enum("paper", "meeting", "digital", name="agreementmethod", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("agreement_recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("change_note", sa.String(length=400), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["agreement_recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_plan_revision_agreement_recorded_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_plan_revision_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_plan_revision_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_revision_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_plan_revision_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_revision")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_plan_revision_plan_id_number")),
    )
    with op.batch_alter_table("plan_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_revision_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_revision_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_revision_project_id"), ["project_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=True),
        sa.Column("minutes_allotted", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("link", sa.String(length=400), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("carried_action_id", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["carried_action_id"],
            ["action_item.id"],
            name=op.f("fk_agenda_item_carried_action_id_action_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_agenda_item_employer_id_employer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["project_target.id"],
            name=op.f("fk_agenda_item_target_id_project_target"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "note",
                "contact",
                "placement",
                "plan_change",
                "status_change",
                "assignment",
                name="journalkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "meeting",
                "phone",
                "email",
                "sms",
                "home_visit",
                name="contactchannel",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"], name=op.f("fk_journal_entry_author_id_staff")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_journal_entry_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_journal_entry_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_journal_entry_placement_id_placement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_journal_entry_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_journal_entry_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_author_id"), ["author_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_journal_entry_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_journal_entry_participant_id_occurred_at", ["participant_id", "occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_journal_entry_project_id"), ["project_id"], unique=False)

    op.create_table(
        "match_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "accepted",
                "declined",
                "withdrawn",
                name="proposalstatus",
                native_enum=False,
                length=40,
            ),
            server_default="proposed",
            nullable=False,
        ),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decline_reason", sa.String(length=400), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["opening_id"],
            ["opening.id"],
            name=op.f("fk_match_proposal_opening_id_opening"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_match_proposal_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_match_proposal_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_match_proposal_placement_id_placement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_match_proposal_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"], ["staff.id"], name=op.f("fk_match_proposal_proposed_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_proposal")),
    )
    with op.batch_alter_table("match_proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_proposal_opening_id"), ["opening_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_match_proposal_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_match_proposal_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_match_proposal_project_id"), ["project_id"], unique=False)

    op.create_table(
        "plan_barrier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "health",
                "social",
                "housing",
                "language",
                "transport",
                "childcare",
                "other",
                name="barrierkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_plan_barrier_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_plan_barrier_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["plan_revision.id"],
            name=op.f("fk_plan_barrier_revision_id_plan_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_barrier")),
    )
    with op.batch_alter_table("plan_barrier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_barrier_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_barrier_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_barrier_revision_id"), ["revision_id"], unique=False)

    op.create_table(
        "plan_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "kind", sa.Enum("job", "education", name="goalkind", native_enum=False, length=40), nullable=False
        ),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_plan_goal_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_plan_goal_project_id_project")),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["plan_revision.id"],
            name=op.f("fk_plan_goal_revision_id_plan_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goal")),
    )
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_goal_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_goal_revision_id"), ["revision_id"], unique=False)

    op.create_table(
        "plan_resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "strength",
                "interest",
                "experience",
                "language",
                "driving_licence",
                "certificate",
                name="resourcekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_plan_resource_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_plan_resource_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["plan_revision.id"],
            name=op.f("fk_plan_resource_revision_id_plan_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_resource")),
    )
    with op.batch_alter_table("plan_resource", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_resource_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_resource_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_resource_revision_id"), ["revision_id"], unique=False)

    op.create_table(
        "plan_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "activity_kind",
            sa.Enum(
                "course",
                "internship",
                "network_group",
                "mentoring",
                "cv_and_application",
                "interview_training",
                "education",
                "treatment",
                "other",
                name="activitykind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column(
            "owner",
            sa.Enum(
                "participant",
                "caseworker",
                "coordinator",
                "employer",
                "other_partner",
                name="stepowner",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "in_progress", "done", "dropped", name="stepstatus", native_enum=False, length=40
            ),
            server_default="planned",
            nullable=False,
        ),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_plan_step_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_plan_step_placement_id_placement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_plan_step_project_id_project")),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["plan_revision.id"],
            name=op.f("fk_plan_step_revision_id_plan_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_step")),
    )
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_step_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_step_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_step_revision_id"), ["revision_id"], unique=False)
        batch_op.create_index("ix_plan_step_status_due_on", ["status", "due_on"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)

    # action_item and agenda_item refer to each other: the second link is added once both exist.
    with op.batch_alter_table("action_item") as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_action_item_agenda_item_id_agenda_item"),
            "agenda_item",
            ["agenda_item_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item") as batch_op:
        batch_op.drop_constraint("fk_action_item_agenda_item_id_agenda_item", type_="foreignkey")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))

    op.drop_table("decision")
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_step_status_due_on")
        batch_op.drop_index(batch_op.f("ix_plan_step_revision_id"))
        batch_op.drop_index(batch_op.f("ix_plan_step_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_step_organisation_id"))

    op.drop_table("plan_step")
    with op.batch_alter_table("plan_resource", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_resource_revision_id"))
        batch_op.drop_index(batch_op.f("ix_plan_resource_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_resource_organisation_id"))

    op.drop_table("plan_resource")
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_revision_id"))
        batch_op.drop_index(batch_op.f("ix_plan_goal_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_goal_organisation_id"))

    op.drop_table("plan_goal")
    with op.batch_alter_table("plan_barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_barrier_revision_id"))
        batch_op.drop_index(batch_op.f("ix_plan_barrier_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_barrier_organisation_id"))

    op.drop_table("plan_barrier")
    with op.batch_alter_table("match_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_proposal_project_id"))
        batch_op.drop_index(batch_op.f("ix_match_proposal_participant_id"))
        batch_op.drop_index(batch_op.f("ix_match_proposal_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_match_proposal_opening_id"))

    op.drop_table("match_proposal")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_project_id"))
        batch_op.drop_index("ix_journal_entry_participant_id_occurred_at")
        batch_op.drop_index(batch_op.f("ix_journal_entry_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_author_id"))

    op.drop_table("journal_entry")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("plan_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_revision_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_revision_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_revision_organisation_id"))

    op.drop_table("plan_revision")
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_review_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_review_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_review_organisation_id"))

    op.drop_table("plan_review")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_project_id"))
        batch_op.drop_index(batch_op.f("ix_placement_participant_id"))
        batch_op.drop_index(batch_op.f("ix_placement_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_placement_opening_id"))
        batch_op.drop_index(batch_op.f("ix_placement_employer_id"))

    op.drop_table("placement")
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendee_project_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_attendee_member_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_attendee_meeting_id"))

    op.drop_table("meeting_attendee")
    with op.batch_alter_table("employer_engagement", schema=None) as batch_op:
        batch_op.drop_index("ix_employer_engagement_employer_id_occurred_on")

    op.drop_table("employer_engagement")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_status_due_on")
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("target_milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_milestone_target_id"))

    op.drop_table("target_milestone")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_plan_participant_id_project_id_active",
            sqlite_where=sa.text("status != 'closed'"),
            postgresql_where=sa.text("status != 'closed'"),
        )
        batch_op.drop_index(batch_op.f("ix_plan_review_on"))
        batch_op.drop_index(batch_op.f("ix_plan_project_id"))
        batch_op.drop_index(batch_op.f("ix_plan_participant_id"))
        batch_op.drop_index(batch_op.f("ix_plan_organisation_id"))

    op.drop_table("plan")
    with op.batch_alter_table("opening", schema=None) as batch_op:
        batch_op.drop_index("ix_opening_status_starts_on")
        batch_op.drop_index(batch_op.f("ix_opening_project_id"))
        batch_op.drop_index(batch_op.f("ix_opening_employer_id"))

    op.drop_table("opening")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_project_id"))
        batch_op.drop_index("ix_meeting_group_id_starts_at")

    op.drop_table("meeting")
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_staff_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_project_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_participant_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_group_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_employer_id"))

    op.drop_table("group_member")
    with op.batch_alter_table("employer_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_contact_employer_id"))

    op.drop_table("employer_contact")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_recipient_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_consent_project_id"))
        batch_op.drop_index(batch_op.f("ix_consent_participant_id"))
        batch_op.drop_index(batch_op.f("ix_consent_organisation_id"))

    op.drop_table("consent")
    with op.batch_alter_table("stakeholder_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_group_project_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_group_organisation_id"))

    op.drop_table("stakeholder_group")
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_role_staff_id"))
        batch_op.drop_index(batch_op.f("ix_staff_role_project_id"))

    op.drop_table("staff_role")
    with op.batch_alter_table("project_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_target_project_id"))

    op.drop_table("project_target")
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partner_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_partner_organisation_id"))

    op.drop_table("project_partner")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_participant_identity_number",
            sqlite_where=sa.text("identity_number IS NOT NULL"),
            postgresql_where=sa.text("identity_number IS NOT NULL"),
        )
        batch_op.drop_index("ix_participant_status_project_id")
        batch_op.drop_index(batch_op.f("ix_participant_project_id"))
        batch_op.drop_index(batch_op.f("ix_participant_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_participant_next_contact_on"))
        batch_op.drop_index("ix_participant_last_name_first_name")
        batch_op.drop_index(batch_op.f("ix_participant_followup_due_on"))
        batch_op.drop_index(batch_op.f("ix_participant_coordinator_id"))
        batch_op.drop_index(batch_op.f("ix_participant_caseworker_id"))

    op.drop_table("participant")
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_project_id"))
        batch_op.drop_index(batch_op.f("ix_employer_name"))
        batch_op.drop_index(batch_op.f("ix_employer_contact_staff_id"))

    op.drop_table("employer")
    with op.batch_alter_table("eligibility_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eligibility_rule_project_id"))

    op.drop_table("eligibility_rule")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index("ix_access_log_staff_id_occurred_at")
        batch_op.drop_index("ix_access_log_participant_id_occurred_at")
        batch_op.drop_index(batch_op.f("ix_access_log_occurred_at"))

    op.drop_table("access_log")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_organisation_id"))

    op.drop_table("staff")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_lead_organisation_id"))

    op.drop_table("project")
    with op.batch_alter_table("plan_template_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_template_step_template_id"))

    op.drop_table("plan_template_step")
    op.drop_table("setting")
    op.drop_table("reference_item")
    op.drop_table("plan_template")
    op.drop_table("organisation")
