"""Two people editing one "you said, we did" item at once (an independent check found the last
save won silently and even undid a field the second person never touched)."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.yousaid.models import YouSaidItem
from tests.factories_yousaid import make_item
from tests.pages import Page
from tests.two_editors import CONFLICT, open_form, save, values


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


# The status form writes the item's "what we did" and "why not" too, which the item's own form
# also changes: it had the same silent last-save-wins.

def test_a_status_change_keeps_words_someone_else_saved_meanwhile(signed_in, db, area):
    item = make_item(db, area, you_said="The bus is late", we_did="We asked the operator")
    status_url = f"/staff/you-said-we-did/{item.id}/status"
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, status_url), open_form(admin, status_url)
    assert "Status changed to Agreed." in save(officer, status_url, hers, status="agreed").text
    moved = save(admin, status_url, his, we_did="We changed the operator")
    assert moved.status == 200 and not moved.errors
    db.expire_all()
    stored = db.get(YouSaidItem, item.id)
    assert (stored.status, stored.we_did) == ("agreed", "We changed the operator")


def test_a_status_change_does_not_put_back_words_changed_on_the_item_form(signed_in, db, area):
    item = make_item(db, area, you_said="The bus is late", we_did="We asked the operator")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    status_url = f"/staff/you-said-we-did/{item.id}/status"
    his = open_form(admin, status_url)  # still says "We asked the operator"
    _save(officer, item, _open(officer, item), we_did="We changed the operator")
    assert "Status changed to Agreed." in save(admin, status_url, his, status="agreed").text
    db.expire_all()
    stored = db.get(YouSaidItem, item.id)
    assert (stored.status, stored.we_did) == ("agreed", "We changed the operator")


def test_both_writing_why_not_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    item = make_item(db, area, you_said="The bus is late")
    status_url = f"/staff/you-said-we-did/{item.id}/status"
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, status_url), open_form(admin, status_url)
    save(officer, status_url, hers, status="cant_do", reason="The route is closed")
    clash = save(admin, status_url, his, status="cant_do", reason="No drivers until May")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="The route is closed")]
    assert clash.soup.select_one("textarea#reason").text.strip() == "No drivers until May"
    db.expire_all()
    assert db.get(YouSaidItem, item.id).reason == "The route is closed"  # nothing unseen

    kept = save(admin, status_url, values(clash))  # read it, and saved again: knowingly
    assert "Status changed to Can't do." in kept.text
    db.expire_all()
    stored = db.get(YouSaidItem, item.id)
    assert (stored.status, stored.reason) == ("cant_do", "No drivers until May")
