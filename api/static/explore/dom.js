// Small DOM and formatting helpers. Text from the graph only ever goes in as text nodes (never as HTML).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** GOVERNMENT_DEVICES / government_devices -> "government devices". */
export function humanise(value) {
  return value ? String(value).toLowerCase().replaceAll("_", " ") : "";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A partial ISO date at its own precision: "2023" | "Mar 2023" | "16 Mar 2023". */
export function formatDate(iso) {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The date a ban is placed on a timeline by: announced, else effective. */
export function banDate(ban) {
  return ban.announced || ban.effective || null;
}

/** Sort key for partial dates: undated last, then by the string (ISO partial dates sort correctly). */
export function byDate(a, b) {
  const da = banDate(a);
  const db = banDate(b);
  if (!da && !db) return 0;
  if (!da) return 1;
  if (!db) return -1;
  return da < db ? -1 : da > db ? 1 : 0;
}

export const KIND_LABEL = {
  PERSON: "Person",
  ORGANISATION: "Organisation",
  JURISDICTION: "Jurisdiction",
  LAW: "Law",
  PRODUCT: "Product",
};

/** The Neo4j label for a GraphQL EntityKind value (or a __typename). */
export function labelOf(kind) {
  return KIND_LABEL[kind] ?? kind ?? "Entity";
}
