"""Codes people confirmed become training examples for the learned theming layer."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from coprod.analysis import review
from coprod.analysis.confirmed import confirmed_examples
from coprod.areas.models import Role
from coprod.cli import main
from coprod.voice.findings import CommentTheme, Sentiment, Status
from tests import factories
from tests.factories_voice import make_comment


def _suggested(db, comment) -> set[str]:
    return set(db.exec(select(CommentTheme.theme_id).where(
        CommentTheme.comment_id == comment.id)).all())


def _code_fully(db, comment, user, keep: str | None, sentiment: Sentiment) -> None:
    """Confirm `keep`, reject every other suggestion, and choose the sentiment."""
    for theme_id in _suggested(db, comment):
        review.decide_theme(db, comment, theme_id,
                            Status.CONFIRMED if theme_id == keep else Status.REJECTED, user.id)
    review.set_sentiment(db, comment, sentiment, user.id)


def test_only_fully_coded_comments_are_examples_with_peoples_labels(db, area) -> None:
    user = factories.make_user(db, area, Role.OFFICER)
    taxi = make_comment(db, area, "The school taxi was late again and Jane the driver shouted.")
    assert "transport" in _suggested(db, taxi)
    _code_fully(db, taxi, user, "transport", Sentiment.NEGATIVE)
    review.add_theme(db, taxi, "workforce", user.id)
    # Sentiment chosen, but a suggested theme is still open: its themes are not known yet.
    open_one = make_comment(db, area, "The EHCP took 40 weeks and the bus never came.")
    review.set_sentiment(db, open_one, Sentiment.NEGATIVE, user.id)
    # Themes decided, sentiment not chosen by a person.
    no_feeling = make_comment(db, area, "The short breaks club is lovely.")
    for theme_id in _suggested(db, no_feeling):
        review.decide_theme(db, no_feeling, theme_id, Status.CONFIRMED, user.id)
    # A disclosure never becomes a training example, however it was coded.
    flagged = make_comment(db, area, "He said he wants to kill himself.")
    _code_fully(db, flagged, user, None, Sentiment.NEGATIVE)
    # Another area's coded comment is there only when every area is asked for.
    other_area = factories.make_area(db)
    elsewhere = make_comment(db, other_area, "Nothing to add, thank you.")
    _code_fully(db, elsewhere, factories.make_user(db, other_area), None, Sentiment.NEUTRAL)

    rows = confirmed_examples(db, area.id)
    assert [r["id"] for r in rows] == [f"confirmed-{taxi.id}"]
    assert rows[0]["themes"] == ["transport", "workforce"]
    assert rows[0]["sentiment"] == "negative" and rows[0]["safeguarding"] is False
    assert "Jane" not in rows[0]["text"] and "[name]" in rows[0]["text"]
    assert {r["id"] for r in confirmed_examples(db)} == {f"confirmed-{taxi.id}",
                                                         f"confirmed-{elsewhere.id}"}


def test_train_themes_learns_from_confirmed_codes_when_asked(app, db, area,
                                                            tmp_path: Path) -> None:
    user = factories.make_user(db, area, Role.OFFICER)
    _code_fully(db, make_comment(db, area, "The school taxi was late again."), user,
                "transport", Sentiment.NEGATIVE)
    rows = [{"text": f"The minibus {w} again.", "themes": ["transport"],
             "sentiment": "negative"} for w in ("was late", "broke down", "never came")]
    rows += [{"text": f"Our {w} was lovely.", "themes": [], "sentiment": "positive"}
             for w in ("walk", "trip", "party")]
    data = tmp_path / "train.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    out = tmp_path / "model.npz"
    result = app.test_cli_runner().invoke(main, [
        "train-themes", "--train", str(data), "--dev", str(data), "--include-confirmed",
        "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Learning also from 1 comment people have coded." in result.output
    assert out.is_file()
