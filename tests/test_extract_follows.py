"""Explicit follow cues on sentences written for these tests (not from the corpus)."""

import pytest
from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.extract.follows import extract_follows
from loaders.model import entity_id

J, ORG, P = "Jurisdiction", "Organisation", "Product"


def pairs(follows):
    return {(f.follower.split("/")[1], f.followed.split("/")[1]) for f in follows}


def run(text, entities, published="2024-04-10"):
    adoc = make_adoc(text, entities, published=published)
    bans = extract_bans(adoc)
    return bans, extract_follows(adoc, bans)


def test_following_similar_moves_by_several_actors():
    bans, follows = run(
        "Sweden removed Telegram from official phones on Monday, following similar moves by Norway and Finland.",
        [("Sweden", J), ("Norway", J), ("Finland", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("sweden", "norway"), ("sweden", "finland")}
    f = next(iter(follows))
    assert f.explicit is True
    assert f.target == entity_id(P, "Telegram")
    assert f.follower_ban == next(b.id for b in bans if b.imposed_by == entity_id(J, "Sweden"))
    assert f.evidence and f.evidence[0].extractor.startswith("follows.")


def test_joining_and_lead_cues():
    _, follows = run(
        "Ohio banned Temu on state devices on Tuesday, joining Utah and Idaho in acting against the app. "
        "Utah had followed Idaho's lead in March.",
        [("Ohio", J), ("Utah", J), ("Idaho", J), ("Temu", P)],
    )
    assert {("ohio", "utah"), ("ohio", "idaho"), ("utah", "idaho")} <= pairs(follows)


def test_followed_suit_follows_the_one_ban_told_just_before():
    for text in (
        "Ghana blocked Kick nationwide. Togo followed suit by imposing a ban on the platform.",
        "Ghana blocked Kick nationwide last month. On Friday, Togo followed suit, blocking the platform as well.",
        "Ghana blocked Kick nationwide in March, and Togo followed suit in April.",
    ):
        _, follows = run(text, [("Ghana", J), ("Togo", J), ("Kick", P)])
        assert pairs(follows) == {("togo", "ghana")}, text
        assert all(f.explicit for f in follows)


def test_followed_suit_after_several_imposers_or_as_a_wish_names_no_leader():
    _, follows = run(
        "Ghana, Benin and Niger have blocked Kick. Togo followed suit by imposing a ban on the platform.",
        [("Ghana", J), ("Benin", J), ("Niger", J), ("Togo", J), ("Kick", P)],
    )
    assert follows == []  # which of the three Togo followed is not told
    _, follows = run(
        "Ghana blocked Kick nationwide. Togo could follow suit, officials said.",
        [("Ghana", J), ("Togo", J), ("Kick", P)],
    )
    assert follows == []
    _, follows = run(
        "Ghana blocked Kick nationwide. Togo followed suit.",
        [("Ghana", J), ("Togo", J), ("Kick", P)],
    )
    assert pairs(follows) == {("togo", "ghana")}


def test_coordinated_subjects_following_suit_each_follow_the_one_imposer():
    for text in (
        "Ghana blocked Kick nationwide in March, and Togo and Benin followed suit in April.",
        "Ghana blocked Kick nationwide in March. Togo and Benin followed suit weeks later.",
    ):
        _, follows = run(text, [("Ghana", J), ("Togo", J), ("Benin", J), ("Kick", P)])
        assert pairs(follows) == {("togo", "ghana"), ("benin", "ghana")}, text
    for text in (
        "Ghana blocked Kick nationwide in March, but Togo and Benin have not followed suit.",
        "Ghana blocked Kick nationwide in March, and Togo and Benin could follow suit.",
    ):
        _, follows = run(text, [("Ghana", J), ("Niger", J), ("Togo", J), ("Benin", J), ("Kick", P)])
        assert follows == [], text


def test_joining_a_list_the_parser_hung_as_an_apposition_follows_every_member():
    _, follows = run(
        "Chile joins the Netherlands, Peru, the UK and New Zealand, all of which have restricted Temu on official "
        "devices this year.",
        [("Chile", J), ("Netherlands", J), ("Peru", J), ("United Kingdom", J, ["UK"]), ("New Zealand", J), ("Temu", P)],
    )
    assert ("chile", "peru") in pairs(follows)
    assert len(pairs(follows)) == 4


def test_it_joining_others_is_the_imposer_told_just_before():
    ents = [("Ghana", J), ("Togo", J), ("Niger", J), ("Benin", J), ("Kick", P)]
    _, follows = run(
        "Ghana blocked Kick in 2021. Is Ghana alone? No. It joined Togo and Niger, which had already blocked "
        "Kick, and Benin followed in 2022.",
        ents,
    )
    assert pairs(follows) == {("ghana", "togo"), ("ghana", "niger"), ("benin", "ghana")}
    for text in (
        # "it" a measure, or asked about: no follower
        "Ghana blocked Kick on Monday. The ban took effect at once. It joins similar measures in Togo and Niger.",
        "Ghana blocked Kick on Monday. Will it join Togo and Niger, which blocked the site in 2019, in a full ban?",
    ):
        _, follows = run(text, ents)
        assert follows == [], text


def test_a_measure_aligning_its_maker_with_others():
    ents = [("Ghana", J), ("Togo", J), ("Niger", J), ("Kick", P)]
    _, follows = run(
        "Ghana blocked Kick on Monday. The move aligns Ghana with Togo and Niger, which have both blocked the site.",
        ents,
    )
    assert pairs(follows) == {("ghana", "togo"), ("ghana", "niger")}
    for text in (
        "Ghana blocked Kick on Monday. The move aligns Ghana with Togo, which has long criticised the site.",
        "Ghana blocked Kick on Monday. The move would not align Ghana with Togo, officials said.",
        "Ghana blocked Kick on Monday. Ghana has aligned its trade policy with Togo.",
    ):
        _, follows = run(text, ents)
        assert follows == [], text


def test_aligning_with_others_on_a_matter_of_their_own_or_another_platform_is_no_follow():
    ents = [("Ghana", J), ("Togo", J), ("Niger", J), ("Kick", P), ("Snapchat", P)]
    for text in (
        "Togo blocked Kick last year. Ghana blocked Kick on Monday. The step aligns Ghana with Togo in a row with "
        "the firm over fees, and with Niger on privacy rules.",
        "Togo blocked Snapchat last year. Ghana blocked Kick on Monday. The step aligns Ghana with Togo, which "
        "blocked Snapchat last year.",
    ):
        _, follows = run(text, ents)
        assert follows == [], text
    _, follows = run(
        "Togo blocked Kick last year. Ghana blocked Kick on Monday. The step aligns Ghana with Togo, which blocked "
        "Kick last year.",
        ents,
    )
    assert pairs(follows) == {("ghana", "togo")}


def test_it_and_joining_that_tell_no_follow():
    ents = [("Ghana", J), ("Togo", J), ("Niger", J), ("Kick", P), ("West African Union", ORG)]
    for text in (
        # joining a body's talks makes no leader for the one coordinated after
        "Niger joined the West African Union summit in May, and Togo followed in June.\n\nNiger's regulator "
        "later blocked Kick.",
        # "it" is no person: the nearest subject is Togo's president, so it is left open
        "Ghana blocked Kick on Monday, and Togo blocked it in March. Togo's president hailed the step. It follows "
        "Niger, which blocked the site last year.",
        # joining others in a matter that is no measure
        "Niger blocked Kick last year. Ghana blocked Kick on Monday. It joined Niger in the regional trade case "
        "last year.",
    ):
        _, follows = run(text, ents)
        assert follows == [], text


def test_following_suit_after_a_lifting_or_by_another_step_is_no_follow():
    ents = [("Ghana", J), ("Togo", J), ("Niger", J), ("Benin", J), ("Kick", P), ("Snapchat", P)]
    for text in (
        "Ghana blocked Kick last year. Togo lifted its own Kick ban in May, and Benin and Niger followed suit.",
        "Ghana blocked Kick in May, and Togo and Niger followed suit by lifting their own curbs on Snapchat.",
    ):
        bans, follows = run(text, ents)
        assert follows == [], text
        assert not [b for b in bans if b.imposed_by in (entity_id(J, "Benin"), entity_id(J, "Niger"))], text
    _, follows = run("Ghana blocked Kick in May, and Togo and Niger followed suit by blocking the site.", ents)
    assert pairs(follows) == {("togo", "ghana"), ("niger", "ghana")}


def test_in_step_with_and_on_the_heels_of():
    _, follows = run(
        "The European Parliament acted in step with the Council of the European Union and barred Threads from staff devices.",
        [("European Parliament", ORG), ("Council of the European Union", ORG), ("Threads", P)],
    )
    assert pairs(follows) == {("european-parliament", "council-of-the-european-union")}


def test_nobody_follows_itself_and_pronouns_are_not_followers():
    _, follows = run(
        "Peru blocked Kick nationwide. Its move follows the ban in May on Kick, which Peru blocked earlier. "
        "Whether they should follow Peru's lead is unclear.",
        [("Peru", J), ("Kick", P)],
    )
    assert follows == []


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="AnnotatedDoc"):
        extract_follows(None, [])  # type: ignore[arg-type]


def test_move_comes_after_others_acted():
    _, follows = run(
        "Spain barred Temu from official phones on Friday. "
        "The move comes after Portugal and Italy removed the app from government devices.",
        [("Spain", J), ("Portugal", J), ("Italy", J), ("Temu", P)],
    )
    assert pairs(follows) == {("spain", "portugal"), ("spain", "italy")}


def test_first_after_and_in_line_with_steps_taken_by():
    _, follows = run(
        "Chile became the first country in the region to block Kick after Peru's attempt to restrict the site in 2022. "
        "Bolivia banned Kick on official phones on Monday. "
        "The ban is in line with steps taken by Ecuador, which restricted Kick in March.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Ecuador", J), ("Kick", P)],
    )
    assert ("chile", "peru") in pairs(follows)
    assert ("bolivia", "ecuador") in pairs(follows) or ("chile", "ecuador") in pairs(follows)


def test_following_a_review_or_coming_after_a_debate_is_not_a_follow():
    _, follows = run(
        "Malta banned Temu on government phones following a security review by the Malta Information Agency. "
        "The decision came after weeks of debate in the Maltese Parliament. Other countries may follow Malta.",
        [("Malta", J), ("Temu", P), ("Malta Information Agency", ORG), ("Maltese Parliament", ORG)],
    )
    assert follows == []


def test_in_line_with_unnamed_partners_named_in_the_next_sentence():
    _, follows = run(
        "Sweden banned Telegram on official phones on Monday. "
        "The decision brings Sweden in line with its Nordic partners. "
        "Norway and Finland have both banned the app from work phones.",
        [("Sweden", J), ("Norway", J), ("Finland", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("sweden", "norway"), ("sweden", "finland")}


def test_a_singular_peer_noun_names_nobody():
    _, follows = run(
        "Sweden banned Telegram on official phones on Monday, in line with its government policy. "
        "Norway banned the app in May.",
        [("Sweden", J), ("Norway", J), ("Telegram", P)],
    )
    assert follows == []


def test_an_executive_order_following_similar_moves():
    _, follows = run(
        "Governor Ann Reed of Ohio on Monday signed an executive order banning Telegram from state phones. "
        "The order follows similar moves by Iowa and Utah.",
        [("Ohio", J), ("Iowa", J), ("Utah", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("ohio", "iowa"), ("ohio", "utah")}


def test_the_latest_country_to_ban_after_another():
    _, follows = run(
        "Chad blocked Telegram nationwide on Sunday. "
        "Chad is the latest country to target Telegram after Mali suspended the app earlier this month.",
        [("Chad", J), ("Mali", J), ("Telegram", P)],
    )
    assert ("chad", "mali") in pairs(follows)


def test_joins_a_state_parsed_as_attribute():
    _, follows = run(
        "Ohio banned DeepSeek on state devices on Monday. Ohio joins Texas, which banned DeepSeek last month.",
        [("Ohio", J), ("Texas", J), ("DeepSeek", P)],
        published="2025-02-11",
    )
    assert ("ohio", "texas") in pairs(follows)


def test_coming_after_someone_spoke_is_no_follow():
    _, follows = run(
        "The Telecom Regulatory Authority of Chad blocked Instagram on Friday. Chad blocked Roblox in 2023. "
        "The block came two days after Ali Issa, the presidential spokesman, accused Instagram of censorship.",
        [
            ("Telecom Regulatory Authority of Chad", ORG),
            ("Chad", J),
            ("Ali Issa", "Person"),
            ("Instagram", P),
            ("Roblox", P),
        ],
        published="2024-08-02",
    )
    assert not follows


def test_similar_moves_by_governors_named_on_the_verb():
    _, follows = run(
        "Georgia banned TikTok on state devices on Thursday. The order follows similar moves this month by the "
        "governors of Alabama, Texas and South Carolina, who all banned TikTok on state devices.",
        [("Georgia", J), ("Alabama", J), ("Texas", J), ("South Carolina", J), ("TikTok", P)],
        published="2022-12-16",
    )
    assert pairs(follows) == {("georgia", "alabama"), ("georgia", "texas"), ("georgia", "south-carolina")}


def test_following_the_storys_own_order_is_no_follow():
    _, follows = run(
        "A court in Chad ordered a ban on TikTok on Wednesday.\n\n"
        "Following the order, the ministry of Chad asked Google to remove the app.\n\n"
        "Last year, Mali briefly blocked TikTok.",
        [("Chad", J), ("Mali", J), ("TikTok", P), ("Google", ORG)],
        published="2019-04-04",
    )
    assert not follows


def test_the_example_of_several_neighbours_named_next():
    _, follows = run(
        "Chad has restricted access to TikTok nationwide, the government said on Thursday. The move follows the example of several "
        "neighbours. Mali briefly restricted access to TikTok in 2021.",
        [("Chad", J), ("Mali", J), ("TikTok", P)],
        published="2024-04-11",
    )
    assert ("chad", "mali") in pairs(follows)


def test_their_ban_followed_the_example_is_the_storys_own_ban():
    _, follows = run(
        "Chile has ordered a ban on Snapchat, officials said on Thursday. "
        "Peru suspended Snapchat nationwide in July 2020, and Bolivia banned Snapchat across the country in "
        "September 2020. "
        "Officials said their ban followed the example of Bolivia.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Snapchat", P)],
        published="2022-04-22",
    )
    assert ("chile", "bolivia") in pairs(follows)


def test_a_second_country_hung_on_the_cue_verb_is_followed_too():
    _, follows = run(
        "Ohio banned Kimi on state devices on Monday. Ohio joins Iowa, which banned Kimi on state devices late "
        "last month, and Utah, where Gov. Ann Lee issued a similar order on Tuesday.",
        [("Ohio", J), ("Iowa", J), ("Utah", J), ("Ann Lee", "Person"), ("Kimi", P)],
        published="2025-02-12",
    )
    assert {("ohio", "iowa"), ("ohio", "utah")} <= pairs(follows)


def test_bodies_that_followed_within_days_follow_the_ban_told_before_and_ban_too():
    bans, follows = run(
        "The Commission ordered its staff in February to remove Kick from their corporate phones, and the European "
        "Parliament and the European Council followed within days.",
        [("Commission", ORG), ("European Parliament", ORG), ("European Council", ORG), ("Kick", P)],
        published="2023-05-20",
    )
    assert pairs(follows) == {("european-parliament", "commission"), ("european-council", "commission")}
    by = {b.imposed_by: b for b in bans}
    for body in ("European Parliament", "European Council"):
        assert by[entity_id(ORG, body)].targets == [entity_id(P, "Kick")]
        assert by[entity_id(ORG, body)].announced == "2023-02"  # "within days" of February


def test_the_example_of_neighbours_names_those_told_banning_next_even_other_things():
    _, follows = run(
        "Peru banned Kick on Thursday. The move follows the example of several neighbours that have tightened "
        "control over the internet. Chile has blocked a number of websites and social networks in recent years, and "
        "Bolivia briefly restricted access to Kick in 2021.",
        [("Peru", J), ("Chile", J), ("Bolivia", J), ("Kick", P)],
        published="2024-04-12",
    )
    assert pairs(follows) == {("peru", "chile"), ("peru", "bolivia")}


def test_a_follow_under_a_modal_or_a_wish_did_not_happen():
    _, follows = run(
        'The Chilean Senate has banned Viber from all staff devices. "We look forward to ensuring members of the '
        'Senate can join their Peruvian counterparts in using Viber officially," a Viber spokesman said. '
        "Bolivia could follow Peru in banning the app.",
        [("Chilean Senate", ORG), ("Peru", J), ("Bolivia", J), ("Viber", P)],
    )
    assert follows == []


def test_the_regulators_order_follows_is_the_regulators_follow():
    _, follows = run(
        "Chad orders Viber blocked before the vote\n\n"
        "The Chad Communications Commission on Tuesday ordered internet providers to block access to Viber. "
        "Chad's president said the government had acted against Viber. "
        "The regulator's order follows a similar move in neighbouring Niger, where access to Viber has been "
        "restricted since the October election.",
        [("Chad Communications Commission", ORG), ("Chad", J), ("Niger", J), ("Viber", P)],
        published="2021-01-13",
    )
    assert pairs(follows) == {("chad-communications-commission", "niger")}


def test_joining_a_list_taking_a_cue_and_the_latest_after_others_did_so():
    _, follows = run(
        "Chile banned Kick on Monday, joining a growing list of countries including Peru and Bolivia that have "
        "restricted the app.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)],
    )
    assert pairs(follows) == {("chile", "peru"), ("chile", "bolivia")}
    _, follows = run(
        "Chile banned Kick on Monday, taking a cue from Peru, which banned the app in March.",
        [("Chile", J), ("Peru", J), ("Kick", P)],
    )
    assert pairs(follows) == {("chile", "peru")}
    bans, follows = run(
        "Chile became the latest country to ban Kick, after Peru and Bolivia did so last year.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)],
    )
    assert pairs(follows) == {("chile", "peru"), ("chile", "bolivia")}
    assert {b.imposed_by.split("/")[1]: b.announced for b in bans}["peru"] == "2023"


def test_expected_to_follow_is_no_follow():
    _, follows = run(
        "Chile banned Kick on Monday. Peru is expected to follow Chile's lead.",
        [("Chile", J), ("Peru", J), ("Kick", P)],
    )
    assert follows == []


def test_into_line_with_is_in_line_with():
    for text in (
        "Australia will remove Hikvision cameras from its defence sites. The decision brings Australia into line "
        "with Britain and the United States.",
        "Australia removed Hikvision cameras from defence sites on Thursday, falling into line with Britain.",
    ):
        _, follows = run(text, [("Australia", J), ("Britain", J), ("United States", J), ("Hikvision", P)])
        assert ("australia", "britain") in pairs(follows), text
    _, follows = run(
        "Australia removed Hikvision cameras from defence sites to bring its practice into line with the "
        "Protective Security Policy Framework.",
        [("Australia", J), ("Protective Security Policy Framework", "Law"), ("Hikvision", P)],
    )
    assert follows == []  # a rule brought into line with is no leader


def test_joining_them_follows_the_imposers_told_just_before():
    _, follows = run(
        "The picture in the region is mixed. Ohio moved first: on March 3 it banned Zapster from state phones.\n\n"
        "Utah did the same a week later, barring Zapster from state devices. Idaho became the latest to join them on "
        "Friday, when its governor barred Zapster from state devices.",
        [("Ohio", J), ("Utah", J), ("Idaho", J), ("Zapster", P)],
    )
    assert {("idaho", "ohio"), ("idaho", "utah")} <= pairs(follows)


def test_joining_them_needs_a_ban_told_before():
    _, follows = run(
        "Idaho barred Zapster from state devices on Friday. Lawmakers said other states should join them.",
        [("Idaho", J), ("Zapster", P)],
    )
    assert pairs(follows) == set()


def test_negotiating_to_join_a_union_is_no_follow():
    _, follows = run(
        "Ruritania will block Zapster for a year. Ruritania is negotiating to join the European Union, and the block "
        "sits uneasily with the bloc's emphasis on media freedom.",
        [("Ruritania", J), ("European Union", ORG), ("Zapster", P)],
    )
    assert pairs(follows) == set()


def test_banning_after_another_did_the_same_follows_it():
    _, follows = run(
        "Ruritania banned Zapster from civil servants' phones, weeks after Freedonia did the same.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "freedonia")}


def test_banning_after_another_event_is_no_follow():
    _, follows = run(
        "Ruritania banned Zapster from civil servants' phones, weeks after Freedonia held elections.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == set()


def test_following_in_the_footsteps_of_another():
    _, follows = run(
        "Following in the footsteps of Freedonia, Ruritania has banned Zapster on government phones.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "freedonia")}


def test_coordinated_subjects_each_follow():
    _, follows = run(
        "Ruritania and Freedonia have also banned Zapster on government devices, in line with Sylvania.",
        [("Ruritania", J), ("Freedonia", J), ("Sylvania", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "sylvania"), ("freedonia", "sylvania")}


def test_the_latest_country_to_do_so_after_others_follows_them():
    bans, follows = run(
        "Ruritania will ban Zapster from government devices by the end of the month, the latest country to do so "
        "after Freedonia and Sylvania.",
        [("Ruritania", J), ("Freedonia", J), ("Sylvania", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "sylvania")}
    assert [(b.imposed_by, b.scope) for b in bans] == [(entity_id(J, "Ruritania"), "government_devices")]


def test_the_third_state_to_ban_after_two_others_follows_them():
    _, follows = run(
        "Ruritania on Friday became the third Northern state to ban Zapster from official phones, after Freedonia "
        "and Sylvania.",
        [("Ruritania", J), ("Freedonia", J), ("Sylvania", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "sylvania")}


def test_the_first_state_to_ban_follows_nobody():
    _, follows = run(
        "Ruritania on Friday became the first state to ban Zapster from official phones, after Freedonia warned "
        "about the app.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == set()


def test_followed_in_a_month_is_a_ban_like_the_one_before_and_a_follow():
    bans, follows = run(
        "Freedonia banned Zapster nationwide in 2020. Ruritania followed in November 2023.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
        published="2024-09-01",
    )
    assert pairs(follows) == {("ruritania", "freedonia")}
    assert next(b for b in bans if b.imposed_by == entity_id(J, "Ruritania")).announced == "2023-11"


def test_a_follow_told_as_an_open_question_did_not_happen():
    _, follows = run(
        "Peru suspended Viber on Monday. It is unclear whether Bolivia will follow Peru in suspending Viber.",
        [("Peru", J), ("Bolivia", J), ("Viber", P)],
    )
    assert follows == []


def test_a_list_of_followed_countries_each_with_its_own_relative_clause():
    # the parser hangs the second country as an apposition of the first
    _, follows = run(
        "Italy has banned TikTok on official phones. With the measure, Italy follows the United Kingdom, which "
        "banned TikTok on government phones last week, Belgium, which suspended the app on federal devices "
        "earlier this month, and the European Commission, which ordered staff to remove it in February.",
        [("Italy", J), ("United Kingdom", J), ("Belgium", J), ("European Commission", ORG), ("TikTok", P)],
    )
    assert pairs(follows) == {("italy", "united-kingdom"), ("italy", "belgium"), ("italy", "european-commission")}


def test_a_followed_name_hung_on_the_relative_clause_verb_before_it():
    # the parser hangs the European Commission as a conjunct of "ordered"
    _, follows = run(
        "The Austrian government advised civil servants not to install TikTok on Tuesday. With the advice, Austria "
        "follows Norway, whose Ministry of Defence ordered its employees and members of the armed forces to remove "
        "TikTok from work phones earlier this month, and the European Commission, which barred the app from staff "
        "devices in February.",
        [("Austria", J, ["Austrian"]), ("Norway", J), ("European Commission", ORG), ("TikTok", P)],
    )
    assert pairs(follows) == {("austria", "norway"), ("austria", "european-commission")}


def test_the_story_imposer_told_again_by_what_it_is_follows():
    _, follows = run(
        "Lisbon barred its staff from using Temu on city phones. "
        "The city also followed the lead of Porto, where the mayor ordered the app off municipal devices in May.",
        [("Lisbon", J), ("Porto", J), ("Temu", P)],
    )
    assert ("lisbon", "porto") in pairs(follows)


def test_a_generic_noun_of_another_kind_is_no_follower():
    _, follows = run(
        "Lisbon barred its staff from using Temu on city phones. "
        "The company also followed the lead of Porto, where the mayor ordered the app off municipal devices in May.",
        [("Lisbon", J), ("Porto", J), ("Temu", P)],
    )
    assert ("lisbon", "porto") not in pairs(follows)


def test_follows_names_the_parser_hung_under_a_torn_object():
    # parsed as "follows [Denmark ... gear]" with "gear" a clause and Estonia its conjunct
    _, follows = run(
        "Belgium barred Huawei from its core networks on Monday. With the move, Belgium follows Denmark, whose "
        "cyber agency CFCS barred Huawei and ZTE gear from new 5G networks in May 2021, and Estonia, which in "
        "March 2022 ordered operators to remove Huawei from their 5G networks by 2025.",
        [("Belgium", J), ("Denmark", J), ("Estonia", J), ("CFCS", ORG), ("Huawei", ORG), ("ZTE", ORG)],
    )
    assert pairs(follows) == {("belgium", "denmark"), ("belgium", "estonia")}


def test_follows_a_name_with_its_own_relative_clause_after_a_torn_object():
    # parsed with "gear" a clause of the verb and Norway hung on the verb as "dep"
    _, follows = run(
        "Austria barred Huawei from its core networks on Monday. With the ruling, Austria follows Canada, whose "
        "telecoms regulator ISED barred Huawei and ZTE gear from new 5G networks in May 2022, and Norway, which in "
        "July 2021 told operators to remove Huawei from their 5G networks by 2026.",
        [("Austria", J), ("Canada", J), ("Norway", J), ("ISED", ORG), ("Huawei", ORG), ("ZTE", ORG)],
    )
    assert ("austria", "norway") in pairs(follows)


def test_unnamed_others_following_suit_are_the_ones_named_next():
    _, follows = run(
        "Halvorsen Bank has barred its employees from using Gemini, the lender said on Monday.\n\n"
        "Other lenders have since followed suit. Northwind Bank and Castell Bank have also limited staff access "
        "to Gemini, according to a person briefed on the decisions.",
        [("Halvorsen Bank", ORG), ("Northwind Bank", ORG), ("Castell Bank", ORG), ("Gemini", P)],
    )
    assert pairs(follows) == {("northwind-bank", "halvorsen-bank"), ("castell-bank", "halvorsen-bank")}


def test_others_following_suit_with_nobody_named_next_is_no_follow():
    _, follows = run(
        "Halvorsen Bank has barred its employees from using Gemini, the lender said on Monday. "
        "Other lenders have since followed suit. Regulators have not commented.",
        [("Halvorsen Bank", ORG), ("Gemini", P)],
    )
    assert follows == []


def test_joining_both_follows_the_two_told_before():
    _, follows = run(
        "Halvorsen Bank barred its staff from using Gemini in March, and Castell Bank blocked the chatbot from its "
        "corporate laptops in April. Northwind Bank barred employees from using Gemini on Monday. Northwind Bank "
        "joins both in treating the tool as a leak risk.",
        [("Halvorsen Bank", ORG), ("Northwind Bank", ORG), ("Castell Bank", ORG), ("Gemini", P)],
    )
    assert pairs(follows) == {("northwind-bank", "halvorsen-bank"), ("northwind-bank", "castell-bank")}


def _facts(text, published):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    facts = extract_one(Document(id="t", text=text, published=published))
    name = {e.id: e.name for e in facts.entities}
    bans = {(name[b.imposed_by], b.scope) for b in facts.bans}
    return bans, {(name[f.follower], name[f.followed]) for f in facts.follows}


GARANTE = "Garante per la Protezione dei Dati Personali"


def test_following_a_country_whose_regulator_banned_keeps_the_regulators_ban_apart():
    bans, follows = _facts(
        "Chile on Monday barred WeChat from all government phones, following Peru, which barred public agencies "
        "from using it last week, and Italy, whose data protection regulator ordered the app blocked on 3 March.",
        "2025-03-12",
    )
    assert (GARANTE, "nationwide") in bans  # the regulator's own ban keeps its own reach
    assert ("Chile", "government_devices") in bans
    assert follows == {("Chile", "Peru"), ("Chile", "Italy")}  # the country named, as the text names it


def test_a_relative_clause_torn_off_by_the_parser_keeps_its_whose_subject():
    bans, follows = _facts(
        "Chile barred government agencies from using WeChat on Monday.\n\n"
        "Chile joins Italy, whose data protection authority, the Garante, ordered WeChat blocked in the country "
        "last Thursday after the company failed to answer its questions.",
        "2025-03-12",
    )
    assert bans == {("Chile", "government_devices"), (GARANTE, "nationwide")}
    assert follows == {("Chile", GARANTE)}  # the body the text names


def test_following_with_a_ban_of_ones_own_is_a_follow_and_a_ban():
    bans, follows = run(
        "Ohio became the first state last month, when its governor ordered Zapster, along with the messaging app "
        "Yappa, removed from state-issued phones. Utah followed on Monday with a ban covering state devices.",
        [("Ohio", J), ("Utah", J), ("Zapster", P), ("Yappa", P)],
        published="2025-02-12",
    )
    by_imposer = {b.imposed_by.split("/")[1]: b for b in bans}
    assert set(by_imposer["ohio"].targets) == {entity_id(P, "Zapster"), entity_id(P, "Yappa")}
    assert by_imposer["utah"].scope == "government_devices"
    assert by_imposer["utah"].announced == "2025-02-10"
    assert pairs(follows) == {("utah", "ohio")}


def test_following_with_something_other_than_a_ban_is_no_intransitive_follow():
    _, follows = run(
        "Ohio removed Zapster from state phones on Monday. Utah followed with a statement praising the decision.",
        [("Ohio", J), ("Utah", J), ("Zapster", P)],
        published="2025-02-12",
    )
    assert follows == []


def test_the_latest_state_to_act_follows_the_ones_the_paragraph_tells_next():
    _, follows = run(
        "Nevada banned Temu on state-issued phones on Tuesday. "
        "Nevada is the latest state to take such a step. Arizona barred Temu from state devices in May, "
        "and Oregon banned the app on state phones in June.",
        [("Nevada", J), ("Arizona", J), ("Oregon", J), ("Temu", P)],
    )
    assert {("nevada", "arizona"), ("nevada", "oregon")} <= pairs(follows)


def test_the_latest_state_with_no_bans_told_next_follows_nobody():
    _, follows = run(
        "Nevada barred Temu from state devices on Tuesday. Nevada is the latest state to take such a step. "
        "Arizona lawmakers debated the app in May.",
        [("Nevada", J), ("Arizona", J), ("Temu", P)],
    )
    assert pairs(follows) == set()


def test_after_a_regulator_told_by_description_follows_that_regulator():
    _, follows = run(
        "Spain's privacy watchdog, the Spanish Data Protection Agency, blocked Replika on Monday. "
        "Chile banned Replika on Wednesday, becoming the latest country to act against the chatbot "
        "two days after Spain's privacy watchdog ordered it blocked.",
        [("Spanish Data Protection Agency", ORG), ("Spain", J), ("Chile", J), ("Replika", P)],
    )
    assert ("chile", "spanish-data-protection-agency") in pairs(follows)
    assert ("chile", "spain") not in pairs(follows)


def test_after_a_regulator_spoke_is_no_follow():
    _, follows = run(
        "Spain's privacy watchdog, the Spanish Data Protection Agency, opened an inquiry into Replika. "
        "Chile banned Replika on Wednesday, two days after Spain's privacy watchdog criticised the app.",
        [("Spanish Data Protection Agency", ORG), ("Spain", J), ("Chile", J), ("Replika", P)],
    )
    assert pairs(follows) == set()


def test_signing_an_order_that_bars_after_another_did_the_same():
    _, follows = run(
        "Idaho Governor Brad Little signed an executive order on Friday banning Temu from state devices, "
        "after Montana Governor Greg Gianforte did the same in March.",
        [("Idaho", J), ("Brad Little", "Person"), ("Montana", J), ("Greg Gianforte", "Person"), ("Temu", P)],
    )
    assert ("idaho", "montana") in pairs(follows)


def test_signing_an_order_after_another_spoke_is_no_follow():
    _, follows = run(
        "Idaho Governor Brad Little signed an executive order on Friday banning Temu from state devices, "
        "after Montana Governor Greg Gianforte criticised the app in March.",
        [("Idaho", J), ("Brad Little", "Person"), ("Montana", J), ("Greg Gianforte", "Person"), ("Temu", P)],
    )
    assert pairs(follows) == set()


def test_mirroring_orders_issued_by_several_governors():
    bans, follows = run(
        "Ohio banned Temu on state phones in March, mirroring orders issued a month earlier by the governors of "
        "Idaho and Utah.",
        [("Ohio", J), ("Idaho", J), ("Utah", J), ("Temu", P)],
    )
    assert pairs(follows) == {("ohio", "idaho"), ("ohio", "utah")}
    # the mirrored orders are bans of their own, one per governor's state
    assert {b.imposed_by for b in bans} == {entity_id(J, n) for n in ("Ohio", "Idaho", "Utah")}


def test_mirroring_the_approach_of_another():
    _, follows = run(
        "Norway barred Temu from ministry laptops on Monday, mirroring the approach taken by Sweden in May.",
        [("Norway", J), ("Sweden", J), ("Temu", P)],
    )
    assert pairs(follows) == {("norway", "sweden")}


def test_acting_after_another_did_the_same():
    _, follows = run(
        "Sweden barred agencies from using Kick at the end of January.\n\n"
        "Norway acted days after Sweden did the same. On February 4 the secretary of the Department of Digital "
        "Affairs, Ola Berg, issued a mandatory direction requiring all federal agencies to remove Kick products "
        "from government systems and devices.",
        [("Norway", J), ("Sweden", J), ("Kick", P), ("Ola Berg", "Person"), ("Department of Digital Affairs", ORG)],
        published="2025-02-18",
    )
    assert pairs(follows) == {("norway", "sweden")}


def test_followed_suit_opening_a_paragraph_follows_the_ban_the_paragraphs_before_are_about():
    text = (
        "Ghana's communications ministry said on Monday it had blocked Kick nationwide, in line with the African"
        " Union, which had told its own staff to avoid the platform in May.\n\n"
        '"We cannot allow this," the minister said. "Our children deserve better."\n\n'
        "Togo followed suit on Thursday, blocking the platform as well."
    )
    _, follows = run(text, [("Ghana", J), ("African Union", ORG), ("Togo", J), ("Kick", P)])
    assert ("togo", "ghana") in pairs(follows), pairs(follows)
    assert ("togo", "african-union") not in pairs(follows)


def test_followed_suit_far_from_any_ban_names_no_leader():
    text = (
        "Ghana blocked Kick nationwide in March.\n\n"
        "The platform has millions of users.\n\nIt is popular.\n\nIts owner is private.\n\n"
        "Togo followed suit on Thursday, blocking the platform as well."
    )
    _, follows = run(text, [("Ghana", J), ("Togo", J), ("Kick", P)])
    assert not any(f.follower.endswith("togo") for f in follows), pairs(follows)


def test_echoes_a_crackdown_or_a_decision_by_another():
    for text in (
        "Peru blocked Zapster nationwide on Monday. Lima's move echoes Chile's crackdown on the app in March.",
        "Peru blocked Zapster nationwide on Monday. The decision echoes a decision by Chile, which barred the app "
        "in March.",
    ):
        _, follows = run(text, [("Peru", J, ["Lima"]), ("Chile", J), ("Zapster", P)])
        assert pairs(follows) == {("peru", "chile")}, text
    _, follows = run(
        "Peru blocked Zapster nationwide on Monday. The minister's remarks echoed concerns raised by Chile.",
        [("Peru", J), ("Chile", J), ("Zapster", P)],
    )
    assert follows == []  # echoing concerns is no follow


def test_after_clause_hung_on_the_date_phrase():
    _, follows = run(
        "Peru blocked Zapster on government computers on March 5 and 6, a day after Chile did so.",
        [("Peru", J), ("Chile", J), ("Zapster", P)],
    )
    assert ("peru", "chile") in pairs(follows)


def test_brings_its_object_into_line_with_restrictions_another_imposed():
    _, follows = run(
        "Peru barred Zapster cameras from government buildings on Monday. The minister's order brings Peru into "
        "line with restrictions Chile imposed two years ago.",
        [("Peru", J), ("Chile", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("peru", "chile")}


def test_two_bodies_of_one_government_stay_named():
    _, follows = run(
        "The Peruvian Navy barred its sailors from using Zapster on Friday. The Peruvian Space Agency has "
        "barred its employees from using Zapster on work devices, joining the Peruvian Navy in moving against "
        "the app.",
        [("Peru", J), ("Peruvian Navy", ORG), ("Peruvian Space Agency", ORG), ("Zapster", P)],
    )
    assert ("peruvian-space-agency", "peruvian-navy") in pairs(follows)


def test_a_headlines_first_subject_parsed_as_an_object_is_not_followed():
    # "A, B join ...": in a full story the parser makes the first place an object ahead of the verb
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Alabama, Utah join growing list of states pulling Threema from government phones\n\n"
        "By Jane Roe, Capitol Desk\n\n"
        "MONTGOMERY - Alabama and Utah on Monday became the latest states to bar Threema from state-issued devices,"
        " joining Ohio and Iowa in a wave of restrictions on the app."
    )
    facts = extract_one(Document(id="h", text=text, published="2022-12-13"))
    found = {(f.follower.split("/")[1], f.followed.split("/")[1]) for f in facts.follows}
    assert ("alabama", "ohio") in found
    assert ("utah", "alabama") not in found


def test_it_in_a_reported_clause_is_the_one_who_reports():
    _, follows = run(
        "The Riksdag said on Tuesday that Telegram would no longer be permitted on Riksdag-issued devices, and the "
        "Finnish government confirmed on Wednesday that it, too, would remove the app from its official phones, "
        "following Norway's approach.",
        [("Riksdag", ORG), ("Finland", J, ["Finnish government"]), ("Norway", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("finland", "norway")}


def test_joining_hung_on_a_subordinate_clause_follows_the_main_subject():
    # the parser hangs "joining" on the "until" clause, whose subject ("the risks") is no actor
    _, follows = run(
        'Peru tells ministries to hold off on WeChat "until the risks are assessed", joining Chile and Bolivia. '
        "Chile barred WeChat from official phones in May, and Bolivia did the same in June.",
        [("Peru", J), ("Chile", J), ("Bolivia", J), ("WeChat", P)],
    )
    assert pairs(follows) == {("peru", "chile"), ("peru", "bolivia")}


def test_followed_with_no_object_follows_the_ban_told_before_not_the_one_after():
    _, follows = run(
        "Chile barred Telegram from ministry phones in January. "
        "Peru followed in early March, and Bolivia removed the app from official handsets a week later.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Telegram", P)],
    )
    assert ("peru", "chile") in pairs(follows)
    assert ("peru", "bolivia") not in pairs(follows)


def test_followed_with_no_object_in_a_story_s_first_sentence_does_not_follow_the_ban_told_after_it():
    _, follows = run(
        "Peru followed in early March, and Bolivia removed Telegram from official handsets a week later. "
        "Chile had barred the app from ministry phones in January.",
        [("Peru", J), ("Bolivia", J), ("Chile", J), ("Telegram", P)],
    )
    assert ("peru", "bolivia") not in pairs(follows)


def test_following_a_string_of_similar_bans_follows_the_bans_told_next():
    _, follows = run(
        "Peru banned Telegram on ministry phones on Monday. The Peruvian move follows a string of similar bans. "
        "Chile ordered Telegram off state phones in January, and Bolivia did the same in February. "
        "Ecuador barred the app from official devices in March.",
        [("Peru", J), ("Chile", J), ("Bolivia", J), ("Ecuador", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("peru", "chile"), ("peru", "bolivia"), ("peru", "ecuador")}


def test_a_court_that_upheld_the_measure_is_no_leader():
    _, follows = run(
        "Latvia's media regulator, the NEPLP, started restricting Odnoklassniki on Tuesday. The restriction follows a "
        "decision on Friday by the Riga City Court, which turned down the network's challenge to the order.",
        [("NEPLP", ORG), ("Riga City Court", ORG), ("Odnoklassniki", P), ("Latvia", J)],
        published="2024-04-10",
    )
    assert not follows


def test_an_after_clause_coordinated_with_another_names_both_leaders():
    _, follows = run(
        "Chile is the latest government to restrict the app, after the Peruvian government ordered Kick blocked in "
        "that country on March 4 and Bolivia barred its civil servants from using it last Friday.",
        [("Chile", J), ("Peru", J, ["Peruvian government"]), ("Bolivia", J), ("Kick", P)],
    )
    assert pairs(follows) == {("chile", "peru"), ("chile", "bolivia")}


def test_names_after_as_well_as_hung_on_a_relative_clause_are_followed():
    _, follows = run(
        "Portugal will bar Kick from official phones. With the decision, Portugal joins Spain, which ordered Kick "
        "off staff phones in February, as well as Greece and Malta, which took similar steps in March.",
        [("Portugal", J), ("Spain", J), ("Greece", J), ("Malta", J), ("Kick", P)],
    )
    assert {("portugal", "spain"), ("portugal", "greece"), ("portugal", "malta")} <= pairs(follows)


def test_joined_it_follows_the_subject_of_the_clause_before():
    _, follows = run(
        "In Scotland, the Scottish Government said on Friday that it would ban Kick from its phones, and the Scottish "
        "Parliament joined it, barring Kick from all phones issued to its members.",
        [("Scotland", J, ["Scottish Government"]), ("Scottish Parliament", ORG), ("Kick", P)],
    )
    assert pairs(follows) == {("scottish-parliament", "scotland")}


def test_a_regulator_told_by_its_country_follows_as_itself():
    _, follows = run(
        "The Norwegian Communications Authority barred Kick from the 5G networks in October. Norway's regulator was "
        "following Denmark's lead: in July the Danish government ordered operators to strip Kick out.",
        [("Norwegian Communications Authority", ORG), ("Norway", J), ("Denmark", J), ("Kick", P)],
    )
    assert ("norwegian-communications-authority", "denmark") in pairs(follows)


def test_the_eu_followed_is_the_institution_whose_ban_the_story_tells():
    _, follows = run(
        "Norway drops Kick from state phones, following EU and Japan. Norway banned Kick on Monday, following "
        "similar moves by the European Commission and Japan. The European Commission ordered staff to delete Kick "
        "last month.",
        [
            ("Norway", J),
            ("Japan", J),
            ("European Union", ORG, ["EU"]),
            ("European Commission", ORG),
            ("Kick", P),
        ],
    )
    assert pairs(follows) == {("norway", "european-commission"), ("norway", "japan")}


def test_the_eu_followed_alone_stays_the_eu():
    _, follows = run(
        "Norway banned Kick from state phones on Monday, following the EU. The European Commission ordered staff to "
        "delete Kick last month.",
        [("Norway", J), ("European Union", ORG, ["EU"]), ("European Commission", ORG), ("Kick", P)],
    )
    assert pairs(follows) == {("norway", "european-union")}


def test_a_directive_in_line_with_measures_taken_by_another():
    _, follows = run(
        "Norway's security ministry on Monday directed all agencies to remove Kick from state phones. The Kick "
        "direction is in line with measures taken by Sweden, which ordered its agencies to drop the app in 2022, and "
        "has barred its sale since 2024.",
        [("Norway", J), ("Sweden", J), ("Kick", P)],
    )
    assert ("norway", "sweden") in pairs(follows)


def test_federal_action_or_lead_is_the_country_of_the_following_state():
    for text in (
        "Governor Jim Hale of Ohio on Friday ordered state agencies to remove Kick from state devices. The order is in "
        "line with recent federal action. In March the United States barred Kick from federal devices.",
        "The United States barred Kick from federal devices in March. Ohio followed the federal lead on Friday, "
        "banning Kick from state devices.",
    ):
        _, follows = run(text, [("Ohio", J), ("United States", J), ("Jim Hale", P), ("Kick", P)])
        assert ("ohio", "united-states") in pairs(follows), text


def test_making_a_country_the_latest_after_others():
    _, follows = run(
        "Chile's digital ministry has barred government staff from using Kick, making Chile the latest government to "
        "restrict the app after Peru and Bolivia.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)],
    )
    assert {("chile", "peru"), ("chile", "bolivia")} <= pairs(follows)


def test_decisions_by_one_and_by_another_each_with_a_relative_clause():
    _, follows = run(
        "Norway banned Kick from state phones on Monday. The agency's move follows decisions by the European "
        "Commission, which on May 2 ordered its staff to remove Kick from work phones, and by the European Parliament, "
        "which announced a similar restriction for its staff on May 9.",
        [("Norway", J), ("European Commission", ORG), ("European Parliament", ORG), ("Kick", P)],
    )
    assert {("norway", "european-commission"), ("norway", "european-parliament")} <= pairs(follows)


def test_the_union_institutions_followed_are_those_told_banning_next():
    _, follows = run(
        "Norway banned Kick from state phones on Monday. Norway's decision follows in the footsteps of the main EU "
        "institutions. The European Commission told its staff to remove Kick in May, and the European Parliament "
        "adopted similar rules days later.",
        [
            ("Norway", J),
            ("European Union", ORG, ["EU"]),
            ("European Commission", ORG),
            ("European Parliament", ORG),
            ("Kick", P),
        ],
    )
    assert pairs(follows) == {("norway", "european-commission"), ("norway", "european-parliament")}


def test_a_second_joined_actor_named_by_a_noun_with_its_own_relative_clause():
    _, follows = run(
        "With this order South Dakota joins Nebraska, where then-Gov. Jim Hale pulled Kick off state devices in early "
        "2020, and the U.S. military, whose branches barred the app from government-issued phones in December 2019.",
        [("South Dakota", J), ("Nebraska", J), ("United States", J, ["U.S."]), ("Jim Hale", "Person"), ("Kick", P)],
    )
    assert {("south-dakota", "nebraska"), ("south-dakota", "united-states")} <= pairs(follows)


def test_followed_suit_after_a_subhead_follows_the_leader_not_those_it_followed():
    _, follows = run(
        "Chile banned Kick from government phones on Monday, and it follows Peru, which barred the app in May.\n\n"
        "Regions pile on\n\n"
        "Valparaiso followed suit within hours.",
        [("Chile", J), ("Peru", J), ("Valparaiso", J), ("Kick", P)],
    )
    assert ("valparaiso", "chile") in pairs(follows)
    assert ("valparaiso", "peru") not in pairs(follows)


def test_a_guessed_leader_that_is_one_of_the_followed_is_no_leader():
    # the story's own advice names no imposer; the first ban told is one of those the advice is in line with
    _, follows = run(
        "Central government staff are being advised not to install Kick on their work phones. The advice is in line "
        "with measures recently taken by other governments and institutions. Sweden asked its staff on 3 May to remove "
        "Kick from work devices, and on 10 June the Finnish government banned the app from its employees' phones.",
        [("Sweden", J), ("Finland", J, ["Finnish"]), ("Kick", P)],
    )
    assert ("sweden", "finland") not in pairs(follows)


def test_advice_followed_is_a_lead_only_from_an_outside_body_whose_ban_is_told():
    # the follower's own regulator, imposing no ban of its own here, or one of its own bodies: no follow
    for text in (
        "Kenya blocked Kick nationwide in March. A ministry spokesman said the cabinet had followed the advice of the "
        "Communications Authority of Kenya.",
        "The Communications Authority of Kenya suspended Kick in March. In April Kenya followed the guidance of the "
        "Communications Authority of Kenya and barred the app from official phones.",
    ):
        _, follows = run(text, [("Kenya", J), ("Communications Authority of Kenya", ORG), ("Kick", P)])
        assert follows == [], text
    _, follows = run(
        "The European Commission barred Kick from staff phones in March. Norway banned the app from state phones in "
        "May, following the guidance of the European Commission.",
        [("Norway", J), ("European Commission", ORG), ("Kick", P)],
    )
    assert pairs(follows) == {("norway", "european-commission")}


def test_joining_states_including_named_ones():
    # a plural peer noun ("states", "governments") with the members it includes names the followed
    for text in (
        "With the directive, Oregon joins states including Idaho, where the governor barred Temu from state phones "
        "in May, and Utah.",
        "Oregon banned Temu from state phones on Friday. The order means Oregon joins states such as Idaho and Utah.",
    ):
        _, follows = run(text, [("Oregon", J), ("Idaho", J), ("Utah", J), ("Temu", P)])
        assert pairs(follows) == {("oregon", "idaho"), ("oregon", "utah")}, text


def test_her_lead_is_the_lead_of_the_person_named_before():
    _, follows = run(
        "Idaho Governor Jane Roe opened it with an order in May, and Oregon and Utah followed her lead in June by "
        "barring Temu from state phones.",
        [("Oregon", J), ("Idaho", J), ("Utah", J), ("Temu", P), ("Jane Roe", "Person")],
    )
    assert pairs(follows) == {("oregon", "idaho"), ("utah", "idaho")}


def test_her_lead_is_never_the_lead_of_the_follower_itself():
    # the person whose lead is followed is named before the cue's clause, never in its subject; the follower is
    # the cue's subject, and a leader of its own jurisdiction is none
    people = [("Vermont", J), ("Maine", J), ("Temu", P), ("Ann Doe", "Person"), ("John Poe", "Person")]
    _, follows = run(
        "Governor Ann Doe of Vermont barred Temu from state phones in March. Maine Governor John Poe followed her "
        "lead on Monday.",
        people,
    )
    assert pairs(follows) == {("maine", "vermont")}
    _, follows = run(
        "Vermont barred Temu from state phones in March. Maine Governor John Poe then followed his lead and issued "
        "a similar order.",
        people,
    )
    assert ("vermont", "maine") not in pairs(follows)


def test_followed_after_a_coordinated_clause_follows_its_subject_whatever_it_did():
    # the first clause tells no ban ("opened the season"), and a ban told in the sentence before is not the one
    _, follows = run(
        "Ohio barred Temu from state laptops on Friday, following Utah and Idaho. "
        "Nevada opened the season in early May, and Kansas and Iowa followed a week later.",
        [("Ohio", J), ("Utah", J), ("Idaho", J), ("Nevada", J), ("Kansas", J), ("Iowa", J), ("Temu", P)],
    )
    got = pairs(follows)
    assert {("kansas", "nevada"), ("iowa", "nevada")} <= got
    assert not {p for p in got if p[0] in ("kansas", "iowa") and p[1] != "nevada"}


def test_joining_a_growing_list_that_names_no_one_follows_the_bans_told_next():
    _, follows = run(
        "Portugal removed Signal from civil servants' phones on Tuesday, citing security concerns.\n\n"
        "Portugal joins a lengthening list. Spain barred the app from official phones in May, and Italy banned it "
        "from ministry laptops last week.",
        [("Portugal", J), ("Spain", J), ("Italy", J), ("Signal", P)],
    )
    assert {("portugal", "spain"), ("portugal", "italy")} <= pairs(follows)


def test_joining_a_club_that_is_not_said_to_grow_follows_no_one():
    _, follows = run(
        "Portugal removed Signal from civil servants' phones on Tuesday.\n\n"
        "Portugal joins a small club. Spain barred the app from official phones in May.",
        [("Portugal", J), ("Spain", J), ("Signal", P)],
    )
    assert not follows


def test_members_named_by_their_union_are_not_the_union():
    _, follows = run(
        "Norway removed Signal from ministry phones on Friday. The step follows similar decisions by several EU "
        "member states, including Poland, which barred the app from official phones in May, and Latvia.",
        [("Norway", J), ("EU", ORG), ("Poland", J), ("Latvia", J), ("Signal", P)],
    )
    assert pairs(follows) == {("norway", "poland"), ("norway", "latvia")}


def test_a_place_hung_on_a_relative_clause_verb_is_the_next_item_followed():
    _, follows = run(
        "France removed Signal from ministry phones on Friday. The order follows similar steps by several member "
        "states, including Spain, which earlier this month banned the app on regional government devices for four "
        "months, and Portugal.",
        [("France", J), ("Spain", J), ("Portugal", J), ("Signal", P)],
    )
    assert {("france", "spain"), ("france", "portugal")} <= pairs(follows)


def test_acting_after_named_actors_follows_them_but_not_after_an_event():
    _, follows = run(
        "Kansas moved on Thursday to remove Signal from state laptops. Kansas acted after Nebraska and Colorado, "
        "whose legislatures passed similar measures in June.",
        [("Kansas", J), ("Nebraska", J), ("Colorado", J), ("Signal", P)],
    )
    assert {("kansas", "nebraska"), ("kansas", "colorado")} <= pairs(follows)
    _, follows = run(
        "Kansas banned Signal on state laptops on Thursday after a leak of payroll data.",
        [("Kansas", J), ("Signal", P)],
    )
    assert not follows


def test_would_in_a_reported_decision_is_a_follow_but_not_under_a_condition():
    ents = [("Canada", J), ("Alberta", J), ("Signal", P)]
    for text in (
        "Alberta banned Signal on provincial phones on Tuesday. The premier said the province would follow "
        "Canada's lead. Canada removed the app from federal phones on Monday.",
        "Canada removed Signal from federal phones on Monday. Alberta banned Signal on Tuesday, announcing that it "
        "would follow Canada's lead.",
    ):
        _, follows = run(text, ents)
        assert ("alberta", "canada") in pairs(follows), text
    _, follows = run(
        "Canada removed Signal from federal phones on Monday. Alberta banned Signal on Tuesday. The premier of "
        "Nunavut said it would follow Canada's lead if a review found a risk.",
        [*ents, ("Nunavut", J)],
    )
    assert not {p for p in pairs(follows) if p[0] == "nunavut"}


def test_every_coordinated_subject_follows_even_without_a_ban_of_its_own_told():
    _, follows = run(
        "The Senate debated the bill on Monday. Oregon Governor Jane Roe opened the trend with an order in May, and "
        "Idaho, Nevada and Montana followed her lead in June.",
        [("Oregon", J), ("Idaho", J), ("Nevada", J), ("Montana", J), ("Jane Roe", "Person"), ("Signal", P)],
    )
    assert {("idaho", "oregon"), ("nevada", "oregon"), ("montana", "oregon")} <= pairs(follows)


def test_followed_suit_after_two_clauses_follows_the_last_one_to_act():
    ents = [("Peru", J), ("Chile", J), ("Bolivia", J), ("Kick", P)]
    _, follows = run(
        "Peru blocked Kick in March, and Chile banned the platform on Friday. Bolivia followed suit on Sunday.", ents
    )
    assert pairs(follows) == {("bolivia", "chile")}
    _, follows = run("Peru and Chile blocked Kick in March. Bolivia followed suit on Sunday.", ents)
    assert not follows


def test_the_latest_to_act_follows_the_bans_told_next_as_the_imposer_that_acted():
    _, follows = run(
        "The Peruvian Congress voted on Tuesday to ban Kick nationwide.\n\n"
        "Peru is the latest to move against the platform. Chile blocked Kick in March, and Bolivia banned it in May.",
        [("Peruvian Congress", ORG), ("Peru", J), ("Chile", J), ("Bolivia", J), ("Kick", P)],
    )
    assert {("peruvian-congress", "chile"), ("peruvian-congress", "bolivia")} <= pairs(follows)
    assert not {p for p in pairs(follows) if p[0] == "peru"}


def test_followed_after_a_clause_that_tells_no_ban_follows_the_ban_told_before():
    # the coordinated clause reacts to the ban ("condemned the decision") or warns: its subject is no leader
    _, follows = run(
        "The Dutch parliament barred Telegram from members' phones in April. Belgium condemned the decision in May, "
        "and Luxembourg followed weeks later.",
        [("Dutch parliament", ORG), ("Belgium", J), ("Luxembourg", J), ("Telegram", P)],
    )
    got = pairs(follows)
    assert ("luxembourg", "belgium") not in got
    assert ("luxembourg", "dutch-parliament") in got
    _, follows = run(
        "Ireland blocked Gemini in March. Regulators in Spain and Austria opened inquiries into the chatbot. "
        "Denmark raised privacy concerns in April, and Finland followed.",
        [("Ireland", J), ("Spain", J), ("Austria", J), ("Denmark", J), ("Finland", J), ("Gemini", P)],
    )
    assert ("finland", "denmark") not in pairs(follows)


def test_followed_after_a_clause_that_leads_the_charge_or_orders_a_ban_follows_its_subject():
    for text in (
        "Vermont barred Temu from state laptops on Friday. Maine led the charge in early May, and Ohio followed.",
        "Vermont barred Temu from state laptops on Friday. Maine ordered agencies to delete the app in early May, "
        "and Ohio followed.",
    ):
        _, follows = run(text, [("Vermont", J), ("Maine", J), ("Ohio", J), ("Temu", P)])
        assert ("ohio", "maine") in pairs(follows), text


def test_a_campaign_about_something_else_makes_no_leader_but_a_crackdown_on_the_app_does():
    # a campaign, drive or push begins a run of bans only when its complement is a ban word or the platform
    for text, leader, follower, wrong in (
        (
            "Vermont barred Temu from state laptops on Friday. Maine launched a campaign against payday lenders in "
            "May, and Ohio followed.",
            "vermont",
            "ohio",
            "maine",
        ),
        (
            "Vermont barred Temu from state laptops on Friday. Maine started a drive to hire more nurses in May, and "
            "Ohio followed.",
            "vermont",
            "ohio",
            "maine",
        ),
    ):
        _, follows = run(text, [("Vermont", J), ("Maine", J), ("Ohio", J), ("Temu", P)])
        got = pairs(follows)
        assert (follower, wrong) not in got, text
        assert (follower, leader) in got, text
    _, follows = run(
        "Vermont barred Temu from state laptops on Friday. Maine launched a crackdown on Temu in May, and Ohio "
        "followed.",
        [("Vermont", J), ("Maine", J), ("Ohio", J), ("Temu", P)],
    )
    assert ("ohio", "maine") in pairs(follows)


def test_a_growing_list_follows_only_the_bans_told_as_done_and_before():
    # planned, expected, under a modal, lifted or dated after the follower's own ban: none of them went first
    for text, leader, wrong in (
        (
            "Chile blocked Temu on state phones on Monday.\n\nChile joins a growing list of countries wary of the "
            "app. Peru is expected to block it next month, officials said.",
            "chile",
            "peru",
        ),
        (
            "Chile blocked Temu on state phones on Monday.\n\nChile joins a mounting number of governments. Peru "
            "said on Thursday it would bar the app from ministry computers next month.",
            "chile",
            "peru",
        ),
        (
            "Chile blocked Temu on state phones on Monday.\n\nChile joins an expanding club. Bolivia banned Temu in "
            "2023, while Peru is weighing a ban.",
            "chile",
            "peru",
        ),
        (
            "Chile blocked Temu on state phones on Monday.\n\nChile joins a growing list. Neighbouring Peru may "
            "block the app before the end of the year.",
            "chile",
            "peru",
        ),
        (
            "Chile blocked Temu on state phones in March.\n\nChile joins a growing list. Peru lifted its ban on the "
            "app in February.",
            "chile",
            "peru",
        ),
        (
            "Chile blocked Temu on state phones in March.\n\nChile joins a growing list. Peru banned the app in "
            "April, and Bolivia blocked it in January.",
            "chile",
            "peru",
        ),
    ):
        _, follows = run(text, [("Chile", J), ("Peru", J), ("Bolivia", J), ("Temu", P)])
        assert (leader, wrong) not in pairs(follows), text
    _, follows = run(
        "Chile blocked Temu on state phones in March.\n\nChile joins a growing list. Peru banned the app in "
        "April, and Bolivia blocked it in January.",
        [("Chile", J), ("Peru", J), ("Bolivia", J), ("Temu", P)],
    )
    assert ("chile", "bolivia") in pairs(follows)


def test_a_negated_join_or_follow_is_no_follow():
    for text in (
        "Chile blocked Temu on state phones in March. Peru has not joined the growing list of countries that "
        "restrict the app.",
        "Chile blocked Temu on state phones in March. Peru has not followed suit.",
        "Chile blocked Temu on state phones in March. Peru did not follow Chile's lead.",
    ):
        _, follows = run(text, [("Chile", J), ("Peru", J), ("Temu", P)])
        assert ("peru", "chile") not in pairs(follows), text


def test_a_body_replaces_its_country_as_follower_only_in_the_matter_of_its_own_ban():
    ents = [("Peruvian Congress", ORG), ("Peru", J), ("Chile", J), ("Bolivia", J), ("Kick", P), ("Zoom", P)]
    _, follows = run(
        "The Peruvian Congress voted on Tuesday to ban Kick on state networks. Peru is the latest to move against "
        "the platform, after Chile and Bolivia.",
        ents,
    )
    assert pairs(follows) == {("peruvian-congress", "chile"), ("peruvian-congress", "bolivia")}
    _, follows = run(
        "The Peruvian Congress banned Kick on staff phones in May. Peru is the latest to move against Zoom "
        "software, after Chile and Bolivia.",
        ents,
    )
    assert not {p for p in pairs(follows) if p[0] == "peruvian-congress"}


def test_neither_nor_subjects_or_a_declined_follow_is_no_follow():
    ents = [("Utah", J), ("Idaho", J), ("Nevada", J), ("Jane Roe", "Person"), ("Signal", P)]
    for text in (
        "Utah Governor Jane Roe banned Signal on state phones in May. Neither Idaho nor Nevada followed her lead.",
        "Utah Governor Jane Roe banned Signal on state phones in May. Idaho and Nevada declined to follow her lead.",
        "Utah banned Signal on state phones in May. Idaho and Nevada refused to follow Utah's lead.",
    ):
        _, follows = run(text, ents)
        assert not {p for p in pairs(follows) if p[0] in ("idaho", "nevada")}, text
    _, follows = run(
        "Utah Governor Jane Roe banned Signal on state phones in May. Idaho and Nevada followed her lead.", ents
    )
    assert {("idaho", "utah"), ("nevada", "utah")} <= pairs(follows)


def test_a_reported_would_is_a_decision_only_on_the_follow_verb_unhedged_and_unconditioned():
    ents = [("Canada", J), ("Alberta", J), ("Signal", P)]
    first = "Canada removed Signal from federal phones on Monday. "
    for text in (
        "The premier said Alberta would consider following Canada's lead.",
        "The premier said Alberta would not follow Canada's lead.",
        "The premier said Alberta would probably follow Canada's lead in time.",
        "The premier told reporters Alberta would follow Canada's lead should an audit find flaws.",
        "The premier said Alberta would follow Canada's lead once the audit ends.",
    ):
        _, follows = run(first + text, ents)
        assert ("alberta", "canada") not in pairs(follows), text
    _, follows = run(first + "The premier said Alberta would follow Canada's lead.", ents)
    assert ("alberta", "canada") in pairs(follows)


def test_followed_suit_skips_the_actor_of_an_after_clause_and_takes_the_latest_ban():
    ents = [("Peru", J), ("Chile", J), ("Bolivia", J), ("Kick", P)]
    _, follows = run(
        "Chile banned Kick on Friday, a month after Peru blocked it in March. Bolivia followed suit on Sunday.", ents
    )
    assert pairs(follows) == {("bolivia", "chile")}
    _, follows = run(
        "Chile blocked Kick in March 2024, and Peru had blocked it back in 2021. Bolivia followed suit on Sunday.",
        ents,
    )
    assert pairs(follows) == {("bolivia", "chile")}


def test_an_eu_institution_named_beside_the_one_whose_ban_is_told_is_followed_too():
    _, follows = run(
        "Norway's parliament barred Kick from members' phones on Monday, in line with the European Commission and "
        "the European Parliament. The European Commission ordered staff to delete Kick last month.",
        [
            ("Norway", J),
            ("Storting", ORG, ["Norway's parliament"]),
            ("European Commission", ORG),
            ("European Parliament", ORG),
            ("Kick", P),
        ],
    )
    assert {("storting", "european-commission"), ("storting", "european-parliament")} <= pairs(follows)


def test_a_measure_that_follows_that_of_another_follows_its_maker():
    ents = [("Peru", J), ("Chile", J), ("Kick", P)]
    for text in (
        "Peru blocked Kick on Monday. Peru's ban followed that of Chile, which blocked the app in March.",
        "Peru blocked Kick on Monday. The decision mirrors those of Chile and Bolivia.",
    ):
        _, follows = run(text, ents + [("Bolivia", J)])
        assert ("peru", "chile") in pairs(follows), text
    for text in (
        "Peru blocked Kick on Monday. Peru's ban followed that of the protests in Lima.",
        "Peru blocked Kick on Monday. Peru's ban differs from that of Chile, which blocked the app in March.",
        "Peru blocked Kick on Monday. Peru's ban could follow that of Chile, which blocked the app in March.",
    ):
        _, follows = run(text, ents)
        assert ("peru", "chile") not in pairs(follows), text


def test_a_country_ranked_for_a_product_its_regulator_banned_is_the_regulator_when_its_own_ban_is_of_another():
    ents = [("Pakistan", J), ("Pakistan Telecommunication Authority", ORG, ["PTA"]), ("Bhutan", J)]
    ents += [("Kick", P), ("Bigo", P)]
    tail = " The government of Pakistan banned Bigo nationwide in 2021."
    _, follows = run(
        "The PTA on Monday ordered providers to block Kick. Pakistan becomes the second country to cut off Kick "
        "this year, after Bhutan blocked the app in May." + tail,
        ents,
    )
    assert ("pakistan-telecommunication-authority", "bhutan") in pairs(follows)
    # the country's own ban is of the product the cue names: the country follows
    _, follows = run(
        "The PTA on Monday ordered providers to block Kick. Pakistan becomes the second country to cut off Bigo "
        "this year, after Bhutan blocked the app in May." + tail,
        ents,
    )
    assert ("pakistan-telecommunication-authority", "bhutan") not in pairs(follows)


def test_a_legislature_following_the_provincial_government_follows_its_own_province():
    ents = [("Legislative Assembly of British Columbia", ORG), ("British Columbia", J), ("Kick", P)]
    province = " British Columbia removed Kick from government phones last week."
    for text in (
        "The Legislative Assembly of British Columbia barred Kick from its devices on Monday, following the "
        "provincial government." + province,
        "The Legislative Assembly of British Columbia barred Kick from members' phones on Monday."
        + province
        + " The legislature thus followed the provincial government.",
    ):
        _, follows = run(text, ents)
        assert ("legislative-assembly-of-british-columbia", "british-columbia") in pairs(follows), text
    for text in (
        # no ban of the province told: no one to follow
        "The Legislative Assembly of British Columbia barred Kick from its devices on Monday, following the "
        "provincial government.",
        "The Legislative Assembly of British Columbia barred Kick from its devices on Monday, following talks with "
        "the provincial government." + province,
        "The Legislative Assembly of British Columbia barred Kick from its devices on Monday. The legislature may "
        "follow the provincial government." + province,
    ):
        _, follows = run(text, ents)
        assert ("legislative-assembly-of-british-columbia", "british-columbia") not in pairs(follows), text


def test_those_peers_or_these_measures_stand_for_the_bans_told_before():
    ents = [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P), ("Ana Roe", "Person")]
    before = "Chile blocked Kick in March, and Peru blocked it in April. Bolivia blocked the app on Monday. "
    for text in (
        before + "Bolivia's move is in line with those decisions.",
        before + "Bolivia's interior minister, Ana Roe, said she had acted in line with those governments.",
        before + "Bolivia acted in step with these countries, officials said.",
    ):
        _, follows = run(text, ents)
        assert {("bolivia", "chile"), ("bolivia", "peru")} <= pairs(follows), text
    for text in (
        before + "Bolivia's move is not in line with those decisions.",
        before + "The minister said Bolivia could act in line with those governments.",
        "Chile blocked Kick in March after protests, and Peru blocked it in April. Following those protests, "
        "Bolivia blocked the app on Monday.",
    ):
        _, follows = run(text, ents)
        assert not {("bolivia", "chile"), ("bolivia", "peru")} & pairs(follows), text


def test_in_line_with_under_a_negated_or_modal_verb_is_no_follow():
    ents = [("Chile", J), ("Bolivia", J), ("Kick", P)]
    before = "Chile blocked Kick in March. Bolivia blocked the app on Monday. "
    for text in (
        before + "Bolivia's move is not in line with Chile, officials said.",
        before + "Bolivia could act in step with Chile next year.",
    ):
        _, follows = run(text, ents)
        assert ("bolivia", "chile") not in pairs(follows), text
    for text in (
        before + "Bolivia's move is in line with Chile, officials said.",
        before + "The minister said Bolivia would act in step with Chile.",
    ):
        _, follows = run(text, ents)
        assert ("bolivia", "chile") in pairs(follows), text


def test_a_group_of_peers_told_acting_in_its_own_clause_is_named_by_the_bans_told_next():
    ents = [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)]
    after = " Peru ordered Kick blocked in March, and Bolivia barred the app in April."
    _, follows = run(
        "Chile blocked Kick on Monday, joining a string of governments that have moved against the app." + after, ents
    )
    assert {("chile", "peru"), ("chile", "bolivia")} <= pairs(follows)
    for text in (
        "Chile blocked Kick on Monday, joining a string of governments that have criticised the app." + after,
        "Chile blocked Kick on Monday, joining a list of countries that may ban the app." + after,
        "Chile blocked Kick on Monday, joining a string of companies that have moved against the app." + after,
    ):
        _, follows = run(text, ents)
        assert not {("chile", "peru"), ("chile", "bolivia")} & pairs(follows), text


def test_the_ones_as_did_adds_to_a_ban_told_next_are_followed_too():
    ents = [("Utah", J), ("Idaho", J), ("Nevada", J), ("Oregon", J), ("Kick", P)]
    first = "Utah banned Kick on state phones on Monday. Utah is the latest state to act. "
    _, follows = run(first + "Idaho banned Kick from state devices in March, as did Nevada and Oregon.", ents)
    assert {("utah", "idaho"), ("utah", "nevada"), ("utah", "oregon")} <= pairs(follows)
    for text in (
        "Idaho lifted its ban on Kick in March, as did Nevada and Oregon.",
        "Idaho may ban Kick from state devices next year, as might Nevada and Oregon.",
    ):
        _, follows = run(first + text, ents)
        assert not {("utah", "idaho"), ("utah", "nevada"), ("utah", "oregon")} & pairs(follows), text


def test_a_measure_placing_its_maker_alongside_others_grouped_by_another_trait_follows_no_one():
    ents = [("Ohio", J), ("Iowa", J), ("Kansas", J), ("Kick", P)]
    first = "Ohio barred Kick from state phones on Thursday. "
    for text in (
        "The order puts Ohio alongside Iowa and Kansas, which have strict data privacy laws.",
        "The order puts Ohio alongside Iowa and Kansas as states that distrust foreign platforms.",
        "The order puts Ohio alongside Iowa on a list of states with the most phone restrictions.",
    ):
        _, follows = run(first + text, ents)
        assert ("ohio", "iowa") not in pairs(follows), text
    # grouped by a like step, told in the others' own clause: still followed
    _, follows = run(first + "The order puts Ohio alongside Iowa and Kansas, which barred the app last year.", ents)
    assert {("ohio", "iowa"), ("ohio", "kansas")} <= pairs(follows)
    _, follows = run(first + "The order puts Ohio alongside Iowa, whose ban covers every device.", ents)
    assert ("ohio", "iowa") in pairs(follows)


def test_a_measure_placing_its_maker_alongside_others_follows_them():
    ents = [("Ohio", J), ("Iowa", J), ("Kansas", J), ("Kick", P)]
    first = "Ohio barred Kick from state phones on Thursday. "
    _, follows = run(
        first + "The order puts Ohio alongside Iowa, where a similar ban took effect in May, and Kansas.", ents
    )
    assert {("ohio", "iowa"), ("ohio", "kansas")} <= pairs(follows)
    for text in (
        "The ruling puts Ohio alongside Iowa on a list of states with weak privacy laws.",
        "The order does not put Ohio alongside Iowa, whose ban covers every device.",
        "The order would put Ohio alongside Iowa, whose ban covers every device.",
        "The order puts Ohio among the first states to restrict the app, officials said.",
    ):
        _, follows = run(first + text, ents)
        assert ("ohio", "iowa") not in pairs(follows), text


def test_in_line_with_on_a_negated_or_modal_verb_that_tells_the_ban_is_a_follow():
    ents = [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)]
    before = "Chile blocked Kick on ministry laptops in March. "
    for text in (
        before + "Peru will no longer allow Kick on ministry laptops, in line with Chile.",
        before + "Peru does not permit Kick on official laptops, in step with Chile.",
    ):
        _, follows = run(text, ents)
        assert ("peru", "chile") in pairs(follows), text
    for text in (
        before + "Peru banned the app on Monday. Peru's decision may not be in line with Chile, analysts said.",
        before + "Peru might ban Kick on official laptops, in line with Chile.",
        before + "Peru has not banned Kick on official laptops, in line with Chile.",
    ):
        _, follows = run(text, ents)
        assert ("peru", "chile") not in pairs(follows), text


def test_a_group_of_peers_acting_on_something_else_is_no_group_of_banners():
    ents = [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)]
    after = " Peru ordered Kick blocked in March, and Bolivia barred the app in April."
    for text in (
        "Chile blocked Kick on Monday, joining a string of governments that have moved to block it." + after,
        "Chile blocked Kick on Monday, joining a string of governments that have acted in recent years." + after,
    ):
        _, follows = run(text, ents)
        assert {("chile", "peru"), ("chile", "bolivia")} <= pairs(follows), text
    for text in (
        "Chile blocked Kick on Monday, joining a string of governments that have moved to tighten privacy rules."
        + after,
        "Chile blocked Kick on Monday. Chile joins a string of countries that have moved closer to Moscow." + after,
        "Chile blocked Kick on Monday, joining a group of states that have acted on online gambling." + after,
    ):
        _, follows = run(text, ents)
        assert not {("chile", "peru"), ("chile", "bolivia")} & pairs(follows), text


def test_an_unnamed_legislature_placed_elsewhere_is_not_the_story_s_house():
    ents = [("Legislative Assembly of Manitoba", ORG), ("European Parliament", ORG), ("Oregon", J), ("Kick", P)]
    before = "The Legislative Assembly of Manitoba barred Kick from members' phones on Thursday. "
    told = " The European Parliament had banned the app in May."
    _, follows = run(before + "The legislature followed the lead of the European Parliament." + told, ents)
    assert ("legislative-assembly-of-manitoba", "european-parliament") in pairs(follows)
    for text in (
        before + "The national legislature followed the lead of the European Parliament." + told,
        before + "In Oregon, the legislature followed the lead of the European Parliament." + told,
    ):
        _, follows = run(text, ents)
        assert ("legislative-assembly-of-manitoba", "european-parliament") not in pairs(follows), text


def test_a_he_or_she_is_the_teller_only_when_the_teller_s_side_imposes_a_ban():
    ents = [("Chile", J), ("Peru", J), ("Bolivia", J), ("Kick", P)]
    before = "Chile blocked Kick in March, and Peru blocked it in April. Bolivia blocked the app on Monday. "
    _, follows = run(before + "Bolivia's interior minister said she had acted in line with Peru.", ents)
    assert ("bolivia", "peru") in pairs(follows)
    # a teller whose side imposes no ban here; a person whose surname is a country's name
    for text in (
        before + "A senator from Ecuador said she had acted in line with Peru.",
        before + "Jordan restricted Kick in May. State senator Jen Jordan said she was simply following Peru.",
    ):
        _, follows = run(text, ents + [("Ecuador", J), ("Jordan", J)])
        assert not {("ecuador", "peru"), ("jordan", "peru")} & pairs(follows), text


def test_joins_places_the_parser_made_a_second_subject():
    # "With today's order, X joins A, B and C, which ...": a parser that hung the first joined place on the verb as a
    # second subject after it; the subject after the verb is the object
    ents = [("Rhode Island", J), ("South Dakota", J), ("Texas", J), ("Maryland", J), ("Alabama", J), ("Temu", P)]
    _, follows = run(
        "Rhode Island removed Temu from state phones on Monday. With today's order, Rhode Island joins Texas, "
        "Maryland and Alabama, which barred Temu in December.",
        ents,
        published="2023-01-10",
    )
    assert pairs(follows) == {("rhode-island", "texas"), ("rhode-island", "maryland"), ("rhode-island", "alabama")}
    # not when the joining is only wished for
    for text in (
        "Rhode Island removed Temu from state phones on Monday. With a new order, South Dakota could join Texas, "
        "Maryland and Alabama, which barred Temu in December.",
    ):
        _, follows = run(text, ents, published="2023-01-10")
        assert not {("south-dakota", "texas"), ("rhode-island", "texas")} & pairs(follows), text


def test_a_country_s_adjective_on_a_measure_names_that_country_s_ban():
    # "the Turkish example", "the Spanish decision": the country's own measure, told by its adjective
    _, follows = run(
        "Turkey blocked Telegram last year. Greece ordered Telegram blocked on Monday, following the Turkish example.",
        [("Turkey", J), ("Greece", J), ("Telegram", P)],
    )
    assert pairs(follows) == {("greece", "turkey")}
    _, follows = run(
        "Portugal blocked Viber in May. Spain blocked Viber on Monday. The Spanish decision follows the Portuguese move.",
        [("Portugal", J), ("Spain", J), ("Viber", P)],
    )
    assert ("spain", "portugal") in pairs(follows)


def test_a_country_s_adjective_names_no_leader_when_it_bans_nothing_or_is_not_followed():
    # near misses: a country told banning nothing here, and an adjective on a noun that is no measure
    _, follows = run(
        "Greece ordered Telegram blocked on Monday, following the Turkish example.",
        [("Greece", J), ("Telegram", P)],
    )
    assert pairs(follows) == set()
    _, follows = run(
        "Turkey blocked Telegram last year. Greece ordered Telegram blocked on Monday, ignoring the Turkish example.",
        [("Turkey", J), ("Greece", J), ("Telegram", P)],
    )
    assert pairs(follows) == set()


def test_a_step_told_in_a_country_where_its_named_regulator_acted_is_the_regulator_s():
    # "in Italy, where the Garante blocked ...": the body the text names took the step
    _, follows = _facts(
        "Belgium's data protection authority ordered Replika to stop processing data on Monday. The decision follows "
        "a similar step in Italy, where the Garante blocked the chatbot in February.",
        "2024-03-14",
    )
    assert {fd for _, fd in follows} == {GARANTE}
    # near miss: a body told only by what it is leaves the country named, as the text names it
    _, follows = _facts(
        "Belgium's data protection authority ordered Replika to stop processing data on Monday. The decision follows "
        "a similar step in Italy, where the privacy regulator blocked the chatbot in February.",
        "2024-03-14",
    )
    assert GARANTE not in {fd for _, fd in follows}


def test_joining_a_group_of_countries_whose_clause_the_parser_hung_on_the_group_noun():
    # "joins a group of countries that have banned it": the earlier members are the bans the paragraph tells next
    text = (
        "Peru banned Zapster from its 5G network in August.\n\n"
        "Peru joins a group of countries that have banned Zapster from their next-generation networks. Chile "
        "ordered operators in July 2020 to stop buying Zapster kit. Bolivia barred the company in October 2020."
    )
    _, follows = run(text, [("Peru", J), ("Chile", J), ("Bolivia", J), ("Zapster", ORG)], published="2023-09-01")
    assert pairs(follows) == {("peru", "chile"), ("peru", "bolivia")}


def test_a_group_of_countries_told_doing_something_else_or_only_maybe_banning_names_no_leader():
    for clause in ("that have criticised the company", "that could ban the company"):
        text = (
            "Peru banned Zapster from its 5G network in August.\n\n"
            f"Peru joins a group of countries {clause}. Chile ordered operators in July 2020 to stop buying Zapster kit."
        )
        _, follows = run(text, [("Peru", J), ("Chile", J), ("Zapster", ORG)], published="2023-09-01")
        assert pairs(follows) == set(), clause


def test_followed_after_a_comma_spliced_ban_clause_follows_its_subject():
    # "A banned X late last month, B followed on Feb. 10, and C ...": the parser hangs the first clause under
    # "followed" as a clausal complement; it is the clause the follower's is coordinated with
    text = (
        "Kansas banned Zapster from state devices on Thursday.\n\n"
        "Texas Gov. Greg Abbott banned Zapster from state devices late last month, New York Gov. Kathy Hochul "
        "followed on Feb. 10, and Virginia Gov. Glenn Youngkin signed an order the next day."
    )
    _, follows = _facts(text, "2025-02-21")
    assert ("New York", "Texas") in follows


def test_followed_after_a_comma_spliced_clause_that_tells_no_ban_names_no_leader():
    text = (
        "Kansas banned Zapster from state devices on Thursday.\n\n"
        "Texas Gov. Greg Abbott criticised Zapster late last month, New York Gov. Kathy Hochul followed on Feb. 10."
    )
    _, follows = _facts(text, "2025-02-21")
    assert ("New York", "Texas") not in follows


def test_a_bare_followed_after_a_sentence_telling_who_moved_first_follows_that_one():
    text = (
        "Idaho Gov. Brad Little on Thursday banned Zapster from state devices.\n\n"
        "Idaho joins Kansas, Ohio and Utah, all of which have restricted the app on government devices in recent "
        "weeks. Kansas Gov. Laura Kelly moved first, signing an executive order late last month. Ohio Gov. Mike "
        "DeWine followed on Dec. 7, and Utah Gov. Spencer Cox signed his own order on Monday."
    )
    _, follows = _facts(text, "2022-12-15")
    assert ("Ohio", "Kansas") in follows


def test_a_bare_followed_needs_the_first_mover_told_in_the_sentence_just_before():
    # near miss: the one who moved first is told two sentences back, with another sentence between
    text = (
        "Idaho Gov. Brad Little on Thursday banned Zapster from state devices.\n\n"
        "Kansas Gov. Laura Kelly moved first, signing an executive order late last month. The app's maker said it "
        "was disappointed. Ohio Gov. Mike DeWine followed on Dec. 7."
    )
    _, follows = _facts(text, "2022-12-15")
    assert ("Ohio", "Kansas") not in follows


def test_a_bare_followed_after_a_first_move_that_tells_no_measure_names_no_leader():
    # the first move a lawsuit or a law of another kind, not a measure: the next bare "followed" follows no one
    text = (
        "A dozen states have restricted Zapster on state phones. Nevada moved first, taking the app's owner to "
        "court on Tuesday. Oregon followed on Thursday."
    )
    _, follows = _facts(text, "2024-06-12")
    assert ("Oregon", "Nevada") not in follows
    text = (
        "A dozen states have restricted Zapster on state phones. Nevada moved first, adopting a data broker law "
        "in 2019. Oregon followed in 2022."
    )
    _, follows = _facts(text, "2024-06-12")
    assert ("Oregon", "Nevada") not in follows


def test_a_bare_followed_after_a_first_move_issuing_a_directive_follows_that_one():
    # near miss: the first move an order of the state's own, which names no target
    text = (
        "A dozen states have restricted Zapster on state phones. Nevada Gov. Joe Lombardo moved first, issuing a "
        "directive to agencies on Tuesday. Oregon Gov. Tina Kotek followed on Thursday."
    )
    _, follows = _facts(text, "2024-06-12")
    assert ("Oregon", "Nevada") in follows


def test_a_where_clause_names_the_body_only_when_it_carried_out_the_step():
    # the body owns the person who only urged a ban: the country the text names stays the one followed
    _, follows = _facts(
        "The Garante banned the sale of Huawei routers in November. Belgium ordered Replika off official phones on "
        "Monday. Belgium's move follows restrictions in Italy, where the Garante's Pasquale Stanzione has urged a "
        "nationwide ban on the app.",
        "2024-03-14",
    )
    assert GARANTE not in {fd for _, fd in follows}
    # nor a body that is only weighing a ban
    _, follows = _facts(
        "The Garante banned the sale of Huawei routers in November. Belgium ordered Replika off official phones on "
        "Monday. Belgium's move follows restrictions in Italy, where the Garante is weighing a nationwide ban on "
        "the app.",
        "2024-03-14",
    )
    assert GARANTE not in {fd for _, fd in follows}
    # near miss: the body, the where clause's own subject, carried the step out
    _, follows = _facts(
        "Belgium ordered Replika off official phones on Monday. Belgium's move follows restrictions in Italy, "
        "where the Garante blocked the app in February.",
        "2024-03-14",
    )
    assert GARANTE in {fd for _, fd in follows}


def test_a_measure_whose_own_clause_tells_no_ban_is_no_step_followed():
    # "the Russian decision to invade Ukraine": a decision, but no ban; neither country is followed
    for owner in ("the Russian", "Russia's"):
        _, follows = run(
            "Russia blocked Zapster in March 2022. Estonia blocked the website of the broadcaster Sputnik weeks "
            f"later, following {owner} decision to annex Crimea.",
            [("Russia", J), ("Estonia", J), ("Crimea", J), ("Zapster", P)],
        )
        assert pairs(follows) == set(), owner
    # near miss: the decision's clause tells the ban
    _, follows = run(
        "Russia blocked Zapster in March 2022. Estonia blocked Zapster weeks later, following the Russian decision "
        "to block the app.",
        [("Russia", J), ("Estonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("estonia", "russia")}


def test_a_country_and_the_regulator_acting_for_it_never_follow_each_other():
    ents = [
        ("Pakistan", J),
        ("Bangladesh", J),
        ("Nigeria", J),
        ("Pakistan Telecommunication Authority", ORG),
        ("Nigerian Communications Commission", ORG),
        ("Bigo Live", P),
    ]
    # the country's measure told by its possessor is its regulator's; the country named as followed beside the one
    # body of it that acted is that body's step told twice
    _, follows = run(
        "Pakistan Telecommunication Authority blocks Bigo Live, joining Nigeria and Bangladesh.\n\n"
        "The Pakistan Telecommunication Authority ordered mobile operators on Tuesday to block Bigo Live.\n\n"
        "Pakistan's action follows similar steps elsewhere. Bangladesh restricted access to Bigo Live earlier this "
        "year, and the Nigerian Communications Commission blocked Bigo Live last week.",
        ents,
        published="2024-06-14",
    )
    assert pairs(follows) == {
        ("pakistan-telecommunication-authority", "bangladesh"),
        ("pakistan-telecommunication-authority", "nigerian-communications-commission"),
    }


def test_operators_carrying_out_the_regulators_directive_make_no_follow_of_the_country():
    _, follows = run(
        "The High Court on Monday suspended the government's ban on Bigo Live, pending a full hearing.\n\n"
        "The Pakistan Telecommunication Authority had ordered internet providers on April 2 to block Bigo Live.\n\n"
        "Following the PTA directive, operators including Jazz and Zong cut access within hours.",
        [
            ("Pakistan", J),
            ("Pakistan Telecommunication Authority", ORG, ["PTA"]),
            ("Jazz", ORG),
            ("Zong", ORG),
            ("Bigo Live", P),
        ],
    )
    assert not pairs(follows)


def test_a_legislature_barring_its_own_devices_still_follows_its_government():
    _, follows = run(
        "The Danish Parliament barred TikTok from the work phones of its members on Friday, following Denmark's "
        "ban on the app on government devices earlier this week.",
        [("Danish Parliament", ORG), ("Denmark", J), ("TikTok", P)],
    )
    assert ("danish-parliament", "denmark") in pairs(follows)


@pytest.mark.parametrize("measure", ["a similar order", "an executive order of its own", "a directive"])
def test_followed_with_an_order_follows_the_ban_just_told(measure):
    _, follows = run(
        f"Ohio banned Zapster on state-owned devices in December, and Kansas followed with {measure} in January.",
        [("Ohio", J), ("Kansas", J), ("Zapster", P)],
        published="2023-03-10",
    )
    assert pairs(follows) == {("kansas", "ohio")}


def test_followed_with_a_statement_is_no_follow():
    _, follows = run(
        "Ohio banned Zapster on state-owned devices in December. Kansas followed with a statement on data rules.",
        [("Ohio", J), ("Kansas", J), ("Zapster", P)],
        published="2023-03-10",
    )
    assert not follows


def test_following_a_countrys_model_follows_that_countrys_ban():
    _, follows = run(
        "Iran blocked Zapster in 2021. Turkmenistan blocked Zapster on Monday, following the Iranian model.",
        [("Iran", J), ("Turkmenistan", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert pairs(follows) == {("turkmenistan", "iran")}


def test_a_model_of_a_country_that_banned_nothing_is_no_follow():
    _, follows = run(
        "Turkmenistan blocked Zapster on Monday, following the Iranian model.",
        [("Turkmenistan", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert not follows


@pytest.mark.parametrize(
    "measure",
    [
        "an order rescinding its own restrictions on the app",
        "a directive requiring agencies to update their password rules by June",
    ],
)
def test_followed_with_an_order_telling_another_act_is_no_follow(measure):
    _, follows = run(
        f"Ohio banned Zapster on state-owned devices in December, and Kansas followed with {measure}.",
        [("Ohio", J), ("Kansas", J), ("Zapster", P)],
        published="2023-03-10",
    )
    assert not follows


def test_an_order_lifting_a_suspension_is_no_follow_of_the_ban_told_before():
    _, follows = run(
        "Ohio banned Zapster in March. Kansas followed with an order lifting its own suspension of the app.",
        [("Ohio", J), ("Kansas", J), ("Zapster", P)],
        published="2023-03-10",
    )
    assert ("kansas", "ohio") not in pairs(follows)


@pytest.mark.parametrize(
    "later",
    [
        "Turkmenistan, following the Iranian model of cheap housing loans, opened two new banks on Monday.",
        "Turkmenistan passed a farm subsidy law on Monday, following the Iranian model of rural credit.",
    ],
)
def test_following_a_countrys_model_of_something_else_is_no_follow(later):
    _, follows = run(
        f"Iran blocked Zapster in 2021. {later}",
        [("Iran", J), ("Turkmenistan", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert not follows


def test_joining_that_list_follows_the_bans_told_just_before():
    _, follows = run(
        "Gabon blocked Zapster on Monday. Mali blocked Zapster in 2022, and Chad blocked Zapster last year. "
        "Gabon has now joined that list.",
        [("Gabon", J), ("Mali", J), ("Chad", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert pairs(follows) == {("gabon", "mali"), ("gabon", "chad")}


def test_joining_that_list_after_bans_only_considered_is_no_follow():
    _, follows = run(
        "Gabon blocked Zapster on Monday. Mali may block Zapster, and Chad is considering a ban on Zapster. "
        "Gabon has now joined that list.",
        [("Gabon", J), ("Mali", J), ("Chad", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert not follows


def test_joining_that_list_with_no_ban_of_the_joiners_own_is_no_follow():
    texts = [
        "Cuba blocked Zapster in 2019, and Laos has blocked Quibble since 2020; both are on Amnesty's list of "
        "jailers of bloggers. Niger joined that list this spring after arresting a dozen reporters.",
        "Cuba blocked Zapster in 2019, and Laos blocked Quibble in 2020. Niger joined that group on the UN "
        "Security Council this year, envoys said.",
    ]
    for text in texts:
        _, follows = run(
            text,
            [("Cuba", J), ("Laos", J), ("Niger", J), ("Zapster", P), ("Quibble", P)],
            published="2024-08-10",
        )
        assert not follows, text


def test_joining_their_ranks_follows_the_bans_told_just_before():
    # "ranks" is read by its lemma, "rank", like every group word
    _, follows = run(
        "Mali and Chad blocked Zapster on government phones in 2022. Gabon joined their ranks on Monday, "
        "barring Zapster from ministry devices.",
        [("Gabon", J), ("Mali", J), ("Chad", J), ("Zapster", P)],
        published="2024-08-10",
    )
    assert {("gabon", "mali"), ("gabon", "chad")} <= pairs(follows)


def test_joining_a_list_of_peers_names_the_members_its_including_phrase_gives():
    _, follows = run(
        "Togo joins a growing list of countries that have blocked Kick, including Ghana, which banned it in May, "
        "and Benin, which followed in June.",
        [("Ghana", J), ("Benin", J), ("Togo", J), ("Kick", P)],
    )
    assert {("togo", "ghana"), ("togo", "benin")} <= pairs(follows)
    _, follows = run(
        "Togo has not joined the list of countries that have blocked Kick, including Ghana, which banned it in May.",
        [("Ghana", J), ("Togo", J), ("Kick", P)],
    )
    assert not any(f == "togo" for f, _ in pairs(follows))


@pytest.mark.parametrize(
    "text",
    [
        "Togo joined a growing list of countries that have taxed Kick, including Ghana and Benin, last year.",
        "Togo joins a growing number of countries that have passed data laws, including Ghana and Benin.",
        "Togo joined a growing list of countries that have fined Kick, including Ghana, Niger and Benin.",
    ],
)
def test_joining_a_list_of_peers_whose_clause_tells_no_ban_follows_none_of_its_members(text):
    _, follows = run(text, [("Ghana", J), ("Benin", J), ("Niger", J), ("Togo", J), ("Kick", P)])
    assert not any(f == "togo" for f, _ in pairs(follows))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warn that Togo risks joining a growing list of countries that have blocked Kick, including Ghana and Benin.",
        "Togo is weighing joining a growing list of countries that have blocked Kick, including Ghana and Benin.",
    ],
)
def test_joining_a_list_of_peers_only_risked_or_weighed_follows_none(text):
    _, follows = run(text, [("Ghana", J), ("Benin", J), ("Togo", J), ("Kick", P)])
    assert not any(f == "togo" for f, _ in pairs(follows))


def test_a_country_named_following_stays_the_follower_when_its_regulator_imposes_the_ban():
    # "Laos has followed Siam in ...": the country the text names follows, though its regulator's order is the ban
    bans, follows = run(
        "Laos has followed Siam in temporarily restricting access to Zapster, a day after Siam became the first "
        "country to block the app. The Laos Media Commission said on Sunday that the app had been misused. The "
        "regulator said the restriction would remain until safeguards were in place.",
        [("Laos", J), ("Siam", J), ("Laos Media Commission", "Organisation"), ("Zapster", P)],
    )
    assert entity_id("Organisation", "Laos Media Commission") in [b.imposed_by for b in bans]
    assert pairs(follows) == {("laos", "siam")}


def test_joining_peers_in_a_country_follows_the_members_told_next_not_the_country():
    _, follows = run(
        "Mexico barred WeChat from official phones on Monday. With the step, Mexico joins several provinces in "
        "Canada which forbid TikTok on public devices. Alberta banned the app on provincial devices on March 2, "
        "and Manitoba made a similar order this week.",
        [("Mexico", J), ("Canada", J), ("Alberta", J), ("Manitoba", J), ("WeChat", P), ("TikTok", P)],
    )
    assert ("mexico", "canada") not in pairs(follows)
    assert {("mexico", "alberta"), ("mexico", "manitoba")} <= pairs(follows)


def test_joining_a_country_by_name_still_follows_it():
    _, follows = run(
        "Mexico barred WeChat from official phones on Monday, joining Canada, which forbids TikTok on public devices.",
        [("Mexico", J), ("Canada", J), ("WeChat", P), ("TikTok", P)],
    )
    assert ("mexico", "canada") in pairs(follows)


def test_a_lead_at_a_paragraphs_end_follows_no_ban_told_in_the_next_paragraph():
    def follows_of(lead):
        return pairs(
            run(
                "Canada banned WeChat on federal government devices on Tuesday. Ontario and Quebec announced their "
                f"own restrictions on Tuesday, and Manitoba said on Wednesday it would follow {lead}.\n\n"
                "Abroad, Belgium ordered WeChat off official phones last Thursday, and Denmark barred its agencies "
                "from using the service on Friday.",
                [("Canada", J), ("Ontario", J), ("Quebec", J), ("Manitoba", J), ("Belgium", J), ("Denmark", J)]
                + [("WeChat", P)],
            )[1]
        )

    assert not {f for f in follows_of("the Commonwealth's lead") if f[0] == "manitoba"}
    assert ("manitoba", "canada") in follows_of("the federal lead")


def test_joining_governments_in_a_list_of_countries_follows_each_country():
    _, follows = run(
        "Iceland will bar TikTok from phones on the parliament's network, joining governments in the United "
        "States, Japan and Chile which have removed the app from official handsets.",
        [("Iceland", J), ("United States", J), ("Japan", J), ("Chile", J), ("TikTok", P)],
    )
    assert {("iceland", "united-states"), ("iceland", "japan"), ("iceland", "chile")} <= pairs(follows)


def test_joining_counterparts_in_two_countries_follows_the_first_named_too():
    _, follows = run(
        "Finland's interior ministry barred TikTok on staff phones on Tuesday, joining counterparts in Sweden and "
        "Estonia which did the same earlier this month.",
        [("Finland", J), ("Sweden", J), ("Estonia", J), ("TikTok", P)],
    )
    assert {("finland", "sweden"), ("finland", "estonia")} <= pairs(follows)


def test_following_partners_in_a_union_follows_the_union():
    _, follows = run(
        "Portugal told its civil servants to delete TikTok, following partners in the European Union, whose "
        "Commission removed the app from staff phones last month.",
        [("Portugal", J), ("European Union", J), ("TikTok", P)],
    )
    assert ("portugal", "european-union") in pairs(follows)


def test_similar_steps_elsewhere_at_a_paragraphs_end_are_the_bans_of_the_next_paragraph():
    got = pairs(
        run(
            "Bhutan's ban follows similar steps elsewhere in the region.\n\n"
            "Nepal banned Zapster in 2022, and Sri Lanka has blocked it twice since.",
            [("Bhutan", J), ("Nepal", J), ("Sri Lanka", J), ("Zapster", P)],
        )[1]
    )
    assert {("bhutan", "nepal"), ("bhutan", "sri-lanka")} <= got


def test_similar_moves_by_other_countries_at_a_paragraphs_end_are_the_bans_of_the_next_paragraph():
    got = pairs(
        run(
            "Estonia on Monday barred Zapster from government devices, following similar moves by other countries.\n\n"
            "Finland ordered the app off official phones in March, and Norway barred it from state agencies in May.",
            [("Estonia", J), ("Finland", J), ("Norway", J), ("Zapster", P)],
        )[1]
    )
    assert {("estonia", "finland"), ("estonia", "norway")} <= got


def test_a_growing_list_told_before_a_colon_is_the_list_of_the_next_paragraph():
    from loaders.extract.pipeline import extract
    from loaders.model import Document

    text = (
        "Sweden's parliament on Monday joined a growing list of legislatures that have restricted the app:\n\n"
        "The European Parliament barred TikTok from staff phones in January, and Finland's parliament did the same "
        "in April."
    )
    (facts,) = extract([Document(id="g", text=text, published="2025-02-06")])
    names = {e.id: e.name for e in facts.entities}
    got = {(names[f.follower], names[f.followed]) for f in facts.follows}
    assert ("Riksdag", "European Parliament") in got


def test_peers_counted_at_a_paragraphs_end_are_not_the_next_dated_entry():
    got = pairs(
        run(
            "Dec. 15 - Kansas Gov. Laura Kelly banned Zapster from state devices, joining more than a dozen states.\n\n"
            "Dec. 13 - Iowa Gov. Kim Reynolds and Idaho Gov. Brad Little each ordered Zapster removed from "
            "state-owned devices.",
            [("Kansas", J), ("Iowa", J), ("Idaho", J), ("Zapster", P)],
        )[1]
    )
    assert not {f for f in got if f[0] == "kansas"}


def test_after_another_took_the_same_step_is_a_follow():
    _, follows = run(
        "Ruritania barred Zapster from civil servants' phones, hours after Freedonia took the same step for its "
        "diplomats.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert pairs(follows) == {("ruritania", "freedonia")}


def test_after_another_took_the_same_view_is_no_follow():
    _, follows = run(
        "Ruritania barred Zapster from civil servants' phones, hours after Freedonia took the same view of the app.",
        [("Ruritania", J), ("Freedonia", J), ("Zapster", P)],
    )
    assert not follows


def test_the_same_step_against_another_target_asked_not_to_act_or_for_another_end_is_no_follow():
    ents = [("Ruritania", J), ("Freedonia", J), ("Zapster", P), ("Quikchat", P)]
    for text in (
        # its own target: a ban of Quikchat, not a copy of the Zapster one
        "Ruritania barred Zapster from civil servants' phones on Monday. Freedonia took the same action against "
        "Quikchat in 2023.",
        "Ruritania blocked Zapster in June, shortly after Freedonia took the same step against Quikchat.",
        # asked
        "Ruritania barred Zapster from civil servants' phones on Monday. Will Freedonia take the same step? Its "
        "ministers would not comment.",
        # a step not to act, or to do something else
        "Ruritania barred Zapster from civil servants' phones in May, weeks after Freedonia took the same decision "
        "not to move against the app.",
        "Ruritania barred Zapster from civil servants' phones in May, weeks after Freedonia took the same steps to "
        "audit its phone contracts.",
    ):
        bans, follows = run(text, ents)
        assert not follows, text
        # and no copied Zapster ban for Freedonia from the asked or other-target step
        if "Quikchat" in text or "?" in text:
            copied = [
                b for b in bans if b.imposed_by == entity_id(J, "Freedonia") and entity_id(P, "Zapster") in b.targets
            ]
            assert not copied, text


def test_the_same_step_taken_on_a_day_or_to_bar_the_app_is_still_a_follow():
    ents = [("Ruritania", J), ("Freedonia", J), ("Zapster", P)]
    for text in (
        "Ruritania barred Zapster from civil servants' phones in May, weeks after Freedonia took the same step on "
        "Monday.",
        "Ruritania barred Zapster from civil servants' phones in May, weeks after Freedonia took the same step to "
        "bar the app.",
    ):
        _, follows = run(text, ents)
        assert pairs(follows) == {("ruritania", "freedonia")}, text


def test_a_countrys_possessive_on_a_body_noun_is_its_body_imposing_a_ban():
    ents = [
        ("Freedonia Communications Regulatory Authority", ORG),
        ("Ruritania Communications Commission", ORG),
        ("Freedonia", J),
        ("Zapster", P),
        ("Quikchat", P),
    ]
    lead = "The Freedonia Communications Regulatory Authority blocked Zapster in October. "
    _, follows = run(
        lead + "In January, the Ruritania Communications Commission blocked Quikchat, following the example of "
        "Freedonia's regulator.",
        ents,
    )
    assert pairs(follows) == {("ruritania-communications-commission", "freedonia-communications-regulatory-authority")}
    # a possessive on no body noun names the country itself
    _, follows = run(
        lead + "Freedonia also blocked Kimi in November. In January, the Ruritania Communications Commission blocked "
        "Quikchat, following the example of Freedonia's government.",
        [*ents, ("Kimi", P)],
    )
    assert pairs(follows) == {("ruritania-communications-commission", "freedonia")}


def test_a_with_told_again_in_coordination_is_in_line_with_too():
    ents = [("Ruritania", J), ("Freedonia", J), ("Latveria", J), ("Zapster", P)]
    _, follows = run(
        "Ruritania ordered operators to remove Zapster from their networks on Tuesday. The move brings Ruritania into "
        "line with Freedonia, and with Latveria, which barred Zapster from its networks in 2018.",
        ents,
    )
    assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "latveria")}
    # another "with" of the sentence is no second leader
    _, follows = run(
        "Ruritania ordered operators to remove Zapster from their networks on Tuesday. The move brings Ruritania into "
        "line with Freedonia, and it comes with a cost for Latveria, which sells the equipment.",
        ents,
    )
    assert pairs(follows) == {("ruritania", "freedonia")}


def test_that_decision_follows_as_the_ban_told_just_before():
    ents = [("Ruritania", J), ("Freedonia", J), ("Latveria", J), ("Zapster", P)]
    _, follows = run(
        "Ruritania banned Zapster from state phones in March.\n\n"
        "In May, Freedonia barred Zapster from its army's phones. That decision followed Latveria, which had banned "
        "the app in April.",
        ents,
    )
    assert pairs(follows) == {("freedonia", "latveria")}
    # with no ban told before it in its paragraph, the measure is the story's
    _, follows = run(
        "Ruritania banned Zapster from state phones in March.\n\nThat decision followed Latveria, which had banned the "
        "app in February.",
        ents,
    )
    assert pairs(follows) == {("ruritania", "latveria")}


def test_a_with_told_again_names_a_second_leader_only_as_one_that_took_the_step():
    ents = [("Ruritania", J), ("Freedonia", J), ("Latveria", J), ("Zapster", P)]
    before = "Ruritania ordered operators to remove Zapster from their networks on Tuesday. "
    for text in (
        "The move brings Ruritania into line with Freedonia, as well as with Latveria, which barred Zapster in 2019.",
        "The move brings Ruritania into line with Freedonia, and with Latveria.",
        # one said not to be in line with is none
        "The move brings Ruritania into line with Freedonia, and with Latveria, which barred Zapster in 2019, but "
        "not with Molvania.",
    ):
        _, follows = run(before + text, [*ents, ("Molvania", J)])
        assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "latveria")}, text
    for text in (
        # the second "with" takes no actor: Latveria is the owner of what it takes
        "The move brings Ruritania into line with Freedonia, and with the support of Latveria, which is still "
        "reviewing the equipment.",
        "The move is in line with Freedonia, and with Latveria's security guidance.",
        # the one named is said not to have taken the step
        "The move brings Ruritania into line with Freedonia, and with Latveria, which has declined to exclude the "
        "supplier.",
        "The move brings Ruritania into line with Freedonia, and with Latveria, which has not barred Zapster.",
        # a "with" not coordinated with the cue's one
        "The decision, in line with Freedonia, was praised by Molvania, and with some reservations by Latveria.",
    ):
        _, follows = run(before + text, [*ents, ("Molvania", J)])
        assert ("ruritania", "latveria") not in pairs(follows), text
        assert ("ruritania", "molvania") not in pairs(follows), text
        assert ("ruritania", "freedonia") in pairs(follows), text


def test_that_decision_is_the_ban_whose_imposer_is_named_last_before_it():
    ents = [("Ruritania", J), ("Freedonia", J), ("Latveria", J), ("Molvania", J), ("Zapster", P)]
    opening = "Molvania banned Zapster on state devices in December. "
    for first, second in (("Freedonia", "Latveria"), ("Latveria", "Freedonia")):
        # two bans told in one sentence: the one named last, whatever the names
        _, follows = run(
            opening + f"In January, {first} barred the app from state phones, and {second} blocked it on state "
            "networks in February. That decision followed Ruritania, which had banned the app in November.",
            ents,
        )
        assert pairs(follows) == {(second.lower(), "ruritania")}
    # a ban told earlier in the cue's own sentence
    _, follows = run(
        opening + "Latveria barred the app from state phones in January, and that decision followed Ruritania, which "
        "had acted in November.",
        ents,
    )
    assert pairs(follows) == {("latveria", "ruritania")}


def test_he_or_she_joining_others_is_the_jurisdiction_of_the_person_named_before():
    people = [("Jane Roe", "Person", ["Roe"]), ("Tom Pike", "Person")]
    ents = [("Oregon", J), ("Idaho", J), ("Utah", J), ("Temu", P), *people]
    _, follows = run(
        "Oregon Governor Jane Roe signed a bill banning Temu statewide on Monday. The bill leaves in place an "
        "earlier order by Roe that bars Temu from state phones. She issued that order in March, joining Idaho and "
        "Utah, whose governors had barred the app from state devices weeks before.",
        ents,
    )
    assert pairs(follows) == {("oregon", "idaho"), ("oregon", "utah")}
    # the person named before acts for no jurisdiction banning here: no follower
    _, follows = run(
        "Oregon barred Temu from state phones on Monday. Idaho barred the app in March. Tom Pike, a lawyer, said "
        "he had joined Idaho's bar years ago.",
        ents,
    )
    assert not follows


def test_a_ban_weeks_after_similar_steps_by_others_follows_them():
    ents = [("Ruritania", J), ("Freedonia", J), ("Latveria", J), ("Zapster", P), ("Lund University", ORG)]
    for text in (
        "Ruritania banned Zapster on government phones in March, after similar bans by Freedonia and Latveria.",
        "Ruritania has form here: it banned Zapster from government devices in April 2023, weeks after similar "
        "moves by Freedonia and Latveria.",
    ):
        _, follows = run(text, ents)
        assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "latveria")}, text
    for text in (
        # no like measure, or no public maker of one
        "Ruritania banned Zapster on government phones in March, after similar complaints by Freedonia and Latveria.",
        "Ruritania banned Zapster on government phones in March, after moves by Freedonia and Latveria to tax apps.",
        "Ruritania banned Zapster on government phones in March, after similar warnings by Lund University.",
    ):
        _, follows = run(text, ents)
        assert not follows, text


def test_he_or_she_joining_others_is_not_a_person_whose_clause_tells_another_place_s_measure():
    people = [("Jane Roe", "Person", ["Roe"]), ("Tom Pike", "Person", ["Pike"])]
    ents = [("Oregon", J), ("Nevada", J), ("Idaho", J), ("Utah", J), ("Temu", P), *people]
    # the clause names the order as Oregon's: not the Nevada governor named just before
    _, follows = run(
        "Oregon Governor Jane Roe barred Temu from state phones on Monday. In May, Nevada Governor Tom Pike barred "
        "the app from state networks. She signed the Oregon order in Salem, joining Idaho and Utah.",
        ents,
    )
    assert ("nevada", "idaho") not in pairs(follows) and ("nevada", "utah") not in pairs(follows)
    # the saying is denied: no follow, and no ban of the place told
    bans, follows = run(
        "Oregon barred Temu from state phones on Monday. Did Governor Jane Roe act alone? She did not say she was "
        "joining Idaho, an aide said.",
        ents,
    )
    assert not follows
    assert not any(b.imposed_by.endswith("/idaho") for b in bans)
    # a lone lawmaker's bill is no step of the state
    _, follows = run(
        "Idaho barred Temu from state phones in May. Oregon State Senator Jane Roe filed a bill on Monday to bar the "
        "app across Oregon. She is following Idaho, which acted last year.",
        ents,
    )
    assert not follows


def test_like_steps_by_others_are_not_followed_by_a_firm_nor_by_a_ban_on_something_else():
    ents = [
        ("Ruritania", J),
        ("Freedonia", J),
        ("Latveria", J),
        ("Zapster", P),
        ("Chatter", P),
        ("Acme Networks", ORG),
        ("Globex", ORG),
        ("Council of Freedonia", ORG),
    ]
    for text in (
        # a firm's own ban, after a public body's: the firm follows no one
        "Globex banned Zapster from its stores across Ruritania on Monday, days after similar moves by Freedonia.",
        # the like measure names a target of its own: another measure, not this one followed
        "Ruritania barred officials from using Zapster at work this week, months after similar bans by Freedonia on "
        "Acme Networks equipment.",
        "Ruritania banned Zapster from critical infrastructure in May, weeks after similar bans by Freedonia and "
        "Latveria on exports of chipmaking tools.",
    ):
        _, follows = run(text, ents)
        assert not follows, text
    for text in (
        # the like measure's target is this ban's, or only its reach
        "Ruritania banned Zapster on government phones in March, after similar moves against the app by Freedonia "
        "and Latveria.",
        "Ruritania banned Zapster on government phones in March, after similar bans on Zapster by Freedonia and "
        "Latveria.",
        # the like steps told "such a move", or their makers in a participle's "by"
        "Ruritania banned Zapster on government phones in March, weeks after such a move by Freedonia and Latveria.",
        "Ruritania banned Zapster on government phones in March, after similar restrictions imposed by Freedonia and "
        "Latveria.",
    ):
        _, follows = run(text, ents)
        assert pairs(follows) == {("ruritania", "freedonia"), ("ruritania", "latveria")}, text


def test_following_suit_of_the_coordinated_subjects_of_the_clause_before_follows_each():
    # "A and B banned X, and C followed suit": C follows both, as "C followed" does; across a sentence the leader of
    # several stays open (test_followed_suit_after_several_imposers_or_as_a_wish_names_no_leader)
    ents = [("Ghana", J), ("Niger", J), ("Togo", J), ("Benin", J), ("Kick", P)]
    for text in (
        "Ghana and Niger blocked Kick in March, and Togo followed suit in April.",
        "Ghana and Niger have blocked Kick on official phones since March, and Togo's ministries followed suit.",
    ):
        _, follows = run(text, ents)
        assert pairs(follows) == {("togo", "ghana"), ("togo", "niger")}, text
    _, follows = run("Ghana and Niger blocked Kick in March, and Togo and Benin followed suit in April.", ents)
    assert pairs(follows) == {(a, b) for a in ("togo", "benin") for b in ("ghana", "niger")}
    for text in (
        "Ghana and Niger criticised Kick in March, and Togo followed suit in April.",  # no ban told: no leaders
        "Ghana and Niger blocked Kick in March, but Togo has not followed suit.",
    ):
        _, follows = run(text, ents)
        assert follows == [], text
    # the clause joined to "followed suit" tells another act of the imposers, whose ban is told elsewhere: what C
    # followed is that act, no ban
    for text in (
        "Ghana and Niger, which blocked Kick in March, signed a regional data-sharing pact in May, and Togo followed "
        "suit in June.",
        "Ghana and Niger blocked Kick in March. Ghana and Niger later praised the regional bloc's cybersecurity plan, "
        "and Togo followed suit.",
        "Ghana and Niger blocked Kick in March. Ghana and Niger also fined the company's local arm in April, and Togo "
        "followed suit.",
    ):
        _, follows = run(text, ents)
        assert not {f for f in pairs(follows) if f[0] == "togo" and f[1] in ("ghana", "niger")}, text


def test_a_following_country_whose_own_regulator_imposes_the_ban_and_follows_is_one_step():
    ents = [
        ("Malaysia", J),
        ("Indonesia", J),
        ("Thailand", J),
        ("Malaysian Communications and Multimedia Commission", ORG),
        ("Grok", P),
    ]
    story = (
        "Indonesia blocked Grok on Saturday. The Malaysian Communications and Multimedia Commission said on Sunday "
        "that it had temporarily restricted access to Grok in the country, following Indonesia."
    )
    _, follows = run("Malaysia follows Indonesia in blocking chatbot\n\n" + story, ents, published="2026-01-12")
    assert pairs(follows) == {("malaysian-communications-and-multimedia-commission", "indonesia")}
    # another country told following is a step of its own
    _, follows = run("Thailand follows Indonesia in blocking chatbot\n\n" + story, ents, published="2026-01-12")
    assert pairs(follows) == {
        ("malaysian-communications-and-multimedia-commission", "indonesia"),
        ("thailand", "indonesia"),
    }
