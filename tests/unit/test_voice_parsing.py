"""Turning pasted text and CSV files into comments, or saying exactly what is wrong."""

from datetime import date

from coprod.voice import parsing

TODAY = date(2026, 3, 20)
HEADER = "text,group,channel,said_on,how_given\n"


def test_blank_lines_are_skipped_and_counted():
    lines, blank = parsing.split_lines("First thing\n\n   \nSecond thing\n")
    assert lines == [(1, "First thing"), (4, "Second thing")]
    assert blank == 2


def test_a_pasted_line_over_the_limit_is_named_by_its_number():
    text = "fine\n" + "x" * 5001 + "\nfine too\n" + "y" * 6000
    parsed = parsing.pasted_comments(text, "parent_carer", "email", TODAY)
    assert parsed.comments == []
    assert parsed.errors == ["Lines 2 and 4 must be 5,000 characters or fewer"]


def test_a_line_of_exactly_5000_characters_is_allowed():
    parsed = parsing.pasted_comments("z" * 5000, "parent_carer", "email", TODAY)
    assert len(parsed.comments) == 1 and not parsed.errors


def test_line_numbers_read_naturally():
    assert parsing.describe_line_numbers([4]) == "Line 4"
    assert parsing.describe_line_numbers([2, 5, 7]) == "Lines 2, 5 and 7"


def test_dates_in_either_uk_or_iso_form():
    assert parsing.parse_date("2025-03-14") == date(2025, 3, 14)
    assert parsing.parse_date("14/03/2025") == date(2025, 3, 14)
    assert parsing.parse_date("03/14/2025") is None
    assert parsing.parse_date("yesterday") is None


def test_a_good_csv_becomes_comments_with_or_without_a_byte_order_mark():
    body = HEADER + "Waited 2 years for CAMHS,parent_carer,phone,2025-03-14,\n"
    for data in (body.encode(), ("\ufeff" + body).encode()):
        parsed = parsing.parse_csv(data, TODAY, "comments.csv")
        assert parsed.errors == []
        assert parsed.comments == [parsing.NewComment(
            "Waited 2 years for CAMHS", "parent_carer", "phone", date(2025, 3, 14), "alone",
            False)]  # no share_consent column: nobody recorded a yes


def test_share_consent_is_optional_yes_or_no_and_blank_means_no():
    body = (HEADER.strip() + ",share_consent\n"
            "Lovely staff,parent_carer,phone,2025-03-14,,yes\n"
            "Too slow,parent_carer,phone,2025-03-14,,No\n"
            "Nobody asked,parent_carer,phone,2025-03-14,,\n")
    parsed = parsing.parse_csv(body.encode(), TODAY, "comments.csv")
    assert [c.share_consent for c in parsed.comments] == [True, False, False]
    bad = parsing.parse_csv((HEADER.strip() + ",share_consent\n"
                             "Hi,parent_carer,phone,2025-03-14,,maybe\n").encode(), TODAY,
                            "comments.csv")
    assert bad.errors == [
        "comments.csv, row 2, column share_consent: 'maybe' is not recognised: use yes or no"]


def test_how_given_is_optional_and_labels_are_forgiving():
    data = (b"text,group,channel,said_on\n"
            b"Transport is late every day,Parent carer,Social media,14/03/2025\n")
    parsed = parsing.parse_csv(data, TODAY, "comments.csv")
    assert parsed.comments[0].group == "parent_carer"
    assert parsed.comments[0].channel == "social_media"
    assert parsed.comments[0].how_given == "alone"


def test_each_bad_row_is_named_with_its_column():
    data = (HEADER
            + "Good one,young_person,email,2025-01-01,\n"
            + "Bad date,young_person,email,31/31/2025,\n"
            + "Bad group,grandparent,email,2025-01-01,\n"
            + ",child,letter,2099-01-01,\n").encode()
    parsed = parsing.parse_csv(data, TODAY, "comments.csv")
    assert parsed.errors == [
        "comments.csv, row 3, column said_on: enter the date as YYYY-MM-DD or DD/MM/YYYY, like "
        "2025-03-14 or 14/03/2025",
        "comments.csv, row 4, column group: 'grandparent' is not recognised: use one of "
        "young_person, child, parent_carer, practitioner, other",
        "comments.csv, row 5, column text: enter what was said",
        "comments.csv, row 5, column said_on: the date must be today or in the past",
    ]


def test_rows_are_numbered_as_a_spreadsheet_shows_them_even_after_blank_rows():
    data = (HEADER + "One,child,email,2025-01-01,\n,,,,\n\nTwo,child,email,someday,\n").encode()
    parsed = parsing.parse_csv(data, TODAY, "comments.csv")
    assert parsed.errors[0].startswith("comments.csv, row 5, column said_on")
    assert parsed.blank == 2


def test_quoted_text_with_commas_and_new_lines_stays_one_comment():
    data = (HEADER + '"The SENCO listened, finally.\nThank you",parent_carer,compliment,'
            "2025-02-02,\n").encode()
    parsed = parsing.parse_csv(data, TODAY, "comments.csv")
    assert parsed.comments[0].text == "The SENCO listened, finally.\nThank you"


def test_a_file_that_is_not_utf8_is_reported_clearly():
    data = (HEADER + "Caf\u00e9 drop-in was lovely,parent_carer,email,2025-01-01,\n").encode(
        "cp1252")
    parsed = parsing.parse_csv(data, TODAY, "comments.csv")
    assert parsed.errors == ["comments.csv: The file must be saved as UTF-8. Line 2 has a letter "
                             "or sign saved another way (often an accented letter like é). In "
                             "Excel, choose 'Save as' and then 'CSV UTF-8'"]


def test_missing_columns_are_named():
    parsed = parsing.parse_csv(b"comment,who\nhello,parent\n", TODAY, "comments.csv")
    assert parsed.errors[0].endswith("Missing: text, group, channel, said_on")


def test_a_file_with_only_its_header_says_it_has_no_comments():
    assert parsing.parse_csv(HEADER.encode(), TODAY, "comments.csv").errors == [
        "comments.csv: The file has no comments in it"]


def test_an_empty_file_says_so():
    for empty in (b"", b"\xef\xbb\xbf", b"\r\n"):
        assert parsing.parse_csv(empty, TODAY, "blank.csv").errors == [
            "blank.csv: The file is empty: its first row must name the columns text, group, "
            "channel and said_on"]


def test_the_template_file_passes_its_own_checks():
    parsed = parsing.parse_csv(parsing.template_csv().encode(), TODAY, "comments.csv")
    assert parsed.errors == [] and len(parsed.comments) == 2
