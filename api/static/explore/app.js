// The explorer's controller: search, choose an entity, show its neighbourhood, the ban timeline of a target and
// the follow network of a target. State lives in the URL (?entity=<id>&view=<view>&target=<id>) so Back works
// and a view can be linked.

import { clear, h } from "./dom.js";
import { entityNeighbourhood, followsOfTarget, searchEntities, timelineOf } from "./gql.js";
import { FollowView, NeighbourhoodView } from "./graph.js";
import { Renderer } from "./panel.js";

const $ = (id) => document.getElementById(id);
const VIEWS = ["neighbourhood", "timeline", "follows"];

// *Seq counters: a response is shown only if no newer request of its kind has started since.
const state = { hood: null, view: "neighbourhood", target: null, targets: [], timeline: null, searchSeq: 0, openSeq: 0, viewSeq: 0 };
let palette;
let renderer;
let neighbourhood;
let followView;

function setStatus(id, text, isError = false) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle("error", isError);
}

// --- search ---------------------------------------------------------------------------------------

async function runSearch(text) {
  const query = text.trim();
  const seq = ++state.searchSeq;
  if (!query) {
    clear($("results"));
    setStatus("search-status", "Type a name or alias, then press Enter.");
    return;
  }
  setStatus("search-status", `Searching for “${query}”…`);
  try {
    const { total, entities } = await searchEntities(query);
    if (seq !== state.searchSeq) return; // a newer search has started
    clear(
      $("results"),
      entities.map((e) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "result", dataset: { id: e.id }, onclick: () => openEntity(e.id) },
            renderer.kindChip(e.kind),
            h("span", { class: "result-name" }, e.name),
            e.aliases?.length ? h("span", { class: "result-aliases" }, e.aliases.join(", ")) : null,
          ),
        ),
      ),
    );
    const shown = entities.length < total ? ` (showing ${entities.length})` : "";
    setStatus("search-status", total ? `${total} match${total === 1 ? "" : "es"} for “${query}”${shown}.` : `No entity matches “${query}”.`);
  } catch (err) {
    if (seq === state.searchSeq) setStatus("search-status", `Search failed: ${err.message}`, true);
  }
}

// --- choosing an entity ---------------------------------------------------------------------------

/** Targets whose timeline / follow network make sense for this entity: itself if banned, else what it banned. */
function targetsFor(hood) {
  const out = new Map();
  if (hood.bansSuffered.length) out.set(hood.entity.id, hood.entity);
  for (const ban of [...hood.bansImposed, ...hood.bansCiting]) for (const t of ban.targets ?? []) out.set(t.id, t);
  for (const f of hood.follows) if (f.target) out.set(f.target.id, f.target);
  return [...out.values()];
}

function fillTargets() {
  for (const id of ["timeline-target", "follows-target"]) {
    const select = $(id);
    clear(
      select,
      state.targets.length
        ? state.targets.map((t) => h("option", { value: t.id, selected: t.id === state.target }, t.name))
        : h("option", { value: "" }, "— no banned target here —"),
    );
    select.disabled = !state.targets.length;
  }
}

function detailActions() {
  const go = (view, label) =>
    h("button", { type: "button", class: "action", dataset: { view }, onclick: () => selectView(view, { focusTab: true }) }, label);
  if (!state.targets.length) return null; // neither banned nor banning: no timeline or follow network to show
  return h("div", { class: "actions" }, go("timeline", "Ban timeline"), go("follows", "Follow network"));
}

/**
 * Show an entity's facts. `graph`: "reset" starts a new neighbourhood from it, "expand" merges its facts into the
 * drawn graph around its node, "focus" only highlights it (already expanded).
 */
async function openEntity(id, { graph = "reset", push = true } = {}) {
  const seq = ++state.openSeq;
  $("details").setAttribute("aria-busy", "true");
  try {
    const hood = await entityNeighbourhood(id);
    if (seq !== state.openSeq) return;
    if (!hood) {
      clear($("details-body"), h("p", { class: "status error" }, `No entity with id ${id}.`));
      return;
    }
    state.hood = hood;
    state.targets = targetsFor(hood);
    if (!state.targets.some((t) => t.id === state.target)) state.target = state.targets[0]?.id ?? null;
    fillTargets();
    renderer.details($("details-body"), hood, detailActions());
    document.title = `${hood.entity.name} · bangraph explorer`;
    $("graph-empty").hidden = true;
    if (graph === "reset") neighbourhood.show(hood);
    else if (graph === "expand") neighbourhood.add(hood, id);
    else neighbourhood.focus(id);
    if (push) pushUrl();
    if (state.view !== "neighbourhood") await loadView(state.view);
    // Move focus to the chosen entity's name, so keyboard and screen-reader users land on its facts.
    if (graph === "reset") $("entity-name")?.focus({ preventScroll: window.innerWidth > 900 });
  } catch (err) {
    clear($("details-body"), h("p", { class: "status error", role: "alert" }, `Could not load ${id}: ${err.message}`));
  } finally {
    $("details").removeAttribute("aria-busy");
  }
}

function showEvent(data) {
  if (!data.ref) return;
  const item = [...document.querySelectorAll("#details-body .fact")].find((el) => el.dataset.ref === data.ref);
  if (!item) return;
  document.querySelectorAll(".fact.highlight").forEach((el) => el.classList.remove("highlight"));
  item.classList.add("highlight");
  item.scrollIntoView({ block: "nearest", behavior: "smooth" });
  item.focus({ preventScroll: true });
}

// --- views ----------------------------------------------------------------------------------------

function selectView(view, { focusTab = false, push = true } = {}) {
  if (!VIEWS.includes(view)) view = "neighbourhood";
  state.view = view;
  for (const v of VIEWS) {
    const tab = $(`tab-${v}`);
    const on = v === view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`view-${v}`).hidden = !on;
  }
  if (focusTab) $(`tab-${view}`).focus();
  if (push) pushUrl();
  loadView(view);
}

async function loadView(view) {
  if (view === "neighbourhood") {
    neighbourhood.resize();
    return;
  }
  const statusId = view === "timeline" ? "timeline-status" : "follows-status";
  if (!state.target) {
    setStatus(statusId, state.hood ? `${state.hood.entity.name} neither suffered nor imposed a ban.` : "Choose an entity first.");
    if (view === "timeline") clear($("timeline"));
    else {
      clear($("follows-table").tBodies[0]);
      followView.show([]);
    }
    return;
  }
  const target = state.targets.find((t) => t.id === state.target);
  const name = target?.name ?? state.target;
  const seq = ++state.viewSeq;
  setStatus(statusId, `Loading ${name}…`);
  try {
    if (view === "timeline") {
      const entries = await timelineOf(state.target);
      if (seq !== state.viewSeq) return;
      state.timeline = { name, entries };
      showTimeline();
    } else {
      const { follows, truncated } = await followsOfTarget(state.target);
      if (seq !== state.viewSeq) return;
      followView.show(follows);
      followView.resize();
      renderer.followTable($("follows-table").tBodies[0], follows);
      const explicit = follows.filter((f) => f.explicit).length;
      setStatus(
        statusId,
        (follows.length
          ? `${follows.length} follow${follows.length === 1 ? "" : "s"} in banning ${name}: ${explicit} explicit, ${follows.length - explicit} derived.`
          : `No follows recorded for ${name}.`) + (truncated ? " Only the first ones are shown." : ""),
      );
    }
  } catch (err) {
    if (seq !== state.viewSeq) return;
    setStatus(statusId, `Could not load the ${view === "timeline" ? "timeline" : "follow network"}: ${err.message}`, true);
  }
}

/** Render the loaded timeline, with or without the statements about the target. */
function showTimeline() {
  if (!state.timeline) return;
  const { name, entries } = state.timeline;
  const withStatements = $("timeline-statements").checked;
  renderer.timeline($("timeline"), withStatements ? entries : entries.filter((e) => e.ban));
  const bans = entries.filter((e) => e.ban).length;
  const said = entries.length - bans;
  const saidText = withStatements && said ? ` and ${said} statement${said === 1 ? "" : "s"} about it` : "";
  setStatus("timeline-status", `${name}: ${bans} ban${bans === 1 ? "" : "s"}${saidText}, oldest first.`);
}

function onTabKey(event) {
  const i = VIEWS.indexOf(state.view);
  const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: VIEWS.length - 1 - i };
  if (!(event.key in moves)) return;
  event.preventDefault();
  selectView(VIEWS[(i + moves[event.key] + VIEWS.length) % VIEWS.length], { focusTab: true });
}

// --- URL state ------------------------------------------------------------------------------------

function pushUrl() {
  const params = new URLSearchParams();
  if (state.hood) params.set("entity", state.hood.entity.id);
  if (state.view !== "neighbourhood") params.set("view", state.view);
  if (state.target && state.hood && state.target !== state.hood.entity.id) params.set("target", state.target);
  const url = `${location.pathname}${params.size ? `?${params}` : ""}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, "", url);
}

async function fromUrl() {
  const params = new URLSearchParams(location.search);
  const view = params.get("view") ?? "neighbourhood";
  state.target = params.get("target");
  const id = params.get("entity");
  selectView(view, { push: false });
  if (id) await openEntity(id, { push: false });
}

// --- start ----------------------------------------------------------------------------------------

async function start() {
  const response = await fetch("/explore/styles.json");
  palette = await response.json();
  // An entity named in the details, timeline or follow table: expand it when it is already drawn (as a click on
  // its node does), else start a new neighbourhood from it.
  const graphMode = (id) => (neighbourhood.isExpanded(id) ? "focus" : neighbourhood.has(id) ? "expand" : "reset");
  const choose = (id) => openEntity(id, { graph: graphMode(id) });
  renderer = new Renderer(palette, { onEntity: (id) => choose(id) });
  neighbourhood = new NeighbourhoodView($("graph"), palette, {
    onEntity: (id) => choose(id),
    onEvent: showEvent,
  });
  followView = new FollowView($("follow-graph"), palette, { onEntity: (id) => choose(id) });

  clear(
    $("legend"),
    Object.entries(palette.nodes)
      .filter(([label]) => label !== "Entity" && label !== "Document" && label !== "Evidence")
      .map(([label, s]) => {
        const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.backgroundColor = s.color;
        return h("li", {}, swatch, label);
      }),
  );

  let debounce;
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    runSearch($("search-input").value);
  });
  $("search-input").addEventListener("input", (event) => {
    clearTimeout(debounce);
    debounce = setTimeout(() => runSearch(event.target.value), 300);
  });
  for (const v of VIEWS) {
    $(`tab-${v}`).addEventListener("click", () => selectView(v));
    $(`tab-${v}`).addEventListener("keydown", onTabKey);
  }
  for (const id of ["timeline-target", "follows-target"]) {
    $(id).addEventListener("change", (event) => {
      state.target = event.target.value;
      fillTargets();
      pushUrl();
      loadView(state.view);
    });
  }
  $("timeline-statements").addEventListener("change", showTimeline);
  window.addEventListener("popstate", fromUrl);
  let resizing;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (state.view === "neighbourhood") neighbourhood.resize();
      else if (state.view === "follows") followView.resize();
    }, 150);
  });
  // A read-only handle for the browser console and the browser tests (graph views are canvases).
  window.bangraphExplorer = Object.freeze({ state, neighbourhood, followView });
  await fromUrl();
  document.body.dataset.ready = "true";
}

start().catch((err) => {
  clear($("details-body"), h("p", { class: "status error", role: "alert" }, `The explorer could not start: ${err.message}`));
});
