"""Ban detection and targets on sentences written for these tests (not from the corpus): what a pronoun stands for,
the party regulated, people cut off, any actor of a kind, whose devices."""

import pytest
from test_extract_bans_support import ORG, J, P, jid, make_adoc, only, pid

from loaders.extract.bans import extract_bans
from loaders.model import entity_id


def test_a_pronoun_banned_in_a_later_clause_is_the_subject_it_hangs_on_not_the_store_named_last():
    adoc = make_adoc(
        "Telegram, one of the most popular apps in Ruritania, vanished from Google Play and the App Store on Monday "
        "after the government of Ruritania blocked it.",
        [("Telegram", P), ("Ruritania", J), ("Google Play", P), ("App Store", P)],
        published="2024-12-24",
    )
    bans = extract_bans(adoc)
    assert [b.targets for b in bans] == [[pid("Telegram")]], [(b.imposed_by, b.targets) for b in bans]


def test_a_carrier_barred_from_using_a_makers_kit_is_the_party_regulated_not_a_target():
    adoc = make_adoc(
        "Last month Norway blocked Telenor from using Huawei equipment in its 5G network.",
        [("Norway", J), ("Telenor", ORG), ("Huawei", ORG)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Norway")).targets == [entity_id(ORG, "Huawei")]
    # what the party is barred from buying names no target: the party is what is barred
    adoc = make_adoc(
        "Norway barred Zapcom from buying American chips for seven years.",
        [("Norway", J), ("Zapcom", ORG)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Norway")).targets == [entity_id(ORG, "Zapcom")]


def test_people_cut_off_from_what_is_no_platform_is_no_ban_of_the_story_app():
    text = (
        "Nepal blocked TikTok on Thursday. Rights groups urged the government to lift the block, saying that it will "
        "cut off the journalists from their sources and the audience."
    )
    bans = extract_bans(make_adoc(text, [("Nepal", J), ("TikTok", P)], published="2025-09-05"))
    assert [(b.targets, b.status) for b in bans] == [([pid("TikTok")], "in_force")]
    # people kept from a named platform: that platform is banned
    text = "Nepal blocked TikTok on Thursday. Nepal also barred students from Telegram."
    bans = extract_bans(make_adoc(text, [("Nepal", J), ("TikTok", P), ("Telegram", P)], published="2025-09-05"))
    assert any(b.targets == [pid("Telegram")] for b in bans)


def test_a_ban_in_a_relative_clause_on_any_actor_of_a_kind_is_no_ban():
    ents = [("Ruritania", J), ("Zapster", P)]
    for text in (
        'Zapster is popular in Ruritania. "A government that wanted to ban Zapster would need new legislation," '
        "she said.",
        "Zapster is popular in Ruritania. Any country that blocks Zapster risks a trade dispute, the company said.",
    ):
        assert extract_bans(make_adoc(text, ents, published="2025-09-05")) == [], text
    # a named actor, or one told where it is, still bans
    for text in (
        "Zapster is popular in Asia. Ruritania, a country that banned Zapster in 2020, has not changed course.",
        "Zapster is popular in Asia. A regulator in Ruritania blocked Zapster on Friday.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2025-09-05"))
        assert [b.imposed_by for b in bans] == [jid("Ruritania")], text


def test_a_bodys_service_phones_are_where_the_app_is_blocked_not_what():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "DeepSeek is under review in Austria. Since February the app is blocked on the service smartphones of "
        "police officers, the Austrian interior ministry said."
    )
    facts = extract_one(Document(id="s1", text=text, published="2025-05-06"))
    assert [(b.imposed_by, b.targets, b.scope) for b in facts.bans] == [
        (jid("Austria"), [pid("DeepSeek")], "government_devices")
    ]


def test_what_a_ban_leaves_users_unable_to_do_is_no_rule_of_its_own():
    text = (
        "A court in Ruritania blocked Zapster in 2024. On Sunday Zapster remained absent from the App Store in "
        "Ruritania, meaning new users cannot download it."
    )
    ents = [("Ruritania", J), ("Zapster", P), ("App Store", P)]
    bans = extract_bans(make_adoc(text, ents, published="2025-01-20"))
    assert [b.announced for b in bans] == ["2024"], [(b.imposed_by, b.targets, b.announced) for b in bans]


def test_urging_one_who_decides_to_ban_is_a_call_not_a_ban():
    ents = [("Ruritania", J), ("Zapster", P), ("Anna Berg", "Person")]
    for text in (
        "Opposition leaders in Ruritania sent a letter urging Governor Anna Berg to remove Zapster from state phones.",
        "Ruritania had lobbied its allies for more than a year to shut Zapster out.",
    ):
        assert extract_bans(make_adoc(text, ents, published="2022-12-14")) == [], text
    # those told to carry a rule out are no deciders: the ruler's advice stands
    text = "The interior ministry of Ruritania urged state employees to remove Zapster from their devices."
    bans = extract_bans(make_adoc(text, ents, published="2022-12-14"))
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("Ruritania"), "advisory")]


def test_who_banned_it_asked_as_a_heading_is_no_ban():
    ents = [("Ruritania", J), ("Zapster", P)]
    for text in (
        "Ruritania is weighing its options.\n\n- Catch up: who has banned Zapster so far\n",
        "Ruritania is weighing its options.\n\nWhich countries have banned Zapster on government phones\n",
    ):
        assert extract_bans(make_adoc(text, ents, published="2022-12-14")) == [], text


def test_warning_another_against_a_ban_is_no_advice_and_no_ban():
    ents = [("Ruritania", J), ("Borduria", J), ("Zapcom", ORG)]
    text = "Ruritania barred Zapcom from its 5G networks on Thursday. Borduria has warned Ruritania against excluding Zapcom."
    bans = extract_bans(make_adoc(text, ents, published="2022-05-19"))
    assert [b.imposed_by for b in bans] == [jid("Ruritania")], [(b.imposed_by, b.status) for b in bans]
    # advice against using a thing stays advice
    text = "Borduria warned its citizens against using Zapcom phones."
    bans = extract_bans(make_adoc(text, ents, published="2022-05-19"))
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("Borduria"), "advisory")]


def test_asking_a_regulator_to_consider_a_ban_is_a_call_not_a_ban():
    ents = [("Ruritania", J), ("Zapcom", ORG), ("Ruritanian Telecoms Authority", ORG, ["the Authority"])]
    text = (
        "Two senators in Ruritania asked the Ruritanian Telecoms Authority to consider adding Zapcom to its list of "
        "banned suppliers."
    )
    assert extract_bans(make_adoc(text, ents, published="2024-03-01")) == []
    text = "Opposition leaders called on Ruritania to ban Zapcom from its 5G networks."
    assert extract_bans(make_adoc(text, ents, published="2024-03-01")) == []


def test_a_company_saying_it_cannot_access_data_is_no_ban():
    ents = [("Ruritania", J), ("Zapcom", ORG)]
    text = (
        "Ruritania is weighing curbs on Zapcom. Zapcom said the letter rested on misconceptions and that it could "
        "not access customer data."
    )
    assert extract_bans(make_adoc(text, ents, published="2024-03-01")) == []


def test_a_pronoun_after_an_app_banned_in_the_same_clause_is_that_app_not_the_subject_above():
    ents = [("Ruritania", J), ("Viber", P), ("Telegram", P)]
    for text in (
        "Viber picked up thousands of new users in Ruritania last month after a court suspended Telegram for three "
        "days and told providers to block it.",
        "Viber said it had seen a rise in downloads after the Ruritania authorities blocked Telegram and ordered "
        "providers to cut access to it.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
        assert [b.targets for b in bans] == [[pid("Telegram")]], (text, [(b.imposed_by, b.targets) for b in bans])


def test_a_rule_a_meaning_clause_names_first_is_still_a_rule():
    ents = [("Ruritania", J), ("Zapster", P)]
    for text in (
        "Ruritania's governor signed the bill on Tuesday, meaning state workers may not use Zapster on state-issued "
        "phones from March.",
        "The app is no longer offered in Ruritania after the regulator banned it, meaning residents cannot "
        "download Zapster.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
        assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Ruritania"), [pid("Zapster")])], text


def test_a_firm_barred_from_buying_a_makers_kit_or_from_using_a_product_is_itself_barred():
    ents = [("Ruritania", J), ("Huawei", ORG), ("Microsoft", ORG), ("Meta", ORG), ("WhatsApp", P)]
    # buying is a sanctioned firm's act: Huawei, barred, stays a target beside the seller
    text = "Ruritania barred Huawei from buying Microsoft software for five years, officials said."
    targets = only(extract_bans(make_adoc(text, ents, published="2024-12-24")), jid("Ruritania")).targets
    assert entity_id(ORG, "Huawei") in targets, targets
    # a generic noun on a product ("WhatsApp systems") tells no maker's kit: Meta is barred
    text = "The Ruritania regulator has barred Meta from using WhatsApp systems to train its chatbots."
    targets = only(extract_bans(make_adoc(text, ents, published="2024-12-24")), jid("Ruritania")).targets
    assert entity_id(ORG, "Meta") in targets, targets


def test_a_carrier_barred_from_installing_a_makers_components_is_the_party_regulated():
    ents = [("Ruritania", J), ("Telenor", ORG), ("Huawei", ORG), ("ZTE", ORG)]
    text = "Ruritania has barred Telenor from installing Huawei and ZTE components in its core network."
    targets = only(extract_bans(make_adoc(text, ents, published="2024-12-24")), jid("Ruritania")).targets
    assert targets == [entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")], targets


def test_people_blocked_from_a_definite_noun_for_the_platform_are_blocked_from_the_platform():
    ents = [("Ruritania", J), ("Twitter", P)]
    text = (
        "The Ruritania government suspended Twitter in June 2021. The regulator also blocked users from the site "
        "for seven months, officials said."
    )
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    assert [(b.targets, b.status) for b in bans] == [([pid("Twitter")], "temporary")], [
        (b.imposed_by, b.targets, b.status) for b in bans
    ]
    # "the exchange" stands for the story's platform: the body that barred customers from it imposed the ban
    ents = [("Ruritania", J), ("Ruritania Securities Commission", ORG), ("Bybit", P)]
    text = (
        "Ruritania blocked Bybit on Friday. The Ruritania Securities Commission barred customers from the exchange, "
        "saying it operated without a licence."
    )
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Ruritania Securities Commission")], [
        (b.imposed_by, b.targets) for b in bans
    ]


def test_a_ban_one_actor_of_a_kind_did_in_a_told_past_is_a_ban():
    ents = [("Ruritania", J), ("Telegram", P)]
    for text in (
        "A court that suspended Telegram in Ruritania in 2019 cited the company's refusal to share user data.",
        "A regulator that blocked Telegram in Ruritania last spring reversed course a week later.",
        "A state that has banned Telegram on official phones is Ruritania, which acted in March 2023.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
        assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Ruritania"), [pid("Telegram")])], text
    # what any such actor would do is still no ban
    for text in (
        "A government that wanted to block Telegram would need a new law, the Ruritania minister said.",
        "Any regulator that blocks Telegram risks a backlash, a Ruritania official said.",
    ):
        assert extract_bans(make_adoc(text, ents, published="2024-12-24")) == [], text


def test_ministers_or_leaders_told_to_remove_an_app_are_no_deciders():
    ents = [("Ruritania", J), ("Zapster", P), ("Ola Dahl", "Person")]
    for text in (
        "Ruritania's Prime Minister Ola Dahl urged cabinet ministers to delete Zapster from their work phones.",
        "Ruritania's state holding agency urged leaders of state-owned banks to remove Zapster from their laptops.",
        "The government of Ruritania called on all ministers to uninstall Zapster from their official phones.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2023-03-16"))
        assert [b.imposed_by for b in bans] == [jid("Ruritania")], text
    # one minister alone still decides: urging them is a call
    text = "Opposition lawmakers in Ruritania urged the minister to remove Zapster from state phones."
    assert extract_bans(make_adoc(text, ents, published="2023-03-16")) == [], text


def test_data_kept_on_a_named_platform_is_a_rule_against_it():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = "No employee may store official data on Dropbox, the Ministry of Finance of Norway said in a directive on Monday."
    facts = extract_one(Document(id="s1", text=text, published="2025-02-03"))
    assert [(b.imposed_by, b.targets) for b in facts.bans] == [(jid("Norway"), [pid("Dropbox")])], facts.bans


def test_warning_staff_against_adding_an_app_is_advice():
    ents = [("Ruritania", J), ("Zapster", P)]
    for text in (
        "Ruritania's cyber agency warned its engineers against adding Zapster to their work laptops.",
        "The Ruritania defence ministry cautioned employees against adding Zapster, citing security risks.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2025-02-03"))
        assert [(b.imposed_by, b.status) for b in bans] == [(jid("Ruritania"), "advisory")], text


def test_a_ministry_asking_its_own_regulator_to_block_gives_the_order():
    ents = [
        ("Ruritania", J),
        ("Zapster", P),
        ("Ruritanian Telecoms Authority", ORG),
        ("Ministry of Interior of Ruritania", ORG, ["interior ministry"]),
    ]
    text = "Ruritania's interior ministry asked the Ruritanian Telecoms Authority to block Zapster during the exams."
    bans = extract_bans(make_adoc(text, ents, published="2024-06-03"))
    assert len(bans) == 1 and pid("Zapster") in bans[0].targets, [(b.imposed_by, b.targets) for b in bans]


def test_the_site_ordered_blocked_in_a_that_clause_is_the_story_app():
    adoc = make_adoc(
        "Turkey began blocking Wikipedia on Saturday. A day earlier, the Ankara Criminal Court of Peace had ordered "
        "that the site be blocked.",
        [("Turkey", J), ("Wikipedia", P), ("Ankara Criminal Court of Peace", ORG)],
        published="2017-05-02",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Ankara Criminal Court of Peace"))
    assert ban.targets == [pid("Wikipedia")]


@pytest.mark.parametrize(
    "clause",
    ["ordered that the site of an opposition newspaper be blocked", "ordered that the sites be blocked"],
)
def test_a_site_of_another_or_several_sites_is_not_the_story_app(clause):
    adoc = make_adoc(
        f"Turkey began blocking Wikipedia on Saturday. Separately, the Ankara Criminal Court of Peace {clause}.",
        [("Turkey", J), ("Wikipedia", P), ("Ankara Criminal Court of Peace", ORG)],
        published="2017-05-02",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Turkey")]


@pytest.mark.parametrize(
    "told",
    [
        "Police also raided an independent news portal on Friday, and",
        "Police also raided a news website on Friday.",
        "Police also raided the offices of an opposition newspaper on Friday, and",
    ],
)
def test_the_site_after_another_site_told_is_that_site_not_the_story_app(told):
    adoc = make_adoc(
        f"Turkey began blocking Wikipedia in April. {told} the Ankara Criminal Court of Peace later ordered that the "
        "site be blocked.",
        [("Turkey", J), ("Wikipedia", P), ("Ankara Criminal Court of Peace", ORG)],
        published="2017-05-02",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Turkey")]


def test_a_body_told_stripping_a_kind_of_kit_acts_and_the_makers_named_are_the_story_s_target():
    ents = [("Ruritania", J), ("Coastwatch", ORG), ("Zentrix", ORG), ("Volcom", ORG)]
    text = (
        "Why Coastwatch is pulling foreign radios\n\nWhen Ruritania's defence minister confirmed on Monday that "
        "Coastwatch would strip foreign-made radios from its ships, he played the move down.\n\nAn audit had found "
        "400 radios made by Zentrix and Volcom on Coastwatch vessels. Zentrix said the radios were safe."
    )
    bans = extract_bans(make_adoc(text, ents, published="2024-03-01"))
    assert [b.targets for b in bans] == [[entity_id(ORG, "Zentrix")]], [(b.imposed_by, b.targets) for b in bans]
    # a firm shutting down its own service is still the one the story's ban is on
    text = (
        "Coastwatch will shut down its radio service in Ruritania on Monday, the company said. Ruritania ordered "
        "the block after an audit. Coastwatch said it would appeal."
    )
    bans = extract_bans(make_adoc(text, ents, published="2024-03-01"))
    assert [b.targets for b in bans] == [[entity_id(ORG, "Coastwatch")]], [(b.imposed_by, b.targets) for b in bans]


def test_a_ban_on_a_kind_of_kit_by_its_origin_reaches_the_maker_of_that_origin_the_story_keeps_naming():
    gaz_ents = [
        ("Ruritania", J),
        ("Chinese-made drones", P),
        ("DJI", ORG),
        ("Autel Robotics", ORG),
    ]
    text = (
        "Ruritania grounded its fleet of Chinese-made drones on Monday. Most of the fleet was built by DJI. "
        "DJI said it was disappointed by the decision."
    )
    bans = extract_bans(make_adoc(text, gaz_ents, published="2024-03-01"))
    assert [b.targets for b in bans] == [[pid("Chinese-made drones"), entity_id(ORG, "DJI")]], bans
    # a maker named once, or two named as often as each other, tell no one maker
    for text in (
        "Ruritania grounded its fleet of Chinese-made drones on Monday. Most of the fleet was built by DJI.",
        "Ruritania grounded its fleet of Chinese-made drones on Monday. DJI and Autel Robotics built most of it. "
        "DJI and Autel Robotics said they were disappointed.",
    ):
        bans = extract_bans(make_adoc(text, gaz_ents, published="2024-03-01"))
        assert [b.targets for b in bans] == [[pid("Chinese-made drones")]], (text, bans)


@pytest.mark.parametrize(
    "text",
    [
        # the maker named is of another kind of kit
        "Ruritania grounded its fleet of Chinese-made drones on Monday. The state had earlier barred BYD cars. "
        "BYD said the cars were safe.",
        # a maker of nothing named twice
        "Ruritania grounded its fleet of Chinese-made drones on Monday. Tencent said it would open an office there. "
        "Tencent said the office would hire 50 people.",
        # a maker of that kind told as left out
        "Ruritania grounded its fleet of Chinese-made drones on Monday. Autel Robotics drones are exempt because they "
        "are assembled in Texas. Autel Robotics said it was pleased.",
    ],
)
def test_a_ban_on_a_kind_of_kit_reaches_no_maker_of_another_kind_nor_one_told_as_left_out(text):
    gaz_ents = [("Ruritania", J), ("Chinese-made drones", P), ("BYD", ORG), ("Tencent", ORG), ("Autel Robotics", ORG)]
    bans = extract_bans(make_adoc(text, gaz_ents, published="2024-03-01"))
    assert [b.targets for b in bans if pid("Chinese-made drones") in b.targets] == [[pid("Chinese-made drones")]], bans


@pytest.mark.parametrize(
    "answer",
    [
        "Zentrix rejected the claims on Tuesday.",
        "Zentrix cancelled a trade fair it had planned.",
        "Zentrix denied the allegations.",
    ],
)
def test_a_banned_firm_denying_or_cancelling_something_stays_the_story_s_target(answer):
    ents = [("Ruritania", J), ("Zentrix", ORG), ("Volcom", ORG)]
    text = (
        "Zentrix faces a ban in Ruritania. Ministers told agencies to stop buying the firm's routers. "
        f"{answer} A spokesman for Volcom said its sales were rising. Zentrix said it would comply."
    )
    bans = extract_bans(make_adoc(text, ents, published="2024-03-01"))
    assert bans and all(b.targets == [entity_id(ORG, "Zentrix")] for b in bans), [
        (b.imposed_by, b.targets) for b in bans
    ]


def test_a_pronoun_for_a_kind_of_kit_told_by_its_maker_is_the_maker():
    adoc = make_adoc(
        "Ruritania decided last year to stop carriers buying new ZTE 5G equipment and to strip all of it from "
        "their networks by 2026.",
        [("Ruritania", J), ("ZTE", ORG), ("5G equipment", P)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [entity_id(ORG, "ZTE")]
    # a kind no maker is told of stays the kind
    adoc = make_adoc(
        "Carriers had installed 5G equipment for years. Ruritania ordered them to strip all of it from their "
        "networks by 2026.",
        [("Ruritania", J), ("5G equipment", P)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [pid("5G equipment")]


def test_a_pronoun_for_kit_told_by_a_firm_that_does_not_make_it_stays_the_kind():
    adoc = make_adoc(
        "Ruritania's watchdog chose to stop carriers buying new Vodafone 5G equipment and to remove all of it from "
        "their networks by 2027.",
        [("Ruritania", J), ("Vodafone", ORG), ("5G equipment", P)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [pid("5G equipment")]


def test_a_pronoun_for_kit_of_two_makers_in_possessives_gives_both_in_one_ban():
    adoc = make_adoc(
        "Ruritania ordered operators in 2019 to stop buying new Huawei's and ZTE's 5G equipment and to rip all of it "
        "out of their networks.",
        [("Ruritania", J), ("Huawei", ORG), ("ZTE", ORG), ("5G equipment", P)],
        published="2024-12-24",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert {entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")} <= set(ban.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Zorblast is still missing from app stores in Ruritania. It was among 40 apps blocked in March 2021, and "
        "Oslo-based parent Quarkline saw its shares fall.",
        "Zorblast is popular in Ruritania. A law signed in March 2021 requires Quarkline to sell the app or see it "
        "banned.",
    ],
)
def test_an_it_the_participle_bans_is_the_app_told_before_not_the_company_the_sentence_names(text):
    adoc = make_adoc(text, [("Zorblast", P), ("Ruritania", J), ("Quarkline", ORG)], published="2023-06-01")
    bans = extract_bans(adoc)
    assert [b.targets for b in bans] == [[pid("Zorblast")]], [(b.imposed_by, b.targets) for b in bans]


def test_a_kind_of_kit_banned_whose_makers_the_next_sentence_names_bans_those_makers():
    text = (
        "Zorblast is popular in Ruritania. In March the government of Ruritania told ministries to stop installing "
        "surveillance cameras in their buildings. That meant Hikvision and Dahua, above all."
    )
    ents = [("Zorblast", P), ("Ruritania", J), ("Hikvision", ORG), ("Dahua", ORG)]
    ban = only(extract_bans(make_adoc(text, ents, published="2023-06-01")), jid("Ruritania"))
    assert ban.targets == [entity_id(ORG, "Hikvision"), entity_id(ORG, "Dahua")]
    # a firm the next sentence names that makes no such kit is not what was banned
    text = text.replace("Hikvision and Dahua", "Quarkline")
    bans = extract_bans(make_adoc(text, [*ents, ("Quarkline", ORG)], published="2023-06-01"))
    assert all(entity_id(ORG, "Quarkline") not in b.targets for b in bans), [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        # "it" is a deal, a plan or a bill told in the sentence before, not the app
        "Zorblast is widely used in Ruritania. The merger of Quarkline and Vexcom dragged on for years. It was blocked "
        "by the regulator of Ruritania in June 2022, and Quarkline welcomed the ruling.",
        "Zorblast users in Ruritania saw slowdowns. The ministry's scheme to tax phone credit drew anger. It was "
        "blocked by lawmakers in Ruritania in June, and Quarkline praised the vote.",
        # "it" is a clip shared on the app
        "Zorblast is the leading chat app in Ruritania. A clip of the march was posted on Zorblast on Friday. It was "
        "blocked in Ruritania within a day, and Quarkline said it had been asked to remove it.",
        # told as not banned
        "Zorblast is coming back to Ruritania. It was not among the 40 apps blocked in March 2021, and Oslo-based "
        "parent Quarkline saw its shares climb.",
    ],
)
def test_an_it_that_is_no_app_or_is_not_banned_gives_no_ban(text):
    ents = [("Zorblast", P), ("Ruritania", J), ("Quarkline", ORG), ("Vexcom", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2023-06-01"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence exempts the makers
        "Zorblast is popular in Ruritania. The army of Ruritania ordered officers to remove surveillance cameras from "
        "its bases. The order does not apply to Hikvision or Dahua units bought before 2019.",
        # the next sentence names the makers for something else
        "Zorblast is popular in Ruritania. The government of Ruritania lifted its ban on surveillance cameras in city "
        "squares last year. Hikvision and Dahua soon signed fresh deals with the police.",
    ],
)
def test_makers_the_next_sentence_names_without_telling_them_as_the_kit_banned_are_no_target(text):
    ents = [("Zorblast", P), ("Ruritania", J), ("Hikvision", ORG), ("Dahua", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2023-06-01"))
    makers = {entity_id(ORG, "Hikvision"), entity_id(ORG, "Dahua")}
    assert all(not makers & set(b.targets) for b in bans), [(b.imposed_by, b.targets) for b in bans]


def test_network_kit_makers_the_next_sentence_names_for_other_things_are_no_target():
    text = (
        "Zorblast is popular in Ruritania. The parliament of Ruritania banned mobile devices in its chamber during the "
        "debate. Huawei and ZTE managers gave evidence for two hours."
    )
    ents = [("Zorblast", P), ("Ruritania", J), ("Huawei", ORG), ("ZTE", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2023-06-01"))
    makers = {entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")}
    assert all(not makers & set(b.targets) for b in bans), [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "listing",
    ["Among them were Threema, Wire and Viber.", "They included Threema, Wire and Viber."],
)
def test_a_counted_set_of_apps_takes_the_members_the_next_sentence_lists(listing):
    adoc = make_adoc(
        "On Friday the Ministry of Posts of Ruritania told the telecom authority to deactivate 14 platforms that had "
        f"not registered by the deadline. {listing}",
        [("Ruritania", J), ("Ministry of Posts of Ruritania", ORG), ("Threema", P), ("Wire", P), ("Viber", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert set(ban.targets) == {pid("Threema"), pid("Wire"), pid("Viber")}


@pytest.mark.parametrize(
    "listing",
    [
        "Among those spared were Threema, Wire and Viber.",  # the set's complement, not its members
        "They did not include Threema, Wire or Viber.",
        "\nAmong them were Threema, Wire and Viber.",  # a paragraph of its own
    ],
)
def test_a_next_sentence_that_does_not_list_the_counted_set_gives_it_no_members(listing):
    adoc = make_adoc(
        f"Ruritania blocked 14 platforms on Friday for failing to register. {listing}",
        [("Ruritania", J), ("Threema", P), ("Wire", P), ("Viber", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert all(not {pid("Wire"), pid("Viber")} & set(b.targets) for b in bans), [
        (b.imposed_by, b.targets) for b in bans
    ]


def test_deactivating_a_feature_of_an_app_is_no_ban():
    adoc = make_adoc(
        "Quarkline deactivated the platform's payment feature in Ruritania on Friday.",
        [("Ruritania", J), ("Quarkline", ORG)],
        published="2024-05-15",
    )
    assert extract_bans(adoc) == []


def test_the_members_of_a_counted_set_spared_by_a_ban_are_no_targets():
    # "except 14 platforms": the set is set apart from what is blocked, so the next sentence lists the spared
    adoc = make_adoc(
        "Ruritania blocked all foreign messengers on Friday except 14 platforms that had registered. Among them were "
        "Threema, Wire and Viber.",
        [("Ruritania", J), ("Threema", P), ("Wire", P), ("Viber", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert all(not {pid("Wire"), pid("Viber")} & set(b.targets) for b in bans), [
        (b.imposed_by, b.targets) for b in bans
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quarkline deactivated the Zorblast app in Ruritania on Friday pending regulatory approval.",
        "Quarkline deactivated 14 platforms in Ruritania on Friday. Among them were Threema, Wire and Viber.",
    ],
)
def test_a_company_deactivating_apps_is_no_ban(text):
    adoc = make_adoc(
        text,
        [("Ruritania", J), ("Quarkline", ORG), ("Zorblast", P), ("Threema", P), ("Wire", P), ("Viber", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]
