// HTML renderings of facts: the details panel, the ban timeline and the follow table. Every entity name is a
// button that opens that entity, so the page can be walked with the keyboard alone (Tab, Enter).

import { banDate, byDate, clear, formatDate, h, humanise, labelOf } from "./dom.js";

/** Evidence sentences that name more of the fact's parties first (the clearest statement of the fact leads). */
function namingFirst(evidence, parties) {
  const names = parties.filter(Boolean).map((p) => p.name.toLowerCase());
  const score = (ev) => names.filter((n) => ev.sentence.toLowerCase().includes(n)).length;
  return [...(evidence ?? [])].map((ev, i) => [score(ev), i, ev]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, , ev]) => ev);
}

export class Renderer {
  constructor(palette, { onEntity }) {
    this.palette = palette;
    this.onEntity = onEntity;
  }

  kindChip(kind) {
    const label = labelOf(kind);
    const chip = h("span", { class: "chip kind-chip" }, label);
    const style = this.palette.nodes[label];
    if (style) {
      chip.style.backgroundColor = style.color;
      chip.style.color = style.text;
    }
    return chip;
  }

  entityButton(entity) {
    if (!entity) return h("span", { class: "muted" }, "unknown");
    const button = h(
      "button",
      { type: "button", class: "entity-link", dataset: { id: entity.id }, title: `Open ${entity.name}` },
      h("span", { class: "dot", "aria-hidden": "true" }),
      entity.name,
    );
    const style = this.palette.nodes[labelOf(entity.kind)];
    if (style) button.firstChild.style.backgroundColor = style.color;
    button.addEventListener("click", () => this.onEntity(entity.id));
    return button;
  }

  /** The first evidence sentence shown, the rest behind a disclosure; each with its document. */
  evidence(items, { quoted = null } = {}) {
    const list = items ?? [];
    if (!list.length) return h("p", { class: "muted evidence-none" }, "No evidence sentence recorded.");
    const [first, ...rest] = list;
    const block = h("div", { class: "evidence" }, this.evidenceItem(first, { quoted }));
    if (rest.length) {
      block.append(
        h(
          "details",
          { class: "more-evidence" },
          h("summary", {}, `${rest.length} more source${rest.length > 1 ? "s" : ""}`),
          rest.map((ev) => this.evidenceItem(ev)),
        ),
      );
    }
    return block;
  }

  /** One sentence and its article; `quoted`: text already shown above it (then only the source is added). */
  evidenceItem(ev, { quoted = null } = {}) {
    const doc = ev.document ?? {};
    const source = [doc.publisher, formatDate(doc.published)].filter(Boolean).join(", ");
    const same = quoted && quoted.trim() === ev.sentence.trim();
    return h(
      "figure",
      { class: "evidence-item" },
      same ? null : h("blockquote", { class: "evidence-sentence" }, ev.sentence),
      h(
        "figcaption",
        {},
        doc.url ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.title || doc.id) : h("cite", {}, doc.title || doc.id),
        source ? ` — ${source}` : "",
      ),
    );
  }

  banFact(ban, role) {
    const targets = ban.targets ?? [];
    const headline =
      role === "suffered"
        ? h("p", { class: "fact-head" }, "Imposed by ", this.entityButton(ban.imposedBy))
        : role === "cited"
          ? h("p", { class: "fact-head" }, this.entityButton(ban.imposedBy), " banned ", targets.map((t) => this.entityButton(t)))
          : h("p", { class: "fact-head" }, "On ", targets.length ? targets.map((t) => this.entityButton(t)) : "unknown target");
    const date = banDate(ban);
    const meta = h(
      "p",
      { class: "fact-meta" },
      date ? h("time", { datetime: date, class: "chip date-chip" }, formatDate(date)) : h("span", { class: "chip muted" }, "undated"),
      ban.scope ? h("span", { class: "chip" }, humanise(ban.scope)) : null,
      h("span", { class: `chip status-${String(ban.status).toLowerCase()}` }, humanise(ban.status)),
    );
    const laws = ban.justifiedBy?.length
      ? h("p", { class: "fact-laws" }, "Citing ", ban.justifiedBy.map((law) => this.entityButton(law)))
      : null;
    return h(
      "li",
      { class: "fact fact-ban", tabindex: "-1", dataset: { ref: ban.id } },
      headline,
      meta,
      laws,
      this.evidence(namingFirst(ban.evidence, [ban.imposedBy, ...targets])),
    );
  }

  statementFact(st) {
    return h(
      "li",
      { class: "fact fact-statement", tabindex: "-1", dataset: { ref: st.id } },
      h(
        "p",
        { class: "fact-meta" },
        h("span", { class: `chip stance-${String(st.stance).toLowerCase()}` }, humanise(st.stance)),
        st.date ? h("time", { datetime: st.date, class: "chip date-chip" }, formatDate(st.date)) : null,
      ),
      h("p", { class: "statement-text" }, st.text),
      this.evidence(st.evidence, { quoted: st.text }),
    );
  }

  roleFact(role) {
    return h(
      "li",
      { class: "fact fact-role" },
      h("p", { class: "fact-head" }, h("strong", {}, role.title), role.organisation ? [", ", this.entityButton(role.organisation)] : null),
      role.evidence ? this.evidence(role.evidence) : null,
    );
  }

  followFact(f) {
    return h(
      "li",
      { class: "fact fact-follow" },
      h("p", { class: "fact-head" }, this.entityButton(f.follower), " followed ", this.entityButton(f.followed)),
      h(
        "p",
        { class: "fact-meta" },
        h("span", { class: `chip ${f.explicit ? "follow-explicit" : "follow-derived"}` }, f.explicit ? "explicit" : "derived"),
        f.lagDays !== null && f.lagDays !== undefined ? h("span", { class: "chip" }, `${f.lagDays} days later`) : null,
        f.target ? ["on ", this.entityButton(f.target)] : null,
      ),
      this.evidence(f.evidence),
    );
  }

  section(title, items, render, emptyText) {
    const id = `sec-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    return h(
      "section",
      { class: "fact-section", "aria-labelledby": id },
      h("h3", { id }, title, " ", h("span", { class: "count" }, String(items.length))),
      items.length ? h("ol", { class: "facts" }, items.map(render)) : h("p", { class: "muted" }, emptyText),
    );
  }

  /** The details panel for one entity's neighbourhood. */
  details(container, hood, actions) {
    const e = hood.entity;
    const header = h(
      "header",
      { class: "entity-card" },
      this.kindChip(e.kind),
      h("h2", { class: "entity-name", id: "entity-name", tabindex: "-1" }, e.name),
      e.aliases?.length ? h("p", { class: "aliases" }, "Also: ", e.aliases.join(", ")) : null,
      h(
        "p",
        { class: "entity-id" },
        h("code", {}, e.id),
        e.wikidataId ? [" · Wikidata ", h("code", {}, e.wikidataId)] : null,
      ),
      actions,
    );
    const chronological = (list) => [...list].sort(byDate);
    const sections = [
      this.section("Bans suffered", chronological(hood.bansSuffered), (b) => this.banFact(b, "suffered"), "No ban targets it."),
      this.section("Bans imposed", chronological(hood.bansImposed), (b) => this.banFact(b, "imposed"), "It imposed no ban."),
    ];
    if (hood.bansCiting.length) sections.push(this.section("Bans citing this law", chronological(hood.bansCiting), (b) => this.banFact(b, "cited"), ""));
    sections.push(this.section("Statements", hood.statements, (s) => this.statementFact(s), "No statement by it."));
    if (hood.roles.length || e.kind === "PERSON") sections.push(this.section("Roles", hood.roles, (r) => this.roleFact(r), "No role recorded."));
    if (hood.follows.length) sections.push(this.section("Follows", hood.follows, (f) => this.followFact(f), ""));
    const note = hood.truncated ? h("p", { class: "status" }, "Long lists show their first 100 facts.") : null;
    clear(container, header, note, sections);
  }

  /** A target's bans (and statements about it) on a time axis: grouped by year, undated ones last. */
  timeline(list, entries) {
    const sorted = [...entries].sort((a, b) => byDate({ announced: a.date }, { announced: b.date }));
    const groups = new Map();
    for (const entry of sorted) {
      const year = entry.date ? entry.date.slice(0, 4) : "Undated";
      if (!groups.has(year)) groups.set(year, []);
      groups.get(year).push(entry);
    }
    clear(
      list,
      [...groups.entries()].map(([year, items]) =>
        h(
          "li",
          { class: "timeline-year" },
          h("h3", { class: "year" }, year),
          h("ol", { class: "timeline-items" }, items.map((entry) => (entry.ban ? this.timelineBan(entry) : this.timelineStatement(entry)))),
        ),
      ),
    );
  }

  timelineDate(date) {
    return date ? h("time", { datetime: date, class: "timeline-date" }, formatDate(date)) : null;
  }

  timelineBan({ date, ban }) {
    return h(
      "li",
      { class: "timeline-item timeline-ban" },
      h("span", { class: "timeline-dot", "aria-hidden": "true" }),
      h(
        "div",
        { class: "timeline-body" },
        h("p", { class: "fact-head" }, this.timelineDate(date), this.entityButton(ban.imposedBy), h("span", { class: "muted" }, "banned it")),
        h(
          "p",
          { class: "fact-meta" },
          ban.scope ? h("span", { class: "chip" }, humanise(ban.scope)) : null,
          h("span", { class: `chip status-${String(ban.status).toLowerCase()}` }, humanise(ban.status)),
        ),
        h("details", { class: "timeline-evidence" }, h("summary", {}, "Evidence"), (ban.evidence ?? []).map((ev) => this.evidenceItem(ev))),
      ),
    );
  }

  timelineStatement({ date, statement }) {
    return h(
      "li",
      { class: "timeline-item timeline-statement" },
      h("span", { class: "timeline-dot", "aria-hidden": "true" }),
      h(
        "div",
        { class: "timeline-body" },
        h(
          "p",
          { class: "fact-head" },
          this.timelineDate(date),
          this.entityButton(statement.speaker),
          h("span", { class: `chip stance-${String(statement.stance).toLowerCase()}` }, humanise(statement.stance)),
        ),
        h("p", { class: "statement-text" }, statement.text),
        h("details", { class: "timeline-evidence" }, h("summary", {}, "Evidence"), (statement.evidence ?? []).map((ev) => this.evidenceItem(ev))),
      ),
    );
  }

  followTable(tbody, follows) {
    const rows = [...follows].sort((a, b) => Number(b.explicit) - Number(a.explicit) || a.follower.name.localeCompare(b.follower.name));
    clear(
      tbody,
      rows.map((f) => {
        const first = (f.evidence ?? [])[0];
        return h(
          "tr",
          { class: f.explicit ? "row-explicit" : "row-derived" },
          h("td", {}, this.entityButton(f.follower)),
          h("td", {}, this.entityButton(f.followed)),
          h("td", {}, h("span", { class: `chip ${f.explicit ? "follow-explicit" : "follow-derived"}` }, f.explicit ? "explicit" : "derived")),
          h("td", { class: "num" }, f.lagDays === null || f.lagDays === undefined ? "—" : `${f.lagDays} d`),
          h("td", { class: "evidence-cell" }, first ? first.sentence : h("span", { class: "muted" }, "—")),
        );
      }),
    );
  }
}
