// Neo4j's own Cypher analyser over bangraph's statement catalog, offline.
//
// stdin:  JSON list [{"name": ..., "cypher": ...}] (the output of `bangraph cypher-catalog`)
// stdout: JSON list [{"name", "severity", "message", "line", "character"}], one per problem
// exit:   0 when no statement has a problem, 1 when one has, 2 on bad input.
//
// Without a database schema the analyser reports "Parameter $x is not defined." for every
// parameter; bangraph only ever passes values as parameters, so those notices are ignored.
// Everything else (syntax errors, undefined variables, deprecations, ...) is a problem.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const IGNORED = /^Parameter \$\w+ is not defined\.$/;
// No database schema (labels, procedures) is given; only the language version Neo4j 5 speaks.
const DB_SCHEMA = { defaultLanguage: 'CYPHER 5' };
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parseCatalog(text) {
  let items;
  try {
    items = JSON.parse(text);
  } catch (e) {
    throw new Error(`stdin is not JSON: ${e.message}`);
  }
  if (!Array.isArray(items)) throw new Error('stdin must be a JSON list of {"name", "cypher"}');
  items.forEach((item, i) => {
    if (typeof item?.name !== 'string' || typeof item?.cypher !== 'string') {
      throw new Error(`item ${i} needs string "name" and "cypher" fields`);
    }
  });
  return items;
}

let catalog;
try {
  catalog = parseCatalog(await readStdin());
} catch (e) {
  process.stderr.write(`cypher_lint: ${e.message}\n`);
  process.exit(2);
}

const problems = [];
for (const { name, cypher } of catalog) {
  let diagnostics;
  try {
    ({ diagnostics } = lintCypherQuery(cypher, DB_SCHEMA));
  } catch (e) {
    problems.push({ name, severity: 'error', message: `analyser crashed: ${e.message}`, line: 0, character: 0 });
    continue;
  }
  for (const d of diagnostics) {
    if (IGNORED.test(d.message)) continue;
    problems.push({
      name,
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
    });
  }
}
process.stdout.write(JSON.stringify(problems, null, 2) + '\n');
process.exit(problems.length ? 1 : 0);
