"""Two people editing one "you said, we did" item at once (an independent check found the last
save won silently and even undid a field the second person never touched)."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.yousaid.models import YouSaidItem
from tests.factories_yousaid import make_item
from tests.pages import Page


def _open(client, item):
    page = client.page(f"/staff/you-said-we-did/{item.id}/edit")
    return page.form_data()


def _save(client, item, form, **changes):
    token = client.page(f"/staff/you-said-we-did/{item.id}/edit").form_data()["csrf_token"]
    return Page(client.post(f"/staff/you-said-we-did/{item.id}/edit",
                            data={**form, **changes, "csrf_token": token},
                            follow_redirects=True))


def test_each_keeps_what_they_changed_and_neither_undoes_the_other(signed_in, db, area):
    item = make_item(db, area, you_said="The bus is late", we_did="We asked the operator",
                     impact="")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = _open(officer, item), _open(admin, item)
    assert "Item changed." in _save(officer, item, hers, we_did="We changed the operator").text
    saved = _save(admin, item, his, impact="Complaints halved")
    assert "Item changed." in saved.text
    db.expire_all()
    stored = db.get(YouSaidItem, item.id)
    assert (stored.we_did, stored.impact) == ("We changed the operator", "Complaints halved")


def test_both_changing_one_field_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    item = make_item(db, area, you_said="The bus is late", we_did="We asked the operator")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = _open(officer, item), _open(admin, item)
    _save(officer, item, hers, we_did="We changed the operator")
    clash = _save(admin, item, his, we_did="We added a second bus", impact="Fewer late days")
    assert clash.status == 400
    assert clash.errors == ["Someone else changed this after you opened the page. It now says: "
                            "“We changed the operator”. Your words are below: save again to "
                            "keep them."]
    assert clash.soup.select_one("textarea#we_did").text.strip() == "We added a second bus"
    assert clash.soup.select_one("textarea#impact").text.strip() == "Fewer late days"
    db.expire_all()
    assert db.get(YouSaidItem, item.id).we_did == "We changed the operator"  # nothing unseen

    again = clash.form_data()  # the admin read it and saves again: their words, knowingly
    kept = Page(admin.post(f"/staff/you-said-we-did/{item.id}/edit", data=again,
                           follow_redirects=True))
    assert "Item changed." in kept.text
    db.expire_all()
    stored = db.get(YouSaidItem, item.id)
    assert (stored.we_did, stored.impact) == ("We added a second bus", "Fewer late days")
