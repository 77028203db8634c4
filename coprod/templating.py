"""The Jinja environment, tuned for templates that import many GOV.UK macros."""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from typing import Any

from flask import (
    Flask,
    current_app,
    g,
    get_template_attribute,
    has_app_context,
    has_request_context,
    request,
    session,
)
from flask.templating import Environment
from flask_babel import get_locale, get_translations
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape


class CoprodEnvironment(Environment):
    """Flask's environment, with templates sharing the global namespace when they add nothing.

    Jinja wraps every template's globals in a ChainMap, which makes each `{% from ... import %}`
    compute a set difference over all the globals: about 0.1 ms an import, and a GOV.UK page
    does twenty. Sharing the one dict makes that check a fast dict-keys difference.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: dict[tuple, Any] = {}  # see page_part(), kept_macro() and kept_page()

    def kept_or(self, key: tuple, render: Callable[[], Any]) -> Any:
        """The piece kept under `key`, else `render()` kept there; bounded (areas x pages x
        languages never come near)."""
        found = self.kept.get(key)
        if found is None:
            if len(self.kept) > 2000:
                self.kept.clear()
            found = self.kept[key] = render()
        return found

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        if not d:
            return self.globals
        return super().make_globals(d)


class CoprodFlask(Flask):
    """Flask with coprod's Jinja environment."""

    jinja_environment = CoprodEnvironment


def request_translations():
    """The request's gettext catalogue, looked up once per request rather than per string.

    Flask-Babel finds the catalogue afresh for every `_()` in a template (locale, domain, cache
    key: ~20 µs each, and a page has dozens). The locale cannot change within a request here.
    """
    if not has_app_context():
        return get_translations()
    found = g.get("_translations")
    if found is None:
        found = g._translations = get_translations()
    return found


def request_gettext(message: str) -> str:
    """gettext through the request's catalogue (see request_translations), for Python code
    that builds many words for one page."""
    return request_translations().ugettext(message)


def install_request_gettext(app: Flask) -> None:
    """Give templates gettext callables that use `request_translations` (after Babel's init)."""
    app.jinja_env.install_gettext_callables(
        gettext=request_gettext,
        ngettext=lambda s, p, n: request_translations().ungettext(s, p, n),
        pgettext=lambda c, s: request_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: request_translations().unpgettext(c, s, p, n),
        newstyle=True)


@pass_context
def page_part(context: Context, name: str) -> Markup:
    """A part of the page frame (header, phase banner, footer), rendered once and kept for
    people who are not signed in: the same for every respondent of an area, yet it was half of
    each survey page's rendering time. Signed-in pages carry a menu and a token: never kept."""
    environment = context.environment
    template = environment.get_template(name)
    if current_user.is_authenticated or environment.auto_reload:
        return Markup(template.render(context.get_all()))
    key = ("part", name, context.get("area_name"), context.get("page_lang"), request.endpoint,
           request.script_root)
    return environment.kept_or(key, lambda: Markup(template.render(context.get_all())))


def kept_macro(template: str, macro: str, *args: Hashable) -> Markup:
    """Call a macro whose output depends only on its arguments and the language, once per
    process for each set of arguments: GOV.UK buttons, a question with no answer yet. A
    respondent's pages are mostly such pieces, and macros are the slow part of rendering."""
    environment = current_app.jinja_env
    if environment.auto_reload:
        return Markup(get_template_attribute(template, macro)(*args))
    key = ("macro", template, macro, args, str(get_locale()),
           request.script_root if has_request_context() else "")
    return environment.kept_or(
        key, lambda: Markup(get_template_attribute(template, macro)(*args)))


TOKEN_HOLE = "coprod-csrf-token-goes-here"


def kept_page(key: tuple, render: Callable[..., str], **holes: str) -> str:
    """A whole page that is the same for every signed-out visitor but for its CSRF token and
    any `holes` (a receipt code): rendered once, with a stand-in for each (`render(csrf_token=
    ..., **stand_ins)`), and given each visitor's own values. `key` must hold everything else
    the page shows. Not for signed-in people or for a page with messages waiting: those are
    rendered as usual (`render(**holes)`)."""
    environment = current_app.jinja_env
    if current_user.is_authenticated or environment.auto_reload or session.get("_flashes"):
        return render(**holes)
    full_key = ("page", *key, str(get_locale()), request.script_root)
    page = environment.kept_or(full_key, lambda: render(
        csrf_token=lambda: TOKEN_HOLE, **{name: _stand_in(name) for name in holes}))
    if TOKEN_HOLE in page:
        page = page.replace(TOKEN_HOLE, generate_csrf())
    for name, value in holes.items():
        page = page.replace(_stand_in(name), str(escape(value)))
    return page


def _stand_in(name: str) -> str:
    return f"coprod-{name}-goes-here"


def init_app(app: Flask) -> None:
    """Install the faster gettext and the page_part() and kept() globals (after Flask-Babel's
    init_app)."""
    install_request_gettext(app)
    app.jinja_env.globals["page_part"] = page_part
    app.jinja_env.globals["kept"] = kept_macro
