"""The command line: the GUI by default, and subcommands administrators script against.

    python main.py                                   start the program
    python main.py db upgrade [--database URL]       migrate a database to this version
    python main.py db setup-roles [--database URL]   PostgreSQL roles, privileges and staff logins
    python main.py audit verify [--database URL]     check the access log's hash chain
    python main.py demo-data [--participants N | --large] [--database URL]
    python main.py match --participant ID [--database URL]   openings ranked for a participant, with reasons
    python main.py import participants FILE --project CODE [--dry-run] [--database URL]   a referral list
    python main.py export meeting-pack --meeting ID --pdf FILE --xlsx FILE [--database URL]
    python main.py staff add-administrator --login NAME --name TEXT --organisation NAME [--database URL]

Every subcommand takes ``--database URL`` after its name and otherwise uses the user's default database.
Failures print one clear line to stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence

from neo_desktop import __version__
from neo_desktop.config.log_setup import configure_logging
from neo_desktop.domain.errors import NeoError
from neo_desktop.domain.organisation import OrganisationKind

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1

DATABASE_HELP = (
    "SQLAlchemy URL of the database, e.g. sqlite:///C:/data/neo.sqlite3 or "
    "postgresql://user@host:5432/neo?sslmode=require (default: the connection set up in the program, "
    "or the embedded database in your profile)"
)


def _add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``main.py`` with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="NEO Desktop: case management for youth-employment partnerships. "
        "Without a command, the program window opens.",
    )
    parser.add_argument("--version", action="version", version=f"NEO Desktop {__version__}")
    _add_database_option(parser)
    parser.add_argument("--language", choices=("en", "da", "sv"), help="language of the program window")
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary folder (database, demo data, main window, "
                        "PDF and workbook) and exit: 0 when all is well, 1 naming what failed")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance", description="Database maintenance.")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser(
        "upgrade",
        help="migrate the database to this version of the program and print its revision",
        description="Migrate the database to this version of the program (an SQLite file is backed up "
        "first) and print the revision before and after.",
    )
    _add_database_option(upgrade)
    upgrade.set_defaults(handler=_db_upgrade)
    roles = db_commands.add_parser(
        "setup-roles",
        help="create the PostgreSQL roles, privileges and staff logins of a shared database",
        description="On a shared PostgreSQL database: migrate it, create one group role per NEO role "
        "(neo_caseworker, neo_coordinator, neo_secretary, neo_administrator, neo_auditor, and neo_app for "
        "all), grant their privileges, and give every staff member a login with the group roles of their "
        "NEO roles (inactive staff cannot log in). Row-level security limits each login to its caseload. "
        "Run it as the database owner; run it again after changing staff outside the program.",
    )
    _add_database_option(roles)
    roles.set_defaults(handler=_db_setup_roles)
    current = db_commands.add_parser("current", help="print the database's revision and the program's")
    _add_database_option(current)
    current.set_defaults(handler=_db_current)

    audit = commands.add_parser("audit", help="the access log", description="The access log.")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check that no access-log entry was edited, removed or inserted",
        description="Recompute the access log's hash chain. Prints the number of entries checked; if the "
        "chain is broken, names the first broken entry and exits with 1. Needs a login that may read the "
        "access log (an auditor or the database owner).",
    )
    _add_database_option(verify)
    verify.set_defaults(handler=_audit_verify)

    demo = commands.add_parser(
        "demo-data",
        help="fill an empty database with realistic demo data",
        description="Fill an empty database with synthetic Danish and Swedish demo data (the database is "
        "migrated first). Demo accounts: caseworker, coordinator, secretary, admin, auditor; password demo.",
    )
    _add_database_option(demo)
    size = demo.add_mutually_exclusive_group()
    size.add_argument("--participants", type=_positive_int, metavar="N", help="how many participants (default 120)")
    size.add_argument("--large", action="store_true",
                      help="the benchmark set: 100,000 participants, 1,000,000 journal entries")
    demo.add_argument("--seed", type=int, default=2012, help="random seed (same seed, same data)")
    demo.set_defaults(handler=_demo_data)

    export = commands.add_parser("export", help="print personal data as a document (logged)",
                                 description="Print a document with personal data; every export is written to the "
                                 "access log.")
    export_commands = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    plan = export_commands.add_parser(
        "plan",
        help="print a participant's active qualification plan as a PDF",
        description="Print a participant's active qualification plan as a PDF in plain language, with who does "
        "what by when and signature lines. The access log records the export as cli:<your user name>.",
    )
    plan.add_argument("--participant", type=_positive_int, required=True, metavar="ID", help="the participant's id")
    plan.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    plan.add_argument("--language", choices=("da", "sv", "en"),
                      help="language of the document (default: the language the participant chose)")
    _add_database_option(plan)
    plan.set_defaults(handler=_export_plan)
    pack = export_commands.add_parser(
        "meeting-pack",
        help="build a meeting's pack: a numbered PDF and an Excel annex",
        description="Build the meeting pack of a meeting from the live data: a PDF (agenda, previous approved "
        "minutes, open action items, targets with charts, statistics, employer network) in the meeting's language "
        "and an Excel annex with the same figures. Small counts are suppressed. The access log records the export "
        "as cli:<your user name>.",
    )
    pack.add_argument("--meeting", type=_positive_int, required=True, metavar="ID", help="the meeting's id")
    pack.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    pack.add_argument("--xlsx", required=True, metavar="FILE", help="the Excel file to write")
    _add_database_option(pack)
    pack.set_defaults(handler=_export_meeting_pack)

    match = commands.add_parser(
        "match", help="rank open openings for a participant (or candidates for an opening), with reasons",
        description="Matchmaking from the command line: every open opening ranked for a participant, or the "
        "candidates for an opening, each with the reasons for and against it. Reading a participant this way "
        "is written to the access log as cli:<your user name>.")
    target = match.add_mutually_exclusive_group(required=True)
    target.add_argument("--participant", type=_positive_int, metavar="ID", help="the participant's id")
    target.add_argument("--opening", type=_positive_int, metavar="ID", help="an opening's id: rank candidates")
    match.add_argument("--limit", type=_positive_int, default=20, metavar="N", help="how many to print (20)")
    match.add_argument("--hours", type=float, metavar="H", help="hours a week the participant can work")
    _add_database_option(match)
    match.set_defaults(handler=_match)

    imports = commands.add_parser("import", help="import data from files (logged)",
                                  description="Import data from files; every record created is written to the access "
                                  "log.")
    import_commands = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    referrals = import_commands.add_parser(
        "participants",
        help="import a jobcentre's referral list (Excel or CSV): all rows or none",
        description="Import a referral list (.xlsx or .csv with a header row). Every row is checked first (identity "
        "number, names, project, someone already registered or listed twice); if any row has a problem, the rows "
        "are listed and nothing is imported. The columns are recognised by their headers (CPR, Fornavn, "
        "Efternavn, Telefon, E-mail, Henvist, ...). The access log records each young person as cli:<your user "
        "name>.")
    referrals.add_argument("file", metavar="FILE", help="the referral list (.xlsx or .csv)")
    referrals.add_argument("--project", required=True, metavar="CODE", help="the project's code, e.g. NEO-MIDT")
    referrals.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    _add_database_option(referrals)
    referrals.set_defaults(handler=_import_participants)

    staff = commands.add_parser("staff", help="staff accounts", description="Staff accounts.")
    staff_commands = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    administrator = staff_commands.add_parser(
        "add-administrator",
        help="create an administrator account (the first one of a new database)",
        description="Create a staff account with the administrator role, in an existing organisation or a new "
        "one (give --kind and --country to create it). Administrators then create everyone else in the program. "
        "On the embedded database the account signs in with a password: it is asked for twice, or read from "
        "standard input with --password-stdin. On PostgreSQL run it as the database owner: it also sets up the "
        "group roles and creates the person's login (the password is optional where people sign in with single "
        "sign-on).",
    )
    administrator.add_argument("--login", required=True, metavar="NAME", help="login name, e.g. anders.admin")
    administrator.add_argument("--name", required=True, metavar="TEXT", help="the person's full name")
    administrator.add_argument("--organisation", required=True, metavar="NAME",
                               help="the organisation they work for, by name")
    administrator.add_argument("--kind", choices=[kind.value for kind in OrganisationKind],
                               help="kind of organisation, when it is created")
    administrator.add_argument("--country", choices=("DK", "SE"), help="country, when the organisation is created")
    administrator.add_argument("--registration-number", metavar="NUMBER",
                               help="CVR or organisationsnummer, when the organisation is created")
    administrator.add_argument("--password-stdin", action="store_true",
                               help="read the password from the first line of standard input")
    _add_database_option(administrator)
    administrator.set_defaults(handler=_staff_add_administrator)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _print_progress(prefix: str) -> Callable[[int, int, str], None]:
    last = [0.0]

    def report(done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - last[0] > 1 or done >= total:
            last[0] = now
            print(f"{prefix}: {what} ({done}/{total})", file=sys.stderr)

    return report


def _os_user() -> str:
    """Who runs the command, as the operating system knows them: the access log records ``cli:<them>``."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "unknown"


def _db_upgrade(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database

    opened = open_database(database_url(args.database))
    result = opened.upgrade
    where = opened.database.description
    if result.before == result.after:
        print(f"{where}: already at revision {result.after}")
    else:
        print(f"{where}: upgraded from {result.before or 'an empty database'} to revision {result.after}")
    if result.backup:
        print(f"backup: {result.backup}")
    opened.database.dispose()
    return EXIT_OK


def _db_setup_roles(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.db.postgres_roles import setup_roles, sync_staff_logins

    database = open_database(database_url(args.database)).database
    try:
        groups = setup_roles(database)
        logins = sync_staff_logins(database)
    finally:
        database.dispose()
    print(f"{database.description}: group roles ready ({len(groups.created_roles)} created)")
    print(f"staff logins: {len(logins.created_logins)} created, {len(logins.disabled_logins)} disabled")
    for change in logins.revoked:
        print(f"revoked {change}")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.services.access_log import verify_chain

    database = open_database(database_url(args.database)).database
    try:
        with database.transaction() as session:
            result = verify_chain(session)
    finally:
        database.dispose()
    if result.intact:
        print(f"{database.description}: {result.checked:,} access-log entries checked; the chain is intact")
        return EXIT_OK
    print(f"{database.description}: the access log is broken at entry {result.broken_at}: {result.reason} "
          f"({result.checked:,} entries before it are intact)", file=sys.stderr)
    return EXIT_FAILURE


def _db_current(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url
    from neo_desktop.db import migrations
    from neo_desktop.db.engine import Database

    database = Database.open(database_url(args.database))
    with database.engine.connect() as connection:
        revision = migrations.current_revision(connection)
    print(f"database: {revision or 'not migrated'}")
    print(f"program:  {migrations.head_revision()}")
    database.dispose()
    return EXIT_OK


def _demo_data(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.demo import DemoSize, database_is_empty, generate_demo_data

    opened = open_database(database_url(args.database))
    database = opened.database
    try:
        if not database_is_empty(database):
            print(f"error: {database.description} already holds data; demo data goes into an empty database.",
                  file=sys.stderr)
            return EXIT_FAILURE
        if args.large:
            size = DemoSize.large()
        elif args.participants:
            size = DemoSize.for_participants(args.participants)
        else:
            size = DemoSize.small()
        summary = generate_demo_data(database, size, seed=args.seed, progress=_print_progress("demo-data"))
    finally:
        database.dispose()
    for table, count in sorted(summary.rows.items()):
        print(f"{table:24} {count:>10,}")
    print(f"{sum(summary.rows.values()):,} rows in {summary.seconds:.1f} s into {database.description}")
    return EXIT_OK


def _export_plan(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.services.plans import PlanService, command_line_actor

    os_user = _os_user()
    opened = open_database(database_url(args.database))
    try:
        service = PlanService(opened.database, command_line_actor(os_user))
        language = service.export_participant_pdf(args.participant, args.pdf, language=args.language)
    except OSError as exc:
        print(f"error: the PDF could not be written to {args.pdf}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        opened.database.dispose()
    print(f"{args.pdf}: the plan of participant {args.participant} ({language.value})")
    return EXIT_OK


def _match(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.services.match_report import command_line_matchmaker, print_candidates, print_openings

    os_user = _os_user()
    opened = open_database(database_url(args.database))
    try:
        service = command_line_matchmaker(opened.database, os_user)
        if args.participant is not None:
            lines = print_openings(service.openings_for(args.participant, hours_per_week=args.hours,
                                                        limit=args.limit))
        else:
            lines = print_candidates(service.candidates_for(args.opening, limit=args.limit))
    finally:
        opened.database.dispose()
    print("\n".join(lines))
    return EXIT_OK


def _export_meeting_pack(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.services.meeting_pack import MeetingPackService, command_line_actor

    os_user = _os_user()
    opened = open_database(database_url(args.database))
    try:
        result = MeetingPackService(opened.database, command_line_actor(os_user)).export(args.meeting, args.pdf,
                                                                                         args.xlsx)
    except OSError as exc:
        print(f"error: the meeting pack could not be written to {args.pdf} and {args.xlsx}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILURE
    finally:
        opened.database.dispose()
    print(f"{args.pdf}: the meeting pack of meeting {args.meeting} ({result.pages} pages, {result.language.value})")
    print(f"{args.xlsx}: the Excel annex ({len(result.sheets)} sheets)")
    return EXIT_OK


def _import_participants(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.services.referral_import import command_line_import

    os_user = _os_user()
    opened = open_database(database_url(args.database))
    try:
        ok, lines = command_line_import(opened.database, os_user, args.file, args.project, dry_run=args.dry_run)
    finally:
        opened.database.dispose()
    print("\n".join(lines), file=sys.stdout if ok else sys.stderr)
    return EXIT_OK if ok else EXIT_FAILURE


def _read_password(args: argparse.Namespace) -> str | None:
    """The new account's password: from standard input, asked for twice at a terminal, or none."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("Password for the new administrator (empty for none): ")
    if password and getpass.getpass("The same password again: ") != password:
        raise NeoError("The two passwords differ; nothing was created.")
    return password or None


def _staff_add_administrator(args: argparse.Namespace) -> int:
    from neo_desktop.app import database_url, open_database
    from neo_desktop.domain.organisation import Country
    from neo_desktop.services.first_administrator import NewOrganisation, add_administrator

    new_organisation = None
    if args.kind and args.country:
        new_organisation = NewOrganisation(OrganisationKind(args.kind), Country(args.country),
                                           args.registration_number)
    password = _read_password(args)
    opened = open_database(database_url(args.database))
    try:
        result = add_administrator(opened.database, _os_user(), login_name=args.login, full_name=args.name,
                                   organisation=args.organisation, new_organisation=new_organisation,
                                   password=password)
    finally:
        opened.database.dispose()
    staff = result.staff
    if result.organisation_created:
        print(f"organisation created: {staff.organisation_name}")
    print(f"administrator created: {staff.login_name} ({staff.full_name}, {staff.organisation_name})")
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    from neo_desktop.ui.application import run_gui

    return run_gui(database_url=args.database, language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from neo_desktop.self_test import run_self_test

        return run_self_test()
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_gui)
    configure_logging(verbose=args.verbose, to_stderr=handler is not _run_gui)
    try:
        return handler(args)
    except NeoError as exc:
        log.info("%s failed: %s", args.command or "start", exc.message)
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_FAILURE
