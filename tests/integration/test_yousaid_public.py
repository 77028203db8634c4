"""The public side: the board, its easy-read version and the A4 poster show published items'
public wording only; "what happened to what I said" shows a respondent only the published items
their own answers are evidence for; wrong codes are throttled."""

from coprod.yousaid import evidence, voices
from tests import factories
from tests.factories_voice import make_comment, make_event
from tests.factories_yousaid import PUBLIC, make_item, make_published, make_respondent

FAMILY_WORDS = "My son waited 41 weeks and I rang every Friday"
HIDDEN = {"you_said": "Draft: not for the public yet", "you_said_easy": "Draft easy words",
          "we_did": "Draft we did", "we_did_easy": "Draft we did easy"}


def _board_items(db, area):
    shown = make_published(db, area, status="done", reason="")
    make_item(db, area, **HIDDEN)  # not published
    comment = make_comment(db, area, FAMILY_WORDS)
    evidence.link_comments(db, shown, [comment.id], viewer_role="officer")
    return shown


def test_the_public_board_shows_only_published_public_wording(client, db, area):
    _board_items(db, area)
    page = client.page(f"/areas/{area.slug}/you-said-we-did/")
    assert page.h1 == "You said, we did"
    assert PUBLIC["you_said"] in page.text and PUBLIC["we_did"] in page.text
    assert "Draft" not in page.text
    assert FAMILY_WORDS not in page.text and "41 weeks" not in page.text
    assert "People who told us: fewer than 5" in page.text


def test_the_easy_read_board_has_a_picture_beside_each_sentence_and_no_percentages(client, db,
                                                                                  area):
    _board_items(db, area)
    page = client.page(f"/areas/{area.slug}/you-said-we-did/easy-read")
    assert PUBLIC["you_said_easy"] in page.text and PUBLIC["we_did_easy"] in page.text
    assert "We did this." in page.text and "Fewer than 5 people told us this." in page.text
    assert "Draft" not in page.text and FAMILY_WORDS not in page.text and "%" not in page.text
    for item in page.soup.select(".coprod-easy-read__item"):
        assert item.find("img")["alt"], "every easy-read sentence has a picture with alt text"


def test_the_poster_has_one_card_per_item_and_a_qr_code_to_the_board(client, db, area):
    _board_items(db, area)
    make_published(db, area, you_said_easy="You said the forms are too long.")
    page = client.page(f"/areas/{area.slug}/you-said-we-did/poster")
    assert len(page.soup.select(".coprod-ysyd-card")) == 2
    assert page.soup.select_one(".coprod-poster__qr svg") is not None
    assert f"/areas/{area.slug}/you-said-we-did/" in page.text
    assert "Draft" not in page.text and FAMILY_WORDS not in page.text
    # easy read on paper too: a picture, with alt text, beside each sentence of every card
    for card in page.soup.select(".coprod-ysyd-card"):
        sentences = card.select(".coprod-easy-read__item")
        assert len(sentences) >= 2 and all(s.find("img")["alt"] for s in sentences)


def test_the_board_filters_by_theme_and_status(client, db, area):
    make_published(db, area, you_said="About buses", themes=["transport"], status="agreed")
    make_published(db, area, you_said="About plans", themes=["ehcp"], status="agreed")
    by_theme = client.page(f"/areas/{area.slug}/you-said-we-did/?theme=transport")
    assert "About buses" in by_theme.text and "About plans" not in by_theme.text
    by_status = client.page(f"/areas/{area.slug}/you-said-we-did/?status=done")
    assert "About buses" not in by_status.text and "About plans" not in by_status.text


def test_another_areas_items_are_not_on_this_areas_board(client, db, area):
    elsewhere = factories.make_area(db, "Elsewhere SEND Partnership")
    make_published(db, elsewhere, you_said="Elsewhere's item")
    assert "Elsewhere's item" not in client.page(f"/areas/{area.slug}/you-said-we-did/").text
    assert client.get("/areas/no-such-area/you-said-we-did/").status_code == 404


def _receipt(client, code: str):
    return client.submit("/you-said-we-did/what-happened", {"code": code})


def test_a_receipt_code_shows_only_that_respondents_published_items(client, db, area):
    code, mine = make_respondent(db, area, "The bus is always late")
    _other_code, theirs = make_respondent(db, area, "School trips leave me out")
    about_me = make_published(db, area, you_said_easy="You said the bus is late.",
                              we_did_easy="We talked to the bus company.")
    about_them = make_published(db, area, you_said_easy="You said trips leave you out.")
    not_published = make_item(db, area, you_said_easy="Not out yet for me", we_did="x",
                              we_did_easy="y")
    evidence.link_comments(db, about_me, [mine.id], viewer_role="officer")
    evidence.link_comments(db, about_them, [theirs.id], viewer_role="officer")
    evidence.link_comments(db, not_published, [mine.id], viewer_role="officer")

    page = _receipt(client, code.lower().replace("-", " "))
    assert page.status == 200
    assert "You said the bus is late." in page.text and "We talked to the bus company." in page.text
    assert "trips" not in page.text and "Not out yet" not in page.text
    assert "The bus is always late" not in page.text  # never anyone's own words


def test_a_code_with_no_published_items_shows_nothing_yet(client, db, area):
    code, _comment = make_respondent(db, area)
    make_published(db, area)  # published, but not linked to this respondent
    page = _receipt(client, code)
    assert page.status == 200 and "We have not finished yet." in page.text
    assert not page.soup.select(".coprod-ysyd-card")


def test_a_question_a_respondent_answered_counts_as_their_evidence(client, db, area):
    code, comment = make_respondent(db, area, answered=("feel",))
    item = make_published(db, area, you_said_easy="You said how you felt.")
    from coprod.surveys.models import SurveyResponse

    response = db.get(SurveyResponse, comment.survey_response_id)
    assert evidence.link_question(db, item, response.survey_id, "feel")
    assert "You said how you felt." in _receipt(client, code).text


def test_a_wrong_code_is_an_error_and_many_are_throttled(app, db, area):
    code, _comment = make_respondent(db, area)
    guesser = app.test_client()
    guesser.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    first = _receipt(guesser, "ZZZZ-ZZZZ")
    assert first.status == 400
    assert first.errors == ["We cannot find answers with that code. Check the code and try again."]
    assert [_receipt(guesser, "ZZZZ-ZZZZ").status for _ in range(9)] == [400] * 8 + [429]
    refused = _receipt(guesser, code)
    assert refused.status == 429 and refused.h1 == "Too many tries"
    someone_else = app.test_client()
    someone_else.environ_base["REMOTE_ADDR"] = "198.51.100.4"
    assert _receipt(someone_else, code).status == 200


def test_the_sitemap_lists_the_public_board(client, db, area):
    body = client.get("/sitemap.xml").get_data(as_text=True)
    assert "/you-said-we-did/</loc>" in body
    assert f"/areas/{area.slug}/you-said-we-did/easy-read</loc>" in body


def test_voices_are_counted_from_every_kind_of_evidence(db, area):
    from tests.factories_voice import make_event

    item = make_item(db, area)
    comments = [make_comment(db, area, f"Said {n}", "young_person").id for n in range(3)]
    evidence.link_comments(db, item, comments, viewer_role="officer")
    evidence.link_event(db, item, make_event(db, area, young_people_count=4,
                                             parent_carers_count=2, practitioners_count=1).id)
    shown = evidence.evidence_of(db, item, "officer")
    assert shown.voices == {"parent_carer": 2, "practitioner": 1, "young_person": 7}
    assert voices.voice_totals(db, [item]) == {item.id: 10}


def test_easy_words_that_begin_you_said_are_not_labelled_you_said_again(client, db, area):
    """Staff often write the easy words as a whole sentence ("You said there were few clubs."):
    the board and the poster then read it once, not "You said: You said there were..."."""
    make_published(db, area, you_said_easy="You said there were not many clubs for you.")
    make_published(db, area, you_said_easy="The forms are too long.")
    easy = client.page(f"/areas/{area.slug}/you-said-we-did/easy-read")
    cards = [" ".join(c.get_text(" ").split()) for c in easy.soup.select(".coprod-ysyd-card")]
    assert sum("You said: The forms are too long." in c for c in cards) == 1
    assert all(c.count("You said") == 1 for c in cards)
    poster = client.page(f"/areas/{area.slug}/you-said-we-did/poster")
    assert [c.get_text(" ").count("You said") for c in poster.soup.select(".coprod-ysyd-card")
            ] == [1, 1]


def test_the_board_and_events_explain_the_send_words_they_use(client, db, area):
    """A parent new to SEND meets "ICB" or "DCO" on a public page: the page says what it is,
    as the surveys' question pages do, in a box closed until opened."""
    make_published(db, area, we_did="The ICB funded an extra clinic each week")
    board = client.page(f"/areas/{area.slug}/you-said-we-did/")
    box = board.soup.select_one("details.govuk-details")
    assert box.select_one("summary").get_text(strip=True) == "What these words mean"
    assert [dt.get_text(strip=True) for dt in box.select("dt")] == ["ICB"]
    assert "NHS body that plans and pays for health services" in box.get_text()
    event = make_event(db, area, title="DCO drop-in: therapies and equipment")
    for page in (client.page(f"/areas/{area.slug}/events/"),
                 client.page(f"/events/{event.id}/")):
        terms = [dt.get_text(strip=True) for dt in page.soup.select("details dt")]
        assert terms == ["DCO"], page.title
