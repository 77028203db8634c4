"""Session cookies are signed with the app's secret key; the signer is made once per key, so
rotating the key must still take effect at once (with the old key kept as a fallback or not)."""


def test_a_new_secret_key_ends_old_sessions_unless_the_old_key_is_kept_as_a_fallback(make_app):
    app = make_app()
    client = app.test_client()
    with client.session_transaction() as session:
        session["survey_codes"] = {"caseworker": "ABCD-EFGH"}
    old_key = app.secret_key

    app.secret_key = "a-brand-new-secret-key-for-this-test"
    with client.session_transaction() as session:
        assert "survey_codes" not in session

    app.config["SECRET_KEY_FALLBACKS"] = [old_key]
    with client.session_transaction() as session:
        assert session["survey_codes"] == {"caseworker": "ABCD-EFGH"}
