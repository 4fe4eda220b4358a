"""The strawberry schema with its limits, shared by HTTP (api/app.py) and ``bangraph query``."""

from __future__ import annotations

import logging
from collections import Counter
from functools import lru_cache

from graphql import DocumentNode, GraphQLError, OperationType, get_operation_ast
from graphql import execute as core_execute
from strawberry import Schema
from strawberry.execution.is_awaitable import optimized_is_awaitable
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionResult

from api.gql.fastexec import PlannedExecutionContext
from api.gql.limits import LIMITS, Limits, QueryCostLimiter, cost_error, with_timeout
from api.gql.mutation import Mutation
from api.gql.query import Query
from api.gql.types import Ban, Follow, Jurisdiction, Law, Organisation, Person, Product, Role, Statement

log = logging.getLogger("bangraph.api.graphql")
LANES: Counter = Counter()  # "fast" / "standard": how queries were executed (BangraphSchema.execute; tests)


def _should_mask(error: GraphQLError) -> bool:
    """Hide internals (driver errors, bugs) but keep the clear messages the API raises itself."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class BangraphSchema(Schema):
    """A Schema whose every operation is bounded in time (``BANGRAPH_QUERY_TIMEOUT``)."""

    def __init__(self, *args, limits: Limits, **kwargs):
        super().__init__(*args, **kwargs)
        self.limits = limits
        # (document text, operation name) -> parsed document, for queries that passed every check (execute)
        self._fast_lane: dict[tuple[str, str | None], DocumentNode] = {}

    def process_errors(self, errors, execution_context=None) -> None:
        """Log unexpected failures with their traceback; a client's mistakes are not server errors."""
        for error in errors:
            original = error.original_error
            if original is not None and not isinstance(original, GraphQLError):
                log.error("resolver failed: %s", error.message, exc_info=original)
            else:
                log.debug("request error: %s", error.message)

    def operation_type(self, query: str | None, operation_name: str | None) -> OperationType | None:
        """The operation's type, or None when the document does not parse (execution then says why)."""
        document = self.parsed(query)
        if document is None:
            return None
        op = get_operation_ast(document, operation_name)
        return op.operation if op else None

    def parsed(self, query: str | None) -> DocumentNode | None:
        """The parsed document from the same cache execution uses, or None when it does not parse."""
        try:
            return _parse(query or "", max_tokens=self.limits.max_tokens)
        except GraphQLError:
            return None

    async def execute(self, query, **kwargs):
        """Queries are bounded in time; mutations are not (they are bounded by size, and a timed-out
        ingest would go on writing in its thread while the client is told it failed).

        A query whose document already passed every check here before (parse, token, depth and alias
        limits, validation) and ran without errors takes the *fast lane*: its cost is checked with this
        request's variables, then it goes straight to graphql-core's ``execute`` with the planned executor,
        without strawberry's per-request extension machinery (~0.1-0.2 ms of CPU a request, measured in
        benchmarks/README.md). Anything unusual -- a cost over the limit, any error in the result,
        operation extensions -- runs the operation again the standard way, so errors and their masking are
        exactly strawberry's; queries only read, so running one again is safe."""
        op_type = self.operation_type(query, kwargs.get("operation_name"))
        if op_type is OperationType.MUTATION:
            return await super().execute(query, **kwargs)
        return await with_timeout(self._query(query, op_type, kwargs), self.limits.timeout_seconds)

    async def _query(self, query: str, op_type: OperationType | None, kwargs: dict):
        key = (query, kwargs.get("operation_name"))
        document = self._fast_lane.get(key)
        if document is not None and not kwargs.get("operation_extensions"):
            result = await self._execute_fast(document, kwargs)
            if result is not None:
                return result
        LANES["standard"] += 1
        result = await super().execute(query, **kwargs)
        if document is None and op_type is OperationType.QUERY and not result.errors:
            if len(self._fast_lane) >= CACHE_SIZE:
                self._fast_lane.pop(next(iter(self._fast_lane)))
            self._fast_lane[key] = self.parsed(query)
        return result

    async def _execute_fast(self, document: DocumentNode, kwargs: dict) -> ExecutionResult | None:
        """The fast lane's answer, or None when the operation must take the standard path."""
        variables, operation_name = kwargs.get("variable_values"), kwargs.get("operation_name")
        if cost_error(self._schema, document, operation_name, variables, self.limits) is not None:
            return None
        LANES["fast"] += 1
        result = core_execute(
            self._schema,
            document,
            root_value=kwargs.get("root_value"),
            context_value=kwargs.get("context_value"),
            variable_values=variables,
            operation_name=operation_name,
            is_awaitable=optimized_is_awaitable,
            executor_class=self.execution_context_class,
            operation_extensions=None,
        )
        if optimized_is_awaitable(result):
            result = await result
        if result.errors or not isinstance(result.data, dict):
            return None
        return ExecutionResult(data=result.data, errors=None)


# Parsing and validating a document costs more than executing most queries, and clients send the same
# few documents again and again (with other variables): both are cached by document text (LRU). The
# parse cache is the one strawberry's ParserCache uses (shared, keyed by its size), so the HTTP layer's
# look at the operation type and execution share one parse. The validation cache is keyed by the parsed
# document object and the rule classes, so the limiters' rule classes are made once per schema, not per
# request (strawberry's limiter extensions build a new class per instance).
CACHE_SIZE = 512
_parse = ParserCache(maxsize=CACHE_SIZE).cached_parse_document


@lru_cache(maxsize=8)
def _limit_rules(max_depth: int, max_aliases: int) -> tuple:
    return (
        *QueryDepthLimiter(max_depth=max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules,
    )


def build_schema(limits: Limits = LIMITS, *, planned: bool = True) -> BangraphSchema:
    """The API's schema; ``planned=False`` executes with graphql-core's standard executor only
    (api/gql/fastexec.py explains the planned one; the tests compare both)."""
    rules = list(_limit_rules(limits.max_depth, limits.max_aliases))
    return BangraphSchema(
        query=Query,
        mutation=Mutation,
        types=[Person, Organisation, Jurisdiction, Law, Product, Ban, Statement, Follow, Role],
        # factories, not instances: each request gets its own extension objects (no shared state)
        extensions=[
            lambda: AddValidationRules(rules),  # depth and aliases
            lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
            lambda: ParserCache(maxsize=CACHE_SIZE),
            lambda: ValidationCache(maxsize=CACHE_SIZE),
            lambda: QueryCostLimiter(limits),
            lambda: MaskErrors(
                should_mask_error=_should_mask, error_message="Unexpected error (logged on the server)."
            ),
        ],
        config=StrawberryConfig(disable_field_suggestions=not limits.field_suggestions),
        execution_context_class=PlannedExecutionContext if planned else None,
        limits=limits,
    )


schema = build_schema()
