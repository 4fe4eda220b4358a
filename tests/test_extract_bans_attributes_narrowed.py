"""Where the status, scope and dating rules of the ban extractor must not reach: a list of armed bodies only, a
lifting judged certain or told done in the narrative, a count of days a suspension lasts for, a law that is the
passive agent of the ban. Sentences written for these tests (not from the corpus)."""

from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans

J, ORG, P = "Jurisdiction", "Organisation", "Product"


def bans_of(text, entities, published="2025-03-10"):
    return extract_bans(make_adoc(text, entities, published=published))


def test_a_list_of_armed_bodies_only_or_a_ministry_and_its_own_offices_bans_on_military_devices():
    ents = [
        ("Taiwan", J),
        ("Zoom", P),
        ("Ministry of National Defense", ORG),
        ("Ministry of Economic Affairs", ORG),
        ("Military Intelligence Agency", ORG),
    ]
    for actor in (
        "the Ministry of National Defense and the Military Intelligence Agency",
        "the Ministry of National Defense and its agencies",
    ):
        bans = bans_of(f"In Taiwan, {actor} banned Zoom on work computers.", ents)
        assert [b.scope for b in bans] == ["military_devices"], actor
    # the rule's own case: a civil ministry among the listed bodies
    bans = bans_of(
        "In Taiwan, the Ministry of Economic Affairs and the Ministry of National Defense banned Zoom on work "
        "computers.",
        ents,
    )
    assert [b.scope for b in bans] == ["government_devices"]
