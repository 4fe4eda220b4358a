"""Errors the API reports to clients, labelled so that clients (and fuzzers) can tell them apart.

``BAD_USER_INPUT`` (Apollo's convention): an argument the schema's types accept
but the API does not (``first: 1000``, a malformed cursor or date). Limit
errors say which limit and how to stay under it.
"""

from __future__ import annotations

from graphql import GraphQLError

BAD_USER_INPUT = "BAD_USER_INPUT"
LIMIT_EXCEEDED = "LIMIT_EXCEEDED"
UNAUTHENTICATED = "UNAUTHENTICATED"


def bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": BAD_USER_INPUT})


def limit_exceeded(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": LIMIT_EXCEEDED})
