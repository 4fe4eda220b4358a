// GraphQL-over-HTTP conformance audit (npm graphql-http, its `serverAudits`) against a live server.
// Usage: node tests/js/graphql_http_audit.mjs http://127.0.0.1:PORT/graphql
// Prints one JSON object: {"results": [{id, name, status, reason}]}; status is ok | warn | error.
import { serverAudits } from "graphql-http";

const url = process.argv[2];
if (!url) {
  console.error("usage: graphql_http_audit.mjs URL");
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify({ results }));
