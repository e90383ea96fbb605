"""deploy/: every command the docker-compose file and the Kubernetes manifests run is one
that newsweave (or Dask) has, with options it takes; the image installs what the README's
set-up installs. (Docker cannot run here; tests/deploy/test_commands.py runs the same
commands against a local PostgreSQL server and Dask cluster.)"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

yaml = pytest.importorskip("yaml", reason="PyYAML comes with the cluster extra (dask)")

from newsweave.cli import main as newsweave_cli  # noqa: E402

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
ROOT = DEPLOY.parent


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


def manifests() -> list[dict]:
    docs: list[dict] = []
    for path in sorted((DEPLOY / "kubernetes").glob("*.yaml")):
        docs.extend(d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d)
    return docs


def containers(node: object) -> list[dict]:
    """Every container spec (a mapping with `image` and `args`) anywhere in a manifest."""
    if isinstance(node, dict):
        found = [node] if "image" in node and "args" in node else []
        return found + [c for v in node.values() for c in containers(v)]
    if isinstance(node, list):
        return [c for v in node for c in containers(v)]
    return []


def commands() -> list[list[str]]:
    out = [s["command"] for s in compose()["services"].values() if "command" in s]
    out += [c["args"] for doc in manifests() for c in containers(doc)]
    return out


def dask_command(name: str) -> click.Command:
    from distributed.cli import dask_scheduler, dask_worker

    return {"scheduler": dask_scheduler.main, "worker": dask_worker.main}[name]


def parse(argv: list[str], news: Path) -> None:
    """Parse `argv` with the program's own command-line parser (raises on an unknown
    command or option, or a bad value)."""
    argv = [str(news) if a == "/news" else a for a in argv]
    argv = [re.sub(r"\$\((\w+)\)", "x", a) for a in argv]  # Kubernetes' $(VAR) expansion
    program, *rest = argv
    if program == "newsweave":
        group = newsweave_cli
        command = group.get_command(click.Context(group), rest[0])
        assert command is not None, f"newsweave has no command {rest[0]!r}"
        command.make_context(rest[0], rest[1:])
    elif program == "dask":
        dask_command(rest[0]).make_context(rest[0], rest[1:])
    else:
        raise AssertionError(f"unexpected program {program!r} in {shlex.join(argv)}")


def test_the_deployment_runs_the_whole_flow():
    services = compose()["services"]
    assert {"postgres", "scheduler", "worker", "desk", "ingest", "migrate"} <= services.keys()
    ran = {tuple(c[:2]) for c in commands()}
    assert {("newsweave", "ingest"), ("newsweave", "serve"), ("newsweave", "migrate"),
            ("dask", "scheduler"), ("dask", "worker")} <= ran
    kinds = {d["kind"] for d in manifests()}
    assert {"DaskCluster", "Deployment", "Service", "Job"} <= kinds


@pytest.mark.parametrize("argv", commands(), ids=lambda a: " ".join(a[:2]))
def test_every_command_is_one_the_programs_take(argv, tmp_path):
    parse(argv, tmp_path)


def test_ingest_hands_the_analysis_to_the_scheduler_the_deployment_starts():
    services = compose()["services"]
    (ingest,) = [c for c in commands() if c[:2] == ["newsweave", "ingest"]][:1]
    assert "tcp://scheduler:8786" in ingest
    assert "8786" in services["scheduler"]["command"]
    assert "tcp://scheduler:8786" in services["worker"]["command"]
    (cluster,) = [d for d in manifests() if d["kind"] == "DaskCluster"]
    k8s_ingest = [c["args"] for d in manifests() for c in containers(d)
                  if c["args"][:2] == ["newsweave", "ingest"]]
    assert k8s_ingest and all(
        f"tcp://{cluster['metadata']['name']}-scheduler:8786" in a for a in k8s_ingest)


def test_every_newsweave_service_reads_the_database_from_the_environment():
    services = compose()["services"]
    for name, service in services.items():
        if service.get("command", [""])[0] == "newsweave":
            assert service["environment"]["NEWSWEAVE_DB"].startswith("postgresql://"), name
    for doc in manifests():
        for c in containers(doc):
            if c["args"][0] == "newsweave":
                assert any(e["name"] == "NEWSWEAVE_DB" for e in c.get("env", [])), c["name"]


def test_the_image_installs_what_the_readme_installs():
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    for source in re.findall(r"^COPY (.+) \S+$", dockerfile, re.M):
        for name in source.split():
            assert (ROOT / name).exists(), f"Dockerfile copies {name}, which is not there"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "-c constraints.txt" in dockerfile and "./packages/newsweave-ner-e5-small" in readme
    assert "./packages/newsweave-ner-e5-small" in dockerfile
