"""Rendering desk pages: one Jinja environment (autoescaping every value), the templates
in `newsweave/templates`, and an `Urls` that says where links go (server or static).

The stylesheet is inlined in every page and allowed by its hash in the
Content-Security-Policy, so the policy can forbid every other style, every script and
every external resource, on the server and in a static site opened from disk alike."""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsweave.article import speaker_why
from newsweave.desk.bidi import bdi, bdi_join, isolated
from newsweave.desk.i18n import SOURCE, date_label, translations
from newsweave.desk.pages import KIND_NAMES, LABEL_NAMES, PRECISION_NAMES, language_name
from newsweave.desk.urls import Urls

CSS = (resources.files("newsweave.desk") / "static" / "desk.css").read_text(encoding="utf-8")
_CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
# What a page may load: its own inline stylesheet (by hash), images from data: URLs, forms
# sent back to the desk; nothing else, no script at all.
CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src data:; "
    "form-action 'self'; base-uri 'none'"
)
CSP_HEADER = CSP + "; frame-ancestors 'none'"  # only a header can say this


def _speaker_why(speaker: dict[str, Any] | None) -> str | None:
    """The reason shown for an inferred speaker (a contract `speaker`), else None."""
    if not speaker:
        return None
    return speaker_why(
        speaker.get("evidence"), speaker.get("inferred"), speaker["text"], speaker.get("name")
    )


def _entity_name(entity: str, graph: dict[str, Any]) -> str:
    """The name a graph's node `entity` is shown with."""
    return next((n["name"] for n in graph["nodes"] if n["entity"] == entity), entity)


def _with(params: dict[str, str], **changes: Any) -> dict[str, str]:
    return {**params, **{k: str(v) if v else "" for k, v in changes.items()}}


@lru_cache(maxsize=8)
def environment(ui: str = SOURCE) -> Environment:
    """The templates read in the language `ui`: the interface's words from its gettext
    catalogue (English where it has none), names of languages and dates in CLDR's."""
    env = Environment(
        loader=PackageLoader("newsweave", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    tr = translations(ui)
    env.install_gettext_translations(tr, newstyle=True)  # type: ignore[attr-defined]
    env.globals["ui"] = ui
    env.filters["lang_name"] = lambda code: language_name(code, ui)
    env.filters["label_name"] = lambda label: tr.gettext(LABEL_NAMES.get(label, label))
    env.filters["kind_name"] = lambda kind: tr.gettext(KIND_NAMES.get(kind, kind))
    env.filters["precision_name"] = lambda p: tr.gettext(PRECISION_NAMES.get(p, p))
    env.filters["when"] = lambda value, end=None: date_label(value, end, ui, tr)
    env.filters["dict_update"] = _with
    env.filters["speaker_why"] = _speaker_why
    env.filters["bdi"] = bdi  # every piece of article text on a page (see desk/bidi.py)
    env.filters["bdi_join"] = bdi_join
    env.filters["isolated"] = isolated  # the same where no element can go (<title>, SVG)
    env.filters["entity_name"] = _entity_name
    return env


def render_page(template: str, urls: Urls, ui: str = SOURCE, **context: Any) -> str:
    """The page `template` with `context`, read in the language `ui`; `urls` makes its
    links."""
    return (
        environment(ui)
        .get_template(template)
        .render(urls=urls, css=Markup(CSS), csp=CSP, **context)
    )
