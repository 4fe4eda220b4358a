"""Word sets and constants the stages of the ban extractor share (most from lexicon.yaml's ``ban_rules``)."""

from __future__ import annotations

from loaders.extract.lexicon import words

# ------------------------------------------------------------------------------------------ actors
IMPOSER_CATEGORIES = {"jurisdiction", "legislature", "court", "regulator", "eu", "government", "legislature_admin"}
# Bodies that impose a ban only on their own people and kit (a company barring its staff from X), never on others'.
OWN_STAFF_CATEGORIES = frozenset({"company", "other"})
SELF_IMPOSING = {"jurisdiction", "legislature", "court", "regulator", "eu"}
TARGET_CATEGORIES = {"product", "company"}
# Word sets of the rules (here and below) come from lexicon.yaml's ``ban_rules`` section, which tells their use.
_OWNER_LEMMAS = words("ban_rules", "owner_lemmas")
_RELATIVE = {"which", "who", "that", "whom", "whose"}
_ORDER_NOUNS = words("ban_rules", "order_nouns")
_LEGISLATORS = words("ban_rules", "legislators")
_LAWMAKING = words("ban_rules", "lawmaking")
_LIFT_VERBS = words("ban_rules", "lift_verbs")
# Armed services named as the ones a ban binds ("a prohibition on the Pentagon buying drones").
_MILITARY_BODIES = words("ban_rules", "military_bodies")
_ADVISING_VERBS = words("ban_rules", "advising_verbs")
# Verbs that only tell that someone acted ("On Thursday, they finally acted", "Last week the government moved")
_ACTING_VERBS = words("ban_rules", "acting_verbs")
# A measure told again as the subject of what it did ("The rule forced X to close Y")
_RULE_NOUNS = words("ban_rules", "rule_nouns")
# Verbs whose "from" phrase is the place a thing is taken out of ("removed X from its App Store")
_REMOVAL_VERBS = words("ban_rules", "removal_verbs")
# Verbs that make a company's own act a ban: "forcing TikTok to shut TikTok Shop"
_COMPELLING = words("ban_rules", "compelling")
_PUBLIC_BODIES = words("ban_rules", "public_bodies")
_PROPOSALS = words("ban_rules", "proposals")
_TABLING_VERBS = words("ban_rules", "tabling_verbs")
_PROPOSAL_SETTLED = words("ban_rules", "proposal_settling")
_ENACTING_VERBS = words("ban_rules", "enacting_verbs")
_LAW_VEHICLES = words("ban_rules", "law_vehicles")
_IMPOSE_VERBS = words("ban_rules", "impose_verbs")
_INSTITUTIONS = words("actors", "institutions")
_PROVIDERS = words("ban_rules", "providers")
_KIND_DEALINGS = words("ban_rules", "kind_dealings")
_ASKING_OTHERS = words("ban_rules", "asking_others")
_BIDDING_VERBS = _ADVISING_VERBS | _COMPELLING | {"ask", "advise", "warn", "require", "forbid", "mandate"}
_THING_REMOVERS = words("ban_rules", "thing_removers")


# Verbs by which a ban says whom it reaches ("the ban applies to ministers", "the order covers state phones")
# What a company is called when told again ("the lender said", "the carrier confirmed")
_COMPANY_NOUNS = words("ban_rules", "company_nouns")


_SAYING = words("ban_rules", "saying")


# Things one is told to avoid, besides apps ("avoid AI tools such as X", "steer clear of equipment made by X")
_THINGS = words("ban_rules", "things")
_WIDENING = words("ban_rules", "widening")
_ILLEGAL = words("ban_rules", "illegal")
_ILLEGAL_ACTS = words("ban_rules", "illegal_acts")


_IMPLEMENT_VERBS = words("ban_rules", "implement_verbs")


# Adverbs that put a coordinated clause at a time after the one told before it ("and later blocked X")
_LATER_ADVERBS = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually", "since", "again"})


# Civil bodies in the plural: "Several ministries, including the defence and foreign ministries, blocked X"
_SEVERAL_BODIES = {"ministries", "departments", "agencies"}
_BODY_LEMMAS = {"ministry", "department", "agency"}
_ORDER_MARKS = {"after", "before", "since", "until", "once"}


_DOCUMENT_NOUNS = words("ban_rules", "document_nouns")


# "the order, dated May 21": the participles that date a decision's document
_DOCUMENT_VERBS = words("ban_rules", "document_verbs")
_PLANNED_STEPS = words("ban", "planned") | words("status", "proposed")

# ------------------------------------------------------------------------------------------ status
# the keeping verbs ("remain", "stay", "keep") with the forms the parser leaves when it takes one for an auxiliary
# ("remained blocked": lemma "remained")
KEPT_WORDS = words("status", "kept_verbs") | {"remains", "remained", "stays", "stayed", "keeps", "kept"}
