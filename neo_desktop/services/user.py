"""The signed-in staff member, as every service sees them."""

from __future__ import annotations

from dataclasses import dataclass

from neo_desktop.domain.errors import PermissionDeniedError
from neo_desktop.domain.organisation import Language, Role


@dataclass(frozen=True)
class SignedInUser:
    """Who is working, in which organisation, with which roles."""

    staff_id: int | None  # None only for the command line's actor (see command_line_user)
    login_name: str
    full_name: str
    organisation_id: int | None
    organisation_name: str
    roles: frozenset[Role]
    language: Language = Language.EN

    def has_any(self, *roles: Role) -> bool:
        """True when the user holds at least one of ``roles``."""
        return not self.roles.isdisjoint(roles)

    def require(self, action: str, *roles: Role) -> None:
        """Refuse ``action`` unless the user holds one of ``roles``."""
        if not self.has_any(*roles):
            raise PermissionDeniedError(action=action)

    @property
    def role_names(self) -> str:
        """The roles, comma-separated, in a stable order."""
        return ", ".join(sorted(role.value for role in self.roles))


def command_line_user(os_user: str, roles: frozenset[Role]) -> SignedInUser:
    """The actor of a command-line run: no staff row, since the command line has no sign-in.

    Whoever runs it already holds the database's credentials (on PostgreSQL, row-level security still
    applies to that login); the access log records ``cli:<operating-system user>`` for everything it does.
    """
    return SignedInUser(staff_id=None, login_name=f"cli:{os_user}"[:63], full_name=f"Command line ({os_user})",
                        organisation_id=None, organisation_name="", roles=roles)
