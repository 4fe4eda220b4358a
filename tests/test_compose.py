"""docker-compose.yml and Dockerfile, checked without a Docker engine.

There is no Docker here, so the file is checked the way `docker compose config` would see it
(the Compose Specification's JSON schema, copied in tests/data) and against what the images'
documentation says: the neo4j image ships wget but not curl, turns every NEO4J_* variable into a
neo4j.conf setting, and wants a password of at least 8 characters.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = Path(__file__).parent / "data" / "compose-spec.json"

# Variables the neo4j image's entrypoint reads itself instead of writing them to neo4j.conf
# (docker-entrypoint.sh, `not_configs`). Any other NEO4J_* becomes a setting.
NEO4J_IMAGE_CONTROL_VARS = {
    "NEO4J_ACCEPT_LICENSE_AGREEMENT",
    "NEO4J_AUTH",
    "NEO4J_AUTH_PATH",
    "NEO4J_DEBUG",
    "NEO4J_EDITION",
    "NEO4J_HOME",
    "NEO4J_PLUGINS",
}
INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    return _dockerfile_instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))


def _env(service: dict) -> dict[str, str]:
    """A service's environment as a dict, whichever of the two Compose forms it uses."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: "" if v is None else str(v) for k, v in env.items()}


def _dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        word, _, rest = buf.partition(" ")
        out.append((word.upper(), rest.strip()))
        buf = ""
    return out


def _exec_form(args: str) -> list[str]:
    """CMD/ENTRYPOINT arguments: JSON exec form, or shell form split like a shell would."""
    args = args.strip()
    return json.loads(args) if args.startswith("[") else shlex.split(args)


def _container_ports(service: dict) -> set[int]:
    ports = set()
    for p in service.get("ports", []):
        target = p.get("target") if isinstance(p, dict) else str(p).rsplit(":", 1)[-1].split("/")[0]
        ports.add(int(target))
    return ports


def _default(value: str, var: str) -> str | None:
    """The default given to ${var:-default} inside value, if any."""
    for m in INTERPOLATION.finditer(value):
        if m.group("name") == var and m.group("op") in (":-", "-"):
            return m.group("arg")
    return None


def test_compose_file_is_valid_against_the_compose_specification(compose):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(compose), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_the_schema_check_can_fail(compose):
    """A service with an unknown key must be rejected, or the check above proves nothing."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = {**compose, "services": {**compose["services"], "api": {**compose["services"]["api"], "helthcheck": {}}}}
    assert list(jsonschema.Draft7Validator(schema).iter_errors(broken))


def test_services_present(compose):
    assert {"neo4j", "api"} <= set(compose["services"])


def test_neo4j_is_community_edition_5(compose):
    image = compose["services"]["neo4j"]["image"]
    assert re.fullmatch(r"neo4j:5(\.\d+)*(-community)?(-[a-z0-9]+)?", image), image
    assert "enterprise" not in image
    assert "NEO4J_ACCEPT_LICENSE_AGREEMENT" not in _env(compose["services"]["neo4j"])


def test_neo4j_healthcheck(compose):
    hc = compose["services"]["neo4j"]["healthcheck"]
    assert {"test", "interval", "retries"} <= set(hc), hc
    assert not hc.get("disable", False)
    test = hc["test"] if isinstance(hc["test"], str) else " ".join(hc["test"])
    assert "curl" not in test, "the neo4j image has no curl (it ships wget)"
    assert "7474" in test or "cypher-shell" in test, test
    if "wget" in test:
        # Plain `wget URL` saves index.html into the working directory on every probe.
        assert "--spider" in test or "-O" in test or "--output-document" in test, test
    assert int(hc["retries"]) >= 3


def test_neo4j_environment_holds_only_settings_it_understands(compose):
    """Every other NEO4J_* variable is written to neo4j.conf, and Neo4j 5 rejects unknown settings."""
    env = _env(compose["services"]["neo4j"])
    for name in env:
        if not name.startswith("NEO4J_") or name in NEO4J_IMAGE_CONTROL_VARS:
            continue
        setting = name[len("NEO4J_") :].replace("__", "\0").replace("_", ".").replace("\0", "_")
        assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+", setting), f"{name} would become setting {setting!r}"


def test_neo4j_auth_from_environment(compose):
    auth = _env(compose["services"]["neo4j"])["NEO4J_AUTH"]
    assert auth.startswith("neo4j/"), "the image only accepts the admin user 'neo4j'"
    refs = {m.group("name") for m in INTERPOLATION.finditer(auth)}
    assert refs == {"NEO4J_PASSWORD"}, auth
    default = _default(auth, "NEO4J_PASSWORD")
    if default is not None:
        assert len(default) >= 8 and default != "neo4j", "Neo4j 5 wants a password of at least 8 characters"


def test_neo4j_named_volume_for_data(compose):
    declared = set(compose.get("volumes") or {})
    mounts = {}
    for v in compose["services"]["neo4j"].get("volumes", []):
        if isinstance(v, dict):
            mounts[v["target"]] = v.get("source")
        else:
            source, target = v.split(":")[:2]
            mounts[target] = source
    assert "/data" in mounts, mounts
    assert mounts["/data"] in declared, (
        f"/data should be a named volume declared at the top level, got {mounts['/data']}"
    )


def test_ports(compose):
    assert {7474, 7687} <= _container_ports(compose["services"]["neo4j"])
    assert 8000 in _container_ports(compose["services"]["api"])


def test_api_waits_for_a_healthy_neo4j(compose):
    for name, service in compose["services"].items():
        if name == "neo4j" or "NEO4J_URI" not in _env(service):
            continue
        deps = service.get("depends_on")
        assert isinstance(deps, dict), f"{name}: depends_on needs the long form to carry a condition"
        assert deps["neo4j"]["condition"] == "service_healthy", name


def test_api_environment(compose):
    env = _env(compose["services"]["api"])
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "BANGRAPH_API_KEY", "BANGRAPH_BASE_IRI"):
        assert name in env, name
    assert env["NEO4J_URI"] == "neo4j://neo4j:7687", "routing URI to the compose service name"
    assert env["NEO4J_USER"] == "neo4j"
    # The api must use the password the server was given, default included.
    auth = _env(compose["services"]["neo4j"])["NEO4J_AUTH"]
    assert {m.group("name") for m in INTERPOLATION.finditer(env["NEO4J_PASSWORD"])} == {"NEO4J_PASSWORD"}
    assert _default(env["NEO4J_PASSWORD"], "NEO4J_PASSWORD") == _default(auth, "NEO4J_PASSWORD")
    assert "BANGRAPH_STORE" not in env, "with NEO4J_URI set the embedded store is not used"


def test_browser_may_play_guides_from_the_api(compose):
    env = _env(compose["services"]["neo4j"])
    hosts = env["NEO4J_browser_remote__content__hostname__whitelist"].split(",")
    assert "localhost" in [h.strip() for h in hosts]


def test_commands_use_the_console_script_with_existing_subcommands(compose, dockerfile):
    from api.cli import build_parser

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "bangraph" in scripts
    cmds = [_exec_form(args) for word, args in dockerfile if word == "CMD"]
    assert cmds, "Dockerfile has no CMD"
    entrypoints = [_exec_form(args) for word, args in dockerfile if word == "ENTRYPOINT"]
    for name, service in compose["services"].items():
        if "build" not in service and service.get("image", "").startswith("neo4j"):
            continue
        command = service.get("command", cmds[-1])
        command = shlex.split(command) if isinstance(command, str) else command
        argv = (entrypoints[-1] if entrypoints else []) + command
        assert argv[0] == "bangraph", f"{name}: {argv}"
        build_parser().parse_args(argv[1:])  # exits (fails the test) on an unknown subcommand or flag
    serve = compose["services"]["api"]["command"]
    assert serve[:2] == ["bangraph", "serve"] and "0.0.0.0" in serve and "8000" in serve, serve


def test_api_build_context_has_the_dockerfile(compose):
    build = compose["services"]["api"]["build"]
    context = ROOT / (build if isinstance(build, str) else build.get("context", "."))
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    assert (context / dockerfile).is_file()


def test_dockerfile_base_install_and_cmd(dockerfile):
    froms = [args for word, args in dockerfile if word == "FROM"]
    assert froms and froms[-1].split()[0] == "python:3.11-slim", froms
    runs = " ".join(args for word, args in dockerfile if word == "RUN")
    assert "--require-hashes" in runs and "requirements-model.txt" in runs, "the spaCy model is installed by hash"
    assert re.search(r"pip install[^&]* \.(\s|$)", runs), "the project is pip-installed"
    assert "openjdk" not in runs and "default-jre" not in runs, "no Java runtime is needed with NEO4J_URI"
    cmd = _exec_form([args for word, args in dockerfile if word == "CMD"][-1])
    assert cmd[:2] == ["bangraph", "serve"], cmd
    users = [args for word, args in dockerfile if word == "USER"]
    assert users and users[-1] not in ("root", "0"), "the server should not run as root"


def test_dockerfile_copies_what_exists_and_is_not_ignored(dockerfile):
    ignored = {
        line.strip().rstrip("/")
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for word, args in dockerfile:
        if word != "COPY" or args.startswith("--from"):
            continue
        *sources, _dest = [a for a in args.split() if not a.startswith("--")]
        for src in sources:
            assert (ROOT / src).exists(), f"COPY {src}: no such path in the build context"
            assert src.rstrip("/") not in ignored, f"COPY {src}: excluded by .dockerignore"
    # Everything pyproject packages must reach the image, or `pip install .` builds an incomplete wheel.
    includes = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    copied = {a.rstrip("/") for word, args in dockerfile if word == "COPY" for a in args.split()[:-1]}
    for pattern in includes["find"]["include"]:
        assert pattern.rstrip("*") in copied, f"package {pattern} is not copied into the image"
