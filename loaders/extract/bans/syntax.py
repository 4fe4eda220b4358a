"""Dependency-tree helpers of the ban extractor: phrase roots, conjuncts, governors, subtrees, paths, negation."""

from __future__ import annotations

from loaders.extract.lexicon import words


def _phrase_root(tok):
    """The head of the noun phrase a token sits in (through compounds and modifiers)."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _governors(tok, n: int) -> list:
    """The first ``n`` heads above ``tok``, less any a coordinated verb hangs on: in "said X had failed to comply
    and told providers to block it" "told" is an act of its own beside "failed", not what failed (while in
    "refused to remove and delete it" both verbs are still under "refused")."""
    out, cur = [], tok
    for _ in range(n):
        if cur.head.i == cur.i:
            break
        if cur.dep_ != "conj":
            out.append(cur.head)
        cur = cur.head
    return out


def _listed_members(tok) -> list:
    """ "Several banks, including A, B and C, restricted ...", "companies such as A and B": the names a plural
    noun that is no name itself lists as its members."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return []
    out = []
    for c in tok.children:
        such_as = c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"
        if c.dep_ == "prep" and (c.lower_ == "including" or such_as):
            out += [m for p in c.children if p.dep_ == "pobj" for m in _conjuncts(p)]
    return out


def _conjuncts(tok):
    """The token and its coordinated siblings ("Canada, Belgium, and India")."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    out = [root]
    stack = [root]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ == "appos" and _region_of_place(cur, c):
                continue
            if c.dep_ in ("conj", "appos") and c not in out or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"):
                out.append(c)
                stack.append(c)
    return out


def _region_of_place(place, appos) -> bool:
    """ "Portland, Oregon, barred X", "Somerville, Massachusetts, followed": a place set off by commas right after a
    place tells the region it lies in, not a second actor (a list, "Canada, Belgium and India", has its conjuncts)."""
    doc = place.doc
    return (
        place.ent_type_ == "GPE"
        and appos.ent_type_ == "GPE"
        and appos.i >= 2
        and doc[appos.i - 1].text == ","
        and doc[appos.i - 2].i == place.i
        and appos.right_edge.i + 1 < len(doc)
        and doc[appos.right_edge.i + 1].text == ","
        and not any(t.dep_ in ("conj", "cc") for t in (*place.children, *appos.children))
    )


def _own_subtree(tok, skip=("conj", "cc", "relcl", "acl", "advcl", "punct")):
    """Tokens of a phrase without its coordinated siblings, relative clauses and adverbial clauses."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in skip:
            continue
        out.extend(_own_subtree(c, skip))
    return out


_QUANTITIES = words("ban_rules", "quantities")


def _objects(tok) -> list:
    """The verb's objects (passive subjects too), a quantity standing for what it counts ("removed millions of
    videos": "videos")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in list(out):
        if c.lemma_.lower() in _QUANTITIES or c.like_num:
            out += [
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
    return out


def _is_negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never",):
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def _stative_patient(tok):
    """The subject of a participle told as a lasting state: "X remains banned" (the copula parsed as its auxpass,
    X as its nsubj), "X, Y and Z will remain blocked" (the participle an acomp of the copula, X its subject); what is
    banned, as the subject of a passive is. None for other words, a negated state or "remain" meaning a stay."""
    if tok.tag_ != "VBN" or _is_negated(tok):
        return None
    copulas = set(words("ban_rules", "stative_copulas"))
    aux = next((c for c in tok.children if c.dep_ == "auxpass" and copulas & {c.lemma_.lower(), c.lower_}), None)
    if aux is not None:  # (the parser hangs the subject on the participle or on the copula)
        return next((c for v in (tok, aux) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = tok.head
    if tok.dep_ in ("acomp", "oprd", "xcomp") and head.lemma_.lower() in copulas and not _is_negated(head):
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def _passive_patient(tok):
    """What a passive ban is told of: its passive subject, through a relative pronoun to the noun the clause describes
    ("X, which has been blocked since 2009": X), else the subject of a lasting state ("X remains banned"), else the
    subject of a participle with no auxiliary, a reduced passive parsed as the main verb ("X, blocked at the same
    time, remains inaccessible")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and tok.dep_ == "relcl" and subj.lower_ in ("which", "that"):
        return tok.head
    if subj is None and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj or _stative_patient(tok)


def _verb_of_participle(form: str, verbs) -> str | None:
    """The ban verb whose past participle ``form`` is ("blocked" -> block, "banned" -> ban, "disabled" -> disable),
    or None."""
    if not form.endswith("ed"):
        return None
    for base in (form[:-2], form[:-1], form[:-3] if len(form) > 4 and form[-3] == form[-4] else ""):
        if base and base in verbs:
            return base
    return None


def _stative_copula(tok):
    """The copula of a participle told as a lasting state ("X remains banned", "X and Y stay blocked"), or None."""
    copulas = set(words("ban_rules", "stative_copulas"))
    aux = next((c for c in tok.children if c.dep_ == "auxpass" and copulas & {c.lemma_.lower(), c.lower_}), None)
    if aux is not None:
        return aux
    if tok.dep_ in ("acomp", "oprd", "xcomp") and copulas & {tok.head.lemma_.lower(), tok.head.lower_}:
        return tok.head
    return None


def _neither_nor(subj) -> bool:
    """A subject told under "neither ... nor" ("Neither A nor B remain blocked"): denied, as a negated copula is."""
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subj.children) or any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in subj.children
    )


def _own_doing(copula) -> bool:
    """A lasting state told with a fault or the firm's own doing as its cause in the sentence ("remained blocked for
    maintenance", "because of a global outage", "under the company's own rules"): no government's ban."""
    causes = set(words("ban_rules", "own_doing_causes"))
    owners = set(words("ban_rules", "own_doing_owners"))
    for t in copula.sent:
        if t.pos_ == "NOUN" and (t.lemma_.lower() in causes or t.lower_ in causes):
            return True  # "because of a global outage", "for maintenance"
        if t.lower_ == "own" and any(
            c.dep_ == "poss" and (c.lemma_.lower() in owners or c.lower_ in owners) for c in t.head.children
        ):
            return True  # "under the company's own rules"
    return False


def _no_kept_ban(tok) -> bool:
    """A participle told as a lasting state that is no government's ban: its subject under "neither ... nor"
    ("Neither A nor B remain blocked"), or a fault or the firm's own doing given as the cause ("A and B remained
    blocked because of an outage")."""
    copula = _stative_copula(tok)
    if copula is None:
        return False
    subj = next((c for v in (tok, copula) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is not None and _neither_nor(subj)) or _own_doing(copula)


def _retag_kept_participles(doc, mention) -> bool:
    """A ban verb's participle the tagger took for an adjective after "remain"/"stay" whose subject names a product
    or a company ("Instagram, Telegram, X and YouTube remain blocked"): retagged the passive participle it is
    (VBN, its verb's lemma), so the state is read as a ban the way "remain blocked" tagged a verb is. Only a verb
    that says a ban and nothing else ("blocked", "banned", "barred", not "disabled", "closed", "limited", "halted",
    said of outages and a firm's own rules). Not a subject naming no such thing ("exports of chips remain
    restricted"), nor a negated copula or a subject under "neither ... nor", nor a state the firm or a fault brought
    about ("remained blocked for maintenance, the company said"). True if a token changed."""
    copulas = set(words("ban_rules", "stative_copulas"))
    verbs = set(words("ban_rules", "kept_ban_participles"))
    changed = False
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.head.lemma_.lower() not in copulas:
            continue
        verb = _verb_of_participle(tok.lower_, verbs)
        if verb is None or _is_negated(tok.head) or _is_negated(tok):
            continue
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(
            (m := mention(t)) is not None and m.kind in ("Product", "Organisation") for t in _conjuncts(subj)
        ):
            continue
        if _neither_nor(subj) or _own_doing(tok.head):
            continue  # (as _no_kept_ban, which reads the participles tagged verbs)
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", verb
        changed = True
    return changed


def _hyphened(tok) -> str:
    """A modifier the tokenizer split at its hyphen, whole again: "state-owned" from "owned" with "state" on it."""
    first = next(
        (c for c in tok.children if c.i == tok.i - 2 and c.dep_ in ("npadvmod", "compound", "amod", "nmod")), None
    )
    if first is None or tok.doc[tok.i - 1].text != "-":
        return tok.lower_
    return f"{first.lower_}-{tok.lower_}"


def _in_own_clause(tok, verb) -> bool:
    """The trigger is the verb, or hangs on it through its object or a preposition only: not in a clause of its own
    under it ("banned X, a week after the regulator cut off Y": the cutting has a time of its own)."""
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ in ("advcl", "relcl", "ccomp", "acl", "csubj", "parataxis") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i:
        tok = tok.head
        d += 1
    return d


def _path_up(tok, stop) -> list:
    """The tokens from ``tok`` up to ``stop`` (``tok`` included, ``stop`` not)."""
    out = []
    while tok.i != stop.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _lca(a, b):
    anc = {a.i} | {t.i for t in a.ancestors}
    cur = b
    while cur.i not in anc:
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur


def _tree_distance(a, b) -> float:
    """Path length between two tokens; a step across a coordination counts double (another clause)."""
    if a.sent != b.sent:
        return 10_000
    lca = _lca(a, b)
    if lca is None:
        return 1000 + abs(a.i - b.i)
    path = _path_up(a, lca) + _path_up(b, lca)
    return len(path) + sum(1.5 for t in path if t.dep_ == "conj")
