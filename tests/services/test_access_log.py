"""The access log is written with the work, and chained so that tampering shows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Setting
from neo_desktop.domain.access import AccessAction
from neo_desktop.services.access_log import ChainCheck, record_access, verify_chain


def test_entries_chain_onto_each_other(database: Database) -> None:
    with database.transaction() as session:
        first = record_access(session, login_name="mette", action=AccessAction.READ, participant_id=7,
                              purpose="follow-up")
        second = record_access(session, login_name="mette", action=AccessAction.SEARCH, search_criterion="name: ha")
    assert first.previous_hash is None
    assert second.previous_hash == first.entry_hash
    assert len({first.entry_hash, second.entry_hash}) == 2


def write_entries(database: Database, count: int) -> list[int]:
    with database.transaction() as session:
        return [record_access(session, login_name="mette", action=AccessAction.READ, participant_id=n,
                              purpose="follow-up").id for n in range(count)]


def check(database: Database) -> ChainCheck:
    with database.transaction() as session:
        return verify_chain(session)


def test_an_untouched_log_verifies(database: Database) -> None:
    write_entries(database, 5)
    result = check(database)
    assert (result.intact, result.checked) == (True, 5)


def test_an_edited_entry_is_found(database: Database) -> None:
    ids = write_entries(database, 5)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE access_log SET purpose = 'nothing to see' WHERE id = :i"), {"i": ids[2]})
    result = check(database)
    assert (result.intact, result.broken_at, result.checked) == (False, ids[2], 2)
    assert "edited" in result.reason


def test_a_removed_entry_is_found(database: Database) -> None:
    ids = write_entries(database, 5)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM access_log WHERE id = :i"), {"i": ids[1]})
    result = check(database)
    assert (result.intact, result.broken_at) == (False, ids[2])
    assert f"does not follow entry {ids[0]}" in result.reason


def test_entry_rolls_back_with_the_work_it_records(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.add(Setting(key="k", value="v"))
        record_access(session, login_name="mette", action=AccessAction.UPDATE, participant_id=1)
        raise RuntimeError("the save failed")
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AccessLogEntry)) == 0
        assert session.scalar(select(func.count()).select_from(Setting)) == 0


def test_concurrent_writers_never_fork_the_chain(database: Database) -> None:
    """Background tasks (and a second program on the same file) write the log at the same time; each entry
    must still chain onto exactly one predecessor, or ``audit verify`` would report tampering that never
    happened."""
    from concurrent.futures import ThreadPoolExecutor

    def work(worker: int) -> None:
        for n in range(25):
            with database.transaction() as session:
                session.execute(select(func.count()).select_from(AccessLogEntry))  # the work reads first
                record_access(session, login_name=f"worker{worker}", action=AccessAction.READ, participant_id=n)

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(work, range(4)))
    result = check(database)
    assert (result.intact, result.checked) == (True, 100), result
