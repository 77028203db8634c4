"""The audit log people can read (issue 13, point 2): entries in words, filters, GOV.UK
paging, a CSV export that a spreadsheet cannot run, secrets never shown; invitations accepted,
refused sign-ins and locks recorded; coprod's own changes shown as coprod's."""

import csv
import io
from datetime import date, timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from tests import factories
from tests.factories_voice import make_event
from tests.pages import Page, assert_pages_follow_permission


def _entries(page) -> list[str]:
    return [row.select("td")[1].get_text(" ", strip=True)
            for row in page.soup.select("main tbody tr")]


def test_a_change_reads_as_a_sentence_with_before_and_after(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    event = make_event(db, area, "Transport letters")
    held = event.held_on
    officer.submit(f"/staff/events/{event.id}/edit", {
        "title": "Transport letters (autumn)",
        "held_on": [str(held.day), str(held.month), str(held.year)]})
    entries = _entries(signed_in(Role.ADMIN).page("/staff/audit-log"))
    assert entries[0] == (f"{officer.user.name} changed the title from Transport letters to "
                          "Transport letters (autumn) of the listening event 'Transport letters "
                          "(autumn)'")


def test_secrets_and_family_words_never_show(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    admin.submit("/staff/people", {"email": "new@example.org", "role": "forum"})
    officer = signed_in(Role.OFFICER)
    officer.submit("/staff/voice/new", {"text": "My son's EHCP is late", "group": "parent_carer",
                                        "channel": "email", "said_on": ["1", "11", "2026"],
                                        "how_given": "alone"})
    page = admin.page("/staff/audit-log")
    text = page.text
    assert "token" not in text and "hash" not in text and "EHCP" not in text
    assert "added comment" in text


def test_an_accepted_invitation_is_logged(db, app, area,
                                                                           signed_in):
    admin = signed_in(Role.ADMIN)
    _invite, token = factories.make_invite(db, area, admin.user, "jo@example.org", Role.FORUM)
    app.test_client().submit(f"/invite/{token}", {"name": "Jo Forum", "password": "x" * 12,
                                                 "confirm": "x" * 12})
    entries = _entries(admin.page("/staff/audit-log?kind=Invite"))
    assert entries[0] == "Jo Forum accepted an invitation as forum"
    rows = db.exec(select(AuditEvent).where(AuditEvent.action == "accepted")).all()
    assert [r.area_id for r in rows] == [area.id]


def test_refused_sign_ins_and_a_lock_read_in_words(db, area, signed_in):
    from coprod.auth import services as auth
    person = factories.make_user(db, area, Role.FORUM, email="sam@example.org")
    rules = auth.ThrottleRules(slow_after=10, lock_after=2)
    auth.sign_in(db, "sam@example.org", "wrong", rules)
    auth.sign_in(db, "sam@example.org", "wrong again", rules)
    entries = _entries(signed_in(Role.ADMIN).page("/staff/audit-log?kind=SignIn"))
    assert entries == ["Sign-ins as sam@example.org were locked after 2 failures",
                       "A sign-in as sam@example.org was refused (1 failed in a row)"]
    assert person.id


def test_an_automatic_flag_is_shown_as_made_by_coprod(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    officer.submit("/staff/voice/new", {"text": "Dad hits me when he is angry", "group": "child",
                                        "channel": "phone", "said_on": ["1", "11", "2026"],
                                        "how_given": "alone"})
    page = signed_in(Role.ADMIN).page("/staff/audit-log?who=coprod")
    entries = _entries(page)
    assert any(e.startswith("coprod added safeguarding flag") for e in entries)
    assert not any(officer.user.name in e for e in entries)


def test_filters_by_person_kind_and_date(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    forum = signed_in(Role.FORUM)
    for client in (officer, forum):
        client.submit("/staff/voice/new", {"text": "The bus is late", "group": "parent_carer",
                                           "channel": "email", "said_on": ["1", "11", "2026"],
                                           "how_given": "alone"})
    admin = signed_in(Role.ADMIN)
    mine = _entries(admin.page(f"/staff/audit-log?who={forum.user.id}"))
    assert mine and all(e.startswith(forum.user.name) for e in mine)
    comments = _entries(admin.page("/staff/audit-log?kind=Comment"))
    assert len(comments) == 2 and all("added comment" in e for e in comments)
    tomorrow = date.today() + timedelta(days=1)
    later = admin.page(f"/staff/audit-log?since={tomorrow.day}&since={tomorrow.month}"
                       f"&since={tomorrow.year}")
    assert "No entries match." in later.text


def test_many_entries_page_with_the_govuk_pagination_component(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    for n in range(55):
        make_event(db, area, f"Event {n}")
    db.add_all([AuditEvent(area_id=area.id, user_id=admin.user.id, action="create",
                           record_type="ListeningEvent", record_id=str(n), changes={})
                for n in range(55)])
    db.commit()
    page = admin.page("/staff/audit-log?kind=ListeningEvent")
    nav = page.soup.select_one("nav.govuk-pagination")
    assert nav is not None and nav.select_one(".govuk-pagination__next a")
    second = admin.page(nav.select_one(".govuk-pagination__next a")["href"])
    assert "Page 2 of 2" in second.text and len(_entries(second)) == 5


def test_the_csv_export_is_in_words_and_neutralises_formulas(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    event = make_event(db, area, "Drop-in")
    held = event.held_on
    officer.submit(f"/staff/events/{event.id}/edit", {
        "title": "=HYPERLINK(\"http://evil\")",
        "held_on": [str(held.day), str(held.month), str(held.year)]})
    response = signed_in(Role.ADMIN).get("/staff/audit-log.csv?kind=ListeningEvent")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["when", "who", "what", "kind of record", "record"]
    assert rows[1][1] == officer.user.name
    assert rows[1][2].startswith(f"{officer.user.name} changed the title from Drop-in to")
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_only_admins_read_the_audit_log(db, area, signed_in):
    assert_pages_follow_permission(signed_in, "view_audit",
                                   ["/staff/audit-log", "/staff/audit-log.csv"])


def test_every_kind_of_record_the_log_keeps_has_a_name_a_person_uses():
    """A kind not named reads as its class name ("SelfEvaluation 1", "Selfevaluation")."""
    from sqlmodel import SQLModel

    import coprod.models  # noqa: F401  (every table)
    from coprod.areas.audit_words import KINDS, kind_heading

    audited = {mapper.class_.__name__ for mapper in SQLModel._sa_registry.mappers
               if getattr(mapper.class_, "__audit__", True)}
    assert audited - set(KINDS) == set()
    assert kind_heading("SendPopulation") == "SEND population figures"
    assert kind_heading("YouSaidItem") == "“You said, we did” item"


def test_a_change_with_nothing_short_to_quote_says_what_was_changed(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    officer.submit("/staff/reports/self-evaluation", {"text": "We listened. " * 20})
    officer.submit("/staff/reports/self-evaluation", {"text": "We listened and acted. " * 20})
    page = signed_in(Role.ADMIN).page("/staff/audit-log")
    entries = _entries(page)
    assert any(entry.startswith(f"{officer.user.name} changed") and "self-evaluation" in entry
               for entry in entries), entries
    assert not any("nothing shown" in entry or "SelfEvaluation" in entry for entry in entries)
    kinds = [option.get_text(strip=True) for option in page.soup.select("select#kind option")]
    assert "Self-evaluation" in kinds


def test_an_audit_log_download_with_a_wrong_date_gives_no_file_but_says_why(db, area,
                                                                            signed_in):
    make_event(db, area, "Drop-in")
    page = Page(signed_in(Role.ADMIN).get("/staff/audit-log.csv?since=31&since=2&since=2026"))
    assert page.status == 400 and page.response.mimetype == "text/html"
    assert page.h1 == "Audit log" and page.errors == ["On or after must be a real date"]
    assert "Correct the filters to download these entries." in page.text
    assert not page.soup.select("a[download]")
