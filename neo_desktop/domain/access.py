"""The access log's vocabulary: what was done to personal data."""

from __future__ import annotations

from enum import StrEnum


class AccessAction(StrEnum):
    """Each kind of access the Data Protection Agency expects to be logged."""

    READ = "read"
    SEARCH = "search"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    ANONYMISE = "anonymise"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
