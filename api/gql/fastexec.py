"""A planned executor for queries: the same answers as graphql-core's, with less work per field.

Why: an analyst's page of 20 bans with their imposers and targets resolves ~220 fields. graphql-core
builds a resolve-info object, checks for awaitables and dispatches on the return type for every one
of them (~8 µs a field here), which costs more than the two Cypher statements behind the page
(benchmarks/README.md, ``api.latency``). Most of those fields are plain attributes of the objects
the resolvers built (``id``, ``name``, ``status``…).

How: the first time an operation document is executed, its selection sets are planned per object
type (fields grouped by response key, fragments applied, each field's definition looked up once), and
the plan is cached with the parsed document. Each object type's part of the plan is compiled into one
Python function (``_compile``). Execution then runs those: a plain leaf is one attribute read and a
type check (or its output coercion); a field with a resolver gets a real resolve-info object and
its arguments coerced by graphql-core, exactly as the standard executor gives them (and converted for
the resolver as strawberry's wrapper does, with the walk over their types done once: ``_direct``); abstract types
are resolved by the schema's own ``resolve_type``. Awaitable results are completed level by level, so
the DataLoaders still batch one statement per level.

Anything the plan does not cover takes the standard path, which stays the reference: mutations and
subscriptions, directives (``@skip``, ``@include``, ``@defer``…), middleware. And whenever anything goes
wrong while planned (a resolver error, a null in a non-null field, a value of the wrong type), the
planned attempt is dropped and the whole operation runs again through graphql-core, so errors, their
paths and null propagation are exactly the standard ones. Queries only read, so running one again is
safe; the request's DataLoaders keep what the first attempt already read.

tests/test_api_fastexec.py runs many queries through both executors and compares the answers.
"""

from __future__ import annotations

import asyncio
import builtins
from collections import Counter
from collections.abc import Iterable
from enum import Enum
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLAbstractType,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationType,
    SelectionSetNode,
    Undefined,
    VariableNode,
    get_named_type,
    is_abstract_type,
    is_leaf_type,
)
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path
from graphql.type.scalars import GRAPHQL_MAX_INT, GRAPHQL_MIN_INT, serialize_int
from strawberry.relay.types import GlobalID
from strawberry.scalars import is_scalar
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import convert_argument
from strawberry.types.base import StrawberryList, StrawberryMaybe, StrawberryOptional, StrawberryType
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE
from strawberry.types.enum import StrawberryEnumDefinition, has_enum_definition
from strawberry.types.lazy_type import LazyType
from strawberry.types.unset import UNSET

DEFINITION_BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF

TYPENAME = "__typename"
STATS: Counter = Counter()  # "planned", "fallback", "standard": how operations were executed (tests, benchmarks)
_PLANS: dict[int, tuple[Any, Any, ObjectPlan | None]] = {}  # id(operation) -> (operation, schema, plan)
_MAX_PLANS = 512
# (schema, abstract type name, Python class) -> runtime object type, for classes whose type is their own
_RUNTIME_TYPES: dict[tuple, GraphQLObjectType] = {}
_SAME_OUT = {"String": str, "ID": str, "Boolean": bool}
_MIN_INT, _MAX_INT = GRAPHQL_MIN_INT, GRAPHQL_MAX_INT
_NO_ARGS: dict = {}  # read only
_new_path = tuple.__new__  # _new_path(Path, (prev, key, typename)) is Path(prev, key, typename) without a Python call
# class -> whether its instances are strawberry objects, never awaitable and never an error (the objects
# the resolvers build, api/gql/types.py): in a list of a concrete type they go straight to their plan
_PLAIN: dict[type, bool] = {}
_OF_TYPE: set[tuple] = (
    set()
)  # (schema, object type name, Python class) whose is_type_of said yes  # as many as the parse and validation caches (api/gql/schema.py)


# (leaf type, enum class, member) -> its output: strawberry's enum types find a member's name by walking their values
# and reading each member's `.value` (~3 µs); an entity with its bans asks for ~20 statuses and kinds
_ENUM_OUT: dict[tuple, Any] = {}


def _coerce_leaf(leaf, value):
    """``leaf.coerce_output_value(value)``, remembered for enum members (the answer depends on nothing else)."""
    if isinstance(value, Enum):
        key = (leaf, type(value), value)  # the class too: members of str-based enums equal their plain values
        out = _ENUM_OUT.get(key)
        if out is None:
            out = leaf.coerce_output_value(value)
            if out is not None and out is not Undefined and len(_ENUM_OUT) < 4096:
                _ENUM_OUT[key] = out
        return out
    return leaf.coerce_output_value(value)


class _NotPlanned(Exception):
    """The operation uses something the plan does not cover: execute it the standard way."""


class _Fallback(Exception):
    """Something went wrong while planned: execute the operation again the standard way."""


class FieldPlan:
    __slots__ = (
        "key",
        "name",
        "definition",
        "nodes",
        "return_type",
        "basic_leaf",
        "same_out",
        "attribute",
        "relation",
        "has_args",
        "fragments",
        "_objects",
        "parent",
        "list_shape",
        "object_shape",
        "by_class",
        "direct",
        "arg_variables",
        "known_args",
    )

    def __init__(self, key: str, name: str, definition: GraphQLField | None, nodes: list[FieldNode], fragments: dict):
        self.key = key
        self.fragments = fragments
        self.name = name
        self.definition = definition
        self.nodes = nodes
        self.return_type = definition.type if definition is not None else None
        leaf = self.return_type
        if isinstance(leaf, GraphQLNonNull):
            leaf = leaf.of_type
        self.basic_leaf = (
            definition is not None
            and is_leaf_type(leaf)
            and getattr(definition.resolve, "_is_default", False)  # strawberry: a field without a resolver
            and not definition.args
        )
        # the Python type a leaf's output coercion gives back unchanged (graphql-core's String, ID, Boolean)
        self.same_out = _SAME_OUT.get(leaf.name) if self.basic_leaf else None
        self.has_args = definition is not None and bool(definition.args or nodes[0].arguments)
        self._objects: dict[str, ObjectPlan] = {}
        self.list_shape = self.object_shape = None  # set by shape() once the plans below are made
        self.by_class: dict[type, ObjectPlan] = {}  # an abstract field: the plan per class of value (uncast)
        # strawberry's resolver wrapper done here (_direct), or False when it cannot be: set on first use
        self.direct = None
        # the variables the field's arguments read (anywhere in their values), and its arguments as
        # graphql-core coerced them, by those variables' values (_arguments)
        self.arg_variables = tuple(dict.fromkeys(_variables(nodes[0].arguments))) if self.has_args else ()
        self.known_args: dict[tuple, dict] = {}
        # strawberry's own field behind the GraphQL one, when it is a plain one: an attribute read
        # (``default_resolver`` is getattr unless configured otherwise), or a relationship field made
        # by api/gql/types.py ``relation`` (answered without a resolve-info object)
        self.attribute = self.relation = None
        strawberry_field = definition.extensions.get(DEFINITION_BACKREF) if definition is not None else None
        if strawberry_field is None or strawberry_field.extensions:
            return
        if self.basic_leaf and strawberry_field.base_resolver is None and strawberry_field.default_resolver is getattr:
            self.attribute = strawberry_field.python_name
        resolver = strawberry_field.base_resolver
        relation = getattr(getattr(resolver, "wrapped_func", None), "relation", None)
        if relation is not None and set(definition.args) <= {"first", "offset"}:
            self.relation = relation

    def shape(self) -> None:
        """What ``_complete_field`` may shortcut: ``object_shape`` (plan, abstract type) for a field of an
        object type (plan: a concrete type without ``is_type_of``; abstract: an interface or union), or
        ``list_shape`` (item type, plan, abstract type) for a list of them."""
        if self.return_type is None:
            return
        unwrapped = self.return_type.of_type if isinstance(self.return_type, GraphQLNonNull) else self.return_type
        if isinstance(unwrapped, GraphQLList):
            item_type = unwrapped.of_type
            item = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
            target = self._target(item)
            if target is not None:
                self.list_shape = (item_type, *target)
        else:
            self.object_shape = self._target(unwrapped)

    def _target(self, named) -> tuple | None:
        if isinstance(named, GraphQLObjectType):
            return (self._objects[named.name], None) if named.is_type_of is None else None
        if isinstance(named, GraphQLAbstractType):
            return (None, named)
        return None

    def plan_for(self, object_type: GraphQLObjectType) -> ObjectPlan:
        """The plan of this field's sub-selections on ``object_type`` (worked out with the operation's)."""
        plan = self._objects.get(object_type.name)
        if plan is None:  # pragma: no cover - every possible type is planned ahead (_plan_below)
            raise _Fallback(f"no plan for {object_type.name}")
        return plan


class ObjectPlan:
    __slots__ = ("type", "fields", "run")

    def __init__(self, object_type: GraphQLObjectType, fields: list[FieldPlan]):
        self.type = object_type
        self.fields = fields
        for field in fields:
            field.parent = object_type
            field.shape()
        # run(context, source, out, path, pending): the fields' values of ``source`` into ``out``
        self.run = _compile(self)


def _compile(plan: ObjectPlan):
    """The plan as one Python function: straight-line code per field instead of a loop that branches on
    each field's kind (the way graphql-jit compiles queries). A plain leaf becomes an attribute read and
    a type check; any other field calls the execution context's method for its kind.

    The generated source holds only names made here (``k0``, ``a0``...): response keys (client-chosen
    aliases), attribute names, field plans and leaf types are passed in as the values of those names,
    so no text from the query or the schema is ever compiled."""
    values: dict[str, Any] = {"_Fallback": _Fallback, "_leaf": _leaf, "_MIN_INT": _MIN_INT, "_MAX_INT": _MAX_INT}
    body: list[str] = []
    for i, field in enumerate(plan.fields):
        values[f"k{i}"] = field.key
        if field.definition is None:  # __typename
            values[f"n{i}"] = plan.type.name
            body.append(f"out[k{i}] = n{i}")
            continue
        if not field.basic_leaf:
            values[f"f{i}"] = field
            method = "_relation_field" if field.relation is not None else "_resolved_field"
            body.append(f"self.{method}(f{i}, source, out, path, pending)")
            continue
        if field.attribute:
            values[f"a{i}"] = field.attribute
            body.append(f"v = getattr(source, a{i})")
        else:
            values[f"r{i}"] = field.definition.resolve
            body.append(f"v = r{i}(source, None)")
        non_null = isinstance(field.return_type, GraphQLNonNull)
        leaf = field.return_type.of_type if non_null else field.return_type
        values[f"l{i}"] = leaf
        if field.same_out is not None:  # a str for a String or ID, a bool for a Boolean: output as it is
            values[f"s{i}"] = field.same_out
            body += [f"if type(v) is s{i}:", f"    out[k{i}] = v", "elif v is None:"]
        elif leaf is GraphQLInt and leaf.serialize is serialize_int:  # what serialize_int gives back unchanged
            body += ["if type(v) is int and _MIN_INT <= v <= _MAX_INT:", f"    out[k{i}] = v", "elif v is None:"]
        elif (enum_outputs := _enum_outputs(leaf)) is not None:  # a member of the enum type's own class
            values[f"w{i}"], values[f"m{i}"] = enum_outputs
            body += [
                f"c = m{i}.get(id(v)) if type(v) is w{i} else None",
                "if c is not None:",
                f"    out[k{i}] = c",
                "elif v is None:",
            ]
        else:
            body.append("if v is None:")
        body.append(f"    raise _Fallback(k{i})" if non_null else f"    out[k{i}] = None")
        body.append("else:")
        body.append(f"    out[k{i}] = _leaf(l{i}, v, k{i})")
    names = ", ".join(values)
    source = "\n".join(
        [
            f"def _make({names}):",
            "    def run(self, source, out, path, pending):",
            *(f"        {line}" for line in body or ["pass"]),
            "    return run",
        ]
    )
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<plan {len(plan.fields)} fields>", "exec"), {"__builtins__": builtins}, namespace)  # noqa: S102 - source made of names made here only (docstring)
    return namespace["_make"](**values)


def _enum_outputs(leaf) -> tuple[type, dict[int, Any]] | None:
    """For a strawberry enum type: its Python class and the output of each member by ``id`` (members
    live as long as their class; ``id`` spares the Python-level ``Enum.__hash__``), as ``_coerce_leaf``
    gives them."""
    cls = getattr(leaf, "wrapped_cls", None)
    if not isinstance(leaf, GraphQLEnumType) or not isinstance(cls, type) or not issubclass(cls, Enum):
        return None
    outputs = {}
    for member in cls:
        try:
            coerced = _coerce_leaf(leaf, member)
        except Exception:  # noqa: BLE001, S112 - left to the general way, which gives the error
            continue
        if coerced is not None and coerced is not Undefined:
            outputs[id(member)] = coerced
    return cls, outputs


def _leaf(leaf, value, key):
    """A leaf's output coercion; a value it cannot represent runs the operation the standard way."""
    coerced = _coerce_leaf(leaf, value)
    if coerced is Undefined or coerced is None:
        raise _Fallback(key)
    return coerced


def _plan(
    schema, object_type: GraphQLObjectType, selection_sets: list[SelectionSetNode], fragments: dict, memo: dict
) -> ObjectPlan:
    """The plan of ``selection_sets`` on ``object_type``. ``memo`` shares the plan of the same selections on
    the same type (planning an abstract field for each possible type would otherwise multiply per level)."""
    memo_key = (object_type.name, tuple(map(id, selection_sets)))
    planned = memo.get(memo_key)
    if planned is not None:
        return planned
    grouped: dict[str, list[FieldNode]] = {}
    seen: set[str] = set()
    for selection_set in selection_sets:
        _collect(schema, object_type, selection_set, fragments, grouped, seen)
    fields = []
    for key, nodes in grouped.items():
        name = nodes[0].name.value
        definition = None if name == TYPENAME else schema.get_field(object_type, name)
        if name != TYPENAME and definition is None:
            raise _NotPlanned(f"no field {object_type.name}.{name}")  # validation makes this unreachable
        field = FieldPlan(key, name, definition, nodes, fragments)
        _plan_below(schema, field, memo)
        fields.append(field)
    memo[memo_key] = plan = ObjectPlan(object_type, fields)
    return plan


def _plan_below(schema, field: FieldPlan, memo: dict) -> None:
    """Plan the field's sub-selections for each object type its value may have."""
    if field.return_type is None:
        return
    named = get_named_type(field.return_type)
    if is_abstract_type(named):
        types = schema.get_possible_types(named)
    elif isinstance(named, GraphQLObjectType):
        types = [named]
    else:
        return
    selection_sets = [n.selection_set for n in field.nodes if n.selection_set]
    for object_type in types:
        field._objects[object_type.name] = _plan(schema, object_type, selection_sets, field.fragments, memo)


def _collect(schema, object_type, selection_set: SelectionSetNode, fragments: dict, out: dict, seen: set) -> None:
    """graphql-core's field collection without directives (an operation with any takes the standard path)."""
    for selection in selection_set.selections:
        if selection.directives:
            raise _NotPlanned("directives")
        if isinstance(selection, FieldNode):
            key = selection.alias.value if selection.alias else selection.name.value
            out.setdefault(key, []).append(selection)
        elif isinstance(selection, InlineFragmentNode):
            if _applies(schema, selection.type_condition, object_type):
                _collect(schema, object_type, selection.selection_set, fragments, out, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if getattr(selection, "arguments", None):
                raise _NotPlanned("fragment arguments")
            if name in seen:
                continue
            seen.add(name)
            fragment = fragments.get(name)
            if fragment is None:
                raise _NotPlanned(f"unknown fragment {name}")
            if fragment.directives or getattr(fragment, "variable_definitions", None):
                raise _NotPlanned("fragment directives or variables")
            if _applies(schema, fragment.type_condition, object_type):
                _collect(schema, object_type, fragment.selection_set, fragments, out, seen)
        else:  # pragma: no cover - the AST has no other selection kinds
            raise _NotPlanned(type(selection).__name__)


def _applies(schema, condition, object_type: GraphQLObjectType) -> bool:
    if condition is None:
        return True
    conditional = schema.get_type(condition.name.value)
    if conditional is object_type:
        return True
    if is_abstract_type(conditional):
        return schema.is_sub_type(conditional, object_type)
    return False


def operation_plan(schema, operation, fragments: dict) -> ObjectPlan | None:
    """The plan of a query operation (cached with the operation node), or None to use the standard path."""
    cached = _PLANS.get(id(operation))
    if cached is not None and cached[0] is operation and cached[1] is schema:
        return cached[2]
    plan = None
    root = schema.get_root_type(OperationType.QUERY)
    if root is not None and not operation.directives:
        try:
            plan = _plan(schema, root, [operation.selection_set], fragments, {})
        except (_NotPlanned, RecursionError):
            plan = None
    if len(_PLANS) >= _MAX_PLANS:
        _PLANS.pop(next(iter(_PLANS)))
    _PLANS[id(operation)] = (operation, schema, plan)
    return plan


class PlannedExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """strawberry's execution context, executing planned queries (module docstring)."""

    def execute_operation(self, serially: bool | None = None):
        if (
            self.operation.operation is not OperationType.QUERY
            or (self.middleware_manager is not None and self.middleware_manager.middlewares)
            or self.abort_signal is not None
            or serially
        ):
            STATS["standard"] += 1
            return super().execute_operation(serially)
        plan = operation_plan(self.schema, self.operation, self.fragment_definitions)
        if plan is None:
            STATS["standard"] += 1
            return super().execute_operation(serially)
        pending: list = []
        self._args: dict[int, dict] = {}
        self._pages: dict[int, tuple[int, int]] = {}  # id(field) -> a relationship field's (limit, skip)
        data: dict[str, Any] = {}
        try:
            plan.run(self, self.root_value, data, None, pending)
        except Exception:  # noqa: BLE001 - any failure: the standard executor gives the right error
            _close(pending)
            return self._standard(serially)
        if not pending:
            STATS["planned"] += 1
            return self.build_response(data)
        return self._finish(data, pending, serially)

    async def _finish(self, data: dict, pending: list, serially):
        """Await what the walk left pending, level by level (the DataLoaders batch each level), and
        complete each value where it belongs; any failure runs the operation the standard way."""
        while pending:
            batch = pending[:]
            pending.clear()
            if len(batch) == 1:  # the root field's coroutine, one DataLoader's page: awaited without a task
                try:
                    outcomes = [await batch[0][0]]
                except Exception as e:  # noqa: BLE001 - as gather's return_exceptions
                    outcomes = [e]
            else:
                outcomes = await asyncio.gather(*(awaitable for awaitable, _ in batch), return_exceptions=True)
            try:
                for (_, (then, where)), value in zip(batch, outcomes, strict=True):
                    if isinstance(value, asyncio.CancelledError):
                        raise value
                    if isinstance(value, BaseException):
                        raise _Fallback("a resolver failed")
                    return_type, field, info, out, key, path = where
                    if then is not None:
                        value = then(value)
                    if return_type is field.return_type:
                        self._complete_field(field, value, info, out, key, path, pending)
                    else:
                        self._complete(return_type, field, value, info, out, key, path, pending)
            except asyncio.CancelledError:
                _close(pending)
                raise
            except Exception:  # noqa: BLE001 - the standard executor gives the right error
                _close(pending)
                result = self._standard(serially)
                return await result if self.is_awaitable(result) else result
        STATS["planned"] += 1
        return self.build_response(data)

    def _standard(self, serially):
        STATS["fallback"] += 1
        return super().execute_operation(serially)

    # -- walking the plan ------------------------------------------------------------------------
    # the compiled plans (_compile) call these for fields that are not plain leaves
    def _relation_field(self, field: FieldPlan, source: Any, out: dict, path: Path | None, pending: list) -> None:
        """A relationship field of api/gql/types.py: answered without a resolve-info object."""
        key, parent = field.key, field.parent
        field_path = _new_path(Path, (path, key, parent.name))
        relation = field.relation
        page = self._pages.get(id(field))
        if page is None:  # the same arguments for every object of the field: checked once
            args = self._arguments(field) if field.has_args else _NO_ARGS
            page = self._pages[id(field)] = relation.page(self._limits, args.get("first"), args.get("offset", 0))
        result, then = relation.start_page(self.context_value.loaders, *page, source.id)
        out[key] = None  # keeps the response key order when completed later
        if then is None:  # the answer at once: a list, an object or None, never awaitable (Relation.start)
            self._complete_field(field, result, parent, out, key, field_path, pending)
        else:
            pending.append((result, (then, (field.return_type, field, parent, out, key, field_path))))

    def _resolved_field(self, field: FieldPlan, source: Any, out: dict, path: Path | None, pending: list) -> None:
        """Any other field: its resolver called with a real resolve-info object, as graphql-core does."""
        key, parent = field.key, field.parent
        field_path = _new_path(Path, (path, key, parent.name))
        args = self._arguments(field) if field.has_args else _NO_ARGS
        info = self.build_resolve_info(field.definition, field.nodes, parent, field_path)
        direct = field.direct
        if direct is None:
            direct = field.direct = _direct(self.schema, field.definition)
        result = direct(source, info, args) if direct else field.definition.resolve(source, info, **args)
        out[key] = None  # keeps the response key order when completed later
        if self.is_awaitable(result):
            pending.append((result, (None, (field.return_type, field, info, out, key, field_path))))
        else:
            self._complete_field(field, result, info, out, key, field_path, pending)

    def _complete_field(self, field: FieldPlan, value: Any, info, out, key, path: Path, pending: list) -> None:
        """``_complete`` of a field's own value, with shortcuts for the usual shapes (precomputed by
        ``FieldPlan.shape``): a strawberry object into its plan, a list of them item by item into theirs.
        Anything else (None, errors, awaitables, other values) is completed by ``_complete``."""
        cls = type(value)
        if cls is list and field.list_shape is not None:
            item_type, plan, abstract = field.list_shape
            out[key] = self._complete_items(value, item_type, plan, abstract, field, info, path, pending)
            return
        if field.object_shape is not None:
            plain = _PLAIN.get(cls)
            if plain is None:
                plain = _plain(cls)
            if plain:
                plan, abstract = field.object_shape
                if plan is None and getattr(value, TYPE_CAST_ATTRIBUTE, None) is None:
                    plan = field.by_class.get(cls) or self._plan_by_class(field, abstract, cls)
                if plan is not None:
                    sub = {}
                    out[key] = sub
                    plan.run(self, value, sub, path, pending)
                    return
        self._complete(field.return_type, field, value, info, out, key, path, pending)

    def _complete_items(self, items: list, item_type, plan, abstract, field: FieldPlan, info, path, pending) -> list:
        """A list's items completed: plain strawberry objects straight into ``plan`` (or, for an ``abstract``
        item type, the plan remembered for their class), anything else (None, errors, awaitables, other values)
        by ``_complete``; the completed list (awaitables fill their place later)."""
        completed: list = [None] * len(items)
        by_class = field.by_class
        for i, item in enumerate(items):
            item_path = _new_path(Path, (path, i, None))
            item_cls = type(item)
            plain = _PLAIN.get(item_cls)
            if plain is None:
                plain = _plain(item_cls)
            if plain:
                if plan is not None:
                    sub: dict[str, Any] = {}
                    completed[i] = sub
                    plan.run(self, item, sub, item_path, pending)
                    continue
                if abstract is not None and getattr(item, TYPE_CAST_ATTRIBUTE, None) is None:
                    item_plan = by_class.get(item_cls) or self._plan_by_class(field, abstract, item_cls)
                    if item_plan is not None:
                        sub = {}
                        completed[i] = sub
                        item_plan.run(self, item, sub, item_path, pending)
                        continue
            if self.is_awaitable(item):
                pending.append((item, (None, (item_type, field, info, completed, i, item_path))))
            else:
                self._complete(item_type, field, item, info, completed, i, item_path, pending)
        return completed

    def _plan_by_class(self, field: FieldPlan, abstract: GraphQLAbstractType, cls: type) -> ObjectPlan | None:
        """The plan for instances of ``cls`` (uncast) in the abstract field, once ``_runtime_type`` and
        ``_check_type_of`` remembered their answers for the class; else None (the general way)."""
        runtime = _RUNTIME_TYPES.get((self.schema, abstract.name, cls))
        if runtime is None or (runtime.is_type_of is not None and (self.schema, runtime.name, cls) not in _OF_TYPE):
            return None
        plan = field.by_class[cls] = field.plan_for(runtime)
        return plan

    def _arguments(self, field: FieldPlan) -> dict:
        """The field's arguments as graphql-core's ``get_argument_values`` gives them (for the nine
        arguments of ``bans``, with their defaults coerced again each time, ~12 µs). They depend on the
        field (its node, definition and the schema's) and the values of the variables it reads only, so
        they are remembered per field for values that are plain scalars or enum members, when every
        argument is one too (nothing a resolver could change; nor do they change the dict: ``_direct``
        passes its values on, and strawberry's wrapper gets a copy)."""
        args = self._args.get(id(field))
        if args is None:
            coerced = self.variable_values.coerced
            values = tuple(coerced.get(name, _MISSING) for name in field.arg_variables)
            key = (values, tuple(map(type, values)))  # the types too: 1 == 1.0 == True
            known = field.known_args
            if all(kind in _KEY_TYPES or issubclass(kind, Enum) for kind in key[1]):
                args = known.get(key)
            else:
                key = None
            if args is None:
                args = get_argument_values(
                    field.definition, field.nodes[0], self.variable_values, None, self.hide_suggestions
                )
                if key is not None and all(type(v) in _KEY_TYPES or isinstance(v, Enum) for v in args.values()):
                    if len(known) >= _MAX_KNOWN_ARGS:
                        known.pop(next(iter(known)))
                    known[key] = args
            self._args[id(field)] = args
        return args

    def _complete(
        self,
        return_type: GraphQLOutputType,
        field: FieldPlan,
        value: Any,
        info,
        out,
        key,
        path: Path,
        pending: list,
    ) -> None:
        if isinstance(value, Exception):
            raise _Fallback(str(key))
        if isinstance(return_type, GraphQLNonNull):
            if value is None:
                raise _Fallback(str(key))
            return_type = return_type.of_type
        if value is None:
            out[key] = None
            return
        if isinstance(return_type, GraphQLList):
            if isinstance(value, str | bytes | dict) or not isinstance(value, Iterable):
                raise _Fallback(str(key))
            item_type = return_type.of_type
            # items of a concrete object type without is_type_of (a page of bans, a ban's evidence): walked
            # straight into their plan; anything else (None, awaitables, errors) the general way
            concrete = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
            plan = None
            if isinstance(concrete, GraphQLObjectType) and concrete.is_type_of is None:
                plan = field.plan_for(concrete)
            out[key] = self._complete_items(list(value), item_type, plan, None, field, info, path, pending)
            return
        if is_leaf_type(return_type):
            coerced = _coerce_leaf(return_type, value)
            if coerced is Undefined or coerced is None:
                raise _Fallback(str(key))
            out[key] = coerced
            return
        if isinstance(return_type, GraphQLAbstractType):
            return_type = self._runtime_type(return_type, value, field, info, path)
        if not isinstance(return_type, GraphQLObjectType):  # pragma: no cover - every output type is handled
            raise _Fallback(str(key))
        if return_type.is_type_of is not None:
            self._check_type_of(return_type, value, field, info, path)
        sub: dict[str, Any] = {}
        out[key] = sub
        field.plan_for(return_type).run(self, value, sub, path, pending)

    def _info(self, field: FieldPlan, info, path: Path):
        """The field's resolve-info: ``info`` itself, or built now from the parent type it stands for."""
        if isinstance(info, GraphQLObjectType):
            while isinstance(path.key, int):  # a list item's path: the info is the list field's
                path = path.prev
            return self.build_resolve_info(field.definition, field.nodes, info, path)
        return info

    def _runtime_type(self, abstract: GraphQLAbstractType, value: Any, field: FieldPlan, info, path: Path):
        cls = type(value)
        cacheable = getattr(value, TYPE_CAST_ATTRIBUTE, None) is None  # strawberry.cast decides per object
        runtime = _RUNTIME_TYPES.get((self.schema, abstract.name, cls)) if cacheable else None
        if runtime is not None:
            return runtime
        resolve_type = abstract.resolve_type or self.type_resolver
        name = resolve_type(value, self._info(field, info, path), abstract)
        if not isinstance(name, str):
            if self.is_awaitable(name):
                name.close()
            raise _Fallback("runtime type")
        runtime = self.schema.get_type(name)
        if not isinstance(runtime, GraphQLObjectType) or not self.schema.is_sub_type(abstract, runtime):
            raise _Fallback("runtime type")
        if cacheable and getattr(abstract, "resolve_type", None) is not None and _strawberry_typed(cls):
            _RUNTIME_TYPES[(self.schema, abstract.name, cls)] = runtime
        return runtime

    def _check_type_of(self, object_type: GraphQLObjectType, value: Any, field: FieldPlan, info, path: Path) -> None:
        cls = type(value)
        uncast = getattr(value, TYPE_CAST_ATTRIBUTE, None) is None
        if uncast and (self.schema, object_type.name, cls) in _OF_TYPE:
            return
        cacheable = uncast and _strawberry_typed(cls)
        ok = object_type.is_type_of(value, self._info(field, info, path))
        if ok is not True:
            if self.is_awaitable(ok):
                ok.close()
            raise _Fallback("is_type_of")
        if cacheable:
            _OF_TYPE.add((self.schema, object_type.name, cls))

    @property
    def _limits(self):
        return self.schema._strawberry_schema.limits


# strawberry's resolver wrapper (schema_converter.py ``from_resolver``: ``_resolver`` / ``_async_resolver``)
# converts graphql-core's arguments with ``convert_arguments`` on every call, walking each argument's type
# (~20 µs for the nine arguments of ``bans``), then calls the resolver; an async one inside a coroutine of
# its own. ``_direct`` does the same for a field without field extensions or exception handlers: the walk
# over types is done once per field (``_converter``), the resolver is called with the same arguments
# (positional self, parent, root, info), and an async resolver's coroutine is awaited without the wrapper's.
_WRAPPERS = (
    "GraphQLCoreConverter.from_resolver.<locals>._resolver",
    "GraphQLCoreConverter.from_resolver.<locals>._async_resolver",
)
_SAME, _COPY = "same", "copy"  # an argument's value as graphql-core gives it / a new list of the same items


def _direct(schema, definition: GraphQLField):
    """``resolve(source, info, args)``, equal to ``definition.resolve(source, info, **args)``; or False
    when the field's resolver is not strawberry's plain wrapper of a resolver function."""
    strawberry_schema = getattr(schema, "_strawberry_schema", None)
    field = definition.extensions.get(DEFINITION_BACKREF)
    resolver = getattr(field, "base_resolver", None)
    if (
        strawberry_schema is None
        or resolver is None
        or field.extensions
        or getattr(definition.resolve, "__qualname__", None) not in _WRAPPERS
        or not callable(resolver.wrapped_func)
    ):
        return False
    converter = strawberry_schema.schema_converter
    if converter._get_field_exception_handlers(field):
        return False
    config, registry = converter.config, converter.scalar_registry
    specs = tuple(_converter(argument, config, registry) for argument in field.arguments)
    func, info_class = resolver.wrapped_func, config.info_class
    self_parameter = resolver.self_parameter is not None
    parent = resolver.parent_parameter.name if resolver.parent_parameter else None
    root = resolver.root_parameter.name if resolver.root_parameter else None
    info_name = resolver.info_parameter.name if resolver.info_parameter else None

    def resolve(source, info, args: dict):
        strawberry_info = info_class(_raw_info=info, _field=field)
        kwargs = {}
        if args:
            for name, python_name, how, type_ in specs:
                if name in args:
                    value = args[name]
                    if how is _SAME:
                        kwargs[python_name] = value
                    elif how is _COPY:
                        kwargs[python_name] = value if value is None or value is UNSET else list(value)
                    else:
                        kwargs[python_name] = convert_argument(
                            value, type_, registry, config, strawberry_info, path=(name,)
                        )
        if parent is not None:
            kwargs[parent] = source
        if root is not None:
            kwargs[root] = source
        if info_name is not None:
            kwargs[info_name] = strawberry_info
        return func(source, **kwargs) if self_parameter else func(**kwargs)

    return resolve


def _converter(argument, config, registry) -> tuple:
    """(GraphQL name, Python name, how, type) of an argument, where ``how`` is what strawberry's
    ``convert_argument`` does to any value of its type: ``_SAME`` (a scalar or enum, optional or not),
    ``_COPY`` (a list of them: a new list of the same items), else None (``convert_argument`` itself)."""
    type_ = argument.type
    how = None
    if not isinstance(type_, StrawberryMaybe):
        if isinstance(type_, StrawberryOptional):
            type_ = type_.of_type
        if isinstance(type_, StrawberryList):
            item = type_.of_type
            if isinstance(item, StrawberryOptional) and not isinstance(item, StrawberryMaybe):
                item = item.of_type
            how = _COPY if _same_leaf(item, registry) else None
        elif _same_leaf(type_, registry):
            how = _SAME
    return config.name_converter.from_argument(argument), argument.python_name, how, argument.type


def _same_leaf(type_, registry) -> bool:
    """Whether ``convert_argument`` gives any value of ``type_`` back as it is: a scalar (not a GlobalID,
    which it decodes) or an enum, whose values graphql-core already made members."""
    if type_ is GlobalID or isinstance(type_, StrawberryType | LazyType):
        return isinstance(type_, StrawberryEnumDefinition)
    return is_scalar(type_, registry) or has_enum_definition(type_)


_MISSING = type("_Missing", (), {"__slots__": ()})()  # a variable without a value
_KEY_TYPES = frozenset({str, int, float, bool, type(None), type(_MISSING)})
_MAX_KNOWN_ARGS = 64  # per field: the oldest goes first


def _variables(nodes) -> Iterable[str]:
    """The names of the variables in argument (or value) nodes, nested in lists and input objects too."""
    for node in nodes or ():
        value = getattr(node, "value", node)
        if isinstance(value, VariableNode):
            yield value.name.value
        elif isinstance(value, ListValueNode):
            yield from _variables(value.values)
        elif isinstance(value, ObjectValueNode):
            yield from _variables(value.fields)


def _plain(cls: type) -> bool:
    plain = _PLAIN[cls] = (
        _strawberry_typed(cls) and not issubclass(cls, BaseException) and not hasattr(cls, "__await__")
    )
    return plain


def _strawberry_typed(cls: type) -> bool:
    """A strawberry object type whose GraphQL type follows from its class alone (not a generic)."""
    definition = getattr(cls, "__strawberry_definition__", None)
    return definition is not None and not definition.is_graphql_generic


def _close(pending: list) -> None:
    """Drop what is pending. Coroutines are closed; futures are left to their DataLoader, whose cache
    the standard run reads again."""
    for awaitable, _ in pending:
        if asyncio.iscoroutine(awaitable):
            awaitable.close()
    pending.clear()
