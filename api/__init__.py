"""HTTP, GraphQL, RDF endpoints, the explorer page and the CLI: thin layers over graph/."""
