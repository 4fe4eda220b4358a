"""Where the status, scope and dating rules of the ban extractor must not reach: a list of armed bodies only, a
lifting judged certain or told done in the narrative, a count of days a suspension lasts for, a law that is the
passive agent of the ban. Sentences written for these tests (not from the corpus)."""

from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.model import entity_id

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


PERU_VIBER = [("Peru", J), ("Viber", P)]


def test_a_lifting_judged_certain_or_told_come_to_pass_makes_the_ban_temporary():
    for second in (
        "It is certain that the suspension will be lifted on Monday, the ministry said.",
        "The suspension would be lifted three days later, when the company handed over the data.",
    ):
        (ban,) = bans_of(f"Peru suspended downloads of Viber on Friday. {second}", PERU_VIBER)
        assert ban.status == "temporary", second


def test_a_lifting_judged_only_likely_or_on_a_condition_reported_leaves_the_ban_in_force():
    for second in (
        "Analysts said it was unlikely that the suspension would be reversed soon.",
        "It is possible that the suspension will be lifted on Monday, the ministry said.",
        "The ministry said the suspension would be lifted when the company handed over the data.",
        "The suspension would be lifted if the company handed over the data.",
    ):
        (ban,) = bans_of(f"Peru suspended downloads of Viber on Friday. {second}", PERU_VIBER)
        assert ban.status == "in_force", second


def test_a_count_of_days_of_another_thing_the_suspension_lasts_for_is_its_length():
    ents = [("Ethiopia", J), ("TikTok", P)]
    (ban,) = bans_of("Ethiopia suspended TikTok for the first ten days of the exam period in June.", ents)
    assert ban.status == "temporary"
    # the rule's own case: the length of another thing
    (ban,) = bans_of("Ethiopia suspended TikTok in June, ending two months of official silence.", ents)
    assert ban.status == "in_force"


def test_a_law_named_with_its_year_that_is_the_passive_bans_agent_dates_the_ban():
    ents = [("Peru", J), ("Huawei", ORG), ("Protecting Networks Act", "Law")]
    bans = bans_of("Huawei is barred from Peru's 5G networks by the 2022 Protecting Networks Act.", ents, "2023-09-02")
    assert [b.announced for b in bans] == ["2022"]
    # the rule's own case: a law cited as ground keeps its year
    ents = [("Peru", J), ("Huawei", ORG), ("General Telecommunications Law", "Law")]
    bans = bans_of(
        "Peru has barred Huawei from its 5G networks under the 2008 General Telecommunications Law.",
        ents,
        published="2023-09-02",
    )
    assert [b.announced for b in bans] != ["2008"]


def test_a_step_told_also_takes_the_date_of_the_ban_before_not_another_date_of_its_sentence():
    ents = [("South Korea", J), ("DeepSeek", P), ("Kakao", ORG)]
    text = (
        "Early this month, South Korea's trade ministry blocked DeepSeek on work computers, citing a security report "
        "published on January 28. Kakao also barred its employees from using the chatbot."
    )
    bans = bans_of(text, ents, published="2025-02-20")
    assert [b.announced for b in bans if b.imposed_by == entity_id(ORG, "Kakao")] == ["2025-02"]


def test_a_lifting_set_on_the_calendar_by_a_dated_when_clause_makes_the_ban_temporary():
    (ban,) = bans_of(
        "Peru suspended downloads of Viber on Friday. The ministry said it would lift the suspension when the new "
        "licensing rules take effect on March 15.",
        PERU_VIBER,
    )
    assert ban.status == "temporary"
    for second in (
        "The ministry said it would lift the suspension when the company opens a local office.",
        "The ministry said the suspension would be lifted when the company pays the fine by Friday.",
    ):
        (ban,) = bans_of(f"Peru suspended downloads of Viber on Friday. {second}", PERU_VIBER)
        assert ban.status == "in_force", second
