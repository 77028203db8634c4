"""Two admins changing the area's helpline at once: each keeps what they changed, and neither
undoes the other unseen (common.edit_forms). Before, the last save won: it put back the name
or number as its page was opened."""

from __future__ import annotations

from coprod.areas import services
from coprod.areas.models import Area, Role
from tests.two_editors import CONFLICT, open_form, save, values

URL = "/staff/helpline"


def test_each_keeps_what_they_changed_in_the_helpline(signed_in, db, area):
    services.set_helpline(db, area, "Northvale front door", "0808 800 5000")
    one, other = signed_in(Role.ADMIN), signed_in(Role.ADMIN)
    hers, his = open_form(one, URL), open_form(other, URL)
    assert "Helpline saved." in save(one, URL, hers,
                                     name="Northvale Children's Services front door").text
    assert "Helpline saved." in save(other, URL, his, phone="0113 496 0000").text
    db.expire_all()
    stored = db.get(Area, area.id)
    assert (stored.helpline_name, stored.helpline_phone) == (
        "Northvale Children's Services front door", "0113 496 0000")


def test_both_changing_the_number_shows_the_newer_one_and_saves_nothing_unseen(
        signed_in, db, area):
    services.set_helpline(db, area, "Northvale front door", "0808 800 5000")
    one, other = signed_in(Role.ADMIN), signed_in(Role.ADMIN)
    hers, his = open_form(one, URL), open_form(other, URL)
    save(one, URL, hers, phone="0113 496 0000")
    clash = save(other, URL, his, phone="0113 496 0999")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="0113 496 0000")]
    assert clash.soup.select_one("input#phone")["value"] == "0113 496 0999"
    db.expire_all()
    assert db.get(Area, area.id).helpline_phone == "0113 496 0000"  # nothing unseen

    assert "Helpline saved." in save(other, URL, values(clash)).text
    db.expire_all()
    assert db.get(Area, area.id).helpline_phone == "0113 496 0999"
