"""The README's two set-up commands are what CI runs, and they install the pinned versions."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the README's set-up section has no sh block"
    return [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")]


def test_ci_runs_the_readme_commands_verbatim():
    commands = _setup_commands()
    assert len(commands) == 2  # one installs and runs the demo, one runs the tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in commands:
        assert command in ci


def test_every_install_in_the_readme_uses_the_constraints():
    for command in _setup_commands():
        for install in re.findall(r"pip install [^&]*", command):
            assert "-c constraints.txt" in install, install


def test_the_constraints_pin_every_package_exactly():
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][^\s]*", p) for p in pins)
    assert "torch==2.13.0" in pins  # the CPU wheel; a looser pin pulls CUDA builds


def test_every_data_file_of_the_package_ships_in_its_wheel():
    """A file the code reads (a model's numbers, a template, a table) that no package-data
    pattern names is left out of the wheel: an editable install works, an installed
    wheel fails."""
    import tomllib

    root = ROOT / "src" / "newsweave"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["newsweave"]
    shipped = {p for pattern in patterns for p in root.glob(pattern) if p.is_file()}
    data = {
        p for p in root.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    }  # fmt: skip
    assert sorted(str(p.relative_to(root)) for p in data - shipped) == []
