"""The desk probed as a hostile world probes it (issue 13): each malformed path, query or
Host header gets the 4xx it names — never a 5xx — and the answer still carries the strict
policy. `{sid}` is the case story's id."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from tests.desk.conftest import DESK, story_of

HUGE = "99999999999999999999"
PROBES = [
    # numbers: ASCII digits only, bounded
    ("/?page=2", 200),
    ("/?page=²", 400),
    ("/?page=%C2%B2", 400),
    ("/?page=%D9%A1", 400),  # ARABIC-INDIC DIGIT ONE
    ("/?page=%EF%BC%91", 400),  # FULLWIDTH DIGIT ONE
    ("/?page=0", 400),
    ("/?page=-3", 400),
    ("/?page=+1", 400),
    ("/?page=%201", 400),
    ("/?page=1e3", 400),
    ("/?page=10001", 400),
    (f"/?page={HUGE}", 400),
    ("/?page=1&page=2", 400),
    ("/story/{sid}", 200),
    (f"/story/{HUGE}", 404),
    ("/story/9223372036854775807", 404),  # the largest SQLite integer: no such story
    ("/story/9223372036854775808", 404),
    ("/story/0", 404),
    ("/story/-1", 404),
    ("/story/%C2%B2", 404),
    ("/story/%EF%BC%91", 404),
    ("/story/1.0", 404),
    ("/story/abc", 404),
    ("/story/", 404),
    (f"/story/{HUGE}?format=json", 404),
    # languages
    ("/?language=da", 200),
    ("/story/{sid}?language=da-DK", 200),
    ("/?language=NB", 200),
    ("/?language=xx", 400),
    ("/?language=%C2%B2", 400),
    ("/story/{sid}?language=de'--", 400),
    ("/story/{sid}?language=" + "d" * 300, 400),
    # dates
    ("/?since=2023-09-13&until=2023-09-14", 200),
    ("/?since=2023-13-01", 400),
    ("/?until=2023-02-30", 400),
    ("/?since=2023-9-1", 400),
    ("/?since=%EF%BC%92023-01-01", 400),
    ("/?until=99999-01-01", 400),
    ("/?since=yesterday", 400),
    # text
    ("/?q=NEAR(%22", 200),
    ("/?q=%22a%22%20OR%20*", 200),
    ("/?q=%ED%A0%80", 200),  # a UTF-8-encoded surrogate: read as replacement characters
    ("/?q=%FF%FE", 200),
    ("/?q=a%09b", 200),  # a tab reads as a space
    ("/?q=%00", 400),
    ("/?q=%1B%5B31m", 400),
    ("/?q=" + "a" * 201, 400),
    ("/?entity=%00", 400),
    ("/?entity=" + "b" * 201, 400),
    # the JSON twin
    ("/?format=json", 200),
    ("/?format=xml", 400),
    ("/story/{sid}?format=json&format=html", 400),
    # ids that are keys, never paths
    ("/entity/" + "x" * 5000, 404),
    ("/article/" + "y" * 5000, 404),
    ("/article/%00", 404),
    ("/entity/%ED%A0%80", 404),
    ("/article/..%2f..%2fetc%2fpasswd2", 404),
    ("/nowhere", 404),
]


@pytest.fixture(scope="module")
def client(desk_db):
    return TestClient(create_app(desk_db), base_url=DESK, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def sid(desk_db) -> int:
    return story_of(desk_db, "da_kim_putin.txt")


@pytest.mark.parametrize(("path", "status"), PROBES)
def test_each_probe_gets_its_status(client, sid, path, status):
    response = client.get(path.format(sid=sid))
    assert response.status_code == status, response.text[:300]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    if status == 400:
        assert "Bad value for" in response.text and "Traceback" not in response.text


def test_a_refused_value_is_named_in_the_json_twin(client):
    response = client.get("/?page=%C2%B2&format=json")
    assert response.status_code == 400
    assert response.json() == {
        "error": "Bad value for page: a whole number from 1 to 10000 in ASCII digits."
    }


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_other_methods_are_not_allowed(client, method):
    assert client.request(method, "/story/1").status_code == 405


HOSTS = [
    ("127.0.0.1:8000", 200),
    ("localhost:8000", 200),
    ("LOCALHOST:8000", 200),
    ("[::1]:8000", 200),
    ("evil.example", 400),
    ("evil.example:8000", 400),
    ("127.0.0.1:8001", 400),  # another port: another origin
    ("127.0.0.1", 400),
    ("localhost.:8000", 400),
    ("127.0.0.1:8000@evil.example", 400),
    ("127.0.0.1:8000, evil.example", 400),
    ("", 400),
]


@pytest.mark.parametrize(("host", "status"), HOSTS)
def test_only_the_desk_s_own_names_are_answered(client, host, status):
    for path in ("/", "/?format=json", "/entity/per:iver-neumann"):
        response = client.get(path, headers={"host": host})
        assert response.status_code == status, path
        if status == 400:
            assert "Host" in response.text and "Kim" not in response.text  # nothing leaks
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_allow_host_adds_a_name_bare_and_with_the_port(desk_db):
    app = create_app(desk_db, host="0.0.0.0", port=8080, allow_hosts=["News.Example.org"])
    client = TestClient(app, base_url="http://news.example.org")
    assert client.get("/").status_code == 200  # as a reverse proxy sends it
    assert client.get("/", headers={"host": "news.example.org:8080"}).status_code == 200
    assert client.get("/", headers={"host": "localhost:8080"}).status_code == 200
    assert client.get("/", headers={"host": "0.0.0.0:8080"}).status_code == 400
    assert client.get("/", headers={"host": "news.example.org:9999"}).status_code == 400
    assert client.get("/", headers={"host": "other.example.org"}).status_code == 400
