"""BanMention: one ban mention found at a trigger, before mentions merge into Ban records."""

from __future__ import annotations

from dataclasses import dataclass, field


# ------------------------------------------------------------------------------------------ records
@dataclass
class BanMention:
    """One textual mention of a ban, before merging."""

    token: object  # spaCy Token (the trigger)
    sentence: int
    rule: str
    imposers: list[str] = field(default_factory=list)
    imposer_src: str = "syntax"
    targets: list[str] = field(default_factory=list)
    target_src: str = "syntax"
    scope: str | None = None
    scope_explicit: bool = False
    status: str = "in_force"
    announced: str | None = None
    effective: str | None = None
    laws: list[str] = field(default_factory=list)
    remention: bool = False
    confidence: float = 0.8
    decided: bool = False  # the announced date is the one on the decision's own document ("the order, dated May 21")
    took_effect: bool = False  # the effective date is told as past ("took effect late on Thursday")
    reckoned: bool = False  # the announced date is counted from another's ("nine days after ..."), not told
    own_scope_cue: bool = True  # the scope is read from the mention's own words, not from who its actor is
    by_government: bool = False  # told as a government's own act ("the cabinet decided to ban X"), not a country's name


def _mention_like(ref: BanMention, tok, si: int, rule: str, **over) -> BanMention:
    """A mention told by `tok` that carries over the ban `ref` already told: its imposers (imposer_src "context"),
    targets, scope and status, each replaceable through `over`; confidence 0.6, since it was read from context."""
    fields = dict(
        imposers=list(ref.imposers),
        imposer_src="context",
        targets=list(ref.targets),
        target_src="syntax",
        scope=ref.scope,
        scope_explicit=ref.scope_explicit,
        status=ref.status,
        confidence=0.6,
    )
    fields.update(over)
    return BanMention(token=tok, sentence=si, rule=rule, **fields)
