"""A client is known to the code throttle only by a short keyed hash of its network."""

from coprod.surveys.journey.throttle import client_key


def test_the_key_is_short_and_keyed_so_the_address_cannot_be_read_back():
    key = client_key("203.0.113.7", "secret one")
    assert len(key) == 16 and "203" not in key
    assert key == client_key("203.0.113.7", "secret one")
    assert key != client_key("203.0.113.7", "secret two")
    assert key != client_key("203.0.113.8", "secret one")


def test_one_ipv6_home_network_is_one_client_and_mapped_ipv4_is_the_ipv4_client():
    assert client_key("2001:db8:1:2::1", "s") == client_key("2001:db8:1:2:ffff::9", "s")
    assert client_key("2001:db8:1:2::1", "s") != client_key("2001:db8:1:3::1", "s")
    assert client_key("::ffff:203.0.113.7", "s") == client_key("203.0.113.7", "s")
    assert client_key(None, "s") == client_key("", "s")
