"""`newsweave serve` for real: uvicorn in a subprocess on a free port, asked over a raw
HTTP connection — the huge story id is a 404 on a connection that stays open, a malformed
page number a 400, and a Host that is not the desk's (DNS rebinding) or none a 400."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time

import pytest

SERVE = "from newsweave.cli import main; main()"


@pytest.fixture(scope="module")
def served(desk_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "serve", "--db", str(desk_db), "--port", str(port),
         "--allow-host", "desk.example"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"serve exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("serve did not listen within 60 s")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def ask(conn: http.client.HTTPConnection, path: str, host: str | None) -> tuple[int, str]:
    conn.putrequest("GET", path, skip_host=True)
    if host is not None:
        conn.putheader("Host", host)
    conn.endheaders()
    response = conn.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def test_a_huge_story_id_is_a_404_and_the_connection_stays_open(served):
    conn = http.client.HTTPConnection("127.0.0.1", served, timeout=30)
    own = f"127.0.0.1:{served}"
    status, body = ask(conn, "/story/99999999999999999999", own)
    assert status == 404 and "No story with this id" in body
    assert ask(conn, "/?page=%C2%B2", own)[0] == 400  # the same connection, still answered
    assert ask(conn, "/story/9223372036854775808?format=json", f"localhost:{served}")[0] == 404
    status, body = ask(conn, "/", own)
    assert status == 200 and "Stories" in body
    conn.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1", None])
def test_a_foreign_host_is_refused(served, host):
    conn = http.client.HTTPConnection("127.0.0.1", served, timeout=30)
    status, body = ask(conn, "/?format=json", None if host is None else host.format(port=served))
    assert status == 400 and "Kim" not in body
    conn.close()


def test_an_allowed_host_is_answered(served):
    conn = http.client.HTTPConnection("127.0.0.1", served, timeout=30)
    assert ask(conn, "/?format=json", "desk.example")[0] == 200
    conn.close()
