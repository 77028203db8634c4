"""The staff page for a "you said, we did" item says how many people are behind it, by group,
the way reports do (common.small_numbers): a count from 1 to 4 says "fewer than 5", and where
the total would give a small count away another count is hidden too, and all of them read
"hidden" with a note saying why. Before, the groups were listed with their exact counts however
small."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.yousaid import evidence
from tests.factories_voice import make_comment
from tests.factories_yousaid import make_item

STAFF = "/staff/you-said-we-did"


def _item_with(db, area, said: str, groups: dict[str, int]):
    item = make_item(db, area, said)
    comments = [make_comment(db, area, f"The bus to college is late ({group} {n})", group).id
                for group, count in groups.items() for n in range(count)]
    evidence.link_comments(db, item, comments, viewer_role="officer")
    return item


def _voices(officer, item_words: str):
    """Open the item from the list, as an officer would: its voices caption and table rows."""
    listing = officer.page(f"{STAFF}/")
    link = next(a for a in listing.soup.select("main table a")
                if a.get_text(strip=True) == item_words)
    page = officer.page(link["href"])
    table = page.soup.select("main table")[0]
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in table.select("tbody tr")]
    return page, table.caption.get_text(" ", strip=True), rows


def test_a_few_voices_say_fewer_than_5_in_the_caption_and_the_table(signed_in, db, area):
    words = "The bus is <b>late</b> again"
    _item_with(db, area, words, {"young_person": 2, "parent_carer": 1})
    page, caption, rows = _voices(signed_in(Role.OFFICER), words)
    assert caption == "Fewer than 5 voices behind this item, each person counted once"
    assert rows == [["Parent or carer", "fewer than 5"], ["Young person", "fewer than 5"]]
    assert "“hidden” is a count" not in page.text  # nothing is hidden beyond the small ones
    assert words in page.text and page.soup.select_one("main b") is None  # escaped


def test_a_total_never_gives_a_hidden_count_away(signed_in, db, area):
    words = "Nobody tells us about short breaks"
    _item_with(db, area, words, {"young_person": 3, "parent_carer": 6})
    page, caption, rows = _voices(signed_in(Role.LEADER), words)
    assert caption == "9 voices behind this item, each person counted once"
    # 6 shown beside a total of 9 would give away the 3: both are hidden, and read alike
    assert rows == [["Parent or carer", "hidden"], ["Young person", "hidden"]]
    assert ("“hidden” is a count of fewer than 5, or one hidden so that a small number cannot "
            "be worked out from the total.") in page.text

    many = "Short breaks are full by March"
    _item_with(db, area, many, {"young_person": 7, "parent_carer": 5})
    page, caption, rows = _voices(signed_in(Role.FORUM), many)
    assert caption == "12 voices behind this item, each person counted once"
    assert rows == [["Parent or carer", "5"], ["Young person", "7"]]  # nothing small to hide
    assert "“hidden” is a count" not in page.text
