"""Strict reading of the desk's parameters and its Host allowlist, value by value."""

from __future__ import annotations

import pytest

from newsweave.desk import params
from newsweave.desk.hosts import allowed_hosts


@pytest.mark.parametrize(
    ("text", "value"),
    [("1", 1), ("007", 7), ("9223372036854775807", 2**63 - 1), ("9223372036854775808", None),
     ("99999999999999999999", None), ("²", None), ("١", None), ("１", None), ("-1", None),
     ("+1", None), (" 1", None), ("1 ", None), ("1e3", None), ("", None), ("0", None)],
)  # fmt: skip
def test_a_story_id_is_ascii_digits_within_sqlite_s_range(text, value):
    assert params.story_id(text) == value


def test_values_are_refused_by_name():
    with pytest.raises(params.BadParameter, match=r"^page: "):
        params.page("²")
    with pytest.raises(params.BadParameter, match=r"^since: "):
        params.day("since", "2023-02-30")
    with pytest.raises(params.BadParameter, match=r"^language: "):
        params.language("xx", {"da", "de"})
    with pytest.raises(params.BadParameter, match=r"^q: "):
        params.text("q", "a\x00b")
    with pytest.raises(params.BadParameter, match="given more than once"):
        params.single([("page", "1"), ("page", "2")], ("page",))
    assert params.page("") == 1 and params.day("until", "") == ""
    assert params.language("da-DK", {"da"}) == "da" and params.language("NB", {"no"}) == "no"
    assert params.text("q", " Путин\tи\nКим ") == "Путин и Ким"
    assert params.single([("utm", "x"), ("q", "a")], ("q",)) == {"q": "a"}


def test_the_default_allowlist_is_the_bound_address_and_localhost_with_the_port():
    assert allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}
    assert "0.0.0.0:8000" not in allowed_hosts("0.0.0.0", 8000)
    assert "[::1]:8000" in allowed_hosts("::1", 8000)
    assert {"localhost", "localhost:80"} <= allowed_hosts("127.0.0.1", 80)
    extra = allowed_hosts("127.0.0.1", 8000, ["desk.lan", "proxy.example:443", "fe80::1"])
    assert {"desk.lan", "desk.lan:8000", "proxy.example:443", "[fe80::1]:8000"} <= extra
    assert "proxy.example" not in extra and "proxy.example:8000" not in extra
