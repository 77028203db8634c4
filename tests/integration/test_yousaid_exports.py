"""Items out to CSV and Excel (formula-like text never a formula) and in from CSV: every row
checked, problems named by file, row and column, nothing imported while any remains."""

import csv
import io
from datetime import date, datetime

from openpyxl import load_workbook
from sqlmodel import select

from coprod.areas.models import Role
from coprod.yousaid import exports
from coprod.yousaid.models import ProgressStep, YouSaidItem
from tests.factories_yousaid import make_item
from tests.pages import Page

STAFF = "/staff/you-said-we-did"
HEADER = ("You said,\"You said, in easy read\",\"We did, or we will\","
          "\"We did, or we will, in easy read\",Status,Why it cannot be done,Owner organisation,"
          "Named lead,Partners,Target date,Themes\n")
# Files exported before the columns had headings in words: they must still import.
OLD_HEADER = ("you_said,you_said_easy,we_did,we_did_easy,status,reason,owner,lead,partners,"
              "target_on,themes\n")


def test_csv_export_defuses_formula_like_text(signed_in, db, area):
    make_item(db, area, you_said="=HYPERLINK(\"http://evil.example\")", owner="ICB")
    response = signed_in(Role.LEADER).get(f"{STAFF}/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0]["You said"] == "'=HYPERLINK(\"http://evil.example\")"
    assert (rows[0]["Owner organisation"], rows[0]["Status"], rows[0]["Families told"]) == (
        "ICB", "New", "no")


def test_excel_export_keeps_formula_like_text_as_text(signed_in, db, area):
    make_item(db, area, you_said="=1+1", themes=["transport", "ehcp"])
    response = signed_in(Role.OFFICER).get(f"{STAFF}/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.data)).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["You said"].value == "=1+1" and row["You said"].data_type == "s"
    assert row["Themes"].value == "Transport and getting about; EHC needs assessments and plans"


def test_export_follows_the_board_filters(signed_in, db, area):
    make_item(db, area, you_said="Open one")
    make_item(db, area, you_said="Finished one", status="done", we_did="x")
    body = signed_in(Role.OFFICER).get(f"{STAFF}/export.csv?status=done").get_data(as_text=True)
    assert "Finished one" in body and "Open one" not in body


def _numbers_emptied(exported: str) -> str:
    """An exported file with its item numbers emptied, as an officer adding its items again
    would send it."""
    rows = list(csv.reader(io.StringIO(exported)))
    for row in rows[1:]:
        row[0] = ""
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def _upload(client, text: str, name: str = "items.csv"):
    page = client.page(f"{STAFF}/import")
    token = page.form_data()["csrf_token"]
    return Page(client.post(f"{STAFF}/import", data={
        "csrf_token": token, "file": (io.BytesIO(text.encode()), name)},
        content_type="multipart/form-data", follow_redirects=True))


def test_a_good_file_imports_every_row_with_its_status(signed_in, db, area):
    page = _upload(signed_in(Role.OFFICER), HEADER
                   + "Buses are late,,,,new,,Council,,,2027-03-31,transport\n"
                   + "\n"
                   + "Plans are late,,We hired 2 writers,,done,,Council,,,,ehcp\n")
    assert "2 items imported." in page.text
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)
                    .order_by(YouSaidItem.id)).all()
    assert [(i.you_said, i.status, i.themes) for i in items] == [
        ("Buses are late", "new", ["transport"]), ("Plans are late", "done", ["ehcp"])]
    steps = db.exec(select(ProgressStep.text).where(ProgressStep.item_id == items[1].id)).all()
    assert "Imported from a CSV file" in steps


def test_a_bad_file_names_file_row_and_column_and_imports_nothing(signed_in, db, area):
    page = _upload(signed_in(Role.OFFICER), HEADER
                   + "Fine row,,,,new,,,,,,\n"
                   + ",,,,new,,,,,,\n"
                   + "Done but nothing done,,,,done,,,,,,\n"
                   + "Cannot do,,,,cant_do,,,,,31/02/2027,\n"
                   + "Odd status,,,,maybe,,,,,,not_a_theme\n", "spring.csv")
    assert page.status == 400
    assert page.errors == [
        "The file has 6 problems. Nothing was imported.",
        "spring.csv, row 3, column 'You said': Enter what families said",
        "spring.csv, row 4, column 'We did, or we will': Enter what was done before you mark "
        "this item done",
        "spring.csv, row 5, column 'Target date': must be a real date like 2027-03-31 or "
        "31/03/2027",
        "spring.csv, row 5, column 'Why it cannot be done': Enter why this cannot be done, in "
        "plain words",
        "spring.csv, row 6, column 'Status': must be one of New, Agreed, In progress, Done, "
        "Can't do",
        "spring.csv, row 6, column 'Themes': has themes not in the codebook: not_a_theme"]
    assert page.field_error("file") == "Error: The file has 6 problems. Nothing was imported."
    assert db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).first() is None


def test_an_items_file_is_read_by_the_one_csv_rule(signed_in, db, area):
    """A value over 131,072 characters (a 500 before; found by tests/integration/
    test_fuzz_forms.py) and a file not saved as UTF-8 are refused naming the line, as by every
    other CSV import; nothing is imported."""
    officer = signed_in(Role.OFFICER)
    long = _upload(officer, HEADER + "Fine row,,,,new,,,,,,\n" + "x" * 131_073 + ",,,,new,,,,,,\n",
                   "long.csv")
    assert long.status == 400
    assert "long.csv: Line 3 has a value longer than 131,072 characters: shorten it" in \
        long.errors
    page = officer.page(f"{STAFF}/import")
    latin = Page(officer.post(f"{STAFF}/import", data={
        "csrf_token": page.form_data()["csrf_token"],
        "file": (io.BytesIO((HEADER + "Caf\u00e9 hours,,,,new,,,,,,\n").encode("cp1252")),
                 "latin.csv")}, content_type="multipart/form-data"))
    assert latin.status == 400
    assert any(e.startswith("latin.csv: The file must be saved as UTF-8. Line 2 has a letter")
               for e in latin.errors)
    assert db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).first() is None


def test_a_leader_opening_the_export_reads_headings_in_words_not_field_names(signed_in, db,
                                                                             area):
    make_item(db, area, you_said="Buses are late", owner="ICB")
    leader = signed_in(Role.LEADER)
    body = leader.get(f"{STAFF}/export.csv").get_data(as_text=True).lstrip("\ufeff")
    header = next(csv.reader(io.StringIO(body)))
    assert header == ["Item number", "Status", "You said", "You said, in easy read",
                      "We did, or we will", "We did, or we will, in easy read",
                      "Why it cannot be done", "Owner organisation", "Named lead", "Partners",
                      "Target date", "Date done", "Themes", "Published", "Families told"]
    sheet = load_workbook(io.BytesIO(leader.get(f"{STAFF}/export.xlsx").data)).active
    assert [cell.value for cell in sheet[1]] == header
    template = signed_in(Role.OFFICER).get(f"{STAFF}/import-template.csv").get_data(
        as_text=True)
    assert "we_did_easy" not in template and "We did, or we will, in easy read" in template


def test_an_exported_file_imports_back_as_it_is(signed_in, db, area):
    """Read back into the same list, an exported item would be a second copy on the board:
    refused, saying how to change it or add it again; into another area's list, or with the
    item number emptied, it is added."""
    item = make_item(db, area, you_said="Buses are late", owner="ICB", themes=["transport"])
    officer = signed_in(Role.OFFICER)
    exported = officer.get(f"{STAFF}/export.csv").get_data(as_text=True).lstrip("\ufeff")
    page = _upload(officer, exported, "board.csv")
    assert page.status == 400 and "item imported" not in page.text
    assert page.errors[1:] == [
        f"board.csv, row 2, column 'Item number': item {item.id} is already on the list. To "
        "change it, open it from the list of items; to add it again as a new item, empty this "
        "cell"]
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).all()
    assert len(items) == 1
    assert "1 item imported." in _upload(officer, _numbers_emptied(exported), "board.csv").text
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).all()
    assert [(i.you_said, i.owner, i.themes) for i in items] == [
        ("Buses are late", "ICB", ["transport"])] * 2


def test_a_file_with_the_old_field_names_still_imports_and_names_its_own_columns(
        signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    page = _upload(officer, OLD_HEADER + "Buses are late,,,,new,,Council,,,2027-03-31,transport\n")
    assert "1 item imported." in page.text
    bad = _upload(officer, OLD_HEADER + "Late,,,,new,,,,,31/02/2027,\n", "old.csv")
    assert bad.errors[1:] == [
        "old.csv, row 2, column 'target_on': must be a real date like 2027-03-31 or 31/03/2027"]
    missing = _upload(officer, "Owner organisation\nCouncil\n", "no-words.csv")
    assert missing.errors[1:] == ["no-words.csv, row 1: the column 'You said' is missing"]


TRANSPORT, EHCP = "Transport and getting about", "EHC needs assessments and plans"


def _export_rows(client, kind: str) -> list[dict]:
    """The exported rows as a leader opening the file sees them, by heading."""
    if kind == "csv":
        body = client.get(f"{STAFF}/export.csv").get_data(as_text=True).lstrip("\ufeff")
        return list(csv.DictReader(io.StringIO(body)))
    sheet = load_workbook(io.BytesIO(client.get(f"{STAFF}/export.xlsx").data)).active
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_a_leader_reads_status_and_themes_in_words_and_real_dates_in_excel(signed_in, db,
                                                                            area):
    make_item(db, area, you_said="Plans are late", status="in_progress",
              themes=["assessment_waits", "ehcp"], target_on=date(2026, 3, 1))
    make_item(db, area, you_said="Buses are late", status="done", we_did="New routes",
              themes=["transport"], done_on=date(2026, 2, 14))
    leader = signed_in(Role.LEADER)
    plans, buses = sorted(_export_rows(leader, "csv"), key=lambda r: r["You said"])[::-1]
    assert (plans["Status"], plans["Themes"], plans["Target date"]) == (
        "In progress", f"Waiting lists, assessment and diagnosis; {EHCP}", "2026-03-01")
    assert (buses["Status"], buses["Themes"], buses["Date done"]) == (
        "Done", TRANSPORT, "2026-02-14")
    cells = {row["You said"].value: row for row in _export_rows(leader, "xlsx")}
    target, done = cells["Plans are late"]["Target date"], cells["Buses are late"]["Date done"]
    assert (target.value, target.is_date, target.number_format) == (
        datetime(2026, 3, 1), True, "d mmmm yyyy")
    assert (done.value, done.is_date) == (datetime(2026, 2, 14), True)
    assert cells["Plans are late"]["Status"].value == "In progress"
    assert cells["Plans are late"]["Date done"].value is None


def test_an_officer_imports_an_old_file_of_codes_and_a_new_one_of_words_alike(signed_in, db,
                                                                              area):
    officer = signed_in(Role.OFFICER)
    old = _upload(officer, OLD_HEADER + "Plans are late,,,,in_progress,,,,,,ehcp;transport\n")
    new = _upload(officer, HEADER + f"Plans are late,,,,  in PROGRESS ,,,,,, {EHCP.upper()} ;"
                  f"{TRANSPORT.lower()}\n" + "Bigger budget,,,,can\u2019t do,Not ours,,,,,\n")
    assert "1 item imported." in old.text and "2 items imported." in new.text
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)
                    .order_by(YouSaidItem.id)).all()
    assert [(i.status, i.themes) for i in items] == [
        ("in_progress", ["ehcp", "transport"])] * 2 + [("cant_do", [])]
    bad = _upload(officer, HEADER + f"Plans are late,,,,Done soon,,,,,,{EHCP}; Bus routes\n",
                  "words.csv")
    assert bad.errors[1:] == [
        "words.csv, row 2, column 'Status': must be one of New, Agreed, In progress, Done, "
        "Can't do",
        "words.csv, row 2, column 'Themes': has themes not in the codebook: Bus routes"]


def test_an_exported_file_in_words_imports_back_with_its_status_themes_and_date(signed_in, db,
                                                                              area):
    make_item(db, area, you_said="Plans are late", status="agreed",
              themes=["ehcp", "transport"], target_on=date(2027, 3, 31))
    officer = signed_in(Role.OFFICER)
    exported = officer.get(f"{STAFF}/export.csv").get_data(as_text=True).lstrip("\ufeff")
    assert "Agreed,Plans are late" in exported and f"{EHCP}; {TRANSPORT}" in exported
    assert "1 item imported." in _upload(officer, _numbers_emptied(exported), "board.csv").text
    items = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).all()
    assert len(items) == 2 and {(i.status, tuple(i.themes), i.target_on) for i in items} == {
        ("agreed", ("ehcp", "transport"), date(2027, 3, 31))}
    template = officer.get(f"{STAFF}/import-template.csv").get_data(as_text=True)
    assert ",New," in template and "Waiting lists, assessment and diagnosis" in template


def test_a_theme_name_that_would_not_read_back_as_itself_is_written_as_its_id(db, area):
    """An area may rename themes: a name with a ';' or shared by two themes would import as the
    wrong themes, so the file keeps the id there, and the round trip holds."""
    themes = {"ehcp": "Plans; waits", "transport": "Travel", "buses": "travel",
              "funding": "Money"}
    item = make_item(db, area, themes=["ehcp", "transport", "buses", "funding"])
    text = exports.to_csv([item], set(), themes)
    assert "ehcp; transport; buses; Money" in text
    parsed = exports.parse_csv(text.encode(), "board.csv", themes)
    assert parsed.errors == [] and parsed.rows[0][0].themes == (
        "ehcp", "transport", "buses", "funding")
