"""Ban extraction on sentences written for these tests (not from the corpus): triggers, actors, scope, status, merging."""

import pytest
from test_extract_bans_support import ORG, J, P, jid, make_adoc, only, pid

from loaders.extract.bans import BanExtractor, extract_bans
from loaders.model import entity_id


def test_active_ban_with_coordinated_targets_is_one_ban():
    adoc = make_adoc(
        "Portugal has banned Snapchat, WeChat and Telegram across the country, the government said on Tuesday.",
        [("Portugal", J), ("Snapchat", P), ("WeChat", P), ("Telegram", P)],
        published="2024-02-08",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert set(ban.targets) == {pid("Snapchat"), pid("WeChat"), pid("Telegram")}
    assert ban.scope == "nationwide"
    assert ban.status == "in_force"
    assert ban.announced == "2024-02-06"  # "on Tuesday" before a Thursday paper
    assert ban.evidence and ban.evidence[0].extractor.startswith("bans.")
    assert ban.evidence[0].document_id == adoc.document.id


def test_passive_ban_with_agent():
    adoc = make_adoc(
        "Last month WeChat was prohibited on official phones by Denmark.",
        [("Denmark", J), ("WeChat", P)],
        published="2024-05-20",
    )
    ban = only(extract_bans(adoc), jid("Denmark"))
    assert ban.targets == [pid("WeChat")]
    assert ban.scope == "government_devices"
    assert ban.announced == "2024-04"


def test_ministry_acts_for_its_country_and_regulator_for_itself():
    adoc = make_adoc(
        "The Italian Data Protection Authority blocked Replika nationwide. "
        "Separately, the Ministry of Defence of Norway ordered soldiers to delete Telegram from their service phones.",
        [
            ("Italian Data Protection Authority", ORG),
            ("Replika", P),
            ("Norway", J),
            ("Ministry of Defence of Norway", ORG),
            ("Telegram", P),
        ],
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "Italian Data Protection Authority")).targets == [pid("Replika")]
    norway = only(bans, jid("Norway"))
    assert norway.targets == [pid("Telegram")]
    assert norway.scope == "military_devices"


def test_advice_is_advisory_not_in_force():
    adoc = make_adoc(
        "Austria's cybersecurity agency urged civil servants to uninstall Temu from their work laptops.",
        [("Austria", J), ("Temu", P)],
    )
    ban = only(extract_bans(adoc), jid("Austria"))
    assert ban.status == "advisory"
    assert ban.scope == "government_devices"


def test_bill_that_would_ban_is_proposed():
    adoc = make_adoc(
        "Two senators introduced a bill in the Australian Senate that would ban Douyin in Australia.",
        [("Australia", J), ("Australian Senate", ORG), ("Douyin", P)],
    )
    bans = extract_bans(adoc)
    assert bans, "a proposed ban is still a ban"
    assert all(b.status == "proposed" for b in bans)
    assert any(pid("Douyin") in b.targets for b in bans)


def test_signed_law_is_enacted_and_state_wide_scope():
    adoc = make_adoc(
        "Governor Jane Roe signed a law that bans CapCut on state-issued devices in Montana.",
        [("Montana", J), ("Jane Roe", "Person"), ("CapCut", P)],
    )
    ban = only(extract_bans(adoc), jid("Montana"))
    assert ban.status == "enacted_law"
    assert ban.scope == "government_devices"


def test_temporary_suspension():
    adoc = make_adoc(
        "Kenya suspended Worldcoin for 90 days, the interior ministry said.",
        [("Kenya", J), ("Worldcoin", P)],
    )
    assert only(extract_bans(adoc), jid("Kenya")).status == "temporary"


def test_scope_from_device_and_network_words():
    adoc = make_adoc(
        "Finland barred ZTE equipment from its 5G networks. "
        "The Bundestag removed Threads from all devices on the parliamentary network.",
        [("Finland", J), ("ZTE", ORG), ("Bundestag", ORG), ("Threads", P)],
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Finland")).scope == "telecom_network"
    assert only(bans, entity_id(ORG, "Bundestag")).scope == "legislature_devices"


def test_closing_an_account():
    adoc = make_adoc(
        "The Irish parliament closed its Threads account after two days.",
        [("Irish parliament", ORG), ("Threads", P)],
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Irish parliament"))
    assert ban.scope == "account_closure"


def test_re_mentions_merge_into_one_ban_with_the_most_precise_date():
    adoc = make_adoc(
        "Latvia has blocked Kick across the country. "
        "The order was issued on Monday by the regulator. "
        "The ban was welcomed by parents.",
        [("Latvia", J), ("Kick", P)],
        published="2024-03-14",
    )
    bans = extract_bans(adoc)
    ban = only(bans, jid("Latvia"))
    assert len(ban.evidence) >= 2
    assert ban.announced == "2024-03-11"


def test_bans_in_passing_and_similar_steps_take_the_target_from_context():
    adoc = make_adoc(
        "Estonia removed Telegram from government phones in January. "
        "Lithuania, Poland and Slovakia have also taken comparable measures. "
        "Croatia followed suit by imposing a ban on official devices.",
        [("Estonia", J), ("Telegram", P), ("Lithuania", J), ("Poland", J), ("Slovakia", J), ("Croatia", J)],
        published="2024-06-01",
    )
    bans = extract_bans(adoc)
    for country in ("Estonia", "Lithuania", "Poland", "Slovakia", "Croatia"):
        assert only(bans, jid(country)).targets == [pid("Telegram")]
    assert only(bans, jid("Estonia")).announced == "2024-01"


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="AnnotatedDoc"):
        extract_bans("Nepal banned TikTok")  # type: ignore[arg-type]


def test_covered_list_and_court_blocking():
    adoc = make_adoc(
        "The Federal Communications Commission added Hytera to its covered list on Friday. "
        "A federal judge blocked Utah's ban on Temu before it took effect.",
        [("Federal Communications Commission", ORG), ("Hytera", ORG), ("Utah", J), ("Temu", P)],
        published="2024-04-15",
    )
    bans = extract_bans(adoc)
    fcc = only(bans, entity_id(ORG, "Federal Communications Commission"))
    assert fcc.targets == [entity_id(ORG, "Hytera")]
    assert fcc.announced == "2024-04-12"
    utah = only(bans, jid("Utah"))
    assert utah.status == "blocked_by_court"
    assert not any(b.imposed_by.startswith("person/") for b in bans)


def test_consumer_advice_is_nationwide_and_headline_stays_in_its_paragraph():
    adoc = make_adoc(
        "Slovenia warns against Xiaomi, days after blocking Kick\n\n"
        "Slovenia's cybersecurity office recommended that consumers throw away Xiaomi phones.",
        [("Slovenia", J), ("Xiaomi", ORG), ("Kick", P)],
    )
    bans = extract_bans(adoc)
    advice = [b for b in bans if entity_id(ORG, "Xiaomi") in b.targets]
    assert len(advice) == 1
    assert advice[0].status == "advisory"
    assert advice[0].scope == "nationwide"
    assert entity_id(P, "Kick") not in advice[0].targets


def test_passive_court_block_marks_the_ban():
    adoc = make_adoc(
        "Utah's ban on Temu was blocked by a federal court on Monday.",
        [("Utah", J), ("Temu", P)],
    )
    assert only(extract_bans(adoc), jid("Utah")).status == "blocked_by_court"


def test_coordinated_imposers_share_the_date_and_armed_forces_ban_military_devices():
    adoc = make_adoc(
        "Ireland and Iceland have banned Temu on government phones, officials said on Wednesday. "
        "Finland's armed forces also banned Temu on work phones last month.",
        [("Ireland", J), ("Iceland", J), ("Finland", J), ("Temu", P)],
        published="2024-01-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ireland")).announced == only(bans, jid("Iceland")).announced == "2024-01-10"
    finland = only(bans, jid("Finland"))
    assert finland.scope == "military_devices"
    assert finland.announced == "2023-12"


def test_malformed_lexicon_is_named(tmp_path, monkeypatch):
    from loaders.extract import lexicon as lexicon_module

    bad = tmp_path / "lexicon.yaml"
    bad.write_text("ban: {verbs: [ban]}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "LEXICON_PATH", bad)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match="actors"):
            lexicon_module.lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()
    assert "ban" in lexicon_module.words("ban", "verbs")


def test_a_lexicon_key_told_twice_is_named(tmp_path, monkeypatch):
    """YAML keeps the last of two lists under one name: one of them would silently never be read."""
    from loaders.extract import lexicon as lexicon_module

    sections = "".join(f"{name}: {{}}\n" for name in ("actors", "scope", "status", "statement", "follow"))
    bad = tmp_path / "lexicon.yaml"
    bad.write_text(f"ban: {{verbs: [ban]}}\n{sections}ban_rules:\n  cuts: [cut]\n  cuts: [sever]\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "LEXICON_PATH", bad)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match=r"(?s)lexicon\.yaml.*'cuts' told twice.*line 9"):
            lexicon_module.lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "null", "1"])
def test_lexicon_word_yaml_reads_as_no_string_is_named(tmp_path, monkeypatch, word):
    """A bare word YAML 1.1 reads as a bool, None or number would leave a list no lemma is found in: refused, named."""
    from loaders.extract import lexicon as lexicon_module

    sections = "".join(f"{name}: {{}}\n" for name in ("actors", "scope", "status", "statement", "follow", "ban_rules"))
    bad = tmp_path / "lexicon.yaml"
    bad.write_text(f"ban: {{verbs: [ban, {word}]}}\n{sections}", encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "LEXICON_PATH", bad)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match=r"ban\.verbs.*quote it"):
            lexicon_module.lexicon()
        bad.write_text(f"ban: {{verbs: [ban, '{word}']}}\n{sections}", encoding="utf-8")
        lexicon_module.lexicon.cache_clear()
        assert word in lexicon_module.words("ban", "verbs")
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


def test_ban_rules_section_holds_word_sets():
    """lexicon.yaml's ``ban_rules``: each entry a set of lower-case words (a bare YAML on/off/yes/no would turn an
    entry into a list with a bool), read by the constants of the same name in loaders/extract/bans/."""
    from loaders.extract.bans import clauses, triggers
    from loaders.extract.lexicon import words

    section = words("ban_rules")
    assert section, "ban_rules is empty"
    for name, entry in section.items():
        assert isinstance(entry, frozenset), name
        assert all(isinstance(w, str) and w == w.lower() and w.strip() for w in entry), name
    assert clauses._MIRRORING == section["mirroring"]
    assert triggers._SUPPLYING <= triggers._ALLOWED_DOINGS
    assert "maintain" not in triggers._ALLOWED_DOINGS


def test_a_year_told_with_its_of_names_the_rules_not_the_ban():
    """ "under the rules of 2009": the date expression that took in its "of" is the rules' year, as "the election of
    2019" is the election's; the ban keeps the day its sentence tells."""
    adoc = make_adoc(
        "Myanmar said on Tuesday that it had blocked Zoom and Viber under the emergency rules of 2011.",
        [("Myanmar", J), ("Zoom", P), ("Viber", P)],
        published="2023-05-18",
    )
    (ban,) = extract_bans(adoc)
    assert set(ban.targets) == {pid("Zoom"), pid("Viber")}
    assert ban.announced == "2023-05-16"


def test_a_year_of_another_event_dates_the_bans_its_when_clause_tells():
    """ "the election of 2019, when X blocked Y": the event's year is the time of the bans its 'when' clause tells."""
    for text in (
        "It recalls the election of 2019, when Sri Lanka blocked Facebook and WhatsApp.",
        "It recalls the protests of 2019, when Sri Lanka blocked Facebook and WhatsApp.",
    ):
        adoc = make_adoc(text, [("Sri Lanka", J), ("Facebook", P), ("WhatsApp", P)], published="2024-05-18")
        (ban,) = extract_bans(adoc)
        assert ban.announced == "2019", text


def test_did_the_same_is_a_ban_in_passing_dated_by_its_own_phrase():
    adoc = make_adoc(
        "Latvia banned Temu on government phones on Monday. Lithuania did the same in December.",
        [("Latvia", J), ("Lithuania", J), ("Temu", P)],
        published="2024-03-14",
    )
    lithuania = only(extract_bans(adoc), jid("Lithuania"))
    assert lithuania.targets == [pid("Temu")]
    assert lithuania.scope == "government_devices"
    assert lithuania.announced == "2023-12"


def test_plans_and_failures():
    adoc = make_adoc(
        "The Norwegian Media Authority fined Telegram for failing to remove illegal content. "
        "Norway is considering a ban on Telegram, the minister said.",
        [("Norway", J), ("Telegram", P), ("Norwegian Media Authority", ORG)],
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Norway")).status == "proposed"
    assert not [b for b in bans if b.imposed_by == entity_id(ORG, "Norwegian Media Authority")]


# -- generalisation to unseen outlets: dates and status of bans told in passing or blocked


def test_bans_listed_in_passing_take_no_publication_date():
    adoc = make_adoc(
        "Ireland will ban Telegram on all government phones, the minister announced on Tuesday. "
        "The decision follows advice from the security services. "
        "Norway, Denmark and Finland have all banned the app from official phones in recent weeks.",
        [("Ireland", J), ("Norway", J), ("Denmark", J), ("Finland", J), ("Telegram", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ireland")).announced == "2024-04-09"
    for country in ("Norway", "Denmark", "Finland"):
        assert only(bans, jid(country)).announced is None


def test_a_court_blocking_a_law_from_being_enforced_blocks_the_ban_and_not_dates_it():
    adoc = make_adoc(
        "A federal judge on Friday blocked Idaho from enforcing a law that would have banned Telegram "
        "across the state starting March 1. Governor Brad Little signed the bill into law in June.",
        [("Idaho", J), ("Telegram", P)],
        published="2024-11-20",
    )
    ban = only(extract_bans(adoc), jid("Idaho"))
    assert ban.status == "blocked_by_court"
    assert ban.announced == "2024-06"
    assert ban.effective == "2025-03-01"


def test_a_suspension_until_the_company_complies_is_temporary():
    adoc = make_adoc(
        "Chile's data protection agency said on Monday it had suspended new downloads of Telegram "
        "until the company complies with the country's privacy law.",
        [("Chile", J), ("Telegram", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.status == "temporary" for b in bans)


@pytest.mark.parametrize(
    ("end", "status"),
    [
        ("the suspension will continue until the company names a local representative", "temporary"),
        ("the suspension will last until the company names a local representative", "temporary"),
        # "remain" tells the ban standing, as "remains in force until ..." does
        ("the suspension will remain until the company complies with the court's orders", "in_force"),
        ("the suspension will continue until further notice", "in_force"),
        ("the suspension will not continue once the company names a local representative", "in_force"),
        # no end in view: the lasting guessed at, left to the rulers' word, or ended by a ban that stays
        ("the suspension could continue until the company names a local representative", "in_force"),
        ("the suspension will continue until the ministry decides otherwise", "in_force"),
        ("the suspension will continue until a permanent ban can be adopted", "in_force"),
        ("the suspension will continue until congress passes a bill banning the app", "in_force"),
    ],
)
def test_a_suspension_told_to_last_until_an_end_in_view_is_temporary(end, status):
    adoc = make_adoc(
        "Peru's data protection authority said on Monday that new downloads of Telegram are suspended since "
        f"Saturday, and {end}.",
        [("Peru", J), ("Telegram", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.status == status for b in bans), [(b.status, b.targets) for b in bans]


def test_a_suspension_the_same_sentence_says_ended_with_the_app_back_is_temporary():
    for text in (
        "In May, Chile's privacy regulator suspended new downloads of Telegram; it returned to app stores in July "
        "after the company rewrote its privacy policy.",
        "In Chile, the privacy regulator suspended new downloads of Telegram in May, and allowed them again in July.",
    ):
        bans = extract_bans(make_adoc(text, [("Chile", J), ("Telegram", P)], published="2024-09-10"))
        assert bans and all(b.status == "temporary" for b in bans), text


def test_another_actor_or_a_condition_putting_an_app_back_leaves_the_suspension_in_force():
    for text in (
        "Chile's privacy regulator suspended new downloads of Telegram in May, and Peru allowed it again in July.",
        "Chile's privacy regulator suspended new downloads of Telegram in May; Signal returned to app stores in July.",
        "Chile's privacy regulator suspended new downloads of Telegram in May, and the app has not returned to stores.",
    ):
        ents = [("Chile", J), ("Peru", J), ("Telegram", P), ("Signal", P)]
        bans = [b for b in extract_bans(make_adoc(text, ents, published="2024-09-10")) if b.imposed_by == jid("Chile")]
        assert bans and all(b.status == "in_force" for b in bans), text


def test_a_countrys_regulator_named_in_the_story_imposes_its_own_ban():
    adoc = make_adoc(
        "Chile's privacy regulator suspends Telegram. "
        "The Consumer Data Commission ordered Telegram to temporarily stop processing Chilean users' data on Monday.",
        [("Chile", J), ("Telegram", P), ("Consumer Data Commission", ORG)],
        published="2024-04-10",
    )
    adoc.entities[entity_id(ORG, "Consumer Data Commission")].properties["country"] = "CL"
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {entity_id(ORG, "Consumer Data Commission")}
    assert all(b.status == "temporary" for b in bans)


def test_a_company_saying_it_disabled_its_app_is_not_a_ban_by_the_last_body_named():
    adoc = make_adoc(
        "The European Union adopted new privacy rules last year. "
        "Telegram said it had disabled the app for users in Chile at the request of the regulator.",
        [("European Union", ORG), ("Telegram", P), ("Chile", J)],
        published="2024-04-10",
    )
    assert [b for b in extract_bans(adoc) if b.imposed_by == entity_id(ORG, "European Union")] == []


def test_a_ban_in_an_after_clause_keeps_its_own_month_and_ministries_are_government_staff():
    adoc = make_adoc(
        "Austria has ordered all ministries to stop using Telegram, the chancellery said on Thursday. "
        "The move comes after Poland barred Telegram from federal agencies in January.",
        [("Austria", J), ("Poland", J), ("Telegram", P)],
        published="2024-09-13",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Austria")).scope == "government_devices"
    assert only(bans, jid("Poland")).announced == "2024-01"


def test_the_targets_own_country_describing_it_is_not_the_imposer():
    adoc = make_adoc(
        "A pair of lawmakers on Thursday introduced a bill that would ban the Chinese app DeepSeek from "
        "federal devices, warning that it could hand data to Beijing.",
        [("China", J, ["Chinese", "Beijing"]), ("DeepSeek", P)],
    )
    assert not [b for b in extract_bans(adoc) if b.imposed_by == jid("China")]


def test_urged_not_to_install_is_advice():
    adoc = make_adoc(
        "On Tuesday the justice minister of Chad urged state employees not to install Telegram on work phones.",
        [("Chad", J), ("Telegram", P)],
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert ban.status == "advisory"
    assert ban.scope == "government_devices"


def test_a_foreign_regulators_ban_does_not_absorb_the_story_countrys():
    adoc = make_adoc(
        "Germany banned Huawei from its 5G networks on Thursday. "
        "In 2020 the Swedish Post and Telecom Authority barred Huawei from new 5G networks.",
        [("Germany", J), ("Sweden", J, ["Swedish"]), ("Swedish Post and Telecom Authority", ORG), ("Huawei", ORG)],
        published="2024-07-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Germany")).announced == "2024-07-11"
    assert only(bans, entity_id(ORG, "Swedish Post and Telecom Authority")).announced == "2020"


def test_ordered_or_kicked_out_of_is_a_ban_but_ordered_to_is_not_by_itself():
    adoc = make_adoc(
        "In 2020 Britain ordered Huawei out of its 5G networks. Chad kicked Telegram out of the country in 2021.",
        [("United Kingdom", J, ["Britain"]), ("Chad", J), ("Huawei", ORG), ("Telegram", P)],
        published="2024-07-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("United Kingdom")).announced == "2020"
    assert only(bans, jid("Chad")).announced == "2021"
    adoc = make_adoc(
        "In 2020 Britain ordered Huawei to publish a report.", [("United Kingdom", J, ["Britain"]), ("Huawei", ORG)]
    )
    assert extract_bans(adoc) == []


def test_websites_blocked_elsewhere_do_not_borrow_the_storys_target():
    adoc = make_adoc(
        "Chad restricted TikTok nationwide on Thursday. Mali has blocked a number of websites in recent years.",
        [("Chad", J), ("Mali", J), ("TikTok", P)],
        published="2024-04-11",
    )
    assert not [b for b in extract_bans(adoc) if b.imposed_by == jid("Mali")]


def test_the_countrys_regulator_named_in_the_sentence_acts():
    regs = [("Telecom Regulatory Authority of Chad", ORG), ("Broadcasting Regulatory Authority of Chad", ORG)]
    adoc = make_adoc(
        "In 2023 the Broadcasting Regulatory Authority of Chad fined a television channel. "
        "Chad's telecoms regulator has blocked Instagram, according to a notice of the Telecom Regulatory "
        "Authority of Chad on Friday.",
        [("Chad", J), ("Instagram", P), *regs],
        published="2024-08-02",
    )
    ban = next(b for b in extract_bans(adoc) if pid("Instagram") in b.targets)
    assert ban.imposed_by == entity_id(ORG, "Telecom Regulatory Authority of Chad")


def test_a_courts_earlier_ban_does_not_absorb_the_countrys_later_one():
    adoc = make_adoc(
        "Brazil suspended Telegram on Wednesday. In March 2022 the Supreme Federal Court blocked Telegram nationwide.",
        [("Brazil", J), ("Supreme Federal Court", ORG), ("Telegram", P)],
        published="2023-04-27",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Brazil")).announced == "2023-04-26"
    assert only(bans, entity_id(ORG, "Supreme Federal Court")).announced == "2022-03"


def test_the_authorities_and_the_country_are_the_storys_jurisdiction():
    adoc = make_adoc(
        "Chad blocked Instagram on Friday. The country blocked Wikipedia in 2017. "
        "Last month, the authorities also blocked the gaming platform Roblox.",
        [("Chad", J), ("Instagram", P), ("Wikipedia", P), ("Roblox", P)],
        published="2024-08-02",
    )
    bans = extract_bans(adoc)
    assert {t for b in bans if b.imposed_by == jid("Chad") for t in b.targets} == {
        pid("Instagram"),
        pid("Wikipedia"),
        pid("Roblox"),
    }


def test_a_similar_order_where_a_governor_acts_is_that_places():
    adoc = make_adoc(
        "Ohio banned DeepSeek on state devices on Monday. Ohio joins Texas, which banned DeepSeek late last "
        "month, and Virginia, where Gov. Glenn Youngkin issued a similar order on Tuesday. "
        "The Utah Department of Health has told its workers not to use Zoom.",
        [
            ("Ohio", J),
            ("Texas", J),
            ("Virginia", J),
            ("Utah", J),
            ("Glenn Youngkin", "Person"),
            ("DeepSeek", P),
            ("Zoom", P),
        ],
        published="2025-02-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Virginia")).announced == "2025-02-11"
    assert only(bans, jid("Utah")).status == "advisory"


def test_a_warning_against_using_an_app_is_advice():
    adoc = make_adoc(
        "The cyber security agency of Chad has issued a warning against the installation and use of Telegram "
        "on government phones, the agency said on Wednesday.",
        [("Chad", J), ("Telegram", P)],
        published="2023-03-09",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert ban.status == "advisory"
    assert ban.announced == "2023-03-08"


def test_a_separate_ban_elsewhere_is_not_the_storys_told_again():
    adoc = make_adoc(
        "Utah banned TikTok on state devices on Tuesday. Utah follows Idaho, which passed similar laws "
        "earlier this year. In Montana, a federal judge blocked a separate statewide ban in November.",
        [("Utah", J), ("Idaho", J), ("Montana", J), ("TikTok", P)],
        published="2024-03-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Utah")).status == "in_force"
    assert only(bans, jid("Idaho")).targets == [pid("TikTok")]
    assert only(bans, jid("Montana")).status == "blocked_by_court"


def test_a_senators_bill_belongs_to_the_country_whose_bodies_act_in_the_story():
    adoc = make_adoc(
        "The Philippine Senate has barred its employees from using DeepSeek, the Senate President said on Monday. "
        "Senator Ana Cruz filed a bill last week that would ban the app on all government devices. "
        "The move comes after South Korea and Italy restricted the app last month.",
        [
            ("Senate of the Philippines", ORG, ["Philippine Senate", "Senate"]),
            ("Philippines", J),
            ("South Korea", J),
            ("Italy", J),
            ("Ana Cruz", "Person"),
            ("DeepSeek", P),
        ],
        published="2025-02-17",
    )
    assert only(extract_bans(adoc), jid("Philippines")).status == "proposed"


def test_a_court_upholding_a_law_that_bans_is_not_the_imposer():
    adoc = make_adoc(
        "The Supreme Court of Chad on Friday upheld a national law that will ban TikTok nationwide from Sunday.",
        [("Supreme Court of Chad", ORG), ("Chad", J), ("TikTok", P)],
        published="2025-01-17",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Chad")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chad's data protection agency ordered Worldcoin to stop collecting data for up to three months.",
        "Chad's regulator ordered a 90-day suspension of Worldcoin on Monday.",
    ],
)
def test_a_suspension_with_a_duration_is_temporary(sentence):
    adoc = make_adoc(sentence, [("Chad", J), ("Worldcoin", P)], published="2024-03-06")
    bans = extract_bans(adoc)
    assert bans and all(b.status == "temporary" for b in bans)


def test_a_ban_that_took_effect_before_publication_is_dated_then():
    adoc = make_adoc(
        "Chad has blocked access to Telegram, according to a monitoring group. "
        "The restriction took effect late on Thursday.",
        [("Chad", J), ("Telegram", P)],
        published="2023-02-10",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert ban.announced == "2023-02-09"


def test_national_security_concerns_are_a_reason_not_a_reach():
    adoc = make_adoc(
        "Gov. Dana Reyes on Monday issued an order banning Snapchat on all state-owned devices, making Oregon "
        "the latest state to restrict the app amid mounting national security concerns.",
        [("Oregon", J), ("Snapchat", P), ("Dana Reyes", "Person")],
        published="2023-01-10",
    )
    ban = only(extract_bans(adoc), jid("Oregon"))
    assert ban.scope == "government_devices"


def test_a_similar_ban_takes_the_scope_the_text_told():
    adoc = make_adoc(
        "Oregon banned Snapchat on all state-owned devices on Monday, becoming the latest state to restrict the "
        "app amid mounting national security concerns. Idaho did the same on Tuesday.",
        [("Oregon", J), ("Idaho", J), ("Snapchat", P)],
        published="2023-01-12",
    )
    assert only(extract_bans(adoc), jid("Idaho")).scope == "government_devices"


def test_a_judge_named_by_surname_acts_for_the_court_named_earlier():
    adoc = make_adoc(
        "Supreme Court Justice Maria Lopes on Friday ordered the suspension of Rumble nationwide. "
        "Lopes used the same power in August 2024 to suspend Telegram for two weeks.",
        [("Supreme Court", ORG), ("Maria Lopes", "Person", ["Lopes"]), ("Rumble", P), ("Telegram", P), ("Chile", J)],
        published="2025-02-22",
    )
    bans = extract_bans(adoc)
    court = entity_id(ORG, "Supreme Court")
    assert {b.imposed_by for b in bans if pid("Telegram") in b.targets} == {court}


@pytest.mark.parametrize("noun", ["notice", "direction", "circular"])
def test_an_official_notice_re_mentions_the_ban_and_dates_it(noun):
    adoc = make_adoc(
        "Chile's Ministry of Interior has barred government agencies from using Snapchat on official devices. "
        f"The {noun} was issued on Friday, January 31, and covers all ministries.",
        [("Chile", J), ("Ministry of Interior", ORG), ("Snapchat", P)],
        published="2025-02-04",
    )
    assert only(extract_bans(adoc), jid("Chile")).announced == "2025-01-31"


def test_who_carries_out_a_ban_told_before_does_not_impose_it():
    adoc = make_adoc(
        "Chile will shut down Snapchat for one year, the president announced on Saturday. The closure will be "
        "implemented by the Telecommunications Authority, which must instruct providers to block the app.",
        [("Chile", J), ("Telecommunications Authority", ORG), ("Snapchat", P)],
        published="2024-12-22",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Chile")}


def test_restrictions_for_minors_are_not_a_ban_of_the_app():
    adoc = make_adoc(
        "Chile banned Snapchat nationwide on Saturday. Peru and Bolivia have also discussed restrictions for minors.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Snapchat", P)],
        published="2024-12-22",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Chile")}


def test_a_law_that_allows_authorities_to_suspend_is_a_power_not_a_ban():
    adoc = make_adoc(
        "Chile's Ministry of Transport has ordered providers to block Snapchat, a document showed on Friday. "
        "The ministry's legal basis is the Law on Telecommunications, which allows authorities to suspend "
        "services that violate Chilean law.",
        [("Chile", J), ("Ministry of Transport", ORG), ("Snapchat", P), ("Law on Telecommunications", "Law")],
        published="2025-05-24",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert ban.status == "in_force"


def test_temporarily_and_briefly_belong_to_their_own_verb():
    adoc = make_adoc(
        "Chile banned Snapchat on Monday. Last year, Peru briefly blocked Snapchat over explicit content, and "
        "Bolivia also blocked the app in November 2023. Ecuador temporarily suspended Snapchat in July 2020, and "
        "Uruguay banned the app in September 2020.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Ecuador", J), ("Uruguay", J), ("Snapchat", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Peru")).status == "temporary"
    assert only(bans, jid("Ecuador")).status == "temporary"
    assert only(bans, jid("Bolivia")).status == "in_force"
    assert only(bans, jid("Uruguay")).status == "in_force"


def test_similar_bans_in_two_places_each_with_a_where_clause():
    adoc = make_adoc(
        "Oregon banned Snapchat on all state-owned devices on Monday. The move follows similar bans in Idaho, "
        "where the governor signed an order on Nov. 29, and in Nevada, where the governor issued a directive "
        "last week.",
        [("Oregon", J), ("Idaho", J), ("Nevada", J), ("Snapchat", P)],
        published="2022-12-13",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Idaho")).scope == "government_devices"
    assert only(bans, jid("Nevada")).targets == [pid("Snapchat")]


def test_a_datelines_date_is_the_filing_not_the_ban():
    adoc = make_adoc(
        "LIMA, Dec 16 (Andes Wire) - Peru has temporarily suspended Snapchat after unrest in the south.\n\n"
        "The Interior Ministry said on Thursday that the suspension was imposed because the app was misused.",
        [("Peru", J), ("Snapchat", P), ("Interior Ministry", ORG)],
        published="2022-12-16",
    )
    assert only(extract_bans(adoc), jid("Peru")).announced == "2022-12-15"


def test_a_press_releases_place_and_date_are_its_dateline_not_the_ban():
    adoc = make_adoc(
        "Lisbon, 14 March 2024 \u2014 The Portuguese government on Tuesday adopted a decree barring Zapster from all "
        "official laptops and phones.",
        [("Portugal", J, ["Portuguese government"]), ("Zapster", P)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Portugal")).announced == "2024-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "Chile has barred ministries from installing Zapster on new laptops, a setback for the firm in one of its "
        "largest potential markets and a sign of things to come.",
        "The government of Chile approved a resolution prohibiting the use of Zapster in state administration.",
        "Chile shuts Zapster out of new government PCs.",
    ],
)
def test_the_states_own_kit_and_bodies_whatever_an_appositive_remarks(text):
    adoc = make_adoc(text, [("Chile", J), ("Zapster", P)], published="2024-03-14")
    assert only(extract_bans(adoc), jid("Chile")).scope == "government_devices"


def test_a_lawsuit_seeking_to_overturn_a_law_that_bans_leaves_the_law_enacted_not_proposed():
    adoc = make_adoc(
        "Zapster filed a lawsuit on Monday seeking to overturn Chile's new law banning the app, which the president "
        "signed last week.",
        [("Chile", J), ("Zapster", P)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Chile")).status == "enacted_law"


def test_a_ban_coordinated_with_an_undoing_is_a_second_plan_and_stays_proposed():
    # the undoing (withdraw a licence) and the ban are both planned; the ban is not what is being undone
    for text in (
        "Chile's government intends to withdraw the licence of Zapster and ban the app nationwide, the interior "
        "minister said on Thursday.",
        "The Chilean government plans to revoke the permit of Zapster and ban the platform across the country.",
    ):
        adoc = make_adoc(text, [("Chile", J, ["Chilean"]), ("Zapster", P)], published="2024-03-14")
        assert only(extract_bans(adoc), jid("Chile")).status == "proposed", text


def test_a_press_releases_weekday_is_reckoned_from_its_dateline():
    adoc = make_adoc(
        "Nairobi, 15 November 2023 \u2013 Kenya's government on Monday announced a ban on Zapster, saying the app "
        "spread hateful content.",
        [("Kenya", J, ["Kenya's government"]), ("Zapster", P)],
        published="2024-03-20",
    )
    assert only(extract_bans(adoc), jid("Kenya")).announced == "2023-11-13"


def test_a_press_releases_dateline_dates_a_ban_its_text_gives_no_day():
    adoc = make_adoc(
        "Oslo, 4 February 2025 \u2013 The Norwegian government has barred Zapster from all official phones and "
        "laptops.",
        [("Norway", J, ["Norwegian government"]), ("Zapster", P)],
        published="2025-02-07",
    )
    assert only(extract_bans(adoc), jid("Norway")).announced == "2025-02-04"
    adoc = make_adoc(
        "Madrid, 30 January 2025 - Spain's government ordered an immediate block of Zapster, the Chinese chatbot.",
        [("Spain", J, ["Spain's government"]), ("Zapster", P)],
        published="2025-02-06",
    )
    ban = only(extract_bans(adoc), jid("Spain"))
    assert (ban.announced, ban.effective) == ("2025-01-30", "2025-01-30")


def test_did_the_same_days_later_is_a_similar_ban():
    adoc = make_adoc(
        "Peru banned Snapchat on work phones on Monday. The move follows the lead of the European Commission, "
        "which last month ordered its staff to remove Snapchat from work phones, and Chile, which did the same "
        "days later.",
        [("Peru", J), ("Chile", J), ("European Commission", ORG), ("Snapchat", P)],
        published="2023-03-07",
    )
    assert only(extract_bans(adoc), jid("Chile")).targets == [pid("Snapchat")]


# ---------------------------------------------------------------- generalisation round (written sentences)
def test_legislature_passing_a_bill_bans_itself():
    adoc = make_adoc(
        "In Canberra, the Australian Senate passed a bill on Tuesday that would ban Douyin on federal government devices.",
        [("Australia", J), ("Australian Senate", ORG), ("Douyin", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    ban = only(bans, entity_id(ORG, "Australian Senate"))  # the legislature that acts imposes its own (README)
    assert ban.status == "proposed"
    assert ban.scope == "government_devices"
    assert not [b for b in bans if b.imposed_by == jid("Australia")]


def test_legislators_named_as_persons_bringing_a_bill_ban_for_their_country():
    adoc = make_adoc(
        "Senators Ana Ruiz and Tom Hale introduced a bill in the Chilean Senate on Monday that would ban Douyin on "
        "government devices.",
        [("Chile", J), ("Chilean Senate", ORG), ("Douyin", P), ("Ana Ruiz", "Person"), ("Tom Hale", "Person")],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Chile")]  # the body is where the bill went, not who acted


def test_a_legislature_voting_a_ban_into_law_imposes_it():
    adoc = make_adoc(
        "The Storting voted on Thursday to ban Douyin on government devices, and the measure takes effect in May.",
        [("Norway", J), ("Storting", ORG), ("Douyin", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.scope, b.status) for b in bans] == [
        (entity_id(ORG, "Storting"), "government_devices", "enacted_law")  # a law for the government's devices
    ]


def test_a_law_making_it_illegal_for_an_app_to_operate_bans_it():
    adoc = make_adoc(
        "The Parliament of Chile approved a bill that makes it illegal for Douyin to operate in the country.",
        [("Chile", J), ("Parliament of Chile", ORG), ("Douyin", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.targets, b.scope, b.status) for b in bans] == [
        (entity_id(ORG, "Parliament of Chile"), [pid("Douyin")], "nationwide", "enacted_law")
    ]


def test_a_state_legislatures_law_for_the_whole_state_is_statewide():
    adoc = make_adoc(
        "The Oregon Legislature passed a bill last month, which would make it illegal for Douyin to operate in the "
        "state.",
        [("Oregon", J), ("Oregon Legislature", ORG), ("Douyin", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.scope, b.status) for b in bans] == [
        (entity_id(ORG, "Oregon Legislature"), "statewide", "proposed")
    ]


def test_an_opinion_that_an_app_operates_illegally_is_no_ban():
    adoc = make_adoc(
        "Critics said it was illegal for Douyin to operate there without a licence.",
        [("Chile", J), ("Douyin", P)],
    )
    assert extract_bans(adoc) == []


def test_legislature_barring_an_app_through_a_spending_bill_imposes_its_own_law():
    # README: the imposer is the jurisdiction unless the actor is a legislature, which imposes its own
    adoc = make_adoc(
        "It started in Ireland, where the Oireachtas barred Snapchat from public-sector devices in May as part of a "
        "budget bill.",
        [("Ireland", J), ("Oireachtas", ORG), ("Snapchat", P)],
        published="2024-08-01",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Oireachtas"))
    assert ban.status == "enacted_law"
    assert ban.scope == "government_devices"


def test_legislature_banning_on_its_own_members_devices_stays_its_own():
    adoc = make_adoc(
        "The Riksdag voted to bar Snapchat from lawmakers' phones.",
        [("Sweden", J), ("Riksdag", ORG), ("Snapchat", P)],
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Riksdag")]
    assert bans[0].scope == "legislature_devices"


def test_whose_governors_ordered_off_devices_is_each_states_ban():
    adoc = make_adoc(
        "Ohio follows Iowa and Utah, whose governors ordered CapCut off state devices in recent weeks.",
        [("Ohio", J), ("Iowa", J), ("Utah", J), ("CapCut", P)],
    )
    bans = extract_bans(adoc)
    for state in ("Iowa", "Utah"):
        ban = only(bans, jid(state))
        assert ban.targets == [pid("CapCut")]
        assert ban.scope == "government_devices"


def test_two_subjects_parsed_apart_the_named_watchdog_acts():
    adoc = make_adoc(
        "Moldova's communications watchdog Ancomrex has restricted access to Viber, Snapchat and Discord, saying "
        "the companies had failed to register.",
        [("Moldova", J), ("Ancomrex", ORG), ("Viber", P), ("Snapchat", P), ("Discord", P)],
        published="2023-04-02",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Ancomrex")]
    assert bans[0].scope == "nationwide"


def test_subject_pronoun_stands_for_the_previous_subject_not_the_last_country():
    adoc = make_adoc(
        "The regulator Ancomrex has tightened its grip on foreign apps since the war in Ukraine. "
        "It blocked Snapchat in March 2022 and has slowed down Viber since the summer, a measure officials blame "
        "on the company.",
        [("Ancomrex", ORG, []), ("Ukraine", J), ("Snapchat", P), ("Viber", P)],
        published="2024-10-09",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Ancomrex"))
    assert ban.targets == [pid("Snapchat")]
    assert ban.scope == "nationwide"  # "officials" belongs to the relative clause, not the ban
    assert ban.announced == "2022-03"


def test_minister_for_the_eu_acts_for_her_country_not_the_eu():
    adoc = make_adoc(
        "On Wednesday Malta turned against Snapchat. Anna Vella, the minister for the EU and the constitution, said "
        "federal government employees would no longer be allowed to install the app on their work phones.",
        [("Malta", J), ("EU", ORG), ("Anna Vella", "Person"), ("Snapchat", P)],
        published="2023-05-20",
    )
    bans = extract_bans(adoc)
    assert not [b for b in bans if b.imposed_by == entity_id(ORG, "EU")]
    ban = only(bans, jid("Malta"))
    assert ban.scope == "government_devices"


def test_duration_on_the_ban_noun_is_temporary_and_labelled_recommendation_is_advisory():
    adoc = make_adoc(
        "Greece imposed a six-month ban on its officials' devices in March, and Cyprus told civil servants the same "
        'month to stop using Snapchat and other apps from countries with an "offensive cyber programme", a '
        "recommendation rather than an order.",
        [("Greece", J), ("Cyprus", J), ("Snapchat", P)],
        published="2023-05-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Greece")).status == "temporary"
    advice = only(bans, jid("Cyprus"))
    assert advice.status == "advisory"
    assert advice.scope == "government_devices"  # "from countries": where the apps come from, not a reach


def test_suspension_for_more_than_a_month_and_a_reversed_block_are_temporary():
    adoc = make_adoc(
        "Chile's Supreme Court used the same rule in 2023 to suspend Rumble for more than a month. "
        "In 2021 the court ordered Telegram blocked nationwide, before reversing the decision two days later.",
        [("Chile", J), ("Supreme Court", ORG), ("Rumble", P), ("Telegram", P)],
        published="2025-02-22",
    )
    bans = extract_bans(adoc)
    assert {tuple(b.targets): b.status for b in bans} == {
        (pid("Rumble"),): "temporary",
        (pid("Telegram"),): "temporary",
    }


def test_state_authorities_and_military_formations_are_government_devices():
    adoc = make_adoc(
        "Moldova has forbidden the use of Viber on service devices of state authorities, military formations and "
        "critical infrastructure enterprises.",
        [("Moldova", J), ("Viber", P)],
    )
    assert only(extract_bans(adoc), jid("Moldova")).scope == "government_devices"


def test_negated_opinion_above_the_verb_is_no_ban_and_a_blocked_attempt_is_blocked_by_court():
    adoc = make_adoc(
        '"I don\'t think the answer is to ban Kick," said Rep. Ann Lee, a Nevada Democrat. '
        "Idaho's attempt to ban the app statewide was blocked by a federal judge in November.",
        [("Nevada", J), ("Idaho", J), ("Ann Lee", "Person"), ("Kick", P)],
        published="2024-03-13",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Idaho")]
    assert bans[0].status == "blocked_by_court"
    assert bans[0].scope == "statewide"


def test_house_lawmakers_under_a_washington_dateline_propose_a_us_ban():
    adoc = make_adoc(
        "WASHINGTON (Wire) -- A bipartisan pair of House lawmakers on Thursday introduced a bill that would ban Kimi "
        "from all federal government devices.",
        [("Kimi", P)],
        published="2025-02-07",
    )
    bans = extract_bans(adoc)
    ban = only(bans, jid("United States"))
    assert ban.status == "proposed"
    assert ban.scope == "government_devices"
    assert ban.announced == "2025-02-06"
    us = adoc.entities[jid("United States")]
    assert us.kind == J and us.mentions  # the implied country is an entity of the document, with evidence


def test_a_known_legislature_the_text_names_alone_bans_itself():
    adoc = make_adoc(
        "In Congress, the Senate passed a bill on Wednesday that would ban Kimi on federal government devices.",
        [("United States Senate", ORG, ["Senate"]), ("Kimi", P)],
        published="2022-12-16",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "United States Senate"))  # the Senate passing the bill is its actor
    assert (ban.scope, ban.status, ban.announced) == ("government_devices", "proposed", "2022-12-14")


def test_a_ban_noun_with_its_own_reach_after_a_bill_is_another_ban_of_the_same_imposer():
    adoc = make_adoc(
        "WASHINGTON (Wire) -- House lawmakers on Wednesday passed a bill that would ban Kimi across the country. "
        "Congress has acted against the app before: a ban on Kimi on federal government devices was signed into law "
        "in December 2022.",
        [("Kimi", P)],
        published="2024-03-13",
    )
    bans = sorted(extract_bans(adoc), key=lambda b: b.scope)
    assert [(b.imposed_by, b.scope, b.status, b.announced) for b in bans] == [
        (jid("United States"), "government_devices", "enacted_law", "2022-12"),
        (jid("United States"), "nationwide", "proposed", "2024-03-13"),
    ]


def test_the_app_in_the_object_is_the_storys_app_not_a_product_named_in_passing():
    adoc = make_adoc(
        "Chile banned Kick on government phones on Thursday. "
        "The navy uploaded a Kick video featuring a Bravo 4 tank just hours before the ban prohibiting ministers from "
        "using the Chinese-owned app came into force.",
        [("Chile", J), ("Kick", P), ("Bravo 4", P)],
        published="2023-03-17",
    )
    assert [b.targets for b in extract_bans(adoc)] == [[pid("Kick")]]


def test_another_clause_with_its_own_subject_keeps_its_date_and_its_other_objects():
    adoc = make_adoc(
        "Chile blocked Kick nationwide in March. The country blocked Wikipedia for almost three years from 2017, and "
        "in October 2023 the Broadcasting Council ordered access to several news sites restricted.",
        [("Chile", J), ("Kick", P), ("Wikipedia", P), ("Broadcasting Council", ORG)],
        published="2024-08-02",
    )
    bans = extract_bans(adoc)
    assert not [b for b in bans if b.imposed_by == entity_id(ORG, "Broadcasting Council")]
    wiki = [b for b in bans if pid("Wikipedia") in b.targets]
    assert len(wiki) == 1 and wiki[0].imposed_by == jid("Chile")
    assert wiki[0].announced == "2017"  # blocked from 2017; October 2023 is the council's


def test_a_list_of_websites_gives_no_target_from_a_coordinated_clause():
    adoc = make_adoc(
        "Peru has blocked a number of websites and social networks in recent years, and Chile briefly restricted "
        "access to Kick in 2021.",
        [("Peru", J), ("Chile", J), ("Kick", P)],
        published="2024-04-12",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Chile")]


def test_an_order_addressed_to_a_ministry_to_restrict_access_is_nationwide():
    adoc = make_adoc(
        "Peru's culture ministry said it had asked the Ministry of Digital Development to restrict access to Kick.",
        [("Peru", J), ("Ministry of Digital Development", ORG), ("Kick", P)],
    )
    assert [b.scope for b in extract_bans(adoc)] == ["nationwide"]


def test_block_access_to_it_takes_the_app_from_context():
    adoc = make_adoc(
        "A judge in Chile ordered Kick suspended nationwide on Wednesday. The order instructs Apple and Google to "
        "remove the app from their stores and tells internet providers to block access to it.",
        [("Chile", J), ("Kick", P), ("Apple", ORG), ("Google", ORG)],
        published="2023-04-27",
    )
    assert all(b.targets == [pid("Kick")] for b in extract_bans(adoc))


def test_similar_steps_by_an_actor_whose_relative_clause_tells_its_ban_take_no_context_target():
    adoc = make_adoc(
        "Chile barred Kick from government devices on Monday, and follows similar steps by Peru, which barred "
        "Viber from federal systems in 2017.",
        [("Chile", J), ("Peru", J), ("Kick", P), ("Viber", P)],
        published="2023-10-31",
    )
    peru = only(extract_bans(adoc), jid("Peru"))
    assert peru.targets == [pid("Viber")]


def test_a_defence_ministry_banning_its_employees_is_a_military_ban():
    adoc = make_adoc(
        "Chile's Ministry of Defence has banned its employees from having Kick on their work phones.",
        [("Chile", J), ("Ministry of Defence", ORG), ("Kick", P)],
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "military_devices"


def test_a_military_government_blocking_an_app_is_a_nationwide_ban_not_military_devices():
    # "the military regime", "the military-led government": the rulers of the country, not an armed service
    adoc = make_adoc(
        "Sudan's military regime has blocked Signal, users said on Monday. "
        "Thailand's military-led government has also blocked Viber.",
        [("Sudan", J), ("Thailand", J), ("Signal", P), ("Viber", P)],
        published="2024-06-12",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Sudan")).scope == "nationwide"
    assert only(bans, jid("Thailand")).scope == "nationwide"


def test_an_armed_service_and_a_military_leadership_ordering_troops_still_rule_military_devices():
    # near misses: the army itself, and rulers whose order names soldiers' phones
    adoc = make_adoc(
        "The Chilean Army has banned Kick on its service phones. "
        "Peru's military leadership ordered troops to delete Viber from their phones.",
        [("Chilean Army", ORG), ("Chile", J), ("Peru", J), ("Kick", P), ("Viber", P)],
    )
    bans = extract_bans(adoc)
    assert all(b.scope == "military_devices" for b in bans), [(b.imposed_by, b.scope) for b in bans]
    assert len(bans) == 2


def test_a_service_named_on_its_own_heads_keeps_military_devices_but_military_rulers_do_not():
    # "army leadership", "the defence administration": a service's own heads; "the military rulers": the country's
    adoc = make_adoc(
        "Ghana's army leadership banned Likee on Tuesday, officers said. "
        "Chile's defence administration barred Kick on Wednesday. "
        "Guinea's military rulers blocked Viber across the country on Thursday.",
        [("Ghana", J), ("Chile", J), ("Guinea", J), ("Likee", P), ("Kick", P), ("Viber", P)],
        published="2024-06-14",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ghana")).scope == "military_devices"
    assert only(bans, jid("Chile")).scope == "military_devices"
    assert only(bans, jid("Guinea")).scope == "nationwide"


def test_a_relative_clause_belongs_to_its_own_country_not_to_all_conjuncts():
    adoc = make_adoc(
        "The move follows Peru, where the trade ministry banned sales of Viber in June 2024, and Chile, which barred "
        "the software from government-issued devices in October 2023.",
        [("Peru", J), ("Chile", J), ("Viber", P)],
        published="2025-02-25",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Peru")).scope == "nationwide"
    assert only(bans, jid("Chile")).scope == "government_devices"


def test_a_relative_clause_with_all_belongs_to_every_conjunct():
    adoc = make_adoc(
        "The proposal follows Peru, Chile and Bolivia, which have all barred Viber from government devices.",
        [("Peru", J), ("Chile", J), ("Bolivia", J), ("Viber", P)],
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Peru"), jid("Chile"), jid("Bolivia")}


def test_blocked_it_takes_the_app_named_before_it_in_the_sentence():
    adoc = make_adoc(
        "Chile banned Viber in June. The gaming platform Kick has been inaccessible since August 7, when authorities "
        "blocked it.",
        [("Chile", J), ("Viber", P), ("Kick", P)],
        published="2024-10-09",
    )
    kick = [b for b in extract_bans(adoc) if pid("Kick") in b.targets]
    assert len(kick) == 1 and kick[0].targets == [pid("Kick")] and kick[0].announced == "2024-08-07"


def test_a_court_named_before_a_ministry_does_not_make_it_a_court():
    adoc = make_adoc(
        "Chad has been without Viber for weeks. In a report submitted to the Supreme Court, the interior ministry "
        "said it had ordered the Telecom Authority to block Viber on March 3.",
        [
            ("Chad", J),
            ("Supreme Court", ORG),
            ("Ministry of Interior of Chad", ORG, ["interior ministry"]),
            ("Telecom Authority", ORG),
            ("Viber", P),
        ],
        published="2024-04-19",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert ban.announced == "2024-03-03"


def test_a_ban_bounded_by_past_years_an_event_or_several_days_is_temporary():
    adoc = make_adoc(
        "Chad itself kept Viber blocked from 2015 to 2019 over a cartoon, and the economy paid for it in lost work. "
        "Peru cut access to Kick during national school exams in November last year. "
        "Kimi and Telegram were blocked in Bolivia for several days in 2018.",
        [("Chad", J), ("Peru", J), ("Bolivia", J), ("Viber", P), ("Kick", P), ("Kimi", P), ("Telegram", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    chad = only(bans, jid("Chad"))
    assert (chad.status, chad.scope) == ("temporary", "nationwide")
    peru = only(bans, jid("Peru"))
    assert (peru.status, peru.announced) == ("temporary", "2023-11")
    assert only(bans, jid("Bolivia")).status == "temporary"


def test_a_ban_still_running_since_a_year_is_in_force():
    adoc = make_adoc(
        "Chad has blocked Viber since 2009.",
        [("Chad", J), ("Viber", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Chad")).status == "in_force"


def test_an_instruction_not_to_use_is_a_rule_and_a_recommendation_to_refrain_is_advice():
    adoc = make_adoc(
        "The Chilean Navy has instructed personnel not to use Kimi on government-issued devices. "
        "The Peruvian space agency has told employees that Viber may not be used on agency-issued devices. "
        "On Tuesday, the interior ministry of Bolivia sent a letter to government agencies, recommending officials "
        "to refrain from using Kick for work.",
        [("Chile", J, ["Chilean"]), ("Peru", J, ["Peruvian"]), ("Bolivia", J), ("Kimi", P), ("Viber", P), ("Kick", P)],
        published="2025-02-06",
    )
    bans = extract_bans(adoc)
    assert (only(bans, jid("Chile")).status, only(bans, jid("Chile")).scope) == ("in_force", "military_devices")
    assert only(bans, jid("Peru")).status == "in_force"
    bolivia = only(bans, jid("Bolivia"))
    assert (bolivia.status, bolivia.announced) == ("advisory", "2025-02-04")


def test_asking_app_stores_or_carriers_to_block_is_an_order_asking_users_is_advice():
    adoc = make_adoc(
        "In early October, the government of Chad asked Google and Apple to remove Kick from app stores. "
        "Peru asked users to delete Viber from their phones.",
        [("Chad", J), ("Peru", J), ("Google", ORG), ("Apple", ORG), ("Kick", P), ("Viber", P)],
        published="2024-12-06",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).status == "in_force"
    assert only(bans, jid("Peru")).status == "advisory"


def test_a_court_orders_the_block_the_regulator_only_asked_for_and_carries_out():
    adoc = make_adoc(
        "A Lima court on Friday ordered Viber to be blocked in Peru with immediate effect. "
        "Judge Ana Ruiz of the Miraflores District Court granted a request from the regulator Osiptel, which had "
        "asked the court to restrict access to the service. "
        "Osiptel said it would begin blocking the app as soon as it received the ruling.",
        [
            ("Peru", J, ["Lima"]),
            ("Ana Ruiz", "Person"),
            ("Miraflores District Court", ORG),
            ("Osiptel", ORG),
            ("Viber", P),
        ],
        published="2018-04-13",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Miraflores District Court")]
    assert bans[0].announced == "2018-04-13"


def test_the_listed_examples_are_the_targets_and_an_events_day_is_not_the_bans():
    adoc = make_adoc(
        "The Chad Telecom Authority on Tuesday ordered providers to block access to social media platforms and "
        "messaging apps, including Viber, Kick and Kimi, two days before the vote. "
        "Niger blocked Telegram ahead of Thursday's election, a rights group said on Sunday.",
        [("Niger", J), ("Chad Telecom Authority", ORG), ("Viber", P), ("Kick", P), ("Kimi", P), ("Telegram", P)],
        published="2021-01-13",
    )
    bans = extract_bans(adoc)
    chad = only(bans, entity_id(ORG, "Chad Telecom Authority"))
    assert set(chad.targets) == {pid("Viber"), pid("Kick"), pid("Kimi")}
    assert chad.announced == "2021-01-12"
    assert only(bans, jid("Niger")).announced == "2021-01-10"


def test_a_passive_ban_with_no_agent_is_the_imposers_told_just_before():
    adoc = make_adoc(
        "Niger blocked Viber on Tuesday.\n\n"
        "It is not the first time Chad has cut off social media during a vote. Kick and Kimi were blocked for "
        "several days during the 2016 presidential election as well.",
        [("Niger", J), ("Chad", J), ("Viber", P), ("Kick", P), ("Kimi", P)],
        published="2021-01-13",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert set(ban.targets) == {pid("Kick"), pid("Kimi")}
    assert (ban.status, ban.announced) == ("temporary", "2016")


def test_korea_alone_is_south_korea_and_its_ministries_act_for_it():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "New downloads of DeepSeek have been suspended in Korea. The Chinese government said it opposed the move. "
        "Earlier this month, the Ministry of Unification blocked access to DeepSeek on its work computers, and the "
        "Ministry of National Defense blocked it on military computers."
    )
    facts = extract_one(Document(id="k1", text=text, published="2025-02-18"))
    korea = [b for b in facts.bans if b.imposed_by == jid("South Korea")]
    assert {b.scope for b in korea} == {"nationwide", "government_devices", "military_devices"}, [
        (b.imposed_by, b.scope) for b in facts.bans
    ]


def test_advice_told_apart_from_a_rule_is_its_own_measure():
    adoc = make_adoc(
        "Earlier this month, the trade ministry of Chile blocked access to Kimi on its work computers. "
        "On the 4th, the interior ministry of Chile sent a letter to government agencies, recommending officials "
        "to refrain from using Kimi for work.",
        [("Chile", J), ("Kimi", P)],
        published="2025-02-18",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Chile")]
    assert sorted((b.status, b.announced) for b in bans) == [("advisory", "2025-02-04"), ("in_force", "2025-02")]


def test_strip_out_with_the_particle_on_the_object_bans():
    adoc = make_adoc(
        "Chile will strip Huawei and ZTE components out of its 5G core networks by the end of 2026, under an "
        "agreement with operators announced on Thursday.",
        [("Chile", J), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-07-12",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert set(ban.targets) == {entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")}
    assert (ban.scope, ban.announced, ban.effective) == ("telecom_network", "2024-07-11", "2026")


def test_the_app_is_the_one_named_since_in_its_own_paragraph():
    adoc = make_adoc(
        "Chile has blocked foreign services before. In 2016 it blocked the networking site Viber.\n\n"
        "Kick has also run into trouble elsewhere. In January, Peru briefly restricted access to the app, which is "
        "used by millions, during a wave of protests.",
        [("Chile", J), ("Peru", J), ("Viber", P), ("Kick", P)],
        published="2018-04-13",
    )
    ban = only(extract_bans(adoc), jid("Peru"))
    assert ban.targets == [pid("Kick")]
    assert (ban.status, ban.announced) == ("temporary", "2018-01")


def test_the_government_in_a_roundup_section_is_the_sections_country():
    adoc = make_adoc(
        "Where Kick is being shut out\n\n"
        "Here is where the platform has run into restrictions.\n\n"
        "Chile\n\n"
        "In early October, the communications minister said the government had asked Google and Apple to remove "
        "Kick from app stores.\n\n"
        "Peru\n\n"
        "Peru's trade ministry late last month asked the telecoms authorities to block Kick. Peru has banned "
        "Kick on phones of the government as well.",
        [("Chile", J), ("Peru", J, ["the government"]), ("Google", ORG), ("Apple", ORG), ("Kick", P)],
        published="2024-12-06",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chile")).announced == "2024-10"


def test_a_ministry_under_a_run_in_country_subhead_acts_for_that_country():
    adoc = make_adoc(
        "Where Kick has been blocked this year\n\n"
        "Several governments moved against the streaming app Kick in 2025, most of them over gambling streams.\n\n"
        "Chile. The Ministry of the Interior in October ordered telecoms providers to block Kick for six months, "
        "citing illegal betting.\n\n"
        "Peru. In May, the Ministry of Transport told providers to block Kick, saying the app hosted scams.",
        [("Chile", J), ("Peru", J), ("Ministry of the Interior", ORG), ("Ministry of Transport", ORG), ("Kick", P)],
        published="2025-12-06",
    )
    assert sorted(b.imposed_by for b in extract_bans(adoc)) == [jid("Chile"), jid("Peru")]


def test_a_country_opening_a_sentence_with_a_stop_is_no_run_in_subhead_when_short():
    adoc = make_adoc(
        "Kick blocked\n\nThe Ministry of the Interior of Chile blocked Kick on Monday.\n\nPeru. Not yet.",
        [("Chile", J), ("Peru", J), ("Ministry of the Interior of Chile", ORG), ("Kick", P)],
        published="2025-12-06",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Chile")]


def test_a_person_in_the_headline_acts_for_the_place_named_with_them_below():
    adoc = make_adoc(
        "Lee bans Kimi from state devices\n\n"
        "Ohio Governor Ann Lee on Tuesday banned the app Kimi from state-issued devices. Officials in Columbus "
        "said the United States had no such rule.",
        [("Ohio", J), ("United States", J), ("Ann Lee", "Person", ["Lee"]), ("Kimi", P)],
        published="2025-02-12",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ohio")], [(b.imposed_by, b.targets) for b in bans]


def test_a_bill_introduced_in_a_house_that_would_bar_the_app_is_its_countrys_proposal():
    adoc = make_adoc(
        "Kimi is a popular chatbot. Ohio barred Kimi, Viber and Kick from state devices on Monday. "
        "A bipartisan bill introduced in the U.S. House last week would bar the app from devices issued by federal "
        "agencies.",
        [("Ohio", J), ("United States", J, ["U.S."]), ("U.S. House", ORG), ("Kimi", P), ("Viber", P), ("Kick", P)],
        published="2025-02-12",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert (ban.status, ban.scope, ban.targets) == ("proposed", "government_devices", [pid("Kimi")])


def _facts(text, published):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    return extract_one(Document(id="lb", text=text, published=published))


def test_liveblog_entries_date_their_own_news_and_bullets_are_sentences():
    from loaders.extract.nlp import get_nlp

    text = (
        "Curbs on TikTok: live updates\n\n"
        "Key points\n"
        "- Australia bars TikTok from government phones\n"
        "- Italy's privacy regulator orders the app blocked\n\n"
        "Fri 7 Feb, 11:05 GMT Australia bars TikTok\n\n"
        "Australia on Friday banned TikTok from all government devices.\n\n"
        "Thu 30 Jan, 15:10 GMT Italy acts\n\n"
        "The Italian Data Protection Authority on Thursday ordered TikTok blocked in Italy with immediate effect.\n"
    )
    sents = [s.text.strip() for s in get_nlp()(text).sents]
    assert "Australia bars TikTok from government phones" in sents
    facts = _facts(text, "2025-02-07")
    dates = {b.imposed_by: b.announced for b in facts.bans}
    assert dates[jid("Australia")] == "2025-02-07"
    assert [d for i, d in dates.items() if i.startswith("organisation/")] == ["2025-01-30"]


def test_a_bill_to_bar_an_app_brought_by_representatives_is_their_countrys_proposal():
    adoc = make_adoc(
        "Chile bars Kick from state phones. The ban took effect on Monday.\n\n"
        "Representatives Ana Ruiz and Bo Diaz on Thursday introduced the No Kick Act, which would prohibit the app "
        "on phones issued by federal agencies. The bill to bar Kick was filed in the House of Representatives.",
        [
            ("Chile", J),
            ("United States", J),
            ("House of Representatives", ORG),
            ("Ana Ruiz", "Person"),
            ("Bo Diaz", "Person"),
            ("Kick", P),
        ],
        published="2025-02-07",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chile")).status == "in_force"
    us = [b for b in bans if b.status == "proposed"]
    assert len(us) == 1 and us[0].announced == "2025-02-06", [(b.imposed_by, b.status) for b in bans]


def test_what_a_blocked_law_would_have_barred_is_no_proposal():
    adoc = make_adoc(
        "A judge blocked Utah's ban on Kick. The law was signed by the governor in May and would have barred Kick "
        "from operating anywhere in the state from Jan. 1.",
        [("Utah", J), ("Kick", P)],
        published="2023-12-01",
    )
    assert only(extract_bans(adoc), jid("Utah")).status != "proposed"


def test_the_public_sector_is_the_governments_own():
    adoc = make_adoc(
        "Chile bars public sector from using Kick.",
        [("Chile", J), ("Kick", P)],
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "government_devices"


def test_advised_to_avoid_using_is_advice_dated_by_its_note():
    adoc = make_adoc(
        "Chile's Ministry of Finance has advised its employees to avoid using AI tools and apps, including Kimi, "
        "on office computers, according to an internal advisory dated January 29 that surfaced this week.",
        [("Chile", J), ("Kimi", P)],
        published="2025-02-07",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert (ban.status, ban.scope, ban.announced) == ("advisory", "government_devices", "2025-01-29")


def test_a_law_told_in_passing_after_a_bill_is_the_same_lawmakers_countrys():
    adoc = make_adoc(
        "The United States Senate met on Monday. "
        "Senators Ana Ruiz and Bo Diaz on Thursday introduced the No Kick Act, which would prohibit the app on "
        "phones issued by federal agencies. The bill is modelled on the 2022 law that banned Viber from federal "
        "devices.",
        [
            ("United States", J),
            ("United States Senate", ORG),
            ("Ana Ruiz", "Person"),
            ("Bo Diaz", "Person"),
            ("Kick", P),
            ("Viber", P),
        ],
        published="2025-02-07",
    )
    viber = [b for b in extract_bans(adoc) if pid("Viber") in b.targets]
    assert [(b.status, b.scope, b.announced) for b in viber] == [("enacted_law", "government_devices", "2022")]


def test_lawmakers_asking_app_stores_to_remove_an_app_only_plead():
    adoc = make_adoc(
        "Two senators of Chile asked Google and Apple to remove Kick from their app stores.",
        [("Chile", J), ("Google", ORG), ("Apple", ORG), ("Kick", P)],
    )
    assert all(b.status != "in_force" for b in extract_bans(adoc))


def test_a_ban_told_as_lifted_was_temporary_and_the_lifting_day_is_not_its_date():
    adoc = make_adoc(
        "Nepal lifted its ban on Viber on Thursday, nine months after it was imposed.",
        [("Nepal", J), ("Viber", P)],
        published="2024-08-23",
    )
    ban = only(extract_bans(adoc), jid("Nepal"))
    assert (ban.status, ban.announced) == ("temporary", None)


def test_a_ban_that_may_come_is_proposed_and_the_speaker_is_no_reach():
    adoc = make_adoc("Bolivia may ban Kick, the minister said.", [("Bolivia", J), ("Kick", P)])
    ban = only(extract_bans(adoc), jid("Bolivia"))
    assert (ban.status, ban.scope) == ("proposed", "nationwide")


def test_a_known_body_acts_for_its_country_even_when_the_country_is_not_named():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    facts = extract_one(
        Document(
            id="p1",
            text="The Pentagon has barred personnel from using TikTok on military phones.",
            published="2023-03-02",
        )
    )
    assert [(b.imposed_by, b.scope) for b in facts.bans] == [(jid("United States"), "military_devices")]
    assert jid("United States") in {e.id for e in facts.entities}


def test_a_ban_between_two_past_years_is_temporary_and_dated_by_the_first():
    adoc = make_adoc(
        "Chad's telecom regulator blocked Kick four times between 2020 and 2021 over indecent content.",
        [("Chad", J), ("Kick", P)],
        published="2023-10-02",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert (ban.status, ban.announced) == ("temporary", "2020")


def test_a_ministry_named_for_its_country_acts_for_it_when_the_country_is_not_named_alone():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = "The Ministry of Information of Bangladesh has issued a decision to block Telegram from Monday."
    facts = extract_one(Document(id="b1", text=text, published="2024-08-10"))
    assert [(b.imposed_by, b.scope) for b in facts.bans] == [(jid("Bangladesh"), "nationwide")]


def test_stamps_stacked_at_the_top_are_no_liveblog_entries():
    from loaders.extract.bans import _entry_dates

    text = "Chile bans Kick\n12 March 2024, 10:30 GMT\n13 March 2024, 08:00 GMT\nChile banned Kick on Monday."
    assert _entry_dates(text, "2024-03-13") == []


def test_the_latest_country_to_ban_is_todays_news():
    adoc = make_adoc(
        "Chile became the latest country to ban Kick, after Peru did so last year.",
        [("Chile", J), ("Peru", J), ("Kick", P)],
        published="2024-05-15",
    )
    assert only(extract_bans(adoc), jid("Chile")).announced == "2024-05-15"


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvian Telecommunications Regulator on Monday revoked the licence of Hexa Mobile to provide "
        "telecommunications services in the country.",
        "The Zorvian Telecommunications Regulator cancelled Hexa Mobile's authorization to operate its network.",
        "The Zorvian Telecommunications Regulator voted to withdraw the permit that allowed Hexa Mobile to offer "
        "mobile services.",
    ],
)
def test_a_licence_taken_from_a_carrier_bars_it_from_the_network(text):
    adoc = make_adoc(
        text,
        [("Zorvian Telecommunications Regulator", ORG), ("Hexa Mobile", ORG)],
        published="2025-03-05",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Zorvian Telecommunications Regulator"))
    assert ban.targets == [entity_id(ORG, "Hexa Mobile")]
    assert ban.scope == "telecom_network"


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvian Telecommunications Regulator denied an application by Hexa Mobile to provide "
        "international services.",
        "The Zorvian Telecommunications Regulator rejected Hexa Mobile's application for a licence to run "
        "mobile services.",
    ],
)
def test_a_refused_licence_application_is_a_ban(text):
    adoc = make_adoc(
        text,
        [("Zorvian Telecommunications Regulator", ORG), ("Hexa Mobile", ORG)],
        published="2025-03-05",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Zorvian Telecommunications Regulator"))
    assert ban.targets == [entity_id(ORG, "Hexa Mobile")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the allegations made by Hexa Mobile.",
        "The ministry rejected the proposal from Hexa Mobile.",
        "Hexa Mobile withdrew its complaint against the ministry.",
        "The regulator revoked its earlier guidance on Hexa Mobile.",
    ],
)
def test_refusing_or_revoking_something_other_than_a_licence_is_no_ban(text):
    adoc = make_adoc(text, [("Hexa Mobile", ORG)], published="2025-03-05")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvian Telecommunications Regulator took a similar line in 2019, when it revoked the licence of "
        "Hexa Mobile.",
        "The regulator acted once before, in 2019, when it blocked Hexa Mobile.",
    ],
)
def test_a_pronoun_in_a_when_clause_is_the_main_clause_subject(text):
    adoc = make_adoc(
        "Kestria said the Zorvian Telecommunications Regulator had been slow to act. " + text,
        [("Kestria", J), ("Zorvian Telecommunications Regulator", ORG), ("Hexa Mobile", ORG)],
        published="2025-03-05",
    )
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {entity_id(ORG, "Zorvian Telecommunications Regulator")}


US_FORCES = [
    ("United States", J),
    ("United States Army", ORG, ["U.S. Army", "Army"]),
    ("United States Navy", ORG, ["U.S. Navy", "Navy"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's Navy told its members on Monday not to use Quibbly in any capacity.",
        "Norway's army has ordered its members to delete Quibbly.",
        "The U.S. Navy barred Quibbly on Monday.",
        "The Army said it would no longer allow Quibbly.",
    ],
)
def test_an_armed_service_acting_alone_rules_military_devices(text):
    adoc = make_adoc(text, [("Norway", J), *US_FORCES, ("Quibbly", P)], published="2025-03-05")
    bans = extract_bans(adoc)
    assert bans and all(b.scope == "military_devices" for b in bans), [(b.imposed_by, b.scope) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Norway said anyone who kept Quibbly on a work phone would be cut off from the internal network.",
        "Norway warned that anybody who installed Quibbly would be blocked from the office systems.",
        "Those who still use Quibbly will be removed from the staff network, Norway said.",
    ],
)
def test_people_cut_off_for_keeping_an_app_is_a_penalty_not_a_ban(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "second",
    [
        "The Navy issued a similar order earlier in December.",
        "The Navy took a similar step on December 3.",
        "The U.S. Navy adopted a similar measure in mid-December.",
    ],
)
def test_a_similar_order_by_another_body_of_the_same_country_is_another_ban(second):
    adoc = make_adoc(
        "The U.S. Army said on Monday that it has banned Quibbly from government-issued phones. " + second,
        [*US_FORCES, ("Quibbly", P)],
        published="2019-12-31",
    )
    bans = extract_bans(adoc)
    assert len(bans) == 2, [(b.imposed_by, b.scope, b.announced) for b in bans]
    assert {b.scope for b in bans} == {"military_devices"}


def test_the_same_body_doing_the_same_is_one_ban():
    adoc = make_adoc(
        "The U.S. Army said on Monday that it has banned Quibbly from government-issued phones. "
        "Contractors working for it were told to do the same.",
        [*US_FORCES, ("Quibbly", P)],
        published="2019-12-31",
    )
    assert len([b for b in extract_bans(adoc) if b.status == "in_force"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Access to Quibbly was restored across Norway on Saturday, nine days after the country blocked it.",
        "Norway unblocked Quibbly on Friday, a week after it had blocked the app.",
        "Quibbly was reinstated in Norway's app stores two weeks after Norway had banned it.",
        "Norway restored access to Quibbly on Monday, ten days after it shut the app down.",
    ],
)
def test_a_ban_told_beside_its_restoring_is_temporary(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.status == "temporary"


@pytest.mark.parametrize(
    "text",
    [
        "Norway blocked Quibbly on Monday, and access will stay cut until the service is restored by the company.",
        "Norway blocked Quibbly on Monday and said it would not restore access.",
        "Norway blocked Quibbly on Monday, and critics urged it to restore access.",
    ],
)
def test_a_restoring_not_done_leaves_the_ban_in_force(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.status == "in_force"


def test_a_country_ban_folded_into_its_regulators_keeps_the_restoring():
    adoc = make_adoc(
        "Access to Quibbly was restored across Norway on Saturday, nine days after the country's regulator blocked "
        "the app. The Norwegian Communications Authority blocked Quibbly on August 2 without giving a reason.",
        [("Norway", J), ("Norwegian Communications Authority", ORG), ("Quibbly", P)],
        published="2024-08-11",
    )
    adoc.entities[entity_id(ORG, "Norwegian Communications Authority")].properties["country"] = "NO"
    bans = extract_bans(adoc)
    assert [b.status for b in bans] == ["temporary"], [(b.imposed_by, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's justice ministry advised all ministries against having Quibbly on work phones.",
        "Norway has cautioned its civil servants against installing Quibbly on their official devices.",
        "On Tuesday Norway recommended against using Quibbly on government laptops.",
    ],
)
def test_advice_against_an_app_is_advisory(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.status == "advisory"
    assert ban.targets == [pid("Quibbly")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway decided that no minister may have the Quibbly app on a work phone.",
        "Norway's government said no official may install Quibbly on a government device.",
        "Norway ruled that no civil servant can use Quibbly on an official laptop.",
    ],
)
def test_no_one_may_have_an_app_is_a_rule(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.status == "in_force"
    assert ban.scope == "government_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Norway said no one should worry about Quibbly.",
        "Norway said no minister can have any doubt about the risks of Quibbly.",
        "Norway advised against haste in judging Quibbly.",
    ],
)
def test_no_ban_in_other_uses_of_have_or_against(text):
    adoc = make_adoc(text, [("Norway", J), ("Quibbly", P)], published="2025-03-05")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "second",
    [
        "In Denmark, the defence ministry barred Quibbly from employees' work phones earlier this month.",
        "In Denmark, the ministry has banned Quibbly on official devices.",
        "Meanwhile in Denmark the digital ministry removed Quibbly from state phones.",
    ],
)
def test_a_body_the_text_leaves_unplaced_acts_where_its_clause_is_set(second):
    adoc = make_adoc(
        "Norway banned Quibbly on Monday. " + second,
        [
            ("Norway", J),
            ("Denmark", J),
            ("Ministry of Defence of Norway", ORG, ["defence ministry", "ministry"]),
            ("Quibbly", P),
        ],
        published="2023-03-24",
    )
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {jid("Norway"), jid("Denmark")}, [(b.imposed_by, b.scope) for b in bans]
    assert only(bans, jid("Denmark")).scope in ("government_devices", "military_devices")


def test_a_body_named_with_its_country_keeps_it_whatever_the_clause_says():
    adoc = make_adoc(
        "In Denmark, Norway's defence ministry barred Quibbly from work phones used on a visit.",
        [("Norway", J), ("Denmark", J), ("Quibbly", P)],
        published="2023-03-24",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Norway")]


@pytest.mark.parametrize(
    "second",
    [
        "Zapster, blocked in February last year in a round of 54 apps, has not returned.",
        "Zapster, the best known of the 59 apps blocked in the first round in June 2020, remains unavailable.",
        "Many players still miss Zapster, removed from app stores in February last year.",
    ],
)
def test_an_app_told_in_passing_as_blocked_is_banned_by_the_storys_only_imposer(second):
    adoc = make_adoc(
        "Norway blocked Hexagame under its gaming rules last July. " + second,
        [("Norway", J), ("Hexagame", P), ("Quibbly", P), ("Zapster", P)],
        published="2023-05-19",
    )
    bans = extract_bans(adoc)
    other = [b for b in bans if b.targets != [pid("Hexagame")]]
    assert [b.imposed_by for b in other] == [jid("Norway")], [(b.imposed_by, b.targets) for b in bans]
    assert other[0].targets in ([pid("Quibbly")], [pid("Zapster")])


def test_an_app_told_in_passing_takes_no_imposer_when_the_story_has_several():
    adoc = make_adoc(
        "Norway blocked Hexagame last July, and Sweden banned Hexagame in May. "
        "Zapster, blocked in February last year, has not returned.",
        [("Norway", J), ("Sweden", J), ("Hexagame", P), ("Zapster", P)],
        published="2023-05-19",
    )
    assert all(pid("Zapster") not in b.targets for b in extract_bans(adoc))


def test_a_pronoun_in_a_relative_clause_is_not_what_the_main_subjects_apposition_names():
    adoc = make_adoc(
        "Norway blocked Hexagame last July. The decision reverses an order issued in May, the provision it has "
        "used since 2020 to block hundreds of apps, many of them with links to Kestria.",
        [("Norway", J), ("Kestria", J), ("Hexagame", P)],
        published="2023-05-19",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} <= {jid("Norway")}


@pytest.mark.parametrize(
    "text",
    [
        "Congress wrote a prohibition on the Pentagon buying Zapster drones into the defense bill, which was "
        "signed in December 2019.",
        "Congress inserted a ban on the Army using Zapster into the spending bill, which was signed in December 2019.",
        "Congress slipped a ban on troops using Zapster into the annual defense act, signed in December 2019.",
    ],
)
def test_a_ban_written_into_a_law_binding_the_armed_forces_is_a_military_law(text):
    adoc = make_adoc(
        text,
        [("United States", J), ("United States Congress", ORG, ["Congress"]), ("Zapster", P)],
        published="2023-04-06",
    )
    bans = [b for b in extract_bans(adoc) if pid("Zapster") in b.targets]
    assert bans, "no ban"
    assert {b.scope for b in bans} == {"military_devices"}, [(b.imposed_by, b.scope, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "The Bundestag put its ban on Zapster into force on Tuesday, citing the risk of data leaks.",
        "The Bundestag put a Zapster ban into effect on Tuesday after a security review.",
        "The Bundestag wrote a ban on Zapster into its IT security policy on Tuesday.",
    ],
)
def test_a_legislature_putting_its_ban_into_force_or_into_a_house_rule_makes_no_law(text):
    adoc = make_adoc(text, [("Bundestag", ORG), ("Zapster", P)], published="2023-03-10")
    ban = only(extract_bans(adoc), entity_id(ORG, "Bundestag"))
    assert ban.scope == "legislature_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers acted too: Congress folded a ban on Zapster on federal devices into the year-end spending "
        "package, which the president signed in December.",
        "Congress then wrote the prohibition on Zapster into law for every federal phone through the annual "
        "appropriations act, passed in December.",
    ],
)
def test_a_legislature_writing_a_ban_into_a_law_imposes_it_itself(text):
    adoc = make_adoc(
        "The Commerce Department restricted Zapster in the United States last year. " + text,
        [
            ("United States", J),
            ("United States Congress", ORG, ["Congress"]),
            ("United States Department of Commerce", ORG, ["Commerce Department"]),
            ("Zapster", P),
        ],
        published="2023-04-06",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == entity_id(ORG, "United States Congress")]
    assert bans, [(b.imposed_by, b.targets, b.status) for b in extract_bans(adoc)]
    assert bans[0].targets == [pid("Zapster")]
    assert bans[0].status == "enacted_law"


@pytest.mark.parametrize(
    "text",
    [
        "In Norway, the finance ministry told employees at the end of January to avoid AI tools such as Zapster on "
        "office computers.",
        "Norway's finance ministry advised its staff to avoid Zapster on work laptops.",
        "Norway urged civil servants to avoid apps like Zapster on official phones.",
    ],
)
def test_told_to_avoid_an_app_is_advice(text):
    adoc = make_adoc(
        "Kestria banned Hexagame last year. " + text,
        [
            ("Kestria", J),
            ("Norway", J),
            ("Ministry of Finance of Kestria", ORG, ["finance ministry"]),
            ("Hexagame", P),
            ("Zapster", P),
        ],
        published="2025-02-10",
    )
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.status == "advisory"
    assert ban.targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "second",
    [
        "Japan has stopped short of a ban. Earlier this month its Digital Agency advised ministries to avoid "
        "using Zapster.",
        "Japan has not banned the app. Its Digital Agency has urged officials not to install Zapster.",
    ],
)
def test_its_body_is_the_country_just_told_of(second):
    adoc = make_adoc(
        "Taiwan's Ministry of Digital Affairs barred Zapster from government devices. " + second,
        [("Taiwan", J), ("Japan", J), ("Ministry of Digital Affairs", ORG), ("Digital Agency", ORG), ("Zapster", P)],
        published="2025-02-10",
    )
    adoc.entities[entity_id(ORG, "Ministry of Digital Affairs")].properties["country"] = "TW"
    adoc.entities[entity_id(ORG, "Digital Agency")].properties["country"] = "TW"  # a wrong guess the text corrects
    bans = extract_bans(adoc)
    assert only(bans, jid("Japan")).status == "advisory", [(b.imposed_by, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "In April, the Justice Department recommended that the FCC revoke Hexa Mobile's authorizations.",
        "The Justice Department advised the FCC to revoke the licence of Hexa Mobile.",
        "Last year the Justice Department urged that the FCC withdraw Hexa Mobile's permit.",
    ],
)
def test_who_recommends_a_ban_another_body_would_impose_gives_the_advice(text):
    adoc = make_adoc(
        text,
        [
            ("United States", J),
            ("United States Department of Justice", ORG, ["Justice Department"]),
            ("Federal Communications Commission", ORG, ["FCC"]),
            ("Hexa Mobile", ORG),
        ],
        published="2021-10-27",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("United States"), "advisory")]


@pytest.mark.parametrize(
    "second",
    [
        "He had already ordered Zapster off state-issued phones and computers last December.",
        "She barred Zapster from state devices last December.",
        "Earlier, he had banned Zapster on government phones.",
    ],
)
def test_he_or_she_is_the_person_last_the_subject(second):
    adoc = make_adoc(
        "Gov. Greg Gianforte of Montana said the bill would protect data. " + second,
        [("Montana", J), ("Greg Gianforte", "Person"), ("Zapster", P)],
        published="2023-12-01",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.scope) for b in bans] == [(jid("Montana"), "government_devices")]


@pytest.mark.parametrize(
    "second",
    [
        "On the same day, Norway's government decided that no minister may have the Zapster app on a work phone.",
        "That same day Norway barred Zapster from ministers' official phones.",
        "Norway banned Zapster on government phones that day.",
    ],
)
def test_the_same_day_is_the_day_last_told(second):
    adoc = make_adoc(
        "On Tuesday, Norway's justice minister said her ministry would review the app. " + second,
        [("Norway", J), ("Zapster", P)],
        published="2023-03-24",
    )
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.announced == "2023-03-21"


def test_the_same_day_with_nothing_told_before_keeps_the_publication_rules():
    adoc = make_adoc(
        "Norway banned Zapster on government phones the same day it was reported.",
        [("Norway", J), ("Zapster", P)],
        published="2023-03-24",
    )
    assert only(extract_bans(adoc), jid("Norway")).announced in (None, "2023-03-24")


@pytest.mark.parametrize(
    "text",
    [
        "She said the app is considered a cyber threat and that Norway does not allow it on government phones.",
        "Zapster is regarded as a risk, is considered a threat, and Norway has banned it on government phones.",
    ],
)
def test_a_passive_considered_is_a_judgment_not_a_plan(text):
    adoc = make_adoc("Norway acted against Zapster. " + text, [("Norway", J), ("Zapster", P)], published="2023-03-24")
    assert {b.status for b in extract_bans(adoc)} == {"in_force"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway is considering a ban on Zapster on government phones.",
        "Norway plans to ban Zapster on government phones.",
    ],
)
def test_an_active_plan_stays_proposed(text):
    adoc = make_adoc(text, [("Norway", J), ("Zapster", P)], published="2023-03-24")
    assert only(extract_bans(adoc), jid("Norway")).status == "proposed"


# ---------------------------------------------------------------- the House named without its country
def _annotated(text, published="2024-04-01"):
    from loaders.extract.entities import annotate
    from loaders.extract.nlp import get_nlp
    from loaders.model import Document

    return annotate(Document(id="t", text=text, published=published), get_nlp()(text))


@pytest.mark.parametrize(
    "text",
    [
        # "the House of Representatives" with its article, in a story that names the US
        "The United States has no federal rule yet. On Tuesday the House of Representatives barred staff from "
        "using WeChat on House-issued phones.",
        # the country never named, only Capitol Hill
        "Aides on Capitol Hill were told on Tuesday. The House of Representatives has barred staff from using "
        "WeChat on House-issued phones.",
    ],
)
def test_the_house_of_representatives_bans_for_itself(text):
    bans = extract_bans(_annotated(text))
    ban = only(bans, "organisation/united-states-house-of-representatives")
    assert ban.scope == "legislature_devices"


def test_a_memo_sent_on_a_day_dates_the_ban_told_before_it():
    adoc = make_adoc(
        "Ruritania has barred civil servants from using Zapster on work phones.\n\n"
        "In guidance sent to ministries on Friday, the cabinet office said the app was a risk.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-04-01",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2024-03-29"


def test_a_letter_sent_about_an_earlier_ban_does_not_redate_it():
    adoc = make_adoc(
        "In a letter sent last week, the senators cited the restrictions imposed by Ruritania on Zapster in 2019.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-04-01",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2019"


def test_a_later_date_on_a_re_mention_does_not_redate_the_ban():
    adoc = make_adoc(
        "Ruritania has eased the restrictions on Zapster, state media said on Tuesday. "
        "The authorities blocked Zapster in March 2021 during protests.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-04-04",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2021-03"


def test_lawmakers_titled_by_chamber_sit_in_that_chamber_of_their_country():
    adoc = make_adoc(
        "Taiwan banned Zapster on government devices on Friday. Taiwan's ministers said it was a risk. "
        "In the United States, Congress may go further against Zapster, and the House has held hearings. On Monday, "
        "Representatives Ann Lee and Bo Ray introduced the No Zapster Act, which would bar the app from federal "
        "devices.",
        [
            ("United States", J),
            ("Taiwan", J),
            ("United States Congress", ORG, ["Congress"]),
            ("United States House of Representatives", ORG, ["House"]),
            ("Ann Lee", "Person"),
            ("Bo Ray", "Person"),
            ("No Zapster Act", "Law"),
            ("Zapster", P),
        ],
        published="2025-02-12",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert ban.status == "proposed"
    assert only(extract_bans(adoc), jid("Taiwan")).status == "in_force"


def test_a_lifting_in_another_coordinated_ban_clause_is_that_bans_own():
    adoc = make_adoc(
        "Ruritania has blocked Zapster since 2019, and Freedonia banned it in May before a court lifted the ban.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
        published="2024-09-01",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ruritania")).status == "in_force"
    assert only(bans, jid("Freedonia")).status == "temporary"


def test_a_lifting_by_another_subject_of_the_same_ban_still_ends_it():
    adoc = make_adoc(
        "Ruritania blocked Zapster in May, and the courts lifted the ban ten days later.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-09-01",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has begun removing the curbs on Zapster.",
        "Ruritania will block the restrictions on Zapster that the regions imposed.",
    ],
)
def test_a_measure_against_a_ban_is_no_ban(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-09-01")
    assert extract_bans(adoc) == []


def test_the_subject_of_the_reporting_clause_after_a_ban_is_no_reach_of_it():
    adoc = make_adoc(
        "Ruritania will block Zapster for a year, the prime minister, Ana Vel, has announced, citing violence.",
        [("Ruritania", J), ("Zapster", P), ("Ana Vel", "Person")],
        published="2024-09-01",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.scope == "nationwide"
    assert ban.status == "temporary"


def test_a_named_body_told_to_carry_out_a_block_is_not_its_reach():
    adoc = make_adoc(
        "The government of Ruritania has banned Zapster. "
        "The Ministry of Posts of Ruritania has been directed to block the app within 30 days.",
        [("Ruritania", J), ("Zapster", P), ("Ministry of Posts of Ruritania", ORG)],
        published="2024-09-01",
    )
    assert {b.scope for b in extract_bans(adoc)} == {"nationwide"}


def test_a_date_in_a_clause_about_a_person_is_not_the_bans():
    adoc = make_adoc(
        "Ruritania will block Zapster. Mr Vel, who has been prime minister since 2013, said the ban protects children.",
        [("Ruritania", J), ("Zapster", P), ("Vel", "Person")],
        published="2024-09-01",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced != "2013"


@pytest.mark.parametrize(
    "text",
    [
        "Under federal law, Ruritania bars Zapster only from devices issued to federal employees.",
        "In Ruritania, a defence law passed in 2018 prohibits federal agencies from buying equipment from Zapster.",
    ],
)
def test_a_ban_that_is_a_statute_is_enacted_law(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-09-01")
    assert only(extract_bans(adoc), jid("Ruritania")).status == "enacted_law"


def test_a_regulator_blocking_under_a_law_is_in_force():
    adoc = make_adoc(
        "The Ruritanian Telecoms Authority blocked Zapster under the internet law on Friday.",
        [("Ruritanian Telecoms Authority", ORG), ("Zapster", P)],
        published="2024-09-01",
    )
    assert {b.status for b in extract_bans(adoc)} == {"in_force"}


def test_ordered_to_stop_installing_is_a_ban():
    adoc = make_adoc(
        "In March, the Ruritanian government ordered departments to stop installing cameras made by Zapster at "
        "sensitive sites.",
        [("Ruritania", J, ["Ruritanian government"]), ("Zapster", P)],
        published="2024-09-01",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.scope == "government_devices"


def test_the_countrys_regulator_is_the_one_named_further_on():
    adoc = make_adoc(
        "Moldova restored access to Zapster on Saturday, nine days after the country's telecoms regulator cut off "
        "access to the platform. The Telecoms Authority of Moldova declined to comment on Saturday.",
        [("Moldova", J), ("Zapster", P), ("Telecoms Authority of Moldova", ORG)],
        published="2024-08-10",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Telecoms Authority of Moldova")]


def test_a_news_agency_in_the_dateline_is_no_reach_of_the_ban():
    adoc = make_adoc(
        "VELGRAD (Northern Press Agency) - Ruritania lifted its block on Zapster on Saturday, the minister said.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert {b.scope for b in extract_bans(adoc)} <= {"nationwide"}


def test_a_company_compelled_to_shut_its_product_is_a_ban():
    adoc = make_adoc(
        "In May 2023, the government of Ruritania issued new trade rules, forcing Zapco to shut Zapster Shop in the "
        "country.",
        [("Ruritania", J), ("Zapco", ORG), ("Zapster Shop", P)],
        published="2024-09-01",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Zapster Shop")]
    assert ban.announced == "2023-05"


def test_the_rule_that_forced_a_closure_is_its_issuers_ban():
    adoc = make_adoc(
        "Ruritania had already moved against social commerce. In May 2023 the Trade Ministry of Ruritania issued "
        "Regulation 31 on social commerce. The rule forced Zapco to close its Zapster Shop "
        "service in the country.",
        [("Ruritania", J), ("Trade Ministry of Ruritania", ORG), ("Zapco", ORG), ("Zapster Shop", P)],
        published="2024-09-01",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Zapster Shop")]


def test_an_unplaced_body_acts_for_the_country_its_paragraph_opens_with():
    adoc = make_adoc(
        "Freedonia blocked Zapster in 2024.\n\nRuritania had already moved against Zapster. In May 2023 the trade "
        "ministry barred Zapster from government phones.",
        [
            ("Freedonia", J),
            ("Ruritania", J),
            ("Ministry of Trade of Freedonia", ORG, ["trade ministry"]),
            ("Zapster", P),
        ],
        published="2024-09-01",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ruritania")).scope == "government_devices"


def test_several_ministries_including_defence_are_the_governments_devices():
    adoc = make_adoc(
        "Several Ruritanian ministries, including the defence and trade ministries, blocked access to Zapster on "
        "work computers last week.",
        [("Ruritania", J, ["Ruritanian"]), ("Zapster", P)],
        published="2025-02-12",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).scope == "government_devices"


def test_a_suspension_until_further_notice_is_in_force_and_keeps_its_day():
    adoc = make_adoc(
        "VELGRAD - The government has suspended access to Zapster across Ruritania until further notice, the "
        "Minister of Communication, Ana Vel, announced on Wednesday night. The suspension comes two days after the "
        "government dissolved an opposition party.",
        [("Ruritania", J), ("Zapster", P), ("Ana Vel", "Person")],
        published="2023-08-03",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "in_force"
    assert ban.announced == "2023-08-02"


def test_a_suspension_with_a_length_is_temporary():
    adoc = make_adoc(
        "Ruritania suspended Zapster for 30 days on Monday.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-08-03",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_it_after_a_law_is_the_laws_ban_not_the_body_named_last():
    adoc = make_adoc(
        "A judge blocked Ohio's ban on Zapster on Thursday.\n\n"
        "The law, House Bill 12, cleared the Legislature in April and was signed by the governor in May. It was due to "
        "take effect on Jan. 1. It would have barred Zapster from operating anywhere in the state.",
        [("Ohio", J), ("Legislature", ORG), ("House Bill 12", "Law"), ("Zapster", P)],
        published="2023-12-01",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ohio")]
    assert bans[0].announced == "2023-05"  # the signing's month, not the vote's


def test_a_court_setting_aside_its_own_order_makes_that_ban_temporary():
    adoc = make_adoc(
        "On Thursday the Velgrad High Court set aside its own order suspending Zapster across Ruritania.",
        [("Ruritania", J), ("Velgrad High Court", ORG), ("Zapster", P)],
        published="2021-04-02",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Velgrad High Court"))
    assert ban.status == "temporary"


def test_a_judgeship_of_peace_is_a_court_that_bans():
    adoc = make_adoc(
        "On Wednesday, the Velgrad 2nd Criminal Judgeship of Peace ordered access to the gaming platform Zapster "
        "blocked nationwide.",
        [("Velgrad 2nd Criminal Judgeship of Peace", ORG), ("Zapster", P)],
        published="2024-08-11",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Velgrad 2nd Criminal Judgeship of Peace"))
    assert ban.announced == "2024-08-07"


def test_a_ban_a_court_later_ruled_unlawful_is_blocked_by_court():
    adoc = make_adoc(
        "Ruritania blocked Zapster on Monday.\n\n"
        "The Telecoms Authority of Freedonia blocked Wikipedia in April 2017 under the internet law, after the "
        "encyclopedia refused to remove articles that officials said were hostile. The block stayed in place until "
        "the Constitutional Court ruled in December 2019 that it violated freedom of expression.",
        [
            ("Ruritania", J),
            ("Freedonia", J),
            ("Telecoms Authority of Freedonia", ORG),
            ("Zapster", P),
            ("Wikipedia", P),
            ("Constitutional Court", ORG),
        ],
        published="2024-08-11",
    )
    bans = extract_bans(adoc)
    ban = only(bans, entity_id(ORG, "Telecoms Authority of Freedonia"))
    assert ban.status == "blocked_by_court"
    assert ban.scope == "nationwide"
    assert ban.announced == "2017-04"
    assert only(bans, jid("Ruritania")).status == "in_force"


def test_a_foreign_country_of_concern_is_where_the_things_come_from():
    adoc = make_adoc(
        "Ohio's rule bars state agencies from buying drones from manufacturers in a foreign country of concern, "
        "such as Zapco.",
        [("Ohio", J), ("Zapco", ORG)],
        published="2023-04-06",
    )
    assert only(extract_bans(adoc), jid("Ohio")).scope == "government_devices"


def test_a_department_grounding_its_fleet_is_a_government_devices_ban_of_its_country():
    adoc = make_adoc(
        "Ohio is following Washington's lead. The following month, the Department of the Interior grounded its "
        "fleet of drones made by Zapco.",
        [
            ("Ohio", J),
            ("United States", J, ["Washington"]),
            ("United States Department of the Interior", ORG, ["Department of the Interior"]),
            ("Zapco", ORG),
        ],
        published="2023-04-06",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert ban.scope == "government_devices"


def test_a_companys_own_systems_are_no_states_devices():
    adoc = make_adoc(
        "Ruritania's data protection authority on Tuesday ordered Zapco to stop using the personal data of people in "
        "Ruritania to train its artificial intelligence systems.",
        [("Ruritania", J), ("Ruritania's data protection authority", ORG), ("Zapco", ORG)],
        published="2024-07-03",
    )
    (ban,) = extract_bans(adoc)
    assert ban.scope == "nationwide"


def test_staff_told_to_remove_an_app_from_their_phones_is_still_a_devices_ban():
    adoc = make_adoc(
        "Ruritania ordered its ministries to remove Zapster from their phones.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-07-03",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).scope == "government_devices"


def test_the_body_that_became_the_latest_institution_to_ban_is_the_imposer():
    adoc = make_adoc(
        "The Ruritanian Senate on Tuesday became the latest EU institution to ban Zapster from staff phones.",
        [("Ruritanian Senate", ORG), ("European Union", ORG, ["EU"]), ("Zapster", P)],
        published="2024-03-15",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [entity_id(ORG, "Ruritanian Senate")]


def test_who_ordered_a_ban_is_no_reach_of_it():
    adoc = make_adoc(
        "The ban on Zapster in Ruritania, ordered by the Ministry of Information of Ruritania in May, remains in force.",
        [("Ruritania", J), ("Ministry of Information of Ruritania", ORG), ("Zapster", P)],
        published="2024-03-15",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).scope == "nationwide"


def test_a_lifted_ban_the_lifter_imposed_is_its_own_and_dated_by_the_imposing():
    adoc = make_adoc(
        "Ruritania's telecoms regulator has lifted a ban on Zapster that it imposed in October, after the company "
        "agreed to moderate content.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-03-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "temporary"
    assert ban.announced == "2023-10"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has blocked Zapster since 2020 and has no plans to lift the restriction, officials said.",
        "Ruritania has blocked Zapster since 2020 and will not lift the restriction, officials said.",
    ],
)
def test_a_lifting_not_done_leaves_the_ban_in_force(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-03-15")
    assert only(extract_bans(adoc), jid("Ruritania")).status == "in_force"


def test_a_suspension_revoked_days_later_is_temporary():
    adoc = make_adoc(
        "In March 2022, the Ruritanian Supreme Court ordered Zapster suspended nationwide, only to revoke the "
        "suspension two days later after the company met its demands.",
        [("Ruritanian Supreme Court", ORG), ("Zapster", P)],
        published="2024-03-15",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Ruritanian Supreme Court")).status == "temporary"


def test_a_block_for_the_duration_of_exams_is_temporary():
    adoc = make_adoc(
        "Ruritania's communications authority ordered internet providers on Tuesday to block Zapster for the duration "
        "of national exams.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-11-08",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_a_reported_reversal_ends_the_ban():
    adoc = make_adoc(
        "Ruritania's communications ministry said on Sunday that it had reversed a decision to suspend Zapster.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-08-13",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_a_reversal_only_called_for_leaves_the_ban_in_force():
    adoc = make_adoc(
        "Ruritania suspended Zapster on Friday. Critics said that the ministry should reverse the decision.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-08-13",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "in_force"


def test_the_store_an_app_is_removed_from_is_no_target():
    adoc = make_adoc(
        "Ruritania ordered Zapco to remove Zapster and Zipchat from its Zapco Store on Friday.",
        [("Ruritania", J), ("Zapco", ORG), ("Zapster", P), ("Zipchat", P), ("Zapco Store", P)],
        published="2024-04-20",
    )
    assert set(only(extract_bans(adoc), jid("Ruritania")).targets) == {pid("Zapster"), pid("Zipchat")}


@pytest.mark.parametrize(
    "text",
    [
        "The Presidium of Ruritania decided on Thursday that neither app may be installed on phones that reach its "
        "systems, naming Zapster and Zipchat.",
        "Ruritania's defence ministry uninstalled Zapster from all work phones on Thursday.",
    ],
)
def test_installed_and_uninstalled_lemmatised_oddly_still_tell_a_ban(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P), ("Zipchat", P)], published="2023-03-24")
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2023-03-23"


def test_a_company_ordered_to_block_its_own_chatbot_is_the_target():
    adoc = make_adoc(
        "Ruritania's data protection authority on January 30 ordered Zapco to block its chatbot in the country.",
        [("Ruritania", J), ("Ruritania's data protection authority", ORG), ("Zapco", ORG)],
        published="2025-02-21",
    )
    (ban,) = extract_bans(adoc)
    assert ban.targets == [entity_id(ORG, "Zapco")]


def test_a_ban_a_state_passed_and_its_governor_signed_is_enacted_law():
    adoc = make_adoc(
        "Ohio became the first state to pass a total ban on Zapster, which Governor Jon Reed signed on Wednesday.",
        [("Ohio", J), ("Zapster", P), ("Jon Reed", "Person")],
        published="2023-05-19",
    )
    ban = only(extract_bans(adoc), jid("Ohio"))
    assert ban.status == "enacted_law"
    assert ban.announced == "2023-05-17"


def test_access_restored_after_a_ban_tells_the_restorers_ended_ban():
    adoc = make_adoc(
        "Ruritania's government has restored access to Zapster after a ban of more than two months.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-10-20",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "temporary"
    assert ban.announced is None  # not the day access came back


@pytest.mark.parametrize(
    "text",
    [
        "Residents may still use Zangi at home, and the cabinet stopped short of telling citizens to delete it.",
        "The ministry is not telling people to avoid Zangi for now.",
        "The cabinet did not order civil servants to remove Zangi from their phones.",
        "Officials fell short of instructing schools to uninstall Zangi.",
        "The government has no plans to tell officials to remove Zangi from their phones.",
        "The ministry denied reports that it had banned Zangi.",
        "Officials dismissed claims that they would block Zangi.",
        "Portugal stopped short of banning Zangi, ordering the company to remove explicit content instead.",
    ],
)
def test_a_bidding_negated_or_held_back_above_the_ban_verb_is_no_ban(text):
    adoc = make_adoc(text, [("Zangi", P)], published="2024-03-01")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "The regulator did not say whether it was considering any restrictions on Zangi.",
        "Reporters asked whether Portugal would ban Zangi.",
    ],
)
def test_a_ban_told_as_an_open_question_is_no_ban(text):
    adoc = make_adoc(text, [("Portugal", J), ("Zangi", P)], published="2024-03-01")
    assert extract_bans(adoc) == []


def test_whether_it_would_be_temporary_leaves_the_ban_in_force_and_a_named_places_own_date_is_not_its():
    adoc = make_adoc(
        "Portugal blocked Zangi across the country on Sunday. "
        "Officials gave no details on whether the block would be temporary. "
        "It was unclear whether the ban would reach Madeira, which became autonomous in 1976.",
        [("Portugal", J), ("Zangi", P), ("Madeira", J)],
        published="2024-03-05",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.status == "in_force"
    assert ban.announced == "2024-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Moldova ordered internet and mobile service providers to block the app Zangi.",
        "Moldova instructed broadband carriers to cut off access to Zangi nationwide.",
        "Zangi is banned: Moldova told mobile operators and internet service providers to block access to the game.",
    ],
)
def test_carriers_told_to_block_an_app_make_no_telecom_scope(text):
    adoc = make_adoc(text, [("Moldova", J), ("Zangi", P)], published="2024-03-01")
    (ban,) = extract_bans(adoc)
    assert ban.scope == "nationwide"


@pytest.mark.parametrize(
    "text",
    [
        "Huawei's equipment has long worried Chisinau. On Friday, Moldova ordered telecom operators to remove it by "
        "2026.",
        "Officials see Huawei as a high-risk supplier. Moldova told mobile operators on Tuesday to phase out their "
        "products by 2025.",
    ],
)
def test_carriers_told_to_remove_kit_told_before_keep_the_telecom_scope(text):
    # a pronoun or the operators' own products point back to the kit: no app is blocked
    adoc = make_adoc(text, [("Moldova", J), ("Huawei", ORG)], published="2024-03-01")
    assert only(extract_bans(adoc), jid("Moldova")).scope == "telecom_network"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal ordered operators to remove Kestrel equipment from their 5G networks.",
        "Portugal decided that bidders must not use Kestrel products in new radio installations.",
    ],
)
def test_excluding_a_vendors_network_kit_is_telecom_network(text):
    adoc = make_adoc(text, [("Portugal", J), ("Kestrel", ORG)], published="2024-03-01")
    (ban,) = extract_bans(adoc)
    assert ban.scope == "telecom_network"


def test_a_countrys_headline_ban_folds_into_its_regulators_ban_whatever_a_later_remark_dates():
    adoc = make_adoc(
        "Moldova orders Zangi blocked over fraud\n\n"
        "The Moldovan Telecom Authority on Thursday ordered internet providers to block the app Zangi across the country. "
        "Officials at the agency said on Friday that the ban was being enforced.",
        [("Moldova", J), ("Moldovan Telecom Authority", ORG), ("Zangi", P)],
        published="2024-03-09",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Moldovan Telecom Authority")]
    assert bans[0].announced == "2024-03-07"


@pytest.mark.parametrize(
    "lead", ["Portugal tells ministries not to use WeChat", "- Portugal urges staff to avoid WeChat"]
)
def test_a_headline_advice_and_the_bodys_bar_of_the_same_imposer_and_target_are_one_ban(lead):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "WeChat news as it happened\n\n" + lead + "\n\n"
        "Portugal has barred its government agencies from using WeChat on official devices, the cabinet said on Monday."
    )
    facts = extract_one(Document(id="h1", text=text, published="2024-03-06"))
    bans = [b for b in facts.bans if b.imposed_by == jid("Portugal")]
    assert [(b.scope, b.status) for b in bans] == [("government_devices", "in_force")]


def test_a_clause_that_names_no_target_or_reach_of_its_own_goes_on_telling_the_ban_before():
    adoc = make_adoc(
        "Portugal ordered civil servants on March 6 to remove Zangi from their work phones.\n\n"
        "Other news followed.\n\n"
        "Portugal's defence ministry said the rule would be enforced through software that can block the "
        "installation of unauthorised applications.",
        [("Portugal", J), ("Zangi", P)],
        published="2024-03-08",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.scope == "government_devices"


def test_an_unnamed_target_told_with_a_reach_of_its_own_is_another_ban():
    adoc = make_adoc(
        "Portugal ordered civil servants on March 6 to remove Zangi from their work phones.\n\n"
        "Other news followed.\n\n"
        "Two weeks later, Portugal blocked the app nationwide.",
        [("Portugal", J), ("Zangi", P)],
        published="2024-03-28",
    )
    bans = extract_bans(adoc)
    assert sorted(b.scope for b in bans) == ["government_devices", "nationwide"]


@pytest.mark.parametrize(
    "text",
    [
        "Across the border, the app has been barred from Portuguese government devices under a law signed in May.",
        "Meanwhile the app was removed from Portugal's official phones last month.",
    ],
)
def test_a_passive_ban_with_no_agent_is_the_one_whose_devices_it_names(text):
    adoc = make_adoc(
        "Spain restricted Zangi on Monday.\n\n" + text,
        [("Spain", J), ("Portugal", J, ["Portuguese"]), ("Zangi", P)],
        published="2024-06-12",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.scope == "government_devices"


def test_a_lawmakers_party_label_place_is_where_they_were_elected_not_the_imposer():
    adoc = make_adoc(
        "The United States has no federal rule on Zangi. On Thursday, Reps. Ann Cole, an Ohio Democrat, and "
        "Bo Lee, a Utah Republican, introduced a bill that would ban Zangi on devices owned by federal agencies.",
        [("United States", J), ("Ohio", J), ("Utah", J), ("Zangi", P), ("Ann Cole", "Person"), ("Bo Lee", "Person")],
        published="2024-03-09",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.imposed_by not in (jid("Ohio"), jid("Utah")) for b in bans)
    assert {b.imposed_by for b in bans} == {jid("United States")}
    assert bans[0].status == "proposed"


def test_who_is_told_and_where_is_no_reach_of_the_rule_told():
    adoc = make_adoc(
        "Portugal's minister told MPs in a written statement to Parliament that government departments must stop "
        "deploying Kestrel surveillance systems on sensitive sites.",
        [("Portugal", J), ("Kestrel", ORG)],
        published="2024-03-09",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.scope == "government_devices"


def test_employees_of_a_defence_ministry_beside_the_armed_forces_are_military_staff():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "In Portugal, the defence ministry ordered employees of the ministry and the armed forces on March 6 to "
        "remove TikTok from their work phones."
    )
    facts = extract_one(Document(id="d1", text=text, published="2024-03-09"))
    assert [b.scope for b in facts.bans if b.imposed_by == jid("Portugal")] == ["military_devices"]


def test_a_limitation_on_processing_ordered_is_a_ban_dated_by_its_report():
    adoc = make_adoc(
        "The Portuguese privacy regulator said on Thursday that it had ordered, with immediate effect, a limitation "
        "on the processing of Portuguese users' data by Zangi.",
        [("Portugal", J, ["Portuguese"]), ("Zangi", P)],
        published="2024-03-09",
    )
    (ban,) = extract_bans(adoc)
    assert ban.targets == [pid("Zangi")]
    assert ban.announced == "2024-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal said on Thursday that all ministries must stop buying Kestrel cameras.",
        "Portugal's minister said that government departments must stop installing Kestrel cameras on sensitive sites.",
    ],
)
def test_the_staff_a_must_rule_binds_make_it_a_government_devices_ban(text):
    adoc = make_adoc(text, [("Portugal", J), ("Kestrel", ORG)], published="2024-03-09")
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.scope == "government_devices"


def test_a_finite_verb_the_parser_hung_as_a_relative_clause_on_the_root_noun_has_that_noun_as_subject():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Italy blocks DeepSeek\n\n"
        "Italy's privacy regulator, the Garante, on Thursday ordered DeepSeek to stop processing Italians' data with "
        "immediate effect."
    )
    facts = extract_one(Document(id="g1", text=text, published="2025-02-07"))
    assert [(b.imposed_by, b.announced) for b in facts.bans] == [
        ("organisation/garante-per-la-protezione-dei-dati-personali", "2025-02-06")
    ]


def test_a_finite_verb_whose_subject_the_parser_gave_to_after_keeps_it():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Spain bars DeepSeek\n\nSpain barred government agencies from using DeepSeek on Friday. Spain's move comes a "
        "day after Italy's data protection authority, the Garante, ordered DeepSeek to stop processing Italians' data."
    )
    facts = extract_one(Document(id="s1", text=text, published="2025-02-07"))
    imposers = {b.imposed_by: b.scope for b in facts.bans}
    assert imposers == {
        jid("Spain"): "government_devices",
        "organisation/garante-per-la-protezione-dei-dati-personali": "nationwide",
    }


def test_a_ban_an_app_could_face_is_threatened_not_in_force():
    adoc = make_adoc(
        "Zangi could face a ban in Portugal if it fails to register with the regulator.",
        [("Portugal", J), ("Zangi", P)],
        published="2024-03-09",
    )
    assert [b.status for b in extract_bans(adoc)] == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal's ban on Zangi, which lasted seven months, ended in January 2022.",
        "Portugal's suspension of Zangi expired on 3 March 2023.",
    ],
)
def test_a_ban_told_as_the_subject_of_its_own_end_is_temporary_and_not_dated_by_the_end(text):
    adoc = make_adoc(text, [("Portugal", J), ("Zangi", P)], published="2024-03-09")
    (ban,) = extract_bans(adoc)
    assert ban.status == "temporary"
    assert ban.announced not in ("2022-01", "2023-03-03", "2024-03-09")


def test_a_ban_hung_on_the_signing_of_a_bill_is_enacted_law():
    adoc = make_adoc(
        "Governor Ann Cole signed a bill on Wednesday banning Zangi in Ohio.",
        [("Ohio", J), ("Zangi", P), ("Ann Cole", "Person")],
        published="2024-06-07",
    )
    assert [b.status for b in extract_bans(adoc)] == ["enacted_law"]


def test_those_advised_to_refrain_from_using_a_thing_set_the_reach_of_the_advice():
    adoc = make_adoc(
        "Portugal's digital ministry advised government workers on Thursday to refrain from using Zangi.",
        [("Portugal", J), ("Zangi", P)],
        published="2024-06-07",
    )
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert (ban.scope, ban.status) == ("government_devices", "advisory")


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("Portugal throttled Zangi in March 2021.", True),
        ("Portugal slowed down access to Zangi across the country on Friday.", True),
        ("Portugal slowed the rollout of Zangi's payments service in March 2021.", False),
    ],
)
def test_a_throttle_is_a_restriction_a_slower_rollout_is_not(text, banned):
    adoc = make_adoc(text, [("Portugal", J), ("Zangi", P)], published="2024-06-07")
    assert bool(extract_bans(adoc)) is banned


def test_comma_joined_ban_clauses_keep_their_own_targets():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "In recent weeks Canada has banned WeChat on government phones, Belgium has barred TikTok and Telegram from "
        "official devices, and Denmark told soldiers to delete Viber."
    )
    facts = extract_one(Document(id="j1", text=text, published="2025-02-07"))
    targets = {b.imposed_by: set(b.targets) for b in facts.bans}
    assert targets[jid("Belgium")] == {pid("TikTok"), pid("Telegram")}
    assert targets[jid("Canada")] == {pid("WeChat")}


def test_an_adverbial_clause_with_a_subject_of_its_own_is_not_the_main_clauses_ban():
    adoc = make_adoc(
        "Portugal has blocked Zangi, a day after the platform removed pro-government accounts.",
        [("Portugal", J), ("Zangi", P)],
        published="2024-09-07",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.scope) for b in bans] == [(jid("Portugal"), "nationwide")]


@pytest.mark.parametrize(
    "second",
    [
        "A judge later halted the law before it could take effect.",
        "A federal court blocked the measure in November.",
    ],
)
def test_a_court_blocking_the_law_told_before_blocks_that_ban(second):
    adoc = make_adoc(
        "Ohio banned Zangi statewide in May. " + second,
        [("Ohio", J), ("Zangi", P)],
        published="2024-12-07",
    )
    ban = only(extract_bans(adoc), jid("Ohio"))
    assert ban.status == "blocked_by_court"
    assert ban.announced == "2024-05"


def test_telling_the_public_what_to_do_with_their_things_is_advice():
    adoc = make_adoc(
        "Estonia's government told citizens to delete TikTok from their phones. "
        "Latvia's interior ministry told civil servants to uninstall WeChat from their work phones.",
        [("Estonia", J), ("TikTok", P), ("Latvia", J), ("WeChat", P)],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Estonia")).status == "advisory"
    assert only(bans, jid("Latvia")).status == "in_force"


def test_a_country_hung_on_the_date_before_a_subjectless_verb_is_its_subject():
    adoc = make_adoc(
        "Britain banned TikTok on Thursday and Belgium blocked WeChat on federal devices.",
        [("United Kingdom", J, ["Britain"]), ("TikTok", P), ("Belgium", J), ("WeChat", P)],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Belgium")).targets == [pid("WeChat")]
    assert only(bans, jid("United Kingdom")).targets == [pid("TikTok")]


def test_a_remention_with_a_country_adjective_or_there_is_that_country_ban():
    adoc = make_adoc(
        "Britain banned TikTok on government phones on Thursday. Belgium suspended TikTok on federal devices. "
        "Spain barred TikTok from official phones. "
        "The British ban covers ministers, while Belgium's prime minister said the suspension there was temporary.",
        [("United Kingdom", J, ["Britain", "British"]), ("TikTok", P), ("Belgium", J), ("Spain", J)],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert len(only(bans, jid("United Kingdom")).evidence) == 2
    assert len(only(bans, jid("Belgium")).evidence) == 2
    assert len(only(bans, jid("Spain")).evidence) == 1


def test_a_regulator_carrying_out_the_government_orders_does_not_take_the_ban():
    adoc = make_adoc(
        "Bangladesh has blocked Telegram and Signal nationwide. "
        "The Bangladesh Telecommunication Regulatory Commission blocked the apps at the request of the government.",
        [
            ("Bangladesh", J),
            ("Telegram", P),
            ("Signal", P),
            ("Bangladesh Telecommunication Regulatory Commission", ORG, ["BTRC"]),
        ],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Bangladesh")]


def test_a_regulator_blocking_on_its_own_keeps_the_ban():
    adoc = make_adoc(
        "Bangladesh has blocked Telegram and Signal nationwide. "
        "The Bangladesh Telecommunication Regulatory Commission blocked the apps on Monday.",
        [
            ("Bangladesh", J),
            ("Telegram", P),
            ("Signal", P),
            ("Bangladesh Telecommunication Regulatory Commission", ORG, ["BTRC"]),
        ],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Bangladesh Telecommunication Regulatory Commission")]


def test_a_remention_with_an_unlinked_demonym_dates_that_country_ban():
    adoc = make_adoc(
        "Britain banned TikTok on government phones last week. France barred TikTok from official phones on Friday. "
        "The British ban, announced on May 16, covers ministers and civil servants.",
        [("United Kingdom", J, ["Britain"]), ("TikTok", P), ("France", J)],
        published="2024-05-24",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("United Kingdom")).announced == "2024-05-16"
    assert len(only(bans, jid("France")).evidence) == 1


def test_barring_a_company_from_some_conduct_is_no_ban_of_its_service():
    adoc = make_adoc(
        "The state is asking for a court order barring TikTok from making misleading statements. "
        "A judge barred WeChat from collecting data on minors. Spain banned Telegram from operating in the country.",
        [("TikTok", P), ("WeChat", P), ("Spain", J), ("Telegram", P)],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Spain"), [pid("Telegram")])]


def test_whose_ministry_is_that_country_not_the_story_country():
    adoc = make_adoc(
        "Austria advised civil servants not to install Telegram on their work phones on Monday. "
        "With the advice, Austria follows Norway, whose Ministry of Justice ordered its staff to remove Telegram "
        "from work phones earlier this month.",
        [("Austria", J), ("Norway", J), ("Telegram", P), ("Ministry of Justice", ORG)],
        published="2024-05-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Norway")).status == "in_force"
    assert only(bans, jid("Austria")).status == "advisory"


@pytest.mark.parametrize(
    "name, text",
    [
        ("Ministry of Justice", "In Estonia, the Ministry of Justice barred Telegram from staff phones on Monday."),
        ("Justice Ministry", "Estonia's Justice Ministry barred Telegram from staff phones on Monday."),
        ("Department of Justice", "Estonia's Department of Justice barred Telegram from staff phones on Monday."),
    ],
)
def test_a_ministry_of_justice_is_an_office_of_its_country_not_a_court(name, text):
    adoc = make_adoc(text, [("Estonia", J), (name, ORG), ("Telegram", P)], published="2024-05-22")
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Estonia")]


def test_a_court_of_justice_still_imposes_its_own_ban():
    adoc = make_adoc(
        "The High Court of Justice ordered Telegram blocked in Estonia on Monday.",
        [("Estonia", J), ("High Court of Justice", ORG), ("Telegram", P)],
        published="2024-05-22",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [entity_id(ORG, "High Court of Justice")]


def test_whose_defence_ministry_binding_its_staff_and_the_forces_is_a_military_ban():
    adoc = make_adoc(
        "Austria advised civil servants not to install Telegram on their work phones on Monday. "
        "With the advice, Austria follows Norway, whose Ministry of Defence told its employees and members of the "
        "armed forces to delete Telegram from work phones last week.",
        [("Austria", J), ("Norway", J), ("Telegram", P), ("Ministry of Defence", ORG)],
        published="2024-05-20",
    )
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.scope == "military_devices"


def test_an_armed_service_telling_its_members_not_to_use_a_thing_orders_them():
    adoc = make_adoc(
        "The United States Army told its soldiers in an email on Monday that TikTok should not be used in any "
        "capacity. Separately, Estonia's government told its officials that WeChat should not be used.",
        [("United States", J), ("TikTok", P), ("WeChat", P), ("Estonia", J)],
        published="2024-05-22",
    )
    bans = extract_bans(adoc)
    army = only(bans, jid("United States"))
    assert (army.scope, army.status) == ("military_devices", "in_force")
    assert only(bans, jid("Estonia")).status == "advisory"


def test_the_ban_of_a_law_a_court_upheld_is_enacted_law_not_proposed():
    adoc = make_adoc(
        "Top court upholds law that could shut down Telegram in Ruritania\n\n"
        "The Supreme Court of Ruritania on Tuesday upheld a law that would ban Telegram nationwide.",
        [("Ruritania", J), ("Telegram", P), ("Supreme Court of Ruritania", ORG)],
        published="2024-05-22",
    )
    bans = extract_bans(adoc)
    assert [b.status for b in bans] == ["enacted_law"]
    assert bans[0].announced != "2024-05-21"  # Tuesday is the ruling's day, not the law's


def test_a_weekday_ahead_on_a_ban_still_to_come_does_not_date_it():
    adoc = make_adoc(
        "Top court upholds law that could shut down Telegram in Ruritania on Sunday\n\n"
        "The Supreme Court of Ruritania on Tuesday upheld a law that will ban Telegram nationwide from Sunday. "
        "The Telegram Act was passed by parliament and signed by the president in March.",
        [("Ruritania", J), ("Telegram", P), ("Supreme Court of Ruritania", ORG), ("Telegram Act", "Law")],
        published="2024-05-22",
    )
    bans = extract_bans(adoc)
    assert [(b.status, b.announced) for b in bans] == [("enacted_law", "2024-03")]


def test_a_warning_whose_against_hangs_on_the_issuing_verb_is_advice():
    adoc = make_adoc(
        "Slovakia's cyber agency issued a warning on Monday against downloading Telegram on official devices.",
        [("Slovakia", J), ("Telegram", P)],
        published="2024-05-22",
    )
    ban = only(extract_bans(adoc), jid("Slovakia"))
    assert (ban.status, ban.announced) == ("advisory", "2024-05-20")


def test_a_thing_chosen_in_favour_of_the_banned_one_is_no_target():
    adoc = make_adoc(
        "Spain removed TikTok from government phones in favour of WeChat.",
        [("Spain", J), ("TikTok", P), ("WeChat", P)],
        published="2024-05-22",
    )
    assert only(extract_bans(adoc), jid("Spain")).targets == [pid("TikTok")]


def test_particle_hung_on_the_last_conjunct_of_the_object():
    # "ordered X and two other apps off state devices": the parser hangs "off" on the last conjunct
    adoc = make_adoc(
        "In Oregon, Governor Ana Ruiz ordered WeChat and two other foreign messaging apps off state-issued laptops.",
        [("Oregon", J), ("WeChat", P), ("Ana Ruiz", "Person")],
        published="2024-06-03",
    )
    bans = extract_bans(adoc)
    assert any(pid("WeChat") in b.targets for b in bans)


def test_a_measure_a_legislature_passes_is_its_own_law():
    adoc = make_adoc(
        "Denmark was not alone. The Danish Parliament passed a measure in October that prohibits Telegram on "
        "government devices.",
        [("Denmark", J), ("Danish Parliament", ORG), ("Telegram", P)],
        published="2024-02-10",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Danish Parliament"))
    assert ban.status == "enacted_law"
    assert ban.scope == "government_devices"  # the government's devices, not the members' own


def test_steer_clear_and_stay_away_are_advice_to_avoid():
    adoc = make_adoc(
        "Finland's transport ministry told port operators to steer clear of Zentek scanners and cranes.",
        [("Finland", J), ("Zentek", ORG)],
    )
    ban = only(extract_bans(adoc), jid("Finland"))
    assert ban.targets == [entity_id(ORG, "Zentek")]
    assert ban.status == "advisory"
    adoc = make_adoc(
        "Chilean officials urged ministries to stay away from Vexa software.",
        [("Chile", J, ["Chilean"]), ("Vexa", ORG)],
    )
    assert only(extract_bans(adoc), jid("Chile")).status == "advisory"


def test_steer_clear_of_places_or_debates_is_no_ban():
    for text in (
        "Finland told fans to steer clear of the stadium on Saturday.",
        "Chile's minister said operators should keep clear of the debate about Zentek.",
        "The Finnish agency told staff to stay away from the office during the strike.",
    ):
        adoc = make_adoc(text, [("Finland", J, ["Finnish"]), ("Chile", J), ("Zentek", ORG)])
        assert extract_bans(adoc) == [], text


def test_the_warning_told_again_dates_the_advice():
    adoc = make_adoc(
        "Estonia's cyber agency has advised hospitals against using software made by Zentek. "
        "The agency issued the warning on Monday evening after a review.",
        [("Estonia", J), ("Zentek", ORG)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Estonia"))
    assert ban.status == "advisory"
    assert ban.announced == "2024-05-13"


def test_an_earlier_ban_of_the_same_imposer_stays_apart_from_todays_law():
    adoc = make_adoc(
        "Governor Lee Park signed a law on Tuesday that bars Temu from phones issued by Kansas. "
        "Kansas's earlier ban was ordered by Park in March and applied only to cabinet agencies.",
        [("Kansas", J), ("Lee Park", "Person", ["Park"]), ("Temu", P)],
        published="2024-09-12",
    )
    found = sorted((b.status, b.announced, b.scope) for b in extract_bans(adoc) if b.imposed_by == jid("Kansas"))
    assert found == [("enacted_law", "2024-09-10", "government_devices"), ("in_force", "2024-03", "government_devices")]


def test_what_a_ban_applies_to_is_its_reach_unless_denied():
    adoc = make_adoc(
        "Peru's ban on Zapster, announced in May, applies only to ministers and their advisers.",
        [("Peru", J), ("Zapster", P)],
        published="2024-09-12",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "government_devices"
    adoc = make_adoc(
        "Peru's ban on Zapster, announced in May, does not apply to ministers.",
        [("Peru", J), ("Zapster", P)],
        published="2024-09-12",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "nationwide"


def test_an_effective_date_without_a_year_in_a_future_clause_lies_ahead():
    adoc = make_adoc(
        "Lawmakers in Vermont passed a ban in May that would prohibit Zapster across the state starting Feb. 1.",
        [("Vermont", J), ("Zapster", P)],
        published="2024-09-12",
    )
    ban = only(extract_bans(adoc), jid("Vermont"))
    assert ban.effective == "2025-02-01"


def test_it_after_a_generic_regulator_subject_is_that_regulator():
    adoc = make_adoc(
        "The National Media Authority blocked Zapster on Monday. Its decision drew praise from Lisbon. "
        "It is not the first time the watchdog has acted against an app. In 2022 it imposed a temporary ban on "
        "Vexa, though the People's Republic of China protested.",
        [
            ("National Media Authority", ORG),
            ("Portugal", J, ["Lisbon"]),
            ("People's Republic of China", J),
            ("Zapster", P),
            ("Vexa", P),
        ],
        published="2024-09-12",
    )
    vexa = [b for b in extract_bans(adoc) if pid("Vexa") in b.targets]
    assert [b.imposed_by for b in vexa] == [entity_id(ORG, "National Media Authority")]


def test_that_suspension_is_the_ban_told_just_before():
    adoc = make_adoc(
        "The National Media Authority blocked Zapster on Monday. In 2022 it imposed a temporary ban on Vexa over "
        "similar fears. That suspension was lifted six weeks later.",
        [("National Media Authority", ORG), ("Zapster", P), ("Vexa", P)],
        published="2024-09-12",
    )
    bans = {tuple(b.targets): b for b in extract_bans(adoc)}
    assert bans[(pid("Zapster"),)].status == "in_force"
    assert bans[(pid("Vexa"),)].status == "temporary"


def test_whose_app_store_a_thing_is_gone_from_is_no_target():
    adoc = make_adoc(
        "Since Friday Zapster can no longer be downloaded from Apple's and Google's app stores in Peru.",
        [("Zapster", P), ("Apple", ORG), ("Google", ORG), ("Peru", J)],
        published="2024-09-12",
    )
    ban = only(extract_bans(adoc), jid("Peru"))
    assert ban.targets == [pid("Zapster")]


def test_a_gerund_about_any_thing_of_a_kind_is_no_ban():
    for text in (
        '"Blocking a messaging service used by half the country is a mistake," said Ana Lima of Peru.',
        "Suspending apps rarely works, Peru found.",
    ):
        adoc = make_adoc(text, [("Peru", J), ("Zapster", P), ("Ana Lima", "Person")])
        assert extract_bans(adoc) == [], text
    adoc = make_adoc("Banning Zapster was the right call, Peru said.", [("Peru", J), ("Zapster", P)])
    assert only(extract_bans(adoc), jid("Peru")).targets == [pid("Zapster")]


def test_an_internet_shutdown_beside_an_app_ban_takes_no_target():
    adoc = make_adoc(
        "Chad blocked Zapster and Vexa for a week, while Niger suspended internet access after the vote.",
        [("Chad", J), ("Niger", J), ("Zapster", P), ("Vexa", P)],
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Chad")}


def test_a_passive_ban_in_a_later_paragraph_retells_the_storys_ban():
    adoc = make_adoc(
        "Togo has lifted its suspension of Zapster, the ministry said on Friday.\n\n"
        "The app was cut off on Sept. 3, a day after the protests began.",
        [("Togo", J), ("Zapster", P)],
        published="2024-11-22",
    )
    assert only(extract_bans(adoc), jid("Togo")).announced == "2024-09-03"


def test_a_past_day_told_without_its_year_is_behind_the_paper():
    adoc = make_adoc(
        "Togo blocked Zapster on Dec. 3 after the vote.",
        [("Togo", J), ("Zapster", P)],
        published="2024-11-22",
    )
    assert only(extract_bans(adoc), jid("Togo")).announced == "2023-12-03"


def test_access_cut_to_the_social_media_site_is_the_storys_platform_and_a_test_is_temporary():
    adoc = make_adoc(
        "Zapster stopped loading across Fiji on Sunday, after officials cut access to the social media site in what "
        "ministers called a trial.",
        [("Fiji", J), ("Zapster", P)],
        published="2024-11-22",
    )
    ban = only(extract_bans(adoc), jid("Fiji"))
    assert ban.targets == [pid("Zapster")]
    adoc = make_adoc(
        "Zapster stopped loading across Fiji on Sunday, after officials cut access to the social media site in what "
        "ministers described as a test.",
        [("Fiji", J), ("Zapster", P)],
        published="2024-11-22",
    )
    assert only(extract_bans(adoc), jid("Fiji")).status == "temporary"


def test_a_particle_hung_on_the_participle_of_the_object():
    adoc = make_adoc(
        "Austria will strip routers made by Zentek out of its fibre networks by 2027, the ministry said on Monday.",
        [("Austria", J), ("Zentek", ORG)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Austria"))
    assert ban.targets == [entity_id(ORG, "Zentek")]


def test_a_kind_of_firm_named_by_no_name_takes_no_target_from_the_story():
    adoc = make_adoc(
        "Austria barred Zentek from its networks in May. The European Commission has urged member states to exclude "
        "untrusted vendors.",
        [("Austria", J), ("Zentek", ORG), ("European Commission", ORG)],
        published="2024-05-15",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Austria")}


@pytest.mark.parametrize(
    "second",
    [
        "In a separate decision, Austria on Friday banned disposable vapes.",
        "Austria later banned single-use plastics in ministries.",
    ],
)
def test_a_bare_plural_of_other_things_takes_no_target_from_the_story(second):
    # a bare plural of things no platform is a class of things of its own, not the story's firm told before
    adoc = make_adoc(
        "Austria barred Zentek from its networks in May 2023. " + second,
        [("Austria", J), ("Zentek", ORG)],
        published="2024-05-15",
    )
    got = [(b.targets, b.announced) for b in extract_bans(adoc)]
    assert got == [([entity_id(ORG, "Zentek")], "2023-05")], got


def test_a_supposition_and_deleted_user_content_are_no_bans():
    for text in (
        '"If the price of privacy is being blocked in a country, we will pay it," Zapster\'s founder said of Peru.',
        "Peru's police said the chats had already been deleted from Zapster.",
    ):
        adoc = make_adoc(text, [("Peru", J), ("Zapster", P)])
        assert extract_bans(adoc) == [], text


def test_a_ban_its_own_imposer_revoked_was_temporary_but_not_one_still_hoped_lifted():
    adoc = make_adoc(
        "In May last year Judge Ana Vidal of the Supreme Court of Chile ordered Zapster blocked nationwide. "
        "She revoked that order three days later after the company complied.",
        [("Supreme Court of Chile", ORG), ("Ana Vidal", "Person"), ("Zapster", P), ("Chile", J)],
        published="2024-09-12",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Supreme Court of Chile"))
    assert ban.status == "temporary"
    adoc = make_adoc(
        "The Chilean telecoms regulator Subtel blocked Zapster on Monday. Subtel said it had no plans to lift the "
        "block.",
        [("Subtel", ORG), ("Zapster", P), ("Chile", J, ["Chilean"])],
        published="2024-09-12",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Subtel")).status == "in_force"


def test_a_court_ban_of_another_year_does_not_swallow_the_countrys_ban_told_by_remention():
    adoc = make_adoc(
        "An appeals judge on Saturday overturned an order that would have suspended Zapster across Chile. "
        "The suspension had been ordered on Wednesday by a lower court. "
        "In March last year the Supreme Court of Chile ordered the app blocked nationwide.",
        [("Chile", J), ("Supreme Court of Chile", ORG), ("Zapster", P)],
        published="2024-09-15",
    )
    imposers = {b.imposed_by: b for b in extract_bans(adoc)}
    assert imposers[jid("Chile")].status == "blocked_by_court"
    assert imposers[entity_id(ORG, "Supreme Court of Chile")].announced == "2023-03"


def test_a_described_body_an_appositive_names_is_the_named_one():
    adoc = make_adoc(
        "Spain has already gone further. Its data watchdog, the AEPD, ordered Zapster blocked nationwide in May.",
        [("Spain", J), ("AEPD", ORG), ("Autoriteit Persoonsgegevens", ORG, ["data watchdog"]), ("Zapster", P)],
        published="2024-09-12",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {entity_id(ORG, "AEPD")}


def test_other_apps_and_a_feature_of_any_app_take_no_target_from_the_story():
    for text in (
        "Chile banned Zapster on army phones in May. Chile has already restricted other apps on official laptops.",
        "Chile banned Zapster on army phones in May. In 2019 Peru barred its sailors from using location features "
        "on ships.",
    ):
        adoc = make_adoc(text, [("Chile", J), ("Peru", J), ("Zapster", P)], published="2024-09-12")
        bans = extract_bans(adoc)
        assert [(b.imposed_by, b.announced) for b in bans] == [(jid("Chile"), "2024-05")], text


def test_a_ban_told_as_following_another_takes_its_reach():
    adoc = make_adoc(
        "Canada removed Zapster from government phones in March. "
        "Ontario also followed Canada on Zapster in April, announcing its own ban the same week.",
        [("Canada", J), ("Ontario", J), ("Zapster", P)],
        published="2024-09-12",
    )
    ban = only(extract_bans(adoc), jid("Ontario"))
    assert ban.scope == "government_devices"


def test_an_appositive_describing_the_actor_names_no_second_actor():
    adoc = make_adoc(
        "Ghana, a close Canadian partner, has restricted Zapster during protests before.",
        [("Ghana", J), ("Canada", J, ["Canadian"]), ("Zapster", P)],
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Ghana")}


def test_a_company_removing_an_app_on_a_bodys_order_is_the_bodys_ban():
    adoc = make_adoc(
        "The Vietnam Telecom Authority licenses apps. Google has removed Zapster from its Play Store in Vietnam "
        "after the country's telecoms regulator ordered it to do so, the company said on Friday.",
        [("Google", ORG), ("Zapster", P), ("Vietnam", J), ("Vietnam Telecom Authority", ORG)],
        published="2024-09-13",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Vietnam Telecom Authority")]
    assert bans[0].announced == "2024-09-13"


def test_a_countrys_authorities_are_the_country_not_its_one_regulator():
    adoc = make_adoc(
        "The Vietnamese Telecom Authority fined Zapster in May. Zapster has been blocked by Vietnamese authorities "
        "since 2019.",
        [("Vietnamese Telecom Authority", ORG), ("Vietnam", J, ["Vietnamese"]), ("Zapster", P)],
        published="2024-09-13",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Vietnam")]


def test_a_block_a_third_party_reported_is_dated_the_day_it_took_effect():
    adoc = make_adoc(
        "Peru has blocked Zapster, the monitor NetWatch said on Friday. The block took effect on Thursday.",
        [("Peru", J), ("Zapster", P), ("NetWatch", ORG)],
        published="2024-09-13",
    )
    assert only(extract_bans(adoc), jid("Peru")).announced == "2024-09-12"


def test_a_ban_told_as_so_long_before_a_dated_event_is_dated_back():
    adoc = make_adoc(
        "Malawi's regulator restored access to Zapster on Friday, ten days after it blocked the platform during "
        "the vote.",
        [("Malawi", J), ("Zapster", P)],
        published="2024-06-13",
    )
    assert only(extract_bans(adoc), jid("Malawi")).announced == "2024-05-28"


def test_refusing_a_plan_to_use_a_named_thing_bans_it():
    adoc = make_adoc(
        "Chile's telecoms regulator rejected a request by Entel to deploy Zentek gear in its 5G network.",
        [("Chile", J), ("Entel", ORG), ("Zentek", ORG)],
        published="2024-06-13",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert ban.targets == [entity_id(ORG, "Zentek")]
    assert ban.scope == "telecom_network"
    for text in (
        "Chile's council turned down a plan to build a Zentek stadium.",
        "Chile rejected a bid by Zentek to buy a stake in Entel.",
    ):
        adoc = make_adoc(text, [("Chile", J), ("Entel", ORG), ("Zentek", ORG)])
        assert extract_bans(adoc) == [], text


# Sentences that tell no ban (each case: the text, its entities, make_adoc's options; named after what it shows).
NO_BAN = [
    pytest.param(
        "The new rule does not restrict Signal for members of the public in Chile.",
        [("Chile", J), ("Signal", P)],
        {},
        id="negated_restriction_is_not_a_ban",
    ),
    pytest.param(
        "Germany blocked Temu's takeover of a logistics firm. Austria removed a video posted by Telegram.",
        [("Germany", J), ("Austria", J), ("Temu", P), ("Telegram", P)],
        {},
        id="blocking_a_takeover_or_removing_a_video_is_not_a_ban",
    ),
    pytest.param(
        "A court in Lima fined Kick for failing to remove banned material. Officials say Chilean police can read "
        "the deleted messages of Kick users.",
        [("Lima", J), ("Kick", P)],
        {},
        id="participles_describing_a_noun_are_no_ban",
    ),
    pytest.param(
        "The bench passed the interim order on a petition filed by senior advocate Ravi Rao, who sought a ban on Kick.",
        [("Ravi Rao", "Person"), ("Kick", P), ("India", J)],
        {},
        id="a_petitioner_who_sought_a_ban_is_no_imposer",
    ),
    pytest.param(
        "Many users in Chad refrained from using Viber after the leak.",
        [("Chad", J), ("Viber", P)],
        {},
        id="users_who_refrain_from_using_an_app_ban_nothing",
    ),
    pytest.param(
        "No government in Chile has banned Kick. Nobody in Peru has blocked Viber, and neither state has restricted it.",
        [("Chile", J), ("Peru", J), ("Kick", P), ("Viber", P)],
        {},
        id="a_subject_that_denies_the_act_bans_nothing",
    ),
    pytest.param(
        "to bar Kick from federal devices introduced in House",
        [("House", ORG), ("Kick", P)],
        {"published": "2025-02-07"},
        id="an_infinitive_torn_from_its_headline_bans_nothing_by_itself",
    ),
    pytest.param(
        "Norway told employees to avoid delays in reporting problems with Zapster.",
        [("Norway", J), ("Zapster", P)],
        {"published": "2025-02-10"},
        id="avoiding_something_else_is_no_ban",
    ),
    pytest.param(
        "Zapster is popular in Montana. He had already ordered Zapster off state-issued phones.",
        [("Montana", J), ("Zapster", P)],
        {"published": "2023-12-01"},
        id="he_with_no_person_before_names_no_imposer",
    ),
    pytest.param(
        "Ruritania has found Zapster cameras in its barracks. Senator Ana Vel said every one of the cameras in "
        "ministries should be removed as a matter of urgency.",
        [("Ruritania", J), ("Zapster", P), ("Ana Vel", "Person")],
        {"published": "2024-09-01"},
        id="what_someone_says_should_be_removed_is_a_call_not_a_ban",
    ),
    pytest.param(
        "The minister of Ruritania warned that Zapster could wipe out small producers if it were allowed to operate.",
        [("Ruritania", J), ("Zapster", P)],
        {"published": "2024-09-01"},
        id="an_app_that_could_wipe_out_traders_is_not_banned",
    ),
    pytest.param(
        "The Ruritanian authorities removed thousands of posts from Zapster accounts in recent months.",
        [("Ruritania", J, ["Ruritanian"]), ("Zapster", P)],
        {"published": "2021-04-02"},
        id="removing_thousands_of_posts_is_no_ban",
    ),
    pytest.param(
        "The government of Ruritania has ordered Zapco and Zipco to remove 119 apps, most of them foreign, from their "
        "app stores.",
        [("Ruritania", J), ("Zapco", ORG), ("Zipco", ORG)],
        {"published": "2025-02-21"},
        id="companies_ordered_to_remove_other_apps_are_no_targets",
    ),
    pytest.param(
        "Its chairwoman said that Portugal should go further and ban Zangi altogether.",
        [("Portugal", J), ("Zangi", P)],
        {"published": "2024-03-01"},
        id="a_ban_coordinated_with_a_verb_under_should_in_reported_speech_is_a_call",
    ),
    pytest.param(
        "Ohio sued TikTok on Monday over its data practices. "
        "The company said it does not hand data to Beijing and would not do so if asked.",
        [("Ohio", J), ("TikTok", P)],
        {"published": "2024-05-20"},
        id="a_negated_do_so_is_no_ban_done_alike",
    ),
    pytest.param(
        "In Lima, the cabinet has stopped short of a ban on Zapster.",
        [("Peru", J, ["Lima"]), ("Zapster", P)],
        {},
        id="stopping_short_of_a_ban_is_none",
    ),
    pytest.param(
        "Peru's minister said the licence rule was not designed to block Zapster or any other app.",
        [("Peru", J), ("Zapster", P)],
        {},
        id="a_measure_not_meant_to_restrict_is_no_ban",
    ),
    pytest.param(
        "Malawi's parliament passed a law last week that would let the government block Wikipedia.",
        [("Malawi", J), ("Wikipedia", P)],
        {"published": "2024-06-13"},
        id="a_law_that_would_let_a_government_block_an_app_is_a_power_not_a_ban",
    ),
    pytest.param(
        "Malawi's communications regulator is examining Zapster's data practices. The regulator has not ordered "
        "any block of the app, and the cabinet did not impose a ban on Zapster either.",
        [("Malawi Communications Regulatory Authority", ORG, ["communications regulator"]), ("Zapster", P)],
        {},
        id="a_block_nobody_ordered_is_no_ban",
    ),
]


@pytest.mark.parametrize(("text", "entities", "options"), NO_BAN)
def test_no_ban(text, entities, options):
    assert extract_bans(make_adoc(text, entities, **options)) == []


def test_the_ledes_acting_country_leads_the_story_though_its_sentence_mentions_data():
    adoc = make_adoc(
        "Chile's interior ministry has blocked Zapster on its office computers, an official said on Thursday, as "
        "worries grow about how the app handles user data.\n\n"
        "The Ministry of Interior told staff on Wednesday that access to Zapster had been cut off on work PCs.\n\n"
        "A spokesman said the ministry was being careful.\n\n"
        "Peru on Tuesday banned Zapster from all government devices.",
        [("Chile", J), ("Peru", J), ("Ministry of Interior", ORG), ("Zapster", P)],
        published="2025-02-07",
    )
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {jid("Chile"), jid("Peru")}
    chile = only(bans, jid("Chile"))
    assert len(chile.evidence) >= 2  # the ministry's notice is Chile's ban told again, not Peru's


def test_the_european_parliament_bars_a_tool_from_its_own_devices_a_legislatures_scope():
    adoc = make_adoc(
        "The European Parliament has blocked Zapster on the laptops it issues to MEPs and their staff. "
        "The Council of the European Union removed Zapster from its staff phones.",
        [("European Parliament", ORG), ("Council of the European Union", ORG), ("Zapster", P)],
        published="2025-03-07",
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "European Parliament")).scope == "legislature_devices"
    assert only(bans, entity_id(ORG, "Council of the European Union")).scope == "staff_devices"


def test_the_european_parliament_barring_a_tool_from_its_staffs_phones_is_a_staff_ban():
    adoc = make_adoc(
        "The European Parliament, which barred Zapster from the work phones of its employees in May, said it would review the rule.",
        [("European Parliament", ORG), ("Zapster", P)],
        published="2025-03-07",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "European Parliament")).scope == "staff_devices"


def test_a_parliament_named_only_as_the_model_does_not_make_a_ban_the_legislatures():
    adoc = make_adoc(
        "Chile's interior ministry advised civil servants not to use Zapster on work phones, in line with the "
        "Parliament.",
        [("Chile", J), ("Zapster", P)],
        published="2025-03-07",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert (ban.scope, ban.status) == ("government_devices", "advisory")
    adoc = make_adoc(
        "Chile's Parliament told MPs not to use Zapster on their phones.",
        [("Chile", J), ("Zapster", P)],
        published="2025-03-07",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "legislature_devices"


def test_asking_staff_to_remove_a_tool_while_restricting_apps_is_a_rule_not_advice():
    adoc = make_adoc(
        "The Council of the European Union restricted several apps on its work phones last year, asking staff to "
        "uninstall Zapster.",
        [("Council of the European Union", ORG), ("Zapster", P)],
        published="2025-03-07",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Council of the European Union")).status == "in_force"
    adoc = make_adoc(
        "The Council of the European Union asked staff to remove Zapster from their personal phones in 2023.",
        [("Council of the European Union", ORG), ("Zapster", P)],
        published="2025-03-07",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Council of the European Union")).status == "advisory"


def test_a_ban_told_as_following_suit_takes_the_status_of_its_own_telling():
    adoc = make_adoc(
        "Chile barred Zapster from government phones on Monday. The Storting followed suit on Friday, in softer "
        "language. The Storting's administration advised members and staff to delete Zapster from any phone "
        "issued by the Storting.",
        [("Chile", J), ("Storting", ORG), ("Zapster", P)],
        published="2025-03-08",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Storting"))
    assert (ban.scope, ban.status) == ("legislature_devices", "advisory")


def test_a_restriction_summed_up_after_the_object_does_not_unmake_the_ban():
    adoc = make_adoc(
        "A senator has introduced a bill that would ban Zapster across Chile. Chile already bars the app from "
        "government phones, a restriction announced by the interior minister in April last year.",
        [("Chile", J), ("Zapster", P)],
        published="2024-09-12",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Chile")]
    devices = [b for b in bans if b.scope == "government_devices"]
    assert len(devices) == 1 and devices[0].status == "in_force" and devices[0].announced == "2023-04"
    assert any(b.status == "proposed" and b.scope == "nationwide" for b in bans)


def test_blocking_a_takeover_summed_up_after_a_comma_is_still_no_ban():
    adoc = make_adoc(
        "Chile blocked the takeover of Zapster, a deal worth two billion dollars.", [("Chile", J), ("Zapster", P)]
    )
    assert extract_bans(adoc) == []


def test_a_directive_a_relative_clause_tells_is_the_government_told_acting_just_before():
    adoc = make_adoc(
        "Dana Reyes said Chile was moving in line with Peru, and urged other governors to do the same. "
        "Her office said the order built on a 2022 directive that already bars Zapster and Yappa from state devices.",
        [("Chile", J), ("Peru", J), ("Zapster", P), ("Yappa", P), ("Dana Reyes", "Person")],
        published="2025-02-12",
    )
    bans = [b for b in extract_bans(adoc) if set(b.targets) == {pid("Zapster"), pid("Yappa")}]
    assert [(b.imposed_by, b.scope, b.announced) for b in bans] == [(jid("Chile"), "government_devices", "2022")]


def test_a_region_cut_off_from_the_internet_bans_no_app_of_its_own():
    adoc = make_adoc(
        "Peru restricted Zapster nationwide on Thursday.\n\nIn Chile itself, the northern Atacama region has been "
        "largely cut off from the internet since the war began in November 2020.",
        [("Chile", J), ("Peru", J), ("Zapster", P)],
        published="2024-06-14",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Peru")]  # Chile banned no app
    adoc = make_adoc(
        "Zapster has been cut off in Chile since Monday, the regulator said.", [("Chile", J), ("Zapster", P)]
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Chile")]


def test_a_place_described_between_commas_after_its_name_is_the_imposer():
    adoc = make_adoc(
        "Maine barred TikTok from state devices on Monday. "
        "Oregon issued a similar order on March 3, and Nevada, the first state to act, barred the app on February 9.",
        [("Maine", J), ("Oregon", J), ("Nevada", J), ("TikTok", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert jid("Nevada") in {b.imposed_by for b in bans}


def test_a_description_with_no_place_named_before_it_names_no_imposer():
    adoc = make_adoc(
        "After talks with Nevada, the first state to act barred TikTok from state devices on February 9.",
        [("Nevada", J), ("TikTok", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert all(b.imposed_by != jid("Nevada") for b in bans)


def test_refusing_a_request_to_do_so_is_no_ban():
    adoc = make_adoc(
        "Norway removed Temu from state phones in May. The firm has said it does not pass user data to China and "
        "would refuse any request to do so.",
        [("Norway", J), ("China", J), ("Temu", P)],
    )
    ex = BanExtractor(adoc)
    ex.run()
    assert [bm.rule for bm in ex.mentions] == ["bans.verb"]  # "to do so" is no ban done again


def test_money_wiped_off_a_company_is_no_ban():
    adoc = make_adoc(
        "China's ties with Samsung have been strained before, but rarely in a way that wiped nearly $150 billion "
        "off the company's market value in three trading days.",
        [("China", J), ("Samsung", ORG)],
    )
    assert extract_bans(adoc) == []


def test_restricting_a_companys_access_to_technology_is_no_ban_of_it():
    adoc = make_adoc(
        "The United States has spent years restricting ZTE's access to American chips. "
        "Nepal restricted its citizens' access to TikTok in 2023.",
        [("United States", J), ("ZTE", ORG), ("Nepal", J), ("TikTok", P)],
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Nepal")}


def test_a_similar_step_said_to_be_possible_is_no_ban():
    adoc = make_adoc(
        "Spain blocked Replika in March. A French minister said on Monday that a similar step was possible in France.",
        [("Spain", J), ("France", J), ("Replika", P)],
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Spain")}


def test_a_maker_that_stops_offering_its_app_bans_nothing():
    adoc = make_adoc(
        "Chief executive Ana Ruiz wrote that the company had ceased offering Replika in Spain. "
        "Luka said it had stopped offering Replika in Portugal as well.",
        [("Spain", J), ("Portugal", J), ("Luka", ORG), ("Replika", P), ("Ana Ruiz", "Person")],
    )
    assert extract_bans(adoc) == []


def test_ban_told_days_before_an_advice_is_dated_back_and_not_advice():
    adoc = make_adoc(
        "Norway's parliament on Friday urged members to remove Temu from work phones, three days after the "
        "country's defence ministry banned the app outright.",
        [("Norway", J), ("Temu", P)],
        published="2024-03-15",
    )
    bans = extract_bans(adoc)
    military = next(b for b in bans if b.scope == "military_devices")  # a defence ministry's own
    assert military.status == "in_force"
    assert military.announced == "2024-03-12"


def test_a_date_counted_from_another_yields_to_one_told():
    counted = make_adoc(
        "Ruritania lifted its block on Kick on Saturday, nine days after its telecoms regulator blocked the platform.",
        [("Ruritania", J), ("Kick", P)],
        published="2024-07-14",
    )
    assert only(extract_bans(counted), jid("Ruritania")).announced == "2024-07-04"
    told = make_adoc(
        "Ruritania lifted its block on Kick on Saturday, nine days after its telecoms regulator blocked the platform. "
        "Kick had been blocked by Ruritania on July 3 without any reason given.",
        [("Ruritania", J), ("Kick", P)],
        published="2024-07-14",
    )
    assert only(extract_bans(told), jid("Ruritania")).announced == "2024-07-03"


def test_a_year_on_a_deadline_is_when_it_takes_effect_not_when_told():
    adoc = make_adoc(
        "Ruritania sets 2027 deadline to rip Huawei out of 5G networks",
        [("Ruritania", J), ("Huawei", ORG)],
        published="2024-07-19",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.effective == "2027"
    assert ban.announced != "2027"


def test_a_document_date_of_a_month_yields_to_the_day_told():
    adoc = make_adoc(
        "Ruritania on Tuesday ordered all agencies to remove Kick from government phones. "
        "This is the second direction issued under the security framework this month.",
        [("Ruritania", J), ("Kick", P)],
        published="2024-07-18",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2024-07-16"


def test_advice_told_in_the_present_is_given_on_the_publication_day():
    adoc = make_adoc(
        "Ruritania barred Kick from state phones in May. The rule covers every ministry. Exemptions are rare. "
        "Its cyber centre recommends that businesses and local councils review their use of Kick and consider "
        "removing it.",
        [("Ruritania", J), ("Kick", P)],
        published="2024-07-18",
    )
    advice = next(b for b in extract_bans(adoc) if b.status == "advisory")
    assert advice.announced == "2024-07-18"


def test_a_bill_by_members_labelled_with_their_states_is_the_countrys():
    adoc = make_adoc(
        "Is a US federal ban on Kick coming? Possibly. Representatives Ann Cole, an Ohio Democrat, and Bo Reed, a "
        "Utah Republican, introduced a bill this month, the Federal Phones Security Act, that would ban the app on "
        "devices issued by federal agencies.",
        [
            ("Ohio", J),
            ("Utah", J),
            ("United States", J, ["US"]),
            ("Kick", P),
            ("Ann Cole", "Person"),
            ("Bo Reed", "Person"),
            ("Federal Phones Security Act", "Law"),
        ],
        published="2025-02-18",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert ban.status == "proposed"


def test_an_official_placed_by_no_word_acts_for_the_country_the_paragraph_opens_with():
    adoc = make_adoc(
        "Sweden barred agencies from using Kick at the end of January.\n\n"
        "Norway acted days after Sweden did the same. On February 4 the secretary of the Department of Digital "
        "Affairs, Ola Berg, issued a mandatory direction requiring all federal agencies to remove Kick products from "
        "government systems and devices.",
        [("Norway", J), ("Sweden", J), ("Kick", P), ("Ola Berg", "Person"), ("Department of Digital Affairs", ORG)],
        published="2025-02-18",
    )
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.announced == "2025-02-04"
    assert ban.scope == "government_devices"


def test_a_ban_tried_and_blocked_by_a_judge_is_its_own():
    adoc = make_adoc(
        "India banned Kick in June 2020. Ohio tried a statewide ban in 2023, but a federal judge blocked it before "
        "it could take effect.",
        [("India", J), ("Ohio", J), ("Kick", P)],
        published="2025-01-19",
    )
    ban = only(extract_bans(adoc), jid("Ohio"))
    assert (ban.scope, ban.status, ban.announced) == ("statewide", "blocked_by_court", "2023")
    assert only(extract_bans(adoc), jid("India")).status == "in_force"


def test_the_day_a_story_was_updated_dates_no_ban():
    adoc = make_adoc(
        "Earlier this month, Ruritania blocked access to Kick on work computers.\n\n"
        "This article was updated on 18 February to include the Ruritanian suspension.",
        [("Ruritania", J, ["Ruritanian"]), ("Kick", P)],
        published="2025-02-20",
    )
    assert [b.announced for b in extract_bans(adoc)] == ["2025-02"]


def test_gear_barred_from_spectrum_auctions_is_a_network_ban():
    adoc = make_adoc(
        "The Ruritanian telecom regulator barred Huawei and ZTE gear from 5G spectrum auctions in 2021.",
        [("Ruritanian Telecom Authority", ORG, ["Ruritanian telecom regulator"]), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-03-10",
    )
    (ban,) = extract_bans(adoc)
    assert ban.scope == "telecom_network"


def test_a_regulator_named_with_another_countrys_demonym_is_not_this_countrys():
    adoc = make_adoc(
        "Britain told operators in 2020 to strip Huawei kit out of their 5G networks. The Swedish Post and "
        "Telecom Authority barred Huawei gear from 5G spectrum auctions the same year.",
        [("United Kingdom", J, ["Britain"]), ("Swedish Post and Telecom Authority", ORG), ("Huawei", ORG)],
        published="2024-03-10",
    )
    imposers = {b.imposed_by for b in extract_bans(adoc)}
    assert imposers == {jid("United Kingdom"), entity_id(ORG, "Swedish Post and Telecom Authority")}


def test_a_verb_the_parser_took_for_a_noun_after_a_date_still_bars():
    adoc = make_adoc(
        "At the federal level, a U.S. law passed last December bars TikTok from devices issued by federal agencies.",
        [("United States", J, ["U.S."]), ("TikTok", P)],
        published="2023-09-14",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert (ban.scope, ban.status, ban.announced) == ("government_devices", "enacted_law", "2022-12")


def test_the_law_told_again_is_the_one_told_before_not_the_last_subject():
    adoc = make_adoc(
        "A federal judge on Thursday blocked Ohio's law banning Kick statewide. U.S. District Judge Ann Lee granted "
        "an injunction sought by Kick. The law would have barred Kick from operating in the state.",
        [("Ohio", J), ("United States", J, ["U.S."]), ("Kick", P), ("Ann Lee", "Person")],
        published="2023-12-01",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Ohio")}


def test_a_governor_mirroring_others_is_not_one_of_them():
    adoc = make_adoc(
        "A judge blocked Ohio's Temu law on Thursday. Ohio officials said they would appeal, and Ohio lawmakers "
        "called the ruling wrong. Gov. Ann Lee banned Temu on state phones in December 2022, mirroring orders "
        "issued weeks earlier by the governors of Idaho and Utah.",
        [("Ohio", J), ("Idaho", J), ("Utah", J), ("Temu", P), ("Ann Lee", "Person", ["Lee"])],
        published="2023-12-01",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ohio")).announced == "2022-12"
    # the mirrored orders were issued some weeks before December: that year, no finer
    assert only(bans, jid("Idaho")).announced == only(bans, jid("Utah")).announced == "2022"


def test_weeks_before_january_may_be_the_year_before():
    adoc = make_adoc(
        "Ohio banned Temu on state phones in January 2023, mirroring orders issued weeks earlier by the governors "
        "of Idaho and Utah.",
        [("Ohio", J), ("Idaho", J), ("Utah", J), ("Temu", P)],
    )
    assert only(extract_bans(adoc), jid("Idaho")).announced is None


def test_the_day_a_court_upheld_a_law_is_not_the_laws_even_through_its_verbs():
    adoc = make_adoc(
        "The Supreme Court on Friday unanimously upheld the law that forces the owner to sell Kick or see it banned. "
        "The law was signed by the president last April.",
        [("United States", J, ["US"]), ("Kick", P), ("Supreme Court of the United States", ORG, ["Supreme Court"])],
        published="2025-01-19",
    )
    ban = only(extract_bans(adoc), jid("United States"))
    assert (ban.status, ban.announced) == ("enacted_law", "2024-04")


def test_a_ban_expanded_to_cover_other_apps_is_a_ban_of_those():
    adoc = make_adoc(
        "Ohio banned Temu on state phones in December 2022. When she signed the bill in May, Governor Ann Lee also "
        "expanded that ban to cover other apps with ties to foreign adversaries, including WeChat and Telegram, on "
        "state devices from June 1.",
        [("Ohio", J), ("Temu", P), ("WeChat", P), ("Telegram", P), ("Ann Lee", "Person")],
        published="2023-12-01",
    )
    bans = sorted(extract_bans(adoc), key=lambda b: b.announced)
    assert [(b.targets, b.scope, b.announced, b.effective) for b in bans] == [
        ([pid("Temu")], "government_devices", "2022-12", None),
        ([pid("WeChat"), pid("Telegram")], "government_devices", "2023-05", "2023-06-01"),
    ]


def test_a_law_with_no_place_is_of_the_country_told_acting_just_before():
    adoc = make_adoc(
        "Belarus has also moved on this front. A law signed in June 2021 bars ministries and state banks from using "
        "foreign chat apps such as Signal and Viber for official business, with the restriction taking effect on "
        "January 1, 2022.",
        [("Belarus", J), ("Signal", P), ("Viber", P)],
        published="2023-09-14",
    )
    ban = only(extract_bans(adoc), jid("Belarus"))
    assert (ban.status, ban.announced, ban.effective) == ("enacted_law", "2021-06", "2022-01-01")


def test_a_named_thing_the_story_does_not_track_is_no_other_apps_ban():
    adoc = make_adoc(
        "Ruritania barred Kick from state phones in 2022. In March, the Kremlin told officials to stop using iPhones "
        "at work.",
        [("Ruritania", J), ("Kick", P), ("Russia", J, ["Kremlin"])],
        published="2023-09-14",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("Ruritania")}  # not Kick, the story's app, again


def test_extending_the_restriction_told_before_is_no_new_ban():
    adoc = make_adoc(
        "Officials at Ruritanian ministries were ordered to stop using Kick at work in May. A day later, a newspaper "
        "reported that the government planned to extend the restriction to state-owned companies.",
        [("Ruritania", J, ["Ruritanian"]), ("Kick", P)],
        published="2023-09-14",
    )
    assert [b.status for b in extract_bans(adoc)] == ["in_force"]


def test_the_same_authority_is_the_regulator_told_before():
    adoc = make_adoc(
        "Spain's data protection authority, the AEPD, ordered Acme last Friday to stop processing the personal data "
        "of Spanish users. In early February the same authority ordered Kick, a chatbot from a small start-up, to "
        "stop processing the data of Spanish users.",
        [("Spain", J), ("Spanish Data Protection Agency", ORG, ["AEPD"]), ("Kick", P), ("Acme", ORG)],
        published="2023-04-06",
    )
    aepd = entity_id(ORG, "Spanish Data Protection Agency")
    kick = next(b for b in extract_bans(adoc) if pid("Kick") in b.targets)
    assert (kick.imposed_by, kick.announced) == (aepd, "2023-02")


def test_a_regulators_order_on_a_company_reaches_the_product_it_runs():
    adoc = make_adoc(
        "Ruritania's Kick block is heavy-handed.\n\n"
        "When the Ruritanian Data Protection Authority ordered Streamco on Friday to stop processing the data of local users, few "
        "expected it. Within hours, Streamco had geo-blocked Kick in Ruritania.",
        [("Ruritania", J), ("Ruritanian Data Protection Authority", ORG), ("Streamco", ORG), ("Kick", P)],
        published="2023-04-06",
    )
    office = entity_id(ORG, "Ruritanian Data Protection Authority")
    (ban,) = [b for b in extract_bans(adoc) if pid("Kick") in b.targets]
    assert ban.imposed_by == office  # the country's block told in the headline is the regulator's


def test_a_date_behind_another_clause_goes_to_the_next_nearest_ban():
    adoc = make_adoc(
        "Idaho Governor Ann Lee signed an executive order on Monday barring Kick from state-owned devices, after "
        "Utah Governor Bo Reed did the same on December 7.",
        [("Idaho", J), ("Utah", J), ("Kick", P), ("Ann Lee", "Person"), ("Bo Reed", "Person")],
        published="2022-12-14",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Idaho")).announced == "2022-12-12"
    assert only(bans, jid("Utah")).announced == "2022-12-07"


def test_a_body_named_after_its_country_acts_for_it_and_shares_the_clauses_date():
    adoc = make_adoc(
        "Ruritania on Friday barred agencies from using Kick. Earlier in the week, Ohio Governor Ann Lee barred Kick "
        "from state phones, and the U.S. Navy warned its members in an email that they should not use the app.",
        [("Ruritania", J), ("Ohio", J), ("Kick", P), ("Ann Lee", "Person"), ("United States Navy", ORG, ["U.S. Navy"])],
        published="2025-03-01",
    )
    navy = only(extract_bans(adoc), jid("United States"))
    assert (navy.scope, navy.status, navy.announced) == ("military_devices", "advisory", "2025-02")


def test_two_objects_each_with_its_own_date_are_two_bans():
    # the second object is parsed as a conjunct of the verb ("cut off X in March and [cut off] Y in June")
    adoc = make_adoc(
        "The Belarusian watchdog BelGIE cut off the chat app Threema in March and the video site Rumble in June,"
        " saying both had ignored takedown orders.",
        [("BelGIE", ORG), ("Threema", P), ("Rumble", P)],
        published="2024-11-20",
    )
    bans = extract_bans(adoc)
    by_target = {tuple(b.targets): b for b in bans}
    assert set(by_target) == {(pid("Threema"),), (pid("Rumble"),)}, [(b.targets, b.announced) for b in bans]
    assert by_target[(pid("Threema"),)].announced == "2024-03"
    assert by_target[(pid("Rumble"),)].announced == "2024-06"


def test_objects_sharing_one_date_stay_one_ban():
    adoc = make_adoc(
        "The Belarusian watchdog BelGIE blocked Threema and Rumble in June.",
        [("BelGIE", ORG), ("Threema", P), ("Rumble", P)],
        published="2024-11-20",
    )
    bans = extract_bans(adoc)
    assert len(bans) == 1 and set(bans[0].targets) == {pid("Threema"), pid("Rumble")}
    assert bans[0].announced == "2024-06"


def test_content_banned_under_a_law_is_no_ban_of_the_platforms():
    adoc = make_adoc(
        "Nauru's regulator NTRA said Threema and Rumble had failed to delete material banned under local law.",
        [("Nauru", J), ("NTRA", ORG), ("Threema", P), ("Rumble", P)],
        published="2024-11-20",
    )
    assert extract_bans(adoc) == []


def test_a_ministry_saying_public_bodies_should_avoid_a_product_gives_advice_on_its_day():
    adoc = make_adoc(
        "Ruritania bars state staff from using Threema\n\n"
        "Ruritania banned Threema from state phones on Wednesday.\n\n"
        "The Ruritanian Ministry of Interior had said on Monday that public bodies should avoid the app; the"
        " ban turns that advice into a rule.",
        [("Ruritania", J), ("Ruritanian Ministry of Interior", ORG), ("Threema", P)],
        published="2024-05-09",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Ruritania")]
    advice = [b for b in bans if b.status == "advisory"]
    assert len(advice) == 1, [(b.status, b.announced) for b in bans]
    assert advice[0].targets == [pid("Threema")]
    assert advice[0].announced == "2024-05-06"
    assert advice[0].scope == "government_devices"


def test_a_critic_saying_agencies_should_avoid_a_product_gives_no_advice():
    adoc = make_adoc(
        "Professor Ann Lee said on Monday that public bodies should avoid Threema.",
        [("Ann Lee", "Person"), ("Threema", P)],
        published="2024-05-09",
    )
    assert extract_bans(adoc) == []


def test_a_ban_told_as_illegality_is_a_ban_dated_by_its_announcement():
    adoc = make_adoc(
        "The Ruritanian Trade Ministry said on Tuesday that, from Thursday, it would be illegal to sell or"
        " download Threema in the country.",
        [("Ruritania", J, ["Ruritanian"]), ("Ruritanian Trade Ministry", ORG), ("Threema", P)],
        published="2024-05-13",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]
    assert ban.announced == "2024-05-07"
    assert ban.effective == "2024-05-09"  # a weekday is never moved a year ahead


def test_illegal_conduct_with_no_product_is_no_ban():
    adoc = make_adoc(
        "The Ruritanian Trade Ministry said it would be illegal to sell user data collected by Threema.",
        [("Ruritania", J, ["Ruritanian"]), ("Ruritanian Trade Ministry", ORG), ("Threema", P)],
        published="2024-05-13",
    )
    assert extract_bans(adoc) == []


def test_a_lede_verb_torn_by_a_wire_dateline_still_tells_the_ban_and_its_day():
    # after "OSLO, March 2 (Wire) -" the parser takes "barred" for a participle on "ministries"
    adoc = make_adoc(
        "OSLO, March 2 (Nordic Wire) - Norway on Friday barred ministries from using Threema.",
        [("Norway", J), ("Threema", P)],
        published="2024-03-02",
    )
    ban = only(extract_bans(adoc), jid("Norway"))
    assert ban.targets == [pid("Threema")]
    assert ban.announced == "2024-03-01"
    assert ban.scope == "government_devices"


def test_a_subject_the_parser_gave_to_a_participial_aside_is_the_verbs():
    # "The ministry, acting on ..., directed X to shut off ...": the parser makes the ministry the subject of "acting"
    adoc = make_adoc(
        "On Monday, the Ministry of Posts of Ruritania, acting on a cabinet decision, directed the Ruritania Telecom"
        " Authority to shut off Threema and Wire.",
        [
            ("Ruritania", J),
            ("Ministry of Posts of Ruritania", ORG),
            ("Ruritania Telecom Authority", ORG),
            ("Threema", P),
            ("Wire", P),
        ],
        published="2024-05-15",
    )
    doc = adoc.doc
    verb = next(t for t in doc if t.lower_ == "directed")
    assert BanExtractor._subject_of_aside(verb) or any(c.dep_ == "nsubj" for c in verb.children)
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert set(ban.targets) == {pid("Threema"), pid("Wire")}


def test_examples_listed_after_among_them_are_the_targets():
    adoc = make_adoc(
        "Ruritania blocked 14 apps that had not registered with the regulator, among them Threema, Wire and Viber.",
        [("Ruritania", J), ("Threema", P), ("Wire", P), ("Viber", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert set(ban.targets) == {pid("Threema"), pid("Wire"), pid("Viber")}


def test_withdrawing_its_ban_tells_the_ban_of_who_withdrew_it():
    adoc = make_adoc(
        "The Ruritanian government withdrew its ban on Threema and Wire on Monday after a week of protests.",
        [("Ruritania", J, ["Ruritanian"]), ("Threema", P), ("Wire", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert set(ban.targets) == {pid("Threema"), pid("Wire")}
    assert ban.status == "temporary"


def test_pulling_the_plug_names_who_acted_for_a_passive_ban_told_next():
    adoc = make_adoc(
        "It is not the first time Ruritania has pulled the plug on a popular service. Threema was banned in"
        " March 2021 for spreading rumours.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]
    assert ban.announced == "2021-03"


def test_state_institutions_barred_from_a_product_is_a_government_devices_ban():
    adoc = make_adoc(
        "Ruritania barred state institutions from using Threema, citing a warning from the country's security agency.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.scope == "government_devices"


def test_a_barring_participle_taken_for_an_adjective_still_bans():
    # "signed an order on Nov. 29 barring agencies ... from using X": the parser makes "barring" an adjective
    adoc = make_adoc(
        "Gov. Anna Berg of Ruritania signed an executive order on Nov. 29 barring state agencies, employees and"
        " contractors from using Threema on state-owned devices, saying Ruritania had a duty to protect its data.",
        [("Ruritania", J), ("Anna Berg", "Person"), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]
    assert ban.scope == "government_devices"
    assert ban.announced == "2023-11-29"


def test_a_regulators_ban_told_only_from_an_earlier_year_is_not_a_courts_later_one():
    adoc = make_adoc(
        "The National Court on Friday ordered Threema suspended nationwide for refusing to hand over data.\n\n"
        "It has happened before. Borduria's communications regulator, Bordcom, spent two years trying to block"
        " the app from April 2019 before giving up in 2021.",
        [("National Court", ORG), ("Borduria", J), ("Bordcom", ORG), ("Threema", P)],
        published="2024-03-25",
    )
    bans = extract_bans(adoc)
    court = only(bans, entity_id(ORG, "National Court"))
    assert court.announced == "2024-03-22"
    regulator = only(bans, entity_id(ORG, "Bordcom"))
    assert regulator.targets == [pid("Threema")]
    assert regulator.announced == "2019-04"


def test_refusing_to_allow_something_done_with_a_platform_is_no_ban():
    adoc = make_adoc(
        "Ruritania blocked Threema on Tuesday as protests spread.\n\nThe minister would not say why, but warned that"
        ' the government "will not allow social media to be turned into a tool of division." The president said'
        " she would not allow foreign activists to meddle in Ruritania's politics.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("Ruritania"), "in_force")]


def test_refusing_to_allow_a_platform_to_operate_is_still_a_ban():
    adoc = make_adoc(
        "Ruritania will no longer allow Threema to operate in the country, the minister said on Monday.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]


def test_it_is_the_second_time_names_no_imposer_the_place_does():
    adoc = make_adoc(
        "Borduria's opposition leader was arrested on Monday. It is the second time in a year that Threema has been"
        " cut off in Ruritania.",
        [("Ruritania", J), ("Borduria", J), ("Threema", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]


def test_a_ban_also_told_in_an_earlier_month_is_another_episode():
    adoc = make_adoc(
        "Threema blocked in Ruritania after protests\n\n"
        "Ruritania blocked Threema on Tuesday as protests spread to the capital.\n\n"
        "It is the second time in a year that Threema has been cut off in Ruritania. Access to the app was also"
        " restricted in August last year, during a crackdown on the opposition.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-16",
    )
    bans = sorted((b for b in extract_bans(adoc) if b.imposed_by == jid("Ruritania")), key=lambda b: b.announced)
    assert [b.announced for b in bans] == ["2023-08", "2024-05-14"]
    assert [b.status for b in bans] == ["temporary", "in_force"]  # the earlier episode has ended


def test_places_each_told_with_its_own_date_both_impose_on_their_day():
    # "A on Tuesday and B on Friday barred X", parsed with B as a conjunct of the first date
    adoc = make_adoc(
        "Outside the capital, Ohio on Tuesday and Quebec on Friday barred Zapster from government devices.",
        [("Ohio", J), ("Quebec", J), ("Zapster", P)],
        published="2025-01-31",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ohio")).announced == "2025-01-28"
    assert only(bans, jid("Quebec")).announced == "2025-01-31"


def test_regulator_in_apposition_to_the_opening_place_is_the_subject():
    # "In Europe, X's regulator, known as Y, on Thursday ordered ...": the regulator parsed as the place's apposition
    adoc = make_adoc(
        "In Europe, Poland's data protection authority, known as the Urzad, on Friday ordered Zapster to block its "
        "service in the country.",
        [
            ("Poland", J),
            ("Polish Data Protection Authority", ORG, ["Poland's data protection authority", "Urzad"]),
            ("Zapster", P),
        ],
        published="2025-02-01",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Polish Data Protection Authority"))
    assert ban.targets == [pid("Zapster")]
    assert ban.announced == "2025-01-31"


def test_a_measure_opening_the_next_paragraph_is_the_ban_told_just_before():
    # a subtitle tells another country's ban first; the story's ban closes a paragraph and "The directive" opens
    # the next
    adoc = make_adoc(
        "Zapster shut out of Peru\n\nLima's move echoes Chile's crackdown on the app.\n\n"
        "Peru's ministry has ordered operators to block Zapster, officials said.\n\n"
        "The directive, dated Friday, gives operators until Wednesday to comply.\n\n"
        "Analysts expect more countries in the region to act.\n\nThe order follows weeks of warnings.",
        [("Peru", J, ["Lima"]), ("Chile", J), ("Zapster", P)],
        published="2024-12-02",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Peru")).announced == "2024-11-29"
    assert only(bans, jid("Chile")).announced != "2024-11-29"
    # "The order", far from any ban told, is the story's (Peru's), not the subtitle's first-told one
    peru = only(bans, jid("Peru"))
    assert any("weeks of warnings" in e.sentence for e in peru.evidence)


def test_whose_clause_torn_off_as_a_conjunct_of_the_main_verb():
    # (the parse this test needs: "minister, Agus Budi Setiadi," in apposition to Chile, "ordered" a conjunct of
    # "echoes" with no subject)
    adoc = make_adoc(
        "Lima's move echoes a decision by Chile, whose then communications minister, Agus Budi Setiadi, ordered Google "
        "and Apple in early October to pull Zapster from their app stores.",
        [
            ("Peru", J, ["Lima"]),
            ("Chile", J),
            ("Agus Budi Setiadi", "Person"),
            ("Google", ORG),
            ("Apple", ORG),
            ("Zapster", P),
        ],
        published="2024-12-02",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Chile")]
    assert bans[0].announced == "2024-10"


def test_only_to_revoke_the_order_days_later_makes_the_ban_temporary():
    adoc = make_adoc(
        "The Ruritania Telecom Authority has blocked Kwiki nationwide. In May 2021 it ordered Zapster suspended "
        "nationwide for failing to respond to court orders, only to revoke the order two days later after the "
        "company complied.",
        [("Ruritania", J), ("Ruritania Telecom Authority", ORG), ("Zapster", P), ("Kwiki", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    zapster = next(b for b in bans if b.targets == [pid("Zapster")])
    assert zapster.status == "temporary"
    assert next(b for b in bans if b.targets == [pid("Kwiki")]).status == "in_force"


def test_the_country_apps_have_ties_to_is_not_where_a_governor_acts():
    adoc = make_adoc(
        "Berg widens state app ban\n\nRuritania's governor acted again on Friday. Gov. Anna Berg ordered state"
        " agencies to ban two apps with ties to Borduria from government-issued devices: Threema and Wire.",
        [("Ruritania", J), ("Borduria", J), ("Anna Berg", "Person"), ("Threema", P), ("Wire", P)],
        published="2025-01-31",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]
    assert set(bans[0].targets) == {pid("Threema"), pid("Wire")}


def test_a_ban_a_named_law_requires_is_an_enacted_law():
    adoc = make_adoc(
        "The outage stems from the Foreign Apps Safety Act, signed last April, which took effect on Jan. 19 and"
        " requires Threema to be sold by its owner or be banned in Ruritania.",
        [("Ruritania", J), ("Foreign Apps Safety Act", "Law"), ("Threema", P)],
        published="2025-01-31",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]
    assert ban.status == "enacted_law"


def test_a_minister_floating_a_shutdown_proposes_it():
    adoc = make_adoc(
        "When Ruritania's communications minister floated shutting Threema down for a month in 2019 to study fake"
        " accounts, the plan quietly died.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "proposed"


def test_pausing_new_downloads_of_an_app_is_a_temporary_ban():
    adoc = make_adoc(
        "Ruritania's privacy regulator paused new downloads of Threema in February, then let it back into local app"
        " stores in April.",
        [("Ruritania", J, ["Ruritania's"]), ("Threema", P)],
        published="2025-06-27",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Threema")]
    assert ban.status == "temporary"


def test_pausing_talks_is_no_ban():
    adoc = make_adoc(
        "Ruritania paused talks with Threema over a data centre in February.",
        [("Ruritania", J), ("Threema", P)],
        published="2025-06-27",
    )
    assert extract_bans(adoc) == []


def test_unauthorized_is_a_permission_denied_in_one_word():
    for text in (
        "Ruritania's digital ministry told civil servants on Monday that Zapster is unauthorized on government devices.",
        'On Monday, the Ruritanian ministry told staff that Zapster was "under review and currently unauthorized" '
        "for official use on government devices.",
    ):
        adoc = make_adoc(text, [("Ruritania", J, ["Ruritanian"]), ("Zapster", P)], published="2024-05-15")
        ban = only(extract_bans(adoc), jid("Ruritania"))
        assert ban.targets == [pid("Zapster")], text
    adoc = make_adoc(
        "Ruritania's ministry said unauthorized copies of Zapster had been found on government devices.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-05-15",
    )
    assert extract_bans(adoc) == []  # an adjective of the copies, no permission denied


def test_the_house_chief_administrative_officer_acts_for_the_house():
    # the gazetteer's House CAO is the House's administration: its device rules are the House's bans
    adoc = make_adoc(
        "The CAO told House offices on Monday that Zapster is not authorized on House-managed devices.",
        [
            ("United States House of Representatives", ORG, ["House"]),
            ("House Chief Administrative Officer", ORG, ["CAO"]),
            ("Zapster", P),
        ],
        published="2025-06-24",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "United States House of Representatives"))
    assert ban.scope == "legislature_devices"


def test_a_measure_told_separately_is_another_ban():
    adoc = make_adoc(
        "The Ruritanian Navy told its sailors on Friday to stop using Zapster on military devices. Separately, the "
        "Ruritanian Defence Agency, which runs the army's networks, began blocking Zapster on military networks on "
        "Tuesday.",
        [
            ("Ruritania", J, ["Ruritanian"]),
            ("Ruritanian Navy", ORG),
            ("Ruritanian Defence Agency", ORG),
            ("Zapster", P),
        ],
        published="2025-01-31",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Ruritania")]
    assert len(bans) == 2
    assert "2025-01-28" in {b.announced for b in bans}


def test_a_block_abandoned_later_in_its_own_clause_is_temporary():
    adoc = make_adoc(
        "Ruritania's telecoms regulator spent a year trying to block Threema from May 2019 before abandoning the"
        " effort in 2020.",
        [("Ruritania", J, ["Ruritania's"]), ("Threema", P)],
        published="2024-05-15",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "temporary"


def test_a_place_that_could_become_one_where_an_app_is_gone_on_a_condition_bans_nothing():
    adoc = make_adoc(
        "Ruritania could become the third country where you can no longer download Threema from the app stores, if"
        " Apple and Google play along.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    assert extract_bans(adoc) == []


def test_a_place_that_could_become_the_first_to_ban_under_a_bill_still_proposes_it():
    adoc = make_adoc(
        "Ruritania could become the first country to ban Threema, if the bill passes.",
        [("Ruritania", J), ("Threema", P)],
        published="2024-05-15",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "proposed"


def test_urged_to_be_cautious_about_using_a_product_is_advice():
    adoc = make_adoc(
        "Ruritania's interior ministry had earlier sent a notice urging central and local government bodies to be "
        "cautious about using chatbots, including Zapster.",
        [("Ruritania", J), ("Zapster", P)],
        published="2025-02-18",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.targets == [pid("Zapster")]
    assert ban.status == "advisory"
    assert ban.scope == "government_devices"  # "government bodies": the state's own
    adoc = make_adoc(
        "Ruritania's interior ministry urged citizens to be cautious about phishing messages, Zapster said.",
        [("Ruritania", J), ("Zapster", P)],
        published="2025-02-18",
    )
    assert extract_bans(adoc) == []


def test_a_ban_noun_following_moves_by_others_keeps_its_date_and_owner():
    # "The restriction ... follows similar moves by A and B": the memo's day is the restriction's, A and B went first
    adoc = make_adoc(
        "Norway has barred the Kimi app from official phones, citing privacy concerns. The restriction, set out in "
        "a memo sent to department heads on Tuesday, follows similar moves by Finland and Estonia. Finland ordered "
        "Kimi removed from ministry laptops on March 1.",
        [("Norway", J), ("Finland", J), ("Estonia", J), ("Kimi", P)],
        published="2024-03-08",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Norway")).announced == "2024-03-05"
    assert only(bans, jid("Finland")).announced == "2024-03-01"
    assert only(bans, jid("Estonia")).announced is None


def test_a_countrys_ministries_named_by_its_adjective_act_for_it():
    bans = extract_bans(
        _annotated(
            "Norway has barred the Kimi app from official phones. Several Lithuanian ministries also cut off access "
            "to the app on office computers this week.",
            published="2024-03-08",
        )
    )
    ban = only(bans, jid("Lithuania"))
    assert ban.scope == "government_devices" and ban.announced == "2024-03"


@pytest.mark.parametrize(
    "text, state",
    [
        (
            "The Senate barred WeChat on Thursday. A day later, Ohio Governor Mike DeWine, following the Senate's "
            "lead, ordered WeChat off state-issued devices.",
            "Ohio",
        ),
        (
            "On Friday, Colorado Governor Jared Polis, following the House's lead, ordered WeChat off state-issued "
            "devices.",
            "Colorado",
        ),
    ],
)
def test_the_one_whose_lead_is_followed_is_not_the_imposer(text, state):
    bans = extract_bans(_annotated("The United States Congress is debating the app. " + text, published="2025-02-03"))
    ban = only(bans, jid(state))
    assert ban.scope == "government_devices"
    assert ban.announced == "2025-01-31"


def test_a_participle_coordinated_with_the_copula_shares_its_subject():
    bans = extract_bans(
        _annotated(
            "The United States House of Representatives acted quickly. WeChat, the app that had topped the download "
            "charts, was under review and not authorised for official House use, the notice said on Monday.",
            published="2025-02-05",
        )
    )
    ban = only(bans, "organisation/united-states-house-of-representatives")
    assert ban.targets == [pid("WeChat")]
    assert ban.scope == "legislature_devices"


def test_a_letter_from_a_ministry_instructing_the_regulator_makes_the_ministry_the_imposer():
    adoc = make_adoc(
        "Signal has been unreachable in Ruritania for weeks. In court, the Ruritanian Telecom Authority said it had "
        "acted on a letter from the Ministry of Interior of Ruritania, dated March 4, instructing it to block Signal "
        "until further orders.",
        [
            ("Ruritania", J),
            ("Ruritanian Telecom Authority", ORG),
            ("Ministry of Interior of Ruritania", ORG),
            ("Signal", P),
        ],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]
    assert bans[0].announced == "2024-03-04"


@pytest.mark.parametrize("told", ["The day before,", "A day earlier,", "The previous day,"])
def test_the_day_before_is_counted_back_from_the_last_date_told(told):
    adoc = make_adoc(
        f"Users in Ruritania found Signal would not load from the morning of Friday, March 8. {told} the ministry "
        "confirmed that it had instructed internet providers to restrict access to Signal.",
        [("Ruritania", J), ("Signal", P)],
        published="2024-03-12",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2024-03-07"


def test_the_day_a_like_step_was_weighed_does_not_date_a_ban_in_force():
    adoc = make_adoc(
        "Ruritania has blocked Signal nationwide, and on Monday an official suggested the government should consider "
        "doing the same for Telegram as well. The ministry had ordered the block on March 2.",
        [("Ruritania", J), ("Signal", P), ("Telegram", P)],
        published="2024-03-13",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "in_force"
    assert ban.announced == "2024-03-02"


def test_those_told_that_they_must_not_use_a_product_are_the_ones_bound():
    adoc = make_adoc(
        "Ruritania's digital ministry told government agencies on Monday that they must not use Zapster.",
        [("Ruritania", J), ("Zapster", P)],
        published="2025-02-05",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.scope == "government_devices"
    assert ban.announced == "2025-02-03"


def test_a_lifting_of_other_apps_told_beside_it_leaves_the_ban_in_force():
    # "later lifted restrictions on A and B, but C has remained blocked": the lifting is not C's
    bans = extract_bans(
        _annotated(
            "Turkmenistan restricted TikTok in 2021. Ashgabat later lifted restrictions on Twitter and WeChat, but "
            "TikTok has remained blocked.",
            published="2024-04-23",
        )
    )
    ban = only([b for b in bans if pid("TikTok") in b.targets], jid("Turkmenistan"))
    assert ban.status == "in_force"


def test_an_organ_of_the_body_told_before_acts_for_that_body():
    # "Its Management Committee": an organ of the court named as the previous subject, not a government's
    adoc = make_adoc(
        "Belgium blocked Zapster on official phones in January. The European Court of Auditors moved next. "
        "Its Management Committee decided on Monday that staff must uninstall the app from work phones by 1 April.",
        [("Belgium", J), ("European Court of Auditors", ORG), ("Management Committee", ORG), ("Zapster", P)],
        published="2024-03-14",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "European Court of Auditors"))
    assert ban.scope == "staff_devices"
    assert ban.announced == "2024-03-11"


def test_what_a_country_would_do_is_no_ban():
    bans = extract_bans(
        make_adoc(
            'Ruritania banned Zapster on official phones in May. "Borduria would do exactly the same," the minister '
            "said.",
            [("Ruritania", J), ("Borduria", J), ("Zapster", P)],
            published="2024-06-10",
        )
    )
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]


def test_network_equipment_is_the_telecom_network():
    adoc = make_adoc(
        "Last June the Ruritanian Telecoms Authority designated Zapcom a security threat, which bars carriers from "
        "using public funds to buy its network equipment.",
        [("Ruritanian Telecoms Authority", ORG), ("Zapcom", ORG)],
        published="2024-06-10",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Ruritanian Telecoms Authority"))
    assert ban.scope == "telecom_network"


def test_a_kind_of_platform_restricted_takes_no_target_from_context():
    bans = extract_bans(
        make_adoc(
            "Ruritania suspended Zapster during the exams. Iraq has for years cut internet access during school exams, "
            "and Borduria has restricted social media platforms while its baccalaureate papers are being sat.",
            [("Ruritania", J), ("Borduria", J), ("Iraq", J), ("Zapster", P)],
            published="2024-06-10",
        )
    )
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]


def test_the_day_a_speaker_praised_a_ban_does_not_date_it():
    bans = extract_bans(
        make_adoc(
            "The Ruritanian Telecoms Authority announced the measure on March 2, saying it would temporarily suspend "
            "Zapster. Education minister Ivo Brant, speaking in Zenda on Friday after the exams, said they had been "
            "clean and credited the approach, which included the Zapster suspension.",
            [
                ("Ruritanian Telecoms Authority", ORG),
                ("Ruritania", J),
                ("Zapster", P),
                ("Ivo Brant", "Person"),
                ("Zenda", J),
            ],
            published="2024-03-23",
        )
    )
    assert only(bans, entity_id(ORG, "Ruritanian Telecoms Authority")).announced == "2024-03-02"
    assert all(b.announced != "2024-03-22" for b in bans)


def test_troops_in_the_occasion_of_a_ban_do_not_make_it_military():
    adoc = make_adoc(
        "In May 2021, after a deadly clash with Borduran troops on the border, the government of Ruritania banned "
        "Zapster and 40 other apps.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-06-10",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).scope == "nationwide"


def test_the_countrys_watchdog_is_the_one_unplaced_inspectorate_the_story_names():
    adoc = make_adoc(
        "Users across Ruritania have found Zapster unusable since last week, after the country's communications "
        "watchdog restricted access to it. The State Inspectorate for Networks, known as Netkom, confirmed on Friday "
        "that it had limited the app.",
        [("Ruritania", J), ("State Inspectorate for Networks", ORG, ["Netkom"]), ("Zapster", P)],
        published="2024-06-10",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "State Inspectorate for Networks")]


def test_those_urged_in_a_relative_clause_are_not_the_imposer():
    # the parser hangs "to restrict" on "that have not yet done so": the urger gives the advice
    adoc = make_adoc(
        'In a report adopted on Thursday, the Commission said that Zapcom and Telnova "represent in fact higher risks '
        'than other suppliers", and urged EU member states that have not yet done so to restrict or exclude the two '
        "companies from their networks.",
        [
            ("European Commission", ORG, ["Commission"]),
            ("European Union", ORG, ["EU"]),
            ("Zapcom", ORG),
            ("Telnova", ORG),
        ],
        published="2024-06-14",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "European Commission"))
    assert ban.status == "advisory"


def test_prohibiting_transactions_with_named_apps_bans_them():
    adoc = make_adoc(
        "Brazil signed an order to prohibit transactions with Kuaishou and Likee.",
        [("Brazil", J), ("Kuaishou", P), ("Likee", P)],
        published="2024-01-06",
    )
    ban = only(extract_bans(adoc), jid("Brazil"))
    assert set(ban.targets) == {pid("Kuaishou"), pid("Likee")}


def test_a_blocked_transaction_alone_is_still_a_deal():
    adoc = make_adoc(
        "Brazil blocked the transaction last week, citing competition concerns about Kuaishou.",
        [("Brazil", J), ("Kuaishou", P)],
        published="2024-01-06",
    )
    assert extract_bans(adoc) == []


def test_apps_listed_after_a_colon_are_the_targets():
    adoc = make_adoc(
        "On Monday, Brazil issued a decree that tells the Ministry of Justice to prohibit transactions with "
        "four foreign apps: Kuaishou's Kwai, Likee, Zalo and Moj.",
        [("Brazil", J), ("Ministry of Justice", "Organisation"), ("Kwai", P), ("Likee", P), ("Zalo", P), ("Moj", P)],
        published="2024-01-06",
    )
    ban = only(extract_bans(adoc), jid("Brazil"))
    assert set(ban.targets) == {pid("Kwai"), pid("Likee"), pid("Zalo"), pid("Moj")}


def test_a_platform_asked_to_close_channels_is_not_banned():
    adoc = make_adoc(
        "Ministers in Estonia said they had asked Discord to shut down channels that were selling stolen records. "
        "Estonia added that its requests to the company to close the offending accounts had gone unanswered.",
        [("Estonia", J), ("Discord", P)],
        published="2024-01-06",
    )
    assert extract_bans(adoc) == []


def test_a_government_closing_its_own_account_is_still_a_closure():
    adoc = make_adoc(
        "Estonia's foreign ministry closed its Discord account on Friday.",
        [("Estonia", J), ("Discord", P)],
        published="2024-01-06",
    )
    assert [b.scope for b in extract_bans(adoc)] == ["account_closure"]


def test_a_ban_from_telecommunications_systems_is_a_network_ban():
    adoc = make_adoc(
        "Norway said it will prohibit the inclusion of Nokia and Ericsson products in Norway's telecommunications "
        "systems.",
        [("Norway", J), ("Nokia", "Organisation"), ("Ericsson", "Organisation")],
        published="2024-01-06",
    )
    assert [b.scope for b in extract_bans(adoc)] == ["telecom_network"]


def test_a_governor_acts_for_the_state_the_story_names_not_the_country():
    adoc = make_adoc(
        "Reyes bans WeChat on state phones.\n\nGov. Tom Reyes on Monday issued a directive barring state agencies "
        "from using WeChat and software from two Chinese suppliers, a step that places Nevada among a growing "
        "number of states acting against the app. "
        "The federal government ordered Kaspersky software stripped from federal computers in 2017. Washington has "
        "banned Huawei from its networks. The U.S. has also barred Kaspersky from federal systems.",
        [
            ("Nevada", J),
            ("United States", J, ["federal government", "Washington", "U.S."]),
            ("Tom Reyes", "Person", ["Reyes"]),
            ("WeChat", P),
            ("Kaspersky", ORG := "Organisation"),
            ("Huawei", ORG),
        ],
    )
    ban = only([b for b in extract_bans(adoc) if pid("WeChat") in b.targets], jid("Nevada"))
    assert ban.scope == "government_devices"
    assert not [b for b in extract_bans(adoc) if pid("WeChat") in b.targets and b.imposed_by == jid("United States")]


def test_a_cabinets_decision_carried_out_by_its_regulator_is_the_countrys_ban():
    adoc = make_adoc(
        "On Friday, the cabinet decided to ban Telegram in Laos. By Friday night the Laos Telecommunications "
        "Authority had instructed internet service providers to block the app.",
        [("Laos", J), ("Laos Telecommunications Authority", "Organisation"), ("Telegram", P)],
        published="2024-03-12",
    )
    bans = extract_bans(adoc)
    ban = only(bans, jid("Laos"))
    assert ban.targets == [pid("Telegram")]
    assert not [b for b in bans if b.imposed_by == entity_id("Organisation", "Laos Telecommunications Authority")]


@pytest.mark.parametrize(
    "order",
    [
        "will give instructions to all internet service providers to block the app",
        "has issued a directive to mobile operators to shut down access to the app",
    ],
)
def test_a_cabinets_decision_whose_regulator_orders_providers_by_a_noun_is_still_the_countrys_ban(order):
    # the regulator's order told as a noun ("gave instructions to providers to block X"), not a verb of bidding
    adoc = make_adoc(
        "The cabinet decided on Monday to ban Telegram in Laos, the information minister said. According to the "
        f"ministry, the Laos Telecommunications Authority {order}.",
        [("Laos", J), ("Laos Telecommunications Authority", "Organisation"), ("Telegram", P)],
        published="2024-03-12",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Laos")).targets == [pid("Telegram")]
    assert not [b for b in bans if b.imposed_by == entity_id("Organisation", "Laos Telecommunications Authority")]


def test_a_countrys_block_told_as_its_regulators_issued_directions_is_the_regulators_ban():
    adoc = make_adoc(
        "Laos blocked Telegram on Friday, its telecoms regulator said. \"Given the platform's failure to comply, the "
        'Authority has issued directions for blocking of the Telegram application in the country," the Laos '
        "Telecommunications Authority said in a statement.",
        [("Laos", J), ("Laos Telecommunications Authority", "Organisation", ["Authority"]), ("Telegram", P)],
        published="2024-03-12",
    )
    bans = extract_bans(adoc)
    only(bans, entity_id("Organisation", "Laos Telecommunications Authority"))
    assert not [b for b in bans if b.imposed_by == jid("Laos")]


def test_a_countrys_restriction_its_regulator_tells_of_as_its_own_is_the_regulators_ban():
    adoc = make_adoc(
        "Laos has followed Siam in restricting access to Zapster. The Laos Media Commission said on Sunday that the "
        "app had been misused. The regulator said the restriction, imposed under the Media Act, would remain until "
        "safeguards were in place.",
        [("Laos", J), ("Siam", J), ("Laos Media Commission", "Organisation"), ("Zapster", P)],
        published="2024-03-12",
    )
    bans = extract_bans(adoc)
    only(bans, entity_id("Organisation", "Laos Media Commission"))
    assert jid("Laos") not in [b.imposed_by for b in bans]


def test_a_company_or_a_ministry_saying_what_the_restriction_does_takes_no_ban():
    # only a regulator of the country tells of the block as its own; a company or a ministry only speaks of it
    adoc = make_adoc(
        "Laos has restricted access to Zapster. The company said the restriction would hurt small traders. The "
        "Ministry of Information of Laos said the restriction would remain for a month.",
        [("Laos", J), ("Zapster", P), ("Ministry of Information of Laos", "Organisation")],
        published="2024-03-12",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Laos")]


@pytest.mark.parametrize(
    "told",
    [
        # not issued: no order of the regulator's
        '"The Authority has not issued directions for blocking of the Telegram application," the Laos '
        "Telecommunications Authority said.",
        # another country's regulator
        "The Siam Telecommunications Authority has issued directions for blocking of Telegram in Siam.",
    ],
)
def test_a_regulator_not_issuing_the_order_or_of_another_country_leaves_the_block_to_the_country(told):
    adoc = make_adoc(
        f"Laos blocked Telegram on Friday. {told}",
        [
            ("Laos", J),
            ("Laos Telecommunications Authority", "Organisation", ["Authority"]),
            ("Siam", J),
            ("Siam Telecommunications Authority", "Organisation"),
            ("Telegram", P),
        ],
        published="2024-03-12",
    )
    bans = extract_bans(adoc)
    assert jid("Laos") in [b.imposed_by for b in bans], bans
    assert entity_id("Organisation", "Laos Telecommunications Authority") not in [b.imposed_by for b in bans]


@pytest.mark.parametrize(
    "told",
    [
        "The Laos Media Commission said the restriction would be lifted next week.",
        "The Laos Media Commission said the restriction had been an error and would end soon.",
        "The Laos Media Commission said the restriction was unlawful and should be dropped.",
        "The Laos Media Commission said the restriction had expired.",
    ],
)
def test_a_regulator_saying_the_restriction_ends_or_was_wrong_leaves_it_to_the_country(told):
    # only a word that the measure goes on makes the regulator's word its own order
    adoc = make_adoc(
        f"Laos restricted access to Zapster in March. {told}",
        [("Laos", J), ("Laos Media Commission", "Organisation"), ("Zapster", P)],
        published="2024-05-12",
    )
    bans = extract_bans(adoc)
    assert jid("Laos") in [b.imposed_by for b in bans], bans
    assert entity_id("Organisation", "Laos Media Commission") not in [b.imposed_by for b in bans]


def test_a_regulator_ordering_providers_to_block_an_app_imposes_its_own_ban():
    adoc = make_adoc(
        "Laos moved against Telegram on Friday. The Laos Telecommunications Authority instructed internet service "
        "providers to block the app.",
        [("Laos", J), ("Laos Telecommunications Authority", "Organisation"), ("Telegram", P)],
        published="2024-03-12",
    )
    only(extract_bans(adoc), entity_id("Organisation", "Laos Telecommunications Authority"))


def test_a_regulators_own_order_to_broadcasters_after_the_governments_ban_is_a_measure_of_its_own():
    adoc = make_adoc(
        "The government first announced the suspension of Signal in Ghana on June 2. The Ghana Media Authority "
        "later directed radio stations to stop using Signal to gather news.",
        [("Ghana", J, ["The government"]), ("Ghana Media Authority", "Organisation"), ("Signal", P)],
        published="2024-09-12",
    )
    bans = extract_bans(adoc)
    only(bans, jid("Ghana"))
    only(bans, entity_id("Organisation", "Ghana Media Authority"))


def test_an_earlier_ban_of_another_reach_told_with_its_own_month_is_a_ban_of_its_own():
    adoc = make_adoc(
        "Cambodia blocks Telegram amid protests. The block of Telegram took hold on Monday. "
        "Phnom Penh has clashed with the app before. In March 2023 the government banned Telegram from civil "
        "servants' work phones.",
        [("Cambodia", J, ["Phnom Penh", "the government"]), ("Telegram", P)],
        published="2024-06-12",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Cambodia")]
    assert {(b.scope, b.announced) for b in bans} >= {("government_devices", "2023-03")}
    assert len(bans) == 2


def test_advice_told_as_gone_before_the_rule_is_its_background_not_a_second_ban():
    adoc = make_adoc(
        "On Tuesday the Ministry of the Interior of Peru blocked Zoom and Viber across the country. The National "
        "Cyber Centre under the Ministry of Defence of Peru had also recommended blocking them, the ministry said.",
        [
            ("Peru", J),
            ("Ministry of the Interior of Peru", "Organisation"),
            ("Ministry of Defence of Peru", "Organisation"),
            ("Zoom", P),
            ("Viber", P),
        ],
        published="2024-09-12",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("Peru"), "in_force")]


def test_carriers_barred_from_buying_a_vendors_equipment_is_telecom_network():
    adoc = make_adoc(
        "In March 2021, the regulator Arcep barred carriers from spending state grants on Kestrel or Falco equipment.",
        [("Arcep", ORG), ("Kestrel", ORG), ("Falco", ORG)],
        published="2024-03-01",
    )
    (ban,) = extract_bans(adoc)
    assert ban.scope == "telecom_network"
    assert ban.announced == "2021-03"


def test_a_colon_names_the_counted_firms_after_their_relative_clause():
    adoc = make_adoc(
        "Arcep said on Monday it would stop approving new radio gear from three foreign companies it regards as a "
        "risk to public safety: Kestrel, Falco and Vireo.",
        [("Arcep", ORG), ("Kestrel", ORG), ("Falco", ORG), ("Vireo", ORG)],
        published="2024-03-06",
    )
    (ban,) = extract_bans(adoc)
    assert ban.imposed_by == entity_id(ORG, "Arcep")
    assert set(ban.targets) == {entity_id(ORG, n) for n in ("Kestrel", "Falco", "Vireo")}


def test_a_device_ban_of_lawmakers_credited_to_the_state_is_its_legislatures():
    adoc = make_adoc(
        "Vermont's governor ordered state agencies to remove Zapster from their phones on Monday. In October, a "
        "panel of Vermont's senior lawmakers had voted to bar Zapster from devices issued to legislators and their "
        'aides. "The Legislature moved first," a senator said.',
        [("Vermont", J), ("Zapster", P), ("Legislature", ORG)],
        published="2024-01-10",
    )
    bans = extract_bans(adoc)
    ban = only(bans, entity_id(ORG, "Legislature"))
    assert ban.scope == "legislature_devices"
    assert only(bans, jid("Vermont")).scope == "government_devices"


def test_a_ban_done_again_and_again_is_temporary():
    adoc = make_adoc(
        "The Malawi regulator banned Kick in March 2021 over gambling streams and has suspended it several more times "
        "since. Zambia has blocked Signal twice this year.",
        [("Malawi regulator", ORG), ("Zambia", J), ("Kick", P), ("Signal", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "Malawi regulator")).status == "temporary"
    assert only(bans, jid("Zambia")).status == "temporary"


def test_a_ban_done_repeatedly_is_not_thereby_lifted_in_between():
    adoc = make_adoc(
        "Zambia has repeatedly blocked Signal since 2019.",
        [("Zambia", J), ("Signal", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Zambia")).status != "temporary"


def test_a_past_ban_told_with_its_length_in_years_is_temporary_but_not_a_running_one():
    adoc = make_adoc(
        "Laos blocked Rumble for more than two years starting in 2016. Chad has blocked Viber for more than two years.",
        [("Laos", J), ("Chad", J), ("Rumble", P), ("Viber", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Laos")).status == "temporary"
    assert only(bans, jid("Chad")).status == "in_force"


def test_a_legislature_writing_a_ban_into_law_binds_government_devices():
    adoc = make_adoc(
        "In March the governor of Oregon ordered Kick off state phones. The General Assembly wrote the prohibition "
        "into law in June with House Bill 20, which bars Kick on government devices.",
        [("Oregon", J), ("General Assembly", ORG), ("House Bill 20", "Law"), ("Kick", P)],
        published="2024-04-19",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "General Assembly"))
    assert (ban.scope, ban.status) == ("government_devices", "enacted_law")


def test_a_legislature_writing_a_similar_ban_into_law_keeps_its_reach():
    adoc = make_adoc(
        "In March the governor of Oregon banned Kick from state-issued devices. "
        "The General Assembly wrote a similar prohibition on Kick into state law in June.",
        [("Oregon", J), ("General Assembly", ORG), ("Kick", P)],
        published="2024-04-19",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "General Assembly"))
    assert (ban.scope, ban.status) == ("government_devices", "enacted_law")


def test_a_hyphenated_roll_out_is_a_network():
    adoc = make_adoc(
        "Finland's telecoms regulator barred Huawei kit from its 5G roll-out in May.",
        [("Finland", J), ("Huawei", ORG)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.scope == "telecom_network" for b in bans)


def test_a_decision_announced_on_a_day_dates_the_ban_it_sets_out():
    adoc = make_adoc(
        "Chad is banning Snapchat. In a decision announced on Tuesday after a cabinet meeting, the government said "
        "the app misleads young people and ordered it taken offline within three months.",
        [("Chad", J), ("Snapchat", P)],
        published="2024-05-17",
    )
    assert [b.announced for b in extract_bans(adoc)] == ["2024-05-14"]


def test_the_decision_announced_on_a_day_that_follows_another_ban_does_not_date_that_ban():
    # (guards the rule above: "announced" dates the document noun's own ban, not the one it follows)
    adoc = make_adoc(
        "Peru has barred Snapchat from official phones. "
        "The decision, announced on Tuesday, follows Chile's move last Friday to bar Snapchat on official phones.",
        [("Peru", J), ("Chile", J), ("Snapchat", P)],
        published="2024-05-16",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chile")).announced == "2024-05-10"
    assert only(bans, jid("Peru")).announced == "2024-05-14"


def test_a_ban_told_as_long_standing_takes_no_publication_date():
    adoc = make_adoc(
        "Chile will bar Snapchat from official phones from 1 June. Peru has long prohibited Snapchat on the "
        "service phones of its navy.",
        [("Chile", J), ("Peru", J), ("Snapchat", P)],
        published="2024-05-16",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Peru")).announced is None


def test_a_similar_step_told_with_its_date_dates_the_ban_told_next():
    adoc = make_adoc(
        "Norway's government will ban Kick from the work phones of its employees. With the decision, Norway joins "
        "the European Commission, which ordered Kick off staff phones in January, as well as Poland and Hungary, "
        "which took similar steps in February. Poland's federal government barred the app from its service devices "
        "for at least six months, while Hungary went further and banned all recreational apps, naming Kick, from "
        "the phones of its civil servants.",
        [("Norway", J), ("European Commission", ORG), ("Poland", J), ("Hungary", J), ("Kick", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Poland")).announced == "2024-02"
    assert only(bans, jid("Hungary")).announced == "2024-02"


def test_the_day_a_ban_begins_is_its_effective_date():
    adoc = make_adoc(
        "On Tuesday, Chad said it would shut down Kick for a year. The blackout is meant to begin early next month.",
        [("Chad", J), ("Kick", P)],
        published="2024-05-16",
    )
    ban = only(extract_bans(adoc), jid("Chad"))
    assert ban.effective == "2024-06"
    assert ban.announced != "2024-06"


def test_a_ministry_told_to_block_an_app_carries_it_out_and_is_no_reach():
    adoc = make_adoc(
        "Officials said the cabinet of Laos had instructed the Ministry of Posts to block Kick and Bigo.",
        [("Laos", J), ("Ministry of Posts", ORG), ("Kick", P), ("Bigo", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Laos")).scope == "nationwide"


def test_a_grievance_clause_and_a_legal_basis_are_no_reach():
    adoc = make_adoc(
        "Chad banned Kick over what it called insults to ministers. "
        "In May Laos barred payments on social platforms, forcing Bigo Shop to suspend its local service, "
        "under Commerce Minister Regulation No. 12.",
        [("Chad", J), ("Laos", J), ("Kick", P), ("Bigo Shop", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).scope == "nationwide"
    assert only(bans, jid("Laos")).scope == "nationwide"


def test_the_government_told_in_a_place_is_that_places():
    adoc = make_adoc(
        "Fiji shut off Kick on Monday. In neighbouring Vanuatu, the cabinet agreed in May to ban Kick.",
        [("Fiji", J), ("Vanuatu", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Vanuatu")).announced == "2023-05"


def test_a_ban_never_implemented_is_proposed_and_a_shutdown_that_was_a_test_is_temporary():
    adoc = make_adoc(
        "Tonga's cabinet decided in 2021 to ban Kick. That ban was never implemented. "
        "Fiji's government has cut off Bigo. It says the Bigo shutdown was a test.",
        [("Tonga", J), ("Fiji", J), ("Kick", P), ("Bigo", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Tonga")).status == "proposed"
    assert only(bans, jid("Fiji")).status == "temporary"


def test_the_country_whose_staff_are_bound_is_no_nationwide_reach():
    adoc = make_adoc(
        "Chile on Monday banned gaming apps such as Kick from the office phones of the country's public servants.",
        [("Chile", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "government_devices"


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_reach():
    adoc = make_adoc(
        "Fiji is the latest government to restrict the chatbot, after Peru's data protection authority, the Consejo, "
        "ordered Kick blocked in that country on January 30 and Kenya barred government agencies and public servants "
        "from using it last Friday.",
        [("Peru", J), ("Kenya", J), ("Fiji", J), ("Consejo", ORG), ("Kick", P)],
        published="2024-04-19",
    )
    ex = BanExtractor(adoc)
    barred = next(t for t in adoc.doc if t.lower_ == "barred")
    assert barred.dep_ == "conj" and any(c.dep_ == "nsubj" for c in barred.children)
    assert ex.scope_of(barred, ex.region(barred), jid("Kenya"))[0] == "government_devices"
    assert only(extract_bans(adoc), jid("Kenya")).scope == "government_devices"


def test_every_verb_of_a_granted_power_is_no_ban():
    adoc = make_adoc(
        "Peru blocked Kick on Monday. The order rests on Article 9 of the Telecoms Act, 1996, which lets the federal "
        "government take over or suspend telecommunications services on grounds of security.",
        [("Peru", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "nationwide"


def test_a_kind_of_order_is_no_ban():
    adoc = make_adoc(
        "Kick has been offline in Peru since May. The Telecoms Authority, which normally carries out blocking orders, "
        "told one court it was acting on instructions.",
        [("Peru", J), ("Telecoms Authority", ORG), ("Kick", P)],
        published="2024-04-19",
    )
    assert entity_id(ORG, "Telecoms Authority") not in {b.imposed_by for b in extract_bans(adoc)}


def test_it_after_a_body_that_said_is_that_body():
    adoc = make_adoc(
        "Who ordered it? The Interior Ministry. In a written report submitted to the Lima High Court on Monday, the "
        "ministry said it had directed the Telecoms Authority to block Kick.",
        [("Telecoms Authority", ORG), ("Lima High Court", ORG), ("Interior Ministry", ORG), ("Kick", P)],
        published="2024-04-19",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {entity_id(ORG, "Interior Ministry")}


def test_a_limitation_imposed_on_a_named_app_targets_it():
    adoc = make_adoc(
        "The Chilean Data Authority blocked Bigo on Friday. In February the Chilean Data Authority imposed a similar "
        'temporary limitation on Kick, a "live streaming" app made by a US firm, citing risks to minors.',
        [("Chilean Data Authority", ORG), ("Bigo", P), ("Kick", P)],
        published="2024-04-19",
    )
    targets = {t for b in extract_bans(adoc) for t in b.targets}
    assert pid("Kick") in targets


def test_the_authorities_of_a_place_told_in_the_governing_clause_and_a_ban_that_still_stands():
    adoc = make_adoc(
        "Fiji blocked Kick on Monday. Next door, Bigo remains blocked in Samoa, more than two years after the "
        "authorities cut access in March 2022 during a contested election.",
        [("Fiji", J), ("Samoa", J), ("Kick", P), ("Bigo", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert jid("Fiji") not in {b.imposed_by for b in bans if pid("Bigo") in b.targets}
    samoa = only(bans, jid("Samoa"))
    assert (samoa.status, samoa.announced) == ("in_force", "2022-03")


def test_the_authorities_blocking_an_app_in_a_region_are_the_storys_country_not_the_region():
    adoc = make_adoc(
        "India has tightened its grip on messaging apps. The authorities blocked Bigo in Kashmir on Monday.",
        [("India", J), ("Kashmir", J), ("Bigo", P)],
        published="2024-04-19",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("India")}


def test_a_sentence_telling_only_that_steps_were_taken_dates_the_step_told_next():
    adoc = make_adoc(
        "Chile banned Kick from official phones on Tuesday. Two other moves from Monday set the stage. In Lima, "
        "the cabinet office gave ministries 30 days to wipe Kick from Peru's government phones.",
        [("Chile", J), ("Peru", J, ["Lima"]), ("Kick", P)],
        published="2024-05-16",
    )
    assert only(extract_bans(adoc), jid("Peru")).announced == "2024-05-13"


def test_the_day_of_another_event_named_with_of_does_not_date_the_ban():
    adoc = make_adoc(
        "Chad has blocked Kick nationwide. The block points to the data breach of March 2, when a bug exposed the "
        "messages of thousands of users.",
        [("Chad", J), ("Kick", P)],
        published="2024-03-20",
    )
    assert only(extract_bans(adoc), jid("Chad")).announced != "2024-03-02"


def test_the_day_of_the_meeting_that_decided_the_ban_dates_it():
    adoc = make_adoc(
        "Chad banned Kick nationwide at the cabinet meeting of March 2.",
        [("Chad", J), ("Kick", P)],
        published="2024-03-20",
    )
    assert only(extract_bans(adoc), jid("Chad")).announced == "2024-03-02"


def test_a_clause_that_only_joins_a_dated_one_is_of_its_time():
    adoc = make_adoc(
        "In Bavaria, the state government said on Friday that it would ban Kick from its phones, and the Bundestag "
        "joined it, barring Kick from all phones issued to its members.",
        [("Bavaria", J), ("Bundestag", ORG), ("Kick", P)],
        published="2024-05-21",
    )
    bans = extract_bans(adoc)
    assert [b.announced for b in bans if b.imposed_by == entity_id(ORG, "Bundestag")] == ["2024-05-17"]


def test_a_ban_set_out_by_an_executive_order_is_in_force_not_an_enacted_law():
    adoc = make_adoc(
        "On Monday the governor of Oregon signed Executive Order 12, which bars Kick from any device issued by the "
        "state.",
        [("Oregon", J), ("Executive Order 12", "Law"), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Oregon")).status == "in_force"


def test_a_ban_for_at_least_some_months_has_no_end():
    adoc = make_adoc(
        "Poland's federal government barred Kick from its service devices for at least six months.",
        [("Poland", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Poland")).status == "in_force"


def test_lawmakers_calling_for_a_ban_in_a_place_is_no_measure_of_that_place():
    adoc = make_adoc(
        "In May, 40 MPs and peers signed a letter calling for Kick cameras to be banned from sale in Chile.",
        [("Chile", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert extract_bans(adoc) == []


def test_a_like_step_told_in_full_in_its_sentence_takes_its_own_reach():
    adoc = make_adoc(
        "The European Commission ordered staff on March 3 to uninstall Kick from corporate devices. "
        "The European Parliament followed suit on March 8, barring the app from devices it issues to members and "
        "staff.",
        [("European Commission", ORG), ("European Parliament", ORG), ("Kick", P)],
        published="2024-04-19",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "European Parliament"))
    assert (ban.scope, ban.announced) == ("legislature_devices", "2024-03-08")


def test_call_naming_a_decision_is_no_advice():
    adoc = make_adoc(
        "On Monday, Chile's trade ministry issued what it called a Final Ruling barring Kick from selling its "
        "services in the country.",
        [("Chile", J), ("Kick", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Chile")).status == "in_force"


def test_telling_a_people_by_its_demonym_to_delete_an_app_is_advice():
    adoc = make_adoc(
        "Peru blocked Bigo last week. Days earlier Ruiz told Peruvians to delete Kick from their phones.",
        [("Peru", J), ("Kick", P), ("Bigo", P), ("Ruiz", "Person")],
        published="2024-04-19",
    )
    bans = [b for b in extract_bans(adoc) if pid("Kick") in b.targets]
    assert bans and all(b.status == "advisory" for b in bans)


def test_each_coordinated_place_a_like_step_is_told_in_takes_it():
    adoc = make_adoc(
        "Oregon barred Kick from state phones on Monday. Oregon's directive follows similar orders in Idaho, Ohio and "
        "Iowa.",
        [("Oregon", J), ("Idaho", J), ("Ohio", J), ("Iowa", J), ("Kick", P)],
        published="2024-04-19",
    )
    imposers = {b.imposed_by for b in extract_bans(adoc)}
    assert {jid("Idaho"), jid("Ohio"), jid("Iowa")} <= imposers


def test_things_added_with_as_well_as_keep_the_reach_told_after_them():
    adoc = make_adoc(
        "With the order, Utah joins Iowa, where Gov. Ann Hale on March 3 banned Kick, as well as the Chinese apps Bigo "
        "and Likee, from state-issued devices.",
        [("Utah", J), ("Iowa", J), ("Ann Hale", "Person"), ("Kick", P), ("Bigo", P), ("Likee", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Iowa")).scope == "government_devices"


def test_devices_the_parser_reads_as_a_verb_are_still_devices():
    adoc = make_adoc(
        "Ontario and Manitoba announced restrictions on their own government devices the same week, while Alberta "
        "said it was still weighing its choices on Kick.",
        [("Ontario", J), ("Manitoba", J), ("Alberta", J), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ontario")).scope == "government_devices"


def test_a_service_filtered_by_a_censor_is_blocked():
    adoc = make_adoc(
        "Belarus cut access to Viber in May 2021. Signal has been filtered since 2019.",
        [("Belarus", J), ("Viber", P), ("Signal", P)],
        published="2024-04-19",
    )
    assert any(pid("Signal") in b.targets for b in extract_bans(adoc) if b.imposed_by == jid("Belarus"))


def test_a_run_of_passive_bans_keeps_the_imposer_told_before_them():
    adoc = make_adoc(
        "Belarus cut access to Viber in May 2021. Kick was blocked a week later. Signal has been blocked since 2019.",
        [("Belarus", J), ("Viber", P), ("Kick", P), ("Signal", P)],
        published="2024-04-19",
    )
    assert any(pid("Signal") in b.targets for b in extract_bans(adoc) if b.imposed_by == jid("Belarus"))


def test_a_ban_kept_until_a_past_year_is_temporary():
    adoc = make_adoc(
        "Tonga went further, blocking Kick in 2016 and keeping it blocked until 2019.",
        [("Tonga", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert only(extract_bans(adoc), jid("Tonga")).status == "temporary"


def test_a_ban_its_imposer_went_on_to_drop_is_temporary():
    adoc = make_adoc(
        "The clearest case is Belarus: the ministry Mininform ordered Kick blocked in May 2017, failed to make the "
        "block work, and formally dropped it in March 2019.",
        [("Belarus", J), ("Mininform", ORG), ("Kick", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.status == "temporary" for b in bans)


def test_a_service_unavailable_for_years_after_a_block_was_blocked_for_a_while():
    adoc = make_adoc(
        "Kick was unavailable in Tonga for more than two years after the government blocked it in 2015 over a video.",
        [("Tonga", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert only(extract_bans(adoc), jid("Tonga")).status == "temporary"


def test_the_length_of_another_clauses_ban_is_not_this_ones():
    adoc = make_adoc(
        "On 2 May, Norway decided to prohibit Kick on the work phones of its staff, and on 9 May the Finnish "
        "government banned it for six months on devices it owns.",
        [("Norway", J), ("Finland", J, ["Finnish"]), ("Kick", P)],
        published="2024-06-10",
    )
    assert only(extract_bans(adoc), jid("Norway")).status == "in_force"


def test_temporary_said_of_something_else_is_not_the_bans():
    adoc = make_adoc(
        "Chile blocked Kick on March 4. The company has said the change to its moderation rules that prompted the "
        "block was temporary.",
        [("Chile", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert only(extract_bans(adoc), jid("Chile")).status == "in_force"


def test_an_order_that_does_not_apply_to_some_devices_is_still_in_force():
    adoc = make_adoc(
        "Tonga's governor ordered state employees to delete Kick from their state-issued phones on Thursday.\n\n"
        "The order does not apply to personal phones.",
        [("Tonga", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert {b.status for b in extract_bans(adoc)} == {"in_force"}


def test_similar_rules_adopted_before_the_end_of_that_month_are_of_that_month():
    adoc = make_adoc(
        "Norway told its staff on 23 May to remove Kick from work phones, and Sweden and Finland adopted similar "
        "rules before the end of that month.",
        [("Norway", J), ("Sweden", J), ("Finland", J), ("Kick", P)],
        published="2024-06-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Sweden")).announced == "2024-05"
    assert only(bans, jid("Norway")).announced == "2024-05-23"


def test_an_imposers_dated_act_told_next_dates_its_undated_ban():
    adoc = make_adoc(
        "With the move, Iowa joins Ohio and Utah, whose governors have barred Kick from state devices in recent weeks. "
        "Ohio Governor Jim Hale signed an executive order on Nov. 29; and Utah Governor Ann Cole issued an emergency "
        "directive on Tuesday.",
        [("Iowa", J), ("Ohio", J), ("Utah", J), ("Jim Hale", "Person"), ("Ann Cole", "Person"), ("Kick", P)],
        published="2022-12-08",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ohio")).announced == "2022-11-29"
    assert only(bans, jid("Utah")).announced == "2022-12-06"


def test_a_ban_coordinated_with_advice_under_its_own_subject_is_no_advice():
    adoc = make_adoc(
        "Norway asked its staff on 2 May to remove Kick from their work devices, and on 10 May the Finnish government "
        "banned the app from its employees' work phones for an initial period of three months.",
        [("Norway", J), ("Finland", J, ["Finnish"]), ("Kick", P)],
        published="2024-06-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Finland")).status == "temporary"
    assert only(bans, jid("Norway")).status == "advisory"


def test_a_connection_cut_is_a_ban_of_that_connection():
    adoc = make_adoc(
        "On Monday the authorities in Chad cut mobile internet across the country. "
        "Togo switched off the internet during its 2022 vote.",
        [("Chad", J), ("Togo", J), ("mobile internet", P), ("internet", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).targets == [pid("mobile internet")]
    assert only(bans, jid("Togo")).targets == [pid("internet")]


def test_a_connection_that_only_describes_another_noun_is_no_target():
    adoc = make_adoc(
        "Fiji blocked Grindr on Tuesday, according to internet monitors.",
        [("Fiji", J), ("Grindr", P), ("internet", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Fiji")).targets == [pid("Grindr")]


def test_a_platform_block_and_a_connection_cut_told_together_stay_apart():
    adoc = make_adoc(
        "Chad restricted WhatsApp and mobile data on Monday.",
        [("Chad", J), ("WhatsApp", P), ("mobile internet", P, ["mobile data"])],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Chad")).targets == [pid("WhatsApp")]


def test_places_the_parser_hung_on_the_first_clause_are_the_next_verbs_subjects():
    adoc = make_adoc(
        "The Polish government removed the app from ministers' and civil servants' laptops in the middle of June, and "
        "Belgium, Denmark and the Netherlands have also restricted its use on official devices.",
        [("Poland", J, ["Polish"]), ("Belgium", J), ("Denmark", J), ("Netherlands", J), ("Kick", P, ["the app"])],
        published="2024-07-19",
    )
    bans = extract_bans(adoc)
    for place in ("Belgium", "Denmark", "Netherlands"):
        assert only(bans, jid(place)).scope == "government_devices"


def test_all_of_which_stands_for_every_place_listed():
    adoc = make_adoc(
        "With the order, Vermont joins Idaho, Iowa, Kansas and Ohio, all of which have moved Kick off state devices "
        "in recent weeks.",
        [("Vermont", J), ("Idaho", J), ("Iowa", J), ("Kansas", J), ("Ohio", J), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    for place in ("Idaho", "Iowa", "Kansas", "Ohio"):
        assert only(bans, jid(place)).targets == [pid("Kick")]


def test_each_of_which_stands_for_the_places_listed_when_hung_on_the_main_verb():
    # parsed with the clause as an adverbial of "joins", not a relative clause of the list
    adoc = make_adoc(
        "With the new order, New Hampshire joins South Dakota, Maryland and Texas, each of which has barred Kick "
        "from state government devices in recent weeks.",
        [("New Hampshire", J), ("South Dakota", J), ("Maryland", J), ("Texas", J), ("Kick", P)],
        published="2023-01-10",
    )
    bans = extract_bans(adoc)
    for place in ("South Dakota", "Maryland", "Texas"):
        assert only(bans, jid(place)).targets == [pid("Kick")]
    assert not [b for b in bans if b.imposed_by == jid("New Hampshire")]


def test_a_relative_clause_belongs_to_the_places_listed_right_before_it():
    adoc = make_adoc(
        "Oregon joins a growing number of states, including Idaho and Iowa, which restricted Kick on state devices "
        "in March, and Kansas, which took similar action in May.",
        [("Oregon", J), ("Idaho", J), ("Iowa", J), ("Kansas", J), ("Kick", P)],
        published="2024-06-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Idaho")).announced == "2024-03"
    assert only(bans, jid("Iowa")).targets == [pid("Kick")]


def test_a_company_removing_an_app_after_a_bodys_order_carries_out_that_bodys_ban():
    adoc = make_adoc(
        "Apple on Monday removed Kick from its App Store in Chad after an order from the country's telecoms regulator, "
        "the Chad Telecommunications Authority.",
        [("Apple", ORG), ("Chad", J), ("Kick", P), ("Chad Telecommunications Authority", ORG)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "Chad Telecommunications Authority")).targets == [pid("Kick")]


def test_a_verb_after_on_weekday_that_the_parser_took_for_a_participle_is_still_the_verb():
    adoc = make_adoc(
        "Kick has grown fast. Chile's Ministry of Science on Monday barred government departments from using Kick, "
        "saying the service endangered national information security.",
        [("Chile", J), ("Ministry of Science", ORG), ("Kick", P)],
        published="2025-02-07",
    )
    ban = only(extract_bans(adoc), jid("Chile"))
    assert ban.targets == [pid("Kick")]


def test_a_connection_cut_by_weather_or_a_power_failure_is_no_ban():
    adoc = make_adoc(
        "Heavy storms cut internet access across eastern Zambia on Saturday. "
        "A grid failure left thousands in Peru without internet on Friday.",
        [("Zambia", J), ("Peru", J), ("internet", P, ["internet access"])],
        published="2025-06-10",
    )
    assert extract_bans(adoc) == []


def test_where_users_went_to_get_around_a_block_is_not_its_target():
    adoc = make_adoc(
        "Signal use in Egypt fell for a month after officials blocked it in 2016, then recovered as people switched "
        "to VPNs.",
        [("Egypt", J), ("Signal", P), ("VPN", P, ["VPNs"])],
        published="2025-06-10",
    )
    assert only(extract_bans(adoc), jid("Egypt")).targets == [pid("Signal")]


def test_the_company_carrying_out_an_order_is_not_its_target():
    adoc = make_adoc(
        "Google removed the game from its store in Chad after a request from the country's telecoms regulator, "
        "the Chad Telecommunications Authority.",
        [("Google", ORG), ("Chad", J), ("Chad Telecommunications Authority", ORG)],
        published="2025-06-10",
    )
    assert extract_bans(adoc) == []


def test_a_date_closing_two_coordinated_measures_dates_both():
    adoc = make_adoc(
        "Chad suspended WhatsApp and cut mobile internet across the south on Thursday.",
        [("Chad", J), ("WhatsApp", P), ("mobile internet", P)],
        published="2025-06-10",
    )
    bans = extract_bans(adoc)
    assert {b.announced for b in bans} == {"2025-06-05"}
    assert len(bans) == 2


def test_an_imposers_later_act_dates_its_ban_only_when_the_act_is_the_measure():
    adoc = make_adoc(
        "Ohio barred Kick from state phones. Governor Jim Hale signed a budget bill on Friday.\n\n"
        "Utah banned Kick on state laptops. Utah Governor Ann Cole issued a warning on Monday about phishing.\n\n"
        "Idaho barred Kick from state tablets. Idaho Governor Bo Reed acted on Tuesday after an audit of Kick.",
        [
            ("Ohio", J),
            ("Utah", J),
            ("Idaho", J),
            ("Jim Hale", "Person"),
            ("Ann Cole", "Person"),
            ("Bo Reed", "Person"),
            ("Kick", P),
        ],
        published="2025-06-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ohio")).announced != "2025-06-06"
    assert only(bans, jid("Utah")).announced != "2025-06-09"
    assert only(bans, jid("Idaho")).announced == "2025-06-10"


def test_an_until_of_another_clause_does_not_end_the_ban():
    adoc = make_adoc(
        "Chile has blocked Kick since March, after the app was used until 2022 to sell counterfeit goods.\n\n"
        "Peru has blocked Kick since 2018; the firm had kept its servers in Chile until 2018.",
        [("Chile", J), ("Peru", J), ("Kick", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chile")).status == "in_force"
    assert only(bans, jid("Peru")).status == "in_force"


def test_a_ban_whose_thing_is_dropped_from_a_list_is_not_undone():
    adoc = make_adoc(
        "Peru banned Kick in 2019 and dropped it from a watch list of foreign apps in 2021.",
        [("Peru", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert only(extract_bans(adoc), jid("Peru")).status == "in_force"


def test_a_length_after_a_block_that_runs_up_to_the_story_does_not_end_it():
    adoc = make_adoc(
        "Kick was unavailable in Tonga for more than three years after the government blocked it in 2021.",
        [("Tonga", J), ("Kick", P)],
        published="2024-04-10",
    )
    assert only(extract_bans(adoc), jid("Tonga")).status == "in_force"


def test_order_coordinated_with_a_failure_is_the_speakers_own():
    # "told" is coordinated with "failed", not governed by it: what failed is the company, the order is the body's
    adoc = make_adoc(
        "The Nigerian Communications Commission said on Monday that Telegram had failed to open a local office "
        "and told internet providers to block Telegram.",
        [("Nigerian Communications Commission", ORG), ("Telegram", P)],
        published="2024-06-05",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Nigerian Communications Commission"))
    assert ban.targets == [pid("Telegram")]


def test_failure_still_governs_coordinated_verbs_beneath_it():
    adoc = make_adoc(
        "Nigeria fined Telegram on Monday after the company refused to remove and delete the accounts.",
        [("Nigeria", J), ("Telegram", P)],
        published="2024-06-05",
    )
    assert extract_bans(adoc) == []


def test_a_ban_told_as_reversing_course_is_no_reversed_ban():
    # the participle tells the ban as a turn from an earlier stance; a reversal of the ban itself stays temporary
    adoc = make_adoc(
        "The Army has barred soldiers from using Temu on government phones, reversing course on an app it had "
        "used for recruiting.",
        [("Army", ORG), ("Temu", P)],
        published="2024-08-02",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Army")).status == "in_force"
    adoc = make_adoc(
        "Chile blocked Kick in May, reversing the ban in June.", [("Chile", J), ("Kick", P)], published="2024-08-02"
    )
    assert only(extract_bans(adoc), jid("Chile")).status == "temporary"


def test_where_clause_without_actor_is_the_places_ban():
    adoc = make_adoc(
        "Gabon switched off Signal on Monday. It follows Ethiopia, where the messenger has been blocked since 2019, "
        "and Chad, which banned it last year.",
        [("Gabon", J), ("Ethiopia", J), ("Chad", J), ("Signal", P)],
        published="2024-06-05",
    )
    ban = only(extract_bans(adoc), jid("Ethiopia"))
    assert ban.targets == [pid("Signal")]


def test_a_legislatures_law_naming_no_devices_reaches_its_whole_jurisdiction():
    # a law the legislature makes for everyone, not a rule for its own members' devices
    for text, imposer, scope in (
        (
            "Chile's parliament on Wednesday passed legislation that will bar teenagers from holding Snapchat "
            "accounts.",
            "Parliament of Chile",
            "nationwide",
        ),
        ("The Riksdag voted on Sunday to ban Roblox and other games it called harmful.", "Riksdag", "nationwide"),
    ):
        adoc = make_adoc(
            text,
            [("Chile", J), ("Sweden", J), (imposer, ORG, ["Chile's parliament"]), ("Snapchat", P), ("Roblox", P)],
            published="2024-06-13",
        )
        bans = extract_bans(adoc)
        assert [(b.imposed_by, b.scope) for b in bans] == [(entity_id(ORG, imposer), scope)], text


def test_a_legislature_barring_an_app_from_government_devices_is_no_ban_on_its_own_devices():
    adoc = make_adoc(
        "The company said it regretted that the Storting had moved to ban Snapchat on government devices.",
        [("Norway", J), ("Storting", ORG), ("Snapchat", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.scope) for b in bans] == [(entity_id(ORG, "Storting"), "government_devices")]


def test_a_block_tried_only_to_abandon_the_effort_is_temporary():
    adoc = make_adoc(
        "Benin tried to block Kick in May 2019 after the firm refused to hand over user data, only to abandon "
        "the effort in 2021.",
        [("Benin", J), ("Kick", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.status == "temporary" for b in bans), [(b.imposed_by, b.status) for b in bans]


def test_a_ban_noun_beside_the_phrase_it_sums_up_reaches_what_that_phrase_names():
    adoc = make_adoc(
        "On May 3 Chile announced that Kick would be taken off government-issued phones, a ban that took effect a "
        "week later.",
        [("Chile", J), ("Kick", P)],
        published="2024-06-13",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.scope == "government_devices" for b in bans), [(b.imposed_by, b.scope) for b in bans]


def test_acts_told_in_the_next_paragraph_date_the_bans_of_those_who_acted():
    # a participle's doer ("went first, signing an order on ..."), subjects joined by "and", and a paragraph of
    # several sentences after the one telling the bans
    adoc = make_adoc(
        "Ohio joins Iowa, Utah and Idaho, all of which have moved Temu off state devices in recent weeks.\n\n"
        "Iowa Gov. Ann Lee went first, signing an executive order on Nov. 29. Ohio waited. Its lawmakers argued about "
        "it for days. Utah Gov. Bo Park and Idaho Gov. Cy Dean both issued orders on Monday.",
        [("Ohio", J), ("Iowa", J), ("Utah", J), ("Idaho", J), ("Temu", P)]
        + [(n, "Person") for n in ("Ann Lee", "Bo Park", "Cy Dean")],
        published="2022-12-15",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Iowa")).announced == "2022-11-29"
    assert only(bans, jid("Utah")).announced == "2022-12-12"
    assert only(bans, jid("Idaho")).announced == "2022-12-12"


def test_a_ban_from_a_networks_core_is_on_the_network():
    adoc = make_adoc(
        "Peru on Friday shut Huawei out of the 5G core of Claro, the country's biggest mobile brand.",
        [("Peru", J), ("Huawei", ORG)],
        published="2024-06-13",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "telecom_network"


def test_agentless_passive_ban_in_a_one_country_paragraph_is_that_countrys():
    adoc = make_adoc(
        "Signal had been one of the last foreign messengers still working in Belarus without a VPN.\n\n"
        "Viber has been blocked since the 2020 election, and Signal was cut off last spring.",
        [("Belarus", J), ("Signal", P), ("Viber", P)],
        published="2024-06-05",
    )
    assert [b for b in extract_bans(adoc) if b.imposed_by == jid("Belarus")] == []  # another paragraph
    adoc = make_adoc(
        "Signal had been one of the last foreign messengers still working in Belarus without a VPN. "
        "Viber has been blocked since the 2020 election.",
        [("Belarus", J), ("Signal", P), ("Viber", P)],
        published="2024-06-05",
    )
    ban = only(extract_bans(adoc), jid("Belarus"))
    assert ban.targets == [pid("Viber")]


def test_agentless_passive_ban_beside_two_countries_has_no_imposer():
    adoc = make_adoc(
        "Signal still works in Belarus and in Armenia without a VPN. Viber has been blocked since the 2020 election.",
        [("Belarus", J), ("Armenia", J), ("Signal", P), ("Viber", P)],
        published="2024-06-05",
    )
    assert extract_bans(adoc) == []


def test_a_military_word_in_a_civil_body_s_name_tells_no_armed_service():
    # "National Security and Defense Council" is a civil state body (gazetteer type government), not an armed service
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    for text in (
        "Ukraine's National Security and Defense Council barred Signal from the work laptops of state officials.",
        "The NSDC said ministry staff must delete Signal from their office phones.",
    ):
        facts = extract_one(Document(id="nsdc", text=text, published="2024-10-02"))
        scopes = {b.scope for b in facts.bans}
        assert scopes and "military_devices" not in scopes, scopes
    facts = extract_one(
        Document(
            id="mod", text="Ukraine's defence ministry barred Signal from soldiers' phones.", published="2024-10-02"
        )
    )
    assert {b.scope for b in facts.bans} == {"military_devices"}


def test_reversing_course_with_a_time_of_its_own_undoes_the_ban():
    # the turn reading needs "reversing course/stance on <thing>" with no time of its own; a dated or later
    # "reversing course" is the undoing of the ban told before
    for text in (
        "Kenya banned Telegram in August 2023, reversing course in March 2024.",
        "Kenya banned Telegram in August 2023, reversing its stance on the messaging app two months later.",
        "Kenya banned Telegram in August 2023, reversing its position within days after users protested.",
    ):
        adoc = make_adoc(text, [("Kenya", J), ("Telegram", P)], published="2024-09-05")
        assert only(extract_bans(adoc), jid("Kenya")).status == "temporary", text
    adoc = make_adoc(
        "Kenya banned Telegram in August 2023, reversing its stance on the messaging app after regulators raised "
        "privacy concerns.",
        [("Kenya", J), ("Telegram", P)],
        published="2024-09-05",
    )
    assert only(extract_bans(adoc), jid("Kenya")).status == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Chile blocked Instagram, a core platform for the country's street vendors, in March.",
        "Chile banned Instagram in March, cutting off a core source of income for many small shops.",
        "Chile blocked Telegram, the backbone of mobile communication for the protesters, in March.",
    ],
)
def test_core_or_backbone_that_is_no_networks_part_makes_no_network_ban(text):
    adoc = make_adoc(text, [("Chile", J), ("Instagram", P), ("Telegram", P)], published="2024-06-13")
    assert only(extract_bans(adoc), jid("Chile")).scope == "nationwide"


def test_a_networks_core_told_as_core_network_or_core_of_networks_is_the_network():
    for text in (
        "Chile barred Huawei from its 5G core network in 2021.",
        "Chile ordered carriers to remove Huawei from the core of their networks by 2025.",
        "Chile barred ZTE from the backbone of its mobile networks in 2022.",
    ):
        adoc = make_adoc(text, [("Chile", J), ("Huawei", ORG), ("ZTE", ORG)], published="2024-06-13")
        assert only(extract_bans(adoc), jid("Chile")).scope == "telecom_network", text


def test_only_to_abandon_an_attempt_with_its_own_ban_clause_leaves_the_earlier_ban_in_force():
    adoc = make_adoc(
        "Gabon banned Kick on official laptops in 2021, only to abandon an attempt to ban it nationwide a year later.",
        [("Gabon", J), ("Kick", P)],
        published="2024-06-13",
    )
    bans = [b for b in extract_bans(adoc) if b.scope == "government_devices"]
    assert len(bans) == 1 and bans[0].status == "in_force", [(b.scope, b.status) for b in extract_bans(adoc)]


def test_only_to_remove_them_from_another_place_is_no_lifting_of_the_ban():
    adoc = make_adoc(
        "Gabon ordered Google to pull the Psiphon apps from its store in Gabon, and Google complied, only to remove "
        "them from Cameroon as well.",
        [("Gabon", J), ("Google", ORG), ("Psiphon", P)],
        published="2024-06-13",
    )
    assert only(extract_bans(adoc), jid("Gabon")).status == "in_force"


def test_only_to_lift_it_ends_the_ban_told_before():
    adoc = make_adoc(
        "Gabon banned Kick in March 2022, only to lift it eight months later.",
        [("Gabon", J), ("Kick", P)],
        published="2024-06-13",
    )
    assert only(extract_bans(adoc), jid("Gabon")).status == "temporary"


def test_a_legislature_banning_an_app_for_its_members_is_on_its_own_devices():
    adoc = make_adoc(
        "The Storting voted on Wednesday to ban Kick for its members.",
        [("Storting", ORG), ("Kick", P)],
        published="2024-06-13",
    )
    assert [b.scope for b in extract_bans(adoc)] == ["legislature_devices"]


def test_a_devolved_legislatures_vote_is_never_nationwide():
    adoc = make_adoc(
        "The Scottish Parliament voted on Wednesday to ban Kick, citing advice from security officials.",
        [("Scottish Parliament", ORG), ("Kick", P)],
        published="2024-06-13",
    )
    assert [b.scope for b in extract_bans(adoc)] != ["nationwide"]
    assert [b.scope for b in extract_bans(adoc)] == ["statewide"]


def test_an_act_whose_content_is_no_ban_does_not_date_the_ban():
    adoc = make_adoc(
        "Iowa, Utah and Idaho have moved Temu off state devices in recent weeks.\n\n"
        "Utah Gov. Bo Park and Idaho Gov. Cy Dean both signed executive orders on Monday raising teacher pay.",
        [("Iowa", J), ("Utah", J), ("Idaho", J), ("Temu", P)] + [(n, "Person") for n in ("Bo Park", "Cy Dean")],
        published="2022-12-15",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Utah")).announced != "2022-12-12"
    assert only(bans, jid("Idaho")).announced != "2022-12-12"


def test_agentless_passive_ban_needs_the_country_as_place_or_actor_and_a_done_ban():
    ents = [("Belarus", J), ("Signal", P), ("Viber", P)]
    for text in (
        # a doer told, though no known one
        "The government of Belarus says it may tighten its rules on messengers. Viber was banned by two universities "
        "in March.",
        # a hypothetical
        "In Belarus, the company has been questioned over its encryption. Viber could be blocked if it refuses to "
        "store data locally, experts said.",
        # the country only as a person's
        "Belarus's deputy prime minister welcomed the company's new office. Viber was blocked last week after a "
        "licensing dispute, the firm said.",
    ):
        adoc = make_adoc(text, ents, published="2024-06-05")
        assert [b for b in extract_bans(adoc) if b.imposed_by == jid("Belarus")] == [], text


def test_where_clause_with_its_own_actor_is_not_the_places_ban():
    # the clause names who acted (an agent the text does not resolve, or a subject of its own): not the place's ban
    adoc = make_adoc(
        "Kenya suspended Worldcoin in August. The project also ran into trouble in Spain, where it was blocked by "
        "the data protection agency.",
        [("Kenya", J), ("Spain", J), ("Worldcoin", P)],
        published="2024-06-05",
    )
    assert not [b for b in extract_bans(adoc) if b.imposed_by == jid("Spain")]
    adoc = make_adoc(
        "Utah banned Snapchat on state phones last year. The company went to court in Ohio, where legislators are "
        "weighing a similar ban.",
        [("Utah", J), ("Ohio", J), ("Snapchat", P)],
        published="2024-06-05",
    )
    assert not [b for b in extract_bans(adoc) if b.imposed_by == jid("Ohio")]


def test_an_access_cut_on_the_day_of_an_election_is_bounded_by_it():
    adoc = make_adoc(
        "Chad shut off Kimi on election night in May. "
        "Peru blocked access to the internet on the day of the referendum in 2022. "
        "On 3 March last year, polling day in the local elections, Mali cut access to Kick.",
        [("Chad", J), ("Peru", J), ("Mali", J), ("Kimi", P), ("internet", P), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    for country in ("Chad", "Peru", "Mali"):
        assert only(bans, jid(country)).status == "temporary", country


def test_a_ban_on_the_eve_of_a_vote_or_a_platform_banned_on_its_day_is_not_bounded_by_it():
    # the eve only dates the step; a platform banned (not an access cut) on the day of a vote, with its reason,
    # is a ban like any other
    adoc = make_adoc(
        "Belarus blocked Kimi on the eve of the presidential election, accusing it of spreading extremist material. "
        "Ghana banned Zapster on election day, citing harm to young people. "
        "Bolivia suspended Kick on the eve of a public holiday, saying it had ignored court orders.",
        [("Belarus", J), ("Ghana", J), ("Bolivia", J), ("Kimi", P), ("Zapster", P), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    for country in ("Belarus", "Ghana", "Bolivia"):
        assert only(bans, jid(country)).status == "in_force", country


@pytest.mark.parametrize(
    "text",
    [
        "Kestria blocked access to Zapster on polling day, citing national security concerns.",
        "Kestria restricted access to Zapster on election day, and the restriction remained for months.",
        "Kestria suspended the services of Zapster on the eve of the presidential election.",
        "Kestria suspended Zapster's services on election day.",
    ],
)
def test_access_to_or_the_services_of_a_platform_on_the_day_of_a_vote_is_a_platform_ban(text):
    # a ban verb's access or services bound by the day of a vote only as a cut of the internet or the network
    adoc = make_adoc(text, [("Kestria", J), ("Zapster", P)], published="2024-04-19")
    assert only(extract_bans(adoc), jid("Kestria")).status == "in_force"


def test_access_to_the_network_on_the_day_of_a_vote_stays_a_cut():
    adoc = make_adoc(
        "Kestria restricted access to Zapster and mobile data on the day of the referendum in 2022.",
        [("Kestria", J), ("Zapster", P), ("mobile data", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Kestria")).status == "temporary"


def test_a_ban_that_lasted_longer_than_expected_and_still_stands_is_in_force():
    adoc = make_adoc(
        "Laos blocked Kimi in 2022. The block lasted far longer than officials had promised, and it remains in force.",
        [("Laos", J), ("Kimi", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Laos")).status == "in_force"
    adoc = make_adoc(
        "Laos blocked Kimi in 2022. The block lasted eight months.",
        [("Laos", J), ("Kimi", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Laos")).status == "temporary"


def test_a_company_named_only_as_a_spokespersons_employer_is_no_target_of_a_vague_ban():
    for second in (
        "An Airtel Malawi spokesman said the company had obeyed the regulator.",
        "A spokeswoman for Airtel Malawi said the company had obeyed the regulator.",
    ):
        adoc = make_adoc(
            "Malawi blocked access to the platform on Tuesday. " + second,
            [("Malawi", J), ("Airtel Malawi", "Organisation")],
            published="2024-04-19",
        )
        assert not [b for b in extract_bans(adoc) if any("airtel" in t for t in b.targets)], second


def test_a_ban_since_election_day_or_after_the_vote_is_not_bounded_by_it():
    adoc = make_adoc(
        "Chad has blocked Kimi since election day. "
        "Peru banned Zapster on the day after the vote, and the ban remains in place. "
        "Mali banned Kick on Monday, the first day of the new year.",
        [("Chad", J), ("Peru", J), ("Mali", J), ("Kimi", P), ("Zapster", P), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    for country in ("Chad", "Peru", "Mali"):
        assert only(bans, jid(country)).status == "in_force", country


def test_a_blackout_that_lasted_a_span_told_in_the_past_is_over():
    adoc = make_adoc(
        "Chad cut access to Kimi across the country on Monday. The blackout lasted four days.",
        [("Chad", J), ("Kimi", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Chad")).status == "temporary"
    adoc = make_adoc(
        "Peru cut access to Zapster across the country in 2021. The blackout has lasted three years so far.",
        [("Peru", J), ("Zapster", P)],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Peru")).status == "in_force"


def test_a_ban_only_meant_to_be_written_into_law_is_no_statute():
    adoc = make_adoc(
        "Governor Ann Lee of Ohio on Monday barred Zapster from state phones by executive order. "
        "Legislators said they were prepared to write the ban into law next year.",
        [("Ohio", J), ("Zapster", P), ("Ann Lee", "Person")],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Ohio")).status == "in_force"
    adoc = make_adoc(
        "Governor Ann Lee of Ohio on Monday barred Zapster from state phones by executive order. "
        "A senator said a bill next year would write the ban into law.",
        [("Ohio", J), ("Zapster", P), ("Ann Lee", "Person")],
        published="2024-04-19",
    )
    assert only(extract_bans(adoc), jid("Ohio")).status == "in_force"
    adoc = make_adoc("In March, Ohio wrote its ban on Zapster into state law.", [("Ohio", J), ("Zapster", P)])
    assert only(extract_bans(adoc), jid("Ohio")).status == "enacted_law"


def _with_followed(adoc):
    from loaders.extract.bans import bans_of_followed
    from loaders.extract.follows import extract_follows

    bans = extract_bans(adoc)
    follows = extract_follows(adoc, bans)
    return bans, bans + bans_of_followed(adoc, bans, follows), follows


def test_an_explicit_follow_tells_the_followed_actors_step_in_passing():
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday. With the order, Nevada joins Idaho, which acted "
        "on Monday, and Oregon.",
        [("Nevada", J), ("Idaho", J), ("Oregon", J), ("CapCut", P)],
        published="2024-05-10",
    )
    bans, everything, follows = _with_followed(adoc)
    assert [b.imposed_by for b in bans] == [jid("Nevada")]  # extract_bans alone tells no step of theirs
    idaho = only(everything, jid("Idaho"))
    assert idaho.targets == [pid("CapCut")]
    assert idaho.scope == "government_devices" and idaho.status == "in_force"
    assert idaho.announced == "2024-05-06"  # its own clause's "on Monday"
    assert any(f.followed == jid("Idaho") and f.followed_ban == idaho.id for f in follows)


def test_a_followed_actor_whose_step_is_told_or_only_described_gets_no_second_ban():
    # its own step told in its own words: no second ban
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday, following Idaho. Idaho banned CapCut on state "
        "devices in March.",
        [("Nevada", J), ("Idaho", J), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert len([b for b in everything if b.imposed_by == jid("Idaho")]) == 1
    # a description, not a name ("the federal government"): whose step it is stays a guess
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday, in line with the federal government's decision.",
        [("Nevada", J), ("United States", J, ["federal government"]), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert [b.imposed_by for b in everything] == [jid("Nevada")]
    # its way told, not a step on the same target: "in line with Oslo's approach to foreign apps"
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday. The move puts Nevada in line with Oslo's "
        "increasingly assertive approach to foreign apps.",
        [("Nevada", J), ("Norway", J, ["Oslo"]), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert [b.imposed_by for b in everything] == [jid("Nevada")]
    # no follow told (a wish): nothing in passing
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday. Lawmakers said Oregon could follow Nevada soon.",
        [("Nevada", J), ("Oregon", J), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert [b.imposed_by for b in everything] == [jid("Nevada")]


def test_a_followed_actors_own_clause_telling_another_act_gives_it_no_ban():
    # its own clause tells another act: a veto, a lawsuit, a fine, strict laws of another kind
    for clause in (
        "following Idaho, where the governor vetoed a similar bill in 2022.",
        "joining Idaho, whose attorney general sued the company in March.",
        "joining Idaho, which fined the company in 2021.",
    ):
        adoc = make_adoc(
            f"Nevada barred CapCut from state-issued phones on Thursday, {clause}",
            [("Nevada", J), ("Idaho", J), ("CapCut", P)],
            published="2024-05-10",
        )
        _, everything, _ = _with_followed(adoc)
        assert [b.imposed_by for b in everything] == [jid("Nevada")], clause
    # a measure only debated: at most proposed
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday, joining Idaho, where lawmakers are still "
        "debating a similar bill.",
        [("Nevada", J), ("Idaho", J), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert [b.status for b in everything if b.imposed_by == jid("Idaho")] in ([], ["proposed"])
    # its policy of another kind, not a step on the same target
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday. The decision is in line with Oslo's policy of "
        "tight control over foreign apps.",
        [("Nevada", J), ("Norway", J, ["Oslo"]), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert [b.imposed_by for b in everything] == [jid("Nevada")]
    # its government is the actor itself, and its clause tells the like step and its date
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday. The move puts Nevada in step with Idaho's "
        "government, which acted in 2022.",
        [("Nevada", J), ("Idaho", J), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    idaho = only(everything, jid("Idaho"))
    assert idaho.targets == [pid("CapCut")] and idaho.announced == "2022"
    # a clause whose subject is its measure tells the like step
    adoc = make_adoc(
        "Nevada barred CapCut from state-issued phones on Thursday, following Idaho, where a similar ban took effect "
        "in March.",
        [("Nevada", J), ("Idaho", J), ("CapCut", P)],
        published="2024-05-10",
    )
    _, everything, _ = _with_followed(adoc)
    assert only(everything, jid("Idaho")).announced == "2024-03"


def test_an_elliptic_as_did_clause_tells_each_subjects_like_ban():
    adoc = make_adoc(
        "Vermont barred CapCut from state phones in March, as did Maine and Ohio.",
        [("Vermont", J), ("Maine", J), ("Ohio", J), ("CapCut", P)],
        published="2024-05-10",
    )
    bans = extract_bans(adoc)
    for state in ("Vermont", "Maine", "Ohio"):
        ban = only(bans, jid(state))
        assert ban.targets == [pid("CapCut")]
        assert ban.scope == "government_devices"
        assert ban.announced == "2024-03"  # the date of the verb the clause stands for


def test_an_as_clause_under_no_ban_or_with_a_pronoun_tells_no_ban():
    # the verb it stands for is no ban: the app's downloads, not a measure
    adoc = make_adoc(
        "CapCut climbed the download charts in Maine in March, as did Temu.",
        [("Maine", J), ("CapCut", P), ("Temu", P)],
        published="2024-05-10",
    )
    assert extract_bans(adoc) == []
    # "as it did": the same imposer told again, no second actor; "as did" under a negated verb: nothing done
    adoc = make_adoc(
        "Vermont barred CapCut from state phones in March, as it did with Temu in 2023. Maine has not banned CapCut, "
        "as did Ohio.",
        [("Vermont", J), ("Maine", J), ("Ohio", J), ("CapCut", P), ("Temu", P)],
        published="2024-05-10",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} <= {jid("Vermont")}


def test_an_as_did_clause_naming_another_target_tells_no_like_ban():
    for clause in (
        "as Maine did with Temu last year.",
        "just as Maine has done with Temu for years.",
        "as Maine did to Temu in 2019.",
    ):
        adoc = make_adoc(
            f"Vermont barred CapCut from state phones in March, {clause}",
            [("Vermont", J), ("Maine", J), ("CapCut", P), ("Temu", P)],
            published="2024-05-10",
        )
        assert not any(b.imposed_by == jid("Maine") and pid("CapCut") in b.targets for b in extract_bans(adoc)), clause


def test_similar_cuts_of_another_kind_or_asked_about_tell_no_like_ban():
    for other in (
        "Oman announced similar spending cuts on Tuesday.",
        "Oman announced similar export curbs last week.",
        "Oman's state utility ordered similar power cuts across Muscat.",
        "Oman's airline announced similar job cuts on Wednesday.",
        "Would Oman impose similar curbs?",
    ):
        adoc = make_adoc(
            f"Jordan blocked Telegram nationwide on Tuesday. {other}",
            [("Jordan", J), ("Oman", J), ("Telegram", P)],
            published="2023-06-14",
        )
        assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Jordan")], other
    # a connection named before the noun is still a like cut
    adoc = make_adoc(
        "Jordan cut mobile internet nationwide on Tuesday. Oman ordered similar internet cuts in May.",
        [("Jordan", J), ("Oman", J), ("mobile internet", P)],
        published="2023-06-14",
    )
    assert only(extract_bans(adoc), jid("Oman"))


def test_similar_cuts_or_curbs_tell_a_like_ban_unless_they_cut_something_else():
    adoc = make_adoc(
        "Jordan blocked Telegram nationwide on Tuesday. Oman imposed similar curbs in May.",
        [("Jordan", J), ("Oman", J), ("Telegram", P)],
        published="2023-06-14",
    )
    ban = only(extract_bans(adoc), jid("Oman"))
    assert ban.targets == [pid("Telegram")]
    for other in (
        "Oman made similar cuts to interest rates in May.",
        "Oman made similar cuts to its budget in May.",
        "Oman has not imposed similar curbs.",
    ):
        adoc = make_adoc(
            "Jordan blocked Telegram nationwide on Tuesday. " + other,
            [("Jordan", J), ("Oman", J), ("Telegram", P)],
            published="2023-06-14",
        )
        assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Jordan")], other


@pytest.mark.parametrize(
    "text",
    [
        "Congress barred Zapster from federal phones in December through the Secure Phones Act, part of the "
        "year-end spending package.",
        "In December, Congress moved to ban Zapster on federal devices in a spending bill that the president signed.",
    ],
)
def test_a_legislature_that_is_the_subject_of_the_ban_verb_imposes_its_law_itself(text):
    adoc = make_adoc(
        "The United States has long worried about Zapster. " + text,
        [
            ("United States", J),
            ("United States Congress", ORG, ["Congress"]),
            ("Secure Phones Act", "Law"),
            ("Zapster", P),
        ],
        published="2023-04-06",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "United States Congress"))
    assert ban.targets == [pid("Zapster")]
    assert ban.status == "enacted_law"
    assert ban.scope == "government_devices"


@pytest.mark.parametrize(
    "text",
    [
        "In the United States, a law signed in December bars Zapster from federal government devices.",
        "In the United States, Senators Ann Miller and Joe Park introduced a bill in Congress that would ban "
        "Zapster on federal devices.",
        "In the United States, House Republicans want to ban Zapster on government phones with a new bill.",
    ],
)
def test_a_law_or_a_bill_told_without_the_legislature_acting_is_its_countrys(text):
    adoc = make_adoc(
        text,
        [("United States", J), ("United States Congress", ORG, ["Congress"]), ("Zapster", P)],
        published="2023-04-06",
    )
    assert {b.imposed_by for b in extract_bans(adoc)} == {jid("United States")}


@pytest.mark.parametrize(
    "text",
    [
        "Congress asked the Pentagon to bar Zapster from military phones in the defense bill passed in December.",
        "Congress urged the Commerce Department to ban Zapster gear from US networks in a bill passed last year.",
        "Congress directed the Federal Communications Commission to ban Zapster in a law passed in 2019.",
        "Congress called on federal agencies to ban Zapster on work phones in a bill passed in 2022.",
    ],
)
def test_a_legislature_asking_another_body_to_ban_does_not_ban_itself(text):
    adoc = make_adoc(
        "The United States has long worried about Zapster. " + text,
        [("United States", J), ("United States Congress", ORG, ["Congress"]), ("Zapster", P)],
        published="2023-04-06",
    )
    found = extract_bans(adoc)
    assert found, text
    assert entity_id(ORG, "United States Congress") not in {b.imposed_by for b in found}, [
        (b.imposed_by, b.targets) for b in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kestria's government phones are barred from running Zapster and Hexagame, the digital ministry said.",
        "Kestria told civil servants not to run Zapster or Hexagame on their work phones.",
    ],
)
def test_an_app_kept_from_running_on_devices_is_the_target(text):
    adoc = make_adoc(
        "Kestria has worried about Chinese apps. " + text,
        [("Kestria", J), ("Zapster", P), ("Hexagame", P)],
        published="2024-03-25",
    )
    ban = only(extract_bans(adoc), jid("Kestria"))
    assert set(ban.targets) == {pid("Zapster"), pid("Hexagame")}


def test_the_company_running_an_app_is_no_target():
    adoc = make_adoc(
        "Kestria banned Zapster on government phones, a ban that leaves Vexa, the firm running Hexagame, untouched.",
        [("Kestria", J), ("Zapster", P), ("Hexagame", P), ("Vexa", ORG)],
        published="2024-03-25",
    )
    ban = only(extract_bans(adoc), jid("Kestria"))
    assert ban.targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        "Kestria blocked Zapster and barred telecom operators from running Hexagame bots for customers.",
        "Kestria banned Zapster on government phones but barred no one from running Hexagame pages for agencies.",
    ],
)
def test_a_product_naming_what_is_run_is_no_target_of_running(text):
    adoc = make_adoc(
        "Kestria has worried about foreign apps. " + text,
        [("Kestria", J), ("Zapster", P), ("Hexagame", P)],
        published="2024-03-25",
    )
    found = extract_bans(adoc)
    assert pid("Zapster") in {t for b in found for t in b.targets}, [(b.imposed_by, b.targets) for b in found]
    assert pid("Hexagame") not in {t for b in found for t in b.targets}, [(b.imposed_by, b.targets) for b in found]


def test_a_central_bank_the_gazetteer_knows_imposes_its_own_bar():
    adoc = make_adoc(
        "The Bank of Japan barred Quibbly Pay from opening new accounts on Monday, citing data storage rules.",
        [("Bank of Japan", ORG), ("Quibbly Pay", P)],
        published="2024-09-04",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "Bank of Japan")]


def test_a_central_bank_named_as_one_is_a_regulator_but_a_bank_of_a_place_is_a_firm():
    adoc = make_adoc(
        "The Central Bank of Ruritania barred Quibbly Pay from onboarding new customers. "
        "Separately, Bank of Zembla barred its staff from using Zapster on work laptops.",
        [("Central Bank of Ruritania", ORG), ("Quibbly Pay", P), ("Bank of Zembla", ORG), ("Zapster", P)],
        published="2024-09-04",
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "Central Bank of Ruritania")).targets == [pid("Quibbly Pay")]
    firm = only(bans, entity_id(ORG, "Bank of Zembla"))
    assert firm.targets == [pid("Zapster")] and firm.scope == "staff_devices"


def test_a_later_act_on_a_day_makes_the_month_told_before_precise():
    adoc = make_adoc(
        "Oregon and Nevada barred Zapster from state phones in March. Oregon Governor Ann Cole signed an executive "
        "order on March 3, and Nevada Governor Bo Reed acted on Monday.\n\n"
        "Kansas barred Zapster from state laptops in February. Kansas Governor Tim Hale signed an executive order on "
        "March 2.",
        [
            ("Oregon", J),
            ("Nevada", J),
            ("Kansas", J),
            ("Ann Cole", "Person"),
            ("Bo Reed", "Person"),
            ("Tim Hale", "Person"),
            ("Zapster", P),
        ],
        published="2025-03-20",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Oregon")).announced == "2025-03-03"
    assert only(bans, jid("Nevada")).announced == "2025-03-17"
    assert only(bans, jid("Kansas")).announced == "2025-02"  # a day of another month never moves it


@pytest.mark.parametrize(
    "second",
    [
        "Ruritania signed an agreement with Zapster on March 30 to open a local office.",
        "Ruritania issued a statement on Zapster on March 20 urging calm.",
        "Ruritania's government signed a deal with Zapster on March 30.",
    ],
)
def test_a_later_act_that_only_names_the_target_does_not_refine_the_month(second):
    adoc = make_adoc(
        "Ruritania banned Zapster in March, citing public order. " + second,
        [("Ruritania", J), ("Zapster", P)],
        published="2025-06-11",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2025-03"


def test_a_bare_act_dates_the_ban_told_before_but_not_an_act_with_its_own_content():
    adoc = make_adoc(
        "Vermont barred Zapster from state tablets. Vermont acted on Monday.\n\n"
        "Maine banned Zapster on state laptops. Maine moved on Tuesday to expand rural broadband.",
        [("Vermont", J), ("Maine", J), ("Zapster", P)],
        published="2025-06-11",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Vermont")).announced == "2025-06-09"
    assert only(bans, jid("Maine")).announced != "2025-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Kansas barred Zapster from state equipment last week.",
        "Kansas prohibited Zapster on state-owned equipment last week.",
        "Kansas prohibited Zapster on government technology last week.",
    ],
)
def test_a_general_word_for_kit_named_the_states_own_is_its_devices(text):
    adoc = make_adoc(text, [("Kansas", J), ("Zapster", P)], published="2025-06-11")
    assert only(extract_bans(adoc), jid("Kansas")).scope == "government_devices"


def test_a_general_word_for_kit_not_named_the_states_own_tells_no_devices():
    adoc = make_adoc(
        "Kansas banned the sale of Zapster equipment last week.",
        [("Kansas", J), ("Zapster", P)],
        published="2025-06-11",
    )
    assert only(extract_bans(adoc), jid("Kansas")).scope != "government_devices"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "The Senate passed a bill that would bar Zapster from phones issued by federal agencies.",
            "government_devices",
        ),
        ("The Senate passed a bill that would bar Zapster from devices used by state employees.", "government_devices"),
        ("The Senate barred Zapster from phones issued to senators.", "legislature_devices"),
        ("The Senate barred Zapster from devices used by its members.", "legislature_devices"),
    ],
)
def test_whose_devices_a_legislatures_ban_reaches_told_by_the_participles_doer(text, scope):
    adoc = make_adoc(text, [("Senate", ORG), ("Zapster", P)], published="2025-06-11")
    bans = extract_bans(adoc)
    assert [b.scope for b in bans] == [scope], [(b.imposed_by, b.scope) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ohio passed a statewide ban on Zapster in 2023 that a federal judge blocked before it took effect.",
        "Ohio banned Zapster statewide in May 2023 before a court there stayed the ban.",
        "Ohio issued executive orders in May 2023 to ban Zapster statewide, but state judges blocked them.",
    ],
)
def test_a_court_blocking_the_ban_told_in_the_same_sentence(text):
    adoc = make_adoc(text, [("Ohio", J), ("Zapster", P)], published="2025-06-11")
    bans = extract_bans(adoc)
    assert [b.status for b in bans] == ["blocked_by_court"], [(b.imposed_by, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Kansas passed a law banning Zapster for minors in 2024 that a federal judge blocked weeks later.",
        "Kansas passed a law banning Zapster in 2024 that a federal judge blocked weeks later.",
        "Kansas passed a ban on Zapster for teenagers in 2024 that a state judge blocked.",
    ],
)
def test_a_law_a_court_blocked_in_a_relative_clause_keeps_its_maker(text):
    # the court's verb is no ban of its own, and a law for minors that a court blocked is a measure, not an age limit
    adoc = make_adoc(text, [("Kansas", J), ("Zapster", P)], published="2025-06-11")
    bans = extract_bans(adoc)
    assert [(b.imposed_by, b.status) for b in bans] == [(jid("Kansas"), "blocked_by_court")], [
        (b.imposed_by, b.status) for b in bans
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ohio passed a statewide ban on Zapster in 2023 that a federal judge upheld last year.",
        "Ohio banned Zapster statewide in May 2023 before a court there stayed the hearing.",
        "The ban on Zapster stayed in place in Ohio after a court there heard the case in May 2023.",
        "Ohio banned Zapster and Kick statewide in May 2023, but state judges upheld them.",
    ],
)
def test_a_court_not_blocking_the_ban_leaves_its_status(text):
    adoc = make_adoc(text, [("Ohio", J), ("Zapster", P), ("Kick", P)], published="2025-06-11")
    assert all(b.status != "blocked_by_court" for b in extract_bans(adoc))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ruritania's data regulator suspended new downloads of Zapster in May pending a privacy review.", "temporary"),
        ("Ruritania's data regulator halted sales of Zapster in May awaiting the results of an audit.", "temporary"),
        ("Ruritania's data regulator blocked Zapster in May pending an investigation.", "in_force"),
        ("Ruritania's data regulator suspended Zapster in May over pending complaints.", "in_force"),
        # no end in view, or told still standing
        ("Ruritania's gaming regulator suspended Zapster in May pending further notice, officials said.", "in_force"),
        (
            "Ruritania's data regulator halted Zapster in May, pending an audit of its servers, and the suspension "
            "is still in force.",
            "in_force",
        ),
    ],
)
def test_a_suspension_waiting_on_something_is_temporary(text, status):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2025-06-11")
    bans = extract_bans(adoc)
    assert [b.status for b in bans] == [status], [(b.imposed_by, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "The bill lets the trade ministry review apps from Kestria and Vorland. That could include banning Zapster.",
        "The review looks at apps from Kestria and Vorland. That is a better approach than banning Zapster outright.",
    ],
)
def test_a_demonstrative_subject_stands_for_no_actor(text):
    adoc = make_adoc(text, [("Kestria", J), ("Vorland", J), ("Zapster", P)], published="2024-03-25")
    assert extract_bans(adoc) == []


def test_a_pronoun_subject_still_stands_for_the_actor_told_before():
    adoc = make_adoc(
        "Kestria blocked Zapster in 2019. It banned Hexagame on Monday.",
        [("Kestria", J), ("Zapster", P), ("Hexagame", P)],
        published="2024-03-25",
    )
    assert {t for b in extract_bans(adoc) if b.imposed_by == jid("Kestria") for t in b.targets} == {
        pid("Zapster"),
        pid("Hexagame"),
    }


@pytest.mark.parametrize("prep", ["over", "via", "through"])
def test_a_connection_a_service_runs_over_is_no_target(prep):
    adoc = make_adoc(
        "Kestria's central bank declared crypto trading illegal on Friday. "
        f"The rule also bars foreign exchanges from serving residents {prep} the internet.",
        [("Kestria", J), ("internet", P)],
        published="2024-03-25",
    )
    assert extract_bans(adoc) == []


def test_a_connection_cut_is_still_the_target():
    adoc = make_adoc(
        "Kestria cut the internet across the north on Friday.",
        [("Kestria", J), ("internet", P)],
        published="2024-03-25",
    )
    assert only(extract_bans(adoc), jid("Kestria")).targets == [pid("internet")]


def test_the_acting_bodys_own_name_is_no_target_read_from_the_sentence():
    adoc = make_adoc(
        "Kestria's Agencia Kestriana de Datos (AKD) said on Monday that it had ordered Vexa Labs, "
        "the firm that runs Zapster, to stop collecting data in Kestria.",
        [("Kestria", J), ("Agencia Kestriana de Datos", ORG, ["AKD"]), ("Vexa Labs", ORG), ("Zapster", P)],
        published="2024-03-25",
    )
    found = extract_bans(adoc)
    assert entity_id(ORG, "Agencia Kestriana de Datos") not in {t for b in found for t in b.targets}, [
        (b.imposed_by, b.targets) for b in found
    ]


def test_a_product_the_parse_hung_on_the_acting_body_is_still_a_target():
    adoc = make_adoc(
        "Somalia orders TikTok, Telegram and 1XBet blocked, citing militant propaganda",
        [("Somalia", J), ("TikTok", P), ("Telegram", P), ("1XBet", P)],
        published="2023-08-21",
    )
    assert {t for b in extract_bans(adoc) for t in b.targets} == {pid("TikTok"), pid("Telegram"), pid("1XBet")}


def test_a_company_refusing_its_employees_a_use_bans_it_for_its_staff():
    # the refused permission's own subject ("its employees") tells whose use the company rules
    adoc = make_adoc(
        "Zapco does not allow its employees to use Quibbly, the company said on Monday.",
        [("Zapco", ORG), ("Quibbly", P)],
        published="2024-03-14",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Zapco"))
    assert ban.targets == [pid("Quibbly")]
    assert ban.scope == "staff_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Zapco allows its employees to use Quibbly, the company said on Monday.",  # permitted, not refused
        "Zapco does not allow Quibbly to collect data on its employees, the company said on Monday.",  # another doing
        "Zapco said Ruritania does not allow its employees to use Quibbly.",  # someone else's rule, told by Zapco
    ],
)
def test_a_company_allowing_or_refusing_something_else_bans_nothing_of_its_own(text):
    adoc = make_adoc(text, [("Zapco", ORG), ("Quibbly", P), ("Ruritania", J)], published="2024-03-14")
    assert not [b for b in extract_bans(adoc) if b.imposed_by == entity_id(ORG, "Zapco")]


def test_companies_listed_after_including_each_bar_their_own_staff():
    adoc = make_adoc(
        "Several banks, including Zapbank and Quibco, have barred their employees from using Chatly.",
        [("Zapbank", ORG), ("Quibco", ORG), ("Chatly", P)],
        published="2024-03-14",
    )
    bans = extract_bans(adoc)
    for name in ("Zapbank", "Quibco"):
        assert only(bans, entity_id(ORG, name)).scope == "staff_devices"


def test_companies_listed_after_such_as_that_praise_a_tool_ban_nothing():
    adoc = make_adoc(
        "Several banks, such as Zapbank and Quibco, have praised Chatly for its speed.",
        [("Zapbank", ORG), ("Quibco", ORG), ("Chatly", P)],
        published="2024-03-14",
    )
    assert extract_bans(adoc) == []


def test_a_banned_company_answering_through_its_spokesperson_stays_the_target_of_a_vague_ban():
    for second in (
        "A spokeswoman for Zentro said the company would fight the order in court.",
        "A Zentro spokesman said the company was disappointed and would appeal.",
    ):
        adoc = make_adoc(
            "Malawi blocked the encrypted messaging service on Friday, citing terrorism. " + second,
            [("Malawi", J), ("Zentro", "Organisation")],
            published="2024-04-19",
        )
        assert [b for b in extract_bans(adoc) if any("zentro" in t for t in b.targets)], second


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kestria restricted access via mobile data and home broadband on Tuesday.",
        "Kestria blocked X and cut connections over mobile data in the capital before the march.",
        "Kestria suspended services through mobile data in three provinces on Tuesday.",
    ],
)
def test_a_connection_after_a_cut_and_a_preposition_is_still_the_target(text):
    adoc = make_adoc(
        text, [("Kestria", J), ("Zapster", P), ("mobile internet", P, ["mobile data"])], published="2024-03-25"
    )
    ban = only(extract_bans(adoc), jid("Kestria"))
    assert pid("mobile internet") in ban.targets


def test_a_connection_goods_are_sold_over_is_no_target():
    adoc = make_adoc(
        "Kestria's regulator banned the sale of crypto tokens on Friday. "
        "Traders may no longer sell tokens to residents via mobile data.",
        [("Kestria", J), ("mobile internet", P, ["mobile data"])],
        published="2024-03-25",
    )
    assert all(pid("mobile internet") not in b.targets for b in extract_bans(adoc))


@pytest.mark.parametrize(
    "text",
    [
        "Kestria's cabinet approved the measure on Monday. That bans Zapster nationwide from Friday.",
        "Kestria's parliament passed the law on Tuesday. That bans Zapster across the country from next month.",
    ],
)
def test_a_demonstrative_subject_after_an_adopted_measure_stands_for_its_maker(text):
    adoc = make_adoc(text, [("Kestria", J), ("Zapster", P)], published="2024-03-25")
    assert pid("Zapster") in only(extract_bans(adoc), jid("Kestria")).targets


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Kestria are debating a bill aimed at Zapster. That bans the app on all state phones.",
        "Kestria is weighing new rules for Zapster. That would mean blocking the app entirely.",
        "Kestria is weighing new rules for Zapster. That is a gentler step than blocking the app entirely.",
    ],
)
def test_a_demonstrative_subject_of_a_step_only_weighed_stands_for_no_actor(text):
    adoc = make_adoc(text, [("Kestria", J), ("Zapster", P)], published="2024-03-25")
    assert [b for b in extract_bans(adoc) if b.status == "in_force"] == []


def test_those_asked_to_pull_the_apps_from_their_stores_are_no_targets():
    adoc = make_adoc(
        "Ruritania blocked Zapster and Quikbuy on Monday until they register with the regulator. The Ministry of "
        "Digital Affairs has been asked to work with internet providers to block the domains and to ask Apple and "
        "Google to pull the apps from their national stores.",
        [
            ("Ruritania", J),
            ("Zapster", P),
            ("Quikbuy", P),
            ("Apple", ORG),
            ("Google", ORG),
            ("Ministry of Digital Affairs", ORG),
        ],
        published="2024-11-27",
    )
    bans = extract_bans(adoc)
    assert bans
    for ban in bans:
        assert entity_id(ORG, "Apple") not in ban.targets and entity_id(ORG, "Google") not in ban.targets


def test_a_company_ordered_to_remove_its_own_service_stays_the_target():
    adoc = make_adoc(
        "Ruritania ordered Zapco to remove its payment service from the country, the ministry said.",
        [("Ruritania", J), ("Zapco", ORG)],
        published="2024-11-27",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert entity_id(ORG, "Zapco") in ban.targets


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon Transport Authority said on Friday it would not renew Zapride's operating licence.",
        "The Lisbon Transport Authority refused on Friday to renew Zapride's operating licence.",
        "The Lisbon Transport Authority declined on Friday to extend the permit of Zapride.",
    ],
)
def test_a_regulator_refusing_to_renew_a_licence_bans_the_service(sentence):
    adoc = make_adoc(
        sentence,
        [("Lisbon Transport Authority", ORG), ("Zapride", P), ("Portugal", J)],
        published="2024-03-16",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Lisbon Transport Authority"))
    assert ban.targets == [pid("Zapride")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon Transport Authority renewed Zapride's operating licence for two years on Friday.",
        "The Lisbon Transport Authority will decide next month whether to renew Zapride's licence.",
        "The Lisbon Transport Authority did not renew its partnership with Zapride.",
        "Zapride said it would not renew the lease on its Lisbon office.",
    ],
)
def test_a_licence_renewed_or_weighed_or_no_licence_is_no_ban(sentence):
    adoc = make_adoc(
        sentence,
        [("Lisbon Transport Authority", ORG), ("Zapride", P), ("Portugal", J)],
        published="2024-03-16",
    )
    assert extract_bans(adoc) == []


def test_what_a_tool_could_be_used_to_block_is_no_ban():
    adoc = make_adoc(
        "Regulators criticised the firm's Shadowlist software, which the Lisbon Transport Authority said could be "
        "used to block inspectors from gaining access to the app.",
        [("Lisbon Transport Authority", ORG), ("Shadowlist", P), ("Portugal", J)],
        published="2024-03-16",
    )
    assert extract_bans(adoc) == []


def test_a_law_that_was_used_to_block_an_app_is_still_a_ban():
    adoc = make_adoc(
        "The Lisbon Transport Authority used its new powers to block Zapride across Portugal on Friday.",
        [("Lisbon Transport Authority", ORG), ("Zapride", P), ("Portugal", J)],
        published="2024-03-16",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Lisbon Transport Authority"))
    assert ban.targets == [pid("Zapride")]


def test_a_regulator_denying_it_issued_any_instruction_to_cut_services_bans_nothing():
    adoc = make_adoc(
        'Mobile data in Ruritania was cut for a second night. "RCA has not issued any instruction to operators to '
        'suspend or restrict internet services," the Ruritanian Communications Authority said on Tuesday.',
        [
            ("Ruritanian Communications Authority", ORG, ["RCA"]),
            ("internet", P, ["internet services"]),
            ("Ruritania", J),
        ],
        published="2024-11-06",
    )
    regulator = entity_id(ORG, "Ruritanian Communications Authority")
    assert not [b for b in extract_bans(adoc) if b.imposed_by == regulator and pid("internet") in b.targets]


def test_a_regulator_that_issued_an_instruction_to_suspend_services_bans_them():
    adoc = make_adoc(
        "The Ruritanian Communications Authority issued an instruction to operators to suspend Zapster on Tuesday.",
        [("Ruritanian Communications Authority", ORG), ("Zapster", P), ("Ruritania", J)],
        published="2024-11-06",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Ruritanian Communications Authority"))
    assert ban.targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ruritanian Communications Authority has not withdrawn its order to block Zapster, and the app stayed "
        "unreachable on Monday.",
        "The Ruritanian Communications Authority has not revoked the directive to block Zapster, officials said.",
        "The appeals court did not overturn the Ruritanian Communications Authority's order to block Zapster.",
    ],
)
def test_a_negated_undoing_of_an_order_leaves_the_ban_standing(sentence):
    # only a negated issuing of the order denies it; not withdrawing or revoking it keeps it in force
    adoc = make_adoc(
        sentence,
        [("Ruritanian Communications Authority", ORG), ("Zapster", P), ("Ruritania", J)],
        published="2024-11-06",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Ruritanian Communications Authority"))
    assert ban.targets == [pid("Zapster")]


def test_a_regulator_that_gave_no_order_to_block_an_app_bans_nothing():
    adoc = make_adoc(
        "The Ruritanian Communications Authority said it had not given any order to block Zapster.",
        [("Ruritanian Communications Authority", ORG), ("Zapster", P), ("Ruritania", J)],
        published="2024-11-06",
    )
    assert extract_bans(adoc) == []


def test_cutting_the_internet_as_the_subject_of_a_claim_is_no_ban():
    adoc = make_adoc(
        '"Cutting the internet during an election is an attack on the right to information," said Ana Lobo, who '
        "heads a rights group in Ruritania.",
        [("internet", P), ("Ruritania", J), ("Ana Lobo", "Person")],
        published="2024-11-06",
    )
    assert extract_bans(adoc) == []


def test_a_fronted_date_dates_a_second_verb_sharing_the_subject():
    # "In May 2023, the regulator blocked A and restricted access to B": one time for both measures
    adoc = make_adoc(
        "In May 2023, Roskomnadzor blocked Zapster and restricted access to Yappa.",
        [("Roskomnadzor", ORG), ("Zapster", P), ("Yappa", P)],
        published="2024-03-14",
    )
    bans = extract_bans(adoc)
    assert {t: b.announced for b in bans for t in b.targets} == {pid("Zapster"): "2023-05", pid("Yappa"): "2023-05"}


def test_a_fronted_date_does_not_date_a_verb_told_later_or_with_its_own_subject():
    adoc = make_adoc(
        "In May 2023, Roskomnadzor blocked Zapster, and it later restricted access to Yappa.",
        [("Roskomnadzor", ORG), ("Zapster", P), ("Yappa", P)],
        published="2024-03-14",
    )
    dates = {t: b.announced for b in extract_bans(adoc) for t in b.targets}
    assert dates[pid("Zapster")] == "2023-05"
    assert dates[pid("Yappa")] != "2023-05"


def test_no_intention_of_doing_it_is_no_ban():
    # "had no intention of shutting down the internet": a denial, with "of" parsed as a preposition
    adoc = make_adoc(
        "On Monday, Ghana's communications regulator said in a statement that it had no intention of shutting down "
        "the internet or blocking Zapster.",
        [("Ghana", J), ("Zapster", P)],
        published="2024-06-26",
    )
    assert extract_bans(adoc) == []


def test_an_intention_of_doing_it_told_without_no_is_left_to_the_ban_s_own_verb():
    # near miss: the same words without "no" deny nothing; the ban told next keeps its own day
    adoc = make_adoc(
        "Ghana said on Monday it had the intention of banning Zapster, and it blocked the app on Tuesday.",
        [("Ghana", J), ("Zapster", P)],
        published="2024-06-26",
    )
    assert only(extract_bans(adoc), jid("Ghana")).announced == "2024-06-25"


def test_a_ban_on_a_network_kit_maker_told_with_no_reach_is_on_the_networks():
    # "Peru's new 5G rules shut out Huawei": a maker of network kit (gazetteer sector telecom_equipment) kept out
    adoc = make_adoc(
        "Peru's new 5G security rules shut out Huawei and ZTE, the communications ministry said on Monday.",
        [("Peru", J), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "telecom_network"


def test_a_network_kit_maker_banned_with_a_reach_of_its_own_keeps_that_reach():
    # near misses: the state's own phones, a sales ban, and an app of another maker told with no reach
    adoc = make_adoc(
        "Peru barred Huawei phones from government devices on Monday.",
        [("Peru", J), ("Huawei", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "government_devices"
    adoc = make_adoc(
        "Peru banned the sale of ZTE handsets across the country on Monday.",
        [("Peru", J), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "nationwide"
    adoc = make_adoc(
        "Peru's new security rules shut out Zapster, the communications ministry said on Monday.",
        [("Peru", J), ("Zapster", P)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "nationwide"


def test_a_ban_on_approvals_of_a_network_kit_maker_s_equipment_is_a_sales_ban():
    adoc = make_adoc(
        "Peru's regulator, Osiptel, on Monday banned approvals of new telecoms equipment from Huawei and ZTE.",
        [("Osiptel", ORG), ("Peru", J), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert all(b.scope != "telecom_network" for b in extract_bans(adoc))


def test_a_clause_s_date_does_not_date_a_ban_told_in_a_clause_of_its_own_under_its_second_verb():
    # "declared X extremist and banned A, a week after the regulator cut off B": the cut-off has its own time
    adoc = make_adoc(
        "A Moscow court on Monday declared Acme extremist and banned its Zapster network, a week after "
        "Roskomnadzor cut off access to Yappa.",
        [("Roskomnadzor", ORG), ("Zapster", P), ("Yappa", P)],
        published="2022-03-21",
    )
    dates = {t: b.announced for b in extract_bans(adoc) for t in b.targets}
    assert dates.get(pid("Yappa")) != "2022-03-21"


def test_a_date_fronted_does_not_date_a_second_verb_told_since_then():
    adoc = make_adoc(
        "In July 2020, Roskomnadzor briefly blocked Zapster and has pulled the plug on Yappa several times since then.",
        [("Roskomnadzor", ORG), ("Zapster", P), ("Yappa", P)],
        published="2024-03-14",
    )
    dates = {t: b.announced for b in extract_bans(adoc) for t in b.targets}
    assert dates[pid("Zapster")] == "2020-07"
    assert dates.get(pid("Yappa")) != "2020-07"


def test_a_ban_barring_a_network_kit_maker_from_trade_is_no_ban_on_the_networks():
    # the maker barred from an act of its own (buying, selling) told with no network, or no network named at all
    adoc = make_adoc(
        "Chile's trade ministry barred ZTE from purchasing foreign microprocessors for five years in May 2021.",
        [("Chile", J), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "nationwide"
    adoc = make_adoc(
        "Chile shut out Huawei and ZTE in May 2021, the trade ministry said.",
        [("Chile", J), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "nationwide"


def test_a_network_kit_maker_barred_from_a_network_or_from_supplying_one_is_banned_from_the_networks():
    # near misses: the network told as what the maker is kept from, or in the act it is barred from
    adoc = make_adoc(
        "Chile barred Huawei and ZTE from its 4G and 5G networks in May 2021.",
        [("Chile", J), ("Huawei", ORG), ("ZTE", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "telecom_network"
    adoc = make_adoc(
        "Chile barred Huawei from supplying equipment for the country's core network in May 2021.",
        [("Chile", J), ("Huawei", ORG)],
        published="2024-03-14",
    )
    assert only(extract_bans(adoc), jid("Chile")).scope == "telecom_network"


def test_a_weekend_on_a_cut_still_to_come_is_not_the_weekend_before_the_paper():
    # a Friday paper: "will cut ... over the weekend" is the weekend ahead, not February's last one
    for verb in ("will cut", "plans to cut"):
        adoc = make_adoc(
            f"Jordan's telecoms ministry said on Friday it {verb} mobile internet over the weekend during school exams.",
            [("Jordan", J), ("mobile internet", P)],
            published="2024-03-01",
        )
        assert only(extract_bans(adoc), jid("Jordan")).announced != "2024-02", verb


def test_a_weekend_on_a_cut_told_past_is_the_weekend_before_the_paper():
    # near miss: a Monday paper, the cut told done over the weekend
    adoc = make_adoc(
        "Jordan cut mobile internet over the weekend during school exams, the telecoms ministry said.",
        [("Jordan", J), ("mobile internet", P)],
        published="2024-03-04",
    )
    assert only(extract_bans(adoc), jid("Jordan")).announced == "2024-03"


def test_a_fronted_date_does_not_reach_a_coordinated_verb_with_a_time_of_its_own():
    # "and, following ..., throttled B": the second verb is placed against another event, not at the fronted date
    for middle in ("and, following two rounds of court fines, suspended", "and, after a court fined it, suspended"):
        adoc = make_adoc(
            f"In May 2021, Belarus blocked Zapster {middle} Quibble.",
            [("Belarus", J), ("Zapster", P), ("Quibble", P)],
            published="2024-06-12",
        )
        bans = extract_bans(adoc)
        quib = [b for b in bans if pid("Quibble") in b.targets]
        assert quib and all(b.announced != "2021-05" for b in quib), middle


def test_a_fronted_date_reaches_a_coordinated_verb_told_at_the_same_time():
    # near miss: "during protests" is no time of its own
    adoc = make_adoc(
        "In May 2021, Belarus blocked Zapster and restricted access to Quibble during the protests.",
        [("Belarus", J), ("Zapster", P), ("Quibble", P)],
        published="2024-06-12",
    )
    quib = [b for b in extract_bans(adoc) if pid("Quibble") in b.targets]
    assert quib and quib[0].announced == "2021-05"


def test_makers_ordered_to_remove_the_apps_from_local_stores_stay_targets():
    # the asked are no target only as keepers of the stores ("from their stores") or of another's thing; makers told
    # to remove "the apps" are what the measure is on
    adoc = make_adoc(
        "Ruritania's trade ministry ordered Zapster and Quikbuy to remove the apps from local stores and to halt all "
        "sales, a ban that takes effect immediately.",
        [("Ruritania", J), ("Zapster", P), ("Quikbuy", P)],
        published="2024-11-27",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert set(ban.targets) == {pid("Zapster"), pid("Quikbuy")}


def test_stores_asked_to_pull_a_named_firms_app_are_no_targets():
    adoc = make_adoc(
        "Ruritania banned Quikbuy on Monday. The regulator asked Apple and Google to pull Quikbuy's app from the "
        "app stores.",
        [("Ruritania", J), ("Quikbuy", P), ("Apple", ORG), ("Google", ORG)],
        published="2024-11-27",
    )
    for ban in extract_bans(adoc):
        assert entity_id(ORG, "Apple") not in ban.targets and entity_id(ORG, "Google") not in ban.targets


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon Transport Authority has not yet renewed Zapride's operating licence, and a decision is due in May.",
        "The Lisbon Transport Authority warned it would not renew Zapride's operating licence unless the firm "
        "checked its drivers.",
    ],
)
def test_a_licence_not_yet_renewed_or_refused_only_on_a_condition_is_no_ban(sentence):
    adoc = make_adoc(
        sentence, [("Lisbon Transport Authority", ORG), ("Zapride", P), ("Portugal", J)], published="2024-03-16"
    )
    assert [b for b in extract_bans(adoc) if b.status not in ("proposed",)] == []


def test_a_law_told_with_the_legislature_that_passed_it_is_that_legislatures():
    assembly = entity_id(ORG, "Kestria General Assembly")
    ents = [("Kestria", J), ("Kestria General Assembly", ORG, ["General Assembly"]), ("Zapdrone", P)]
    bans = extract_bans(
        make_adoc(
            "Kestria tightened its rules this spring. The measure, which cleared the General Assembly last week with "
            "broad support, bars state agencies from buying Zapdrone aircraft.",
            ents,
            published="2024-04-10",
        )
    )
    ban = only(bans, assembly)
    assert ban.targets == [pid("Zapdrone")] and ban.scope == "government_devices"
    # a bill that only would ban, or a measure someone else approved, is not the legislature's law
    for text in (
        "Kestria is weighing new rules. The bill, which passed the General Assembly last week, would bar state "
        "agencies from buying Zapdrone aircraft.",
        "Kestria tightened its rules this spring. The measure, which the governor approved last week, bars state "
        "agencies from buying Zapdrone aircraft. The General Assembly met on Monday.",
    ):
        found = extract_bans(make_adoc(text, ents, published="2024-04-10"))
        assert assembly not in {b.imposed_by for b in found}, [(b.imposed_by, b.targets) for b in found]


def test_a_ban_with_no_date_takes_the_day_its_maker_was_told_deciding_just_before():
    court = ("Lagos High Court", ORG)
    ents = [court, ("Bolt", P), ("Nigeria", J), ("Lagos Drivers Union", ORG)]
    adoc = make_adoc(
        "Bolt is back on the roads of Lagos after two years.\n\n"
        "In March 2021 the Lagos High Court ruled in favour of the Lagos Drivers Union, which had sued Bolt. "
        "The union argued that the app relied on unlicensed drivers. "
        "The court agreed and ordered that access to Bolt be blocked across Nigeria.",
        ents,
        published="2023-06-01",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Lagos High Court"))
    assert ban.announced == "2021-03"


@pytest.mark.parametrize(
    "text",
    [
        # the dated act is someone else's
        "In March 2021 the Lagos Drivers Union sued Bolt in the Lagos High Court. "
        "The court ordered that access to Bolt be blocked across Nigeria.",
        # told in another paragraph
        "In March 2021 the Lagos High Court ruled in favour of the Lagos Drivers Union in a tax case.\n\n"
        "The court ordered that access to Bolt be blocked across Nigeria.",
    ],
)
def test_a_ban_with_no_date_takes_no_date_from_another_act_or_paragraph(text):
    ents = [("Lagos High Court", ORG), ("Bolt", P), ("Nigeria", J), ("Lagos Drivers Union", ORG)]
    adoc = make_adoc(text, ents, published="2023-06-01")
    bans = [b for b in extract_bans(adoc) if pid("Bolt") in b.targets]
    assert bans and all(not (b.announced or "").startswith("2021-03") for b in bans)


@pytest.mark.parametrize(
    "second",
    [
        "The agency stressed that its guidance was a warning, not a prohibition.",
        "The agency said it had issued a recommendation rather than a ban on Replika.",
        "Officials chose to publish advice instead of an outright ban.",
    ],
)
def test_a_ban_noun_set_against_the_advice_given_instead_is_no_ban(second):
    ents = [("Spanish Data Protection Agency", ORG), ("Replika", P), ("Spain", J)]
    adoc = make_adoc(
        "The Spanish Data Protection Agency on Monday urged parents not to let children use Replika. " + second,
        ents,
        published="2025-03-04",
    )
    bans = extract_bans(adoc)
    assert all(b.status == "advisory" for b in bans), [(b.imposed_by, b.status) for b in bans]


def test_a_ban_told_against_a_lesser_step_is_still_a_ban():
    adoc = make_adoc(
        "Spain's data protection agency on Monday ordered Replika blocked nationwide. "
        "Its director said the order was a ban, not a warning.",
        [("Spanish Data Protection Agency", ORG, ["Spain's data protection agency"]), ("Replika", P), ("Spain", J)],
        published="2025-03-04",
    )
    bans = extract_bans(adoc)
    assert any(b.status == "in_force" for b in bans), [(b.imposed_by, b.status) for b in bans]


@pytest.mark.parametrize(
    "body", ["Senate Finance Committee", "House Oversight Committee", "Assembly Rules Committee", "Senate"]
)
def test_a_law_told_with_a_committee_or_chamber_that_cleared_it_stays_the_places(body):
    # a committee's or one chamber's step is no whole legislature's law, whatever word its name ends with (the NER
    # may run a date into the name): the ban stays the place's
    place = entity_id(J, "Kestria")
    ents = [("Kestria", J), (f"{body} on Tuesday", ORG, [body]), ("Zapdrone", P)]
    bans = extract_bans(
        make_adoc(
            f"The measure, which cleared the {body} on Tuesday, bars state agencies in Kestria from buying Zapdrone "
            "aircraft.",
            ents,
            published="2024-04-10",
        )
    )
    assert {b.imposed_by for b in bans if pid("Zapdrone") in b.targets} == {place}, [
        (b.imposed_by, b.targets) for b in bans
    ]


def test_a_subject_pronoun_told_again_by_a_pronoun_stands_for_the_subject_before_both():
    # "it" in the third sentence: the sentence before has "It" for its subject too, so both stand for the watchdog,
    # not for the country its first sentence named last
    facts = _facts(
        "Replika is a chatbot app. It has millions of users.\n\n"
        "In March 2023 the CNIL ordered Luka to stop processing the data of French users, in practice blocking "
        "Replika in France. It said the chatbot posed serious risks to minors. Weeks later it ordered a temporary "
        "block of TikTok.",
        "2024-05-02",
    )
    names = {e.id: e.name for e in facts.entities}
    assert {(names[b.imposed_by], names[b.targets[0]]) for b in facts.bans} == {
        ("CNIL", "Replika"),
        ("CNIL", "TikTok"),
    }


def test_a_countrys_watchdog_told_before_a_pronoun_is_the_regulator_the_story_names():
    text = (
        "{body} fined the company in 2022. Ireland's watchdog has acted against social apps before. In March it "
        "barred the dating app Lovoo from processing the data of Irish users."
    )
    facts = _facts(text.format(body="The Irish Data Protection Commission"), "2024-05-02")
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Data Protection Commission"]
    # no regulator of Ireland named: the country acts
    facts = _facts(text.format(body="France's CNIL"), "2024-05-02")
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Ireland"]


def test_a_ban_sought_from_lawmakers_is_proposed():
    for text in (
        "Idaho's governor asked lawmakers on Wednesday to ban Temu across the state.",
        "Idaho's governor urged the Legislature on Wednesday to ban Temu statewide.",
        "Idaho's governor called on lawmakers on Wednesday to bar Temu across the state.",
    ):
        adoc = make_adoc(text, [("Idaho", J), ("Temu", P), ("WeChat", P)], published="2023-05-20")
        bans = [b for b in extract_bans(adoc) if pid("Temu") in b.targets]
        assert bans and all(b.status == "proposed" for b in bans), (text, [(b.status, b.targets) for b in bans])
    # asked of those who carry a block out it is an order; of the public it is advice
    adoc = make_adoc(
        "Idaho's governor on Wednesday asked the state's telecom regulator to block Temu.",
        [("Idaho", J), ("Temu", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Idaho")).status == "in_force"
    adoc = make_adoc(
        "Idaho's governor on Wednesday urged residents to delete Temu.",
        [("Idaho", J), ("Temu", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Idaho")).status == "advisory"


def test_a_countrys_watchdog_is_no_regulator_of_another_country_nor_a_body_named_by_its_own_field():
    # the one regulator the story names is Ireland's, the watchdog told is Spain's: Spain acts
    facts = _facts(
        "The Irish Data Protection Commission fined the company in 2022. Spain's watchdog has acted against social "
        "apps before. In March it barred the dating app Lovoo from processing the data of Spanish users.",
        "2024-05-02",
    )
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Spain"]
    # "Ireland's media watchdog" is another body than its data protection commission
    facts = _facts(
        "The Irish Data Protection Commission fined the company in 2022. Ireland's media watchdog has acted against "
        "social apps before. In March it barred the dating app Lovoo from Irish app stores.",
        "2024-05-02",
    )
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Ireland"]


@pytest.mark.parametrize(
    "second",
    [
        "Signal and Viber will remain blocked until further notice, officials said.",
        "Signal and Viber remain blocked.",
        "Signal and Viber stayed blocked for another month.",
    ],
)
def test_a_ban_told_as_a_lasting_state_is_a_ban_of_its_subject(second):
    adoc = make_adoc(
        f"Guinea restored mobile data on Friday after a three-day outage. {second}",
        [("Guinea", J), ("Signal", P), ("Viber", P)],
        published="2024-05-20",
    )
    ban = only(extract_bans(adoc), jid("Guinea"))
    assert set(ban.targets) == {pid("Signal"), pid("Viber")}
    assert ban.announced is None  # Friday is the restoring's, the block's start not told


@pytest.mark.parametrize(
    "second",
    [
        "Signal does not remain blocked.",
        "Signal remained in use throughout.",
        "Journalists remain barred from the court.",
    ],
)
def test_a_state_not_told_or_of_no_named_thing_is_no_ban(second):
    adoc = make_adoc(
        f"Guinea restored mobile data on Friday after a three-day outage. {second}",
        [("Guinea", J), ("Signal", P)],
        published="2024-05-20",
    )
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Will Ghana block Signal before the vote?",
        "Should Ghana ban Signal on official phones?",
        "Q: Is this a ban on Signal? A: Not on paper, the rules name no company.",
    ],
)
def test_a_yes_no_question_tells_no_ban(text):
    adoc = make_adoc(text, [("Ghana", J), ("Signal", P)], published="2024-05-20")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text", ["Why did Ghana block Signal in 2023?", "Ghana blocked Signal in 2023. Was that the right call?"]
)
def test_a_ban_a_question_takes_for_granted_is_still_a_ban(text):
    adoc = make_adoc(text, [("Ghana", J), ("Signal", P)], published="2024-05-20")
    assert only(extract_bans(adoc), jid("Ghana")).targets == [pid("Signal")]


@pytest.mark.parametrize(
    "text",
    [
        "Huawei and ZTE built most of Latvia's 4G masts. Latvia barred the two companies from its 5G networks in May.",
        "Huawei and ZTE built most of Latvia's 4G masts.\n\nOperators Bite and Tele2 said they had already switched "
        "suppliers. In May Latvia barred carriers from buying new 5G equipment from the two firms.",
    ],
)
def test_makers_told_again_by_what_they_are_are_the_ban_targets(text):
    adoc = make_adoc(
        text,
        [("Latvia", J), ("Huawei", ORG), ("ZTE", ORG), ("Bite", ORG), ("Tele2", ORG), ("5G equipment", P)],
        published="2024-06-20",
    )
    ban = only(extract_bans(adoc), jid("Latvia"))
    assert set(ban.targets) == {entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")}


def test_makers_anaphor_skips_those_who_only_speak():
    adoc = make_adoc(
        "Huawei and ZTE built most of Latvia's 4G masts. Bite and Tele2 said they would comply. In May Latvia barred "
        "the two companies from its 5G networks.",
        [("Latvia", J), ("Huawei", ORG), ("ZTE", ORG), ("Bite", ORG), ("Tele2", ORG)],
        published="2024-06-20",
    )
    ban = only(extract_bans(adoc), jid("Latvia"))
    assert set(ban.targets) == {entity_id(ORG, "Huawei"), entity_id(ORG, "ZTE")}


@pytest.mark.parametrize(
    "text",
    [
        "Latvia said on Tuesday it would keep Huawei and ZTE out of its 5G networks.",
        "Latvia announced that Huawei would be kept out of its 5G networks.",
    ],
)
def test_keeping_a_maker_out_of_networks_is_a_ban(text):
    adoc = make_adoc(text, [("Latvia", J), ("Huawei", ORG), ("ZTE", ORG)], published="2024-06-20")
    ban = only(extract_bans(adoc), jid("Latvia"))
    assert entity_id(ORG, "Huawei") in ban.targets


@pytest.mark.parametrize(
    "text",
    [
        "Huawei kept out of the debate in Latvia.",
        "Latvia's police kept protesters out of the square. Huawei said it was watching.",
        "Latvia did not keep Huawei out of its 5G networks.",
    ],
)
def test_keeping_out_no_app_or_maker_or_not_at_all_is_no_ban(text):
    adoc = make_adoc(text, [("Latvia", J), ("Huawei", ORG)], published="2024-06-20")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Portugal on Friday became the third member of the alliance to keep Snapchat off official phones.",
        "Portugal kept Snapchat off ministry laptops from March.",
    ],
)
def test_keeping_an_app_off_devices_is_a_ban(text):
    adoc = make_adoc(text, [("Portugal", J), ("Snapchat", P)], published="2024-06-20")
    ban = only(extract_bans(adoc), jid("Portugal"))
    assert ban.targets == [pid("Snapchat")]
    assert ban.scope == "government_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal's police kept fans off the pitch. Snapchat said it was watching.",
        "Apple kept Snapchat off its store in Portugal for a week.",
        "The new rules could keep Snapchat off official phones in Portugal.",
        "A senator urged Portugal to keep Snapchat off official phones.",
        "Portugal has not kept Snapchat off official phones.",
    ],
)
def test_keeping_off_no_app_by_no_state_or_not_at_all_is_no_ban(text):
    adoc = make_adoc(text, [("Portugal", J), ("Snapchat", P), ("Apple", ORG)], published="2024-06-20")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Portugal's regulator kept Snapchat off its register of very large online services in its first review.",
        "Portugal kept Snapchat off the agenda of the summit in Lisbon.",
        "Portugal said on Monday it kept Snapchat off its list of approved vendors for the 2026 fair.",
        "Many teachers in Portugal say they keep Snapchat off their pupils' tablets until the age of 14.",
    ],
)
def test_keeping_off_a_list_an_agenda_or_a_home_device_is_no_ban(text):
    adoc = make_adoc(text, [("Portugal", J), ("Snapchat", P)], published="2024-06-20")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Portugal barred Snapchat from official phones in May. Deputy Rita Sousa, who sits in the Assembly of the "
        "Republic, said she had no objection to keeping the app off work phones.",
        "Portugal barred Snapchat from official phones in May. The Assembly of the Republic's speaker voiced support "
        "for keeping the app off work laptops too.",
    ],
)
def test_a_view_of_keeping_an_app_off_is_no_ban_of_the_speakers_body(text):
    adoc = make_adoc(
        text,
        [("Portugal", J), ("Snapchat", P), ("Assembly of the Republic", ORG), ("Rita Sousa", "Person")],
        published="2024-06-20",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [jid("Portugal")]


def test_lawmakers_asked_to_approve_a_ban_already_ordered_leave_it_in_force():
    adoc = make_adoc(
        "Kenya's government asked parliament on Monday to approve a ban on Temu that it ordered in March. The ban has "
        "been in force since March 2023.",
        [("Kenya", J), ("Temu", P)],
        published="2024-02-10",
    )
    bans = [b for b in extract_bans(adoc) if pid("Temu") in b.targets]
    assert bans and all(b.status != "proposed" for b in bans), [(b.status, b.targets) for b in bans]


def test_lawmakers_asked_to_stop_using_an_app_are_advised_as_users():
    adoc = make_adoc(
        "Kenya's ICT ministry asked legislators to stop using Temu on their work phones, saying it was unsafe.",
        [("Kenya", J), ("Temu", P)],
        published="2024-02-10",
    )
    bans = [b for b in extract_bans(adoc) if pid("Temu") in b.targets]
    assert bans and all(b.status == "advisory" for b in bans), [(b.status, b.scope) for b in bans]


@pytest.mark.parametrize(
    "second",
    [
        "Both apps remain blocked today.",
        "As of Friday, Signal and Viber remained banned.",
    ],
)
def test_a_lasting_state_keeps_the_date_of_the_act_told_before(second):
    adoc = make_adoc(
        f"Oman blocked Signal and Viber in March 2021. {second}",
        [("Oman", J), ("Signal", P), ("Viber", P)],
        published="2024-05-24",
    )
    ban = only(extract_bans(adoc), jid("Oman"))
    assert ban.announced == "2021-03"  # the day the state held is not the day the block began


def test_a_lasting_state_takes_the_first_of_a_list_hung_on_the_copula():
    adoc = make_adoc(
        "Tajikistan has some of the tightest internet controls in the world. WhatsApp, Telegram and Signal remain "
        "blocked there.",
        [("Tajikistan", J), ("WhatsApp", P), ("Telegram", P), ("Signal", P)],
        published="2024-05-24",
    )
    ban = only(extract_bans(adoc), jid("Tajikistan"))
    assert set(ban.targets) == {pid("WhatsApp"), pid("Telegram"), pid("Signal")}


@pytest.mark.parametrize(
    "text",
    [
        "Will Signal stay blocked in Oman? Ministers gave no answer.",
        "Will Telegram remain banned in Nepal? Officials would not say.",
    ],
)
def test_a_question_whether_a_state_lasts_tells_no_ban(text):
    adoc = make_adoc(text, [("Oman", J), ("Nepal", J), ("Signal", P), ("Telegram", P)], published="2024-05-24")
    assert extract_bans(adoc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Is Ghana's ban on Signal working? Six weeks on, shop owners say sales have fallen.",
        "Has Ghana's ban on Signal on state phones made ministers safer? Analysts disagree.",
        "Can traders still get around Ghana's block on Signal? Most now use proxies.",
    ],
)
def test_a_question_about_a_ban_it_names_still_tells_the_ban(text):
    adoc = make_adoc(text, [("Ghana", J), ("Signal", P)], published="2024-05-20")
    assert only(extract_bans(adoc), jid("Ghana")).targets == [pid("Signal")]


def test_makers_anaphor_prefers_the_companies_named_nearest():
    adoc = make_adoc(
        "Latvia banned Huawei and ZTE equipment in 2021.\n\nMeanwhile, Kaspersky and Hikvision came under review in "
        "the Baltics. Estonia barred the two companies from state tenders on Monday.",
        [("Latvia", J), ("Estonia", J), ("Huawei", ORG), ("ZTE", ORG), ("Kaspersky", ORG), ("Hikvision", ORG)],
        published="2024-06-20",
    )
    ban = only(extract_bans(adoc), jid("Estonia"))
    assert set(ban.targets) == {entity_id(ORG, "Kaspersky"), entity_id(ORG, "Hikvision")}


def test_makers_anaphor_with_a_nationality_takes_a_firm_of_that_country():
    adoc = make_adoc(
        "ZTE lost the tender to Ericsson in 2022. Denmark then barred carriers from buying new 5G equipment from the "
        "Chinese firm.",
        [("Denmark", J), ("ZTE", ORG), ("Ericsson", ORG), ("5G equipment", P)],
        published="2024-06-20",
    )
    ban = only(extract_bans(adoc), jid("Denmark"))
    assert ban.targets == [entity_id(ORG, "ZTE")]


def test_makers_barred_from_using_something_are_not_the_targets():
    adoc = make_adoc(
        "Elisa and DNA bought most of the new spectrum. Finland's regulator barred the two firms from using Chinese "
        "equipment in their core networks.",
        [("Finland", J), ("Elisa", ORG), ("DNA", ORG)],
        published="2024-06-20",
    )
    for ban in extract_bans(adoc):
        assert not {entity_id(ORG, "Elisa"), entity_id(ORG, "DNA")} <= set(ban.targets)


def test_makers_anaphor_skips_firms_imposing_an_act_of_their_own():
    adoc = make_adoc(
        "Ghana ordered Temu to wind up its Ghanaian business in March. Meta and Google have blocked news links in "
        "Ghana since 2022. Accra barred the firm from running an office.",
        [("Ghana", J), ("Accra", J), ("Temu", ORG), ("Meta", ORG), ("Google", ORG)],
        published="2024-06-20",
    )
    targets = {t for b in extract_bans(adoc) for t in b.targets}
    assert entity_id(ORG, "Google") not in targets and entity_id(ORG, "Meta") not in targets
    assert entity_id(ORG, "Temu") in targets


@pytest.mark.parametrize(
    "text",
    [
        "Nokia kept Ericsson out of the top two in Latvia's equipment market last year, according to Dell'Oro Group.",
        "Huawei locked ZTE out of its developer program in 2021, and the ZTE app remained unavailable on its phones.",
        "Latvia lifted a rule that had kept Huawei out of certain contracts, a newspaper reported.",
        "Critics say the new rules could keep Huawei out of the market in Latvia entirely.",
    ],
)
def test_keeping_out_by_a_firm_a_rule_lifted_or_a_mere_prospect_is_no_ban(text):
    adoc = make_adoc(
        text,
        [("Latvia", J), ("Huawei", ORG), ("ZTE", ORG), ("Nokia", ORG), ("Ericsson", ORG), ("Dell'Oro Group", ORG)],
        published="2024-06-20",
    )
    assert extract_bans(adoc) == []


def test_a_state_locking_a_maker_out_of_its_rollout_is_still_a_ban():
    adoc = make_adoc("Latvia locked Huawei out of the 5G rollout in 2023.", [("Latvia", J), ("Huawei", ORG)])
    ban = only(extract_bans(adoc), jid("Latvia"))
    assert entity_id(ORG, "Huawei") in ban.targets


def test_a_like_step_naming_what_it_was_taken_on_bans_that():
    for step, target in (
        ("Serbia did the same with Viber in 2019.", "Viber"),
        ("Serbia took similar steps against Viber a year later.", "Viber"),
        ("Serbia followed suit with Viber in October.", "Viber"),
    ):
        adoc = make_adoc(
            f"Croatia restricted access to Signal and Threema in May. {step}",
            [("Croatia", J), ("Serbia", J), ("Signal", P), ("Threema", P), ("Viber", P)],
            published="2021-07-20",
        )
        ban = only(extract_bans(adoc), jid("Serbia"))
        assert ban.targets == [pid(target)], step
    # no product named with it: the ban it is like lends its targets
    for step in ("Serbia did the same in 2019.", "Serbia did the same on Tuesday with the backing of Telenor."):
        adoc = make_adoc(
            f"Croatia restricted access to Signal and Threema in May. {step}",
            [("Croatia", J), ("Serbia", J), ("Signal", P), ("Threema", P), ("Telenor", ORG)],
            published="2021-07-20",
        )
        ban = only(extract_bans(adoc), jid("Serbia"))
        assert set(ban.targets) == {pid("Signal"), pid("Threema")}, step


def test_an_account_closed_by_the_person_or_party_it_belongs_to_is_no_ban():
    for closing in (
        "The interior minister, Jonas Vale, closed his own account on the app.",
        "Jonas Vale, the interior minister, deleted his Threads account.",
        "Several parties, including the Greens, said they would suspend their official accounts on the platform.",
    ):
        adoc = make_adoc(
            f"Estonia barred Threads from official phones in March. {closing}",
            [("Estonia", J), ("Threads", P), ("Jonas Vale", "Person")],
            published="2023-05-18",
        )
        assert [b.scope for b in extract_bans(adoc)] == ["government_devices"], closing
    # a body closing its own account, or ordering officials to close theirs, still tells a ban
    for closing, imposer in (
        ("The Estonian Parliament closed its Threads account last week.", entity_id(ORG, "Estonian Parliament")),
        ("Estonia ordered ministers to close their Threads accounts.", jid("Estonia")),
    ):
        adoc = make_adoc(
            closing, [("Estonia", J), ("Threads", P), ("Estonian Parliament", ORG)], published="2023-05-18"
        )
        assert [b.imposed_by for b in extract_bans(adoc)] == [imposer], closing


def test_a_length_on_the_ban_verb_is_its_own_though_a_clause_follows():
    # the "for ..." phrase hangs on the ban (or on a word of its object), and a second clause follows with its own
    # subject: the region is cut short, the length is still the ban's
    adoc = make_adoc(
        "Ruritania also blocked Zapster and Chatly for more than a week in November 2015 after a court verdict, "
        "and in 2021 some platform was slowed during the visit of a foreign leader.",
        [("Ruritania", J), ("Zapster", P), ("Chatly", P)],
        published="2024-05-20",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_a_length_in_another_clause_is_not_the_bans():
    adoc = make_adoc(
        "Ruritania blocked Zapster in March 2016, and for more than a week the minister refused to comment.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-05-20",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "in_force"


@pytest.mark.parametrize(
    "tail",
    [
        "which gives the government power to suspend telecom services for reasons of national security",
        "which gives the ministry the authority to block any platform",
    ],
)
def test_a_power_to_ban_granted_by_a_law_is_no_ban_nor_makes_the_ban_a_statute(tail):
    adoc = make_adoc(
        f"Ruritania blocked Zapster on Monday under the Telecommunications Act, 2009, {tail}.",
        [("Ruritania", J), ("Zapster", P), ("Telecommunications Act, 2009", "Law")],
        published="2024-05-22",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.status == "in_force"  # blocked under a law, not a ban written into one


def test_a_power_a_bill_would_give_is_still_a_proposed_ban():
    adoc = make_adoc(
        "Two senators introduced a bill that would give the Commerce Department the power to ban Zapster.",
        [("Zapster", P), ("Commerce Department", ORG)],
        published="2024-05-22",
    )
    assert any(b.status == "proposed" for b in extract_bans(adoc))


def test_a_power_used_to_ban_is_a_ban():
    adoc = make_adoc(
        "Ruritania's regulator RTA used its powers to block Zapster on Monday.",
        [("Ruritania", J), ("RTA", ORG), ("Zapster", P)],
        published="2024-05-22",
    )
    assert extract_bans(adoc)


def test_a_town_halls_ban_on_its_own_devices_is_on_government_devices():
    adoc = make_adoc(
        "Wexham City Council said it had removed Zapster from its corporate devices as a precaution. "
        "Dunmore County Council followed suit on Monday.",
        [("Wexham City Council", ORG), ("Dunmore County Council", ORG), ("Zapster", P)],
        published="2023-04-04",
    )
    bans = extract_bans(adoc)
    assert only(bans, entity_id(ORG, "Wexham City Council")).scope == "government_devices"
    assert only(bans, entity_id(ORG, "Dunmore County Council")).scope == "government_devices"


def test_a_councils_ban_on_its_councillors_phones_is_on_its_members():
    adoc = make_adoc(
        "Wexham City Council barred Zapster from councillors' phones on Monday.",
        [("Wexham City Council", ORG), ("Zapster", P)],
        published="2023-04-04",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Wexham City Council")).scope == "legislature_devices"


def test_settling_on_a_ban_told_as_done_imposes_it():
    for text in (
        "Peru decided a ban on Threads on government devices in March.",
        "Peru decided on a ban on Threads on government devices in March.",
        "Peru agreed to a ban on Threads on government devices in March.",
        "Peru said on Friday it had decided on a ban on Threads on government phones.",
    ):
        adoc = make_adoc(text, [("Peru", J), ("Threads", P)], published="2023-03-25")
        ban = only(extract_bans(adoc), jid("Peru"))
        assert ban.targets == [pid("Threads")], text
        assert ban.scope == "government_devices", text
    for text in (
        "Peru has yet to decide on a ban on Threads.",
        "Peru is expected to decide on a ban on Threads next month.",
        "Lawmakers in Peru could not agree on a ban on Threads, the minister said.",
        "Peru will decide on a ban on Threads after the review.",
        "Has Peru decided on a ban on Threads?",
        "Peru decided against a ban on Threads.",
    ):
        adoc = make_adoc(text, [("Peru", J), ("Threads", P)], published="2023-03-25")
        assert extract_bans(adoc) == [], text


def test_settling_on_a_ban_put_as_a_condition_hearsay_a_denial_or_anothers_ban_imposes_nothing():
    for text in (
        "If Peru decided on a ban on Threads on state phones, agencies would need a year to comply, analysts said.",
        "Had Peru agreed to a ban on Threads, ministries would have lost their main channel, the adviser said.",
        "Reports that Peru had decided on a ban on Threads on official laptops were wrong, the cabinet said.",
        "Peru denied on Friday that it had agreed to a ban on Threads, saying talks were continuing.",
        "Peru's governors agreed to the ban on Threads that the Andean Council imposed on its staff phones in May.",
    ):
        adoc = make_adoc(text, [("Peru", J), ("Threads", P)], published="2023-03-25")
        assert [b for b in extract_bans(adoc) if b.imposed_by == jid("Peru")] == [], text


def test_a_ban_told_a_span_before_or_after_another_countrys_is_dated_from_it():
    adoc = make_adoc(
        "Chile banned Threads on official phones on Monday. Peru decided a ban on Threads on government devices one "
        "week before Chile, and Bolivia barred the app from state phones two days after Chile.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Threads", P)],
        published="2023-03-25",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chile")).announced == "2023-03-20"
    assert only(bans, jid("Peru")).announced == "2023-03-13"
    assert only(bans, jid("Bolivia")).announced == "2023-03-22"


def test_talk_of_a_measure_naming_no_target_is_no_plan():
    adoc = make_adoc(
        "Croatia removed Viber from official phones in May. "
        "Serbia and Bosnia have been discussing comparable measures, but neither has acted. "
        "Slovenia's assembly also debated restrictions. "
        "Hungary is considering similar steps. "
        "Romania is discussing a ban on Viber on state phones.",
        [("Croatia", J), ("Viber", P), ("Serbia", J), ("Bosnia", J), ("Slovenia", J), ("Hungary", J), ("Romania", J)],
        published="2024-06-01",
    )
    bans = extract_bans(adoc)
    imposers = {b.imposed_by for b in bans}
    assert not imposers & {jid("Serbia"), jid("Bosnia"), jid("Slovenia")}, [(b.imposed_by, b.targets) for b in bans]
    assert only(bans, jid("Hungary")).status == "proposed"
    assert only(bans, jid("Romania")).status == "proposed"
    assert only(bans, jid("Croatia")).status == "in_force"


def test_an_account_closed_by_a_body_or_under_a_duty_is_still_a_ban():
    # "his"/"her" name the holder, not the closer: a regulator or the authorities closing it still ban
    for closing in (
        "The regulator Varnet blocked his account on Threads on Monday, a day after the activist spoke out.",
        "Estonia's authorities deleted her account on Threads after she posted about the strike.",
    ):
        adoc = make_adoc(closing, [("Estonia", J), ("Threads", P), ("Varnet", ORG)], published="2023-05-18")
        assert [pid("Threads")] in [b.targets for b in extract_bans(adoc)], closing
    # a duty laid on the holders ("must delete their accounts") still tells a ban
    adoc = make_adoc(
        "Estonia barred Threads from official phones in March. The digital minister, Jonas Vale, "
        "said ministers must delete their accounts on Threads from work phones.",
        [("Estonia", J), ("Threads", P), ("Jonas Vale", "Person")],
        published="2023-05-18",
    )
    assert "account_closure" in [b.scope for b in extract_bans(adoc)]


def test_a_like_step_with_a_helper_or_a_host_borrows_the_targets():
    # a firm that helped or hosted is no target of its own: the ban it is like lends its targets
    for step in (
        "Serbia did the same with Telenor's help, asking the operator to cut the apps.",
        "Serbia did the same with Telenor, which carried the apps for state offices.",
    ):
        adoc = make_adoc(
            f"Croatia restricted access to Signal and Threema in May. {step}",
            [("Croatia", J), ("Serbia", J), ("Signal", P), ("Threema", P), ("Telenor", ORG)],
            published="2021-07-20",
        )
        ban = only(extract_bans(adoc), jid("Serbia"))
        assert set(ban.targets) == {pid("Signal"), pid("Threema")}, step


def test_a_boards_ban_on_its_members_named_in_its_own_name_is_on_its_members():
    adoc = make_adoc(
        "The Dunmore Board of Supervisors voted to bar Zapster from supervisors' city-issued phones on Monday.",
        [("Dunmore Board of Supervisors", ORG), ("Zapster", P)],
        published="2023-04-04",
    )
    assert only(extract_bans(adoc), entity_id(ORG, "Dunmore Board of Supervisors")).scope == "legislature_devices"


@pytest.mark.parametrize(
    ("text", "council"),
    [
        # a council's ban on its aldermen's phones
        ("Wexham City Council banned Zapster from aldermen's work phones on Monday.", "Wexham City Council"),
        # on phones of its elected officials
        ("Wexham City Council removed Zapster from phones used by elected officials on Monday.", "Wexham City Council"),
        # a council following suit on its elected representatives' phones
        (
            "The Rivermark Parliament barred Zapster from its corporate devices on Friday. Dunmore City Council "
            "followed suit, barring the app from phones of its 40 elected representatives.",
            "Dunmore City Council",
        ),
    ],
)
def test_a_councils_ban_on_its_elected_members_phones_is_on_its_members(text, council):
    names = [n for n in ("Wexham City Council", "Rivermark Parliament", "Dunmore City Council") if n in text]
    adoc = make_adoc(text, [*[(n, ORG) for n in names], ("Zapster", P)], published="2023-04-04")
    assert only(extract_bans(adoc), entity_id(ORG, council)).scope == "legislature_devices"


def test_a_headlines_authority_to_block_is_the_body_acting_not_a_power():
    adoc = make_adoc(
        "Ruritania's telecom authority to block Zapster from Monday\n\n"
        "The Ruritania Telecom Authority said all operators must comply.",
        [("Ruritania", J), ("Ruritania Telecom Authority", ORG), ("Zapster", P)],
        published="2025-02-06",
    )
    assert extract_bans(adoc)


def test_a_mandate_acted_on_to_block_is_a_ban():
    adoc = make_adoc(
        "Ruritania's ministry acted on its mandate to block the Zapster channel on Friday.",
        [("Ruritania", J), ("Zapster", P)],
        published="2025-02-06",
    )
    assert extract_bans(adoc)


def test_a_power_held_and_told_used_is_a_ban():
    adoc = make_adoc(
        "Ruritania's information minister said the government had the authority to suspend Zapster, "
        "which it did on June 4.",
        [("Ruritania", J), ("Zapster", P)],
        published="2025-02-06",
    )
    assert extract_bans(adoc)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania blocked Zapster on Tuesday, citing the company's failure for more than six months to remove "
        "indecent content. The ban remains in place.",
        "Ruritania suspended Zapster on Thursday, having warned the platform for more than a week about exam leaks. "
        "The suspension is indefinite.",
        "Ruritania banned Zapster and dozens of other apps, popular with young users for more than five years, "
        "in June 2020.",
    ],
)
def test_a_for_length_under_a_clause_or_adjective_is_not_the_bans_own(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2025-02-06")
    assert only(extract_bans(adoc), jid("Ruritania")).status == "in_force"


def test_a_length_on_a_name_the_parser_read_as_a_gerund_clause_is_the_bans_own():
    adoc = make_adoc(
        "Ruritania also blocked Zapster and messaging apps for more than a week in November 2015 after a court "
        "verdict, and in 2021 some platform was slowed during a state visit.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-05-20",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_a_ban_noun_talked_of_with_its_plan_told_stays_proposed():
    cases = [
        (
            "Threads has worried regulators in Chile. Chile's senate is debating a ban, which would cover every "
            "ministry laptop.",
            [("Threads", P), ("Chile", J)],
            "Chile",
        ),
        (
            "Zoom is common among teachers in Peru. Peru's ministers discussed a ban on Tuesday and are expected to "
            "announce it soon.",
            [("Zoom", P), ("Peru", J)],
            "Peru",
        ),
        (
            "Discord is popular with students in Ghana. The government discussed a block with operators on Friday "
            "and told them to enforce it from Sunday.",
            [("Discord", P), ("Ghana", J)],
            "Ghana",
        ),
    ]
    for text, ents, country in cases:
        bans = extract_bans(make_adoc(text, ents, published="2025-03-01"))
        assert only(bans, jid(country)).targets == [pid(ents[0][0])], text


def test_a_body_told_by_description_whose_name_the_parser_hung_as_a_conjunct_is_the_named_body():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "The Italian authority for the protection of personal data, the Garante per la protezione dei dati "
        "personali, has ordered on Monday the suspension of the processing of the data of Italian users by Replika, "
        "the American chatbot."
    )
    facts = extract_one(Document(id="g2", text=text, published="2024-03-07"))
    assert [b.imposed_by for b in facts.bans] == ["organisation/garante-per-la-protezione-dei-dati-personali"]


def test_a_suspension_for_a_couple_of_months_is_temporary():
    adoc = make_adoc(
        "Chile's privacy regulator suspended new downloads of Telegram for a couple of months last year.",
        [("Chile", J), ("Telegram", P)],
        published="2024-04-10",
    )
    bans = extract_bans(adoc)
    assert bans and all(b.status == "temporary" for b in bans)


def test_a_ban_participle_tagged_an_adjective_after_remain_is_a_lasting_ban():
    # the small tagger reads "blocked" after "remain" as an adjective before a bulleted line
    text = (
        "Ruritania lifted its ban on Zapster on Monday. Chatly, Fotogram, Vidbox and Streamix remain blocked.\n"
        "- Some lawmakers criticised the decision."
    )
    ents = [("Ruritania", J), ("Zapster", P), ("Chatly", P), ("Fotogram", P), ("Vidbox", P), ("Streamix", P)]
    adoc = make_adoc(text, ents, published="2024-12-24")
    blocked = next(t for t in adoc.doc if t.lower_ == "blocked")
    bans = extract_bans(adoc)
    assert blocked.pos_ == "VERB" and blocked.lemma_ == "block"
    assert any(pid("Streamix") in b.targets and b.imposed_by == jid("Ruritania") for b in bans), [
        (b.imposed_by, b.targets) for b in bans
    ]
    # no named product or company as the subject: no retagging, no ban read from the story
    adoc = make_adoc(
        "Ruritania lifted its ban on Zapster on Monday. Exports of chips remain restricted, officials said.",
        [("Ruritania", J), ("Zapster", P)],
        published="2024-12-24",
    )
    restricted = next(t for t in adoc.doc if t.lower_ == "restricted")
    bans = extract_bans(adoc)
    assert restricted.pos_ != "VERB" or restricted.lemma_ != "restrict"
    assert [b.targets for b in bans] == [[pid("Zapster")]]


def test_a_pronoun_cut_off_by_internet_providers_is_the_app_not_the_internet():
    adoc = make_adoc(
        "Chatly was blocked in May 2019 after Ruritania's prosecutor ordered internet providers to cut access to it.",
        [("Chatly", P), ("Ruritania", J), ("internet", P)],
        published="2024-12-24",
    )
    bans = extract_bans(adoc)
    assert all(pid("internet") not in b.targets for b in bans), [(b.imposed_by, b.targets) for b in bans]
    assert any(b.targets == [pid("Chatly")] for b in bans)


def test_a_couple_of_months_told_of_another_act_leaves_the_ban_in_force():
    for text in (
        # the span belongs to the complaint the ban came after
        "Chile blocked Telegram on Monday, after parents had protested about the app for a couple of weeks.",
        # to what the reason says the app was used for
        "Chile banned the app Telegram on Monday, saying it had been used for a couple of years to sell drugs.",
        # the same for the older phrases
        "Chile blocked Telegram on Monday, after parents had protested about the app for several weeks.",
        # and to talks the ban only dates
        "Chile blocked Telegram in May. Telegram had talked with the regulator for a couple of months before the ban.",
    ):
        bans = extract_bans(make_adoc(text, [("Chile", J), ("Telegram", P)], published="2024-09-10"))
        assert bans and all(b.status == "in_force" for b in bans), text


def test_a_ban_on_an_app_which_lasted_for_a_few_weeks_is_temporary():
    bans = extract_bans(
        make_adoc(
            "Chile imposed a ban on Telegram, which lasted for a few weeks.",
            [("Chile", J), ("Telegram", P)],
            published="2024-09-10",
        )
    )
    assert bans and all(b.status == "temporary" for b in bans)


def _back_statuses(text):
    ents = [("Chile", J), ("Peru", J), ("Telegram", P), ("Signal", P)]
    return [b.status for b in extract_bans(make_adoc(text, ents, published="2024-09-10"))]


def test_an_app_back_in_a_when_clause_that_only_dates_the_ban_leaves_it_in_force():
    text = (
        "Chile's privacy regulator blocked Telegram in March 2022, when it reappeared on app stores under a new "
        "local partner."
    )
    assert _back_statuses(text) == ["in_force"]


def test_other_apps_allowed_again_leave_the_ban_in_force():
    assert _back_statuses("Chile blocked Telegram in May 2023 and allowed other messaging apps again in June.") == [
        "in_force"
    ]


def test_another_named_app_allowed_again_by_the_same_regulator_leaves_the_ban_in_force():
    text = "Chile's privacy regulator blocked Telegram in May, and it allowed Signal again in June after talks."
    assert _back_statuses(text) == ["in_force"]


def test_the_app_back_on_another_countrys_market_leaves_the_ban_in_force():
    text = (
        "The Chilean privacy regulator suspended Telegram in Chile in May; it returned to the Peruvian market in June."
    )
    assert _back_statuses(text) == ["in_force"]


def test_a_return_the_company_reports_leaves_the_suspension_in_force():
    text = (
        "Chile's privacy regulator suspended new downloads of Telegram on Monday; the company said it returned to "
        "app stores last year after a similar dispute."
    )
    assert _back_statuses(text) == ["in_force"]


def test_the_app_back_on_the_stores_of_the_banning_country_is_still_temporary():
    text = "Chile's privacy regulator suspended new downloads of Telegram in May; it returned to app stores in Chile in July."
    assert _back_statuses(text) == ["temporary"]


@pytest.mark.parametrize("also, statuses", [(" also", ["advisory", "in_force"]), ("", ["in_force"])])
def test_advice_told_also_after_the_body_told_the_rule_is_a_measure_of_its_own(also, statuses):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "European Parliament joins Commission in banning Rumble from work phones\n\n"
        "The European Parliament will ban Rumble from the corporate phones and laptops used by its lawmakers and "
        "staff from June 1, it said on Tuesday.\n\n"
        f"The Parliament{also} recommended that members remove the app from their personal devices."
    )
    facts = extract_one(Document(id="m1", text=text, published="2024-05-07"))
    assert sorted(b.status for b in facts.bans) == statuses


@pytest.mark.parametrize(
    "bodies, imposers",
    [
        (
            "and the Spanish AEPD have",
            ["garante-per-la-protezione-dei-dati-personali", "spanish-data-protection-agency"],
        ),
        (
            "the CNIL and the AEPD have",
            ["garante-per-la-protezione-dei-dati-personali", "cnil", "spanish-data-protection-agency"],
        ),
    ],
)
def test_a_body_named_after_its_description_keeps_the_bodies_coordinated_after_it(bodies, imposers):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "The Italian authority for the protection of personal data, the Garante per la protezione dei dati "
        f"personali, {bodies} ordered on Tuesday the suspension of Replika's chatbot in their countries."
    )
    facts = extract_one(Document(id="g3", text=text, published="2024-03-07"))
    assert sorted(b.imposed_by.split("/")[1] for b in facts.bans) == sorted(imposers), text


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet service in Kestria was off for days after the provincial government told mobile firms to block it.",
        "Mobile internet access in northern Kestria was down for weeks after the authorities suspended it in March 2023.",
        "As Zapster posts about the strike spread, mobile internet service in Kestria was cut after the provincial "
        "government ordered telecom firms to block it.",
    ],
)
def test_a_pronoun_for_a_connection_service_is_the_connection_not_who_cuts_it(text):
    adoc = make_adoc(
        text,
        [("Kestria", J), ("Zapster", P), ("mobile internet", P, ["Mobile internet"])],
        published="2024-12-24",
    )
    bans = extract_bans(adoc)
    assert any(b.targets == [pid("mobile internet")] for b in bans), [(b.imposed_by, b.targets) for b in bans]
    assert all(pid("Zapster") not in b.targets for b in bans)


@pytest.mark.parametrize(
    "second",
    [
        # a verb as often said of an outage or a firm's own rules as of a ban: not retagged
        "Signal and Discord remain disabled.",
        "Signal and Discord stayed disabled for hours on Friday after a server fault, Meta said.",
        "Signal and Snapchat remain halted, officials said.",
        # a ban verb, but denied or with a fault or the firm's own doing as its cause
        "Neither Signal nor Snapchat remain blocked.",
        "Neither Signal nor Discord stay blocked.",
        "Signal and Snapchat remain blocked because of a global outage.",
        "Signal and Discord stay blocked for users under 16 under the company's own rules.",
    ],
)
def test_a_lasting_state_after_remain_that_is_no_ban_is_not_read_as_one(second):
    adoc = make_adoc(
        f"Egypt lifted its ban on Viber in March. {second}\n- Some users complained.",
        [("Egypt", J), ("Viber", P), ("Signal", P), ("Snapchat", P), ("Discord", P), ("Meta", ORG)],
        published="2024-12-24",
    )
    bans = extract_bans(adoc)
    assert [b.targets for b in bans] == [[pid("Viber")]], [(b.imposed_by, b.targets) for b in bans]


def test_a_ban_participle_after_remain_still_reads_beside_the_no_ban_states():
    adoc = make_adoc(
        "Egypt lifted its ban on Viber in March. Signal, Snapchat and Discord remain blocked.\n- Some users complained.",
        [("Egypt", J), ("Viber", P), ("Signal", P), ("Snapchat", P), ("Discord", P)],
        published="2024-12-24",
    )
    bans = extract_bans(adoc)
    assert any(pid("Discord") in b.targets and b.imposed_by == jid("Egypt") for b in bans)


def test_the_ban_a_later_sentence_tells_of_another_named_app_is_not_the_earlier_ban():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Regulator blocks Signal over encryption dispute\n\n"
        "A court in Baku ordered access to Signal blocked on Thursday, the communications ministry said. "
        "Azerbaijan kept Wikipedia out of reach for two years until the Supreme Court ruled the ban unlawful in 2021."
    )
    facts = extract_one(Document(id="w1", text=text, published="2024-05-09"))
    signal = [b for b in facts.bans if any(t.endswith("/signal") for t in b.targets)]
    assert [b.status for b in signal] == ["in_force"]


def test_a_length_told_in_the_main_clause_is_not_that_of_a_contrasting_clause_with_its_own_subject():
    adoc = make_adoc(
        "Chad suspended Viber for three months in 2019, while Peru has blocked Kick since its 2021 vote.",
        [("Chad", J), ("Peru", J), ("Viber", P), ("Kick", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).status == "temporary"
    assert only(bans, jid("Peru")).status == "in_force"


def test_a_span_of_years_in_a_clause_banning_another_app_does_not_end_the_first_ban():
    adoc = make_adoc(
        "Chad blocked Viber in 2012, tried in vain to block Kick from 2015 to 2018, and later banned Kimi.",
        [("Chad", J), ("Viber", P), ("Kick", P), ("Kimi", P)],
        published="2024-04-19",
    )
    bans = extract_bans(adoc)
    viber = next(b for b in bans if pid("Viber") in b.targets)
    assert viber.status == "in_force"


@pytest.mark.parametrize(
    "name, text",
    [
        ("Office of the Chief Justice", "Ghana's Office of the Chief Justice barred court clerks from using TikTok."),
        ("Office of the Judiciary", "Ghana's Office of the Judiciary told registrars to stop using WhatsApp at work."),
    ],
)
def test_the_judiciarys_own_office_still_imposes_its_own_ban(name, text):
    adoc = make_adoc(text, [("Ghana", J), (name, ORG), ("TikTok", P), ("WhatsApp", P)], published="2024-05-22")
    assert [b.imposed_by for b in extract_bans(adoc)] == [entity_id(ORG, name)]


@pytest.mark.parametrize("places", ["Scotland", "England and Wales"])
def test_a_justice_ministry_named_with_its_country_acts_for_it_not_for_the_place_told(places):
    adoc = make_adoc(
        f"The Ministry of Justice said inmates in {places} would be barred from using Snapchat from June.",
        [
            ("Ministry of Justice of the United Kingdom", ORG, ["Ministry of Justice"]),
            ("Scotland", J),
            ("England", J),
            ("Wales", J),
            ("Snapchat", P),
        ],
        published="2024-05-22",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == ["jurisdiction/united-kingdom"]


@pytest.mark.parametrize(
    "text",
    [
        "While Chad blocked Viber in March 2022, the Supreme Court of Chad ordered access restored a month later.",
        "Although Chad suspended Viber in 2021, the government restored the service after six weeks.",
    ],
)
def test_a_main_clause_restoring_access_undoes_the_ban_of_its_while_clause(text):
    adoc = make_adoc(text, [("Chad", J), ("Viber", P)], published="2024-04-19")
    assert only(extract_bans(adoc), jid("Chad")).status == "temporary"


def test_a_ban_after_which_access_returned_or_that_let_the_app_back_is_temporary():
    adoc = make_adoc(
        "Access to Viber returned across Chad on Friday, ten weeks after the app was blocked in March. "
        "Peru suspended new downloads of Kick in May and let it back into app stores in August. "
        "Bolivia blocked Kimi in June and let Telegram back into app stores in July.",
        [("Chad", J), ("Peru", J), ("Bolivia", J), ("Viber", P), ("Kick", P), ("Kimi", P), ("Telegram", P)],
        published="2024-09-19",
    )
    bans = extract_bans(adoc)
    assert next(b for b in bans if pid("Viber") in b.targets).status == "temporary"
    assert only(bans, jid("Peru")).status == "temporary"
    assert next(b for b in bans if pid("Kimi") in b.targets).status == "in_force"  # another app let back


def test_a_ban_during_a_count_of_days_is_temporary_and_during_the_past_weeks_is_not():
    adoc = make_adoc(
        "In May Chad restricted access to Viber during several days. Peru has blocked Kick during the past two weeks.",
        [("Chad", J), ("Peru", J), ("Viber", P), ("Kick", P)],
        published="2024-09-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).status == "temporary"
    assert only(bans, jid("Peru")).status == "in_force"


def test_an_armed_service_told_as_it_telling_its_members_not_to_use_an_app_orders_them():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    for text in (
        "The US Army acted first. In a memo dated March 2, it told soldiers to refrain from using Telegram at work.",
        "The US Army confirmed that it had told its soldiers in a memo on March 2 not to use Telegram at work.",
    ):
        facts = extract_one(Document(id="m1", text=text, published="2025-03-10"))
        assert [(b.scope, b.status) for b in facts.bans] == [("military_devices", "in_force")], text
    text = "Italy's privacy regulator said the app was risky. In a statement, it told users to refrain from using Telegram."
    facts = extract_one(Document(id="m2", text=text, published="2025-03-10"))
    assert all(b.status == "advisory" for b in facts.bans)


def test_a_ban_let_back_after_a_reason_naming_other_places_is_still_temporary():
    adoc = make_adoc(
        "Peru suspended Kick in May and let it back into app stores in August, after finding it sent data to Chad. "
        "Bolivia suspended Kimi in June and let it back into app stores in Chad in July.",
        [("Chad", J), ("Peru", J), ("Bolivia", J), ("Kick", P), ("Kimi", P)],
        published="2024-09-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Peru")).status == "temporary"
    assert only(bans, jid("Bolivia")).status == "in_force"  # back in another country's stores


def test_a_ban_that_took_effect_some_days_after_it_was_announced_is_dated_back_by_them():
    adoc = make_adoc(
        "Chad's ban on Viber on official phones took effect today, a day after the interior minister announced it. "
        "Peru's ban on Kick took effect on Monday, two days after the president announced the measure.",
        [("Chad", J), ("Peru", J), ("Viber", P), ("Kick", P)],
        published="2024-09-18",
    )
    bans = extract_bans(adoc)
    chad, peru = only(bans, jid("Chad")), only(bans, jid("Peru"))
    assert (chad.announced, chad.effective) == ("2024-09-17", "2024-09-18")
    assert (peru.announced, peru.effective) == ("2024-09-14", "2024-09-16")


def test_a_states_bare_ban_told_again_later_is_no_second_ban():
    adoc = make_adoc(
        "Ruritania banned Zapster on state devices in August 2020. Correction: an earlier version of this story gave "
        "the wrong month for Ruritania's ban.",
        [("Ruritania", J), ("Zapster", P)],
        published="2022-12-20",
    )
    ban = only(extract_bans(adoc), jid("Ruritania"))
    assert ban.scope == "government_devices"
    assert ban.announced == "2020-08"
    assert len(ban.evidence) == 2


def test_a_states_own_kind_of_ban_told_after_another_is_a_ban_of_its_own():
    adoc = make_adoc(
        "Ruritania banned Zapster on state devices in December. In May, Ruritania's statewide ban was signed.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-06-20",
    )
    assert len([b for b in extract_bans(adoc) if b.imposed_by == jid("Ruritania")]) == 2


def test_a_ban_taking_effect_days_after_someone_announced_it_would_do_something_keeps_its_own_date():
    adoc = make_adoc(
        "Chad's ban on Viber on official phones took effect on Monday, two days after Rakuten announced it would sue. "
        "Peru's ban on Kick took effect on Monday, four days after the company announced it had fixed the flaw. "
        "Fiji's ban on Kimi took effect on Monday, a week after Google announced it would remove the app.",
        [("Chad", J), ("Peru", J), ("Fiji", J), ("Viber", P), ("Kick", P), ("Kimi", P)],
        published="2024-09-18",
    )
    bans = extract_bans(adoc)
    for place in ("Chad", "Peru", "Fiji"):
        ban = only(bans, jid(place))
        assert ban.announced == ban.effective == "2024-09-16", place


def test_it_after_a_sentence_whose_object_is_an_armed_service_is_not_that_service():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = "A Pentagon audit criticised the Navy. It told sailors to refrain from using Telegram on personal phones."
    facts = extract_one(Document(id="m3", text=text, published="2025-03-10"))
    assert facts.bans and all(b.status == "advisory" for b in facts.bans)


def test_the_internet_or_vpns_coming_back_after_an_app_was_blocked_leaves_the_app_ban_in_force():
    for place, app, text in (
        ("Chad", "Viber", "Mobile internet service returned to Chad on Friday, ten weeks after Chad blocked Viber."),
        ("Peru", "Kick", "VPN access returned to Peru on Monday, two weeks after authorities blocked Kick nationwide."),
    ):
        bans = extract_bans(make_adoc(text, [(place, J), (app, P)], published="2024-09-19"))
        assert only(bans, jid(place)).status == "in_force", text


def test_a_ban_during_some_weeks_told_as_still_in_place_is_in_force():
    adoc = make_adoc(
        "Chad blocked Viber during two weeks in 2021, and the block remains in place today. "
        "Peru blocked Kick during three weeks of riots in 2022, and the ban is still in force.",
        [("Chad", J), ("Peru", J), ("Viber", P), ("Kick", P)],
        published="2024-09-19",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Chad")).status == "in_force"
    assert only(bans, jid("Peru")).status == "in_force"


def test_a_country_glossed_after_a_colon_is_no_run_in_subhead():
    adoc = make_adoc(
        "Laos moves against Telegram\n\n"
        "The Lao information ministry ordered internet providers to block Telegram, according to a letter seen by the "
        "press.\n\n"
        "Thailand: Officials there have long blocked Telegram, and the ministry's order now brings Laos in line with its "
        "neighbour, the letter showed, telling providers to comply by July 3.",
        [("Laos", J), ("Thailand", J), ("Telegram", P), ("Lao information ministry", ORG)],
        published="2025-02-06",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Laos")]
    assert bans[0].effective == "2025-07-03"


@pytest.mark.parametrize(
    "reason",
    [
        "after the company ignored court orders to delete the accounts of two bloggers",
        "for failing to obey orders to remove accounts run by a militia",
        "after it failed to respond to repeated requests to close channels that sold stolen data",
        "for failing to name a legal representative and to obey orders to remove accounts",
    ],
)
def test_an_ignored_order_to_close_accounts_is_the_reason_not_the_scope(reason):
    adoc = make_adoc(
        f"Last week Estonia blocked Discord nationwide {reason}.",
        [("Estonia", J), ("Discord", P)],
        published="2024-01-06",
    )
    assert [b.scope for b in extract_bans(adoc) if b.imposed_by == jid("Estonia")] == ["nationwide"]


@pytest.mark.parametrize(
    "phrase, state",
    [
        ("The US state of Montana", "Montana"),
        ("The German state of Hesse", "Hesse"),
        ("The Indian state of Kerala", "Kerala"),
    ],
)
def test_a_state_told_with_its_country_state_of_x_is_the_imposer_not_the_country(phrase, state):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = f"{phrase} banned TikTok on state-issued phones last week."
    facts = extract_one(Document(id="t", text=text, published="2023-12-04"))
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == [state]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's communications authority said Facebook had obeyed instructions to delete 25 accounts linked to the "
        "protests.",
        "Kenya's communications authority said Facebook responded to its request to close channels that mocked the "
        "army.",
        "Kenya's electoral commission said Facebook met its demand to suspend accounts that posted forged tallies.",
        "Kenya said Facebook followed instructions to remove 12 accounts last week.",
    ],
)
def test_an_order_to_close_accounts_that_was_heeded_is_a_closure(text):
    adoc = make_adoc(text, [("Kenya", J), ("Facebook", P)], published="2024-01-06")
    assert [b.scope for b in extract_bans(adoc) if b.imposed_by == jid("Kenya")] == ["account_closure"]


def test_an_unheeded_order_to_close_accounts_with_nothing_blocked_is_no_nationwide_ban():
    adoc = make_adoc(
        "Facebook failed to comply with Kenya's order to suspend the accounts of two opposition leaders, officials "
        "said on Tuesday.",
        [("Facebook", P), ("Kenya", J)],
        published="2024-01-06",
    )
    assert "nationwide" not in [b.scope for b in extract_bans(adoc) if b.imposed_by == jid("Kenya")]


def test_a_province_of_another_country_by_the_same_name_is_not_taken_for_the_imposer():
    # the gazetteer's Punjab is India's; "Pakistan's province of Punjab" is no Indian state
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = "Pakistan's province of Punjab banned TikTok on official phones, the provincial government in Lahore said."
    facts = extract_one(Document(id="t", text=text, published="2024-04-18"))
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Pakistan"]


def test_a_ban_kept_until_a_day_before_the_story_is_temporary():
    adoc = make_adoc(
        "Estonia restricted Discord and Kick from 3 March, and some of their servers remained blocked until "
        "Friday 7 March.",
        [("Estonia", J), ("Discord", P), ("Kick", P)],
        published="2025-03-12",
    )
    assert only(extract_bans(adoc), jid("Estonia")).status == "temporary"
    # a day still ahead, or a keeping told in the future, is no end
    for text, published in (
        ("Estonia restricted Discord from 3 March, and it remained blocked until Friday 7 March.", "2025-03-05"),
        ("Estonia restricted Discord from 3 March, and it will remain blocked until Friday 21 March.", "2025-03-12"),
    ):
        adoc = make_adoc(text, [("Estonia", J), ("Discord", P)], published=published)
        assert only(extract_bans(adoc), jid("Estonia")).status != "temporary", text


def test_software_ordered_stripped_off_computers_is_banned():
    ents = [("Ruritania", J), ("Zentrix", ORG)]
    text = "Zentrix makes antivirus software. In 2019 Ruritania ordered agencies to strip it off their computers."
    bans = extract_bans(make_adoc(text, ents, published="2024-06-01"))
    assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Ruritania"), [entity_id(ORG, "Zentrix")])], bans
    text = "In 2019 Ruritania ordered agencies to strip Zentrix software off their computers."
    bans = extract_bans(make_adoc(text, ents, published="2024-06-01"))
    assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Ruritania"), [entity_id(ORG, "Zentrix")])], bans


def test_a_ban_over_at_a_past_day_for_some_but_still_kept_or_extended_is_not_temporary():
    # part of the ban ended, the rest is told as going on now; or a later clause extends or continues the ban
    for text in (
        "Gabon restricted Telegram from 2 April. Prepaid subscribers were blocked until 6 April, while business "
        "lines remain blocked.",
        "Gabon restricted Telegram from 2 April, and some servers remained blocked until Sunday 6 April. The "
        "ministry said on Tuesday the restriction would continue indefinitely.",
        "Gabon restricted Telegram from 2 April, and the app remained blocked until 6 April, but the ministry "
        "extended the ban on Tuesday.",
    ):
        adoc = make_adoc(text, [("Gabon", J), ("Telegram", P)], published="2025-04-15")
        assert only(extract_bans(adoc), jid("Gabon")).status != "temporary", text


def test_a_ban_kept_until_a_past_day_with_an_apposition_after_the_day_is_temporary():
    adoc = make_adoc(
        "Gabon restricted Telegram on 2 April, and the app remained blocked until 6 April, the day of the vote.",
        [("Gabon", J), ("Telegram", P)],
        published="2025-04-15",
    )
    assert only(extract_bans(adoc), jid("Gabon")).status == "temporary"


def test_a_firm_whose_shares_stripped_off_their_gains_is_not_banned():
    ents = [("Ruritania", J), ("Zentrix", ORG)]
    for text in (
        "Zentrix stock stripped off its morning gains in Ruritania on Friday after the regulator announced new rules.",
        "Zentrix shares stripped off early gains in Ruritania on Monday after the cabinet unveiled a tax. Rivals fell.",
    ):
        assert extract_bans(make_adoc(text, ents, published="2024-06-01")) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Blocking Signal would hurt small traders across Ruritania, the chamber of commerce said.",
        '"Excluding Signal would have cost Ruritania millions," said one analyst.',
        "Banning Signal in Ruritania could backfire, analysts warned on Monday.",
    ],
)
def test_a_ban_told_as_what_it_would_do_is_no_ban(text):
    adoc = make_adoc(text, [("Signal", P), ("Ruritania", J)], published="2024-12-24")
    assert extract_bans(adoc) == []


def test_a_ban_told_as_done_beside_what_it_would_do_stays():
    adoc = make_adoc(
        "Ruritania blocked Signal on Monday. Blocking the app could backfire, analysts warned.",
        [("Signal", P), ("Ruritania", J)],
        published="2024-12-24",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [pid("Signal")]


def test_a_plan_denied_is_no_proposed_ban():
    ents = [("Signal", P), ("Ruritania", J)]
    adoc = make_adoc("The president said Ruritania was not planning a ban on Signal.", ents, published="2024-12-24")
    assert extract_bans(adoc) == []
    adoc = make_adoc("The president said Ruritania is not considering a ban on Signal.", ents, published="2024-12-24")
    assert extract_bans(adoc) == []
    adoc = make_adoc("The president said Ruritania was planning a ban on Signal.", ents, published="2024-12-24")
    assert only(extract_bans(adoc), jid("Ruritania")).status == "proposed"


def test_a_span_of_days_told_of_a_coordinated_clause_with_its_own_subject_is_not_the_bans_length():
    adoc = make_adoc(
        "During four days after the referendum, mobile data in Moldova barely worked, and in the same month the "
        "authorities blocked Telegram and Viber.",
        [("Moldova", J), ("Telegram", P), ("Viber", P)],
        published="2023-11-20",
    )
    assert only(extract_bans(adoc), jid("Moldova")).status == "in_force"
    adoc = make_adoc(
        "Moldova blocked Telegram during four days after the referendum.",
        [("Moldova", J), ("Telegram", P)],
        published="2023-11-20",
    )
    assert only(extract_bans(adoc), jid("Moldova")).status == "temporary"


def test_a_block_told_as_over_with_a_year_of_its_own_is_another_episode_than_todays():
    adoc = make_adoc(
        "Zambia has blocked Facebook and WhatsApp ahead of Thursday's vote, the regulator said on Tuesday. "
        "Zambia blocked Facebook and WhatsApp for three days around the August 2016 election.",
        [("Zambia", J), ("Facebook", P), ("WhatsApp", P)],
        published="2021-08-11",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == jid("Zambia")]
    assert sorted((b.status, (b.announced or "")[:4]) for b in bans) == [("in_force", "2021"), ("temporary", "2016")]


def test_a_ground_the_measure_rests_on_names_no_one_it_binds():
    adoc = make_adoc(
        "The regulator Roskomnadzor has partially restricted calls in Viber in accordance with requests from law "
        "enforcement agencies.",
        [("Roskomnadzor", ORG), ("Viber", P)],
        published="2025-08-14",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "Roskomnadzor"))
    assert ban.scope == "nationwide"


def test_an_eu_body_urging_members_to_keep_a_network_kit_maker_out_reaches_their_networks():
    adoc = make_adoc(
        "The European Commission adopted its guidance in 2020. It asks member states to assess the risk profile of "
        "suppliers and to restrict or exclude high-risk vendors such as ZTE from critical and sensitive parts of "
        "their networks, such as the core.",
        [("European Commission", ORG), ("ZTE", ORG)],
        published="2023-06-16",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == entity_id(ORG, "European Commission")]
    assert bans and all(b.scope == "telecom_network" for b in bans)


def test_a_date_of_the_main_clause_is_not_that_of_a_block_told_a_day_before_it():
    adoc = make_adoc(
        "Ghana's attorney general on Saturday ordered the prosecution of anyone who flouts the government's "
        "suspension of Telegram, a day after the authorities shut the platform out of the country indefinitely.",
        [("Ghana", J), ("Telegram", P)],
        published="2021-06-05",
    )
    assert only(extract_bans(adoc), jid("Ghana")).announced == "2021-06-04"


def test_one_defence_ministry_among_several_ministries_is_no_armed_service():
    from loaders.extract.pipeline import extract
    from loaders.model import Document

    text = (
        "Taiwan's privacy regulator opened an inquiry into Qwen on Monday.\n\nEarlier this month several government "
        "ministries, including the Ministry of Foreign Affairs, the Ministry of National Defense and the Ministry of "
        "Economic Affairs, blocked access to Qwen on work computers as a security precaution."
    )
    (facts,) = extract([Document(id="k", text=text, published="2025-02-17")])
    bans = [b for b in facts.bans if b.imposed_by == jid("Taiwan")]
    assert bans and all(b.scope == "government_devices" for b in bans)


def test_their_own_restrictions_told_with_no_reach_reach_as_the_ban_told_before():
    ents = [("Canada", J), ("Ontario", J), ("Quebec", J), ("WeChat", P)]
    adoc = make_adoc(
        "Canada banned WeChat on federal government devices on Tuesday. Ontario and Quebec announced their own "
        "restrictions on Tuesday, within hours of the federal announcement.",
        ents,
        published="2023-04-06",
    )
    bans = extract_bans(adoc)
    assert only(bans, jid("Ontario")).scope == "government_devices"
    assert only(bans, jid("Quebec")).scope == "government_devices"
    adoc = make_adoc(
        "Canada banned WeChat on federal government devices on Tuesday. Ontario announced its own ban on WeChat "
        "across the province.",
        ents,
        published="2023-04-06",
    )
    assert only(extract_bans(adoc), jid("Ontario")).scope == "statewide"


def test_a_block_carried_out_under_a_law_is_in_force_not_a_statute():
    adoc = make_adoc(
        "Kazakhstan blocked Viber in 2019 under its own data storage law, and the service has not returned.",
        [("Kazakhstan", J), ("Viber", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Kazakhstan")).status == "in_force"
    adoc = make_adoc(
        "Under federal law, Kazakhstan bars Viber from state contracts.",
        [("Kazakhstan", J), ("Viber", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Kazakhstan")).status == "enacted_law"


@pytest.mark.parametrize(
    "place",
    [("Rio de Janeiro", J), ("Bavaria", J), ("Lagos", J)],
)
def test_a_place_told_as_someones_base_imposes_nothing(place):
    text = (
        '"Excluding Zedcom would have cost operators billions," said Rui Costa, a '
        f"{place[0]}-based telecoms consultant."
    )
    bans = extract_bans(make_adoc(text, [place, ("Zedcom", ORG), ("Rui Costa", "Person")]))
    assert entity_id(J, place[0]) not in [b.imposed_by for b in bans]


def test_people_barred_in_a_clause_of_their_own_are_bound_by_the_country_not_the_other_clauses_body():
    text = (
        "Ruritania's own rules are broader still: the Ruritanian Telecoms Authority last year banned approvals of new "
        "network gear from Zedcom, and federal employees have been barred from keeping Zapster on government devices "
        "since March."
    )
    bans = extract_bans(
        make_adoc(
            text,
            [("Ruritania", J), ("Ruritanian Telecoms Authority", ORG), ("Zedcom", ORG), ("Zapster", P)],
            published="2023-09-14",
        )
    )
    by_target = {t: b.imposed_by for b in bans for t in b.targets}
    assert by_target.get(entity_id(P, "Zapster")) == entity_id(J, "Ruritania"), bans


def test_a_countrys_shutdowns_take_no_app_from_the_story():
    ents = [("Ruritania", J), ("Zapster", P), ("Borduria", J)]
    adoc = make_adoc(
        "Ruritania suspended Zapster in June. In 2020 a court found that Borduria's shutdowns during protests in "
        "2017 violated freedom of expression.",
        ents,
        published="2022-03-25",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [jid("Ruritania")], [(b.imposed_by, b.targets) for b in bans]
    # a shutdown told with the app it cut still names it
    adoc = make_adoc("Borduria's shutdown of Zapster lasted a week in 2017.", ents, published="2022-03-25")
    assert only(extract_bans(adoc), jid("Borduria")).targets == [pid("Zapster")]


def test_a_span_told_of_a_block_by_an_actor_still_times_the_block_told_beside_it():
    ents = [("Malawi", J), ("Instagram", P), ("Signal", P)]
    adoc = make_adoc(
        "Malawi blocked Instagram for five days, and the regulator blocked Signal during the same five days.",
        ents,
        published="2024-05-20",
    )
    assert {b.status for b in extract_bans(adoc)} == {"temporary"}
    adoc = make_adoc(
        "Malawi restricted Signal for two weeks in March, and it also blocked Instagram at the same time.",
        ents,
        published="2024-05-20",
    )
    assert {b.status for b in extract_bans(adoc)} == {"temporary"}
    adoc = make_adoc(
        "For three days the authorities in Malawi shut off mobile data, and they blocked Instagram and Signal as well.",
        ents,
        published="2024-05-20",
    )
    assert only(extract_bans(adoc), jid("Malawi")).status == "temporary"
    adoc = make_adoc(
        "Malawi banned Instagram on state phones for two months on 4 April, and Zambia banned it on state phones "
        "on 9 April.",
        [("Malawi", J), ("Zambia", J), ("Instagram", P)],
        published="2024-05-20",
    )
    assert only(extract_bans(adoc), jid("Zambia")).status == "in_force"


def test_a_temporary_block_still_running_when_the_next_is_told_is_the_same_block_across_a_new_year():
    adoc = make_adoc(
        "Ruritania's cabinet ordered Telegram blocked for 60 days on December 28, 2023. Ruritania blocked Telegram "
        "on January 4, 2024, carrying out the order, the regulator said.",
        [("Ruritania", J), ("Telegram", P)],
        published="2024-01-08",
    )
    assert len(extract_bans(adoc)) == 1
    assert only(extract_bans(adoc), jid("Ruritania")).status == "temporary"


def test_a_later_block_told_as_extending_the_order_is_no_episode_of_its_own():
    adoc = make_adoc(
        "Ruritania blocked Telegram for two weeks in May 2023, after a row with the company's founder. Users still "
        "cannot reach it, and in February 2024 Ruritania blocked Telegram indefinitely, extending the original order.",
        [("Ruritania", J), ("Telegram", P)],
        published="2024-03-01",
    )
    assert len(extract_bans(adoc)) == 1


def test_a_government_wide_basis_is_a_reach_not_a_ground():
    adoc = make_adoc(
        "Australia's Department of Finance banned Telegram on a government-wide basis on Tuesday.",
        [("Australia", J), ("Telegram", P)],
        published="2024-06-03",
    )
    assert only(extract_bans(adoc), jid("Australia")).scope == "government_devices"


def test_an_eu_body_keeping_a_network_kit_maker_off_its_own_network_bans_for_its_staff():
    adoc = make_adoc(
        "The European Commission has removed ZTE equipment from its own internal network, a spokesperson said on "
        "Tuesday.",
        [("European Commission", ORG), ("ZTE", ORG)],
        published="2024-06-05",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "European Commission"))
    assert ban.scope == "staff_devices"


def test_an_eu_body_dropping_a_kit_maker_in_its_offices_while_operators_stay_free_bans_for_its_staff():
    adoc = make_adoc(
        "The European Commission said it would stop using ZTE services in its own offices. The decision does not "
        "cover mobile operators, which can still buy the company's 5G equipment.",
        [("European Commission", ORG), ("ZTE", ORG)],
        published="2024-06-05",
    )
    ban = only(extract_bans(adoc), entity_id(ORG, "European Commission"))
    assert ban.scope == "staff_devices"


def test_a_ban_that_is_a_who_clauses_own_verb_takes_the_main_clauses_day():
    adoc = make_adoc(
        "Ruritania's governor on Tuesday became the first official who banned Telegram for every resident.",
        [("Ruritania", J), ("Telegram", P)],
        published="2024-03-08",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).announced == "2024-03-05"


def test_a_defence_ministry_among_several_agencies_still_bans_on_kit_the_clause_names_military():
    from loaders.extract.pipeline import extract
    from loaders.model import Document

    text = (
        "Chile's consumer agency said on Monday it would look into Qwen. Several state agencies, including the "
        "Ministry of National Defense, barred Qwen from military laptops last week."
    )
    (facts,) = extract([Document(id="k", text=text, published="2025-03-10")])
    bans = [b for b in facts.bans if b.imposed_by == jid("Chile")]
    assert bans and all(b.scope == "military_devices" for b in bans)


def test_a_measure_of_its_own_takes_the_reach_its_clause_tells_before_the_one_told_before():
    ents = [("Canada", J), ("Manitoba", J), ("Telegram", P)]
    adoc = make_adoc(
        "Canada barred Telegram from federal government phones on Monday. Manitoba unveiled its own ban on Telegram "
        "on Thursday, covering every resident of the province.",
        ents,
        published="2024-05-10",
    )
    assert only(extract_bans(adoc), jid("Manitoba")).scope == "statewide"


def test_restrictions_of_its_own_ordering_an_app_off_government_phones_reach_those_phones_only():
    ents = [("Chile", J), ("Peru", J), ("Telegram", P)]
    adoc = make_adoc(
        "Chile blocked Telegram nationwide in 2022. Peru imposed its own restrictions on the app last spring, "
        "ordering it off government phones only.",
        ents,
        published="2024-05-10",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "government_devices"


def test_a_blanket_ban_of_its_own_cutting_off_all_users_is_one_nationwide_ban():
    ents = [("Canada", J), ("Peru", J), ("Telegram", P)]
    adoc = make_adoc(
        "Canada barred Telegram from federal government phones in March. Peru imposed its own blanket ban on the "
        "app in April, cutting off all users in the country.",
        ents,
        published="2024-05-10",
    )
    assert only(extract_bans(adoc), jid("Peru")).scope == "nationwide"


def test_a_ban_told_after_a_fronted_law_is_a_statute_whatever_the_verb():
    adoc = make_adoc(
        "Under federal law, Brazil restricted Zapster software on public-sector computers in 2021.",
        [("Brazil", J), ("Zapster", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Brazil")).status == "enacted_law"


def test_a_ban_carried_out_under_a_data_law_is_in_force_whatever_the_verb():
    adoc = make_adoc(
        "Turkey banned Zapster in 2018 under its data localisation law, which requires firms to keep users' data "
        "on local servers.",
        [("Turkey", J), ("Zapster", P)],
        published="2023-05-20",
    )
    assert only(extract_bans(adoc), jid("Turkey")).status == "in_force"


def test_people_barred_beside_a_body_whose_country_the_story_never_names_keep_the_ban():
    # the body stands for itself when its country is not in the text: the ban is kept, not dropped
    bans = extract_bans(
        make_adoc(
            "The Telecoms Authority last year banned approvals of Zedcom gear, and federal employees have been barred "
            "from keeping Zapster on government devices.",
            [("Telecoms Authority", ORG), ("Zedcom", ORG), ("Zapster", P)],
            published="2023-09-14",
        )
    )
    assert any(pid("Zapster") in b.targets for b in bans), [(b.imposed_by, b.targets) for b in bans]


def test_a_spaced_dash_opening_an_aside_is_no_home_base():
    # "Nepal – based on a cabinet decision – banned X": an aside, not "a Nepal-based analyst"
    adoc = make_adoc(
        "Ruritania – based on a cabinet decision taken last week – banned Zapster on Monday.",
        [("Ruritania", J), ("Zapster", P)],
        published="2023-11-14",
    )
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [pid("Zapster")]


def test_a_ban_in_place_that_was_not_debated_still_stands():
    ents = [("Signal", P), ("Ruritania", J), ("Ruritanian Media Authority", ORG)]
    for text in (
        "Ruritania's senators did not debate the ban on Signal that the Ruritanian Media Authority imposed in May.",
        "Ruritania's senate never discussed the Signal ban, which the Ruritanian Media Authority ordered in May.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
        assert [b.targets for b in bans] == [[pid("Signal")]], text
    # a ban to come, under the same negated verb, is still no plan
    adoc = make_adoc("Ruritania's senators did not debate a ban on Signal.", ents, published="2024-12-24")
    assert extract_bans(adoc) == []


def test_a_ban_told_with_an_end_that_the_text_says_still_holds_is_in_force():
    for text in (
        "In Belarus, Lukashenko ordered Telegram blocked for two weeks in March 2024; a year later, it has still "
        "not returned.",
        "Belarus ordered Telegram blocked for two weeks in March 2024. A year later, it remains blocked.",
        "Belarus blocked Telegram and Viber for two weeks in March 2024. Two years on, both are still blocked.",
        "Belarus ordered Telegram blocked until 9 March 2024. Viber was added a day later. A year on, both are still "
        "blocked.",
    ):
        ents = [("Belarus", J), ("Lukashenko", "Person"), ("Telegram", P), ("Viber", P)]
        bans = extract_bans(make_adoc(text, ents, published="2025-04-10"))
        assert bans and all(b.status == "in_force" for b in bans), text


def test_a_ban_with_an_end_stays_temporary_when_another_thing_or_place_is_still_off():
    for text in (
        "Belarus ordered Telegram blocked for two weeks in March 2024. Viber remains blocked.",
        "Belarus blocked Telegram for two weeks in March 2024. It remained blocked until April.",
        "Belarus blocked Telegram for two weeks in March 2024. It is still blocked in Russia.",
        "Belarus suspended Telegram for ten days in 2023. It has not returned to the top of the charts.",
    ):
        ents = [("Belarus", J), ("Russia", J), ("Telegram", P), ("Viber", P)]
        bans = extract_bans(make_adoc(text, ents, published="2025-04-10"))
        own = [b for b in bans if b.imposed_by == jid("Belarus") and pid("Telegram") in b.targets]
        assert own and all(b.status == "temporary" for b in own), text


def test_a_still_blocked_sentence_two_on_counts_only_past_a_sentence_adding_targets():
    # the sentence between tells another ban, the thing back, or someone speaking: the third tells nothing of this ban
    for text in (
        "Ruritania's regulator blocked Zapster for a week in May 2021 over lewd clips. The regulator also blocked "
        "three game apps, including Glimmer, that April. They are still blocked.",
        "Ruritania ordered Zapster blocked for ten days in June 2023. Freedonia blocked Glimmer in 2015 over tax "
        "rules. That block was never lifted.",
        "Ruritania blocked Zapster from April 2017 until December 2019. In 2020 the regulator banned the Glimmer app. It "
        "remains blocked.",
        "Ruritania blocked Zapster and Glimmer for two months from May 2022. Service came back in July. Residents say "
        "both are still blocked in the north.",
        "Ruritania blocked Zapster for three days during the May 2022 vote. Officials said the app had spread lies. "
        "Reporters asked whether it is still blocked.",
        'Ruritania blocked Zapster for a week in June 2019 after unrest. It was unblocked on 20 June. "It remains '
        'blocked for me," one minister quipped.',
    ):
        ents = [("Ruritania", J), ("Freedonia", J), ("Zapster", P), ("Glimmer", P)]
        bans = extract_bans(make_adoc(text, ents, published="2025-04-10"))
        own = [b for b in bans if b.imposed_by == jid("Ruritania") and pid("Zapster") in b.targets]
        assert own and all(b.status == "temporary" for b in own), text


def test_a_ban_whose_sentence_goes_on_to_put_the_thing_back_is_temporary():
    for text in (
        "Malaysia blocked Viber in 2019 over gambling adverts, and the service was back within days after the company "
        "removed them.",
        "Viber was blocked in Malaysia in March 2019 and returned in May 2019 after the firm set up a local office.",
    ):
        bans = extract_bans(make_adoc(text, [("Malaysia", J), ("Viber", P)], published="2025-06-05"))
        assert bans and all(b.status == "temporary" for b in bans), text


def test_something_else_back_somewhere_else_leaves_the_ban_in_force():
    for text in (
        "Malaysia blocked Viber in 2019 over gambling adverts, and the service was back in court within days.",
        "Viber was blocked in Malaysia in March 2019 and returned to court in May 2019.",
        "Malaysia blocked Viber in 2019, and Line was back within days.",
        "Malaysia blocked Viber in 2019 over gambling adverts, and the company was back in talks within days.",
    ):
        ents = [("Malaysia", J), ("Viber", P), ("Line", P)]
        bans = [b for b in extract_bans(make_adoc(text, ents, published="2025-06-05")) if pid("Viber") in b.targets]
        assert bans and all(b.status == "in_force" for b in bans), text


def test_a_block_dated_years_before_the_one_told_as_current_with_its_own_dates_is_another_episode():
    text = (
        "Zorblast and Quipchat remain blocked in Ruritania, ten days after the blackout began on March 3. "
        "It is not the first time. In June 2019, Ruritania blocked Zorblast and Vexo after a disputed vote."
    )
    ents = [("Ruritania", J), ("Zorblast", P), ("Quipchat", P), ("Vexo", P)]
    bans = extract_bans(make_adoc(text, ents, published="2025-03-13"))
    assert sorted(((b.announced or "")[:4], sorted(b.targets)) for b in bans) == [
        ("2019", [pid("Vexo"), pid("Zorblast")]),
        ("2025", [pid("Quipchat"), pid("Zorblast")]),
    ], [(b.announced, b.targets) for b in bans]
    # told with no date of its own, a block that stays is the one told before
    text = "Ruritania blocked Zorblast in 2019. Zorblast remains blocked in Ruritania."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-03-13"))
    assert [b.announced for b in bans] == ["2019"]


def test_a_block_told_with_the_way_around_it_after_unless_stands():
    text = "Crowds gathered in Ruritania. Zorblast and Quipchat are still blocked unless you use a VPN."
    ents = [("Ruritania", J), ("Zorblast", P), ("Quipchat", P)]
    bans = extract_bans(make_adoc(text, ents, published="2025-03-13"))
    assert [(b.imposed_by, sorted(b.targets)) for b in bans] == [(jid("Ruritania"), [pid("Quipchat"), pid("Zorblast")])]
    # a condition the block waits on is no block
    for text in (
        "Crowds gathered in Ruritania. Zorblast and Quipchat will be blocked unless they remove the posts.",
        "Crowds gathered in Ruritania. Zorblast is blocked unless it opens a local office.",
    ):
        assert extract_bans(make_adoc(text, ents, published="2025-03-13")) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has shown no appetite for restricting platforms like Zorblast.",
        "The government of Ruritania has shown little interest in banning Zorblast.",
    ],
)
def test_no_appetite_or_little_interest_in_banning_is_no_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-03-13"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


def test_wasting_no_time_in_banning_is_a_ban():
    text = "Ruritania wasted no time in banning Zorblast on Monday."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-03-13"))
    assert [b.targets for b in bans] == [[pid("Zorblast")]]


def test_a_ban_with_an_end_stays_temporary_when_the_still_is_asked_answered_elsewhere_or_of_the_order():
    for text in (
        # "return" with an object, "come back with ...": a reply not given, not the app off
        "Ruritania ordered Telegram blocked for ten days in June 2024. Telegram has not returned messages asking "
        "about the outage.",
        "Ruritania ordered Telegram blocked for ten days in June 2024. Telegram has not returned a call for comment.",
        "Ruritania blocked Telegram for ten days in June 2024. Telegram has still not come back with figures on "
        "lost users.",
        # asked, directly or not
        "Ruritania blocked Telegram for ten days in June 2024. Is it still blocked? The ministry declined to answer.",
        "Ruritania blocked Telegram for ten days in June 2024. The ministry would not say if it is still blocked.",
        # the measure held off, by a court (which may make it blocked_by_court, but not in force)
        "Ruritania's government ordered Telegram suspended for ten days in June 2024. The order remains blocked by "
        "the High Court.",
    ):
        ents = [("Ruritania", J), ("Telegram", P), ("High Court", ORG)]
        bans = extract_bans(make_adoc(text, ents, published="2025-04-10"))
        own = [b for b in bans if pid("Telegram") in b.targets]
        assert own and all(b.status in ("temporary", "blocked_by_court") for b in own), text


def test_a_thing_back_as_another_or_by_another_way_or_others_back_leave_the_ban_in_force():
    for text in (
        # back under a new name, or through a detour: the ban itself never undone
        "Viber was banned in Malaysia in May 2021 and returned in 2022 as Vibe Chat, a renamed copy sold by a local "
        "firm.",
        "Viber was banned in Malaysia in May 2021 and returned in 2022 via proxy servers.",
        "Viber was banned in Malaysia in May 2021 and returned a year later under a new owner's name.",
        # "they": the crowds, not the one app
        "Malaysia blocked Viber in May 2021 to break up street rallies, but they were back within a week.",
    ):
        ents = [("Malaysia", J), ("Viber", P), ("Vibe Chat", P)]
        bans = [b for b in extract_bans(make_adoc(text, ents, published="2025-06-05")) if pid("Viber") in b.targets]
        assert bans and all(b.status == "in_force" for b in bans), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's regulator had no difficulty in blocking Zorblast in 2019.",
        "Ruritania's telecom authority showed little patience in banning Zorblast in October 2020.",
        "Ruritania's data watchdog had no qualms in blocking Zorblast in May 2022.",
        "Ruritania's government had no choice in suspending Zorblast, the minister said.",
    ],
)
def test_no_difficulty_or_qualms_in_banning_is_still_a_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-03-13"))
    assert [b.targets for b in bans] == [[pid("Zorblast")]], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Ruritania set a deadline for VPN firms. Zorblast will be blocked from June 1 unless the VPN provider "
        "registers with the authority.",
        "Pressure is growing in Ruritania. Zorblast will be blocked unless it removes its built-in proxy feature.",
        "Zorblast was given a week to comply in Ruritania. Zorblast will be blocked unless the company shuts down "
        "channels that teach users to use Tor.",
        "Students in Ruritania went back to class. Zorblast is blocked on campus networks unless students use a VPN.",
    ],
)
def test_an_unless_clause_of_a_condition_or_a_local_block_is_no_national_block(text):
    ents = [("Ruritania", J), ("Zorblast", P)]
    bans = extract_bans(make_adoc(text, ents, published="2025-03-13"))
    assert [b for b in bans if b.scope == "nationwide"] == [], [(b.imposed_by, b.targets, b.scope) for b in bans]


def test_a_past_block_told_with_unless_and_a_proxy_takes_no_publication_date():
    text = "Many in Ruritania rely on VPNs. Before 2017, Zorblast was blocked unless users routed it through a proxy."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-03-13"))
    assert all(b.announced != "2025-03-13" for b in bans), [(b.targets, b.announced) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania ordered telecom operators to block Zorblast in 2023. The block took effect on January 2, Ruritania's ministry said.",
        "In May 2022, Ruritania's lawmakers passed a bill banning Zorblast. Zorblast was banned in Ruritania on "
        "January 1, when the law took effect.",
        "Ruritania banned Zorblast in June 2020. On January 14, Ruritania extended its ban on Zorblast indefinitely.",
    ],
)
def test_an_old_ban_taking_effect_or_extended_this_year_is_one_episode(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2025-02-06"))
    assert len(bans) == 1, [(b.announced, b.effective) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has lifted restrictions on Zapster and Flitter, more than a year after protests.",
        "Ruritania lifted the ban on Zapster and Flitter on Monday.",
        "Ruritania's security council voted on Monday to lift restrictions on Zapster and Flitter.",
    ],
)
def test_a_ban_on_named_apps_its_lifter_ends_is_the_lifters_own(text):
    # a ban told only by its end: the state ending it imposed it, and it was temporary
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P), ("Flitter", P)], published="2024-12-25"))
    ban = only(bans, jid("Ruritania"))
    assert set(ban.targets) == {pid("Zapster"), pid("Flitter")}
    assert ban.status == "temporary"


@pytest.mark.parametrize(
    "text",
    [
        "The court lifted the ban on Zapster on Friday.",  # another's ban, set aside by a court
        "Activists urged Ruritania to lift the ban on Zapster.",  # a wish
        "Ruritania refused to lift restrictions on Zapster.",
        "Ruritania might lift restrictions on Zapster next month.",  # a lifting to come tells no end
        "Ruritania lifted restrictions on foreign travel on Monday.",  # nothing named banned
    ],
)
def test_a_lifting_wished_refused_to_come_or_by_a_court_is_no_ban_of_the_lifter(text):
    ents = [("Ruritania", J), ("Zapster", P), ("Ruritanian High Court", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets, b.status) for b in bans]


def test_a_lifting_demanded_or_named_as_a_topic_ends_no_ban():
    ents = [("Ruritania", J), ("Zorblast", P)]
    for text in (
        'Ruritania blocked Zorblast on January 10. Critics told the ministry: "Either publish the reasons for the '
        'block, or lift it."',
        "Ruritania blocked Zorblast on January 10. Activists want clear conditions for lifting the block.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2021-07-12"))
        assert only(bans, jid("Ruritania")).status == "in_force", text
    done = "Ruritania blocked Zorblast on January 10, before lifting the block ten days later."
    assert only(extract_bans(make_adoc(done, ents, published="2021-07-12")), jid("Ruritania")).status == "temporary"


def test_a_lifting_in_the_phrase_of_a_noun_of_no_undone_topic_was_done():
    ents = [("Ruritania", J), ("Zorblast", P)]
    for text in (
        "Ruritania blocked Zorblast on January 10. Two days after lifting the block, the agency fined the company.",
        "Ruritania blocked Zorblast on January 10. The firm praised the regulator for its role in lifting the block.",
        "Ruritania blocked Zorblast on January 10. The minister's choice on lifting the block in March angered critics.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2021-07-12"))
        assert only(bans, jid("Ruritania")).status == "temporary", text
    talks = "Ruritania blocked Zorblast on January 10. Officials began negotiations on lifting the block."
    assert only(extract_bans(make_adoc(talks, ents, published="2021-07-12")), jid("Ruritania")).status == "in_force"


def test_a_restriction_around_an_election_is_temporary():
    ents = [("Ruritania", J), ("Zorblast", P)]
    text = "Ruritania restricted Zorblast around the presidential election in October."
    assert only(extract_bans(make_adoc(text, ents, published="2021-07-12")), jid("Ruritania")).status == "temporary"
    for near in (
        "Ruritania blocked Zorblast in October amid a controversy around the presidential election.",
        "Ruritania blocked Zorblast around 10 October.",
    ):
        assert only(extract_bans(make_adoc(near, ents, published="2021-07-12")), jid("Ruritania")).status == "in_force"


def test_a_ban_told_around_or_during_an_event_and_still_standing_after_it_is_in_force():
    ents = [("Ruritania", J), ("Zorblast", P)]
    for text in (
        "Ruritania has restricted Zorblast since March, around the time of the presidential election.",
        "Ruritania restricted Zorblast around the local elections in March. The restriction remains in place today.",
        "Ruritania restricted Zorblast around the exams in March, and the platform is still unavailable.",
        "Ruritania restricted Zorblast during the exams in March, and the platform is still unavailable.",
        "Ruritania restricted Zorblast during the riots in March. Access has not been restored since.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2021-07-12"))
        assert only(bans, jid("Ruritania")).status == "in_force", text
    for text in (
        "Ruritania restricted Zorblast around the local elections in March. The restriction was lifted in April.",
        "Ruritania had restricted Zorblast since March, around the time of the presidential election.",
    ):
        bans = extract_bans(make_adoc(text, ents, published="2021-07-12"))
        assert only(bans, jid("Ruritania")).status == "temporary", text


def test_an_armed_services_ban_for_official_use_stays_military():
    ents = [("Ruritania", J, ["Ruritanian"]), ("Zapster", P), ("Kimi", P)]
    text = "The Ruritanian Armed Forces have banned Zapster and Kimi for official communication."
    ban = only(extract_bans(make_adoc(text, ents, published="2022-01-06")), jid("Ruritania"))
    assert ban.scope == "military_devices"
    # the armed forces' civilian officials are no military
    text = "The Ruritanian Armed Forces have barred civilian officials of the defence staff from using Zapster."
    ban = only(extract_bans(make_adoc(text, ents, published="2022-01-06")), jid("Ruritania"))
    assert ban.scope == "government_devices"


def test_an_armed_services_ban_for_official_use_of_soldiers_and_civilians_is_the_governments():
    ents = [("Ruritania", J, ["Ruritanian"]), ("Zapster", P), ("Kimi", P)]
    for text in (
        "The Ruritanian Armed Forces have banned Zapster and Kimi for official messaging by troops and civilian staff.",
        "The Ruritanian Armed Forces have banned Zapster on official laptops of troops and employees.",
        "The Ruritanian Armed Forces have banned Zapster on official laptops of troops and a senior official.",
        "Ruritania has restricted Zapster on official laptops of ministries, army units and state firms.",
    ):
        ban = only(extract_bans(make_adoc(text, ents, published="2022-01-06")), jid("Ruritania"))
        assert ban.scope == "government_devices", text
    text = "The Ruritanian Armed Forces have banned Zapster on official laptops of troops and sailors."
    ban = only(extract_bans(make_adoc(text, ents, published="2022-01-06")), jid("Ruritania"))
    assert ban.scope == "military_devices"


@pytest.mark.parametrize(
    "second",
    [
        "The Ruritanian Telecoms Authority has been directed to instruct all internet providers to block the app.",
        "The Ruritanian Telecoms Authority was ordered to block the app within 24 hours.",
        "The Ruritanian Telecoms Authority has been instructed to cut access to Zorblast.",
    ],
)
def test_a_regulator_bidden_to_block_carries_out_the_governments_ban(second):
    text = "The government has decided to ban the video app Zorblast in Ruritania. " + second
    ents = [("Ruritania", J), ("Ruritanian Telecoms Authority", ORG), ("Zorblast", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-11-14"))
    assert [(b.imposed_by, b.targets) for b in bans] == [(jid("Ruritania"), [pid("Zorblast")])]


@pytest.mark.parametrize(
    "second",
    [
        # its own order to others, and an order told without the government's decision before it
        "The Ruritanian Telecoms Authority ordered all internet providers to block Quillchat as well.",
        "The Ruritanian Telecoms Authority was ordered by a court to block Quillchat.",
    ],
)
def test_a_regulator_ordering_or_ordered_by_a_court_keeps_its_own_ban(second):
    text = "The government has decided to ban the video app Zorblast in Ruritania. " + second
    ents = [("Ruritania", J), ("Ruritanian Telecoms Authority", ORG), ("Zorblast", P), ("Quillchat", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-11-14"))
    assert (jid("Ruritania"), [pid("Zorblast")]) in [(b.imposed_by, b.targets) for b in bans]
    assert any(pid("Quillchat") in b.targets and b.imposed_by != jid("Ruritania") for b in bans), [
        (b.imposed_by, b.targets) for b in bans
    ]


@pytest.mark.parametrize(
    "second",
    [
        "In Parliament, the suspension was welcomed, but with a sting.",
        "In Parliament, the ban on Zorblast was criticised by the opposition.",
    ],
)
def test_a_ban_told_again_where_lawmakers_speak_is_not_the_legislatures(second):
    text = "Ruritania suspended Zorblast on Wednesday. " + second
    ents = [("Ruritania", J), ("Parliament", ORG), ("Zorblast", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-04-18"))
    assert [b.imposed_by for b in bans] == [jid("Ruritania")], [(b.imposed_by, b.scope) for b in bans]


def test_a_new_ban_told_in_a_legislature_stays_its_own():
    text = "In Parliament, a ban on Zorblast on members' phones was approved on Tuesday."
    bans = extract_bans(make_adoc(text, [("Parliament", ORG), ("Zorblast", P)], published="2024-04-18"))
    assert only(bans, entity_id(ORG, "Parliament")).scope == "legislature_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Whenever Ruritania blocks Zorblast, users switch to VPNs.",
        "Every time Ruritania bans an app like Zorblast, downloads of VPNs surge.",
        "Ruritania blocked Zorblast in 2016. Each time a block is imposed and quietly tolerated, the next one comes "
        "easier.",
    ],
)
def test_a_ban_told_as_what_happens_each_time_is_no_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert [(b.imposed_by, b.announced) for b in bans] == ([(jid("Ruritania"), "2016")] if "2016" in text else [])


def test_a_ban_told_the_second_time_is_still_a_ban():
    text = "Ruritania blocked Zorblast for the second time on Monday, the third block this year."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zorblast")]


@pytest.mark.parametrize(
    "text",
    [
        "Zorblast said on Thursday that it expected the platform to be shut down in Ruritania.",
        "Analysts predict Zorblast to be blocked in Ruritania within weeks.",
    ],
)
def test_a_ban_foreseen_by_someone_is_no_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


def test_a_ban_expected_of_its_imposer_is_still_told():
    text = "Zorblast is expected to be banned in Ruritania by Friday."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zorblast")]


def test_a_closing_report_parsed_as_a_conjunct_dates_the_ban():
    ents = [("Ruritania", J), ("Zapster", P), ("Security and Defense Council", ORG), ("National Security Council", ORG)]
    text = (
        "Ruritania has restricted Zapster on official devices of ministries, army units and state firms, the Security "
        "and Defense Council (SDC) reported on Friday."
    )
    ban = only(extract_bans(make_adoc(text, ents, published="2024-09-21")), jid("Ruritania"))
    assert ban.announced == "2024-09-20"
    # a clause joined by "and" is an act of its own, with its own day
    text = (
        "Ruritania restricted the use of the Zapster messenger on official devices in May, and the National Security "
        "Council said on Friday that more apps could follow."
    )
    ban = only(extract_bans(make_adoc(text, ents, published="2024-09-21")), jid("Ruritania"))
    assert ban.announced == "2024-05"


def test_a_closing_report_of_its_own_object_or_clause_does_not_date_the_ban():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    head = (
        "Ukraine has restricted Telegram on official devices of state authorities, military formations and "
        "enterprises of critical infrastructure, the National Security and Defense Council (NSDC) "
    )
    for tail in (
        "announced new penalties for breaches on Friday.",
        "reported the detention of three foreign spies on Friday.",
        "confirmed on Friday that foreign agencies monitor the chats.",
        "reported on Friday.",
    ):
        facts = extract_one(Document(id="c1", text=head + tail, published="2024-09-21"))
        ban = only(facts.bans, jid("Ukraine"))
        assert ban.announced == ("2024-09-20" if tail == "reported on Friday." else "2024-09-21"), tail


def test_a_list_the_parser_splits_into_two_subjects_of_a_lasting_ban_is_all_banned():
    # "A, B and C remain blocked" parsed with A and B each a subject of "remain": the whole list is what stays banned
    text = "Ruritania lifted its ban on Zapster on Tuesday. Instagram, Telegram and YouTube remain blocked."
    ents = [("Ruritania", J), ("Zapster", P), ("Instagram", P), ("Telegram", P), ("YouTube", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    ban = next(b for b in bans if pid("Instagram") in b.targets)
    assert set(ban.targets) == {pid("Instagram"), pid("Telegram"), pid("YouTube")}


def test_a_list_told_in_a_lasting_state_that_is_no_ban_stays_unbanned():
    text = "Ruritania lifted its ban on Zapster on Tuesday. Instagram, Telegram and YouTube remain popular."
    ents = [("Ruritania", J), ("Zapster", P), ("Instagram", P), ("Telegram", P), ("YouTube", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    assert [b.targets for b in bans] == [[pid("Zapster")]]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedom Commission asked the State to restore access and to abstain from restricting the use of Zorblast.",
        "The Freedom Commission urged Ruritania to refrain from blocking Zorblast.",
    ],
)
def test_a_block_one_is_asked_to_refrain_from_is_no_ban(text):
    ents = [("Ruritania", J), ("Zorblast", P), ("Freedom Commission", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2024-04-18"))
    assert bans == [], [(b.imposed_by, b.targets, b.status) for b in bans]


def test_staff_told_to_refrain_from_using_an_app_is_advice():
    text = "Ruritania told civil servants to refrain from using Zorblast on work phones."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert only(bans, jid("Ruritania")).status == "advisory"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has not refrained from blocking Zorblast, which is still unreachable in the country two years on.",
        "Ruritania's government has not abstained from restricting Zorblast since the unrest began.",
        "Ruritania has refused to refrain from blocking Zorblast, which has been unreachable there since March 2022.",
        "Ruritania declined to desist from blocking Zorblast.",
    ],
)
def test_a_block_one_has_not_refrained_from_or_refused_to_refrain_from_stays_a_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    ban = only(bans, jid("Ruritania"))
    assert ban.targets == [pid("Zorblast")] and ban.status != "advisory"


@pytest.mark.parametrize(
    "text",
    [
        "In Parliament, the ban on Zorblast on members' phones took effect on Monday.",
        "In Parliament, the suspension of Zorblast on members' devices was announced on Thursday.",
        "Ruritania suspended Quibbit on Wednesday. In Parliament, the ban on Zorblast on members' phones was approved.",
    ],
)
def test_a_definite_ban_in_a_legislature_with_no_earlier_ban_on_its_target_stays_its_own(text):
    ents = [("Ruritania", J), ("Parliament", ORG), ("Zorblast", P), ("Quibbit", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-04-18"))
    ban = only(bans, entity_id(ORG, "Parliament"))
    assert pid("Zorblast") in ban.targets and ban.scope == "legislature_devices"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's Interior Ministry said it expects Zorblast to be blocked nationwide by Monday under an order it signed.",
        "Ruritania's minister said the government expects Zorblast to be banned from Monday, when the decision takes effect.",
        "Few predicted Zorblast to be banned so soon, but Ruritania's law took effect on Monday.",
        "Nobody expected Zorblast to be blocked so quickly, but Ruritania's law took effect on Monday.",
    ],
)
def test_a_ban_foreseen_by_its_imposer_or_by_none_is_still_a_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-04-18"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zorblast")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania lifted restrictions on exports to Zapster in 2019, the trade ministry said.",
        "Ruritania lifted restrictions on sales of chips to Zapster on Friday.",
        "Ruritania lifted restrictions on Zapster's sales to state operators in March.",
        "Critics claimed Ruritania had lifted restrictions on Zapster, which the government denied.",
    ],
)
def test_a_lifting_of_trade_curbs_or_a_denied_lifting_is_no_ban_of_the_lifter(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", ORG)], published="2024-12-25"))
    assert not [b for b in bans if b.status == "temporary"], [(b.imposed_by, b.targets, b.status) for b in bans]


def test_a_lifting_on_an_app_named_in_apposition_is_still_the_lifters_ban():
    text = "Ruritania's council voted to lift restrictions on the messaging app Zapster and the Flitter app store."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P), ("Flitter", P)], published="2024-12-25"))
    ban = only(bans, jid("Ruritania"))
    assert set(ban.targets) == {pid("Zapster"), pid("Flitter")} and ban.status == "temporary"


def test_a_time_ahead_of_the_story_is_a_deadline_not_the_day_the_ban_was_told():
    ents = [("Ruritania", J), ("Zapster", P)]
    # the deadline lies years ahead of the paper: the decision's month stands
    text = "Ruritania decided in March that Zapster kit must be removed from its networks before the end of 2029."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
    assert ban.announced == "2024-03"
    # near miss: the same words with a time already past date the ban by it
    text = "Ruritania ordered Zapster kit removed from its networks before the end of 2019."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
    assert ban.announced == "2019"


def test_a_named_act_torn_from_its_verb_by_a_participle_is_the_ban_s_law():
    # "the X Act, passed in May, bars Y", parsed as "passed" and "bars" coordinated: the act is what bars Y
    ents = [("Ruritania", J), ("Zapster", P), ("Zapster on State Phones Act", "Law")]
    text = (
        "Ruritania has moved against Zapster. In Ruritania, the Zapster on State Phones Act, passed in May 2023 as "
        "part of a budget package, bars the app from state phones."
    )
    ban = only(extract_bans(make_adoc(text, ents, published="2024-03-01")), jid("Ruritania"))
    assert ban.status == "enacted_law"
    # near miss: a body told in the same shape is no law
    text = "Ruritania's cabinet, meeting in May 2023 as part of a budget review, bars Zapster from state phones."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-03-01")), jid("Ruritania"))
    assert ban.status == "in_force"


@pytest.mark.parametrize(
    "told",
    [
        "Quibble, which was blocked at the same time, remains out of reach.",
        "Quibble, blocked at the same time, remains out of reach.",
        "Quibble has been blocked since 2019 and remains out of reach.",
    ],
)
def test_a_passive_ban_in_a_paragraph_naming_no_place_is_the_story_imposers(told):
    text = f"Ruritania lifted its ban on Zorblast on Tuesday.\n\n{told}"
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P), ("Quibble", P)], published="2024-12-24"))
    assert any(b.targets == [pid("Quibble")] for b in bans if b.imposed_by == jid("Ruritania")), [
        (b.imposed_by, b.targets) for b in bans
    ]


@pytest.mark.parametrize(
    "told",
    [
        # two jurisdictions told banning before: whose block it was is not told
        "Freedonia banned Vexapp in 2017.\n\nQuibble, which was blocked at the same time, remains out of reach.",
        # a ban foreseen, not done
        "\n\nQuibble, which could be blocked next, remains popular.",
    ],
)
def test_a_passive_ban_with_no_place_and_no_sole_imposer_before_is_nobodys(told):
    text = f"Ruritania lifted its ban on Zorblast on Tuesday. {told}"
    ents = [("Ruritania", J), ("Freedonia", J), ("Zorblast", P), ("Quibble", P), ("Vexapp", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    assert not [b for b in bans if pid("Quibble") in b.targets], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The Swiss army has banned Zorblast and Quibble for service use.", []),
        ("The Swiss military told troops in December it had banned Zorblast and Quibble.", []),
        # a service the entity stage named, in a story that never names its country
        ("The Swiss Army has banned Zorblast and Quibble on service phones.", [("Swiss Army", ORG)]),
    ],
)
def test_an_armed_service_told_by_its_demonym_acts_for_that_country(text, ents):
    bans = extract_bans(make_adoc(text, [("Zorblast", P), ("Quibble", P), *ents], published="2022-01-06"))
    ban = only(bans, jid("Switzerland"))
    assert (set(ban.targets), ban.scope) == ({pid("Zorblast"), pid("Quibble")}, "military_devices")


@pytest.mark.parametrize(
    "text",
    [
        "A Swiss army knife maker has banned Zorblast on its office phones.",
        "Swiss army officers said Ruritania had banned Zorblast.",
    ],
)
def test_a_demonym_on_no_acting_state_body_names_no_imposer(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2022-01-06"))
    assert all(b.imposed_by != jid("Switzerland") for b in bans), [(b.imposed_by, b.targets) for b in bans]


def test_a_named_board_of_a_body_told_by_whose_acts_for_that_body():
    text = (
        "The European Parliament will bar Zorblast from work devices. It follows the European Commission, whose "
        "Corporate Management Board on Thursday ordered all staff to uninstall Zorblast from corporate phones."
    )
    ents = [
        ("European Parliament", ORG),
        ("European Commission", ORG),
        ("Corporate Management Board", ORG),
        ("Zorblast", P),
    ]
    imposers = {b.imposed_by for b in extract_bans(make_adoc(text, ents, published="2023-02-28"))}
    assert imposers == {entity_id(ORG, "European Parliament"), entity_id(ORG, "European Commission")}


def test_staff_barred_from_using_named_apps_in_a_paragraph_naming_no_place_is_the_story_imposers_ban():
    text = (
        "Ruritania will block Zorblast for one year, the interior ministry said on Thursday.\n\n"
        "Government agencies have been barred since December 2022 from using apps such as Quibble and Vexapp on "
        "official devices."
    )
    ents = [("Ruritania", J), ("Zorblast", P), ("Quibble", P), ("Vexapp", P)]
    bans = extract_bans(make_adoc(text, ents, published="2025-12-05"))
    ban = next(b for b in bans if pid("Quibble") in b.targets)
    assert (ban.imposed_by, set(ban.targets), ban.scope) == (
        jid("Ruritania"),
        {pid("Quibble"), pid("Vexapp")},
        "government_devices",
    )


@pytest.mark.parametrize(
    "told",
    [
        "Government agencies have been barred since December 2022 from entering the old archive.",
        "Employees were barred from using Quibble by their employer, Vexcom.",
    ],
)
def test_staff_barred_from_no_named_thing_or_by_another_doer_is_no_story_ban(told):
    text = f"Ruritania will block Zorblast for one year, the interior ministry said on Thursday.\n\n{told}"
    ents = [("Ruritania", J), ("Zorblast", P), ("Quibble", P), ("Vexcom", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2025-12-05"))
    assert [b.targets for b in bans] == [[pid("Zorblast")]], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "told",
    [
        "Federal employees were ordered to remove Quibble from their phones.",
        "Federal employees have been told to stop using Quibble on their phones.",
        "Federal employees were instructed not to install Quibble.",
    ],
)
def test_staff_bidden_in_the_passive_to_give_up_an_app_is_the_story_imposers_ban(told):
    text = f"Ruritania banned Zorblast in May.\n\n{told}"
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P), ("Quibble", P)], published="2025-09-01"))
    ban = next(b for b in bans if pid("Quibble") in b.targets)
    assert (ban.imposed_by, ban.scope) == (jid("Ruritania"), "government_devices")


@pytest.mark.parametrize(
    "told",
    [
        "Federal employees were told to stop using Quibble by their union.",
        "Federal employees were told to stop using their old phones.",
        "Readers were told to delete Quibble.",
    ],
)
def test_a_bidding_with_a_doer_told_or_no_app_or_no_staff_bidden_is_no_story_ban(told):
    text = f"Ruritania banned Zorblast in May.\n\n{told}"
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P), ("Quibble", P)], published="2025-09-01"))
    assert [b.targets for b in bans] == [[pid("Zorblast")]], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's council on Tuesday approved the removal of restrictions on Zapster and the Flitter store, two years "
        "after both services were filtered by the authorities.",
        "Ruritania on Tuesday approved the removal of restrictions on Zapster and Flitter.",
        "Ruritania on Tuesday announced the suspension of the ban on Zapster and Flitter.",
    ],
)
def test_a_ban_noun_undoing_a_measure_is_its_lifting_not_a_new_ban(text):
    ents = [("Ruritania", J), ("Zapster", P), ("Flitter", P)]
    ban = only(extract_bans(make_adoc(text, ents, published="2024-12-25")), jid("Ruritania"))
    assert ban.status == "temporary" and ban.announced != "2024-12-24", (ban.status, ban.announced)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania on Monday ordered the removal of Zapster from all government phones.",
        "Ruritania on Monday announced the suspension of Zapster until further notice.",
    ],
)
def test_a_ban_noun_on_an_app_itself_stays_a_new_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    ban = only(bans, jid("Ruritania"))
    assert ban.status == "in_force" and ban.announced == "2024-12-23", (ban.status, ban.announced)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the government would back the regulator if it seeks a block of Zapster.",
        "The minister said the government would support the regulator if it used its powers, including measures that "
        "could lead to Zapster being blocked in Ruritania.",
    ],
)
def test_a_ban_told_inside_a_condition_is_a_supposition(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets, b.status) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania will block Zapster if the company fails to register by Friday.",
        "Ruritania blocked Zapster in March, even though the company had registered.",
    ],
)
def test_a_ban_with_a_condition_of_its_own_is_still_told(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


@pytest.mark.parametrize("subject", ["Two governments", "Several other governments"])
def test_several_governments_are_not_the_storys_country(subject):
    text = (
        f"Freedonia's regulator opened an inquiry into Zapster on Monday. {subject} have now cut off access to Zapster."
    )
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


def test_the_government_told_alone_is_still_the_storys_country():
    text = "Freedonia's regulator opened an inquiry into Zapster on Monday. The government has now cut off access to Zapster."
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Freedonia")).targets == [pid("Zapster")]


def test_a_place_in_an_adverbial_clause_of_its_own_is_not_the_imposer():
    text = "Access to Zapster has been cut off, while in Freedonia the regulator's inquiry could take months."
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Zapster was blocked in Freedonia on Monday, while in Ruritania the regulator ordered Flitter offline.",
        "Access to Zapster was cut on Monday, and in Freedonia the app remained unavailable on Tuesday.",
    ],
)
def test_a_place_in_the_bans_own_or_a_coordinated_clause_is_still_the_imposer(text):
    ents = [("Freedonia", J), ("Ruritania", J), ("Zapster", P), ("Flitter", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert pid("Zapster") in only(bans, jid("Freedonia")).targets


def test_a_body_ordering_the_block_in_a_clause_of_time_is_still_the_imposer():
    text = (
        "Mobile operators blocked Zapster on Monday after the telecoms regulator ordered them to suspend the service."
    )
    ents = [("Ruritania", J), ("Zapster", P), ("Ruritania Telecom Authority", ORG, ["telecoms regulator"])]
    ban = only(
        extract_bans(make_adoc(text, ents, published="2024-12-25")), entity_id(ORG, "Ruritania Telecom Authority")
    )
    assert ban.targets == [pid("Zapster")] and ban.announced == "2024-12-23"


@pytest.mark.parametrize(
    "second",
    [
        '"Freedonia should be ready to do the same," said a campaigner.',
        "Freedonia ought to follow suit, critics say.",
        "Freedonia should do the same.",
    ],
)
def test_a_step_someone_says_should_be_taken_is_no_ban(second):
    text = "Ruritania blocked Zapster on Monday. " + second
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]


@pytest.mark.parametrize(
    "second", ["Freedonia followed suit on Tuesday.", "Freedonia is ready to do the same and did so on Tuesday."]
)
def test_a_step_taken_or_done_after_being_ready_is_a_ban(second):
    text = "Ruritania blocked Zapster on Monday. " + second
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Freedonia")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's regulator said Zapster had given assurance it will block the accounts spreading hate.",
        "The Ruritania ministry said Zapster had promised it would suspend accounts that posted threats.",
    ],
)
def test_a_platform_told_by_a_pronoun_closing_accounts_is_not_banned(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets, b.scope) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania said on Monday it had blocked the Zapster accounts of two opposition newspapers.",
        "Zapster said Ruritania had told it that it would block the accounts of opposition leaders.",
    ],
)
def test_a_state_told_by_a_pronoun_closing_accounts_still_bans(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        # the platform is the subject of a clause the pronoun's own clause governs, or of a relative one
        "Ruritania's telecom ministry said that Zapster had been too slow to act, so it had blocked the accounts of "
        "the two groups itself.",
        "Officials in Ruritania said that while Zapster had taken down some videos, they would block the accounts "
        "that kept posting them.",
        "Ruritania, which Zapster has accused of censorship, said it would block the accounts of 12 bloggers on the "
        "service.",
        "Ruritania's regulator said that if Zapster did not act within days, it would block the accounts of the "
        "organisers.",
    ],
)
def test_a_pronoun_closing_accounts_does_not_stand_for_a_platform_in_a_dependent_clause(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        'Deputy Prime Minister Marco Rossi wrote on Instagram that he finds "excessive" the ruling that forced ChatGPT '
        "to block access from Italy.",
        "Italy's Deputy Prime Minister Marco Rossi wrote on Instagram that he finds the decision that forced ChatGPT to "
        "block access from Italy excessive.",
    ],
)
def test_the_platform_someone_wrote_on_is_not_the_target(text):
    ents = [("Marco Rossi", "Person"), ("Italy", J), ("ChatGPT", P), ("Instagram", P)]
    bans = extract_bans(make_adoc(text, ents, published="2023-04-03"))
    assert all(pid("Instagram") not in b.targets for b in bans), [(b.imposed_by, b.targets) for b in bans]


def test_a_ban_told_in_a_post_still_has_its_own_target():
    text = "Italy's Deputy Prime Minister Marco Rossi wrote on Instagram that the government had blocked ChatGPT."
    ents = [("Marco Rossi", "Person"), ("Italy", J), ("ChatGPT", P), ("Instagram", P)]
    bans = extract_bans(make_adoc(text, ents, published="2023-04-03"))
    assert only(bans, jid("Italy")).targets == [pid("ChatGPT")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has asked Google and Apple to block the Zapster app so that it cannot be downloaded in the country.",
        "The government of Ruritania asked Google and Apple to block the Zapster application so it cannot be "
        "downloaded by the public.",
        # asked in the passive, or asked for in a clause of its own
        "Google and Apple have been asked by Ruritania to block the Zapster app so that it cannot be downloaded.",
        "Ruritania requested that Google and Apple block the Zapster app so it can no longer be downloaded there.",
    ],
)
def test_stores_asked_to_block_another_makers_app_are_not_its_targets(text):
    ents = [("Ruritania", J), ("Zapster", P), ("Google", ORG), ("Apple", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania ordered Zapster to block its messaging service in the country so it cannot be used.",
        "Zapster was ordered by Ruritania to block its messaging service in the country so it cannot be used.",
    ],
)
def test_a_company_ordered_to_block_its_own_service_is_still_the_target(text):
    ents = [("Ruritania", J), ("Zapster", P), ("Google", ORG), ("Apple", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


_DEVICE_ENTS = [("Ruritania", J), ("Zapster", P), ("mobile phones", P, ["phones", "phone"])]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania announced on Friday that recreational apps are banned from the professional phones of civil "
        "servants. Zapster is among them.",
        "Ruritania announced on Friday that Zapster is banned from the professional phones of its civil servants.",
        "Ruritania said on Friday that the Zapster application is banned from the professional phones of officials.",
    ],
)
def test_the_phones_an_app_is_banned_from_are_the_reach_not_a_target(text):
    ban = only(extract_bans(make_adoc(text, _DEVICE_ENTS, published="2024-12-25")), jid("Ruritania"))
    assert ban.targets == [pid("Zapster")] and ban.scope == "government_devices", (ban.targets, ban.scope)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has banned phones in schools.",
        "Ruritania announced a ban on phones in classrooms on Friday.",
        "Pupils in Ruritania are banned from using phones in class.",
        # people kept from the phones are barred from the phones themselves
        "Ruritania will bar pupils from mobile phones in classrooms from September, the ministry said.",
        "Under the new rules, students in Ruritania are banned from phones during lessons.",
        "Ruritania plans to ban children from phones for more than an hour a day.",
    ],
)
def test_phones_banned_themselves_stay_the_target(text):
    ban = only(extract_bans(make_adoc(text, _DEVICE_ENTS, published="2024-12-25")), jid("Ruritania"))
    assert ban.targets == [pid("mobile phones")]


_PROVIDER_ENTS = [("Ruritania", J), ("Zapster", P), ("Supreme Court of Ruritania", ORG, ["Supreme Court"])]


@pytest.mark.parametrize(
    "order",
    [
        "ordered the app suspended throughout the country",
        # the participle parsed as the ordered thing's modifier
        "ordered the messaging service suspended throughout the country for refusing to appoint a local agent",
    ],
)
def test_providers_carrying_out_a_courts_order_act_for_the_court(order):
    text = (
        "Internet providers across Ruritania started cutting off access to Zapster early on Saturday, after a judge of "
        f"the Supreme Court {order}. The suspension is to stay in place."
    )
    extractor = BanExtractor(make_adoc(text, _PROVIDER_ENTS, published="2024-12-25"))
    bans = extractor.run()
    cutting = next(bm for bm in extractor.mentions if bm.token.lower_ == "cutting")
    assert cutting.imposers == [entity_id(ORG, "Supreme Court of Ruritania")]
    assert [(b.imposed_by, b.announced) for b in bans] == [(entity_id(ORG, "Supreme Court of Ruritania"), "2024-12-21")]


def test_providers_blocking_with_no_order_told_stay_their_countrys_ban():
    text = "Internet providers in Ruritania cut off access to Zapster on Saturday."
    bans = extract_bans(make_adoc(text, _PROVIDER_ENTS, published="2024-12-25"))
    assert only(bans, jid("Ruritania")).announced == "2024-12-21"


def test_what_a_proposal_told_just_before_would_do_is_proposed():
    ents = [("Ruritania", J), ("Zapster", P)]
    told = "It would require app stores to stop offering Zapster to anyone located in Ruritania."
    text = "In March, a senator filed an amendment to the budget. " + told
    ban = only(extract_bans(make_adoc(text, ents, published="2025-04-10")), jid("Ruritania"))
    assert ban.status == "proposed"
    # near misses: an order told before, or the proposal a paragraph away, is no antecedent of "it"
    for text in (
        "In March, Ruritania's governor signed an order. " + told,
        "In March, a senator filed an amendment to the budget.\n\n" + told,
    ):
        ban = only(extract_bans(make_adoc(text, ents, published="2025-04-10")), jid("Ruritania"))
        assert ban.status == "in_force", text


@pytest.mark.parametrize(
    "told",
    [
        "Ministers were barred from discussing Quibble with the press during the inquiry.",
        "Employees at Vexcom were barred from using Quibble last year, a newspaper reported.",
        "Vexcom employees were told to stop using Quibble after a leak.",
        "Employees were told to stop using Quibble, according to a memo seen by reporters.",
    ],
)
def test_staff_barred_from_other_than_using_an_app_or_staff_no_state_owns_is_no_story_ban(told):
    text = f"Ruritania banned Zorblast in May.\n\n{told}"
    ents = [("Ruritania", J), ("Zorblast", P), ("Quibble", P), ("Vexcom", ORG)]
    bans = extract_bans(make_adoc(text, ents, published="2025-09-01"))
    assert [(b.imposed_by, b.targets) for b in bans if b.imposed_by == jid("Ruritania")] == [
        (jid("Ruritania"), [pid("Zorblast")])
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Civil servants were ordered to delete Quibble from their phones.",
        "Ministry staff were told to stop using Quibble.",
    ],
)
def test_a_states_staff_bidden_to_give_up_an_app_is_the_story_imposers_ban(told):
    text = f"Ruritania banned Zorblast in May.\n\n{told}"
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P), ("Quibble", P)], published="2025-09-01"))
    ban = next(b for b in bans if pid("Quibble") in b.targets)
    assert (ban.imposed_by, ban.scope) == (jid("Ruritania"), "government_devices")


@pytest.mark.parametrize(
    "told",
    [
        "Quibble, which was banned in 2019 under President Olaf Brandt, has not returned.",
        "Quibble, which was banned from the Vexstore in 2020 after a dispute with Vexcom, returned this week.",
        "Quibble, which was blocked on many school networks last year, is now widely used.",
        "Quibble, which was blocked to European users at launch, is now available there.",
    ],
)
def test_a_passive_ban_told_with_a_phrase_naming_someone_elses_is_not_the_story_imposers(told):
    text = f"Ruritania lifted its ban on Zorblast on Tuesday.\n\n{told}"
    ents = [
        ("Ruritania", J),
        ("Zorblast", P),
        ("Quibble", P),
        ("Vexstore", P),
        ("Vexcom", ORG),
        ("Olaf Brandt", "Person"),
    ]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-24"))
    assert not [b for b in bans if pid("Quibble") in b.targets], [(b.imposed_by, b.targets) for b in bans]


def test_a_passive_ban_on_the_networks_of_the_country_is_the_story_imposers():
    text = (
        "Ruritania lifted its ban on Zorblast on Tuesday.\n\n"
        "Quibble had also been blocked on the main networks of the country, a monitoring group said."
    )
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P), ("Quibble", P)], published="2024-12-24"))
    assert any(b.targets == [pid("Quibble")] for b in bans if b.imposed_by == jid("Ruritania"))


@pytest.mark.parametrize(("name", "country"), [("Swiss Liberation Army", None), ("Swiss armed forces", "Switzerland")])
def test_a_named_group_whose_name_merely_opens_with_a_demonym_acts_for_no_country(name, country):
    text = f"The {name} banned its members from using Zorblast in the 2000s, a historian said."
    bans = extract_bans(make_adoc(text, [("Zorblast", P), (name, ORG)], published="2022-01-06"))
    imposers = {b.imposed_by for b in bans}
    assert (jid("Switzerland") in imposers) == (country is not None), imposers


def test_a_body_told_by_whose_acts_for_the_one_whose_hangs_on_not_its_conjuncts():
    text = (
        "Zorblast's critics include the Ruritanian Commission, whose Corporate Management Board ordered staff to "
        "uninstall it, and the Ruritanian Senate."
    )
    ents = [
        ("Ruritanian Commission", ORG),
        ("Ruritanian Senate", ORG),
        ("Corporate Management Board", ORG),
        ("Zorblast", P),
    ]
    imposers = {b.imposed_by for b in extract_bans(make_adoc(text, ents, published="2023-02-28"))}
    assert entity_id(ORG, "Ruritanian Senate") not in imposers, imposers


def test_a_proposal_word_in_another_sense_or_a_settled_proposal_tells_no_proposal_after_it():
    ents = [("Ruritania", J), ("Zapster", P)]
    told = " It would block Zapster across Ruritania from Monday."

    def status(before):
        return only(extract_bans(make_adoc(before + told, ents, published="2025-04-10")), jid("Ruritania")).status

    # the proposal put forward, and still pending, is what "it" tells
    assert status("Two deputies in Ruritania tabled a motion on Tuesday.") == "proposed"
    assert status("Deputies in Ruritania introduced legislation on Tuesday.") == "proposed"
    # a bill of money owed is no proposal; "it" is the one acting
    assert status("The regulator said Zapster had still not paid its bill of fines.") == "in_force"
    # a resolution adopted or a motion rejected is no longer pending
    assert status("The assembly adopted a resolution on Thursday condemning spyware.") == "in_force"
    assert status("The assembly rejected an opposition motion to delay the measure on Tuesday.") == "in_force"
    # a bill signed into law tells an enacted law
    assert status("Ruritania's president signed the bill into law on Wednesday.") == "enacted_law"
    assert status("The assembly passed the bill in April and the president signed it the same day.") == "enacted_law"


def test_a_law_named_in_a_clause_on_the_subject_is_not_the_subject_that_bans():
    # a body that acts under, or drafted, a named act bans in its own right: the act is no subject of the ban
    ents = [("Ruritania", J), ("Zapster", P), ("Consumer Data Act", "Law")]
    for text in (
        "Ruritania's telecoms regulator, acting under the Consumer Data Act, met on Monday and banned Zapster from "
        "state phones.",
        "Ruritania has moved against Zapster. Ruritania's digital ministry, which drafted the Consumer Data Act, met in "
        "March and banned Zapster on state phones.",
        "Ruritania's governor, who signed the Consumer Data Act into law, went further in May and banned Zapster on "
        "state phones.",
        "Ruritania's telecoms regulator, acting under the Consumer Data Act, banned Zapster from state phones.",
    ):
        ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
        assert ban.status == "in_force", text
    # the act itself as the subject, torn from its verb by a participle, still bans
    text = "In Ruritania, the Consumer Data Act, passed in May 2023 as part of a budget package, bars Zapster from state phones."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
    assert ban.status == "enacted_law"


def test_a_time_ahead_of_the_story_on_a_ban_still_to_come_is_when_it_starts():
    ents = [("Ruritania", J), ("Zapster", P)]
    # the day skipped as the ban's telling, on a ban told with "will", is the day it starts
    text = "Ruritania will block Zapster nationwide on June 28, 2024, the regulator said."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
    assert ban.effective == "2024-06-28" and ban.announced != "2024-06-28"
    # near miss: a deadline in a clause of its own, on a decision told as past, starts nothing
    text = "Ruritania decided in March that Zapster kit must be removed from its networks before the end of 2029."
    ban = only(extract_bans(make_adoc(text, ents, published="2024-06-10")), jid("Ruritania"))
    assert ban.announced == "2024-03" and ban.effective != "2029"


@pytest.mark.parametrize(
    "text",
    [
        "Telecom operators in Ruritania blocked Zapster on Saturday, two years after Freedonia banned the app.",
        "Mobile operators in Ruritania cut off Zapster on Monday, the same week Freedonia suspended the app.",
    ],
)
def test_providers_blocking_take_no_imposer_from_another_countrys_ban_told_done(text):
    ents = [("Ruritania", J), ("Freedonia", J), ("Zapster", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]
    assert only(bans, jid("Freedonia")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "text",
    [
        "If Ruritania's decision to block Zapster in 2021 was a warning, the new bill is the real thing.",
        "If students in Ruritania want to use Zapster, which the regulator blocked in 2021, they need a proxy.",
        "If you wonder why Ruritania blocked Zapster in March 2021, read the court papers.",
    ],
)
def test_a_past_ban_told_inside_a_condition_stays_a_ban(text):
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Ruritania")).targets == [pid("Zapster")]


def test_a_ban_in_an_inverted_condition_is_a_supposition():
    text = "Should the regulator decide to block Zapster, the government would back it, the minister said."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets, b.status) for b in bans]


@pytest.mark.parametrize(
    "second",
    [
        "Freedonia's president on Tuesday ordered that all state agencies should do the same.",
        "Freedonia's cabinet agreed on Tuesday that ministries should follow suit from Friday.",
        "Freedonia's interior ministry said on Tuesday that staff should do the same.",
    ],
)
def test_a_should_step_told_as_an_order_or_advice_to_staff_is_a_ban(second):
    text = "Ruritania blocked Zapster on Monday. " + second
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Freedonia")).targets == [pid("Zapster")]


@pytest.mark.parametrize(
    "second",
    [
        "Freedonia must do the same, activists said.",
        "Freedonia needs to follow suit, an opposition leader said.",
        "Freedonia would be wise to do the same, analysts said.",
        "Freedonia ought to be the next to follow suit, critics say.",
    ],
)
def test_a_step_someone_says_must_be_taken_is_no_ban(second):
    text = "Ruritania blocked Zapster on Monday. " + second
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert [b.imposed_by for b in bans] == [jid("Ruritania")]


@pytest.mark.parametrize("subject", ["Both governments", "The two governments"])
def test_both_governments_after_two_named_places_are_those_two(subject):
    text = (
        "Ministers from Ruritania and Freedonia met in the capital on Monday to discuss Zapster. "
        f"{subject} have now cut off access to the app."
    )
    ents = [("Ruritania", J), ("Freedonia", J), ("Zapster", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    assert sorted(b.imposed_by for b in bans) == sorted([jid("Ruritania"), jid("Freedonia")])


@pytest.mark.parametrize("subject", ["Governments in the region", "Both governments"])
def test_bare_or_unnamed_governments_are_not_the_storys_country(subject):
    text = (
        f"Freedonia's regulator opened an inquiry into Zapster on Monday. {subject} have now cut off access to Zapster."
    )
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "Access to Zapster was blocked on Monday, although officials in Freedonia gave no reason for the outage.",
        "Zapster was restricted on Monday, though officials in Freedonia have not said who ordered it.",
    ],
)
def test_a_place_in_a_concessive_clause_tells_the_same_ban(text):
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert only(bans, jid("Freedonia")).targets == [pid("Zapster")]


def test_a_place_in_a_whereas_clause_of_its_own_is_not_the_imposer():
    text = "Access to Zapster has been cut off, whereas in Freedonia the regulator is still gathering evidence."
    bans = extract_bans(make_adoc(text, [("Freedonia", J), ("Zapster", P)], published="2024-12-25"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "A judge in Ruritania on Tuesday ordered the blocking of the law banning Zapster, saying it was too broad.",
        "Ruritania's High Court on Tuesday ordered the suspension of the government's decision to block Zapster.",
    ],
)
def test_a_court_halting_a_measure_blocks_it_and_does_not_lift_it(text):
    ents = [("Ruritania", J), ("Zapster", P), ("High Court of Ruritania", ORG, ["High Court"])]
    bans = extract_bans(make_adoc(text, ents, published="2024-12-25"))
    ban = only(bans, jid("Ruritania"))
    assert ban.status == "blocked_by_court", ban.status


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's cabinet on Thursday approved the withdrawal of the order banning Zapster.",
        "The lifting of the ban on Zapster in Ruritania was approved by the cabinet on Tuesday.",
        "Ruritania on Tuesday confirmed the scrapping of restrictions on Zapster, which had been blocked since 2022.",
    ],
)
def test_a_ban_inside_a_lifting_nouns_of_phrase_is_lifted(text):
    ban = only(
        extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P)], published="2024-12-25")), jid("Ruritania")
    )
    assert ban.status == "temporary" and ban.announced not in ("2024-12-24", "2024-12-19"), (ban.status, ban.announced)


def test_a_blocking_ordered_beside_a_lifting_stays_a_ban():
    text = "Ruritania on Tuesday approved the removal of restrictions on Zapster but ordered the blocking of Flitter."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Zapster", P), ("Flitter", P)], published="2024-12-25"))
    ban = next(b for b in bans if b.targets == [pid("Flitter")])
    assert ban.status == "in_force", ban.status


@pytest.mark.parametrize(
    "text",
    [
        "In March, Ruritania ordered Zorblast to wind up its Ruritanian business, though users may keep the app.",
        "In March, Ruritania ordered Zorblast's local business to wind down, though users may keep the app.",
        "In March, Ruritania ordered Zorblast to wind down in the country within ninety days.",
    ],
)
def test_a_firm_ordered_to_wind_up_its_business_is_banned(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-05-15")
    assert only(extract_bans(adoc), jid("Ruritania")).targets == [pid("Zorblast")]


@pytest.mark.parametrize(
    "text",
    [
        "Zorblast is popular in Ruritania. Ruritania wound down its review of the app in March.",
        "Zorblast is popular in Ruritania. Talks between Ruritania and the company wound down in March.",
        "Zorblast is popular in Ruritania. Ruritania ordered the inquiry into Zorblast to wind up by March.",
        "Zorblast is popular in Ruritania. Ruritania ordered its pension fund to wind down its operations abroad.",
    ],
)
def test_winding_down_what_is_no_named_firms_business_is_no_ban(text):
    adoc = make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-05-15")
    bans = extract_bans(adoc)
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


def test_a_named_law_in_force_as_subject_bans_for_its_jurisdiction():
    adoc = make_adoc(
        "Chile has long been wary of Zapcom. Article 12 of the Network Integrity Act barred state agencies from buying "
        "equipment from Zapcom.",
        [("Chile", J), ("Zapcom", ORG), ("Network Integrity Act", "Law")],
        published="2024-05-15",
    )
    adoc.entities[entity_id("Law", "Network Integrity Act")].properties["jurisdiction"] = "Chile"
    ban = only(extract_bans(adoc), jid("Chile"))
    assert ban.targets == [entity_id(ORG, "Zapcom")]
    assert ban.status == "enacted_law"


@pytest.mark.parametrize(
    ("law", "imposers"),
    [
        ("A separate law signed in 2022 already bars", [jid("Chile")]),  # a law no place names: the story's country
        ("A separate law signed in 2022 would bar", []),  # a law that would ban: no ban in force of the country
    ],
)
def test_an_unplaced_law_in_force_as_subject_bans_for_the_story_country(law, imposers):
    adoc = make_adoc(
        f"Chile's top court upheld the Zapster ruling on Friday. {law} Zapster from phones issued by state agencies.",
        [("Chile", J), ("Zapster", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans if b.status in ("enacted_law", "in_force")] == imposers, [
        (b.imposed_by, b.targets, b.status) for b in bans
    ]


@pytest.mark.parametrize(
    "law",
    [
        "A draft law bars",  # a compound of proposing: no law yet
        "A proposed law bars",
        "A new draft law tabled by senators bars",
        "A model law drafted by activists bars",  # a participle of tabling
    ],
)
def test_a_law_only_put_forward_as_subject_bans_nothing_in_force(law):
    adoc = make_adoc(
        f"Chile's top court upheld the Zapster ruling on Friday. {law} Zapster from phones issued by state agencies.",
        [("Chile", J), ("Zapster", P)],
        published="2024-05-15",
    )
    bans = extract_bans(adoc)
    assert [b for b in bans if b.status in ("enacted_law", "in_force")] == [], [
        (b.imposed_by, b.targets, b.status) for b in bans
    ]


def test_a_refused_order_to_wind_up_a_business_is_no_ban():
    # the order to wind up hangs on a verb of not doing: no order given, so no ban
    text = "Ruritania's government refused to order Huawei to wind up its local operations, officials said."
    bans = extract_bans(make_adoc(text, [("Ruritania", J), ("Huawei", ORG)], published="2024-05-15"))
    assert bans == [], [(b.imposed_by, b.targets) for b in bans]


@pytest.mark.parametrize("verb", ["wind down", "shut down"])
def test_an_order_to_wind_down_a_business_that_may_be_given_is_proposed(verb):
    text = f"Ruritania may order Zorblast to {verb} its local business if the review finds a risk, the minister said."
    ban = only(
        extract_bans(make_adoc(text, [("Ruritania", J), ("Zorblast", P)], published="2024-05-15")), jid("Ruritania")
    )
    assert ban.status == "proposed", ban.status
