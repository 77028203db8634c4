"""Applying and creating Alembic migrations from code (no alembic.ini to keep in step)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at coprod's migrations and this database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database up to the newest migration of every branch."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _upgrade_sqlite(connection, config)
            return
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")


def _upgrade_sqlite(connection: Connection, config: Config) -> None:
    """On SQLite, foreign keys are off while migrations run: a migration that makes a table
    again drops the old one, and a drop with them on deletes every row pointing at it. The
    pragma only takes effect outside a transaction. The upgrade is refused (rolled back) if it
    leaves a row pointing at nothing that did not before."""
    current = set(MigrationContext.configure(connection).get_current_heads())
    connection.commit()
    if current == set(ScriptDirectory.from_config(config).get_heads()):
        return
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        broken_before = _broken_foreign_keys(connection)
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
            broken = _broken_foreign_keys(connection) - broken_before
            if broken:
                table = sorted(broken)[0][0]
                raise RuntimeError(f"The upgrade would leave {len(broken)} rows pointing at "
                                   f"rows that do not exist, first in table {table}: "
                                   "nothing was changed")
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def _broken_foreign_keys(connection: Connection) -> set[tuple]:
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def new_revision(engine: Engine, message: str) -> None:
    """Autogenerate a migration from the models (for developers: `coprod make-migration`)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    command.revision(config, message=message, autogenerate=True)
