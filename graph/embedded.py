"""The embedded default: an ArcadeDB server started inside this process.

Why a server and not the embedded API: the rest of bangraph speaks Cypher over
Bolt through the official ``neo4j`` driver, so the embedded store and a Neo4j
server share one data path. ArcadeDB's Bolt plugin listens on 127.0.0.1 on a
free port; its HTTP listener (which it cannot run without) is on loopback too.

One store directory, one server. The process that holds an exclusive lock on
``<store>/.lock`` owns the server and advertises it in ``<store>/server.json``;
another process on the same store connects to that server as a client instead
of opening the files a second time. The lock dies with its process (even on
SIGKILL), so a stale ``server.json`` is never trusted on its own.

Layout of a store directory::

    credentials.json   root password, generated on first start, mode 0600
    server.json        {pid, bolt_port, http_port} while a server runs
    .lock              flock held by the owning process
    commit.lock        flock: shared while a process reads, exclusive while one commits (graph/store.py)
    commit.lock.writer flock: held by a commit waiting for commit.lock, so no process starts reading
    arcadedb/          ArcadeDB's root (databases/, config/, log/)
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import logging
import os
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DATABASE = "bangraph"
USER = "root"
_JVM_LOGGING = """\
handlers = java.util.logging.ConsoleHandler
.level = {level}
java.util.logging.ConsoleHandler.level = {level}
java.util.logging.ConsoleHandler.formatter = java.util.logging.SimpleFormatter
java.util.logging.SimpleFormatter.format = arcadedb %4$s: %5$s%6$s%n
"""


class StoreBusyError(RuntimeError):
    """Another process owns the store and cannot be reached."""


@dataclass(frozen=True)
class Endpoint:
    uri: str
    user: str
    password: str
    database: str
    owner: bool  # True when this process runs the server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int, timeout: float = 0.5) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=timeout):
        return True
    return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_private(path: Path, text: str) -> None:
    """Write a file readable by its owner only (0600), atomically."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _credentials(store: Path) -> str:
    path = store / "credentials.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))["password"]
    password = secrets.token_urlsafe(24)
    _write_private(path, json.dumps({"user": USER, "password": password}))
    return password


# Servers this process owns, by store directory: a second Store in the same
# process (another database, or the same one) shares the server.
_OWNED: dict[Path, EmbeddedServer] = {}


class EmbeddedServer:
    """Owns or joins the ArcadeDB server of one store directory."""

    def __init__(
        self,
        store_dir: Path,
        heap: str = "1g",
        database: str = DATABASE,
        wait_seconds: float = 60.0,
        jvm_args: tuple[str, ...] = (),
    ):
        self.store_dir = Path(store_dir).resolve()
        self.heap = heap
        self.jvm_args = tuple(jvm_args)
        self.database = database
        self.wait_seconds = wait_seconds
        self._lock_fd: int | None = None
        self._server = None
        self._users = 0
        self._shared: EmbeddedServer | None = None
        self.endpoint: Endpoint | None = None

    # -- lifecycle -------------------------------------------------------
    def start(self) -> Endpoint:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        password = _credentials(self.store_dir)
        owner = _OWNED.get(self.store_dir)
        if owner is not None and owner._server is not None:
            owner._server.create_database(self.database)
            owner._users += 1
            self._shared = owner
            ep = owner.endpoint
            self.endpoint = Endpoint(ep.uri, ep.user, ep.password, self.database, owner=True)
            return self.endpoint
        fd = os.open(self.store_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            self.endpoint = self._join(password)
            return self.endpoint
        self._lock_fd = fd
        try:
            self.endpoint = self._own(password)
        except BaseException:
            self._release()
            raise
        self._users = 1
        _OWNED[self.store_dir] = self
        atexit.register(self._stop_now)
        return self.endpoint

    def stop(self) -> None:
        """Release this user; the server stops when its last user in the process does."""
        if self._shared is not None:
            shared, self._shared = self._shared, None
            shared.stop()
            return
        self._users -= 1
        if self._users <= 0:
            self._stop_now()

    def _stop_now(self) -> None:
        _OWNED.pop(self.store_dir, None)
        if self._server is not None:
            server, self._server = self._server, None
            with contextlib.suppress(FileNotFoundError):
                (self.store_dir / "server.json").unlink()
            try:
                server.stop()
            except Exception:  # noqa: BLE001 - shutting down; report, don't mask the caller's error
                log.warning("ArcadeDB did not stop cleanly", exc_info=True)
        self._release()

    def _release(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
            self._lock_fd = None

    # -- owner -----------------------------------------------------------
    def _own(self, password: str) -> Endpoint:
        with contextlib.suppress(FileNotFoundError):
            (self.store_dir / "server.json").unlink()  # stale: its owner is gone (we hold the lock)
        root = self.store_dir / "arcadedb"
        (root / "config").mkdir(parents=True, exist_ok=True)
        (root / "log").mkdir(parents=True, exist_ok=True)
        # Plugins we do not use stay off: MCP is auto-discovered unless its config disables it.
        (root / "config" / "mcp-config.json").write_text(json.dumps({"enabled": False}), encoding="utf-8")
        self._start_jvm(root)
        import arcadedb_embedded

        server = None
        for attempt in range(3):  # a port found free can be taken before the server binds it
            bolt_port, http_port = _free_port(), _free_port()
            server = arcadedb_embedded.create_server(
                str(root),
                root_password=password,
                config={
                    "host": "127.0.0.1",
                    "http_port": http_port,
                    "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                    "bolt_port": bolt_port,
                    "server_logsDirectory": str(root / "log"),
                    "server_mode": "production",
                    "txWalFlush": 1,
                },
            )
            try:
                server.start()
                break
            except arcadedb_embedded.ArcadeDBError as e:
                if "port" not in str(e).lower() or attempt == 2:
                    raise
                log.warning("ArcadeDB could not bind its ports (%s); retrying with others", e)
        self._server = server
        server.create_database(self.database)  # gets it when it exists
        info = {"pid": os.getpid(), "bolt_port": bolt_port, "http_port": http_port, "started": time.time()}
        _write_private(self.store_dir / "server.json", json.dumps(info))
        return Endpoint(f"bolt://127.0.0.1:{bolt_port}", USER, password, self.database, owner=True)

    def _start_jvm(self, root: Path) -> None:
        """Start the JVM with ArcadeDB's logs on stderr (stdout is for our JSON)."""
        import jpype

        if jpype.isJVMStarted():
            return
        props = root / "config" / "logging.properties"
        level = os.environ.get("BANGRAPH_DB_LOG_LEVEL", "SEVERE")
        props.write_text(_JVM_LOGGING.format(level=level), encoding="utf-8")
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(root / "log" / "hs_err_pid%p.log"))
        from arcadedb_embedded.jvm import start_jvm

        start_jvm(
            heap_size=self.heap,
            jvm_args=[
                f"-Djava.util.logging.config.file={props}",
                f"-Darcadedb.server.logsDirectory={root / 'log'}",
                *self.jvm_args,  # after ARCADEDB_JVM_ARGS (arcadedb_embedded merges that first)
            ],
        )
        system = jpype.JClass("java.lang.System")
        system.setOut(system.err)

    # -- client of another process's server ------------------------------
    def _join(self, password: str) -> Endpoint:
        deadline = time.monotonic() + self.wait_seconds
        info_path = self.store_dir / "server.json"
        while True:
            info = None
            with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
                info = json.loads(info_path.read_text(encoding="utf-8"))
            if info and _pid_alive(info["pid"]) and _port_open(info["bolt_port"]):
                return Endpoint(f"bolt://127.0.0.1:{info['bolt_port']}", USER, password, self.database, owner=False)
            if time.monotonic() > deadline:
                who = f"process {info['pid']}" if info else "another process"
                raise StoreBusyError(
                    f"store {self.store_dir} is locked by {who}, whose database server does not answer; "
                    "stop that process or set BANGRAPH_STORE to another directory"
                )
            time.sleep(0.2)
