"""A ban's status, scope and dates where the words around it tell of another thing: a lifting only in view, a length
of something else, a court's interim order against the ban, a step told "also" after a dated one, a body in a list
of bodies. Sentences written for these tests (not from the corpus)."""

from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.model import entity_id

J, ORG, P = "Jurisdiction", "Organisation", "Product"


def bans_of(text, entities, published="2025-03-10"):
    return extract_bans(make_adoc(text, entities, published=published))


def by(bans, imposer):
    return [b for b in bans if b.imposed_by == imposer]


PERU_VIBER = [("Peru", J), ("Viber", P)]


def test_a_lifting_on_a_condition_or_only_possible_leaves_the_ban_in_force():
    for second in (
        "The suspension will be lifted when Viber fixes its privacy policy, the ministry said.",
        "Analysts said it was unlikely that the suspension would be reversed soon.",
        "The ban could be lifted next month.",
    ):
        (ban,) = bans_of(f"Peru suspended downloads of Viber on Friday. {second}", PERU_VIBER)
        assert ban.status == "in_force", second


def test_a_lifting_done_makes_the_ban_temporary():
    for text in (
        "Peru suspended downloads of Viber on Friday. On Monday the ministry lifted the suspension after Viber fixed "
        "its privacy policy.",
        "Peru blocked Viber in January, but access was restored two weeks later when the company complied.",
    ):
        (ban,) = bans_of(text, PERU_VIBER)
        assert ban.status == "temporary", text


def test_a_count_of_months_of_another_thing_is_no_suspensions_length():
    (ban,) = bans_of(
        "Peru's interior ministry acknowledged on Wednesday that Viber was suspended across Peru on its "
        "instructions, ending three months of official silence.",
        PERU_VIBER,
    )
    assert ban.status == "in_force"
    (ban,) = bans_of("Peru imposed a 90-day suspension of Viber on Wednesday.", PERU_VIBER)
    assert ban.status == "temporary"


def test_an_interim_order_against_the_ban_does_not_make_it_temporary():
    ents = [("Peru", J), ("Supreme Court of Peru", ORG, ["Peru's Supreme Court"]), ("Viber", P)]
    bans = bans_of(
        "Peru's Supreme Court on Tuesday refused to issue an interim order against the Peruvian government's "
        "decision to ban Viber.",
        ents,
    )
    assert [b.status for b in bans] == ["in_force"]
    bans = bans_of("Peru's Supreme Court on Tuesday issued an interim order banning Viber.", ents)
    assert [b.status for b in bans] == ["temporary"]


def test_a_step_told_also_right_after_a_dated_one_takes_its_date():
    ents = [("South Korea", J), ("Samsung Electronics", ORG), ("DeepSeek", P)]
    (ban,) = by(
        bans_of(
            "Early this month, South Korea's trade ministry and foreign ministry blocked DeepSeek on work "
            "computers. Samsung Electronics also barred its employees from using the service.",
            ents,
            published="2025-02-20",
        ),
        entity_id(ORG, "Samsung Electronics"),
    )
    assert ban.announced == "2025-02"


def test_a_step_told_also_in_the_perfect_or_in_another_paragraph_keeps_no_date_of_the_other():
    ents = [("Texas", J), ("Montana", J), ("TikTok", P)]
    for second in (" Montana has also banned the app.", "\n\nMontana also banned the app."):
        bans = bans_of(f"In December 2022, Texas banned TikTok on state devices.{second}", ents)
        assert [b.announced for b in by(bans, entity_id(J, "Montana"))] != ["2022-12"], second
    bans = bans_of("In December 2022, Texas banned TikTok on state devices. Montana also banned the app.", ents)
    assert [b.announced for b in by(bans, entity_id(J, "Montana"))] == ["2022-12"]


def test_a_defence_ministry_in_a_list_of_ministries_bans_on_government_devices():
    ents = [
        ("South Korea", J),
        ("DeepSeek", P),
        ("Ministry of Foreign Affairs", ORG),
        ("Ministry of National Defense", ORG),
    ]
    text = (
        "In South Korea, the Ministry of Foreign Affairs and the Ministry of National Defense blocked DeepSeek on {}."
    )
    assert [b.scope for b in bans_of(text.format("work computers"), ents)] == ["government_devices"]
    assert [b.scope for b in bans_of(text.format("military computers"), ents)] == ["military_devices"]
    bans = bans_of("In South Korea, the Ministry of National Defense blocked DeepSeek on work computers.", ents)
    assert [b.scope for b in bans] == ["military_devices"]


def test_the_year_in_a_laws_name_cited_as_ground_is_not_the_bans():
    ents = [("Peru", J), ("Huawei", ORG), ("General Telecommunications Law", "Law")]
    bans = bans_of(
        "Peru has barred Huawei from its 5G networks. The government says the decree rests on its powers under the "
        "2008 General Telecommunications Law.",
        ents,
        published="2023-09-02",
    )
    assert [b.announced for b in bans] != ["2008"]
    ents = [("Peru", J), ("Huawei", ORG), ("Protecting Networks Act", "Law")]
    bans = bans_of("The 2022 Protecting Networks Act bars Huawei from Peru's 5G networks.", ents, "2023-09-02")
    assert [b.announced for b in bans] == ["2022"]
