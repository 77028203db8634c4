"""The `coprod` command (also `flask --app wsgi`): set up the database, users and demo data."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import FlaskGroup, with_appcontext

from coprod import create_app, migrate
from coprod.areas.models import Role
from coprod.db import get_engine, session_scope


def _app() -> Flask:
    return create_app()


@click.group(cls=FlaskGroup, create_app=_app)
def main() -> None:
    """coprod: co-production and family voice for SEND local areas."""


@main.command("init-db")
@with_appcontext
def init_db() -> None:
    """Apply every database migration (safe to run again)."""
    migrate.upgrade(get_engine())
    click.echo("Database is up to date.")


@main.command("make-migration")
@click.argument("message")
@with_appcontext
def make_migration(message: str) -> None:
    """Write a new migration from the models (for developers)."""
    migrate.new_revision(get_engine(), message)


@main.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--area", "area_slug", required=True, help="The area's slug")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.password_option()
@with_appcontext
def create_user(email: str, name: str, area_slug: str, role: str, password: str) -> None:
    """Create an account with a role in an area."""
    from coprod.areas.services import area_by_slug
    from coprod.auth import services

    with session_scope() as session:
        area = area_by_slug(session, area_slug)
        if area is None:
            raise click.ClickException(f"No area with the slug {area_slug!r}.")
        if services.existing_user(session, email):
            raise click.ClickException(f"There is already an account for {email}.")
        services.create_user(session, email, name, password, area, Role(role))
    click.echo(f"Created {email} as {role} in {area_slug}.")


@main.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database has an area.")
@with_appcontext
def seed_demo(if_empty: bool) -> None:
    """Create the demo area, one user per role, and records for every page."""
    from coprod import demo

    with session_scope() as session:
        if if_empty and not demo.database_is_empty(session):
            click.echo("Demo data is already loaded.")
            return
        demo.seed(session)
    click.echo(demo.sign_in_help())
