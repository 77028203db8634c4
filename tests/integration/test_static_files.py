"""Pages travel light: a phone on a slow connection gets the first survey page in under 50 KB,
every static file under a content-hashed name that is cached for a year, compressed."""

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from tests.survey_factories import make_survey, start_survey

BUDGET = 50 * 1024
HASHED = re.compile(r"^/static/.+\.[0-9a-f]{12}\.\w+$")


def static_addresses(html: str) -> set[str]:
    """Every static file a page names: styles, scripts, pictures."""
    soup = BeautifulSoup(html, "html.parser")
    found = {tag.get("href") for tag in soup.select("link[href]")}
    found |= {tag.get("src") for tag in soup.select("script[src], img[src]")}
    return {address for address in found if address and address.startswith("/static/")}


def fetched(app, address: str, encoding: str = "br, gzip"):
    """A static file as the server sends it to a browser that accepts these encodings."""
    response = app.test_client().get(address, headers={"Accept-Encoding": encoding})
    response.get_data()  # read it all, then let go of the file
    response.close()
    return response


def with_what_it_loads(app, html: str) -> dict[str, int]:
    """Bytes sent for each static file the page names. (Pictures its styles name are fetched
    only for elements on the page: tests/browser/test_static_files.py counts what Chromium
    really fetches.)"""
    return {address: len(fetched(app, address).data) for address in static_addresses(html)}


def test_first_survey_page_weighs_under_50_kb_as_sent(app, client, db, area):
    survey = make_survey(db, area, template="caseworker")
    start = client.get(f"/surveys/{survey.slug}/")
    first_question = start_survey(client, survey).response
    for page in (start, first_question):
        html = page.get_data(as_text=True)
        files = with_what_it_loads(app, html)
        assert any(a.endswith(".css") for a in files) and any(a.endswith(".js") for a in files)
        total = len(page.data) + sum(files.values())
        assert total < BUDGET, f"{total} bytes: {sorted(files.items(), key=lambda f: -f[1])}"


def test_every_static_file_has_a_hashed_name_and_is_cached_for_a_year(app, client, db, area):
    survey = make_survey(db, area, template="caseworker")
    pages = [client.get(f"/surveys/{survey.slug}/"), start_survey(client, survey).response,
             client.get("/")]
    addresses = set().union(*(static_addresses(p.get_data(as_text=True)) for p in pages))
    manifest = app.extensions["static_manifest"]
    addresses |= {f"/static/{name}" for name in manifest.values()}
    assert len(addresses) > 20
    for address in sorted(addresses):
        assert HASHED.match(address), f"{address} has no content hash in its name"
        response = fetched(app, address)
        assert response.status_code == 200, address
        cache = response.headers["Cache-Control"]
        assert "max-age=31536000" in cache and "immutable" in cache and "public" in cache
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_styles_and_scripts_are_sent_compressed(app, client, db, area):
    survey = make_survey(db, area, template="caseworker")
    html = client.get(f"/surveys/{survey.slug}/").get_data(as_text=True)
    style = next(a for a in static_addresses(html) if a.endswith(".css"))
    plain = fetched(app, style, "identity")
    brotli, gzip = fetched(app, style, "br"), fetched(app, style, "gzip")
    assert brotli.headers["Content-Encoding"] == "br"
    assert gzip.headers["Content-Encoding"] == "gzip"
    assert len(brotli.data) < len(gzip.data) < len(plain.data) / 4
    assert "Accept-Encoding" in brotli.headers["Vary"]


def test_a_changed_file_gets_a_new_name(app):
    """A browser never keeps an old style sheet: the name is the content's hash."""
    manifest = app.extensions["static_manifest"]
    names = list(manifest.values())
    assert len(set(names)) == len(names)
    assert all(urlsplit(f"/static/{name}").path.startswith("/static/") for name in names)
    from scripts.build_assets import hashed_name

    assert hashed_name("css/app.css", b"a") != hashed_name("css/app.css", b"b")
    assert hashed_name("css/app.css", b"a") == hashed_name("css/app.css", b"a")
