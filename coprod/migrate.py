"""Applying and creating Alembic migrations from code (no alembic.ini to keep in step)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at coprod's migrations and this database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database up to the newest migration of every branch.

    On SQLite, foreign keys are off while migrations run (a migration that makes a table again
    drops the old one, and a drop with them on deletes every row pointing at it) and checked
    before the upgrade commits. The pragma only takes effect outside a transaction."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
                if sqlite:
                    _check_foreign_keys(connection)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def _check_foreign_keys(connection: Connection) -> None:
    """Refuse (and so roll back) an upgrade that left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"The upgrade left {len(broken)} rows pointing at rows that do not "
                           f"exist, first in table {broken[0][0]}: nothing was changed")


def new_revision(engine: Engine, message: str) -> None:
    """Autogenerate a migration from the models (for developers: `coprod make-migration`)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    command.revision(config, message=message, autogenerate=True)
