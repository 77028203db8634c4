"""The Jinja environment, tuned for templates that import many GOV.UK macros."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from flask import Flask, g, has_app_context
from flask.templating import Environment
from flask_babel import get_translations
from wtforms import Field
from wtforms.validators import Length


class CoprodEnvironment(Environment):
    """Flask's environment, with templates sharing the global namespace when they add nothing.

    Jinja wraps every template's globals in a ChainMap, which makes each `{% from ... import %}`
    compute a set difference over all the globals: about 0.1 ms an import, and a GOV.UK page
    does twenty. Sharing the one dict makes that check a fast dict-keys difference.
    """

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


def max_length(field: Field) -> int | None:
    """The most characters a field's Length validator allows (the smallest, if it has more
    than one), so a character count's limit is written once, beside the message that says
    it: `{"maxlength": form.text|max_length}`. None when nothing limits it."""
    limits = [v.max for v in field.validators if isinstance(v, Length) and v.max >= 0]
    return min(limits, default=None)


def init_app(app: Flask) -> None:
    """Install the faster gettext (after Flask-Babel's init_app) and the form helpers
    templates read."""
    from coprod.common.forms import failed_form

    install_request_gettext(app)
    app.add_template_global(failed_form, "failed_form")
    app.add_template_filter(max_length, "max_length")
