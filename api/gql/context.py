"""What every resolver gets: the store, the request's DataLoaders, and whether it may write."""

from __future__ import annotations

from dataclasses import dataclass, field

from api.gql.loaders import Loaders


@dataclass
class Context:
    store: object
    can_write: bool = False  # set by the HTTP layer from the API key; True in-process (bangraph query)
    request_id: str | None = None
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.store)


def make_context(store, *, can_write: bool = False, request_id: str | None = None) -> Context:
    return Context(store=store, can_write=can_write, request_id=request_id)
