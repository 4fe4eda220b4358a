"""api/http_protocol.py: the same bytes as uvicorn's httptools protocol, cut into fewer writes.

Each case feeds the same raw request to uvicorn's ``HttpToolsProtocol`` and to ``HeadWithBodyProtocol``
over a recording transport and compares what was written (joined), in what order relative to the
transport's other calls, and into how many writes.
"""

from __future__ import annotations

import asyncio

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from api.http_protocol import HeadWithBodyProtocol


class RecordingTransport:
    def __init__(self) -> None:
        self.events: list[tuple[str, bytes]] = []  # ("write", data) / ("close", b"")
        self.closing = False

    @property
    def writes(self) -> list[bytes]:
        return [data for kind, data in self.events if kind == "write"]

    def write(self, data: bytes) -> None:
        assert not self.closing, "write after close"
        self.events.append(("write", bytes(data)))

    def close(self) -> None:
        self.closing = True
        self.events.append(("close", b""))

    def is_closing(self) -> bool:
        return self.closing

    def get_extra_info(self, name: str, default=None):
        return {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 50000)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def set_protocol(self, protocol) -> None:
        pass


async def _serve(protocol_class, app, chunks: list[bytes]) -> RecordingTransport:
    config = Config(app=app, http=protocol_class, log_config=None, lifespan="off", timeout_keep_alive=1)
    protocol = protocol_class(config=config, server_state=ServerState(), app_state={})
    transport = RecordingTransport()
    protocol.connection_made(transport)
    for chunk in chunks:
        protocol.data_received(chunk)
        await asyncio.sleep(0.01)
    for _ in range(50):
        await asyncio.sleep(0.01)
        if not protocol.tasks:
            break
    protocol._unset_keepalive_if_required()
    return transport


def both(app, *chunks: bytes) -> tuple[RecordingTransport, RecordingTransport]:
    plain = asyncio.run(_serve(HttpToolsProtocol, app, list(chunks)))
    ours = asyncio.run(_serve(HeadWithBodyProtocol, app, list(chunks)))
    assert b"".join(ours.writes) == b"".join(plain.writes)
    assert [k for k, _ in ours.events if k != "write"] == [k for k, _ in plain.events if k != "write"]
    return plain, ours


def _post(body: bytes, extra: bytes = b"", path: bytes = b"/x") -> bytes:
    return b"POST %s HTTP/1.1\r\nhost: t\r\ncontent-length: %d\r\n%s\r\n%s" % (path, len(body), extra, body)


async def one_part(scope, receive, send):
    if scope["type"] != "http":
        return
    message = await receive()
    body = b'{"echo": %d}' % len(message["body"])
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))],
        }
    )
    await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})


def test_a_response_of_one_body_part_is_one_write():
    plain, ours = both(one_part, _post(b'{"query": "{ x }"}'))
    assert len(plain.writes) == 2
    assert len(ours.writes) == 1
    assert ours.writes[0].startswith(b"HTTP/1.1 200 OK\r\n") and ours.writes[0].endswith(b'{"echo": 18}')


def test_keep_alive_and_pipelined_requests_answer_in_order():
    plain, ours = both(one_part, _post(b"a") + _post(b"bbb"), _post(b"cc"))
    assert len(ours.writes) == 3 and len(plain.writes) == 6
    assert [w.rsplit(b"\r\n\r\n", 1)[1] for w in ours.writes] == [b'{"echo": 1}', b'{"echo": 3}', b'{"echo": 2}']


def test_head_and_connection_close():
    plain, ours = both(one_part, b"HEAD /x HTTP/1.1\r\nhost: t\r\nconnection: close\r\n\r\n")
    assert len(ours.writes) == 1
    assert ours.events[-1] == ("close", b"")


def test_expect_100_continue_goes_out_before_the_app_reads_the_body():
    request = _post(b"hello", b"expect: 100-continue\r\n")
    head, body = request.split(b"\r\n\r\n", 1)
    plain, ours = both(one_part, head + b"\r\n\r\n", body)
    assert ours.writes[0] == plain.writes[0] == b"HTTP/1.1 100 Continue\r\n\r\n"
    assert len(ours.writes) == 2


async def streamed(scope, receive, send):
    await receive()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    for part in (b"one", b"two", b""):
        await asyncio.sleep(0)
        await send({"type": "http.response.body", "body": part, "more_body": part != b""})


def test_a_streamed_response_sends_its_head_with_the_first_chunk():
    plain, ours = both(streamed, _post(b""))
    assert len(ours.writes) == len(plain.writes) - 1
    assert ours.writes[0] == plain.writes[0] + plain.writes[1]
    assert ours.writes[1:] == plain.writes[2:]


async def fails_after_start(scope, receive, send):
    await receive()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"10")]})
    raise RuntimeError("boom")


async def fails_before_start(scope, receive, send):
    await receive()
    raise RuntimeError("boom")


def test_an_app_that_fails_after_the_start_sends_the_head_then_closes():
    plain, ours = both(fails_after_start, _post(b"x"))
    assert ours.events == plain.events
    assert [k for k, _ in ours.events] == ["write", "close"]


def test_an_app_that_fails_before_the_start_gets_the_same_500():
    plain, ours = both(fails_before_start, _post(b"x"))
    assert len(ours.writes) == 1 and ours.writes[0].startswith(b"HTTP/1.1 500 ")


def test_the_api_answers_byte_for_byte_as_before():
    from api.app import create_app

    class Store:
        generation = 0

        async def aread(self, name, **params):
            return []

    app = create_app(Store(), cache_seconds=0, api_key="")
    headers = b"content-type: application/json\r\nx-request-id: fixed-id\r\n"
    request = _post(b'{"query": "{ __typename }"}', headers, b"/graphql") + _post(
        b'{"query": "{ nope }"}', headers, b"/graphql"
    )
    plain, ours = both(app, request, _post(b"{}", headers, b"/nowhere"))
    assert len(ours.writes) == 3 and len(plain.writes) == 6
    assert ours.writes[0].endswith(b'\r\n\r\n{"data":{"__typename":"Query"}}')
    assert b"Cannot query field 'nope'" in ours.writes[1]
    assert ours.writes[2].startswith(b"HTTP/1.1 404 Not Found\r\n")
