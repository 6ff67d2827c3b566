"""Alembic environment of NEO Desktop.

The configuration is built in code (``neo_desktop.db.migrations.alembic_config``), not read from an
``alembic.ini``, so the frozen program carries no loose configuration file. The caller hands over an open
connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from neo_desktop.db.engine import build_engine
from neo_desktop.db.models import Base
from neo_desktop.db.search_index import include_object

config = context.config
target_metadata = Base.metadata


def run_with(connection: Connection) -> None:
    """Run the migrations on ``connection``; batch mode lets SQLite alter tables by copying them."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,  # the search index (0004) has no models
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the caller's connection, or open one from the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    engine = build_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as connection:
            run_with(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("NEO Desktop's migrations run against a database connection, not offline.")
run_migrations_online()
