"""Applying and creating Alembic migrations from code (no alembic.ini to keep in step)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

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
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def new_revision(engine: Engine, message: str) -> None:
    """Autogenerate a migration from the models (for developers: `coprod make-migration`)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    command.revision(config, message=message, autogenerate=True)
