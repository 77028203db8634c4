"""Officers see, per theme, how often people agreed with the suggested themes in their area."""

from __future__ import annotations

from sqlmodel import delete

from coprod.analysis.agreement import theme_agreement
from coprod.areas.models import Role
from coprod.voice.findings import CommentTheme, Source, Status
from tests import factories
from tests.factories_voice import make_comment


def _decide(db, area, theme_id: str, status: Status, source: Source = Source.AUTO,
            times: int = 1) -> None:
    """`times` comments, each with only this theme, decided as given."""
    for _ in range(times):
        comment = make_comment(db, area, "Thank you.")
        db.exec(delete(CommentTheme).where(CommentTheme.comment_id == comment.id))
        db.add(CommentTheme(comment_id=comment.id, area_id=area.id, theme_id=theme_id,
                            confidence=None if source == Source.PERSON else 0.7,
                            source=source.value, status=status.value))
    db.commit()


def _known_decisions(db, area) -> None:
    # Transport: 9 confirmed, 3 rejected, 1 still suggested, 2 added by people.
    _decide(db, area, "transport", Status.CONFIRMED, times=9)
    _decide(db, area, "transport", Status.REJECTED, times=3)
    _decide(db, area, "transport", Status.SUGGESTED)
    _decide(db, area, "transport", Status.CONFIRMED, Source.PERSON, times=2)
    # Funding: 2 confirmed, 1 rejected: too few to show.
    _decide(db, area, "funding", Status.CONFIRMED, times=2)
    _decide(db, area, "funding", Status.REJECTED)


def _row(page, name: str) -> list[str]:
    table = page.soup.select_one("#agreement ~ .coprod-table-scroll table")
    for row in table.select("tbody tr"):
        if row.th.get_text(strip=True) == name:
            return [cell.get_text(" ", strip=True) for cell in row.select("td")]
    raise AssertionError(f"no row for {name!r}")


def test_agreement_counts_confirmed_rejected_and_added_per_theme(db, area) -> None:
    _known_decisions(db, area)
    _decide(db, factories.make_area(db), "transport", Status.REJECTED, times=6)
    rows = {r.theme_id: r for r in theme_agreement(db, area.id, Role.OFFICER.value)}
    assert set(rows) == {"transport", "funding"}
    transport = rows["transport"]
    assert (transport.agreed, transport.rejected, transport.added) == (9, 3, 2)
    assert transport.decisions == 12 and transport.percent == 75  # 9 / 12
    assert rows["funding"].decisions == 3 and not rows["funding"].shown
    assert rows["funding"].percent is None


def test_the_review_page_shows_agreement_and_hides_small_counts(signed_in, db, area) -> None:
    _known_decisions(db, area)
    page = signed_in(Role.OFFICER).page("/staff/analysis/")
    assert "How often people agreed with the suggested themes" in page.text
    assert _row(page, "Transport and getting about") == ["12", "9", "3", "75%", "fewer than 5"]
    funding = _row(page, "Funding and resources")
    assert funding[0] == "fewer than 5" and not any("%" in cell for cell in funding)
    assert "<" not in page.soup.select_one("#agreement ~ .coprod-table-scroll table").get_text()


def test_a_comment_page_shows_agreement_for_its_own_themes_only(signed_in, db, area) -> None:
    _known_decisions(db, area)
    comment = make_comment(db, area, "The school transport taxi did not turn up again")
    page = signed_in(Role.FORUM).page(f"/staff/analysis/comments/{comment.id}")
    assert _row(page, "Transport and getting about")[3] == "75%"
    names = [th.get_text(strip=True) for th in
             page.soup.select("#agreement ~ .coprod-table-scroll table tbody th")]
    assert "Funding and resources" not in names


def test_an_area_with_no_decisions_says_so(signed_in) -> None:
    page = signed_in(Role.OFFICER).page("/staff/analysis/")
    assert "No one has confirmed or rejected a suggested theme here yet." in page.text
