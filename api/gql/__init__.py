"""bangraph's GraphQL API (strawberry): types, resolvers, DataLoaders and limits.

``schema`` is shared by the HTTP service (api/app.py) and ``bangraph query``
(api/graphql_cli.py); ``make_context(store)`` builds what resolvers need.
"""

from api.gql.context import Context, make_context
from api.gql.schema import schema

__all__ = ["Context", "make_context", "schema"]
