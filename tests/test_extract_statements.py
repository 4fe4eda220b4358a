"""Statement attribution and stance on sentences written for these tests (not from the corpus)."""

import pytest
from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.extract.statements import extract_statements
from loaders.model import entity_id

J, ORG, P, PER = "Jurisdiction", "Organisation", "Product", "Person"


def run(text, entities, published="2024-04-10"):
    adoc = make_adoc(text, entities, published=published)
    bans = extract_bans(adoc)
    return bans, extract_statements(adoc, bans)


def stances(statements):
    return {(s.speaker.split("/")[1], s.stance) for s in statements}


ENTS = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER), ("Russia", J)]


def test_imposer_justification_supports_and_spokeswoman_speaks_for_company():
    bans, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "Digital minister Ingrid Dahl said the app posed an unacceptable security risk. "
        "A Telegram spokeswoman said the decision was politically motivated and disappointing. "
        "Telegram has repeatedly denied that it shares user data with Russia.",
        ENTS,
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got
    assert ("telegram", "opposes_ban") in got
    assert ("telegram", "denies_allegation") in got
    support = next(s for s in statements if s.stance == "supports_ban")
    assert support.about == [bans[0].id]
    assert "unacceptable security risk" in support.text
    assert support.evidence[0].extractor.startswith("statements.")


def test_person_of_the_banned_company_is_on_its_side():
    _, statements = run(
        "Norway banned Telegram on government phones. "
        "Pavel Ivanov, the company's head of policy, argued that the ban rests on misconceptions.",
        ENTS,
    )
    assert ("pavel-ivanov", "opposes_ban") in stances(statements)


def test_according_to_and_neutral_statements():
    _, statements = run(
        "Norway banned Telegram on government phones. "
        "Telegram said it would publish a new transparency report next month.",
        ENTS,
    )
    assert ("telegram", "neutral") in stances(statements)


def test_unnamed_and_plural_pronoun_speakers_are_not_attributed():
    _, statements = run(
        "Norway banned Telegram on government phones. They said the app was dangerous.",
        ENTS,
    )
    assert not any(s.text.startswith("They") for s in statements)
    assert entity_id(J, "Norway") not in {s.speaker for s in statements}


def test_one_statement_per_speaker_and_stance():
    _, statements = run(
        "Norway banned Telegram on government phones. "
        "Telegram denied sharing data with Russia. Telegram has always denied any such links.",
        ENTS,
    )
    denials = [s for s in statements if s.stance == "denies_allegation"]
    assert len(denials) == 1
    assert len(denials[0].evidence) == 2


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="AnnotatedDoc"):
        extract_statements({}, [])  # type: ignore[arg-type]


def test_generic_subjects_resolve_to_the_actor_they_stand_for():
    _, statements = run(
        "The Norwegian Security Council banned Telegram on government phones. "
        "Telegram, owned by Pavel Ivanov's firm Nordlys, was removed. "
        "The company said it was surprised by the decision. "
        "Officials said the app was a threat to national security.",
        [*ENTS, ("Norwegian Security Council", ORG), ("Nordlys", ORG)],
    )
    got = stances(statements)
    assert ("nordlys", "opposes_ban") in got  # "the company" is the firm, not its product
    assert ("norway", "supports_ban") in got or ("norwegian-security-council", "supports_ban") in got


def test_rejecting_the_ban_opposes_it_but_denying_an_accusation_is_a_denial():
    _, statements = run(
        "Norway banned Telegram on government phones. "
        "Telegram rejected the ban as arbitrary. "
        "The Russian embassy denied any involvement in espionage.",
        [*ENTS, ("Russian embassy", ORG)],
    )
    got = stances(statements)
    assert ("telegram", "opposes_ban") in got
    assert ("russian-embassy", "denies_allegation") in got


# -- generalisation to unseen outlets (reported-speech stance and attribution)


def test_criticising_the_decision_opposes_even_from_the_imposing_country():
    _, statements = run(
        "Spain banned Telegram on government phones on Monday. "
        'Carlos Ruiz, a Spanish senator, criticised the decision as "excessive", saying it risked harming business.',
        [("Spain", J), ("Telegram", P), ("Carlos Ruiz", PER)],
    )
    got = stances(statements)
    assert ("carlos-ruiz", "opposes_ban") in got
    assert ("carlos-ruiz", "supports_ban") not in got


def test_never_asked_to_hand_over_data_is_a_denial():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "Pavel Ivanov, the head of Telegram, said the company had never been asked to hand over data "
        "and would not do so if asked.",
        ENTS,
    )
    assert ("pavel-ivanov", "denies_allegation") in stances(statements)


def test_we_comply_is_a_denial_by_the_target():
    _, statements = run(
        'Norway banned Telegram on Monday. "We believe we comply with European privacy law," Telegram said.',
        ENTS,
    )
    assert ("telegram", "denies_allegation") in stances(statements)


def test_appositive_spokeswoman_speaks_not_her_principal_and_appeal_supports():
    _, statements = run(
        "A judge blocked the Idaho law that banned Telegram statewide. "
        "Maria Lopez, a spokeswoman for Governor Brad Little, said the state would appeal.",
        [("Idaho", J), ("Telegram", P), ("Maria Lopez", PER), ("Brad Little", PER)],
    )
    got = stances(statements)
    assert ("maria-lopez", "supports_ban") in got
    assert not any(s.speaker == entity_id(PER, "Brad Little") for s in statements)


def test_a_judge_does_not_speak_for_the_state_whose_ban_he_blocks():
    _, statements = run(
        "Idaho banned Telegram statewide in March. "
        'The ban "oversteps state power and infringes on the rights of users," District Judge Tom Reed wrote.',
        [("Idaho", J), ("Telegram", P), ("Tom Reed", PER)],
    )
    assert ("tom-reed", "opposes_ban") in stances(statements)


def test_home_country_denial_with_a_negated_support_cue():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "Russia's foreign ministry spokesman Pavel Ivanov said Russia \"has never asked companies to collect data "
        'in violation of laws".',
        ENTS,
    )
    assert ("pavel-ivanov", "denies_allegation") in stances(statements)


def test_participle_citing_is_the_ban_reason_not_a_statement():
    _, statements = run("Norway bans Telegram, citing security risks.", ENTS)
    assert statements == []


def test_a_spokeswoman_for_the_company_is_on_the_banned_side():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "Anna Berg, a spokeswoman for the company, said Telegram had never been asked to hand over user data.",
        [*ENTS, ("Anna Berg", PER)],
    )
    assert ("anna-berg", "denies_allegation") in stances(statements)


def test_more_opposition_and_denial_vocabulary():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        '"Our products are secure, and users control their data," said Anna Berg, a spokeswoman for the firm. '
        'Rights activist Pavel Ivanov said the ban "punishes millions of users" and urged Norway to reverse it.',
        [*ENTS, ("Anna Berg", PER)],
    )
    got = stances(statements)
    assert ("anna-berg", "denies_allegation") in got
    assert ("pavel-ivanov", "opposes_ban") in got


def test_second_hand_neutral_statement_is_not_the_reported_partys():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "The investigators said Telegram had acknowledged some failings and had appointed a local representative.",
        ENTS,
    )
    assert ("telegram", "neutral") not in stances(statements)


def test_a_ban_called_a_violation_of_rights_is_opposed():
    _, statements = run(
        "Norway banned Telegram on Monday. "
        "Rights activist Pavel Ivanov called the ban a violation of citizens' rights and an attempt to silence dissent.",
        ENTS,
    )
    got = stances(statements)
    assert ("pavel-ivanov", "opposes_ban") in got
    assert ("pavel-ivanov", "supports_ban") not in got


def test_it_in_a_reported_clause_is_the_reporter_for_a_coordinated_denial():
    _, statements = run(
        "Norway banned Telegram on Monday. "
        'Telegram said it was "surprised" by the decision and denied that it shares data with Russia.',
        ENTS,
    )
    assert ("telegram", "denies_allegation") in stances(statements)


def test_verbs_that_judge_the_measure_and_tell_with_a_clause():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER), ("Kari Berg", PER)]
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "Ingrid Dahl, a member of parliament, welcomed the decision. "
        '"It was taken without any consultation," regretted Pavel Ivanov, a union leader. '
        '"We will enforce it," Kari Berg told reporters.',
        ents,
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got
    assert ("pavel-ivanov", "opposes_ban") in got
    assert any(s.speaker.endswith("kari-berg") for s in statements)


def test_an_order_or_a_claimed_attack_is_no_statement():
    ents = [("Norway", J), ("Telegram", P), ("Kari Berg", PER), ("Islamic Front", ORG)]
    _, statements = run(
        "Norway banned Telegram on Monday. Kari Berg told staff to delete the app. "
        "The Islamic Front uses Telegram channels to claim attacks.",
        ents,
    )
    assert not [s for s in statements if s.speaker.endswith(("kari-berg", "islamic-front"))]


def test_the_minister_and_she_are_the_person_last_named_with_that_title():
    ents = [("Somalia", J), ("Telegram", P), ("Jama Khalif", PER), ("Nadia Farah", PER)]
    _, statements = run(
        "Communications Minister Jama Khalif announced a ban on Telegram on Sunday. "
        '"Terrorists use this application to spread misinformation," the minister said. '
        "Interior Minister Nadia Farah framed it as a question of security. "
        '"We are protecting our citizens," she said.',
        ents,
    )
    got = stances(statements)
    assert ("jama-khalif", "supports_ban") in got
    assert ("nadia-farah", "supports_ban") in got


def test_a_rights_group_director_opposes_even_from_the_banning_country():
    ents = [("Senegal", J), ("TikTok", P), ("Seydi Diop", PER), ("Amnesty International", ORG), ("Meta", ORG)]
    _, statements = run(
        "Senegal suspended TikTok on Wednesday. Seydi Diop, the director of Amnesty International in Senegal, "
        'called the suspension "a serious attack on freedom of expression". Press freedom groups criticised the move.',
        ents,
    )
    got = stances(statements)
    assert ("seydi-diop", "opposes_ban") in got
    assert not [s for s in statements if s.speaker.endswith("meta")]


def test_a_quotation_over_several_sentences_is_read_whole():
    ents = [("Chad", J), ("Telegram", P), ("Jake Moore", PER)]
    _, statements = run(
        "Chad banned Telegram on government phones on Monday. \"It's pointless. Everybody just switches to "
        'their own phone," said Jake Moore, a student.',
        ents,
    )
    assert ("jake-moore", "opposes_ban") in stances(statements)


def test_criticism_and_denial_in_one_sentence_are_both_stances():
    ents = [("Chad", J), ("Telegram", P), ("Liu Wei", PER), ("China", J), ("Embassy of China", ORG)]
    _, statements = run(
        "Chad banned Telegram on government phones on Monday. Liu Wei, a spokesperson for the Embassy of China, "
        'said China "firmly opposes the overstretching of national security" and "has never asked companies to '
        'collect data".',
        ents,
    )
    got = stances(statements)
    assert ("liu-wei", "opposes_ban") in got
    assert ("liu-wei", "denies_allegation") in got


def test_a_university_speaks_for_itself_and_witnesses_are_nobody():
    ents = [("Chad", J), ("TikTok", P), ("Auburn University", ORG), ("Dakar", J)]
    _, statements = run(
        "Auburn University blocked TikTok on its campus network on Tuesday. "
        'The university said it acted "to protect university data". '
        "The app remained available on phones, according to witnesses in Dakar.",
        ents,
    )
    got = stances(statements)
    assert ("auburn-university", "supports_ban") in got
    assert not [s for s in statements if s.speaker.endswith("dakar")]


def test_government_side_of_a_regulators_ban_and_its_denials():
    ents = [("Chad", J), ("Instagram", P), ("Telecom Regulatory Authority of Chad", ORG), ("Ali Mahamat", PER)]
    _, statements = run(
        "The Telecom Regulatory Authority of Chad blocked Instagram on Friday. "
        "Transport Minister Ali Mahamat welcomed the ruling. "
        "Ali Mahamat rejected the accusations of censorship.",
        ents,
    )
    got = stances(statements)
    assert ("ali-mahamat", "supports_ban") in got
    assert ("ali-mahamat", "denies_allegation") in got
    assert ("ali-mahamat", "opposes_ban") not in got


def test_a_founder_named_after_his_company_speaks_for_it():
    ents = [("Chad", J), ("Telegram", P), ("Pavel Orlov", PER)]
    _, statements = run(
        "Chad suspended Telegram on Wednesday. Telegram's founder and chief executive, Pavel Orlov, said the data "
        'was impossible to obtain. "We will appeal the decision," he said.',
        ents,
    )
    got = stances(statements)
    assert ("pavel-orlov", "opposes_ban") in got
    assert ("pavel-orlov", "supports_ban") not in got


def test_a_dateline_parsed_as_a_subject_does_not_speak():
    ents = [("Texas", J), ("Greg Abbott", PER), ("DeepSeek", P)]
    _, statements = run(
        "AUSTIN, Texas \u2014 Gov. Greg Abbott on Friday banned the Chinese AI app DeepSeek from all state-issued "
        "devices, calling it a threat to the state's critical infrastructure.",
        ents,
    )
    assert {s.speaker.split("/")[1] for s in statements} == {"greg-abbott"}


def test_a_foundation_chairman_of_the_banning_country_is_no_government_voice():
    ents = [("Indonesia", J, ["Indonesian"]), ("Temu", P), ("Tulus Abadi", PER)]
    _, statements = run(
        "Indonesia blocked Temu on Wednesday. Indonesian Consumers Foundation chairman Tulus Abadi said the "
        'decision was "protectionist" and would raise prices for consumers.',
        ents,
    )
    assert ("tulus-abadi", "opposes_ban") in stances(statements)


def test_a_legislatures_president_announcing_its_ban_and_a_reasonable_policy():
    ents = [("Senate of Chad", ORG, ["Senate"]), ("Chad", J), ("DeepSeek", P), ("Ali Issa", PER), ("Rina Dos", PER)]
    _, statements = run(
        "The Senate of Chad has barred its employees from using DeepSeek, Senate President Ali Issa said on Monday. "
        "Data privacy lawyer Rina Dos said the Senate's policy was reasonable.",
        ents,
    )
    got = stances(statements)
    assert ("ali-issa", "neutral") not in got
    assert ("rina-dos", "supports_ban") in got


def test_a_quotation_continued_in_the_next_sentence_is_the_same_speakers():
    ents = [("Chad", J), ("Telegram", P), ("Kari Obi", PER), ("Jon Ade", PER)]
    _, statements = run(
        'Chad blocked Telegram on Monday. "We will meet the company next week," Kari Obi, a lawyer, said. '
        '"This app is a threat to national security." '
        '"It is pointless," said Jon Ade, a student. "They should explain what the actual risk is."',
        ents,
    )
    got = stances(statements)
    assert ("kari-obi", "supports_ban") in got
    assert ("jon-ade", "supports_ban") not in got


def test_the_judges_observing_speak_for_their_court():
    ents = [("Madras High Court", ORG), ("India", J), ("TikTok", P)]
    _, statements = run(
        "The Madras High Court on Wednesday ordered a ban on TikTok downloads in India. "
        '"Without understanding the dangers, children are using these apps," the judges observed.',
        ents,
    )
    assert ("madras-high-court", "supports_ban") in stances(statements)


def test_calling_allegations_false_is_a_denial_beside_the_criticism():
    ents = [("Ohio", J), ("Temu", P)]
    _, statements = run(
        "Ohio lawmakers introduced a bill on Tuesday that would ban Temu on state devices. Temu said it was "
        '"deeply disappointed" by the proposal and that the allegations were "completely false".',
        ents,
    )
    got = stances(statements)
    assert ("temu", "opposes_ban") in got and ("temu", "denies_allegation") in got


def test_a_quote_right_after_a_sided_statement_continues_it():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram said it was disappointed. "
        '"We have always answered requests from the authorities in good time," a Telegram spokesperson said.',
        ENTS,
    )
    assert stances(statements) >= {("telegram", "opposes_ban")}
    assert ("telegram", "neutral") not in stances(statements)


def test_a_neutral_statement_far_from_a_sided_one_stays():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram said it was disappointed. "
        "The ministry listed the agencies concerned. Officials will review the list in June. "
        "Schools were not included. Telegram said it would publish a new transparency report next month.",
        ENTS,
    )
    assert {("telegram", "opposes_ban"), ("telegram", "neutral")} <= stances(statements)


@pytest.mark.parametrize(
    "sentence, speaker, stance",
    [
        ('Ingrid Dahl, a lawyer in Oslo, called the ban "symbolic."', "ingrid-dahl", "opposes_ban"),
        ('"The block is proportionate to the harm," said Ingrid Dahl, a law professor.', "ingrid-dahl", "supports_ban"),
        ("Pavel Ivanov defended the restrictions on Tuesday.", "pavel-ivanov", "supports_ban"),
        (
            '"The ban is about silencing the opposition," said Pavel Ivanov, an opposition lawmaker.',
            "pavel-ivanov",
            "opposes_ban",
        ),
        ('Telegram said: "We take the safety of our users extremely seriously."', "telegram", "denies_allegation"),
        (
            "Pavel Ivanov said Telegram had failed to cooperate with investigators for years.",
            "pavel-ivanov",
            "supports_ban",
        ),
    ],
)
def test_stance_cues_without_the_usual_words(sentence, speaker, stance):
    _, statements = run("Norway banned Telegram nationwide on Monday. The block began at noon. " + sentence, ENTS)
    assert (speaker, stance) in stances(statements)


@pytest.mark.parametrize(
    "sentence",
    [
        '"This is about silencing the critics," said the party\'s deputy chairman Pavel Ivanov.',
        "Pavel Ivanov, director of the Center of Economic and Law Studies, said the policy was misguided.",
    ],
)
def test_party_and_think_tank_people_are_not_the_governments_voice(sentence):
    _, statements = run("Norway banned Telegram nationwide on Monday. The block began at noon. " + sentence, ENTS)
    assert ("pavel-ivanov", "opposes_ban") in stances(statements)


# -- speakers across an apposition, a 'when' clause, a re-mentioned decision, another country's plan (round 6)

ENTS6 = [
    ("Norway", J),
    ("Telegram", P),
    ("Ingrid Dahl", PER),
    ("Pavel Ivanov", PER),
    ("Oslo", J),
    ("Bergen", J),
    ("Kari Berg", PER),
    ("Ministry of Trade", ORG),
    ("Sweden", J),
]


def test_the_minister_is_the_person_named_after_a_long_portfolio():
    got = stances(
        run(
            "Norway has suspended Telegram until further notice, the Minister of Culture, Sport, Equality and "
            "the Digital Economy, Ingrid Dahl, announced on Wednesday. In a statement, the minister said the app "
            "had become a tool for criminals spreading hateful messages that threaten public order.",
            ENTS6,
        )[1]
    )
    assert ("ingrid-dahl", "supports_ban") in got


def test_saying_after_a_when_clause_is_the_clauses_person():
    got = stances(
        run(
            "Oslo banned Telegram from city phones on Friday. Bergen followed suit on Monday, when Mayor Kari Berg "
            "ordered Telegram removed from city devices, saying data security was central to protecting residents.",
            ENTS6,
        )[1]
    )
    assert ("kari-berg", "supports_ban") in got
    assert ("bergen", "supports_ban") not in got


def test_a_neutral_remark_about_the_decision_is_a_statement_not_the_ban_told():
    got = stances(
        run(
            "Norway banned Telegram from government phones on Monday. Prime Minister Pavel Ivanov played down "
            "the prospect of a row, saying he did not expect the decision to affect relations with Russia.",
            ENTS6,
        )[1]
    )
    assert ("pavel-ivanov", "neutral") in got


def test_another_countrys_ministry_considering_a_block_backs_it():
    got = stances(
        run(
            "Norway banned Telegram last year. In Sweden, the Ministry of Trade said this month that Telegram was "
            "operating without a licence, and that it was considering blocking the app if the company did not register.",
            ENTS6,
        )[1]
    )
    assert ("ministry-of-trade", "supports_ban") in got


def test_a_place_named_in_what_is_said_is_not_the_speaking_agencys():
    ents = ENTS6 + [("Justice Department", ORG), ("Telenor", ORG), ("China", J), ("Beijing", J)]
    got = stances(
        run(
            "Norway banned Telenor from its networks in May. In April, the Justice Department and other agencies "
            "recommended that the regulator revoke Telenor's licence, arguing that the company's operations gave "
            "Beijing opportunities to disrupt communications traffic.",
            ents,
        )[1]
    )
    assert not any(sp in ("china", "beijing") for sp, _ in got)


def test_an_official_of_the_imposing_side_who_only_criticises_opposes():
    ents = ENTS6 + [("Oslo Fire Rescue", ORG)]
    got = stances(
        run(
            "Norway banned drones made by Telegram from public agencies in April. Capt. Kari Berg, the drone "
            "program manager at Oslo Fire Rescue, said grounding the aircraft had set the program back by years, "
            "and that the approved alternatives were more expensive and less capable.",
            ents,
        )[1]
    )
    assert ("kari-berg", "opposes_ban") in got


def test_a_monitoring_group_reporting_the_block_is_a_neutral_statement():
    ents = ENTS6 + [("NetWatch", ORG)]
    got = stances(
        run(
            "Norway suspended Telegram on Wednesday. NetWatch, the internet monitoring organisation, said that its "
            "data showed Telegram had been restricted on several networks.",
            ents,
        )[1]
    )
    assert {st for sp, st in got if sp == "netwatch"} == {"neutral"}


def test_a_letter_sent_is_no_statement_but_they_argued_is_the_writers():
    ents = ENTS6 + [("Lars Holm", PER), ("Nina Lie", PER)]
    got = stances(
        run(
            "Norway banned Telegram on state phones in March. In October, Senator Lars Holm and Senator Nina Lie "
            "wrote to intelligence officials asking for a review of the app. They argued that its foreign "
            "ownership made it a counterintelligence threat.",
            ents,
        )[1]
    )
    assert ("lars-holm", "supports_ban") in got and ("nina-lie", "supports_ban") in got


def test_a_regulator_writing_to_the_company_takes_no_side():
    ents = ENTS6 + [("Data Inspectorate", ORG)]
    got = stances(
        run(
            "Norway banned Telegram on state phones. The Data Inspectorate has written to Telegram asking how it "
            "handles the data of users in Norway.",
            ents,
        )[1]
    )
    assert not any(sp == "data-inspectorate" for sp, _ in got)


def test_a_conjunct_of_a_relative_clause_is_a_description():
    got = stances(
        run(
            "Norway banned Telegram on state phones. The ruling drew a response from the office of Ingrid Dahl, "
            "which wrote much of the rule and is defending it in court.",
            ENTS6,
        )[1]
    )
    assert ("ingrid-dahl", "neutral") not in got


def test_an_advisory_with_its_scope_and_no_reason_is_the_measure_not_a_statement():
    ents = ENTS6 + [("Digital Agency", ORG)]
    got = stances(
        run(
            "Norway's Digital Agency advised ministries to avoid using Telegram for any work involving sensitive "
            "information.",
            ents,
        )[1]
    )
    assert not any(sp == "digital-agency" for sp, _ in got)


def test_the_company_is_the_company_that_just_spoke_not_its_owner():
    ents = ENTS6 + [("Durov Holdings", ORG)]
    got = stances(
        run(
            "Norway lifted its block on Telegram on Friday. Telegram, which is owned by Durov Holdings, said in a "
            "statement that a blanket block had always been unnecessary. The company said it had removed millions "
            "of posts in recent months.",
            ents,
        )[1]
    )
    assert not any(sp == "durov-holdings" for sp, _ in got)


def test_a_that_clause_the_parser_hung_on_a_noun_still_reports():
    got = stances(
        run(
            "The Oslo District Court ordered Telegram blocked on March 11. Chief Justice Kari Berg presided. "
            "The chief justice observed at that hearing that videos being shared on Telegram were harming society "
            "and were not acceptable.",
            ENTS6 + [("Oslo District Court", ORG)],
        )[1]
    )
    assert ("kari-berg", "supports_ban") in got


def test_a_standfirst_sums_up_and_is_no_statement_of_its_own():
    ents = ENTS6 + [("China", J), ("Beijing", J)]
    got = stances(
        run(
            "Norway bans Telegram on state phones\n\nMove follows an audit, but Beijing accuses Oslo of discrimination\n\n"
            "Norway banned Telegram on state phones on Monday. Pavel Ivanov, a spokesman for the Chinese foreign "
            "ministry, said China opposed the abuse of state power to suppress Chinese companies.",
            ents,
        )[1]
    )
    assert not any(sp in ("china", "beijing") for sp, _ in got)
    assert ("pavel-ivanov", "opposes_ban") in got


def test_the_state_in_a_us_state_story_is_that_state():
    ents = ENTS6 + [("Florida", J), ("United States", J)]
    got = stances(
        run(
            "Florida banned Chinese-made drones from state agencies in April, going further than the United States. "
            "The state says it is a high-value target for foreign adversaries.",
            ents,
        )[1]
    )
    assert ("united-states", "supports_ban") not in got


def test_it_said_in_a_relative_clause_is_the_body_that_ordered_the_block():
    ents = ENTS6 + [("Bergen District Court", ORG)]
    got = stances(
        run(
            "On Wednesday, the Bergen District Court ordered access to the messaging platform Telegram blocked "
            "nationwide over content that it said could lead to the abuse of children.",
            ents,
        )[1]
    )
    assert ("bergen-district-court", "supports_ban") in got


def test_another_court_ruling_on_the_ban_takes_a_side_even_when_a_court_imposed_it():
    ents = ENTS6 + [("Bergen District Court", ORG), ("Supreme Court of Norway", ORG)]
    got = stances(
        run(
            "In 2017 the Bergen District Court ordered Telegram blocked nationwide. The block stayed in place until "
            "the Supreme Court of Norway ruled in 2019 that it violated freedom of expression.",
            ents,
        )[1]
    )
    assert ("supreme-court-of-norway", "opposes_ban") in got


def test_a_minister_calling_the_platform_a_source_of_disinformation_does_not_oppose_the_ban():
    got = stances(
        run(
            "Norway banned Telegram on state phones last month. Ingrid Dahl, the digital minister, said on Tuesday "
            "that the platform had become a channel for disinformation and censorship of critics.",
            ENTS6,
        )[1]
    )
    assert ("ingrid-dahl", "opposes_ban") not in got


def test_anothers_plan_to_ban_is_not_the_speakers():
    got = stances(
        run(
            "Norway banned Telegram last year. Russia said on Monday that Sweden was considering blocking the app.",
            ENTS6 + [("Russia", J)],
        )[1]
    )
    assert ("russia", "supports_ban") not in got


def test_citing_with_a_subject_of_its_own_is_that_governments_statement():
    ents = ENTS6 + [("Iceland", J)]
    got = stances(
        run(
            "Norway banned Telegram in March. Iceland suspended Telegram for a year in November, with the government "
            "citing concerns about consumer protection.",
            ents,
        )[1]
    )
    assert ("iceland", "supports_ban") in got


def test_a_coordinated_clause_with_its_own_speaker_is_not_the_first_speakers_content():
    ents = ENTS6 + [("Digital Agency", ORG)]
    got = stances(
        run(
            "Sweden restricted Telegram on state phones this month. Earlier this month its Digital Agency advised "
            "ministries to avoid using Telegram for any work involving sensitive information, and Kari Berg, the "
            "digital minister, urged officials to be cautious because the data is stored on servers abroad.",
            ents,
        )[1]
    )
    assert not any(sp == "digital-agency" for sp, _ in got)
    assert ("kari-berg", "supports_ban") in got


def test_a_spokesperson_named_with_a_foreign_ministry_speaks_for_its_country_in_later_sentences():
    ents = ENTS + [("China", J), ("Chinese Foreign Ministry", ORG), ("Li Wei", PER, ["Li"])]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. China has followed the case. "
            "At a briefing in Beijing, Chinese Foreign Ministry spokesperson Li Wei said China had never asked "
            "companies to hand over data. "
            "Li also urged other countries to avoid politicising technology issues and to provide a fair and "
            "non-discriminatory environment.",
            ents,
        )[1]
    )
    assert ("li-wei", "supports_ban") not in got
    assert ("li-wei", "opposes_ban") in got


def test_a_time_since_or_a_list_as_well_as_gives_no_reason():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. "
            "Telegram has been barred from state phones since 2020, officials said. "
            "Officials said the measure covered Telegram as well as games such as chess apps.",
            ENTS,
        )[1]
    )
    assert ("norway", "supports_ban") not in got


def test_a_relative_clause_inside_a_reported_clause_is_second_hand():
    ents = ENTS + [("Security Service", ORG)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. The ministry said at the time that its rules "
            "were based on advice from the Security Service, which had concluded that the app posed a risk.",
            ents,
        )[1]
    )
    assert not any(sp == "security-service" for sp, _ in got)


def test_a_participle_on_a_reported_clause_is_the_reporters():
    ents = ENTS + [("Lars Berg", PER), ("Security Service", ORG)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. The Security Service's head, Lars Berg, said last "
            "month that Russia was one of the biggest threats to Norway, accusing Moscow of espionage.",
            ents,
        )[1]
    )
    assert not any(sp == "russia" for sp, _ in got)


def test_a_court_suspending_a_ban_speaks_of_its_procedure_without_a_side():
    ents = ENTS + [("District Court", ORG), ("Telecom Authority", ORG)]
    got = stances(
        run(
            "A court on Monday suspended a ban on Telegram, pending an appeal. The Telecom Authority had banned "
            "Telegram in October. The District Court ruled that the ban could not be enforced until the court had "
            "examined the substance of the appeal. The court said the case raised questions that needed to be tried.",
            ents,
        )[1]
    )
    assert ("district-court", "opposes_ban") not in got
    assert ("district-court", "neutral") in got


def test_a_neutral_remark_after_another_speaker_is_no_continuation():
    ents = ENTS + [("Telecom Authority", ORG), ("Lars Berg", PER)]
    got = stances(
        run(
            "The Telecom Authority banned Telegram on Monday. The authority said the app posed a security risk. "
            "Lars Berg, a researcher, said the ban was pointless. "
            "The authority said on Tuesday that it was analysing what the ruling meant for the auction.",
            ents,
        )[1]
    )
    assert ("telecom-authority", "supports_ban") in got
    assert ("telecom-authority", "neutral") in got


def test_a_story_with_no_ban_has_no_side_to_take():
    ents = ENTS + [("Lars Berg", PER)]
    got = stances(
        run(
            "Few people in Norway use Telegram for work. Lars Berg, the digital minister, said the government would "
            "keep watch for any threat to national security.",
            ents,
        )[1]
    )
    assert ("lars-berg", "neutral") in got
    assert ("lars-berg", "supports_ban") not in got


def test_a_reported_review_is_neutral():
    ents = ENTS + [("Lars Berg", PER)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Lars Berg, a government spokesman, said the "
            "security council was looking into the national security implications of the app.",
            ents,
        )[1]
    )
    assert ("lars-berg", "neutral") in got
    assert ("lars-berg", "supports_ban") not in got


def test_officials_restating_the_measure_make_no_statement():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. The ban covers ministries and public schools. "
            "Officials said staff should not use Telegram on work computers or phones.",
            ENTS,
        )[1]
    )
    assert ("norway", "supports_ban") not in got


def test_a_possessed_statement_noun_inside_someone_elses_words_is_theirs():
    ents = ENTS + [("Telecom Authority", ORG)]
    got = stances(
        run(
            "The Telecom Authority banned Telegram on Monday. An official said the ban would remain in place until "
            "the platform addressed the government's concerns.",
            ents,
        )[1]
    )
    assert ("norway", "supports_ban") not in got


def test_experts_in_a_city_are_not_the_country():
    ents = ENTS + [("Oslo", J)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Security experts in Oslo said the ban was likely "
            "to push users to other apps, which would make it harder to track criminal activity.",
            ents,
        )[1]
    )
    assert not any(sp in ("norway", "oslo") for sp, _ in got)


def test_liveblog_headings_and_recaps_make_no_statements():
    ents = ENTS + [("Navy", ORG)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday.\n\nNavy confirms it warned sailors off Telegram\n\n"
            "We're wrapping up. To recap: Norway has barred the app, and the Navy has confirmed it told its members "
            "not to use it.",
            ents,
        )[1]
    )
    assert not any(sp == "navy" for sp, _ in got)


def test_a_body_saying_something_then_an_unnamed_spokesperson_telling_it_is_first_hand():
    ents = ENTS + [("Data Commission", ORG), ("Denmark", J)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Denmark's Data Commission said it had written to "
            "Telegram requesting information about its data handling, a spokesperson told reporters.",
            ents,
        )[1]
    )
    assert ("data-commission", "neutral") in got


def test_the_banned_side_rejecting_the_decision_opposes_and_calling_the_claims_unfounded_denies():
    got = stances(
        run("Norway banned Telegram on government phones on Monday. Telegram rejected the decision.", ENTS)[1]
    )
    assert ("telegram", "opposes_ban") in got
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Telegram said the security claims were unfounded.",
            ENTS,
        )[1]
    )
    assert ("telegram", "denies_allegation") in got
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Telegram criticised the ban, saying it rests on "
            "unfounded claims about the company.",
            ENTS,
        )[1]
    )
    assert ("telegram", "opposes_ban") in got


def test_declaring_something_with_a_plain_object_is_an_act_not_a_statement():
    ents = ENTS + [("Lars Berg", PER)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Prime Minister Lars Berg has declared total war "
            "on organised crime.",
            ents,
        )[1]
    )
    assert not any(sp == "lars-berg" for sp, _ in got)


def test_a_newspaper_cited_as_the_source_is_no_speaker():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "The city banned the app on Monday, the Boston Herald reported. "
        "The mayor's office defended the ban, according to the Herald. "
        "Officials restricted the service too, according to a report by Bloomberg."
    )
    facts = extract_one(Document(id="t", text=text))
    speakers = {s.speaker for s in facts.statements}
    assert not any("herald" in s or "bloomberg" in s for s in speakers)


def test_a_verb_of_saying_after_by_speaks_for_the_main_subject():
    ents = ENTS + [("Lena Berg", PER)]
    _, statements = run(
        "Norway banned Telegram on Monday. Lena Berg responded to the ban by calling it an attack on the right "
        "of Norwegians to speak freely.",
        ents,
    )
    assert ("lena-berg", "opposes_ban") in stances(statements)


def test_he_after_a_quoted_name_is_the_subject_of_the_sentence_before():
    ents = ENTS + [("Lena Berg", PER)]
    _, statements = run(
        "Norway banned Telegram on Monday. Pavel Ivanov has traded insults with Lena Berg for weeks. "
        '"Berg is a clown," he wrote, and he responded to the ban by calling it an attack on free speech.',
        ents,
    )
    got = stances(statements)
    assert ("pavel-ivanov", "opposes_ban") in got
    assert ("lena-berg", "opposes_ban") not in got


def test_a_letter_speaks_for_its_writer_not_for_a_country_it_lists():
    ents = ENTS + [("Lena Berg", PER), ("China", J), ("Iran", J)]
    _, statements = run(
        "Norway told officials not to install Telegram on work phones. In a letter to parliament, Lena Berg said the "
        "advice would stay until the government finishes a new system. The countries concerned include China, Russia "
        "and Iran, the letter said, citing assessments by the security service.",
        ents,
    )
    speakers = {sp for sp, _ in stances(statements)}
    assert "iran" not in speakers and "norway" not in speakers


def test_a_court_rejecting_a_challenge_rules_and_denies_nothing():
    ents = ENTS + [("Oslo District Court", ORG)]
    _, statements = run(
        "Norway banned Telegram in May. Telegram sued to block the ban. The Oslo District Court rejected the "
        "challenge in December.",
        ents,
    )
    assert not any(sp == "oslo-district-court" and st == "denies_allegation" for sp, st in stances(statements))


def test_a_memo_from_a_body_speaks_for_that_body():
    ents = ENTS + [("Norwegian Data Agency", ORG)]
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. A memo from the Norwegian Data Agency said the "
        "app's servers sit abroad, raising security concerns.",
        ents,
    )
    assert ("norwegian-data-agency", "supports_ban") in stances(statements)


def test_a_centre_for_something_is_a_think_tank_not_the_state():
    ents = ENTS + [("Centre for Digital Freedom", ORG)]
    _, statements = run(
        "Norway blocked Telegram on Wednesday. The Oslo-based Centre for Digital Freedom said the blanket block "
        "punished millions of ordinary users. It urged the government to restore access as soon as possible.",
        ents,
    )
    got = stances(statements)
    assert ("centre-for-digital-freedom", "opposes_ban") in got
    assert ("centre-for-digital-freedom", "supports_ban") not in got


def test_a_company_spokeswoman_speaks_for_the_firm_just_named():
    ents = ENTS + [("Telegram Group", ORG)]
    _, statements = run(
        "Telegram Group makes the app. Norway banned Telegram on government phones on Monday. The nuance was not lost "
        "on Telegram. A company spokeswoman said the company regretted being caught up in bans it considers unjustified.",
        ents,
    )
    got = stances(statements)
    assert ("telegram", "opposes_ban") in got


def test_a_company_spokesperson_speaks_for_the_app_the_sentence_before_was_about_not_its_owner():
    ents = [("Vermont", J), ("WeChat", P), ("Tencent Holdings", ORG)]
    _, statements = run(
        "Vermont banned WeChat on state phones on Monday. WeChat, which is owned by the Shenzhen-based company "
        "Tencent Holdings, pushed back. A company spokesperson said the bans were fuelled by misinformation and "
        "would do nothing for security.",
        ents,
    )
    got = {sp for sp, _ in stances(statements)}
    assert got == {"wechat"}, got
    # the owner as the acting subject: the owner's spokesperson
    _, statements = run(
        "Vermont banned WeChat on state phones on Monday. Tencent Holdings, which owns WeChat, criticised the "
        "decision. A company spokesperson said the bans were fuelled by misinformation.",
        ents,
    )
    assert {sp for sp, _ in stances(statements)} == {"tencent-holdings"}, stances(statements)


def test_an_armed_service_is_a_government_body_its_spokeswoman_backs_its_countrys_ban():
    ents = [("United States", J), ("ChatGPT", P), ("Air Force", ORG), ("Dana Whitfield", PER)]
    _, statements = run(
        "The United States banned ChatGPT on military computers on Tuesday. An Air Force spokeswoman, Dana "
        'Whitfield, confirmed the ban. "The ban protects our people and our mission data from risks we cannot yet '
        'control," she said.',
        ents,
    )
    assert ("dana-whitfield", "supports_ban") in stances(statements)


def test_a_forces_name_that_is_no_armed_service_is_an_armed_group_not_the_state():
    # "X Forces" is a government body only as an armed service's name ("Air Force", "Armed Forces"); a militia
    # or rebel group named "... Forces" speaks for itself
    ents = [("Ethiopia", J), ("Facebook", P), ("Tigray Liberation Forces", ORG)]
    _, statements = run(
        "Ethiopia's government blocked Facebook across the country on Monday. A spokesman for the Tigray Liberation "
        "Forces said the block was meant to hide attacks on civilians.",
        ents,
    )
    assert {sp for sp, _ in stances(statements)} == {"tigray-liberation-forces"}, stances(statements)


def test_an_unnamed_official_speaks_for_the_government_and_the_official_for_the_body_that_just_spoke():
    ents = [("Lithuania", J), ("Zello", P), ("Interior Ministry", ORG)]
    _, statements = run(
        "Lithuania banned Zello on state phones on Friday. "
        "The app posed a risk to the security of state networks, a government official said.",
        ents,
    )
    assert stances(statements) == {("lithuania", "supports_ban")}
    _, statements = run(
        "Lithuania banned Zello on state phones on Friday. "
        "The app posed a risk to national security, an Interior Ministry official said. "
        "The official said the ban would remain until the company fixed the flaw.",
        ents,
    )
    assert stances(statements) == {("interior-ministry", "supports_ban")}
    assert len(statements[0].evidence) == 2


def test_the_company_refers_back_to_the_subject_of_the_sentence_before_not_its_owner():
    ents = [("India", J), ("Shein", P), ("Roadget", ORG)]
    _, statements = run(
        "India banned Shein last year. "
        "Shein, which is run by the Singapore firm Roadget, declined to comment on Monday. "
        "The company has denied that it sends user data to China.",
        ents,
    )
    assert stances(statements) == {("shein", "denies_allegation")}
    _, statements = run(
        "India banned Shein last year. Roadget, which runs Shein, declined to comment. "
        "The company has denied that it sends user data to China.",
        ents,
    )
    assert stances(statements) == {("roadget", "denies_allegation")}


def test_unnamed_sources_and_a_consultant_from_a_place_speak_for_nobody():
    ents = [("Vietnam", J), ("Signal", P), ("Hanoi", J), ("Signal Foundation", ORG)]
    ban = "Vietnam blocked Signal nationwide on Sunday. "
    for said in (
        "The app threatened national security, according to officials familiar with the decision.",
        "People familiar with the matter said the ministry feared the app threatened national security.",
        '"This is censorship dressed up as security," said a Hanoi-based technology consultant.',
    ):
        _, statements = run(ban + said, ents)
        assert statements == [], said
    _, statements = run(ban + "A Signal Foundation consultant said the ban was unjustified.", ents)
    assert stances(statements) == {("signal-foundation", "opposes_ban")}


def test_declining_to_say_saying_little_and_unnamed_critics_are_no_statements():
    ents = [("Peru", J), ("Kick", P), ("Ana Torres", PER), ("Kick Streaming", ORG), ("Congress", ORG)]
    ban = "Peru banned Kick on state phones on Monday. "
    for said in (
        "Ana Torres, the interior minister, declined to say whether the ban would be extended to other apps.",
        "Kick Streaming has said little publicly about the ban.",
        "Critics in Congress said the government had moved too slowly.",
    ):
        _, statements = run(ban + said, ents)
        assert statements == [], said
    _, statements = run(ban + "Kick Streaming said little had changed and that the ban was unfair.", ents)
    assert stances(statements) == {("kick-streaming", "opposes_ban")}


def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_sentence_before():
    ents = [("Chile", J), ("Zalo", P), ("Vina Corp", ORG), ("Santiago", J)]
    ban = "Chile banned Zalo on government phones on Monday. "
    _, statements = run(
        ban + 'Zalo said it was disappointed. "We have never handed user data to any government," a spokesperson said.',
        ents,
    )
    assert ("zalo", "denies_allegation") in stances(statements)
    _, statements = run(
        ban + "Vina Corp responded to a request for comment on Tuesday. "
        '"We are studying the order and will talk to the authorities," a spokesman said.',
        ents,
    )
    assert ("vina-corp", "neutral") in stances(statements)
    # a spokesperson after a sentence with no body acting speaks for nobody
    _, statements = run(
        ban + "The order was published in Santiago on Tuesday. "
        '"We are studying the order and will talk to the authorities," a spokesman said.',
        ents,
    )
    assert statements == []


def test_yet_as_a_time_adverb_is_no_turn_against_the_measure():
    ents = [("Chile", J), ("Zalo", P), ("Rosa Vidal", PER)]
    ban = "Chile banned Zalo on government phones on Monday. "
    _, statements = run(
        ban + '"We took this step as a precaution, because we cannot yet check where the data ends up," said '
        "Rosa Vidal, a professor of law at the University of Chile.",
        ents,
    )
    assert ("rosa-vidal", "supports_ban") in stances(statements)
    # "yet" after a comma turns: a point granted, then taken back
    _, statements = run(
        ban + "Rosa Vidal, a professor of law at the University of Chile, said keeping the app off state phones was "
        "sensible, yet anyone could still install a copy at home.",
        ents,
    )
    assert ("rosa-vidal", "supports_ban") not in stances(statements)


def test_a_parliamentary_official_speaks_for_the_parliament_not_the_country():
    ents = [("Chile", J), ("Zalo", P), ("National Assembly of Chile", ORG)]
    _, statements = run(
        "Chile banned Zalo on government phones on Monday. "
        "The National Assembly of Chile has also asked members to remove the app. "
        'A parliamentary official said the request was "a precaution".',
        ents,
    )
    got = stances(statements)
    assert ("national-assembly-of-chile", "supports_ban") in got
    assert ("chile", "supports_ban") not in got


def test_the_judge_is_the_judge_named_before_not_the_court():
    ents = [("Chile", J), ("Zalo", P), ("Supreme Court of Chile", ORG), ("Rosa Vidal", PER)]
    _, statements = run(
        "Chile blocked Zalo nationwide on Monday. On Friday the Supreme Court of Chile suspended the block. "
        "In her ruling, Lady Justice Rosa Vidal ordered providers to restore access. "
        '"A blanket block without notice appears disproportionate," the judge said.',
        ents,
    )
    got = stances(statements)
    assert ("rosa-vidal", "opposes_ban") in got
    assert not any(sp == "supreme-court-of-chile" for sp, _ in got)


def test_shop_owners_in_a_city_are_not_the_country_speaking():
    ents = [("Chile", J), ("Zalo", P), ("Santiago", J)]
    _, statements = run(
        "Chile blocked Zalo nationwide on Monday. "
        "Shop owners in Santiago who sell through Zalo said they had lost customers during the block.",
        ents,
    )
    assert statements == []


def test_the_centre_is_the_centre_just_named():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. The ban followed a review by the Centre for "
            "Digital Defence. The centre said on Sunday that there was a serious risk of espionage.",
            ENTS + [("Centre for Digital Defence", ORG)],
        )[1]
    )
    assert ("centre-for-digital-defence", "supports_ban") in got
    assert ("norway", "supports_ban") not in got


def test_a_spokesperson_for_the_company_speaks_for_the_app_just_named():
    ents = ENTS + [("Durov Holdings", ORG)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Telegram, which belongs to Durov Holdings, "
            'said it was disappointed. "The decision rests on misconceptions," a spokesperson for the company '
            "said. The company has repeatedly said that it does not share user data with Russia.",
            ents,
        )[1]
    )
    assert ("telegram", "denies_allegation") in got
    assert ("durov-holdings", "denies_allegation") not in got


def test_the_words_of_a_named_body_are_no_stance_cue():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. A spokesperson for the Office for Public "
            "Administration said it was following the work of the National Security Authority and would decide "
            "later.",
            ENTS + [("Office for Public Administration", ORG), ("National Security Authority", ORG)],
        )[1]
    )
    assert ("office-for-public-administration", "supports_ban") not in got


def test_telling_someone_to_do_something_is_an_order_not_a_statement():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Russia told operators in 2019 to stop buying "
        "Telegram services and to strip them out of their networks by the end of 2024, an order later put on a "
        "statutory footing.",
        ENTS,
    )
    assert not [s for s in statements if s.speaker.endswith("/russia")]


def test_a_measure_called_too_lenient_is_backed():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Pavel Ivanov, an opposition MP, said the "
            "deadlines were far too lenient.",
            ENTS,
        )[1]
    )
    assert ("pavel-ivanov", "supports_ban") in got


def test_adding_after_a_coordinated_reported_clause_is_the_reporters():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Ingrid Dahl said the government had noticed many "
        "reports about security incidents and that Russia attached great importance to information security, "
        "adding that companies operating in Russia should abide by its laws.",
        ENTS,
    )
    assert not [s for s in statements if s.speaker.endswith("/russia")]


def test_who_denies_the_measure_exists_does_not_back_it():
    ents = [("China", J), ("Apple", ORG), ("Li Wei", PER, ["Li"])]
    got = stances(
        run(
            "Reports said China had told officials to stop using Apple phones at work. "
            '"China has not issued any rules that ban Apple phones," spokesman Li Wei told a briefing. '
            "Li said the government had noticed reports of security incidents and that companies in China should "
            "abide by its laws.",
            ents,
        )[1]
    )
    assert ("li-wei", "denies_allegation") in got
    assert ("li-wei", "supports_ban") not in got
    assert ("li-wei", "neutral") in got


def test_a_principle_without_the_target_is_no_restated_measure():
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Ingrid Dahl, the digital minister, did not "
            'confirm the details but said smartphones "should not be used for official business" in any case.',
            ENTS,
        )[1]
    )
    assert ("ingrid-dahl", "supports_ban") in got


def test_a_chief_executive_after_the_company_speaks_for_it():
    ents = [("Norway", J), ("Telegram", P), ("Veltra", ORG), ("Jonas Berg", PER)]
    got = stances(
        run(
            "Norway's data authority blocked Telegram on Monday. Veltra, which runs the service, reacted within "
            "hours. Chief executive Jonas Berg wrote that the firm had paused the service, though it believed it "
            "complies with all privacy laws.",
            ents,
        )[1]
    )
    assert ("jonas-berg", "denies_allegation") in got


def test_a_response_described_by_the_writer_is_no_statement():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram's own response was polite but firm.",
        ENTS,
    )
    assert not statements


def test_she_after_a_spokeswoman_for_someone_is_the_spokeswoman():
    ents = [("Ohio", J), ("Telegram", P), ("Jane Roe", PER), ("Mark Doe", PER)]
    got = stances(
        run(
            "A judge blocked Ohio's ban on Telegram on Friday. Jane Roe, a spokeswoman for Attorney General Mark "
            'Doe, said the ruling was only a first step. "This is early days. We will defend the law that protects '
            'Ohioans from foreign spying," she said.',
            ents,
        )[1]
    )
    assert ("jane-roe", "supports_ban") in got
    assert ("mark-doe", "supports_ban") not in got


def test_the_governor_is_the_one_named_gov():
    ents = [("Ohio", J), ("Telegram", P), ("Mark Doe", PER)]
    got = stances(
        run(
            "Gov. Mark Doe banned Telegram on state phones in May. The rule stays in force. When he signed the "
            "order, the governor said it would protect state data from foreign spies.",
            ents,
        )[1]
    )
    assert ("mark-doe", "supports_ban") in got


def test_warning_of_risks_on_an_instruction_is_its_reason_not_a_statement():
    ents = ENTS + [("Ministry of Finance of Norway", ORG, ["finance ministry"])]
    _, statements = run(
        "Norway has stopped short of a ban. An internal advisory from the finance ministry told employees to avoid "
        "Telegram on office computers, warning of risks to the confidentiality of government data.",
        ents,
    )
    assert not statements


def test_what_the_company_has_promised_is_no_statement():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Here is what happened, what Telegram has "
        "promised, and what comes next.",
        ENTS,
    )
    assert not [s for s in statements if s.speaker.endswith("/telegram")]


def test_what_the_imposer_called_the_content_is_still_its_label():
    _, statements = run(
        "Last year the Nordic Media Authority blocked Telegram over what it called dangerous and hateful content.",
        ENTS + [("Nordic Media Authority", ORG)],
    )
    assert ("nordic-media-authority", "supports_ban") in stances(statements)


def test_a_monitor_measuring_that_platforms_were_restricted_speaks_neutrally():
    ents = ENTS + [("NetWatch", ORG)]
    _, statements = run(
        "Norway blocked Telegram and three other apps on Friday. Internet monitor NetWatch said its data "
        "confirmed that the four platforms had been restricted on several networks.",
        ents,
    )
    assert {s.stance for s in statements if s.speaker.endswith("/netwatch")} == {"neutral"}


def test_a_bodys_remark_told_again_by_its_press_secretary_is_the_secretarys():
    ents = [("United States", J), ("Telegram", P), ("White House", ORG), ("Jane Roe", PER)]
    got = stances(
        run(
            "A federal ban on Telegram takes effect on Sunday. The White House says it is leaving the matter to "
            'the next administration. Press secretary Jane Roe said on Friday that "implementing the law must fall '
            'to the next administration".',
            ents,
        )[1]
    )
    assert ("jane-roe", "neutral") in got
    assert ("white-house", "neutral") not in got


def test_a_conclusion_hung_on_a_passive_main_verb_is_the_prior_clauses_subject():
    ents = [("Canada", J), ("Kaspersky", ORG), ("Communications Security Establishment", ORG)]
    _, statements = run(
        "Canada barred Kaspersky products from federal networks on Monday. The order was signed after the "
        "Communications Security Establishment reviewed the vendor's code, and concluded that the use of Kaspersky "
        "products poses an unacceptable security risk to the government.",
        ents,
    )
    assert [s.speaker for s in statements] == [entity_id("Organisation", "Communications Security Establishment")]


def test_a_passive_judgement_is_its_agents_or_else_the_acting_subjects():
    ents = [("Spain", J), ("Wavelink", P), ("Spanish Data Protection Agency", ORG)]
    _, statements = run(
        "The Spanish Data Protection Agency ordered Wavelink blocked on Monday, after the company's replies to its "
        'questions were judged "wholly inadequate".',
        ents,
    )
    assert [s.speaker for s in statements] == [entity_id("Organisation", "Spanish Data Protection Agency")]
    _, statements = run(
        'Spain blocked Wavelink on Monday. The company\'s safeguards were deemed "wholly inadequate" by the '
        "Spanish Data Protection Agency.",
        ents,
    )
    assert [s.speaker for s in statements] == [entity_id("Organisation", "Spanish Data Protection Agency")]


def test_a_body_described_as_deemed_a_risk_says_nothing():
    ents = [("Spain", J), ("Wavelink", P), ("Hexa", ORG)]
    _, statements = run(
        "Spain barred Wavelink and other products from vendors deemed a security risk, like Hexa.", ents
    )
    assert statements == []


def test_a_name_given_with_called_is_no_statement():
    ents = [("Spain", J), ("Wavelink", P), ("Agencia Española de Protección de Datos", ORG)]
    _, statements = run(
        "Spain blocked Wavelink on Monday. The Agencia Española de Protección de Datos, usually called the Agencia "
        "Española de Protección de Datos, is Spain's privacy regulator.",
        ents,
    )
    assert statements == []


def test_an_outlet_cited_for_what_others_said_is_no_speaker():
    ents = [("Norway", J), ("Telegram", P), ("Kanal Nord", ORG)]
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. According to broadcaster Kanal Nord, several "
        "lawmakers use the app and said they would keep their accounts running from private phones.",
        ents,
    )
    assert not [s for s in statements if s.speaker.endswith("/kanal-nord")]


def test_a_product_maker_speaks_for_the_company_that_makes_it():
    ents = [("Vietnam", J), ("Apple", ORG), ("iPhone", P), ("Zalo", P)]
    _, statements = run(
        "Vietnam ordered Apple to remove Zalo from its App Store on Monday. The iPhone maker said it was obliged to "
        "follow local laws, even when it disagreed.",
        ents,
    )
    assert {s.speaker for s in statements} == {entity_id("Organisation", "Apple")}


def test_a_policy_framework_is_not_the_company():
    """A named framework (a policy instrument) is no firm: "the company" is the app's maker, not the framework."""
    _, statements = run(
        "Portugal finally ordered Viber off ministry laptops on Friday, under a mandatory direction issued through "
        "the Digital Security Governance Framework. "
        'Viber, for its part, is angry. Rui Costa, the company\'s manager in Portugal, said it was "deeply disappointed". '
        "The company insists it has never handed user data to any government and would refuse if asked.",
        [("Portugal", J), ("Viber", P), ("Digital Security Governance Framework", ORG), ("Rui Costa", PER)],
    )
    got = stances(statements)
    assert ("viber", "denies_allegation") in got
    assert not any(s.speaker.endswith("framework") for s in statements)


def test_no_security_incident_ever_is_a_denial():
    _, statements = run(
        "Chile barred Viber from ministry networks on Monday, citing espionage risks. "
        "Marta Quiroga, Viber's head of public affairs, said in a statement that there had never been a security "
        "incident involving the app in Chile.",
        [("Chile", J), ("Viber", P), ("Marta Quiroga", PER)],
    )
    assert ("marta-quiroga", "denies_allegation") in stances(statements)


def test_it_after_a_named_firm_that_did_not_respond_is_that_firm():
    _, statements = run(
        "Denmark banned Hytera radios and Dahua cameras from police stations on Monday. "
        "Dahua said the ruling was unfair to its customers. "
        "Hytera did not answer a request for comment; it has long denied that its radios could leak data to Beijing.",
        [("Denmark", J), ("Hytera", ORG), ("Dahua", ORG)],
    )
    got = stances(statements)
    assert ("hytera", "denies_allegation") in got
    assert ("dahua", "denies_allegation") not in got


def test_the_company_after_the_banned_app_is_the_app_not_a_firm_named_long_before():
    _, statements = run(
        "Portugal banned WeChat on ministry phones on Friday. "
        "WeChat belongs to Tencent, a Shenzhen group. "
        "Several ministers had asked for the move for months. "
        "Officials cited the risk of data reaching foreign services. "
        "WeChat has criticised the ban. "
        '"This is a political gesture," company spokeswoman Rita Lopes said. '
        "The company has said it does not share user data with the Chinese government.",
        [("Portugal", J), ("WeChat", P), ("Tencent", ORG), ("Rita Lopes", PER)],
    )
    got = stances(statements)
    assert ("wechat", "denies_allegation") in got
    assert ("tencent", "denies_allegation") not in got


def test_head_of_the_banned_app_named_in_apposition_speaks_for_it_and_harm_to_users_opposes():
    _, statements = run(
        "Belarus blocked Snapchat on Tuesday. "
        "The head of Snapchat, Lena Marsh, said about 5 million people in Belarus would be cut off "
        '"from one another, and from the rest of the world".',
        [("Belarus", J), ("Snapchat", P), ("Lena Marsh", PER)],
    )
    got = stances(statements)
    assert ("lena-marsh", "opposes_ban") in got
    assert ("lena-marsh", "supports_ban") not in got


def test_questioning_the_timing_of_the_decision_opposes_it():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "A Viber spokesperson questioned the timing of the government's decision.",
        [("Chile", J), ("Viber", P)],
    )
    assert ("viber", "opposes_ban") in stances(statements)


def test_a_ruling_that_kept_the_lead_ban_is_welcomed_by_its_side_despite_a_blocked_ban_in_passing():
    _, statements = run(
        "The Supreme Court of Norway on Tuesday upheld a national law that banned Viber nationwide. "
        "Justice Minister Kari Holm welcomed the ruling. "
        "A judge blocked a similar ban by the city of Bergen last year.",
        [("Norway", J), ("Viber", P), ("Kari Holm", PER), ("Bergen", J), ("Supreme Court of Norway", ORG)],
    )
    got = stances(statements)
    assert ("kari-holm", "supports_ban") in got
    assert ("kari-holm", "opposes_ban") not in got


def test_backing_the_measure_as_a_verb_supports_it():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Senator Ana Rojas said she supported the order but wanted a broader review of messaging apps. "
        "Finance Minister Luis Vera backed the move, saying Chile was acting like its neighbours.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER), ("Luis Vera", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "supports_ban") in got
    assert ("luis-vera", "supports_ban") in got


def test_what_may_not_be_sold_with_a_reason_is_the_imposers_backing():
    _, statements = run(
        "Vietnam banned sales of the Pixel 9 on Monday. "
        "Trade Minister Nguyen Lan told reporters that the phone could not be sold because Google had not opened "
        "a local repair centre.",
        [("Vietnam", J), ("Pixel 9", P), ("Google", ORG), ("Nguyen Lan", PER)],
    )
    assert ("nguyen-lan", "supports_ban") in stances(statements)


def test_spokesperson_of_the_imposing_parliament_giving_reasons_backs_the_ban():
    _, statements = run(
        "The Storting banned Viber on its devices on Tuesday. "
        "The European Commission banned Viber on staff phones last month. "
        "Kari Berg, the Storting's spokesperson, said the step was taken in line with other institutions and for "
        "cybersecurity reasons.",
        [("Storting", ORG), ("European Commission", ORG), ("Viber", P), ("Kari Berg", PER)],
    )
    assert ("kari-berg", "supports_ban") in stances(statements)


def test_accusing_the_imposing_state_opposes_its_ban():
    _, statements = run(
        "Chile banned Viber on ministry phones on Monday. "
        "The Russian embassy in Santiago accused Chile of acting on behalf of Washington.",
        [("Chile", J), ("Viber", P), ("Embassy of Russia in Santiago", ORG, ["Russian embassy in Santiago"])],
    )
    assert ("embassy-of-russia-in-santiago", "opposes_ban") in stances(statements)


def test_rejecting_the_reasoning_of_the_measure_opposes_it():
    _, statements = run(
        "Chile banned Viber on ministry phones on Monday. Viber rejected the government's reasoning.",
        [("Chile", J), ("Viber", P)],
    )
    assert ("viber", "opposes_ban") in stances(statements)


def test_not_engaging_in_threats_or_not_required_to_hand_data_denies_beside_the_criticism():
    _, statements = run(
        "Chile banned Viber on ministry phones on Monday. "
        'The company said the ban was "unfair" and that it does not engage in any activity that threatens Chile. '
        "Pavel Ivanov, Viber's head of policy, argued that the ban rests on misconceptions and insisted that "
        "foreign companies are not required to hand data to any state.",
        [("Chile", J), ("Viber", P), ("Pavel Ivanov", PER)],
    )
    got = stances(statements)
    assert ("viber", "denies_allegation") in got
    assert ("pavel-ivanov", "opposes_ban") in got
    assert ("pavel-ivanov", "denies_allegation") in got


def test_critics_words_moral_panic_retaliation_and_no_consultation_oppose():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Ana Rojas, a union delegate at the labour ministry, said the change was made without the slightest "
        "consultation. "
        "Luis Vera, chief executive of the telecoms group Entel, warned that shutting out foreign vendors risked "
        "retaliation abroad. "
        "Opposition MP Marta Soto warned against a moral panic about one app.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER), ("Luis Vera", PER), ("Marta Soto", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "opposes_ban") in got
    assert ("luis-vera", "opposes_ban") in got
    assert ("marta-soto", "opposes_ban") in got


def test_calling_the_ruler_a_dictator_opposes_his_ban():
    _, statements = run(
        "Chile blocked Viber nationwide on Monday. "
        'Viber\'s owner Pavel Ivanov called President Ana Rojas a "dictator" in a post on Tuesday.',
        [("Chile", J), ("Viber", P), ("Pavel Ivanov", PER), ("Ana Rojas", PER)],
    )
    assert ("pavel-ivanov", "opposes_ban") in stances(statements)


def test_words_near_a_critics_cue_are_no_side_of_their_own():
    # retaliation nobody should fear, a dictatorship the app's users oppose, a crackdown only starting: no stance cue
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Ana Rojas, a security analyst, said Chile should not fear retaliation from abroad. "
        "Luis Vera, a historian, said the app was popular among opponents of the dictatorship in Belarus. "
        "Marta Soto, a free speech campaigner, warned that this was only the start of a wider crackdown.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER), ("Luis Vera", PER), ("Marta Soto", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "opposes_ban") not in got
    assert ("luis-vera", "opposes_ban") not in got
    assert ("marta-soto", "supports_ban") not in got


def test_accusing_the_imposer_of_doing_too_little_is_no_opposition():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Opposition MP Ana Rojas accused Chile of acting too slowly against the app.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER)],
    )
    assert ("ana-rojas", "opposes_ban") not in stances(statements)


def test_backing_that_nobody_gives_or_only_on_a_condition_is_no_support():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Opposition MP Ana Rojas said few people would support the ban if they understood it. "
        "Luis Vera, a consumer advocate, said he would back the ban if it were narrower.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER), ("Luis Vera", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "supports_ban") not in got
    assert ("luis-vera", "supports_ban") not in got


def test_a_ministry_named_by_its_field_is_the_body_whose_name_carries_it():
    _, statements = run(
        "Chile blocked Viber nationwide on Monday. The Ministry of Transport ordered operators to cut access, acting "
        "on a request from the Ministry of Culture. "
        "The transport ministry said its role had been purely technical.",
        [("Chile", J), ("Viber", P), ("Ministry of Transport", ORG), ("Ministry of Culture", ORG)],
    )
    speakers = {s.speaker.split("/")[1] for s in statements}
    assert "ministry-of-transport" in speakers
    assert "ministry-of-culture" not in speakers


def test_a_review_still_under_way_is_no_side():
    _, statements = run(
        "Chile removed Viber from ministry laptops on Wednesday. "
        "Interior Minister Ana Rojas said a wider review of the security risks of messaging apps was still under "
        "way and that its findings would go to cabinet.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "supports_ban") not in got
    assert ("ana-rojas", "neutral") in got


def test_the_imposer_saying_there_would_be_no_app_backs_its_ban():
    _, statements = run(
        "Chile will block Viber nationwide for a year. "
        "President Ana Rojas told parents in Santiago that, for a year, there would be no Viber in Chile.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER)],
    )
    assert ("ana-rojas", "supports_ban") in stances(statements)


def test_backing_a_restriction_told_as_a_gerund_supports_it():
    _, statements = run(
        "Chile will block Viber for young people from March. "
        "Education Minister Luis Vera said most of the parents consulted backed restricting the app for children.",
        [("Chile", J), ("Viber", P), ("Luis Vera", PER)],
    )
    assert ("luis-vera", "supports_ban") in stances(statements)


def test_director_of_a_named_civil_liberties_group_is_no_company_voice_and_a_vital_step_backs_the_ban():
    _, statements = run(
        "Chile removed Hikvision cameras from ministry buildings on Monday. "
        "Ana Rojas, director of the civil liberties group Derechos Digitales, said: "
        '"This is a vital step, but it must be the start, not the end."',
        [("Chile", J), ("Hikvision", ORG), ("Ana Rojas", PER), ("Derechos Digitales", ORG)],
    )
    got = stances(statements)
    assert ("ana-rojas", "supports_ban") in got


def test_a_judge_is_not_the_banned_apps_voice_because_the_parser_hung_the_app_on_her_name():
    _, statements = run(
        "- Justice Ana Rojas of the Supreme Court of Chile (SCC) on Friday ordered X, formerly Twitter, suspended "
        "nationwide. "
        'In the decision, Rojas wrote that X had shown "total disrespect for Chilean sovereignty".',
        [("Chile", J), ("X", P, ["Twitter"]), ("Ana Rojas", PER, ["Rojas"]), ("Supreme Court of Chile", ORG)],
    )
    got = stances(statements)
    assert ("ana-rojas", "supports_ban") in got


def test_a_trader_who_lost_days_of_sales_opposes_the_shutdown():
    _, statements = run(
        "Chile blocked Viber nationwide for three days. "
        "Ana Rojas, who sells ceramics from her home and takes orders through the app, said she had lost three "
        "days of sales. "
        "Luis Vera, an analyst, said the app's owner had lost its business licence in Peru years ago.",
        [("Chile", J), ("Viber", P), ("Ana Rojas", PER), ("Luis Vera", PER)],
    )
    got = stances(statements)
    assert ("ana-rojas", "opposes_ban") in got
    assert ("luis-vera", "opposes_ban") not in got


def test_the_company_after_its_spokesman_spoke_is_the_banned_app_not_its_owner_named_before():
    _, statements = run(
        "Idaho banned Viber statewide in March. Viber, which is owned by Tokyo-based Rakuten, sued in April. "
        "Five creators filed their own lawsuit. "
        '"We are pleased the court stopped this law, and people can keep talking on Viber," company spokesman '
        "Tom Reed said on Thursday. The company has long maintained that it has never handed user data to any "
        "government.",
        [("Idaho", J), ("Viber", P), ("Rakuten", ORG), ("Tom Reed", PER)],
    )
    got = stances(statements)
    assert ("viber", "denies_allegation") in got
    assert not any(sp == "rakuten" for sp, _ in got)


def test_imposing_official_setting_terms_for_reopening_backs_the_block():
    # the service given back only on compliance: the measure's terms, not a wish to lift it
    _, statements = run(
        "The Norwegian Communications Authority blocked Telegram on Friday. "
        "Deputy prime minister Ingrid Dahl said on Sunday that Telegram would be reopened once it complied with "
        "Norwegian law and appointed a local representative.",
        [("Norwegian Communications Authority", ORG), *ENTS],
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got
    assert ("ingrid-dahl", "opposes_ban") not in got


def test_criticising_the_vote_to_lift_a_ban_backs_the_ban():
    _, statements = run(
        "Norway's parliament voted on Tuesday to lift the ban on Telegram. "
        "Ingrid Dahl, a conservative lawmaker, criticised the vote, saying the company had not changed.",
        ENTS,
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got
    assert ("ingrid-dahl", "opposes_ban") not in got


def test_a_regulator_asking_the_company_for_information_or_questioning_it_is_an_enquiry():
    ents = ENTS + [("Data Commission", ORG), ("Denmark", J)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Denmark's Data Commission said it had contacted "
            "Telegram seeking details about where it stores the personal data of Danish users.",
            ents,
        )[1]
    )
    assert ("data-commission", "neutral") in got
    assert ("data-commission", "supports_ban") not in got
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. Denmark's Data Commission said it would question "
            "Telegram about what risks its app poses to personal data.",
            ents,
        )[1]
    )
    assert ("data-commission", "neutral") in got
    assert ("data-commission", "supports_ban") not in got


def test_a_monitor_that_reports_a_drop_in_traffic_speaks_neutrally_a_company_reporting_revenue_does_not():
    ents = ENTS + [("NetWatch", ORG), ("Telenor", ORG)]
    _, statements = run(
        "Norway blocked Telegram on Friday. The internet observatory NetWatch reported a sharp drop in traffic on "
        "the main networks from Friday afternoon. Telenor reported higher revenue for the quarter.",
        ents,
    )
    got = stances(statements)
    assert ("netwatch", "neutral") in got
    assert not any(sp == "telenor" for sp, _ in got)


def test_a_body_described_then_named_in_apposition_speaks_by_its_name():
    ents = ENTS + [("Data Protection Authority of Sweden", ORG, ["privacy regulator"]), ("IMY", ORG), ("Sweden", J)]
    _, statements = run(
        "Norway banned Telegram on Monday. Denmark's watchdog wrote to the company, while Sweden's privacy "
        "regulator, the IMY, said it would question the company about how it handles personal data.",
        ents,
    )
    speakers = {s.speaker.split("/")[1] for s in statements}
    assert "imy" in speakers and "data-protection-authority-of-sweden" not in speakers


def test_the_spokesperson_is_the_one_introduced_before_not_the_last_speaker():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. NetBlocks said its measurements confirmed the "
        "platform was restricted. A Telegram spokesperson has responded to reports of the order. "
        '"We are deeply concerned about the order to block Telegram in Norway," the spokesperson said.',
        [*ENTS, ("NetBlocks", ORG)],
    )
    got = stances(statements)
    assert ("telegram", "opposes_ban") in got
    assert ("netblocks", "opposes_ban") not in got


def test_a_committee_speaks_not_the_members_it_includes():
    _, statements = run(
        "Norway blocked Telegram on Friday. A committee of cabinet members, including Ingrid Dahl and Pavel Ivanov, "
        "concluded that the app should stay blocked while the inquiry runs.",
        ENTS,
    )
    speakers = {s.speaker.split("/")[1] for s in statements}
    assert "ingrid-dahl" not in speakers and "pavel-ivanov" not in speakers


def test_neither_company_is_no_speaker():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram and Signal have held talks about a merger. "
        "Neither company has confirmed a deal.",
        [*ENTS, ("Signal", P)],
    )
    assert not statements


def test_maintaining_a_list_reports_nothing():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. The Norwegian Digitalisation Agency will maintain the "
        "full list of restricted apps.",
        [*ENTS, ("Norwegian Digitalisation Agency", ORG)],
    )
    assert not any(s.speaker.endswith("agency") for s in statements)


def test_an_unnamed_spokeswoman_speaks_for_the_body_of_the_clause_before():
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. The University of Bergen had not blocked the app by "
        "Friday, and a spokeswoman said the university was still studying the order.",
        [*ENTS, ("University of Bergen", ORG)],
    )
    assert ("university-of-bergen", "neutral") in stances(statements)


def test_a_relative_clause_that_puts_a_person_at_the_head_of_a_state_body_is_the_imposing_side():
    ents = [("Moldova", J, ["Moldovan"]), ("Viber", P), ("Moldovan Digital Agency", ORG), ("Ana Rusu", PER)]
    ents += [("Ministry of Finance of Moldova", ORG), ("Ion Munteanu", PER)]
    _, statements = run(
        "Moldova blocked Viber on Monday. Ana Rusu, who heads the Moldovan Digital Agency, said the app would be "
        "unblocked once it complied with Moldovan law. Ion Munteanu, who as head of the Ministry of Finance of "
        "Moldova oversees the public service, said the app would be unblocked once it complied with the rules.",
        ents,
    )
    got = stances(statements)
    assert ("ana-rusu", "supports_ban") in got
    assert ("ion-munteanu", "supports_ban") in got
    assert ("ana-rusu", "denies_allegation") not in got


def test_a_relative_clause_that_puts_a_person_at_the_head_of_the_banned_app_is_the_banned_side():
    ents = [("Moldova", J), ("Viber", P), ("Dan Lupu", PER)]
    _, statements = run(
        "Moldova blocked Viber on Monday. Dan Lupu, who heads Viber, said the app would be unblocked once it "
        "complied with Moldovan law.",
        ents,
    )
    assert ("dan-lupu", "supports_ban") not in stances(statements)


def test_an_unnamed_spokeswoman_telling_of_another_body_is_not_the_clause_befores():
    # the reported clause is about another body: the spokeswoman may be its, not the app's
    for text in (
        "Norway banned Telegram on government phones on Monday. Signal declined to share its logs, and a "
        "spokeswoman said the ministry would now ask a judge for an order.",
        "Norway banned Telegram on government phones on Monday. Signal did not answer questions, and a spokesman "
        "said the regulator would decide on the complaint in May.",
    ):
        _, statements = run(text, [*ENTS, ("Signal", P)])
        assert "signal" not in {speaker for speaker, _ in stances(statements)}, text
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Signal declined to share its logs, and a spokeswoman "
        "said it would keep fighting the order.",
        [*ENTS, ("Signal", P)],
    )
    assert "signal" in {speaker for speaker, _ in stances(statements)}


def test_no_before_a_number_is_no_negation():
    # "No 10" is Downing Street, not "no one"
    _, statements = run(
        "Britain removed Telegram from official handsets on Tuesday. No 10 said the step was sensible.",
        [("United Kingdom", J, ["Britain"]), ("Telegram", P), ("Downing Street", ORG, ["No 10"])],
    )
    assert any(s.speaker.endswith("downing-street") for s in statements)


def test_maintaining_a_view_or_innocence_is_a_report():
    # "maintain" with an object that is itself something said still reports ("maintain the list" does not)
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram maintained its view that it never handed "
        "user data to any state.",
        ENTS,
    )
    assert ("telegram", "denies_allegation") in stances(statements)
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. Telegram has always maintained its innocence.",
        ENTS,
    )
    assert ("telegram", "denies_allegation") in stances(statements)


def test_a_place_in_a_relative_clause_gives_a_person_no_office():
    # "who runs a cafe in <city>": where the business is names no body, so a shop owner stays an outside voice
    ents = [("Moldova", J, ["Moldovan"]), ("Viber", P), ("Ion Rusu", PER)]
    _, statements = run(
        "Moldova blocked Viber on Monday. Ion Rusu, who runs a repair shop in Moldova's capital, said the block "
        '"punishes millions of ordinary users for the actions of a few".',
        ents,
    )
    assert ("ion-rusu", "opposes_ban") in stances(statements)


def test_a_place_that_locates_the_company_or_its_voice_does_not_speak():
    ents = [("Portugal", J, ["Lisbon", "Lisbon-based"]), ("Qwerly", P), ("Vantor", ORG), ("Finland", J)]
    _, statements = run(
        "Portugal barred the messaging app Qwerly from civil servants' phones on Monday. "
        "A company spokesperson in Lisbon said the measure was regrettable and rested on a misunderstanding.",
        ents,
    )
    got = stances(statements)
    assert ("qwerly", "opposes_ban") in got
    assert not any(sp == "portugal" for sp, _ in got)
    _, statements = run(
        "Finland banned Vantor antivirus software from state computers on Monday. "
        "The Lisbon-based company said in a statement that the decision was unfounded and discriminatory.",
        ents,
    )
    got = stances(statements)
    assert ("vantor", "opposes_ban") in got
    assert not any(sp == "portugal" for sp, _ in got)


def test_a_named_spokesperson_placed_by_a_name_the_ner_took_for_a_body_speaks_for_the_named_firm():
    ents = [("Finland", J), ("Qwerly", P), ("Baltics", ORG), ("Vantor", ORG), ("Ministry of Defence", ORG)]
    _, statements = run(
        "Finland barred the messaging app Qwerly from civil servants' phones on Monday. "
        "A Qwerly spokesperson in the Baltics said the measure was regrettable and rested on a misunderstanding.",
        ents,
    )
    got = stances(statements)
    assert ("qwerly", "opposes_ban") in got
    assert not any(sp == "baltics" for sp, _ in got)
    _, statements = run(
        "Finland barred the messaging app Qwerly from civil servants' phones on Monday. "
        "A spokesperson at the Ministry of Defence said the measure was needed to protect state secrets.",
        ents,
    )
    assert ("ministry-of-defence", "supports_ban") in stances(statements)


def test_a_rights_group_placed_in_a_city_is_not_the_banned_app():
    ents = [("Portugal", J, ["Lisbon", "Lisbon-based"]), ("Qwerly", P)]
    for text in (
        "A digital rights group in Lisbon said the block was unlawful.",
        "A Lisbon-based advocacy group said the block was unlawful.",
    ):
        _, statements = run("Portugal blocked the messaging app Qwerly nationwide on Monday. " + text, ents)
        assert not any(sp == "qwerly" for sp, _ in stances(statements)), text


def test_an_official_titled_by_a_body_speaks_for_the_body_named_before():
    ents = [
        ("Moldova", J),
        ("Ministry of Economic Development", ORG),
        ("Telegram", P),
        ("Ion Rusu", PER),
    ]
    _, statements = run(
        "Moldova's Ministry of Economic Development has barred its staff from using Telegram on work phones. "
        "Minister Ion Rusu did not comment. "
        "A ministry official quoted by a local newspaper said the decision was about security risks to state data.",
        ents,
    )
    got = stances(statements)
    assert ("ministry-of-economic-development", "supports_ban") in got
    assert ("moldova", "supports_ban") not in got


def test_people_named_among_critics_or_analysts_speak():
    ents = [("Chile", J), ("Telegram", P), ("Rosa Medina", PER), ("Hugo Salas", PER)]
    _, statements = run(
        "Chile banned Telegram nationwide on Friday. "
        "Critics, including former senator Rosa Medina and her allies, accuse the government of censorship.",
        ents,
    )
    assert ("rosa-medina", "opposes_ban") in stances(statements)
    _, statements = run(
        "Chile banned Telegram nationwide on Friday. "
        "Analysts such as Hugo Salas say the ban is an attack on free speech.",
        ents,
    )
    assert ("hugo-salas", "opposes_ban") in stances(statements)


def test_a_person_inside_a_listed_critics_own_phrase_does_not_speak():
    ents = [("Chile", J), ("Telegram", P), ("Gabriel Boric", PER), ("Rosa Medina", PER)]
    for text in (
        "Critics, including supporters of President Gabriel Boric, say the suspension went too far.",
        "Analysts, including a former aide to President Gabriel Boric, warned the ban would hurt small traders.",
        "Experts, including those who once advised President Gabriel Boric, said the ban was popular.",
    ):
        _, statements = run("Chile banned Telegram nationwide on Friday. " + text, ents)
        assert not any(sp == "gabriel-boric" for sp, _ in stances(statements)), text
    _, statements = run(
        "Chile banned Telegram nationwide on Friday. "
        "Critics, including senator Rosa Medina and allies of President Gabriel Boric, say the ban is illegal.",
        ents,
    )
    got = {sp for sp, _ in stances(statements)}
    assert "rosa-medina" in got and "gabriel-boric" not in got


def test_a_name_inside_the_quotation_before_he_wrote_is_not_the_writer():
    ents = [("Bolivia", J), ("Telegram", P), ("Luis Arce", PER, ["Arce"]), ("Pavel Durov", PER)]
    _, statements = run(
        "President Luis Arce announced on Thursday that he had ordered the blocking of Telegram for ten days. "
        'Pavel Durov\'s reply came within minutes: "Dictator Arce is out!" he wrote, '
        "adding that the block was censorship.",
        ents,
    )
    got = stances(statements)
    assert any(sp == "pavel-durov" for sp, _ in got)
    assert ("luis-arce", "opposes_ban") not in got


def test_a_place_before_a_based_company_is_not_the_speaker():
    ents = [("United States", J), ("China", J), ("Nvidia", ORG), ("California", J)]
    _, statements = run(
        "The United States restricted exports of AI chips to China on Tuesday, a move that hits Nvidia. "
        "The Santa Clara, California-based company said the rules were unfair.",
        ents,
    )
    got = {sp for sp, _ in stances(statements)}
    assert "nvidia" in got and "california" not in got


def test_the_agency_after_a_country_qualified_body_is_the_body_not_the_country():
    ents = [("United States", J, ["U.S."]), ("Federal Trade Commission", ORG), ("Rite Aid", ORG)]
    _, statements = run(
        "Rite Aid was banned from using facial recognition under a settlement with the U.S. Federal Trade "
        "Commission, the agency said on Tuesday, citing risks to shoppers.",
        ents,
    )
    got = {sp for sp, _ in stances(statements)}
    assert "federal-trade-commission" in got and "united-states" not in got


def test_whose_office_speaks_for_the_person_but_whose_critics_do_not():
    ents = [("United States House of Representatives", ORG, ["House"]), ("Copilot", P), ("Microsoft", ORG),
            ("Jane Marlow", PER), ("Tom Reyes", PER)]  # fmt: skip
    base = "The House of Representatives has banned staff from using Microsoft's Copilot. "
    _, statements = run(
        base + "The order comes from Jane Marlow, the House's chief clerk, whose office told staff that "
        '"the Microsoft Copilot application is a risk to users due to the threat of leaking House data."',
        ents,
    )
    assert ("jane-marlow", "supports_ban") in stances(statements)
    _, statements = run(base + "Tom Reyes, whose critics said the ban was a risk to users, declined to comment.", ents)
    assert not any(sp == "tom-reyes" for sp, _ in stances(statements))


def test_the_company_is_never_a_government_bureau_the_entity_stage_reads_it_as():
    ents = [("Federal Trade Commission", ORG, ["FTC"]), ("Bureau of Consumer Protection", ORG), ("Samuel Levin", PER)]
    _, statements = run(
        "The Federal Trade Commission banned the pharmacy chain from using facial recognition for five years, said "
        "Samuel Levin, director of the FTC's Bureau of Consumer Protection. "
        '"We disagree with the allegations in the complaint," the company said.',
        ents,
    )
    assert not any(sp == "bureau-of-consumer-protection" for sp, _ in stances(statements))


def test_not_subject_to_a_law_denies_but_not_subject_to_the_measure_does_not():
    # a law said not to reach the banned firm rebuts the charge; goods said to fall outside the restrictions do not
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        'A Telegram spokeswoman said: "We will keep offering users in Norway features that are not subject to the '
        'restrictions."',
        ENTS,
    )
    assert ("telegram", "denies_allegation") not in stances(statements)
    _, statements = run(
        "Norway banned Telegram on government phones on Monday. "
        "A Telegram spokeswoman said the company was not subject to Russian law.",
        ENTS,
    )
    assert ("telegram", "denies_allegation") in stances(statements)


def test_a_condemning_word_set_aside_by_rather_than_is_no_opposing_cue():
    from loaders.extract.statements import StatementExtractor

    for said, opposing in (
        ("the rules were about accountability rather than censorship", False),
        ("the rules were about accountability instead of censorship", False),
        ("the rules were about accountability, not censorship", False),
        ("the rules were censorship rather than accountability", True),
    ):
        adoc = make_adoc(f"Ingrid Dahl said that {said}.", ENTS)
        sx = StatementExtractor(adoc, [])
        cues = sx.lex["cues"]["opposes_ban"]["words"]
        assert sx._opposing_cue(list(adoc.doc), cues) is opposing, said
    # "rather than" / "instead of" opening its clause sets aside what the speaker says is being done: a condemnation
    for said in (
        '"Rather than silencing its critics, the ministry should answer them," Ingrid Dahl said.',
        '"Instead of censorship, we need openness," Ingrid Dahl said.',
    ):
        adoc = make_adoc(said, ENTS)
        sx = StatementExtractor(adoc, [])
        cues = sx.lex["cues"]["opposes_ban"]["words"]
        assert sx._opposing_cue(list(adoc.doc), cues) is True, said


def test_the_banned_firm_vouching_for_its_own_goods_denies_the_charge():
    ents = [("Norway", J), ("Zentel", ORG), ("Kari Holm", PER), ("Lars Berg", PER)]
    _, statements = run(
        "Norway banned Zentel equipment from its 5G networks on Monday, citing security risks. "
        "Kari Holm, the head of Zentel, said there had never been a security problem with its equipment. "
        "Zentel said after the decision that its technology was secure.",
        ents,
    )
    got = stances(statements)
    assert ("kari-holm", "denies_allegation") in got
    assert ("zentel", "denies_allegation") in got


def test_goods_said_to_become_secure_or_others_goods_are_no_denial():
    ents = [("Norway", J), ("Zentel", ORG), ("Kari Holm", PER), ("Lars Berg", PER)]
    _, statements = run(
        "Norway banned Zentel equipment from its 5G networks on Monday, citing security risks. "
        "Zentel said its equipment would be secure once the upgrade was finished. "
        "Lars Berg, the digital minister, said the network was secure after the removal.",
        ents,
    )
    got = stances(statements)
    assert ("zentel", "denies_allegation") not in got
    assert ("lars-berg", "denies_allegation") not in got


def test_what_the_banned_side_must_do_stays_in_the_officials_words():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER)]
    _, statements = run(
        "Norway blocked Telegram on Monday after it failed to register with the regulator. "
        "Digital minister Ingrid Dahl said the government was not against messaging apps but foreign firms must "
        "respect the law of the land. "
        "Any company operating in Norway must submit to Norwegian law, Pavel Ivanov, the prime minister, said.",
        ents,
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got
    assert ("pavel-ivanov", "supports_ban") in got


def test_the_storys_own_clause_after_a_report_is_not_the_speakers():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER)]
    _, statements = run(
        "Norway blocked Telegram on Monday after it failed to register with the regulator. "
        "Digital minister Ingrid Dahl said the office had sent letters, and the company has since registered.",
        ents,
    )
    assert ("ingrid-dahl", "supports_ban") not in stances(statements)


def test_what_the_state_must_submit_to_is_no_backing():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER)]
    _, statements = run(
        "Norway blocked Telegram on Monday. "
        '"The ministry must submit to review by parliament before it closes any service," said Pavel Ivanov, head '
        "of the Oslo Software Guild. "
        "The government must submit to the courts like everyone else, Ingrid Dahl, Telegram's head of policy, said.",
        ents,
    )
    got = stances(statements)
    assert ("pavel-ivanov", "supports_ban") not in got
    assert ("ingrid-dahl", "supports_ban") not in got


def test_what_the_state_must_do_after_a_report_is_not_the_speakers_backing():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER)]
    _, statements = run(
        "Norway blocked Telegram on Monday. "
        "Lawyer Pavel Ivanov said he had lodged a complaint with the district court, and the government must "
        "respect whatever the judges rule. "
        "Opposition MP Ingrid Dahl said pupils had swapped answers on the app, and the regulator should cooperate "
        "with the school board's inquiry.",
        ents,
    )
    got = stances(statements)
    assert ("pavel-ivanov", "supports_ban") not in got
    assert ("ingrid-dahl", "supports_ban") not in got


def test_a_ministers_possessive_title_is_a_states_office_not_the_firms():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER)]
    _, statements = run(
        "Norway suspended Telegram on Friday, two days after the platform deleted a post by the prime minister. "
        "Its digital minister, Ingrid Dahl, said the platform was being used for activities capable of undermining "
        "the country's stability.",
        ents,
    )
    got = stances(statements)
    assert ("ingrid-dahl", "supports_ban") in got


def test_a_firms_own_envoy_or_ambassador_is_its_voice_not_a_states_office():
    ents = [("Norway", J), ("Telegram", P), ("Ingrid Dahl", PER), ("Pavel Ivanov", PER)]
    _, statements = run(
        "Norway suspended Telegram on Friday. "
        "Telegram's special envoy to Europe, Pavel Ivanov, said the company's servers posed no security risk. "
        "Telegram's brand ambassador, singer Ingrid Dahl, said the company had always protected user data and the "
        "app was safe.",
        ents,
    )
    got = stances(statements)
    assert ("pavel-ivanov", "supports_ban") not in got
    assert ("ingrid-dahl", "supports_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        # another sense of "safe": out of the measure's reach, fine to remove, kept somewhere
        "Zentel said its routers were safe from the new rules because they had been sold before March.",
        "Zentel said its app was safe to uninstall and that no data would be lost.",
        "Zentel said its hardware was secure in the warehouse, but warned that sales had stopped.",
        # another sense of the goods noun
        "Zentel said its network of distributors was safe despite the storm.",
        # a condition, told by the clause's subordinator ("once", "only if", "only when")
        "Zentel said its routers were secure once the patch was installed.",
        "Zentel said its cameras were secure only if the password was changed.",
        "Zentel said its app was safe for children only when location sharing was turned off.",
        # a limited past
        "Zentel said its routers were secure until 2021, when a bug was discovered in older units.",
        # a negation or doubt on the verb above
        "Zentel said it could not promise that its routers were secure.",
        # another's record, and no security word
        "Zentel said its suppliers had never had a single problem with the tax office.",
        # what the ban posed, not the goods
        "Zentel said the ban posed no threat to its profits this year.",
        "Zentel said the measure had posed no obstacle to its sales in Europe.",
    ],
)
def test_the_banned_firm_speaking_of_its_goods_in_another_sense_is_no_denial(said):
    ents = [("Poland", J), ("Zentel", ORG)]
    _, statements = run(
        f"Poland banned Zentel equipment from state offices on Monday, citing security risks. {said}", ents
    )
    assert ("zentel", "denies_allegation") not in stances(statements), said


@pytest.mark.parametrize(
    "said",
    [
        "Zentel said the company's equipment posed no threat.",
        "Zentel repeated that its routers never had any security problem in the country.",
        "Zentel said it had never had a security incident with its equipment in Poland.",
        "Zentel said its cameras were secure.",
    ],
)
def test_the_banned_firm_vouching_for_its_goods_as_they_are_still_denies(said):
    ents = [("Poland", J), ("Zentel", ORG)]
    _, statements = run(
        f"Poland banned Zentel equipment from state offices on Monday, citing security risks. {said}", ents
    )
    assert ("zentel", "denies_allegation") in stances(statements), said


ENTS_ORDER = [("Malawi", J), ("Signal", P), ("Viber", P), ("Grace Banda", PER)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the participle hung on the banned apps' small clause: Malawi says it, not the apps
        ("Malawi ordered Signal and Viber blocked in May, saying smugglers used them to plan crimes.", "malawi"),
        # the parser took the last listed app for the participle's subject
        (
            "Last week Malawi's interior minister, Grace Banda, gave operators until Friday to block Signal, "
            'Viber and two other services, saying "criminal gangs" used them to spread fraud.',
            "grace-banda",
        ),
    ],
)
def test_participle_after_an_order_to_block_apps_is_the_orderers(text, speaker):
    got = stances(run(text, ENTS_ORDER)[1])
    assert (speaker, "supports_ban") in got
    assert not any(s in ("signal", "viber") for s, _ in got)


def test_participle_with_its_own_subject_is_not_the_orderers():
    got = stances(
        run(
            "Malawi ordered Signal blocked on Monday, with Grace Banda saying the app was used by smugglers.",
            ENTS_ORDER,
        )[1]
    )
    assert not any(s == "malawi" for s, _ in got)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the participle on a conjunct with no subject of its own speaks for the clause it is joined to
        (
            "Malawi had ordered Signal and Viber blocked in January but lifted the order in May, saying both firms "
            "had since registered.",
            "malawi",
        ),
        # the parser made the last app the subject of "blocked", joined to the verb whose complement orders it
        (
            "Grace Banda refused to order Signal and Viber blocked, saying there was no proof that smugglers used "
            "them.",
            "grace-banda",
        ),
    ],
)
def test_participle_after_an_order_joined_to_another_verb_is_not_the_apps(text, speaker):
    got = stances(run(text, ENTS_ORDER)[1])
    assert any(s == speaker for s, _ in got)
    assert not any(s in ("signal", "viber") for s, _ in got)


def test_the_company_after_a_fronted_clause_is_that_clauses_subject():
    ents = ENTS + [("Lumo", ORG), ("Kestrel Labs", ORG)]
    got = stances(
        run(
            "Norway banned Lumo on government phones on Monday. "
            'Lumo "strongly disputes" the findings of Kestrel Labs, the company said in a statement, adding that its '
            "servers were independently audited.",
            ents,
        )[1]
    )
    assert any(sp == "lumo" for sp, _ in got)
    assert not any(sp == "kestrel-labs" for sp, _ in got)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Norway banned Lumo on Monday. Fjordnet removed the app from its own store in Norway. "
            "Lumo broke local rules, the company said, citing the ministry's order.",
            "fjordnet",
        ),
        (
            "Norway blocked Lumo in May. Fjordnet, the state-owned carrier, began cutting access on Friday. "
            "Lumo had ignored requests to delete illegal posts, the company said in a note to customers.",
            "fjordnet",
        ),
    ],
)
def test_the_company_after_a_fronted_clause_about_another_firm_is_the_firm_last_told(text, speaker):
    ents = ENTS + [("Lumo", P), ("Fjordnet", ORG)]
    got = stances(run(text, ents)[1])
    assert any(sp == speaker for sp, _ in got)
    assert not any(sp == "lumo" for sp, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Norway banned Lumo on government phones on Monday. Lumo, which is owned by Kestrel Technologies Inc, has "
        'criticised the wave of bans. "We are disappointed that so many states act on rumours about Lumo," a company '
        "spokesperson said. The company has said it has never shared user data with Russia.",
        "Norway banned Lumo on government phones on Monday. Lumo, owned by Kestrel Technologies Inc, said the ban was "
        'unfair. "It hurts our users," Lumo spokeswoman Ingrid Dahl said. She said the company would keep fighting. '
        "The company has repeatedly denied that it shares data with Russia.",
    ],
)
def test_the_company_is_the_acting_app_not_its_owner_named_in_passing(text):
    ents = ENTS + [("Lumo", P), ("Kestrel Technologies Inc", ORG)]
    got = stances(run(text, ents)[1])
    assert ("lumo", "denies_allegation") in got
    assert not any(sp == "kestrel-technologies-inc" for sp, _ in got)


def test_the_company_after_an_app_acted_on_is_still_its_owner():
    ents = ENTS + [("Lumo", P), ("Kestrel Technologies Inc", ORG)]
    got = stances(
        run(
            "Norway banned Lumo on government phones on Monday. Lumo, owned by Kestrel Technologies Inc, was removed "
            "from the state's app store. The company said the decision was politically motivated.",
            ents,
        )[1]
    )
    assert ("kestrel-technologies-inc", "opposes_ban") in got


def test_the_place_a_named_person_is_of_does_not_speak_even_if_taken_for_a_person():
    ents = ENTS + [("Karl Berg", PER), ("Little Rapids", PER)]
    got = stances(
        run(
            "Norway banned Telegram on government phones on Monday. "
            "Opposition Rep. Karl Berg of Little Rapids said the ban was unconstitutional.",
            ents,
        )[1]
    )
    assert ("karl-berg", "opposes_ban") in got
    assert not any(sp == "little-rapids" for sp, _ in got)


def test_the_company_after_an_app_only_described_is_still_its_owner():
    # "WeChat, run by Tencent, has about a billion monthly users": the app's verb tells no speech or act of its own,
    # so the firm named as its owner is the company that speaks next
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Kenya banned WeChat in 2023 together with a dozen other foreign apps. WeChat, run by Tencent, has about a "
        "billion monthly users. The company said the ban would cut its revenue in Africa and its shares fell 2 percent."
    )
    facts = extract_one(Document(id="ow1", text=text, published="2024-04-10"))
    assert [s.speaker for s in facts.statements] == ["organisation/tencent"]


QA_ENTS = [("Ruritania", J), ("Zapster", P), ("Anna Berg", PER)]


def test_answers_of_a_question_and_answer_interview_are_the_guests():
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. We asked Anna Berg, the city's head of "
        "security, why the city is following suit.\n\n"
        "Why is the city acting now?\n\n"
        "We hold the same sensitive data as the ministries, and the app is a security risk we cannot accept.\n\n"
        "Do staff mind?\n\n"
        "Most shrug. A few are annoyed, but a work phone is not a living room.",
        QA_ENTS,
    )
    assert ("anna-berg", "supports_ban") in stances(statements)


def test_an_explainers_questions_are_answered_by_the_story_not_by_a_guest():
    # no answer in the first person: the questions head an explainer's sections
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. We spoke to Anna Berg, a privacy lawyer, "
        "about the decision earlier this year.\n\n"
        "Why is the government acting now?\n\n"
        "Officials point to the app's ownership and a security review that found the app was a risk.\n\n"
        "What happens next?\n\n"
        "Zapster has 20 days to appeal, and the ministry will review the ban in June.",
        QA_ENTS,
    )
    assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")]
    # first-person answers, but no guest the outlet asked or spoke to
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. Anna Berg, a privacy lawyer, has followed "
        "the case.\n\n"
        "Why is the city acting now?\n\n"
        "We hold the same sensitive data as the ministries, and the app is a security risk we cannot accept.\n\n"
        "Do staff mind?\n\n"
        "Most shrug.",
        QA_ENTS,
    )
    assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")]


def test_a_titled_person_after_a_bodys_name_and_acronym_in_brackets_speaks():
    ents = [("Ruritania", J), ("Zapster", P), ("Kuomintang", ORG), ("Democratic Party", ORG)]
    ents += [("Jane Mullins", PER), ("Chen Yu-hsuan", PER)]
    for text, person, body in (
        (
            "Ruritania lawmakers voted to ban Zapster statewide.\n\nDemocratic Party (DP) Senator Jane Mullins said "
            "the ban was an attack on free speech.",
            "jane-mullins",
            "democratic-party",
        ),
        (
            "Ruritania will block Zapster for a year.\n\nKuomintang (KMT) legislator Chen Yu-hsuan said the move "
            "amounted to censorship.",
            "chen-yu-hsuan",
            "kuomintang",
        ),
    ):
        got = stances(run(text, ents)[1])
        assert (person, "opposes_ban") in got, text
        assert not [sp for sp, _ in got if sp == body], text
    # the body itself speaks: no titled person right after its acronym
    for text in (
        "Ruritania will block Zapster for a year.\n\nThe Democratic Party (DP) said the move amounted to censorship.",
        "Ruritania will block Zapster for a year.\n\nThe Democratic Party (DP), led by Jane Mullins, said the move "
        "amounted to censorship.",
    ):
        assert ("democratic-party", "opposes_ban") in stances(run(text, ents)[1]), text


QA2_ENTS = [("Ruritania", J), ("Zapster", P), ("Anna Berg", PER), ("Lars Holt", PER), ("Vera Kos", PER)]


def test_a_labelled_answer_is_its_speakers_and_two_guests_leave_an_unlabelled_one_to_nobody():
    # each answer opens with its speaker's name: the second guest's "No" is his, not the first guest's
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. We spoke to Anna Berg, the city's head of "
        "security, and to Lars Holt, who chairs the Ruritanian Privacy Society.\n\n"
        "Was the decision right?\n\n"
        "Holt: No. The ban punishes ordinary users for the state's own failures, and I oppose it.\n\n"
        "Berg: Yes. The app is a security risk we cannot accept.\n\n"
        "How long will it stay?\n\n"
        "I think for years.",
        QA2_ENTS,
    )
    got = stances(statements)
    assert ("lars-holt", "opposes_ban") in got
    assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg") and "Holt" in s.text]
    assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg") and "I oppose" in s.text]
    assert not [s for s in statements if "for years" in s.text]


def test_a_guest_others_asked_or_who_never_answered_gives_no_answers():
    # the asking is not the outlet's: senators, police
    for intro in (
        "At a hearing on Tuesday, senators asked Anna Berg, the firm's chief executive, whether officials could read "
        "user data.",
        "Police questioned Anna Berg, a former contractor, about leaked files last week.",
        # the outlet asked, but she never answered
        "We asked Anna Berg, a privacy researcher, to comment, but she did not respond by publication time.",
    ):
        _, statements = run(
            "Ruritania barred Zapster from all government phones on Monday. " + intro + "\n\n"
            "Should the app be banned everywhere?\n\n"
            "That is up to parliament. Our poll last month found most voters oppose a nationwide ban, which is "
            "seen as unfair.\n\n"
            "What about other apps?\n\n"
            'We looked at a dozen others. "We had no choice," minister Vera Kos told reporters.',
            QA2_ENTS,
        )
        assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")], intro


def test_the_outlets_own_we_in_an_answer_is_no_guests_first_person():
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. Backhaul Brief spoke to Anna Berg, a "
        "privacy lawyer, about the order.\n\n"
        "What does the ban cover?\n\n"
        "As we reported last week, the order applies to every phone issued by a ministry.\n\n"
        "Can staff still use Zapster at home?\n\n"
        "Yes. Our reading of the order is that personal phones are not covered.",
        QA_ENTS,
    )
    assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")]
    # the guest's own first person still makes it an interview, the outlet named as the one speaking to her
    _, statements = run(
        "Ruritania barred Zapster from all government phones on Monday. Backhaul Brief spoke to Anna Berg, a "
        "privacy lawyer, about the order.\n\n"
        "Was the ban right?\n\n"
        "It is the right decision, and it is late. I would have done it years ago.\n\n"
        "What happens next?\n\n"
        "Staff hand in their phones in June.",
        QA_ENTS,
    )
    assert ("anna-berg", "supports_ban") in stances(statements)


def test_a_subject_asked_or_pressed_in_a_parenthesis_is_the_one_who_says():
    # the parser takes the participle for the subject's verb and hangs the reporting verb on it (or it on that verb)
    ents = [("Ruritania", J), ("Zapster", P), ("Anna Berg", PER), ("Ruritanian Ministry of Digital Affairs", ORG)]
    for text in (
        "Ruritania banned Zapster on Monday. Anna Berg, asked about the order on a radio show on Tuesday, said "
        "anyone who works for the state has to respect it.",
        "Ruritania banned Zapster on Monday. Anna Berg, pressed by reporters after the cabinet meeting, had said "
        "only that the ministry would handle the matter under the law.",
        "Ruritania banned Zapster on Monday. Anna Berg, contacted by phone on Tuesday, said the order was overdue.",
    ):
        _, statements = run(text, ents)
        assert [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")], text
    # no parenthesis: a clause of her own asking, or one who asked in a relative clause, says nothing here
    for text in (
        "Ruritania banned Zapster on Monday. Anna Berg asked about the order on Tuesday, and the ministry said the "
        "order was overdue.",
        "Ruritania banned Zapster on Monday. Anna Berg, who asked about the order on Tuesday, said nothing more.",
    ):
        _, statements = run(text, ents)
        assert not [s for s in statements if s.speaker == entity_id(PER, "Anna Berg")], text


def test_replying_with_a_clause_reports_and_according_to_only_relays_a_reported_speaker():
    ents = [("Ruritania", J), ("Zapster", P), ("Ruritanian Data Protection Authority", ORG)]
    authority, app = entity_id(ORG, "Ruritanian Data Protection Authority"), entity_id(P, "Zapster")
    lead = "The Ruritanian Data Protection Authority ordered Zapster blocked in Ruritania on Monday. "
    for text in (
        "Zapster replied that it does not operate in Ruritania and that the country's law does not apply to it.",
        '"We do not operate in Ruritania," Zapster replied.',
        "According to the Ruritanian Data Protection Authority, Zapster replied that it does not operate there.",
        "According to the Ruritanian Data Protection Authority, Zapster said that it does not operate there.",
    ):
        _, statements = run(lead + text, ents)
        assert {s.speaker for s in statements} == {app}, text
    # no clause, no report; "according to" with no reported speaker of its own is the body's word
    for text in (
        "Zapster responded to the order by withdrawing its app. It answered questions from users for an hour.",
        "According to the Ruritanian Data Protection Authority, the app was never registered in the country.",
    ):
        _, statements = run(lead + text, ents)
        assert app not in {s.speaker for s in statements}, text
    _, statements = run(
        lead + "According to the Ruritanian Data Protection Authority, the app was never registered.", ents
    )
    assert authority in {s.speaker for s in statements}
    # the subject's verb reports no words of its own (no reported clause): the body's account of what it did
    for text in (
        "According to the Ruritanian Data Protection Authority, Zapster posted a notice on its website but gave no "
        "information on where it stores data.",
        "According to the Ruritanian Data Protection Authority, Zapster told its users to delete the app.",
        "According to the Ruritanian Data Protection Authority, Zapster held talks with its staff but provided no "
        "documents.",
    ):
        _, statements = run(lead + text, ents)
        assert authority in {s.speaker for s in statements}, text
