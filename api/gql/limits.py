"""Safety limits of the GraphQL API, each refusing a request with a clear error.

Why here and not in the HTTP layer: ``bangraph query`` runs the same schema,
so the limits that concern the operation (depth, aliases, tokens, cost, page
size, time) live with the schema; the HTTP-only one (body size) is in api/app.py.
Strawberry's own extensions are used where they exist (QueryDepthLimiter,
MaxAliasesLimiter, MaxTokensLimiter, MaskErrors); the cost estimate is ours.

Environment (defaults in brackets): BANGRAPH_MAX_DEPTH [10], BANGRAPH_MAX_ALIASES
[15], BANGRAPH_MAX_TOKENS [2000], BANGRAPH_MAX_COST [20000], BANGRAPH_MAX_PAGE_SIZE
[100], BANGRAPH_DEFAULT_PAGE_SIZE [20], BANGRAPH_MAX_BODY_BYTES [1000000],
BANGRAPH_QUERY_TIMEOUT seconds [15], BANGRAPH_FIELD_SUGGESTIONS [0 = off].
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import dataclass

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
)
from strawberry.extensions import SchemaExtension

from api.gql.errors import bad_input, limit_exceeded


def env_number(name: str, default, kind=int):
    """``kind(os.environ[name])``, ``default`` when unset or empty; a clear error naming the variable."""
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return kind(raw)
    except ValueError:
        what = "an integer" if kind is int else "a number"
        raise ValueError(f"{name} must be {what}, got {raw!r}") from None


def _env_int(name: str, default: int) -> int:
    return env_number(name, default, int)


@dataclass(frozen=True)
class Limits:
    max_depth: int = 10
    max_aliases: int = 15
    max_tokens: int = 2000
    max_cost: int = 20000
    max_page_size: int = 100
    default_page_size: int = 20
    list_fanout: int = 10  # assumed size of a nested list without `first`, for the cost estimate
    max_body_bytes: int = 1_000_000
    timeout_seconds: float = 15.0
    field_suggestions: bool = False

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_depth=_env_int("BANGRAPH_MAX_DEPTH", cls.max_depth),
            max_aliases=_env_int("BANGRAPH_MAX_ALIASES", cls.max_aliases),
            max_tokens=_env_int("BANGRAPH_MAX_TOKENS", cls.max_tokens),
            max_cost=_env_int("BANGRAPH_MAX_COST", cls.max_cost),
            max_page_size=_env_int("BANGRAPH_MAX_PAGE_SIZE", cls.max_page_size),
            default_page_size=_env_int("BANGRAPH_DEFAULT_PAGE_SIZE", cls.default_page_size),
            max_body_bytes=_env_int("BANGRAPH_MAX_BODY_BYTES", cls.max_body_bytes),
            timeout_seconds=env_number("BANGRAPH_QUERY_TIMEOUT", cls.timeout_seconds, float),
            field_suggestions=os.environ.get("BANGRAPH_FIELD_SUGGESTIONS", "0").lower() in ("1", "true", "yes"),
        )


LIMITS = Limits.from_env()

TIMEOUT_CODE = "TIMEOUT"


def timeout_result(seconds: float) -> ExecutionResult:
    error = GraphQLError(
        f"the operation did not finish within the time limit of {seconds:g} s (BANGRAPH_QUERY_TIMEOUT)",
        extensions={"code": TIMEOUT_CODE},
    )
    return ExecutionResult(data=None, errors=[error])


async def with_timeout(coro, seconds: float) -> ExecutionResult:
    """``coro``'s result, or a timeout error after ``seconds`` (the work is cancelled). ``asyncio.timeout``
    rather than ``wait_for``: no extra task per request."""
    try:
        async with asyncio.timeout(seconds):
            return await coro
    except TimeoutError:
        return timeout_result(seconds)


# -- cost ------------------------------------------------------------------------


class CostError(Exception):
    pass


class QueryCostLimiter(SchemaExtension):
    """Refuse operations whose estimated cost exceeds ``max_cost`` before anything runs.

    The estimate counts the objects a response can contain: each field costs
    the number of parents it is resolved for; a field with ``first`` multiplies
    what is below it by ``first`` (or the default page size), any other list by
    ``list_fanout``. It runs after validation, with the variables, so a
    ``first: $n`` is priced at the value sent.
    """

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or LIMITS

    def on_validate(self) -> Iterator[None]:
        yield
        ctx = self.execution_context
        if ctx.pre_execution_errors or ctx.graphql_document is None:
            return
        error = cost_error(ctx.schema._schema, ctx.graphql_document, ctx.operation_name, ctx.variables, self.limits)
        if error is not None:
            ctx.result = ExecutionResult(data=None, errors=[error])


# id(document) -> (document, names of the variables its `first` arguments read, {key: None} of the
# operations found within the limit): an accepted document costs one lookup next time. The cost depends
# on nothing else (the document is immutable; a `first` is a literal or one of those variables).
_ACCEPTED: dict[int, tuple] = {}
_MAX_ACCEPTED = 512  # as many as the parse cache (api/gql/schema.py)
_SCALARS = (str, int, float, bool, type(None))


def cost_error(
    schema: GraphQLSchema, document, operation_name: str | None, variables: dict | None, limits: Limits
) -> GraphQLError | None:
    """Why the operation is refused for its cost (or a ``first`` out of range), or None when it may run."""
    entry = _ACCEPTED.get(id(document))
    if entry is None or entry[0] is not document:
        if len(_ACCEPTED) >= _MAX_ACCEPTED:
            _ACCEPTED.pop(next(iter(_ACCEPTED)))
        entry = _ACCEPTED[id(document)] = (document, _first_variables(document), {})
    values = tuple((variables or {}).get(name) for name in entry[1])
    key = (schema, limits, operation_name, values) if all(type(v) in _SCALARS for v in values) else None
    if key is not None and key in entry[2]:
        return None
    error = _cost_error(schema, document, operation_name, variables, limits)
    if error is None and key is not None and len(entry[2]) < 64:
        entry[2][key] = None
    return error


def _first_variables(document) -> tuple[str, ...]:
    """The variables any ``first`` argument of the document reads, in order, once each."""
    names: dict[str, None] = {}

    def walk(node) -> None:
        if isinstance(node, FieldNode):
            for arg in node.arguments or ():
                if arg.name.value == "first" and isinstance(arg.value, VariableNode):
                    names[arg.value.name.value] = None
        selection_set = getattr(node, "selection_set", None)
        for child in selection_set.selections if selection_set is not None else ():
            walk(child)

    for definition in document.definitions:
        walk(definition)
    return tuple(names)


def _cost_error(
    schema: GraphQLSchema, document, operation_name: str | None, variables: dict | None, limits: Limits
) -> GraphQLError | None:
    try:
        operation = _operation(document, operation_name)
        if operation is None:
            return None
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        root = schema.get_root_type(operation.operation)
        cost = _Estimator(schema, fragments, variables or {}, limits).cost(
            operation.selection_set, root, 1, frozenset()
        )
    except CostError as e:
        return bad_input(str(e))
    if cost > limits.max_cost:
        return limit_exceeded(
            f"operation cost {cost} exceeds the limit of {limits.max_cost} "
            "(cost = objects the response can hold; lower `first` or select fewer nested lists)"
        )
    return None


def _operation(document, name: str | None) -> OperationDefinitionNode | None:
    ops = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name is None:
        return ops[0] if len(ops) == 1 else None
    return next((o for o in ops if o.name and o.name.value == name), None)


class _Estimator:
    def __init__(self, schema: GraphQLSchema, fragments: dict, variables: dict, limits: Limits):
        self.schema, self.fragments, self.variables, self.limits = schema, fragments, variables, limits

    def _first(self, node: FieldNode) -> int | None:
        for arg in node.arguments or ():
            if arg.name.value != "first":
                continue
            value = arg.value
            if isinstance(value, IntValueNode):
                n = int(value.value)
            elif isinstance(value, VariableNode):
                n = self.variables.get(value.name.value)
                if n is None:
                    return None
            else:
                return None
            if not isinstance(n, int) or not 0 <= n <= self.limits.max_page_size:
                raise CostError(f"`first` must be between 0 and {self.limits.max_page_size} (got {n})")
            return n
        return None

    def cost(self, selection_set: SelectionSetNode | None, parent, mult: int, seen: frozenset[str]) -> int:
        if selection_set is None or parent is None:
            return 0
        total = 0
        for sel in selection_set.selections:
            if isinstance(sel, FieldNode):
                name = sel.name.value
                fields = getattr(parent, "fields", None)
                if name.startswith("__") or not fields or name not in fields:
                    continue
                total += mult
                if sel.selection_set is None:
                    continue
                field = fields[name]
                first = self._first(sel)
                if first is not None:
                    factor = first
                elif "first" in field.args and get_named_type(field.type).name.endswith("Connection"):
                    factor = self.limits.default_page_size
                elif parent.name.endswith("Connection"):
                    factor = 1  # edges / nodes: already counted by the connection's `first`
                elif isinstance(get_nullable_type(field.type), GraphQLList):
                    factor = self.limits.list_fanout
                else:
                    factor = 1
                total += self.cost(sel.selection_set, get_named_type(field.type), mult * max(factor, 1), seen)
            elif isinstance(sel, InlineFragmentNode):
                cond = self.schema.get_type(sel.type_condition.name.value) if sel.type_condition else parent
                total += self.cost(sel.selection_set, cond, mult, seen)
            elif isinstance(sel, FragmentSpreadNode):
                name = sel.name.value
                frag = self.fragments.get(name)
                if frag is None or name in seen:
                    continue
                cond = self.schema.get_type(frag.type_condition.name.value)
                total += self.cost(frag.selection_set, cond, mult, seen | {name})
        return total
