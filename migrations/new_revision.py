"""Write a new Alembic revision from the difference between the models and the newest revision.

    .venv/bin/python migrations/new_revision.py "add consent purpose"

It migrates a throw-away SQLite database to head, compares it with the models, and writes
``versions/NNNN_<message>.py``. Read the result, make it work on SQLite (batch mode) and PostgreSQL, and
run ``tests/db/test_migrations.py``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database


def main(message: str) -> None:
    """Autogenerate the next numbered revision."""
    numbers = [int(m.group(1)) for p in (Path(__file__).parent / "versions").glob("*.py")
               if (m := re.match(r"(\d{4})_", p.name))]
    revision_id = f"{max(numbers, default=0) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{folder}/head.sqlite3")
        migrations.upgrade(database, backup=False)
        config = migrations.alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=revision_id)
        database.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
