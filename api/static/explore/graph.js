// Cytoscape views: the neighbourhood of chosen entities (events drawn as nodes, as in the model) and the
// follow network of one target (explicit follows solid, derived ones dashed, lag days on the edge).

import cytoscape from "/explore/vendor/cytoscape/cytoscape.esm.min.js";
import { banDate, formatDate, humanise, labelOf } from "./dom.js";

const ENTITY_LABELS = ["Person", "Organisation", "Jurisdiction", "Law", "Product"];

function stylesheet(palette) {
  const rules = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": "system-ui, sans-serif",
        "font-size": 11,
        color: "#1f2330",
        "text-wrap": "ellipsis",
        "text-max-width": 120,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": 2,
        "text-background-shape": "roundrectangle",
        "border-width": 2,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "line-color": "#a5abb6",
        "target-arrow-color": "#a5abb6",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 9,
        color: "#4a5060",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": 1,
        "min-zoomed-font-size": 10,
      },
    },
  ];
  for (const [label, s] of Object.entries(palette.nodes)) {
    const size = ENTITY_LABELS.includes(label) ? Math.round(s.diameter * 0.55) : Math.round(s.diameter * 0.5);
    rules.push({
      selector: `node[type = "${label}"]`,
      style: { "background-color": s.color, "border-color": s.border, width: size, height: size },
    });
  }
  rules.push(
    // Event captions only once zoomed in: entity names stay readable when a neighbourhood is large.
    { selector: "node[!entity]", style: { "font-size": 9, "min-zoomed-font-size": 10 } },
    { selector: 'node[type = "Ban"]', style: { shape: "round-diamond", color: "#5b3a56" } },
    { selector: 'node[type = "Statement"]', style: { shape: "round-rectangle", color: "#6b5210" } },
    { selector: 'node[type = "Role"]', style: { shape: "round-tag" } },
    { selector: 'node[type = "Follow"]', style: { shape: "round-triangle" } },
    { selector: "node[?entity]", style: { "font-size": 13, "font-weight": 600 } },
    { selector: "node[?entity][!expanded]", style: { "border-style": "dashed", "border-width": 3, "border-color": "#8a91a0" } },
    { selector: "node[?entity][?expanded]", style: { "border-width": 3, "border-color": "#1f2330" } },
    { selector: "node[?focus]", style: { "border-width": 5, "border-color": "#1a56db", "font-weight": "bold", "font-size": 13 } },
    { selector: "node:selected", style: { "overlay-color": "#1a56db", "overlay-opacity": 0.15, "overlay-padding": 6 } },
    // Follow edges always show their lag, at any zoom.
    { selector: "edge[?explicit], edge[?derived]", style: { "font-size": 10, "min-zoomed-font-size": 0, color: "#2a2c34" } },
    { selector: "edge[?explicit]", style: { "line-style": "solid", width: 2.4, "line-color": "#cc3c6c", "target-arrow-color": "#cc3c6c" } },
    {
      selector: "edge[?derived]",
      style: { "line-style": "dashed", "line-dash-pattern": [7, 5], width: 2, "line-color": "#6f7686", "target-arrow-color": "#6f7686" },
    },
    { selector: "edge[type = 'EVIDENCED_BY']", style: { "line-color": "#e4b5c9", "target-arrow-color": "#e4b5c9" } },
  );
  return rules;
}

function baseOptions(container, palette) {
  return {
    container,
    style: stylesheet(palette),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  };
}

// Expanding keeps the current positions as the start (randomize: false) so the picture does not jump.
const MAX_FIT_ZOOM = 1.25;

/** Fit the graph, but do not blow a handful of nodes up to fill the canvas. */
function fitCapped(cy) {
  cy.fit(undefined, 24);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

const LAYOUT = { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, padding: 24, fit: true };

/** One entity: its facts on an inner ring, the entities they involve on the outer ring. */
function ringsAround(focusId, count) {
  return {
    name: "concentric",
    animate: false,
    padding: 24,
    fit: true,
    minNodeSpacing: Math.round(Math.max(6, 40 - count * 0.5)), // airy when small, tight when a hub has many facts
    concentric: (node) => (node.id() === focusId ? 3 : node.data("entity") ? 1 : 2),
    levelWidth: () => 1,
  };
}

function banLabel(ban) {
  const date = formatDate(banDate(ban));
  return [humanise(ban.scope) || "ban", date].filter(Boolean).join(" · ");
}

/** Graph elements (nodes + edges, cytoscape format) for one entity's facts. */
export function neighbourhoodElements(hood) {
  const nodes = new Map();
  const edges = new Map();
  const entity = (e) => {
    if (!e) return null;
    if (!nodes.has(e.id)) nodes.set(e.id, { id: e.id, label: e.name, type: labelOf(e.kind), entity: true });
    return e.id;
  };
  const edge = (source, target, type, label) => {
    if (!source || !target) return;
    const id = `${source}|${type}|${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, type, label: label ?? humanise(type) });
  };
  entity(hood.entity);
  for (const ban of [...hood.bansImposed, ...hood.bansSuffered, ...hood.bansCiting]) {
    const id = `ban:${ban.id}`;
    nodes.set(id, { id, label: banLabel(ban), type: "Ban", ref: ban.id });
    edge(id, entity(ban.imposedBy), "IMPOSED_BY", "imposed by");
    for (const t of ban.targets ?? []) edge(id, entity(t), "TARGETS", "targets");
    for (const law of ban.justifiedBy ?? []) edge(id, entity(law), "JUSTIFIED_BY", "justified by");
  }
  for (const st of hood.statements) {
    const id = `statement:${st.id}`;
    nodes.set(id, { id, label: humanise(st.stance), type: "Statement", ref: st.id });
    edge(id, entity(st.speaker), "SPOKEN_BY", "spoken by");
  }
  hood.roles.forEach((role, i) => {
    const id = `role:${hood.entity.id}:${i}:${role.title}`;
    nodes.set(id, { id, label: role.title, type: "Role" });
    edge(id, hood.entity.id, "HELD_BY", "held by");
    if (role.organisation) edge(id, entity(role.organisation), "OF_ORGANISATION", "of");
  });
  for (const f of hood.follows) {
    const id = `follow:${f.follower.id}:${f.followed.id}:${f.explicit}`;
    nodes.set(id, { id, label: f.explicit ? "followed" : `+${f.lagDays ?? "?"} d`, type: "Follow" });
    edge(id, entity(f.follower), "FOLLOWER", "follower");
    edge(id, entity(f.followed), "FOLLOWED", "followed");
  }
  return {
    nodes: [...nodes.values()].map((data) => ({ group: "nodes", data })),
    edges: [...edges.values()].map((data) => ({ group: "edges", data })),
  };
}

export class NeighbourhoodView {
  constructor(container, palette, { onEntity, onEvent }) {
    this.cy = cytoscape(baseOptions(container, palette));
    this.expanded = new Set();
    this.cy.on("tap", "node", (evt) => {
      const data = evt.target.data();
      if (data.entity) onEntity(data.id);
      else onEvent(data);
    });
  }

  /** Start over from one entity. */
  show(hood) {
    this.cy.elements().remove();
    this.expanded = new Set();
    this.add(hood, null);
  }

  /** Merge an entity's facts into the graph, placing new nodes around it. */
  add(hood, around) {
    this.expanded.add(hood.entity.id);
    const { nodes, edges } = neighbourhoodElements(hood);
    const origin = around ? this.cy.getElementById(around) : null;
    const centre = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const fresh = nodes.filter((n) => this.cy.getElementById(n.data.id).empty());
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      n.position = { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) };
    });
    this.cy.add(fresh);
    this.cy.add(edges.filter((e) => this.cy.getElementById(e.data.id).empty()));
    this.cy.nodes().forEach((n) => {
      if (n.data("entity")) n.data("expanded", this.expanded.has(n.id()));
      n.data("focus", n.id() === hood.entity.id);
    });
    this.cy.layout(around ? { ...LAYOUT, randomize: false } : ringsAround(hood.entity.id, this.cy.nodes().length)).run();
    fitCapped(this.cy);
  }

  isExpanded(id) {
    return this.expanded.has(id);
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  focus(id) {
    this.cy.nodes().forEach((n) => n.data("focus", n.id() === id));
  }

  resize() {
    this.cy.resize();
    fitCapped(this.cy);
  }
}

/** Follow edges between entities for one target: explicit solid, derived dashed with lag days. */
export function followElements(follows) {
  const nodes = new Map();
  const edges = [];
  const earliest = (node, ban) => {
    const date = ban ? banDate(ban) : null;
    if (date && (!node.first || date < node.first)) node.first = date;
  };
  for (const f of follows) {
    for (const e of [f.follower, f.followed]) {
      if (!nodes.has(e.id)) nodes.set(e.id, { id: e.id, label: e.name, type: labelOf(e.kind), entity: true, expanded: true });
    }
    earliest(nodes.get(f.follower.id), f.followerBan);
    earliest(nodes.get(f.followed.id), f.followedBan);
    const lag = f.lagDays === null || f.lagDays === undefined ? "" : `${f.lagDays} d`;
    edges.push({
      id: `${f.follower.id}>${f.followed.id}:${f.explicit ? "explicit" : "derived"}`,
      source: f.follower.id,
      target: f.followed.id,
      explicit: f.explicit,
      derived: !f.explicit,
      label: lag, // the line style tells explicit from derived (legend above the graph)
    });
  }
  return [...[...nodes.values()].map((data) => ({ group: "nodes", data })), ...edges.map((data) => ({ group: "edges", data }))];
}

export class FollowView {
  constructor(container, palette, { onEntity }) {
    this.cy = cytoscape(baseOptions(container, palette));
    this.cy.on("tap", "node", (evt) => onEntity(evt.target.id()));
  }

  show(follows) {
    this.cy.elements().remove();
    this.cy.add(followElements(follows));
    // A circle keeps every follower and followed apart and every edge (and its lag label) visible; clockwise from
    // the top in the order of each one's first ban, so derived follows run forward round the ring.
    // (Placed by hand: the circle layout's `sort` option does not order positions in this cytoscape version.)
    const key = (n) => `${n.data("first") ?? "9999"}|${n.data("label")}`;
    const ring = this.cy.nodes().sort((a, b) => key(a).localeCompare(key(b)));
    const radius = Math.max(90, ring.length * 13); // about 80px of arc per node at zoom 1
    const positions = new Map();
    ring.forEach((node, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ring.length, 1);
      positions.set(node.id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    this.cy.layout({ name: "preset", positions: (node) => positions.get(node.id()), fit: true, padding: 40, animate: false }).run();
    fitCapped(this.cy);
  }

  resize() {
    this.cy.resize();
    fitCapped(this.cy);
  }
}
