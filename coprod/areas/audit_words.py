"""The audit log in words a person reads ("Priya Shah changed the status of the event action
'Transport letters' from doing to done"), never a dump of columns. Pure functions."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from coprod.common.audit import LABEL_KEY, WAS_KEY, AuditEvent

# Kinds of record, as a person calls them; a kind not listed reads as its class name.
KINDS = {
    "Comment": _l("comment"), "ListeningEvent": _l("listening event"),
    "EventAction": _l("event action"), "Membership": _l("role in the area"),
    "Invite": _l("invitation"), "User": _l("account"), "Survey": _l("survey"),
    "SurveyVersion": _l("survey version"), "SurveyResponse": _l("survey response"),
    "SurveyAnswer": _l("survey answer"), "AreaCodebook": _l("codebook"),
    "CommentAnalysis": _l("comment's sentiment"), "CommentTheme": _l("theme on a comment"),
    "SafeguardingFlag": _l("safeguarding flag"), "FlagStep": _l("safeguarding casework step"),
    "SafeguardingProcedure": _l("safeguarding procedure"), "SignIn": _l("sign-in"),
    "Area": _l("area"),
    "YouSaidItem": _l("“you said, we did” item"), "EvidenceLink": _l("piece of evidence"),
    "ProgressStep": _l("progress note"), "FamiliesTold": _l("record of telling families"),
    "Charter": _l("charter"), "CharterVersion": _l("charter version"),
    "Signatory": _l("signatory"), "Project": _l("piece of work"),
    "ProjectLink": _l("link to a piece of work"), "EvaluationLink": _l("evaluation link"),
    "EvaluationCode": _l("evaluation code"), "Evaluation": _l("evaluation"),
    "Rating": _l("rating"), "SavedReport": _l("saved report"),
    "SelfEvaluation": _l("self-evaluation"), "SendPopulation": _l("SEND population figures"),
}
# Columns that say nothing to a reader (when, by whom: the row already says so).
QUIET = ("id", "area_id", "created_at", "updated_at", "created_by_id", "updated_by_id",
         "decided_at", "handled_at", "handled_by_id", "decided_by_id", "analysed_at",
         "sentiment_set_at", "sentiment_set_by_id", "published_by_id", "raised_by_id", "at")
SHORT = 60
# Stored values whose words are not just the value with spaces for underscores.
VALUE_WORDS = {"wont_do": _l("won't do")}


def kind(record_type: str) -> str:
    """What a person calls this kind of record."""
    return str(KINDS.get(record_type, record_type))


def kind_heading(record_type: str) -> str:
    """The kind as a filter's choice: its first letter a capital, the rest as written ("SEND
    population figures", not "Send population figures")."""
    words = kind(record_type)
    first = next((i for i, ch in enumerate(words) if ch.isalpha()), 0)
    return words[:first] + words[first:first + 1].upper() + words[first + 1:]


def _value(value: Any) -> str | None:
    """A value worth quoting: short text or a number; None for empty or long text, lists
    and ids."""
    if value is None or isinstance(value, dict | list) or value in ("(changed)", ""):
        return None
    text = str(VALUE_WORDS.get(value, value)).replace("_", " ")
    return text if len(text) <= SHORT else None


def _field(name: str) -> str:
    return name.removesuffix("_id").replace("_", " ")


def _what(event: AuditEvent) -> str:
    label = event.changes.get(LABEL_KEY)
    if label:
        return _("the %(kind)s '%(label)s'", kind=kind(event.record_type), label=label)
    return _("%(kind)s %(id)s", kind=kind(event.record_type), id=event.record_id)


def _update(event: AuditEvent) -> str:
    was = event.changes.get(WAS_KEY, {})
    parts = []
    for name, new in event.changes.items():
        if name in (LABEL_KEY, WAS_KEY) or name in QUIET:
            continue
        old, shown = _value(was.get(name)), _value(new)
        if shown is not None and old is not None:
            parts.append(_("the %(field)s from %(old)s to %(new)s", field=_field(name), old=old,
                           new=shown))
        elif shown is not None and not name.endswith("_id"):
            parts.append(_("the %(field)s to %(new)s", field=_field(name), new=shown))
        else:
            parts.append(_("the %(field)s", field=_field(name)))
    if not parts:  # only long words or hidden fields changed: say what, not "nothing"
        return _("changed %(what)s", what=_what(event))
    return _("changed %(parts)s of %(what)s", parts=", ".join(parts), what=_what(event))


def in_words(event: AuditEvent, who: str | None) -> str:
    """One entry as a sentence. `who` is the person's name; None means coprod did it (an
    automatic flag, a suggested theme, background re-theming)."""
    who = who or _("coprod")
    changes = event.changes
    if event.action == "create":
        return _("%(who)s added %(what)s", who=who, what=_what(event))
    if event.action == "delete":
        return _("%(who)s removed %(what)s", who=who, what=_what(event))
    if event.action == "update":
        return _("%(who)s %(changed)s", who=who, changed=_update(event))
    if event.action == "accepted":
        return _("%(who)s accepted an invitation as %(role)s", who=who,
                 role=changes.get("role", ""))
    if event.action == "refused":
        return _("A sign-in as %(email)s was refused (%(n)s failed in a row)",
                 email=changes.get("email", ""), n=changes.get("failures", ""))
    if event.action == "locked":
        return _("Sign-ins as %(email)s were locked after %(n)s failures",
                 email=changes.get("email", ""), n=changes.get("failures", ""))
    return _("%(who)s %(action)s %(what)s", who=who, action=event.action, what=_what(event))
