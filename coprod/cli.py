"""The `coprod` command (also `flask --app wsgi`): set up the database, users and demo data."""

from __future__ import annotations

import sys
from datetime import timedelta

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


@main.command("import-survey")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--area", "area_slug", default=None,
              help="The area's slug (default: the first area made)")
@with_appcontext
def import_survey(path: str, area_slug: str | None) -> None:
    """Import a survey file as a draft; a changed survey with responses gets a new version."""
    from coprod.surveys.definition import library

    with session_scope() as session:
        area = _area_or_first(session, area_slug)
        try:
            done = library.import_file(session, area.id, path)
        except library.SurveyFileError as error:
            message = "Nothing was imported:\n" + "\n".join(error.lines())
            raise click.ClickException(message) from None
        click.echo(f"{'Imported' if done.created else 'Updated'} {done.survey.slug} "
                   f"(version {done.version.number}) in {area.slug}.")


@main.command("purge")
@with_appcontext
def purge() -> None:
    """Delete what the privacy notice says we delete, by age (run it daily; see README)."""
    from flask import current_app
    from flask_babel import ngettext

    from coprod.retention import purge_all

    window = timedelta(minutes=current_app.config["CODE_TRIES_MINUTES"])
    with session_scope() as session:
        done = purge_all(session, code_window=window)
        click.echo("Deleted:")
        for line in done.lines():
            click.echo(f"  {line}")
        if done.held:
            click.echo(ngettext(
                "Kept: %(num)d comment past its time, held for the safeguarding lead until "
                "they record an outcome.", "Kept: %(num)d comments past their time, held for "
                "the safeguarding lead until they record an outcome.", done.held))


@main.command("import-charter")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--area", "area_slug", default=None,
              help="The area's slug (default: the first area made)")
@with_appcontext
def import_charter(path: str, area_slug: str | None) -> None:
    """Import a charter file; a changed charter becomes a new version (say what changed)."""
    from coprod.charters.files import CharterFileError, read_charter_file
    from coprod.charters.services import import_charter as store

    with session_scope() as session:
        area = _area_or_first(session, area_slug)
        try:
            done = store(session, area.id, read_charter_file(path))
        except CharterFileError as error:
            message = "Nothing was imported:\n" + "\n".join(error.lines())
            raise click.ClickException(message) from None
        click.echo(f"{done.charter.slug} in {area.slug}: {done.outcome} "
                   f"(version {done.version.number}).")

@main.command("check-survey")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def check_survey(path: str) -> None:
    """Print the easy-read checker's warnings; exit 1 on any warning or error, 0 when clean."""
    from coprod.surveys.easy_read.checker import check_survey_file

    lines = check_survey_file(path)
    for line in lines:
        click.echo(line)
    if lines:
        raise SystemExit(1)
    click.echo(f"{click.format_filename(path)}: no problems found.")


@main.command("analyse")
@click.option("--area", "area_slug", help="Use this area's codebook (the default otherwise).")
@click.option("--retheme", is_flag=True,
              help="Instead of reading stdin, re-theme the area's stored comments.")
@click.option("--all", "everything", is_flag=True,
              help="With --retheme: every comment, not only those themed with an older codebook.")
@with_appcontext
def analyse(area_slug: str | None, retheme: bool, everything: bool) -> None:
    """Analyse comments: JSON Lines of {"id", "text"} on stdin, one JSON line per comment on
    stdout (id, themes, sentiment, polarity, safeguarding, redacted_text, phrases)."""
    from coprod.analysis import commands
    from coprod.areas.services import area_by_slug

    if retheme and not area_slug:
        raise click.UsageError("--retheme needs --area SLUG.")
    with session_scope() as session:
        area = area_by_slug(session, area_slug) if area_slug else None
        if area_slug and area is None:
            raise click.ClickException(f"No area with the slug {area_slug!r}.")
        if retheme:
            commands.retheme_area(session, area.id, everything)
            return
        codebook = commands.area_book(session, area.id) if area else None
    commands.analyse_lines(sys.stdin, sys.stdout, codebook)


@main.command("train-themes")
@click.option("--train", "train_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Labelled JSON Lines to learn from and cross-validate on (default: the "
                   "corpus's training part).")
@click.option("--dev", "dev_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="More labelled JSON Lines pooled with --train for cross-validation "
                   "(default: the corpus's development part).")
@click.option("--extra", "extra_paths", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="Labelled JSON Lines learnt from but never scored (default, with the "
                   "default --train: tests/data/theming_dev.jsonl, our own older examples).")
@click.option("--disclosures", "disclosure_paths", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines labelled for safeguarding (text, safeguarding), learnt from by the "
                   "disclosure column only (default, with the default --train: "
                   "tests/data/theming_*.jsonl, tests/data/safeguarding_dev/ and "
                   "tests/data/safeguarding_learn/).")
@click.option("--include-confirmed", is_flag=True,
              help="Also learn from comments people have fully coded in this database (their "
                   "chosen sentiment and every suggested theme decided), never scoring them.")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: the one shipped in the package).")
@click.pass_context
def train_themes(ctx: click.Context, train_paths: tuple[str, ...], dev_paths: tuple[str, ...],
                 extra_paths: tuple[str, ...], disclosure_paths: tuple[str, ...],
                 include_confirmed: bool, out: str | None) -> None:
    """Train the learned theming layer offline from labelled comments (never the test part)."""
    from flask.cli import ScriptInfo

    from coprod.analysis import commands
    from coprod.analysis.confirmed import confirmed_examples

    confirmed: list = []
    if include_confirmed:  # the database is read only when asked: training needs none
        with ctx.ensure_object(ScriptInfo).load_app().app_context(), \
                session_scope() as session:
            confirmed = confirmed_examples(session)
        noun = "comment" if len(confirmed) == 1 else "comments"
        click.echo(f"Learning also from {len(confirmed):,} {noun} people have coded.")
    commands.train_themes(train_paths, dev_paths, extra_paths, out, confirmed, disclosure_paths)


def _area_or_first(session, area_slug: str | None):
    from sqlmodel import select

    from coprod.areas.models import Area
    from coprod.areas.services import area_by_slug

    area = (area_by_slug(session, area_slug) if area_slug
            else session.exec(select(Area).order_by(Area.id)).first())
    if area is None:
        raise click.ClickException(f"No area with the slug {area_slug!r}." if area_slug
                                   else "There is no area yet: run seed-demo or create one.")
    return area


@main.command("report")
@click.option("--area", "area_slug", required=True, help="The area's slug")
@click.option("--from", "date_from", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="First day, as YYYY-MM-DD")
@click.option("--to", "date_to", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="Last day, as YYYY-MM-DD")
@click.option("--kind", type=click.Choice(["voice", "evidence-pack"]), default="voice")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "csv", "xlsx"]),
              default="html", help="csv writes one file per table into the --out folder")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=True),
              help="The file to write (a folder for csv)")
@with_appcontext
def report(area_slug: str, date_from, date_to, kind: str, fmt: str, out: str) -> None:
    """Write a report for an area and period: HTML, PDF, CSV (each table) or Excel."""
    from coprod.reports.commands import write_report

    try:
        write_report(area_slug, date_from.date(), date_to.date(), kind, fmt, out,
                     lambda line: click.echo(line, err=True))
    except ValueError as error:
        raise click.UsageError(str(error)) from error


@main.command("run-jobs")
@click.option("--once", is_flag=True,
              help="Build the PDFs and send the alerts waiting now, then stop (for cron)")
@click.option("--every", default=10.0, show_default=True,
              help="Seconds between looks for new jobs")
@with_appcontext
def run_jobs(once: bool, every: float) -> None:
    """Build the report PDFs people asked for and send waiting safeguarding alerts: a worker of
    its own, beside (or instead of) the threads each web process runs. Safe to run on several
    hosts: each job is built once, each alert sent once."""
    import time

    from flask import current_app

    from coprod.analysis.alerts import send_waiting
    from coprod.reports.jobs import run_pending

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    while True:
        alerted = send_waiting(app)
        if alerted:
            click.echo(f"Dealt with the alert for {alerted} safeguarding flag"
                       f"{'s' if alerted > 1 else ''}.", err=True)
        built = run_pending(app)
        if built:
            click.echo(f"Built {built} PDF{'s' if built > 1 else ''}.", err=True)
        if once:
            return
        time.sleep(every)
