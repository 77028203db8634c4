"""Every page's "Tell us what you think" link goes to the accessibility statement's feedback
section: an admin gives the participation team's email and phone, and people find them there
(before, the section told them to contact a team it gave no way to reach)."""

from __future__ import annotations

from coprod.areas import services
from coprod.areas.models import Area, Role
from tests.pages import assert_pages_follow_permission
from tests.two_editors import CONFLICT, open_form, save


def _feedback(client):
    """The feedback section of the accessibility statement, reached from the phase banner."""
    home = client.page("/")
    link = home.soup.select_one(".govuk-phase-banner a")["href"]
    assert link.endswith("/accessibility#feedback")
    page = client.page(link.split("#")[0])
    section = page.soup.select_one("#feedback")
    words, links = [], []
    for sibling in section.find_next_siblings():
        if sibling.name == "h2":
            break
        words.append(sibling.get_text(" ", strip=True))
        links += [a["href"] for a in sibling.select("a")]
    return " ".join(words), links


def test_families_find_the_contact_details_an_admin_gave(signed_in, client, db, area):
    words, links = _feedback(client)
    assert "contact your local area's SEND participation team" in words and links == []
    admin = signed_in(Role.ADMIN)
    assert "Contact details for families" in {a.text for a in admin.page("/staff/").soup.select(
        "main h2 a")}
    saved = admin.submit("/staff/contact", {"email": " send.team@testshire.example ",
                                            "phone": "01134960000"})
    assert "Contact details saved." in saved.text
    words, links = _feedback(client)
    assert f"contact {area.name}'s participation team" in words
    assert links == ["mailto:send.team@testshire.example", "tel:01134960000"]
    assert "0113 496 0000" in words  # written the usual UK way


def test_a_wrong_email_or_phone_is_refused_the_govuk_way_and_kept(signed_in, db, area):
    page = signed_in(Role.ADMIN).submit("/staff/contact", {"email": "send.team at testshire",
                                                           "phone": "0800 12"})
    assert page.status == 400 and page.title.startswith("Error:")
    assert page.errors == ["Enter an email address in the correct format, like name@example.com",
                           "Enter the phone number as a UK phone number, like 0113 496 0000"]
    assert page.soup.select_one("#email")["value"] == "send.team at testshire"
    db.refresh(area)
    assert (area.contact_email, area.contact_phone) == (None, None)


def test_only_admins_set_the_contact_details(signed_in):
    assert_pages_follow_permission(signed_in, "set_contact", ["/staff/contact"])


def test_two_admins_changing_the_contact_at_once_keep_each_change_and_undo_nothing_unseen(
        signed_in, db, area):
    """Each keeps what they changed; both changing the phone: the second is shown the newer
    number and saves nothing until they have seen it (common.edit_forms)."""
    url = "/staff/contact"
    services.set_contact(db, area, "send@testshire.example", "0113 496 0000")
    one, other = signed_in(Role.ADMIN), signed_in(Role.ADMIN)
    hers, his = open_form(one, url), open_form(other, url)
    assert "Contact details saved." in save(one, url, hers, email="team@testshire.example").text
    assert "Contact details saved." in save(other, url, his, phone="0113 496 0999").text
    db.expire_all()
    stored = db.get(Area, area.id)
    assert (stored.contact_email, stored.contact_phone) == (
        "team@testshire.example", "0113 496 0999")
    hers, his = open_form(one, url), open_form(other, url)
    save(one, url, hers, phone="0113 496 0111")
    clash = save(other, url, his, phone="0113 496 0222")
    assert clash.status == 400 and clash.errors == [CONFLICT.format(now="0113 496 0111")]
    db.expire_all()
    assert db.get(Area, area.id).contact_phone == "0113 496 0111"
