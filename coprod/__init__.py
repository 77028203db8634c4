"""coprod: co-production and family voice for SEND local areas."""

from __future__ import annotations

from typing import Any

from flask import Flask
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from coprod import db, static_files, templating
from coprod.common.sessions import KeptSigningSessions
from coprod.config import PROJECT_ROOT, build_config
from coprod.templating import CoprodFlask

BLUEPRINTS = (
    "coprod.site.views:bp",
    "coprod.auth.views:bp",
    "coprod.areas.views:bp",
    "coprod.surveys.staff:bp",
    "coprod.comments.views:bp",
    "coprod.events.views:bp",
    "coprod.analysis.views:bp",
    "coprod.surveys.journey:bp",
    "coprod.yousaid.views:bp",
    "coprod.yousaid.public_views:bp",
    "coprod.charters.views:bp",
    "coprod.charters.public_views:public_bp",
    "coprod.reports.views:bp",
)
# Modules whose routes attach to their package's blueprint above: importing them adds the routes.
VIEWS = (
    "coprod.surveys.staff.views",
    "coprod.surveys.staff.entry_views",
    "coprod.surveys.builder.views",
    "coprod.surveys.builder.option_views",
    "coprod.surveys.results.views",
    "coprod.surveys.journey.views",
    "coprod.surveys.journey.code_views",
    "coprod.analysis.codebook_views",
    "coprod.analysis.safeguarding_views",
    "coprod.yousaid.dashboard_views",
    "coprod.yousaid.file_views",
)


def create_app(config: str | None = None, **overrides: Any) -> Flask:
    """Build the app: settings, extensions, template loaders, blueprints, errors, headers."""
    app = CoprodFlask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    app.config.update(build_config(config))
    app.config.update(overrides)
    app.session_interface = KeptSigningSessions()
    app.jinja_loader = ChoiceLoader([
        app.jinja_loader,  # type: ignore[list-item]  # Flask always makes one
        PrefixLoader({
            "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
            "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
        }),
    ])
    app.jinja_env.add_extension("jinja2.ext.do")
    db.init_app(app)
    _init_extensions(app)
    templating.init_app(app)
    from coprod.common.web import IdConverter

    app.url_map.converters["int"] = IdConverter  # before any URL is added: see IdConverter
    _register_blueprints(app)
    # Importing it sets its session hooks: a flag raised anywhere wakes the alert thread.
    from coprod.analysis import alerts
    from coprod.areas import web as areas_web
    from coprod.common import errors, web

    errors.init_app(app)
    alerts.init_app(app)
    web.init_app(app)
    areas_web.init_app(app)
    static_files.init_app(app)
    web.check_security_tokens_last(app)
    if app.config["PROXY_HOPS"]:
        hops = app.config["PROXY_HOPS"]
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    return app


def _init_extensions(app: Flask) -> None:
    from coprod.common.i18n import select_locale
    from coprod.extensions import babel, csrf, login_manager, wtforms_helpers

    login_manager.init_app(app)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    from coprod.common import i18n

    i18n.init_app(app)
    wtforms_helpers.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from importlib import import_module

    for module in VIEWS:
        import_module(module)
    for path in BLUEPRINTS:
        module, name = path.split(":")
        app.register_blueprint(getattr(import_module(module), name))
