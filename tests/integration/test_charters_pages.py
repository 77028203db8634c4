"""Charter pages: who may open and change what, another area's records are not found, the
public charter in full, easy read and print, and the review reminder on the dashboard."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.charters import services
from coprod.charters.models import CharterVersion, Evaluation, Project, Rating, Signatory
from coprod.common.audit import AuditEvent
from tests import factories
from tests.factories_charters import make_charter, make_link, make_project
from tests.pages import assert_pages_follow_permission


@pytest.fixture
def charter(db, area):
    return make_charter(db, area)


@pytest.fixture
def project(db, area, charter):
    return make_project(db, area)


def test_pages_follow_the_role_table(signed_in, project):
    assert_pages_follow_permission(signed_in, "view_charters", [
        "/staff/charters/", "/staff/charters/evaluation",
        f"/staff/charters/projects/{project.id}/"])
    assert_pages_follow_permission(signed_in, "manage_projects", [
        "/staff/charters/projects/new", f"/staff/charters/projects/{project.id}/edit",
        f"/staff/charters/projects/{project.id}/links/new"])
    assert_pages_follow_permission(signed_in, "manage_charters",
                                   ["/staff/charters/signatories/new"])
    assert_pages_follow_permission(signed_in, "evaluate_coproduction",
                                   [f"/staff/charters/projects/{project.id}/evaluate"])


def test_another_areas_project_and_codes_are_not_found(signed_in, db, project):
    other = factories.make_area(db)
    theirs = signed_in(Role.ADMIN, other)
    link = make_link(db, project, codes=3)
    for url in (f"/staff/charters/projects/{project.id}/",
                f"/staff/charters/projects/{project.id}/edit",
                f"/staff/charters/projects/{project.id}/evaluate",
                f"/staff/charters/projects/{project.id}/links/{link.id}/codes"):
        assert theirs.get(url).status_code == 404, url


def test_each_role_reaches_the_charter_from_its_dashboard(signed_in, charter):
    for role in (Role.ADMIN, Role.OFFICER, Role.FORUM, Role.LEADER):
        dashboard = signed_in(role).page("/staff/")
        assert dashboard.soup.select_one('a[href="/staff/charters/"]'), role
    assert not signed_in(Role.SAFEGUARDING).page("/staff/").soup.select_one(
        'a[href="/staff/charters/"]')


def test_an_officer_adds_a_signatory_with_a_pledge(signed_in, db, charter):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/charters/signatories/new", {
        "organisation": "Northvale Council", "kind": "council",
        "signed_by": "Amira Begum, Director", "signed_on": ["20", "1", "2026"],
        "pledge": "We will publish what changed every term."})
    assert "Northvale Council added as a signatory." in page.text
    assert "We will publish what changed every term." in page.text
    assert db.exec(select(AuditEvent).where(AuditEvent.record_type == "Signatory")).first()
    public = officer.page(f"/areas/{charter_area(db, charter)}/charter/")
    assert "Signed by Amira Begum, Director on 20 January 2026." in public.text


def charter_area(db, charter):
    from coprod.areas.models import Area
    return db.get(Area, charter.area_id).slug


def test_a_signatory_with_missing_fields_is_refused_and_nothing_saved(signed_in, db, charter):
    page = signed_in(Role.ADMIN).submit("/staff/charters/signatories/new", {
        "organisation": "  ", "signed_on": ["31", "2", "2026"]})
    assert page.status == 400
    assert page.errors == ["Enter the organisation's name", "Select the kind of organisation",
                           "Enter who signed for the organisation",
                           "Date signed must be a real date", "Enter the organisation's pledge"]
    assert db.exec(select(Signatory)).all() == []


def test_a_forum_member_adds_a_project_with_its_level_explained(signed_in, db, charter):
    page = signed_in(Role.FORUM).submit("/staff/charters/projects/new", {
        "title": "Short breaks offer", "stage": "idea", "level": "consult"})
    assert page.h1 == "Short breaks offer"
    assert "Consult: We asked families what they thought, and then we decided." in page.text
    assert db.exec(select(Project).where(Project.title == "Short breaks offer")).one()


def test_an_officer_evaluates_every_principle_with_evidence(signed_in, db, project):
    officer = signed_in(Role.OFFICER)
    url = f"/staff/charters/projects/{project.id}/evaluate"
    form = officer.page(url)
    keys = [name.removeprefix("score_") for name in
            {i["name"] for i in form.soup.select("input[type=radio]")}]
    assert len(keys) == 6
    missing = officer.submit(url, {})
    assert missing.status == 400 and "Select a rating for Tell my story once" in missing.errors
    data = {f"score_{k}": "3" for k in keys} | {f"evidence_{k}": "Minutes of 3 May." for k in keys}
    page = officer.submit(url, data)
    assert "Evaluation saved." in page.text
    evaluation = db.exec(select(Evaluation)).one()
    assert (evaluation.source, evaluation.user_id) == ("officer", officer.user.id)
    assert len(db.exec(select(Rating)).all()) == 6


def test_a_forum_members_evaluation_counts_for_families(signed_in, db, project):
    forum = signed_in(Role.FORUM)
    url = f"/staff/charters/projects/{project.id}/evaluate"
    keys = {i["name"] for i in forum.page(url).soup.select("input[type=radio]")
            if i["name"].startswith("score_")}
    forum.submit(url, {k: "2" for k in keys} | {
        k.replace("score_", "evidence_"): "We joined late." for k in keys} | {
        "share_words": "no"})
    assert db.exec(select(Evaluation)).one().source == "family"


def test_the_public_charter_its_easy_read_and_print_versions(client, db, area, charter):
    full = client.page(f"/areas/{area.slug}/charter/")
    assert full.h1 == "Working together: our co-production charter"
    assert "What it looks like in practice" in full.text
    easy = client.page(f"/areas/{area.slug}/charter/easy-read")
    assert easy.h1 == "How we will work with you"
    sentences = easy.soup.select(".coprod-easy-read__item")
    assert len(sentences) >= 7 and all(item.find("img")["alt"] for item in sentences)
    printed = client.page(f"/areas/{area.slug}/charter/print")
    assert "coprod-print-a4" in printed.soup.body["class"]
    assert f"/areas/{area.slug}/charter/" in client.get("/sitemap.xml").get_data(as_text=True)


def test_an_area_with_no_charter_has_no_charter_page(client, area):
    assert client.get(f"/areas/{area.slug}/charter/").status_code == 404


def test_the_dashboard_reminds_staff_when_the_review_is_near_or_past(signed_in, db, charter):
    version = db.exec(select(CharterVersion)).one()
    version.review_on = date.today() + timedelta(days=400)
    db.add(version)
    db.commit()
    officer = signed_in(Role.OFFICER)
    assert "due for review" not in officer.page("/staff/").text
    version.review_on = date.today() + timedelta(days=20)
    db.add(version)
    db.commit()
    assert "The charter is due for review on" in officer.page("/staff/").text
    version.review_on = date.today() - timedelta(days=1)
    db.add(version)
    db.commit()
    assert "The charter's review is overdue" in officer.page("/staff/").text
    assert "was due for review" in officer.page("/staff/charters/").text


def test_links_page_says_whether_a_link_is_open_or_codes(signed_in, db, project):
    page = signed_in(Role.OFFICER).submit(f"/staff/charters/projects/{project.id}/links/new", {
        "audience": "family", "kind": "codes", "codes": "4"})
    assert page.h1 == "Codes to print"
    assert len(page.soup.select(".coprod-code-slip")) == 4
    no_number = signed_in(Role.OFFICER).submit(
        f"/staff/charters/projects/{project.id}/links/new", {"audience": "family",
                                                              "kind": "codes"})
    assert no_number.errors == ["Enter how many codes to print"]


def test_a_project_links_to_surveys_events_and_you_said_we_did_items(signed_in, db, area,
                                                                     project):
    from coprod.yousaid.models import YouSaidItem
    item = YouSaidItem(area_id=area.id, you_said="Annual reviews feel rushed")
    theirs = YouSaidItem(area_id=factories.make_area(db).id, you_said="Not ours")
    db.add_all([item, theirs])
    db.commit()
    officer = signed_in(Role.OFFICER)
    form = officer.page(f"/staff/charters/projects/{project.id}/edit")
    labels = [label.get_text(strip=True) for label in form.soup.select("label")]
    assert "Annual reviews feel rushed" in labels and "Not ours" not in labels
    page = officer.submit(f"/staff/charters/projects/{project.id}/edit", {"you_said": str(item.id)})
    assert "You said, we did: Annual reviews feel rushed" in page.text
    assert page.soup.select_one(f'a[href="/staff/you-said-we-did/{item.id}"]')
    refused = officer.submit(f"/staff/charters/projects/{project.id}/edit",
                             {"you_said": str(theirs.id)})
    assert refused.status == 400
    assert services.project_links(db, project.id)["you_said"] == [item.id]


def test_how_many_codes_typed_in_words_is_refused_in_govuk_words(signed_in, db, project):
    page = signed_in(Role.OFFICER).submit(f"/staff/charters/projects/{project.id}/links/new", {
        "audience": "family", "kind": "codes", "codes": "four"})
    assert page.errors == ["Enter how many codes as a whole number, like 30"]
