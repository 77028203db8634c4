"""The demo area's "you said, we did" items: at least 40, every status, resting on demo comments,
events and survey results, some families told and some not, and a demo respondent's receipt
code finds what happened."""

from collections import Counter

from sqlmodel import select

from coprod import demo
from coprod.surveys.definition import library
from coprod.surveys.models import Survey, SurveyResponse
from coprod.voice.models import Comment
from coprod.yousaid import voices
from coprod.yousaid.models import EvidenceLink, FamiliesTold, YouSaidItem


def test_the_demo_items_show_every_page_something_real(app, db, client):
    with app.app_context():  # the whole demo, as `coprod seed-demo` runs it
        area = demo.seed(db)
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).all()
    assert len(items) >= 40
    assert set(Counter(i.status for i in items)) == {"new", "agreed", "in_progress", "done",
                                                     "cant_do"}
    kinds = set(db.exec(select(EvidenceLink.kind).where(EvidenceLink.area_id == area.id)).all())
    assert kinds == {"comment", "event", "question"}
    for link in db.exec(select(EvidenceLink).where(EvidenceLink.area_id == area.id,
                                                   EvidenceLink.kind == "question")).all():
        question = library.current_definition(db, db.get(Survey, link.survey_id)).question(
            link.question_id)
        assert not question.about_the_person, f"item {link.item_id} rests on {question.text}"
    website = db.exec(select(FamiliesTold.item_id).where(FamiliesTold.area_id == area.id,
                                                         FamiliesTold.how == "website")).all()
    assert all(db.get(YouSaidItem, item_id).published for item_id in website)
    told = set(db.exec(select(FamiliesTold.item_id).where(FamiliesTold.area_id == area.id)).all())
    finished = [i for i in items if i.status in ("done", "cant_do")]
    assert any(i.id in told for i in finished) and any(i.id not in told for i in finished)
    for item in items:
        services_ok = item.status != "cant_do" or item.reason
        assert services_ok and (item.status != "done" or item.we_did)

    board = client.page(f"/areas/{area.slug}/you-said-we-did/")
    assert len(board.soup.select(".coprod-ysyd-card")) == sum(i.published for i in items)

    linked = select(EvidenceLink.comment_id).where(EvidenceLink.area_id == area.id)
    response_id = db.exec(select(Comment.survey_response_id).where(  # the first the demo chose
        Comment.id.in_(linked), Comment.survey_response_id.is_not(None))
        .order_by(Comment.survey_response_id)).first()
    code = db.get(SurveyResponse, response_id).receipt_code
    found = voices.receipt(db, code)
    assert found and found.items, "a demo respondent's receipt code finds what happened"
    assert "You said" in client.submit("/you-said-we-did/what-happened", {"code": code}).text
