"""Who imposes a ban, how far it reaches and when, where the clause around the trigger misleads: devolved
governments, a law's own clause, torn advice, the act named beside itself, noun conjuncts, a country's access to
goods, the platform's home, a law's name, a law cited as ground. Sentences written for these tests (not from the
corpus)."""

from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.model import entity_id

J, ORG, P, LAW, PER = "Jurisdiction", "Organisation", "Product", "Law", "Person"


def bans_of(text, entities, published="2023-03-20"):
    return extract_bans(make_adoc(text, entities, published=published))


def by(bans, imposer):
    return [b for b in bans if b.imposed_by == imposer]


def test_devolved_government_acts_for_its_nation_not_the_country():
    bans = bans_of(
        "The Welsh Government has barred Telegram from its official phones, days after the UK Government did the same.",
        [("Welsh Government", ORG), ("United Kingdom", J, ["UK"]), ("Telegram", P)],
    )
    (ban,) = by(bans, entity_id(J, "Wales"))
    assert ban.targets == [entity_id(P, "Telegram")]
    assert ban.scope == "government_devices"


def test_parliament_corporate_body_acts_for_its_parliament():
    bans = bans_of(
        "The Scottish Parliamentary Corporate Body said on Friday that WeChat would no longer be permitted on "
        "devices issued to MSPs.",
        [("Scottish Parliamentary Corporate Body", ORG), ("Scottish Parliament", ORG), ("WeChat", P)],
    )
    (ban,) = by(bans, entity_id(ORG, "Scottish Parliament"))
    assert ban.scope == "legislature_devices"


def test_a_law_in_a_while_clause_is_not_the_main_subjects_ban():
    bans = bans_of(
        "Norway and Finland did the same in March, while in Denmark a law passed in June barred Snapchat from "
        "state devices.",
        [("Norway", J), ("Finland", J), ("Denmark", J), ("Snapchat", P)],
        published="2023-09-01",
    )
    (ban,) = by(bans, entity_id(J, "Denmark"))
    assert ban.announced == "2023-06"
    assert not [b for b in by(bans, entity_id(J, "Norway")) if b.announced == "2023-06"]


def test_advice_torn_by_the_parser_is_still_advice():
    bans = bans_of(
        "The decision comes after the Storting on Friday formally advised MSPs and parliamentary staff to delete "
        "Snapchat from their phones.",
        [("Storting", ORG), ("Snapchat", P)],
    )
    (ban,) = by(bans, entity_id(ORG, "Storting"))
    assert ban.status == "advisory"


def test_the_act_named_beside_itself_is_no_reach():
    bans = bans_of(
        "Norway's trade ministry on Tuesday barred Acme Labs from selling routers to local firms and households, the "
        "first step taken under the ministry's new screening powers.",
        [("Norway", J), ("Acme Labs", ORG)],
    )
    (ban,) = by(bans, entity_id(J, "Norway"))
    assert ban.scope == "nationwide"


def test_a_nouns_conjunct_is_still_the_verbs_reach():
    bans = bans_of(
        "The Digital Office said it had issued rules restricting access to two chat apps and the Dropbox service "
        "on government computers.",
        [("Digital Office", ORG, []), ("Dropbox", P), ("Estonia", J)],
    )
    assert [b.scope for b in bans] == ["government_devices"]


def test_a_countrys_access_to_goods_is_no_ban():
    bans = bans_of(
        "Acme Chips was barred from state contracts in Peru on Monday. Washington has spent two years trying to "
        "slow China's access to advanced chips.",
        [("Acme Chips", ORG), ("Peru", J), ("United States", J, ["Washington"]), ("China", J)],
    )
    assert not by(bans, entity_id(J, "United States"))


def test_a_person_acts_for_his_country_not_the_platforms_home():
    bans = bans_of(
        "Moldova has moved against Russian platforms before. In May 2016, then-President Ion Rusu signed a decree "
        "that blocked Russia's VKontakte and Odnoklassniki social networks across the country.",
        [("Moldova", J), ("Russia", J), ("Ion Rusu", PER), ("VKontakte", P), ("Odnoklassniki", P)],
        published="2024-09-20",
    )
    (ban,) = by(bans, entity_id(J, "Moldova"))
    assert ban.announced == "2016-05"
    assert ban.scope == "nationwide"


def test_government_wide_prohibition_in_a_defense_act_is_no_military_ban():
    bans = bans_of(
        "In 2017, Congress wrote a government-wide prohibition on Kaspersky software into the National Defense "
        "Authorization Act.",
        [
            ("United States Congress", ORG, ["Congress"]),
            ("United States", J),
            ("Kaspersky", ORG),
            ("National Defense Authorization Act", LAW),
        ],
        published="2024-06-21",
    )
    assert [b.scope for b in bans] == ["government_devices"]


def test_a_date_of_the_law_cited_as_ground_is_not_the_bans():
    bans = bans_of(
        "Peru's telecom regulator has ordered operators to stop buying Acme Chips products. The order rests on the "
        "Data Security Law, which took effect in 2021.",
        [("Peru", J), ("Acme Chips", ORG), ("Data Security Law", LAW)],
    )
    assert bans and all(b.announced != "2021" for b in bans)


def test_the_day_the_imposer_set_the_ban_out_in_a_notice():
    ents = [("Osiptel", ORG), ("Peru", J), ("Acme Networks", ORG)]
    text = (
        "Peru's telecoms regulator Osiptel has told carriers to stop buying gear from Acme Networks. Osiptel said in "
        "a brief {} late on Sunday that the company's products had failed a security review."
    )
    (ban,) = bans_of(text.format("notice"), ents, published="2024-06-10")
    assert ban.announced == "2024-06-09"
    (ban,) = bans_of(text.format("statement"), ents, published="2024-06-10")
    assert ban.announced != "2024-06-09"  # a statement reports the ban, it does not set it out


def test_several_states_acting_are_not_the_countrys_government():
    bans = bans_of(
        "The United States has no federal policy on Viber. "
        "More than 20 states restricted Viber on government devices last year.",
        [("United States", J), ("Viber", P)],
    )
    assert by(bans, entity_id(J, "United States")) == []


def test_a_kind_of_app_restricted_elsewhere_takes_no_target_from_the_story():
    bans = bans_of(
        "Serbia on Monday banned Viber nationwide. "
        "Croatia itself has restricted foreign platforms: its telecoms agency blocked Signal in May.",
        [("Serbia", J), ("Croatia", J), ("Viber", P), ("Signal", P)],
    )
    assert all(entity_id(P, "Viber") not in b.targets for b in by(bans, entity_id(J, "Croatia")))
