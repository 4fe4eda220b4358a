"""The strawberry schema with its limits, shared by HTTP (api/app.py) and ``bangraph query``."""

from __future__ import annotations

import logging

from graphql import GraphQLError, OperationType, get_operation_ast, parse
from strawberry import Schema
from strawberry.extensions import MaskErrors, MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig

from api.gql.limits import LIMITS, Limits, QueryCostLimiter, with_timeout
from api.gql.mutation import Mutation
from api.gql.query import Query
from api.gql.types import Ban, Follow, Jurisdiction, Law, Organisation, Person, Product, Role, Statement

log = logging.getLogger("bangraph.api.graphql")


def _should_mask(error: GraphQLError) -> bool:
    """Hide internals (driver errors, bugs) but keep the clear messages the API raises itself."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class BangraphSchema(Schema):
    """A Schema whose every operation is bounded in time (``BANGRAPH_QUERY_TIMEOUT``)."""

    def __init__(self, *args, limits: Limits, **kwargs):
        super().__init__(*args, **kwargs)
        self.limits = limits

    def process_errors(self, errors, execution_context=None) -> None:
        """Log unexpected failures with their traceback; a client's mistakes are not server errors."""
        for error in errors:
            original = error.original_error
            if original is not None and not isinstance(original, GraphQLError):
                log.error("resolver failed: %s", error.message, exc_info=original)
            else:
                log.debug("request error: %s", error.message)

    async def execute(self, query, *args, **kwargs):
        """Queries are bounded in time; mutations are not (they are bounded by size, and a timed-out
        ingest would go on writing in its thread while the client is told it failed)."""
        if _operation_type(query, kwargs.get("operation_name")) is OperationType.MUTATION:
            return await super().execute(query, *args, **kwargs)
        return await with_timeout(super().execute(query, *args, **kwargs), self.limits.timeout_seconds)


def _operation_type(query: str | None, operation_name: str | None) -> OperationType | None:
    try:
        op = get_operation_ast(parse(query or ""), operation_name)
    except GraphQLError:
        return None
    return op.operation if op else None


def build_schema(limits: Limits = LIMITS) -> BangraphSchema:
    return BangraphSchema(
        query=Query,
        mutation=Mutation,
        types=[Person, Organisation, Jurisdiction, Law, Product, Ban, Statement, Follow, Role],
        # factories, not instances: each request gets its own extension objects (no shared state)
        extensions=[
            lambda: QueryDepthLimiter(max_depth=limits.max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=limits.max_aliases),
            lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
            lambda: QueryCostLimiter(limits),
            lambda: MaskErrors(
                should_mask_error=_should_mask, error_message="Unexpected error (logged on the server)."
            ),
        ],
        config=StrawberryConfig(disable_field_suggestions=not limits.field_suggestions),
        limits=limits,
    )


schema = build_schema()
