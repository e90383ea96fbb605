"""The Host-header allowlist: the desk answers only requests addressed to it by a name it
knows, so a page on another origin cannot read the store through DNS rebinding (its
requests reach 127.0.0.1 but name the attacker's host).

Allowed by default: the address the desk listens on, `localhost` and `127.0.0.1` (and
`[::1]`), each with the port — bare too when the port is 80, as a browser then sends it.
A name added with `--allow-host` (a reverse proxy's public name, say) is allowed bare and
with the port; `NAME:PORT` allows exactly that. Anything else, or no Host header, is 400.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL = ("localhost", "127.0.0.1", "[::1]")


def _bracketed(host: str) -> str:
    """An IPv6 address as a Host header writes it: `[::1]`."""
    host = host.strip().lower()
    return f"[{host}]" if host.count(":") > 1 and not host.startswith("[") else host


def _has_port(name: str) -> bool:
    head, colon, port = name.rpartition(":")
    return (
        bool(colon)
        and port.isascii()
        and port.isdigit()
        and (not name.startswith("[") or head.endswith("]"))
    )


def allowed_hosts(bound: str, port: int, extra: Iterable[str] = ()) -> frozenset[str]:
    """Every Host header value the desk listening on `bound`:`port` answers."""
    allowed: set[str] = set()
    for name in {_bracketed(bound), *LOCAL}:
        if name in ("0.0.0.0", "[::]"):
            continue  # an address to listen on, never one to ask for
        allowed.add(f"{name}:{port}")
        if port == 80:
            allowed.add(name)
    for name in extra:
        name = _bracketed(name)
        if not name:
            continue
        if _has_port(name):
            allowed.add(name)
        else:
            allowed.update((name, f"{name}:{port}"))
    return frozenset(allowed)


class HostAllowlist:
    """ASGI middleware: a request whose Host header is not in `allowed` (compared without
    case) is answered 400 before the app sees it."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(a.lower() for a in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            hosts = [v for k, v in scope.get("headers", []) if k.lower() == b"host"]
            host = hosts[0].decode("latin-1").lower() if len(hosts) == 1 else None
            if host not in self.allowed:
                await _refuse(send)
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send) -> None:
    body = b"Bad request: this desk does not answer to that Host name.\n"
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
