// The explorer's only data path: POST /graphql (the public GraphQL contract).
//
// Fields beyond the minimum contract (statement dates, role evidence, follows on an entity, ...) are
// asked for only when the server's schema has them, read once by introspection, so the page keeps
// working while the API grows.

export class GraphQLError extends Error {}

const ENDPOINT = "/graphql";

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new GraphQLError(`Cannot reach ${ENDPOINT}: ${err.message}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`${ENDPOINT} answered HTTP ${response.status} without JSON`);
  }
  if (body.errors && body.errors.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join("; "));
  }
  if (!response.ok) throw new GraphQLError(`${ENDPOINT} answered HTTP ${response.status}`);
  return body.data;
}

/** A connection (`{nodes}` or `{edges {node}}`) or a plain list, as a list. */
export function nodesOf(value) {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  if (Array.isArray(value.nodes)) return value.nodes;
  if (Array.isArray(value.edges)) return value.edges.map((e) => e.node);
  return [];
}

const TYPES = ["Query", "Ban", "Statement", "Role", "Follow", "Evidence", "Person", "Organisation", "Jurisdiction", "Law", "Product"];

let capsPromise = null;

/** Field names per type, from introspection; an empty map when introspection is off (contract fields only). */
export function capabilities() {
  if (!capsPromise) {
    const parts = TYPES.map((t) => `${t}: __type(name: "${t}") { fields { name } }`).join("\n");
    capsPromise = gql(`query ExplorerCapabilities {\n${parts}\n}`)
      .then((data) => {
        const caps = {};
        for (const t of TYPES) {
          caps[t] = new Set((data[t]?.fields ?? []).map((f) => f.name));
        }
        return caps;
      })
      .catch(() => Object.fromEntries(TYPES.map((t) => [t, new Set()])));
  }
  return capsPromise;
}

const has = (caps, type, field) => caps[type]?.has(field) ?? false;

const REF = "id name kind";
const DOCUMENT = "document { id title publisher published url }";
const EVIDENCE = `evidence { sentence ${DOCUMENT} }`;

function banFields() {
  return `id scope status announced effective imposedBy { ${REF} } targets { ${REF} } justifiedBy { ${REF} } ${EVIDENCE}`;
}

function statementFields(caps) {
  const extra = ["date"].filter((f) => has(caps, "Statement", f)).join(" ");
  return `id stance text ${extra} speaker { ${REF} } ${EVIDENCE}`;
}

function roleFields(caps) {
  const extra = has(caps, "Role", "evidence") ? EVIDENCE : "";
  return `title organisation { ${REF} } ${extra}`;
}

function followFields(caps) {
  const extra = has(caps, "Follow", "target") ? `target { ${REF} }` : "";
  return `follower { ${REF} } followed { ${REF} } explicit lagDays ${extra}
    followerBan { id announced effective scope } followedBan { id announced effective scope } ${EVIDENCE}`;
}

export async function searchEntities(text) {
  const data = await gql(
    `query ExplorerSearch($search: String!) {
      entities(search: $search, first: 25) { totalCount nodes { id name kind aliases } }
    }`,
    { search: text },
  );
  return { total: data.entities.totalCount, entities: nodesOf(data.entities) };
}

const PAGE = 100;

/**
 * One entity and the facts around it: bans it imposed or suffered, its statements and roles, the follows it
 * takes part in. Top-level contract queries carry the facts, so every entity kind gets them; they go as four
 * requests in parallel, each small enough for the server's query-cost limit.
 */
export async function entityNeighbourhood(id) {
  const caps = await capabilities();
  const core = [];
  if (has(caps, "Jurisdiction", "followed")) core.push(`followed { ${followFields(caps)} }`);
  if (has(caps, "Jurisdiction", "followedBy")) core.push(`followedBy { ${followFields(caps)} }`);
  if (has(caps, "Person", "roles")) core.push(`... on Person { roles { ${roleFields(caps)} } }`);
  else core.push(`... on Person { roles { title organisation { ${REF} } } }`);
  if (has(caps, "Law", "citedBy")) core.push(`... on Law { citedBy { ${banFields(caps)} } }`);
  const bans = (arg) =>
    gql(
      `query ExplorerBans($ref: String!) { bans(${arg}: $ref, first: ${PAGE}) { totalCount nodes { ${banFields(caps)} } } }`,
      { ref: id },
    );
  const [entityData, imposed, suffered, said] = await Promise.all([
    gql(`query ExplorerEntity($id: ID!) { entity(id: $id) { id name kind aliases wikidataId ${core.join(" ")} } }`, { id }),
    bans("imposedBy"),
    bans("target"),
    gql(
      `query ExplorerStatements($ref: String!) {
        statements(speaker: $ref, first: ${PAGE}) { totalCount nodes { ${statementFields(caps)} } }
      }`,
      { ref: id },
    ),
  ]);
  const e = entityData.entity;
  if (!e) return null;
  const total = (conn) => conn.totalCount ?? nodesOf(conn).length;
  return {
    entity: { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [], wikidataId: e.wikidataId },
    bansImposed: nodesOf(imposed.bans),
    bansSuffered: nodesOf(suffered.bans),
    bansCiting: nodesOf(e.citedBy),
    statements: nodesOf(said.statements),
    roles: nodesOf(e.roles),
    follows: [...nodesOf(e.followed), ...nodesOf(e.followedBy)],
    truncated: [imposed.bans, suffered.bans, said.statements].some((conn) => total(conn) > nodesOf(conn).length),
  };
}

/**
 * The timeline of one target: its bans (and, where the API has `timeline`, the statements about it), as
 * `{date, ban}` / `{date, statement}` entries; the page sorts them (partial ISO dates sort as strings).
 */
export async function timelineOf(target) {
  const caps = await capabilities();
  if (has(caps, "Query", "timeline")) {
    const data = await gql(
      `query ExplorerTimeline($target: String!) {
        timeline(target: $target) {
          date
          event { __typename ... on Ban { ${banFields()} } ... on Statement { ${statementFields(caps)} } }
        }
      }`,
      { target },
    );
    return data.timeline.map((entry) =>
      entry.event.__typename === "Ban" ? { date: entry.date, ban: entry.event } : { date: entry.date, statement: entry.event },
    );
  }
  const data = await gql(
    `query ExplorerTimeline($target: String!) { bans(target: $target, first: 100) { totalCount nodes { ${banFields()} } } }`,
    { target },
  );
  return nodesOf(data.bans).map((ban) => ({ date: ban.announced || ban.effective || null, ban }));
}

/** Explicit and derived follows for one target (both kinds), from `followNetwork` where the API has it. */
export async function followsOfTarget(target) {
  const caps = await capabilities();
  if (has(caps, "Query", "followNetwork")) {
    const data = await gql(
      `query ExplorerFollows($target: String!) { followNetwork(target: $target) { truncated edges { ${followFields(caps)} } } }`,
      { target },
    );
    return { follows: data.followNetwork.edges, truncated: data.followNetwork.truncated };
  }
  const data = await gql(
    `query ExplorerFollows($target: String!) { follows(target: $target, first: 100) { totalCount nodes { ${followFields(caps)} } } }`,
    { target },
  );
  return { follows: nodesOf(data.follows), truncated: data.follows.totalCount > nodesOf(data.follows).length };
}
