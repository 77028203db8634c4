"""The public pages a family reaches first."""

from coprod.areas.models import Role


def test_home_page_names_the_area_not_gov_uk(client, area):
    page = client.page("/")
    assert page.status == 200
    assert area.name in page.soup.select_one(".govuk-generic-header").text
    assert "Crown copyright" not in page.text
    assert page.soup.select_one("a.govuk-skip-link")["href"] == "#main-content"


def test_footer_links_to_statements_written_for_coprod(client, area):
    page = client.page("/")
    footer_links = {a.text.strip(): a["href"] for a in page.soup.select("footer a")}
    for name, url in [("Accessibility statement", "/accessibility"),
                      ("Privacy notice", "/privacy"), ("Cookies", "/cookies")]:
        assert footer_links[name] == url
        assert client.page(url).status == 200
    assert "safeguarding lead" in client.page("/privacy").text


def test_every_response_carries_security_headers(client, area):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    for path in ("/", "/no-such-page", "/staff/", "/static/css/app.css", "/sitemap.xml"):
        response = client.get(path)
        response.close()
        for name in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy",
                     "X-Content-Type-Options", "Referrer-Policy", "Cache-Control"):
            assert len(response.headers.getlist(name)) == 1, (path, name)  # never twice
        if "static" not in path:
            assert response.headers["Cache-Control"] == "no-store"


def test_pages_have_no_inline_script_or_style(client, area):
    page = client.page("/")
    assert all(script.get("src") for script in page.soup.find_all("script"))
    assert not page.soup.find_all("style")
    assert not page.soup.find_all(style=True)


def test_health_check_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_health_check_says_unavailable_when_the_database_is_down(app, monkeypatch):
    from coprod.site import services

    monkeypatch.setattr(services, "database_answers", lambda _session: False)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503


def test_sitemap_lists_the_public_pages(client, area):
    response = client.get("/sitemap.xml")
    assert response.mimetype == "application/xml"
    body = response.get_data(as_text=True)
    for path in ("/accessibility", "/privacy", "/cookies", f"/areas/{area.slug}/"):
        assert f"http://localhost{path}</loc>" in body


def test_unknown_page_says_page_not_found_with_a_way_back(client, area):
    page = client.page("/no-such-page")
    assert page.status == 404
    assert page.h1 == "Page not found"
    assert page.soup.select_one("main a[href='/']")


def test_wrong_method_gets_a_plain_page(client, area):
    page = client.page("/sign-out")
    assert page.status == 405
    assert page.h1 == "Sorry, that did not work"


def test_page_language_follows_the_locale(client, area):
    page = client.page("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert page.soup.html["lang"] == "en"


def test_signed_out_page_frame_follows_the_area_name_and_the_page(client, db, area):
    """The header and footer are kept once rendered for signed-out visitors: a new area name
    and the page being visited must still show."""
    assert area.name in client.page("/").soup.select_one(".govuk-generic-header").text
    area.name = "Riverside SEND Partnership"
    db.add(area)
    db.commit()
    home = client.page("/")
    assert "Riverside SEND Partnership" in home.soup.select_one(".govuk-generic-header").text
    assert "Riverside SEND Partnership" in home.soup.select_one("footer").text
    current = home.soup.select_one(".govuk-service-navigation__item--active")
    assert current is not None and current.text.strip() == "Home"
    events = client.page("/events/")
    current = events.soup.select_one(".govuk-service-navigation__item--active")
    assert current is not None and current.text.strip() == "Listening events"


def test_signed_in_header_is_never_a_signed_out_one(client, area, signed_in):
    client.page("/")  # a signed-out visit first, so a signed-out header is kept
    officer = signed_in(Role.OFFICER)
    header = officer.page("/").soup.select_one(".govuk-service-navigation").text
    assert "Sign out" in header and "Dashboard" in header
    assert "Staff sign in" in client.page("/").soup.select_one(
        ".govuk-service-navigation").text


def test_behind_a_proxy_the_visitors_own_address_is_the_one_seen(make_app):
    """Code tries are counted per visitor: behind nginx every visitor must not share one."""
    from flask import request

    def seen_address(app) -> str:
        app.add_url_rule("/_address", "seen_address", lambda: request.remote_addr)
        return app.test_client().get("/_address", headers={"X-Forwarded-For": "203.0.113.7"},
                                     environ_base={"REMOTE_ADDR": "10.0.0.2"}).text

    assert seen_address(make_app(PROXY_HOPS=1)) == "203.0.113.7"
    assert seen_address(make_app()) == "10.0.0.2"  # facing browsers: a header proves nothing
