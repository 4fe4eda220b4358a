"""Stance cues written for these tests (not from any corpus): lifted bans, transcripts, refusals, asides."""

import pytest
from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.extract.statements import extract_statements

J, ORG, P, PER = "Jurisdiction", "Organisation", "Product", "Person"


def run(text, entities, title=None):
    adoc = make_adoc(text, entities, published="2024-06-05")
    if title is not None:
        adoc.document.title = title
    bans = extract_bans(adoc)
    return extract_statements(adoc, bans)


def stances(statements):
    return {(s.speaker.split("/")[1], s.stance) for s in statements}


ENTS = [
    ("Moldova", J),
    ("Viber", P),
    ("Ana Rusu", PER),
    ("Victor Popa", PER, ["Popa"]),
    ("Elena Cojocaru", PER),
    ("Civic Net", ORG),
]


def test_welcoming_the_lifting_of_a_ban_opposes_the_ban():
    got = stances(
        run(
            "Moldova on Monday lifted its two-year ban on Viber. "
            "Digital minister Ana Rusu welcomed the decision. "
            "Victor Popa, an opposition MP, said lifting the ban was a gift to the country's enemies.",
            ENTS,
            title="Moldova lifts Viber ban",
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") in got


def test_defending_the_original_decision_in_a_lifting_story_still_backs_the_ban():
    got = stances(
        run(
            "Moldova on Monday lifted its ban on Viber. "
            "Elena Cojocaru, who was minister when the ban was imposed, defended the original decision.",
            ENTS,
            title="Moldova lifts Viber ban",
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got


def test_welcoming_a_ban_outside_a_lifting_story_supports_it():
    got = stances(run("Moldova banned Viber on government phones. Victor Popa welcomed the decision.", ENTS))
    assert ("victor-popa", "supports_ban") in got


def test_transcript_turn_is_the_named_speakers_statement():
    text = (
        "ANCHOR: Good evening. Moldova has lifted its ban on Viber.\n\n"
        "CORRESPONDENT: The minister, Ana Rusu, spoke after the cabinet meeting.\n\n"
        "RUSU (on camera): The ban was not the right solution. People need the app.\n\n"
        "ANCHOR: Thank you."
    )
    got = stances(run(text, ENTS, title="Moldova lifts Viber ban"))
    assert ("ana-rusu", "opposes_ban") in got


def test_refusal_to_ban_opposes_even_from_the_government():
    got = stances(
        run(
            'Moldova will not ban Viber, the government said on Tuesday. "We are not going to ban it," Ana Rusu said.',
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_rather_than_a_ban_and_not_safer_oppose():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Civic Net said ministries needed clear rules rather than blanket bans. "
            'Victor Popa, a lawyer, spoke on Tuesday. "Deleting one app will not make the country safer," Popa said.',
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got


def test_no_view_is_neutral_despite_security_words():
    got = stances(
        run(
            "Moldova banned Viber on government phones. Civic Net said it had no view on the security assessment.",
            ENTS,
        )
    )
    assert ("civic-net", "neutral") in got
    assert ("civic-net", "supports_ban") not in got


def test_what_a_speaker_only_asks_about_carries_no_stance():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Ana Rusu said the ministry was looking at whether a wider ban on the app was needed.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_questioning_the_approach_opposes_and_go_further_supports():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Victor Popa questioned the government's approach. "
            "Elena Cojocaru, a researcher, said the government should go further.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("elena-cojocaru", "supports_ban") in got


def test_a_relative_clause_about_an_app_does_not_put_the_speaker_on_its_side():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Victor Popa, who has been harassed by trolls on Viber, welcomed the ban.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_relative_clause_naming_a_campaign_puts_the_speaker_outside_government():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            '"Blocking a platform punishes everyone," said Elena Cojocaru, who leads the group\'s open-net campaign.',
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got


def test_the_governments_concerns_inside_a_companys_words_are_the_companys():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Viber said it had never been given a chance to answer the government's concerns.",
            ENTS,
        )
    )
    assert ("moldova", "supports_ban") not in got


def test_a_supposition_carries_no_stance():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Victor Popa, a researcher, called the ban symbolic. "
            '"If the risk is real, the problem is every app, not one app," he said.',
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_the_imposer_recommending_its_own_measure_is_the_event_not_a_statement():
    got = stances(
        run(
            "On Monday the Moldovan Parliament recommended that members remove Viber from phones used for "
            "parliamentary work.",
            [("Moldovan Parliament", ORG), ("Viber", P), ("Moldova", J)],
        )
    )
    assert ("moldovan-parliament", "supports_ban") not in got


def test_a_government_saying_it_has_not_banned_denies():
    got = stances(
        run(
            "Reports said Moldova had banned Viber for officials. "
            'Ana Rusu, a ministry spokeswoman, said: "Moldova has not issued any rules prohibiting Viber."',
            ENTS,
        )
    )
    assert ("ana-rusu", "denies_allegation") in got


def test_an_analyst_at_a_company_that_is_not_banned_speaks_from_outside():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            '"The ban is a sensible precaution," said Elena Cojocaru, '
            "a senior analyst at the consultancy Civic Net.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got


def test_the_government_saying_there_will_be_no_app_backs_its_ban():
    got = stances(
        run(
            "Moldova banned Viber for a year. "
            '"There will be no Viber in Moldova," Ana Rusu, the prime minister, told students.',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_a_lawmaker_from_a_group_the_model_thinks_a_company_is_no_company_voice():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Victor Popa, a liberal MEP from the Forward Bloc, welcomed the move.",
            [*ENTS, ("Forward Bloc", ORG)],
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_finding_reported_by_someone_else_is_theirs_not_the_bodys():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            'Civic Net concluded that the app "posed a security threat to the networks," said Ana Rusu, a spokeswoman.',
            ENTS,
        )
    )
    assert not any(sp == "civic-net" for sp, _ in got)
    assert ("ana-rusu", "supports_ban") in got


def test_its_chairman_speaks_for_the_group_just_named():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "The Open Web Association warned against the ban, with its chairman Victor Popa saying it was wrong. "
            '"Shutting down platforms is what authoritarian regimes do," said Popa.',
            [*ENTS, ("Open Web Association", ORG)],
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def test_its_officer_speaks_for_the_company_just_named():
    got = stances(
        run(
            "Moldova's regulator suspended Viber on Monday. Viber Media said it complied with all laws. "
            "Elena Cojocaru, its data protection officer, said the regulator was circumventing EU law.",
            [*ENTS, ("Viber Media", ORG)],
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_level_playing_field_backs_the_measure():
    got = stances(
        run(
            "Moldova banned sales on Viber. Trade minister Ana Rusu said the platforms had an unfair advantage. "
            '"We must create a level playing field," she said.',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_the_acronym_of_a_named_officials_title_is_that_official():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            "Ana Rusu, the ministry's Chief Information Officer, wrote that the app was a risk. "
            "The CIO said she would review other apps next month.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert not any(sp.lower() == "cio" for sp, _ in got)


def test_a_countrys_officials_remarking_without_a_side_make_no_statement():
    got = stances(
        run(
            "Moldova banned Viber on government phones last week. "
            "In practice, officials say, the first app affected is Viber. Ana Rusu, a researcher, said it was wrong.",
            ENTS,
        )
    )
    assert ("moldova", "neutral") not in got


def test_a_minister_criticising_the_block_of_an_independent_regulator_opposes_it():
    ents = [("Chad", J), ("Instagram", P), ("Telecom Regulatory Authority of Chad", ORG), ("Ali Mahamat", PER)]
    got = stances(
        run(
            "The Telecom Regulatory Authority of Chad blocked Instagram on Friday. "
            'Deputy Prime Minister Ali Mahamat called the regulator\'s move "disproportionate" and said it risked '
            "hurting local business.",
            ents,
        )
    )
    assert ("ali-mahamat", "opposes_ban") in got
    assert ("ali-mahamat", "supports_ban") not in got


def test_the_government_denying_a_motive_denies_an_allegation():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. "
            "The government has denied that the block had anything to do with the opposition rally.",
            ENTS,
        )
    )
    assert ("moldova", "denies_allegation") in got


def test_a_relative_clause_describing_the_app_is_no_statement():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. Viber, which says it has 30 million users, did not attend the hearing.",
            ENTS,
        )
    )
    assert ("viber", "neutral") not in got


def test_an_appeals_court_named_by_an_outside_voice_is_no_appeal():
    got = stances(
        run(
            "A Moldovan court on Friday halted the Viber ban. "
            '"The state can still take this to the Court of Appeals," said Ana Rusu, a law professor.',
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_skeptical_words_about_the_ban_oppose_it():
    cases = [
        'Ana Rusu, an activist, called the order "political theater".',
        "Ana Rusu, a lawyer, said the company stayed away so as not to legitimise what she called a farce.",
        "Ana Rusu, a rights activist, said the shutdown was meant to hide electoral fraud.",
        '"Pulling an app from the stores is a blunt instrument," said Ana Rusu, a retail analyst.',
        "Ana Rusu, a judge, said the state was more interested in the ostensible threat than in protecting users.",
        '"It blocked the app without a notification and without a law," said Ana Rusu, an activist.',
        "The Chinese embassy said the decision was based on suspicion without any factual basis.",
    ]
    for case in cases:
        got = stances(run("Moldova blocked Viber on Saturday. " + case, [*ENTS, ("Chinese embassy", ORG)]))
        assert ("ana-rusu", "opposes_ban") in got or ("chinese-embassy", "opposes_ban") in got, case


def test_the_banned_side_saying_it_follows_the_law_or_is_encrypted_denies():
    cases = [
        "Viber's chief executive Victor Popa wrote that the company believed it was following all privacy laws.",
        "Victor Popa, a Viber spokesman, said messages on Viber are end-to-end encrypted by default.",
    ]
    for case in cases:
        got = stances(run("Moldova blocked Viber on Saturday. " + case, ENTS))
        assert ("victor-popa", "denies_allegation") in got, case


def test_the_imposer_saying_a_practice_cannot_be_tolerated_backs_its_ban():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. "
            '"We cannot tolerate this arrogance of a foreign company," President Ana Rusu said.',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_officials_voicing_concern_back_their_countrys_ban():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. Officials have also voiced concern about fraud on the platform.",
            ENTS,
        )
    )
    assert ("moldova", "supports_ban") in got


def test_a_regulator_saying_the_company_ignored_the_law_backs_the_block():
    got = stances(
        run(
            "A Moldovan court on Friday ordered Viber blocked. Regulator head Ana Rusu said the agency would begin "
            "blocking the app, adding that the company had brought the outcome on itself by ignoring the law.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_surprise_at_the_accusations_is_a_denial_not_a_protest():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday, saying it ignored police requests. "
            '"Viber is surprised by these statements. We have always responded to legal requests," '
            "a Viber spokeswoman said.",
            ENTS,
        )
    )
    assert ("viber", "denies_allegation") in got
    assert ("viber", "opposes_ban") not in got


def test_the_imposer_naming_criminals_on_the_platform_backs_its_block():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. The government said many groups on the app were run by criminals.",
            ENTS,
        )
    )
    assert ("moldova", "supports_ban") in got


def test_an_outside_voice_granting_a_point_then_turning_is_neutral():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            '"Keeping it off state phones is sensible. But anyone can still install a copy at home," '
            "said Ana Rusu, a security researcher.",
            ENTS,
        )
    )
    assert ("ana-rusu", "neutral") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_an_outside_voice_backing_the_ban_throughout_still_supports_it():
    got = stances(
        run(
            "Moldova banned Viber on government phones. "
            '"The ban is sensible, but it should go further and protect every ministry," '
            "said Ana Rusu, a security researcher.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_a_speaker_the_parser_hung_on_in_a_statement_still_speaks():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            'In a statement, Rakuten, which owns Viber, said it was "disappointed" by the decision.',
            [*ENTS, ("Rakuten", ORG)],
        )
    )
    assert ("rakuten", "opposes_ban") in got


def test_a_judge_finding_the_state_failed_to_show_need_opposes():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            "Judge Ana Rusu wrote that the state had failed to show the ban was necessary.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_an_unnamed_ministry_speaks_for_the_storys_country():
    got = stances(
        run("Moldova banned Viber on Monday. The ministry said the app had refused to store data locally.", ENTS)
    )
    assert ("moldova", "supports_ban") in got


def test_the_imposer_saying_the_ban_stays_backs_it():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            "Ana Rusu, the digital minister, said the ban would stay until Viber moved its servers.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_never_having_given_data_denies_and_foreign_interference_backs():
    got = stances(
        run(
            "Moldova banned Viber on Monday. Viber said it had never given user data to any government. "
            "Ana Rusu, the digital minister, argued the app had become a tool for foreign interference.",
            ENTS,
        )
    )
    assert ("viber", "denies_allegation") in got
    assert ("ana-rusu", "supports_ban") in got


def test_an_embassy_speaks_for_its_own_country_not_its_host():
    ents = [("Germany", J, ["Berlin"]), ("Huawei", ORG), ("Embassy of China in Berlin", ORG), ("China", J)]
    got = stances(
        run(
            "Germany banned Huawei from its 5G core networks. The Embassy of China in Berlin said the decision "
            "was based on suspicion without any factual basis and warned that China would take the necessary "
            "measures to protect Chinese companies.",
            ents,
        )
    )
    assert ("embassy-of-china-in-berlin", "opposes_ban") in got
    assert ("embassy-of-china-in-berlin", "supports_ban") not in got


def test_the_office_is_the_office_named_before():
    got = stances(
        run(
            "Moldova's Office of the Chief Information Officer banned Viber from staff phones on Monday. "
            "The office said the app posed a high risk to users.",
            [*ENTS, ("Office of the Chief Information Officer", ORG)],
        )
    )
    assert ("office-of-the-chief-information-officer", "supports_ban") in got


def test_officials_speak_for_the_country_whose_ban_the_passage_tells():
    ents = [("Moldova", J), ("Georgia", J), ("Viber", P)]
    got = stances(
        run(
            "Moldova banned Viber in March. Georgia blocked Viber in May. "
            "Officials there voiced concern about fraud on the platform.",
            ents,
        )
    )
    assert ("georgia", "supports_ban") in got
    assert ("moldova", "supports_ban") not in got


def test_advice_against_using_the_app_is_no_neutral_statement():
    got = stances(
        run(
            "Moldova banned Viber on Monday. In January, the Civic Net warned members against using Viber "
            "while it reviewed the app.",
            ENTS,
        )
    )
    assert ("civic-net", "neutral") not in got


def test_more_cues_overreaction_overdue():
    got = stances(
        run(
            "Moldova banned Viber on Monday. Victor Popa, Viber's chief executive, called the ban an overreaction. "
            "Elena Cojocaru, a rights activist, said the ban was long overdue.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("elena-cojocaru", "supports_ban") in got


def test_the_note_speaks_for_the_body_that_issued_it():
    statements = run(
        "Moldova's Ministry of Finance has advised its employees to avoid using Viber on office computers, "
        'according to an internal advisory. The note said such apps "pose risks for confidentiality".',
        [*ENTS, ("Ministry of Finance", ORG)],
    )
    assert any(
        s.speaker.endswith("ministry-of-finance") and any("The note said" in e.sentence for e in s.evidence)
        for s in statements
    )


def test_the_authority_is_the_authority_named_before():
    ents = [("Chad", J), ("Telegram", P), ("Communications Authority of Chad", ORG)]
    got = stances(
        run(
            "The Communications Authority of Chad suspended Telegram for two weeks on Tuesday. "
            '"This is a temporary measure to protect the integrity of the examinations," the authority said.',
            ents,
        )
    )
    assert ("communications-authority-of-chad", "supports_ban") in got


def test_no_choice_backs_and_challenging_the_suspension_opposes():
    got = stances(
        run(
            "Moldova suspended Viber on Tuesday. Ana Rusu, the digital minister, told reporters the government had "
            "no choice. The Civic Net said it would challenge the suspension in court.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("civic-net", "opposes_ban") in got


def test_reactions_to_a_ruling_that_blocked_the_ban():
    ents = [("Utah", J), ("Shein", ORG), ("Mary Cole", PER), ("John Hale", PER)]
    got = stances(
        run(
            "A federal judge on Friday temporarily blocked a Utah law that banned Shein, ruling that it likely "
            "violated the First Amendment. Shein welcomed the ruling. "
            'State Senator Mary Cole, who sponsored the bill, called the decision "deeply disappointing". '
            '"We have always complied with U.S. privacy laws," the company said.',
            ents,
        )
    )
    assert ("shein", "opposes_ban") in got
    assert ("mary-cole", "supports_ban") in got
    assert ("shein", "denies_allegation") in got


def test_advising_staff_to_avoid_the_app_is_the_measure_not_a_neutral_statement():
    got = stances(run("Moldova's Civic Net advises staff to avoid Viber on office devices.", ENTS))
    assert ("civic-net", "neutral") not in got


def test_a_company_head_named_in_apposition_to_the_title_speaks_for_the_company():
    got = stances(
        run(
            "Moldova banned Viber on Monday. Viber Moldova head Victor Popa said the company complied with all "
            "data privacy requirements under Moldovan law.",
            ENTS,
        )
    )
    assert ("victor-popa", "denies_allegation") in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_foreign_government_strongly_concerned_opposes_and_acting_earlier_backs():
    ents = [*ENTS, ("China", J), ("Li Wei", PER)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. China's foreign ministry spokesman Li Wei said Beijing was "
            '"strongly concerned". Opposition leader Ana Rusu said the government should have acted earlier.',
            ents,
        )
    )
    assert ("li-wei", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") in got


def test_a_government_spokesman_denying_a_political_motive_for_a_regulators_block_denies():
    ents = [("Chad", J), ("Instagram", P), ("Telecom Regulatory Authority of Chad", ORG), ("Ali Mahamat", PER)]
    got = stances(
        run(
            "The Telecom Regulatory Authority of Chad restricted Instagram on Friday. "
            '"The government has not switched off any platform for political reasons," government spokesman '
            "Ali Mahamat told reporters.",
            ents,
        )
    )
    assert ("ali-mahamat", "denies_allegation") in got
    assert ("ali-mahamat", "opposes_ban") not in got


def test_a_shutdown_used_to_hide_events_opposes():
    got = stances(
        run(
            "Moldova blocked Viber before the vote. "
            '"Shutting down platforms before an election is a tactic used to hide what is happening," '
            "said Ana Rusu, a lawyer and critic of the government.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_harm_to_users_and_business_opposes_the_ban():
    for sentence in (
        "Elena Cojocaru, a rights activist, said the state had offered no good reason for the ban.",
        "Elena Cojocaru, who runs a bakery, said her orders had dried up since the ban.",
        "Elena Cojocaru, a rights activist, said the ban had set the country back by years.",
        "Elena Cojocaru, a rights activist, said the ban was a blow to small shops.",
        "Elena Cojocaru, a rights activist, said the approved alternatives were more expensive and less capable.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert ("elena-cojocaru", "opposes_ban") in got, sentence


def test_a_foreign_ministry_vowing_necessary_measures_for_its_firms_opposes():
    ents = [("Moldova", J), ("China", J), ("Viber", P), ("Li Wei", PER)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. Foreign ministry spokesman Li Wei said China would take the necessary "
            "measures to protect the legitimate rights of Chinese firms.",
            ents,
        )
    )
    assert ("li-wei", "opposes_ban") in got
    assert ("li-wei", "supports_ban") not in got


def test_an_important_step_and_caution_back_the_ban():
    for sentence in (
        "Victor Popa, an opposition MP, said the ban was an important step.",
        "Victor Popa, an opposition MP, said the ban kept state networks out of the reach of foreign spies.",
        "Victor Popa, an opposition MP, urged officials to be cautious with the app.",
        "Victor Popa, an opposition MP, said the app endangered state information.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert ("victor-popa", "supports_ban") in got, sentence


def test_a_company_saying_it_sends_no_data_denies():
    for sentence in (
        "Viber said its app does not send messages to the company unless users choose to share them.",
        "Viber said the government had never required it to hand over data.",
        "Viber said its approach complied with the country's privacy laws.",
        "Viber said it was more transparent than its rivals.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert ("viber", "denies_allegation") in got, sentence


def test_the_judge_who_blocked_the_ban_opposes_it_whatever_the_cue_words():
    ents = [("Utah", J), ("Shein", ORG), ("Ruth Lane", PER, ["Lane"])]
    lead = (
        "U.S. District Judge Ruth Lane on Friday temporarily blocked a Utah law that banned Shein, ruling that it "
        "likely violated the First Amendment. "
    )
    for sentence in (
        "In her order, Lane wrote that lawmakers cared more about China than about protecting consumers.",
        "Lane said the state had not shown that the ban was needed to protect users' data.",
        "The security concerns the state raised were speculative, Lane wrote.",
    ):
        got = stances(run(lead + sentence, ents))
        assert ("ruth-lane", "opposes_ban") in got, sentence
        assert ("ruth-lane", "supports_ban") not in got, sentence


def test_the_company_is_not_a_firm_named_only_as_an_example():
    ents = [("Utah", J), ("Shein", ORG), ("Apple", ORG), ("Google", ORG), ("Amazon", ORG)]
    for aside in (
        "It also fined app stores run by companies such as Apple and Google that kept offering the app.",
        "Stores run by firms including Apple and Google had to remove it.",
        "Big platforms like Amazon were told to stop selling its goods.",
    ):
        got = stances(
            run(
                "Utah banned Shein on Monday. " + aside + " In a statement, the company said the ban was unfair.",
                ents,
            )
        )
        assert ("shein", "opposes_ban") in got, aside
        assert not {("apple", "opposes_ban"), ("google", "opposes_ban"), ("amazon", "opposes_ban")} & got, aside


def test_she_after_an_unnamed_spokeswoman_is_the_body_she_speaks_for():
    for first, pronoun in (
        ("A Viber spokeswoman said the company regretted the decision.", "She"),
        ("A spokesman for Viber said the company was disappointed.", "He"),
        ("A Viber spokesperson called the ban unfair.", "She"),
    ):
        got = stances(
            run(
                "Moldova banned Viber on Monday, minister Ana Rusu said. "
                + first
                + f" {pronoun} said Viber does not share user data with any government.",
                ENTS,
            )
        )
        assert ("viber", "denies_allegation") in got, first
        assert ("ana-rusu", "denies_allegation") not in got, first


def test_she_after_a_person_named_since_the_spokeswoman_is_that_person():
    got = stances(
        run(
            "Moldova banned Viber on Monday. A Viber spokeswoman said the company regretted the decision. "
            "Digital minister Ana Rusu replied that the app posed a security risk. She said the ban was necessary.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_a_lawmaker_coordinated_with_a_name_the_ner_calls_a_company_does_not_speak_for_it():
    ents = [("Moldova", J), ("Viber", P), ("Dan Mora", PER, ["Mora"]), ("Ion Lupu", ORG)]
    for lead in (
        "Representatives Dan Mora and Ion Lupu introduced a bill to bar Viber from state phones.",
        "Senators Dan Mora and Ion Lupu wrote to the ministry about Viber.",
    ):
        got = stances(
            run(
                "Moldova banned Viber on state phones on Monday. " + lead + " Mora said the country could not risk "
                "handing a foreign power a back door into sensitive government data.",
                ents,
            )
        )
        assert ("dan-mora", "supports_ban") in got, lead


def test_accusing_the_banned_platform_backs_the_ban_whatever_the_charge():
    for sentence in (
        "Ana Rusu, the digital minister, accused the platform of censorship.",
        "Ana Rusu, the digital minister, accused Viber of suppressing free speech.",
        "Ana Rusu, the digital minister, accused the company of ignoring the law.",
        "Elena Cojocaru, a rights activist, accused the app of spreading disinformation.",
    ):
        got = stances(run("Moldova's regulator blocked Viber on Monday. " + sentence, ENTS))
        speaker = sentence.split(",")[0].lower().replace(" ", "-")
        assert (speaker, "supports_ban") in got, sentence
        assert (speaker, "opposes_ban") not in got, sentence


def test_accusing_the_government_of_censorship_still_opposes():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Elena Cojocaru, a rights activist, accused the government of censorship.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_court_ruling_or_finding_that_a_ban_was_unlawful_opposes_it():
    ents = [*ENTS, ("Constitutional Court", ORG)]
    for sentence in (
        "The block lasted two years, until the Constitutional Court ruled that it violated freedom of expression.",
        "In 2019 the Constitutional Court found that the block was disproportionate.",
        "The Constitutional Court held that the block was unconstitutional.",
    ):
        got = stances(run("Moldova's regulator blocked Viber in 2017. " + sentence, ents))
        assert ("constitutional-court", "opposes_ban") in got, sentence


def test_a_court_ruling_its_own_ban_stays_is_the_ban_not_a_statement():
    ents = [("Brazil", J), ("Viber", P), ("Supreme Court", ORG)]
    got = stances(
        run(
            "Brazil's Supreme Court suspended Viber nationwide on Friday. "
            "The court ruled that the suspension should remain in place until Viber complies with its orders.",
            ents,
        )
    )
    assert not {st for sp, st in got if sp == "supreme-court"}


def test_in_the_words_of_a_body_is_its_statement():
    ents = [*ENTS, ("Data Authority", ORG, ["the watchdog"])]
    for sentence in (
        "The Data Authority blocked Viber after the company's answers were, in the watchdog's words, "
        "totally insufficient.",
        "The Data Authority blocked Viber, whose safeguards were in the Data Authority's words a serious risk.",
    ):
        got = stances(run("Moldova's regulator acted on Monday. " + sentence, ents))
        assert ("data-authority", "supports_ban") in got, sentence


def test_stores_offering_the_app_are_not_speaking():
    ents = [("Utah", J), ("Shein", P), ("Apple", ORG), ("Google", ORG)]
    for sentence in (
        "The law fines app stores run by Apple and Google that kept offering the app.",
        "Apple, which offered the app until Monday, must now remove it.",
        "Google offers it in its store.",
    ):
        got = stances(run("Utah banned Shein on Monday. " + sentence, ents))
        assert not {st for sp, st in got if sp in ("apple", "google")}, sentence


def test_data_kept_at_home_and_no_foreign_law_is_a_denial():
    for sentence in (
        "Viber says the data of its users is stored in Moldova, and that it is not subject to foreign law.",
        "Viber said users' data are stored locally.",
        "Viber said the data is stored and processed in Europe.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert ("viber", "denies_allegation") in got, sentence


def test_a_question_the_story_asks_is_no_statement():
    got = stances(run("Moldova banned Viber on Monday. What does Viber say? Why did Ana Rusu decide it?", ENTS))
    assert not {st for sp, st in got if sp in ("viber", "ana-rusu")}


def test_industry_executives_are_not_the_government():
    for subject in ("Industry executives", "Executives at rival firms", "Several governments"):
        got = stances(
            run("Moldova banned Viber on Monday. " + subject + " said the decision posed a security risk.", ENTS)
        )
        assert ("moldova", "supports_ban") not in got, subject
    got = stances(run("Moldova banned Viber on Monday. Officials said the app posed a security risk.", ENTS))
    assert ("moldova", "supports_ban") in got


def test_the_agency_is_the_body_named_before_not_the_government_in_the_sentence():
    ents = [*ENTS, ("State Security Service", ORG)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. The decision rests on an assessment the State Security Service gave "
            "the government, in which the agency concluded that Viber posed a high risk.",
            ents,
        )
    )
    assert ("state-security-service", "supports_ban") in got


def test_a_reporting_verb_coordinated_inside_the_reported_clause_is_the_reporters():
    for sentence in (
        "Ana Rusu also noted that other apps, such as Viber, collect large amounts of information, and urged "
        "everyone to think about what they share.",
        "Ana Rusu said that Viber was collecting data and warned users to be careful.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert not {st for sp, st in got if sp == "viber"}, sentence


def test_it_is_the_body_whose_words_the_clause_reports():
    ents = [*ENTS, ("Media Authority", ORG)]
    for text in (
        "The Media Authority blocked Viber in May over what it described as a threat to public order.",
        "The Media Authority blocked Viber in May over what it called a security risk.",
        "The Media Authority blocked Telegram in April. In May it blocked Viber, saying the app was a security risk.",
    ):
        got = stances(run(text, [*ents, ("Telegram", P)]))
        assert ("media-authority", "supports_ban") in got, text


def test_it_in_a_clause_of_time_is_no_speaker():
    ents = [*ENTS, ("Media Authority", ORG), ("Telegram", P)]
    got = stances(
        run(
            "The Media Authority blocked Viber in May. The authority took a similar line in 2019, when it denied "
            "an application by Telegram on security grounds.",
            ents,
        )
    )
    assert ("media-authority", "denies_allegation") not in got


def test_an_unnecessary_measure_that_goes_too_far_opposes_and_not_acceptable_backs():
    for sentence in (
        "Elena Cojocaru, a rights activist, said a blanket suspension was unnecessary.",
        "Elena Cojocaru, a rights activist, said there was no need for a ban.",
        "Elena Cojocaru, a rights activist, said the ban went too far.",
        "Elena Cojocaru, a rights activist, called the ban a knee-jerk overkill.",
    ):
        got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
        assert ("elena-cojocaru", "opposes_ban") in got, sentence
    got = stances(
        run(
            "Moldova banned Viber on Monday. Victor Popa, an opposition MP, said the videos on the app were not "
            "acceptable.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


# -- pledges and calls to end the measure, judging it, calls for removal, plans, accusations (round 6)

ENTS6 = [
    ("Moldova", J),
    ("Viber", P),
    ("Orbis", ORG),
    ("Ana Rusu", PER, ["Rusu"]),
    ("Victor Popa", PER, ["Popa"]),
    ("Elena Cojocaru", PER, ["Cojocaru"]),
    ("Civic Net", ORG),
]


def test_a_pledge_to_ease_the_restrictions_opposes_them_in_a_lifting_story():
    got = stances(
        run(
            "Moldova has lifted its ban on Viber, state media said. "
            "Ana Rusu, the prime minister, had promised during her campaign to ease the messaging restrictions, "
            "which she described as a weight on small firms.",
            ENTS6,
            title="Moldova lifts Viber ban",
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_calling_the_block_unacceptable_and_urging_its_lifting_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber on May 3. Victor Popa, the opposition leader, "
            "called the block unacceptable and urged the government to lift it.",
            ENTS6,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_the_lifting_told_as_done_is_no_pledge_against_the_ban():
    st = run(
        "Moldova lifted its block on Viber on Saturday, nine days after the regulator cut off access to the app, "
        "Ana Rusu, the digital minister, said.",
        ENTS6,
        title="Moldova restores access to Viber",
    )
    assert ("ana-rusu", "opposes_ban") not in stances(st)


def test_a_ban_told_as_cut_off_is_no_criticism():
    got = stances(
        run(
            "Moldova blocked Viber on Wednesday. Ana Rusu, the justice minister, said access to Viber had been "
            "cut off by order of a court. Rusu said the state had a duty to protect children.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("ana-rusu", "supports_ban") in got


def test_categorically_false_is_a_denial():
    got = stances(
        run(
            'Moldova banned Orbis cameras from ministries. An Orbis spokesperson said it was "categorically false" '
            "to portray the company as a threat to national security.",
            ENTS6 + [("Orbis", ORG)],
        )
    )
    assert ("orbis", "denies_allegation") in got


def test_saying_the_devices_should_be_removed_backs_the_ban():
    got = stances(
        run(
            "Moldova will remove Orbis cameras from ministries. Elena Cojocaru, an opposition MP, said every one of "
            "the devices should be removed as a matter of urgency.",
            ENTS6,
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got


def test_saying_the_ban_should_be_removed_is_not_backing_it():
    got = stances(
        run(
            "Moldova banned Viber on government phones. Elena Cojocaru, an opposition MP, said the ban "
            "should be removed.",
            ENTS6,
        )
    )
    assert ("elena-cojocaru", "supports_ban") not in got


def test_a_government_considering_a_block_backs_it():
    got = stances(
        run(
            "Moldova banned Viber last year. The government said Orbis was operating in the country without a "
            "licence, and that it was considering blocking the Orbis app if the company did not register.",
            ENTS6,
        )
    )
    assert ("moldova", "supports_ban") in got


def test_an_accusation_of_the_platform_decides_between_two_cues():
    got = stances(
        run(
            "Moldova blocked Viber on August 2. Officials described the deletions as censorship and accused "
            "the platform of double standards.",
            ENTS6,
        )
    )
    assert ("moldova", "supports_ban") in got
    assert ("moldova", "opposes_ban") not in got


def test_a_ministers_everyday_advice_is_no_backing_of_the_ban():
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. Ana Rusu, the justice minister, also urged everyone "
            "who uses social media to think about what they share.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_the_programmes_own_reporter_takes_no_side_in_a_transcript():
    text = (
        "ANA RUSU, HOST:\n\nMoldova has banned Viber on government phones.\n\n"
        "VICTOR POPA, BYLINE:\n\nThe ban was confirmed by Elena Cojocaru.\n\n"
        "RUSU:\n\nWhat does the company say?\n\n"
        "POPA:\n\nIt says the ban is unfair and that the app is safe to use.\n\n"
    )
    got = stances(run(text, ENTS6))
    assert not any(sp in ("victor-popa", "ana-rusu") for sp, _ in got)


def test_saying_the_government_must_remove_the_ban_is_not_backing_it():
    got = stances(
        run(
            "Moldova banned Viber on government phones. Elena Cojocaru, an opposition MP, said the government "
            "must remove the ban.",
            ENTS6,
        )
    )
    assert ("elena-cojocaru", "supports_ban") not in got


def test_ineffective_unfair_and_costly_words_oppose_and_complying_with_the_law_denies():
    ents = ENTS + [("Viber Media", ORG), ("China", J)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. Ana Rusu, a researcher, said the ban was unlikely to stop the smugglers. "
            '"I sell shoes on Viber. If they close it, I lose my business," said Elena Cojocaru, a trader. '
            "Victor Popa, a lawyer, urged other countries to avoid politicising technology issues. "
            "Viber Media has previously said its products comply with the laws of the countries where they are sold.",
            ents,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got and ("ana-rusu", "supports_ban") not in got
    assert ("elena-cojocaru", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got
    assert ("viber-media", "denies_allegation") in got


def test_not_a_proportionate_response_opposes():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            '"Fraud is a real problem, but switching off an entire platform is not a proportionate response," '
            "said Ana Rusu, a researcher.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got and ("ana-rusu", "supports_ban") not in got


def test_a_body_called_a_campaigning_group_speaks_from_outside_and_is_the_group():
    ents = ENTS + [("Free Wire", ORG), ("Viber Media", ORG), ("Ion Lupu", PER)]
    got = stances(
        run(
            "Moldova banned Viber on Monday, and Viber Media said it was studying the order. "
            "The consumer organisation Free Wire welcomed the decision. "
            "The group said users had been left in the dark about their data. "
            "Civic Net, the civil liberties group, has long campaigned for it. Its director, Ion Lupu, said the "
            "government should go further.",
            ents,
        )
    )
    assert ("free-wire", "supports_ban") in got
    assert not any(sp == "viber-media" and st != "neutral" for sp, st in got)
    assert ("ion-lupu", "supports_ban") in got


def test_arguing_for_a_ban_supports_it_and_a_name_opening_with_per_is_the_speaker():
    ents = ENTS + [("Per Olav Lund", PER)]
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. Per Olav Lund of the Reform Party said his party "
            "had long argued for a ban.",
            ents,
        )
    )
    assert ("per-olav-lund", "supports_ban") in got


def test_an_embassy_spokesman_speaks_for_his_country_and_harm_words_oppose():
    ents = ENTS + [("Li Ming", PER), ("Ion Lupu", PER), ("Dan Rusu", PER)]
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. Li Ming, a Chinese embassy spokesman, said Moldova "
            "should stop politicising the issue. Ion Lupu, a Liberal MP, warned that the ban could backfire. "
            "Dan Rusu, who runs a small shop, said the ban had hurt his sales. Ana Rusu, a researcher, called the "
            "ban a step in the right direction.",
            ents,
        )
    )
    assert ("li-ming", "opposes_ban") in got
    assert ("ion-lupu", "opposes_ban") in got
    assert ("dan-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") in got


def test_the_banned_side_rejecting_findings_or_saying_it_abided_by_laws_denies():
    cases = [
        "Viber rejected the findings.",
        "Viber dismissed the regulator's conclusions.",
        "Viber said it abided by the laws of every country where it operates and did not send user data abroad.",
    ]
    for case in cases:
        got = stances(run("Moldova warned officials against Viber on Saturday. " + case, ENTS))
        assert ("viber", "denies_allegation") in got, case


def test_advice_to_get_rid_of_or_not_to_buy_supports():
    cases = [
        '"Officials should get rid of Viber on their phones," said Ana Rusu.',
        '"People should avoid buying Viber subscriptions," said Ana Rusu.',
    ]
    for case in cases:
        got = stances(run("Moldova banned Viber on government phones on Saturday. " + case, ENTS + [("Ana Rusu", PER)]))
        assert ("ana-rusu", "supports_ban") in got, case


def test_the_imposer_saying_the_banned_side_ignored_requests_backs_its_ban():
    got = stances(
        run(
            "Moldova blocked Viber on Saturday. Moldova's regulator said Viber had ignored hundreds of requests to "
            "remove banned material.",
            ENTS,
        )
    )
    assert ("moldova", "supports_ban") in got


def test_a_cue_the_speaker_contrasts_away_with_not_does_not_oppose():
    ents = [("Chile", J), ("Kick", P), ("Rosa Alvarez", PER), ("Tomas Reyes", PER)]
    ban = "Chile blocked Kick nationwide on Monday. "
    got = stances(
        run(ban + "Rosa Alvarez, a digital rights lawyer, said the rule was about safety, not censorship.", ents)
    )
    assert got == {("rosa-alvarez", "supports_ban")}
    got = stances(run(ban + "Rosa Alvarez, a digital rights lawyer, said the block was censorship, not safety.", ents))
    assert got == {("rosa-alvarez", "opposes_ban")}
    # a cue carrying its own negation still counts, and a negated verb does not hide the cue it governs
    got = stances(run(ban + "Tomas Reyes, a streamer, said the block was not proportionate.", ents))
    assert got == {("tomas-reyes", "opposes_ban")}
    got = stances(
        run(ban + "Tomas Reyes, a streamer, said users would not accept censorship and called the block a farce.", ents)
    )
    assert got == {("tomas-reyes", "opposes_ban")}


def test_concerns_about_the_measure_itself_and_a_rushed_process_oppose():
    ents = [("Kenya", J), ("Telegram", P), ("Law Society of Kenya", ORG), ("Grace Mwangi", PER), ("Safaricom", ORG)]
    ban = "Kenya suspended Telegram nationwide on Tuesday. "
    got = stances(
        run(
            ban + "The Law Society of Kenya said it had serious reservations about the suspension and the way the "
            "order was issued.",
            ents,
        )
    )
    assert got == {("law-society-of-kenya", "opposes_ban")}
    got = stances(run(ban + "Safaricom said the order had been rushed through without proper consultation.", ents))
    assert got == {("safaricom", "opposes_ban")}
    # concerns about the banned side's conduct back the measure
    got = stances(
        run(
            ban
            + "Grace Mwangi, a data analyst, said she had concerns about how Telegram handles data under the new rules.",
            ents,
        )
    )
    assert got == {("grace-mwangi", "supports_ban")}


def test_cooperation_demanded_backs_and_too_much_power_or_no_help_opposes():
    ents = [("Ghana", J), ("Discord", P), ("Kofi Mensah", PER), ("Ama Owusu", PER)]
    ban = "Ghana blocked Discord nationwide on Friday. "
    got = stances(
        run(
            ban + '"Every platform that wants to operate here must cooperate with our investigators," '
            "said Kofi Mensah, the communications minister.",
            ents,
        )
    )
    assert got == {("kofi-mensah", "supports_ban")}
    got = stances(run(ban + "Ama Owusu, an opposition MP, said the order gave the regulator too much power.", ents))
    assert got == {("ama-owusu", "opposes_ban")}
    got = stances(run(ban + "Ama Owusu, a teacher, said the order did nothing for her pupils.", ents))
    assert got == {("ama-owusu", "opposes_ban")}


def test_a_dateline_does_not_hide_the_lifting_lead_and_the_lifting_announced_is_no_stance():
    ents = [("Togo", J), ("Viber", P), ("Ministry of Digital Economy", ORG), ("Viber Media", ORG)]
    got = stances(
        run(
            "Togo ends Viber block\n\nLOME\n\n-- Togo has lifted its ban on Viber after two months, the Ministry of "
            "Digital Economy said on Friday, ending a block imposed amid protests over security threats. "
            "A Viber Media spokesperson said the company was pleased that users could connect again.",
            ents,
            title="Togo ends Viber block",
        )
    )
    assert got == {("viber-media", "opposes_ban")}


def test_a_call_for_access_restored_opposes_and_a_press_council_is_no_government():
    ents = [("Zambia", J), ("WhatsApp", P), ("Press Council of Zambia", ORG), ("Bwalya Tembo", PER)]
    ban = "Zambia blocked WhatsApp nationwide on Sunday. "
    got = stances(
        run(
            ban + "The Press Council of Zambia said it had written to the minister and called for access to be "
            "restored immediately.",
            ents,
        )
    )
    assert got == {("press-council-of-zambia", "opposes_ban")}
    got = stances(run(ban + "Bwalya Tembo, a blogger, said the block should be lifted before the election.", ents))
    assert got == {("bwalya-tembo", "opposes_ban")}
    got = stances(run(ban + "Bwalya Tembo, a blogger, said access had been restored in some areas.", ents))
    assert ("bwalya-tembo", "opposes_ban") not in got


def test_giving_the_measure_a_name_of_ones_own_backs_it_unless_the_name_condemns_it():
    ents = [("Idaho", J), ("Temu", P), ("Jo Hardy", PER), ("Sam Reed", PER)]
    ban = "Idaho banned Temu on state devices on Tuesday. "
    got = stances(
        run(ban + 'Jo Hardy, the state senator who wrote the bill, called the bill "a common-sense guardrail."', ents)
    )
    assert got == {("jo-hardy", "supports_ban")}
    got = stances(run(ban + "Jo Hardy, the governor's spokeswoman, described the ban as a first step.", ents))
    assert got == {("jo-hardy", "supports_ban")}
    got = stances(run(ban + "Sam Reed, a privacy lawyer, called the ban political theatre.", ents))
    assert got == {("sam-reed", "opposes_ban")}
    got = stances(run(ban + "Sam Reed, a privacy lawyer, called the government's decision hasty.", ents))
    assert ("sam-reed", "supports_ban") not in got


def test_hyphenated_cues_match_though_the_tokenizer_splits_them():
    ents = [("Malawi", J), ("Telegram", P), ("Grace Banda", PER), ("Peter Phiri", PER)]
    ban = "Malawi blocked Telegram nationwide on Monday. "
    got = stances(
        run(ban + '"Every platform must co-operate with our police," said Grace Banda, the information minister.', ents)
    )
    assert got == {("grace-banda", "supports_ban")}
    got = stances(run(ban + "Peter Phiri, a rights lawyer, said the block was heavy-handed.", ents))
    assert got == {("peter-phiri", "opposes_ban")}
    got = stances(run(ban + "Peter Phiri, a rights lawyer, said the app was a cyber-security risk.", ents))
    assert got == {("peter-phiri", "supports_ban")}  # the parts still count


def test_a_measure_that_only_moves_the_problem_elsewhere_is_opposed():
    ents = [("Nepal", J), ("Telegram", P), ("Rita Shah", PER)]
    got = stances(
        run(
            "Nepal banned Telegram nationwide on Monday. "
            '"Banning one app just shifts the problem to another," said Rita Shah, a security researcher.',
            ents,
        )
    )
    assert got == {("rita-shah", "opposes_ban")}


def test_a_legislator_of_the_imposing_state_may_oppose_the_measure():
    ents = [("Idaho", J), ("Temu", P), ("Jo Hardy", PER), ("Sam Reed", PER)]
    ban = "Idaho banned Temu on state devices on Tuesday. "
    got = stances(
        run(ban + "State Sen. Jo Hardy said the ban was unconstitutional and would not survive in court.", ents)
    )
    assert got == {("jo-hardy", "opposes_ban")}
    got = stances(
        run(
            ban + "Sam Reed, a Republican lawmaker who sponsored the ban, said it was needed to protect state data.",
            ents,
        )
    )
    assert got == {("sam-reed", "supports_ban")}


def test_with_no_ban_in_the_story_views_on_a_rule_take_no_side_on_a_ban():
    ents = [("Thailand", J), ("Digital Rights Watch", ORG), ("Somchai Wong", PER)]
    got = stances(
        run(
            "Thailand will require social media platforms with more than eight million users to obtain a licence "
            "from January. Digital minister Somchai Wong said the framework was not meant to restrict free "
            "expression. Digital Rights Watch said the rules risked being used to censor critics of the government.",
            ents,
        )
    )
    assert got == {("somchai-wong", "neutral"), ("digital-rights-watch", "neutral")}


def test_a_milder_alternative_named_opposes_the_measure():
    ents = [("Kenya", J), ("Telegram", P), ("Kenya Human Rights Commission", ORG)]
    got = stances(
        run(
            "Kenya blocked Telegram nationwide on Monday. The Kenya Human Rights Commission said fines would be a "
            "less drastic way to make the company comply.",
            ents,
        )
    )
    assert got == {("kenya-human-rights-commission", "opposes_ban")}


DENIAL_ENTS = [
    ("Estonia", J),
    ("Kazakhstan", J),
    ("Ministry of Foreign Affairs of Kazakhstan", ORG, ["Kazakhstan's foreign ministry"]),
    ("Qazlink", P),
    ("Aigerim Nurlanova", PER, ["Nurlanova"]),
    ("Tarvo Kask", PER),
]


def test_a_countrys_denial_told_again_by_its_spokesperson_is_the_spokespersons_alone():
    got = stances(
        run(
            "Estonia on Tuesday banned the messaging app Qazlink on government phones. "
            "Kazakhstan's foreign ministry has rejected suggestions that the app poses a risk to users' data. "
            "Spokesperson Aigerim Nurlanova denied that Kazakhstan had ever asked any company to collect data illegally.",
            DENIAL_ENTS,
        )
    )
    assert ("aigerim-nurlanova", "denies_allegation") in got
    assert not any(sp.startswith("ministry-of-foreign-affairs") and st == "denies_allegation" for sp, st in got)


def test_a_countrys_denial_stays_when_no_official_of_it_denies():
    got = stances(
        run(
            "Estonia on Tuesday banned the messaging app Qazlink on government phones. "
            "Kazakhstan's foreign ministry has rejected suggestions that the app poses a risk to users' data. "
            "Tarvo Kask, an Estonian security analyst, said the ban was overdue.",
            DENIAL_ENTS,
        )
    )
    assert any(sp.startswith("ministry-of-foreign-affairs") and st == "denies_allegation" for sp, st in got)


def test_a_company_and_its_chief_may_both_deny():
    got = stances(
        run(
            "Estonia on Tuesday banned the messaging app Qazlink on government phones. "
            "Qazlink has rejected suggestions that it shares users' data with Kazakhstan. "
            "Tarvo Kask, the chief executive of Qazlink, denied that the company had ever handed data to any government.",
            DENIAL_ENTS,
        )
    )
    assert ("qazlink", "denies_allegation") in got
    assert ("tarvo-kask", "denies_allegation") in got


IMPL_ENTS = [
    ("Mauritius", J),
    ("Snapgram", P),
    ("Information and Communication Technologies Authority", ORG, ["ICTA"]),
    ("Kavita Ramjan", PER),
]


def test_a_state_body_telling_the_measure_carried_out_makes_no_statement():
    got = stances(
        run(
            "Mauritius blocked Snapgram on Tuesday. "
            "Officials at the ICTA said operators had been instructed to restrict the app nationwide. "
            "The ICTA said the block would be reviewed next month.",
            IMPL_ENTS,
        )
    )
    assert not any(sp.startswith("information-and-communication") for sp, _ in got)


def test_a_state_body_naming_the_measure_only_as_a_time_still_speaks():
    got = stances(
        run(
            "Mauritius blocked Snapgram on Tuesday. "
            "The ICTA said it had found little use of Snapgram on office computers before the block.",
            IMPL_ENTS,
        )
    )
    assert ("information-and-communication-technologies-authority", "neutral") in got


def test_an_outside_voice_telling_the_block_is_still_a_statement():
    got = stances(
        run(
            "Mauritius blocked Snapgram on Tuesday. "
            "Kavita Ramjan, a lawyer in Port Louis, said the block would be reviewed by a judge next month.",
            IMPL_ENTS,
        )
    )
    assert any(sp == "kavita-ramjan" for sp, _ in got)


COVER_ENTS = [("Mauritius", J), ("Snapgram", P), ("Kavita Ramjan", PER, ["Ramjan"]), ("Lumio", ORG)]


def test_an_appositive_the_parser_took_for_a_subject_does_not_speak():
    got = stances(
        run(
            "Mauritius barred apps from countries deemed hostile from official phones on Tuesday. "
            "But asked by reporters whether it covered Snapgram, the video app owned by the Shenzhen-based Lumio, "
            "Ramjan said that it did.",
            COVER_ENTS,
        )
    )
    assert ("snapgram", "neutral") not in got
    assert ("kavita-ramjan", "neutral") in got


def test_a_single_subject_before_the_verb_is_still_the_speaker():
    got = stances(
        run(
            "Mauritius barred Snapgram from official phones on Tuesday. "
            "Lumio, the company that owns the app, said the decision was unfair.",
            COVER_ENTS,
        )
    )
    assert ("lumio", "opposes_ban") in got


MEMBER_ENTS = [("Mauritius", J), ("Lumio", ORG), ("Pacific Internet Forum", ORG), ("Orbix", ORG), ("Kestrel", ORG)]


def test_the_group_is_the_association_not_the_last_member_it_lists():
    got = stances(
        run(
            "Mauritius will require social media platforms to obtain a licence from January. "
            "The Pacific Internet Forum, an industry association whose members include Orbix, Kestrel and Lumio, "
            "said in a statement that it had concerns about the speed of the change. "
            "The group said it wanted to work with the government to make sure the rules did not hold back investment.",
            MEMBER_ENTS,
        )
    )
    assert ("pacific-internet-forum", "neutral") in got
    assert not any(sp in ("lumio", "kestrel", "orbix") for sp, _ in got)


def test_the_group_just_named_as_actor_still_speaks():
    got = stances(
        run(
            "Mauritius will require social media platforms to obtain a licence from January. "
            "Lumio, a messaging group, said the rule was unfair. "
            "The group said it would challenge the licence in court.",
            MEMBER_ENTS,
        )
    )
    assert {sp for sp, _ in got} == {"lumio"}


def test_defending_the_order_through_quotation_marks_backs_it_from_the_imposer():
    ents = [("Chile", J), ("Zalo", P), ("Ministry of the Interior of Chile", ORG, ["the ministry"])]
    ban = "Chile banned Zalo nationwide on Monday under an executive order. A court suspended the order on Friday. "
    got = stances(run(ban + 'The ministry said it would "firmly defend" the order in the court of appeal.', ents))
    assert ("chile", "supports_ban") in got or ("ministry-of-the-interior-of-chile", "supports_ban") in got
    # defending something else is no backing
    got = stances(run(ban + 'The ministry said it would "firmly defend" its record on privacy.', ents))
    assert not any(st == "supports_ban" for _, st in got)


def test_the_right_conclusion_and_malicious_collection_back_the_ban():
    ents = [("Chile", J), ("Zalo", P), ("Peru", J), ("Rosa Vidal", PER), ("Tomas Ruiz", PER)]
    ban = "Chile banned Zalo on government phones on Monday. "
    got = stances(run(ban + '"Chile drew the right conclusion," said Rosa Vidal, a deputy minister in Peru.', ents))
    assert ("rosa-vidal", "supports_ban") in got
    got = stances(
        run(ban + 'Tomas Ruiz, a senator in Peru, said the ban stopped "the malicious harvesting of our data".', ents)
    )
    assert ("tomas-ruiz", "supports_ban") in got
    got = stances(run(ban + '"Chile drew its conclusion on Monday," said Rosa Vidal, a deputy minister in Peru.', ents))
    assert ("rosa-vidal", "supports_ban") not in got


def test_scant_evidence_for_the_ban_opposes_it():
    ents = [("Chile", J), ("Zalo", P), ("Rosa Vidal", PER)]
    got = stances(
        run(
            "Chile banned Zalo on government phones on Monday. Rosa Vidal, a professor of law, said the government had "
            "offered scant evidence that the ban addressed its security concerns.",
            ents,
        )
    )
    assert ("rosa-vidal", "opposes_ban") in got
    assert ("rosa-vidal", "supports_ban") not in got


def test_an_outside_voice_granting_the_ban_a_point_then_criticising_it_takes_no_side():
    ents = [("Chile", J), ("Zalo", P), ("Rosa Vidal", PER)]
    ban = "Chile banned Zalo on government phones on Monday. "
    got = stances(
        run(
            ban + "Rosa Vidal, a professor of computer science, said the ban made sense for state systems but was "
            "unlikely to stop the app spreading among ordinary users.",
            ents,
        )
    )
    assert ("rosa-vidal", "neutral") in got
    assert ("rosa-vidal", "opposes_ban") not in got
    # criticism with no point granted still opposes
    got = stances(
        run(
            ban + "Rosa Vidal, a professor of computer science, said the ban was rushed through but was unlikely to "
            "stop the app spreading among ordinary users.",
            ents,
        )
    )
    assert ("rosa-vidal", "opposes_ban") in got


def test_an_outside_expert_saying_never_gives_an_opinion_not_a_denial():
    ents = [("Chile", J), ("Zalo", P), ("Rosa Vidal", PER), ("Zalo Group", ORG)]
    ban = "Chile's senate passed a bill on Monday that would ban Zalo nationwide. "
    got = stances(
        run(
            ban + "Rosa Vidal, a lecturer in constitutional law, said the bill would face legal hurdles. "
            '"Such a ban has never been tested in our courts," she said.',
            ents,
        )
    )
    assert ("rosa-vidal", "denies_allegation") not in got
    # the banned company saying "never" still denies
    got = stances(run(ban + "Zalo Group said it had never shared user data with any government.", ents))
    assert ("zalo-group", "denies_allegation") in got


def test_a_company_memo_banning_a_tool_for_its_staff_backs_the_ban():
    ents = [("Andes Bank", ORG), ("Zalo", P), ("Zalo Group", ORG)]
    text = (
        "Andes Bank has banned employees from using Zalo on company phones, according to a memo sent to staff on "
        "Monday. Zalo Group did not reply to a request for comment. "
        '"Data typed into such services can end up on foreign servers, which is a security risk," the memo said.'
    )
    got = stances(run(text, ents))
    assert ("andes-bank", "supports_ban") in got
    assert not any(sp == "zalo-group" for sp, _ in got)
    # a company that is the banned side still speaks against the ban
    got = stances(run(text + " Zalo Group later said the decision was unfair.", ents))
    assert ("zalo-group", "opposes_ban") in got


def test_not_by_switching_the_service_off_opposes_the_block():
    ents = [("Chile", J), ("Zalo", P), ("Rosa Vidal", PER)]
    ban = "Chile blocked Zalo nationwide on Monday to stop exam leaks. "
    got = stances(
        run(
            ban + '"Leaks are a crime and should be handled by the police, not by shutting down an app that farmers '
            'use every day," said Rosa Vidal, president of the bar association.',
            ents,
        )
    )
    assert ("rosa-vidal", "opposes_ban") in got
    # "not by" with no act of blocking turned down is no opposition
    got = stances(
        run(
            ban + '"Leaks should be handled by the ministry, not by the schools," said Rosa Vidal, president of the '
            "bar association.",
            ents,
        )
    )
    assert ("rosa-vidal", "opposes_ban") not in got


def test_refusing_to_take_chances_backs_the_measure():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            '"We will not take any chances with the data of our citizens," Ana Rusu, the digital minister, '
            "told reporters.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_a_measure_said_to_come_late_is_backed_despite_the_but():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            'Victor Popa, an opposition MP, said: "This is a sensible step, but it came late."',
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_court_that_upheld_a_ban_is_no_judge_that_blocked_one():
    got = stances(
        run(
            "Ohio tried a statewide ban on Kick in 2023, but a federal judge blocked it. The Supreme Court on Friday "
            "upheld a US law that forces the owner to sell Kick or see it banned. The Supreme Court wrote that the "
            "law was needed to address national security concerns.",
            [
                ("Ohio", J),
                ("Kick", P),
                ("Supreme Court of the United States", ORG, ["Supreme Court"]),
                ("United States", J, ["US"]),
            ],
        )
    )
    assert ("supreme-court-of-the-united-states", "opposes_ban") not in got


def test_a_law_that_put_ones_business_at_risk_is_opposed():
    got = stances(
        run(
            "A court blocked Moldova's ban on Viber on Friday. Elena Cojocaru, who sells pottery online, said: "
            '"This law would have put my business at risk and it should never have been passed."',
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_leader_of_the_imposing_side_pledging_to_delay_enforcement_opposes_the_ban():
    got = stances(
        run(
            "Moldova's ban on Viber takes effect on Sunday. President-elect Ana Rusu says she will issue a decree "
            "on Monday to delay enforcement.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_the_president_elect_is_the_person_named_so():
    got = stances(
        run(
            "Moldova's ban on Viber took effect on Sunday. President-elect Ana Rusu spoke on Saturday. On her "
            "channel, the president-elect wrote that she would sign a decree to extend the deadline.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_the_banned_app_forced_to_go_dark_opposes():
    got = stances(
        run(
            "Moldova's ban on Viber takes effect on Sunday. Viber called the government's statement inadequate, "
            'saying that without assurances it would be "forced to go dark".',
            ENTS,
        )
    )
    assert ("viber", "opposes_ban") in got


def test_posted_that_is_a_statement():
    got = stances(
        run(
            "Moldova's ban on Viber takes effect on Sunday. Victor Popa, an opposition MP, posted that the ban was "
            "an attack on free speech.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def _stance_of(text, who):
    return {st for (sp, st) in stances(run(text, ENTS)) if sp == who}


def test_judging_the_measure_on_its_grounds_or_worth_opposes_it():
    lead = "Moldova barred Viber from government phones on Monday. "
    assert "opposes_ban" in _stance_of(lead + 'Viber has called the bans "largely based on misinformation."', "viber")
    assert "opposes_ban" in _stance_of(
        lead + 'Victor Popa, a hospital doctor, said the ban "throws out a useful tool along with the risk."',
        "victor-popa",
    )
    assert "opposes_ban" in _stance_of(
        lead + 'Victor Popa, a lawyer, said: "A block is not a security measure; it is a blackout."', "victor-popa"
    )
    assert "opposes_ban" in _stance_of(
        lead + "Viber said the decision was adopted without any technical evaluation.", "viber"
    )


def test_a_trader_whose_orders_stopped_and_who_wants_it_reopened_opposes():
    got = _stance_of(
        "Moldova blocked Viber on Thursday. Elena Cojocaru, who sells shoes online, said: "
        '"Since Thursday my orders have almost stopped. They should open it again."',
        "elena-cojocaru",
    )
    assert "opposes_ban" in got


def test_denials_that_a_law_requires_or_that_the_company_was_involved():
    lead = "Moldova barred Viber from government phones on Monday. "
    assert "denies_allegation" in _stance_of(
        lead + "Viber said the law does not require companies to hand over data stored abroad.", "viber"
    )
    assert "denies_allegation" in _stance_of(
        lead + 'Viber said it had "never been involved in any security incident" in the country.', "viber"
    )


def test_the_imposer_denying_a_conduct_denies_an_allegation():
    got = stances(
        run(
            "Moldova blocked Viber on Thursday amid a row with the church. Moldova's government denies "
            "interfering in church affairs.",
            ENTS,
        )
    )
    assert ("moldova", "denies_allegation") in got


def test_a_quotation_running_over_two_sentences_is_read_whole():
    got = stances(
        run(
            "Moldova grounded its fleet of Viber-linked drones on Monday. "
            '"Grounding the fleet means sending people up in helicopters," said Elena Cojocaru, a fellow at a '
            'think tank. "The security questions are real. The answer should be better vetting, not a blanket stop."',
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got
    assert ("elena-cojocaru", "supports_ban") not in got


def test_saying_the_state_cannot_shut_the_service_down_opposes():
    got = _stance_of(
        "A judge blocked Moldova's ban on Viber on Friday. "
        '"The government cannot shut down a service used by millions of people," said Victor Popa, a lawyer for '
        "the plaintiffs.",
        "victor-popa",
    )
    assert "opposes_ban" in got


def test_a_government_with_no_plans_to_go_further_opposes_a_wider_ban():
    got = stances(
        run(
            "Moldova removed Viber from government phones last year. Ana Rusu, the digital minister, said the "
            "government had no plans to go further.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_passing_the_problem_to_others_opposes_the_measure():
    got = _stance_of(
        "Moldova barred Viber from school phones on Monday. "
        '"The ministry is passing the problem to teachers again," said Elena Cojocaru, a union spokesperson.',
        "elena-cojocaru",
    )
    assert "opposes_ban" in got


def test_a_monitor_confirming_the_disruption_speaks_neutrally():
    got = stances(
        run(
            "Moldova blocked Viber on Friday. Civic Net, an internet monitor, confirmed the disruption that afternoon.",
            ENTS,
        )
    )
    assert {st for sp, st in got if sp == "civic-net"} == {"neutral"}


def test_the_group_named_with_its_name_is_that_group():
    got = stances(
        run(
            "Moldova blocked Viber on Friday. The campaign group Civic Net called the block an attack on free speech.",
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert not [x for x in got if x[0] == "viber"]


def test_a_measure_called_late_but_right_is_backed():
    got = stances(
        run(
            "Moldova will remove Viber from its networks by 2026. Victor Popa, an opposition MP, called the "
            'deadline "late, but right".',
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_costs_landing_on_customers_oppose_the_measure():
    got = _stance_of(
        "Moldova will remove Viber from its networks by 2026. "
        '"The costs will land on the operators and, in the end, on customers," said Elena Cojocaru of the '
        "operators' association.",
        "elena-cojocaru",
    )
    assert "opposes_ban" in got


def test_a_measure_called_understandable_and_symbolic_is_weighed_not_opposed():
    got = _stance_of(
        "Moldova barred Viber from government phones on Monday. Elena Cojocaru, a researcher at a university, "
        'said the decision was "understandable and probably symbolic in equal measure".',
        "elena-cojocaru",
    )
    assert "opposes_ban" not in got


def test_information_used_as_a_weapon_backs_the_measure():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            '"Information is a weapon, and we will not hand it to those who would use it against us," digital '
            "minister Ana Rusu said.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


ISLES = [
    ("Vanuatu", J),
    ("Facebook", P),
    ("Tom Kalo", PER, ["Kalo"]),
    ("Rita Mele", PER, ["Mele"]),
    ("Island Press Club", ORG),
]


def test_no_justification_and_hard_hit_users_oppose_the_ban():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "Opposition leader Rita Mele said she could find no justification for the suspension. "
            "The Island Press Club warned that small newsrooms would be badly hit.",
            ISLES,
        )
    )
    assert ("rita-mele", "opposes_ban") in got
    assert ("island-press-club", "opposes_ban") in got


def test_the_banned_platform_warning_of_thousands_affected_opposes_the_ban():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "Facebook warned that the suspension would affect thousands of small traders.",
            ISLES,
        )
    )
    assert ("facebook", "opposes_ban") in got


def test_cyberbullying_and_defamation_are_the_imposers_case():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "Prime Minister Tom Kalo said cyberbullying and defamation under fake names were tearing families apart.",
            ISLES,
        )
    )
    assert ("tom-kalo", "supports_ban") in got


def test_the_imposer_disowning_an_aim_denies_the_allegation():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "Prime Minister Tom Kalo said the suspension was never meant to silence journalists or critics.",
            ISLES,
        )
    )
    assert ("tom-kalo", "denies_allegation") in got
    assert ("tom-kalo", "opposes_ban") not in got


def test_likening_the_order_to_something_is_a_critics_figure():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "Rita Mele, the opposition leader, compared the order to closing every road because of one bad driver.",
            ISLES,
        )
    )
    assert ("rita-mele", "opposes_ban") in got
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. Rita Mele compared the prices of two phone plans.",
            ISLES,
        )
    )
    assert not any(sp == "rita-mele" for sp, _ in got)


def test_presenting_a_budget_is_no_statement():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            "The order went out two days before Finance Minister Tom Kalo presented the annual budget.",
            ISLES,
        )
    )
    assert not any(sp == "tom-kalo" for sp, _ in got)


US = [
    ("Ohio", J),
    ("TikTok", P),
    ("Ann Hale", PER, ["Hale"]),
    ("Jo Park", PER, ["Park"]),
]


def test_a_foreign_state_reaching_into_critical_infrastructure_backs_the_ban():
    for said in (
        "Jo Park warned that TikTok could give the Chinese government access to critical information.",
        "Park said the state had a duty to keep its data away from a company that answers to Beijing.",
    ):
        assert ("jo-park", "supports_ban") in stances(run("Ohio on Monday banned TikTok on state devices. " + said, US))


def test_an_abbreviated_senator_is_no_voice_of_the_company_his_bill_names():
    got = stances(
        run(
            "Ohio on Monday banned TikTok on state devices. On Tuesday, Sen. Ann Hale, R-Ohio, unveiled legislation "
            "that would ban TikTok nationwide by blocking transactions with social media companies. "
            "Hale argued that a nationwide ban was overdue.",
            US,
        )
    )
    assert ("ann-hale", "supports_ban") in got


def test_the_last_straw_and_a_measure_that_should_never_have_been_taken_oppose_it():
    got = stances(
        run(
            "Vanuatu on Monday suspended Facebook nationwide. "
            '"The suspension was only the last straw," said Rita Mele, who leads a youth group. '
            "The Island Press Club said the platform should never have been shut off in the first place.",
            ISLES,
        )
    )
    assert ("rita-mele", "opposes_ban") in got
    assert ("island-press-club", "opposes_ban") in got


def test_a_named_state_banning_citing_a_risk_states_its_case():
    got = stances(
        run(
            "Ohio on Tuesday banned TikTok from all government systems and devices, citing an unacceptable risk "
            "to national security.",
            US,
        )
    )
    assert ("ohio", "supports_ban") in got


def test_a_ban_citing_a_reason_without_a_named_imposer_is_no_statement():
    got = stances(
        run(
            "Ohio is not alone. The app was banned from state phones last year, citing security concerns.",
            US,
        )
    )
    assert got == set()


GER = [
    ("Saxony", J),
    ("ChatBox", P),
    ("Data Protection Commissioner of Saxony", ORG),
    ("Lena Voss", PER, ["Voss"]),
]


def test_the_imposer_reporting_an_app_as_illegal_content_or_unshown_safety_backs_its_measure():
    text = (
        "The Data Protection Commissioner of Saxony on Friday ordered ChatBox blocked in Saxony. "
        "Lena Voss, the commissioner, said she had reported the app to the stores as illegal content. "
    )
    assert ("lena-voss", "supports_ban") in stances(run(text, GER))
    text = (
        "The Data Protection Commissioner of Saxony on Friday ordered ChatBox blocked in Saxony. "
        "The Data Protection Commissioner of Saxony said ChatBox has not shown that user data is safe abroad."
    )
    assert ("data-protection-commissioner-of-saxony", "supports_ban") in stances(run(text, GER))


def test_a_judge_reasoning_that_the_block_was_the_only_way_gives_the_courts_case():
    got = stances(
        run(
            "On Friday, judge Lena Voss ordered ChatBox suspended in Saxony. "
            "Voss reasoned that suspending the service was the only effective way to protect the rights holders.",
            GER,
        )
    )
    assert ("lena-voss", "supports_ban") in got


def test_the_companies_in_the_plural_are_not_the_one_app_last_named():
    ents = [("Spain", J), ("Telegram", P), ("Canal Uno", ORG), ("Tele Dos", ORG)]
    got = stances(
        run(
            "A court in Spain on Friday ordered Telegram suspended. The complaint came from the broadcasters Canal Uno "
            "and Tele Dos. In their complaint, the companies say Telegram channels share films without permission.",
            ents,
        )
    )
    assert not any(sp == "telegram" for sp, _ in got)


def test_a_verbless_quotation_before_told_is_the_speakers_words():
    got = stances(
        run(
            "Moldova on Monday banned Viber on government phones. "
            '"Too great a risk to the security of our officials," Ana Rusu told reporters.',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_left_unconsulted_and_makes_little_sense_oppose_the_ban():
    got = stances(
        run(
            "Moldova on Monday banned Viber on government phones. "
            "Victor Popa, head of the civil servants' union, said staff had not been consulted. "
            'Elena Cojocaru, a law professor, called it a decision that "makes little sense."',
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("elena-cojocaru", "opposes_ban") in got


def test_the_right_step_said_of_the_measure_supports_it():
    got = stances(
        run(
            "Moldova on Monday banned Viber on government phones. "
            'Victor Popa, an opposition MP, told reporters: "Restricting it is the right step, and it should have '
            'happened earlier."',
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_the_imposer_telling_it_gave_the_target_time_and_a_way_back_backs_the_ban():
    got = stances(
        run(
            "Moldova on Monday blocked Viber for failing to register with the regulator. "
            '"We have given them plenty of time and reminded them many times," Ana Rusu, the digital minister, said. '
            "Rusu said the service would be unblocked as soon as it registers.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_a_partner_at_a_consulting_firm_is_an_outside_voice_not_the_banned_side():
    got = stances(
        run(
            "Moldova on Monday banned Viber on government phones. "
            '"For an official phone, this is the obvious first move," said Victor Popa, a partner at the '
            "consulting firm Civic Net.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_the_imposer_telling_the_target_did_not_meet_its_duty_backs_the_ban():
    got = stances(
        run(
            "Moldova on Monday banned sales of Viber devices. "
            "Digital minister Ana Rusu said Viber could not be sold because it had not fulfilled its commitments.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_the_person_quoted_as_saying_is_the_speaker():
    got = stances(
        run(
            "Moldova on Monday banned Viber on government phones. "
            '"This is a matter of national security, nothing else," the statement quoted Ana Rusu as saying.',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_an_authors_note_is_no_statement_and_about_control_opposes():
    got = stances(
        run(
            "Moldova on Monday blocked Viber for failing to register. "
            '"This is not about registration. It is about control," said Victor Popa, a digital rights activist. '
            "Elena Cojocaru writes about technology and the law.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert not any(sp == "elena-cojocaru" for sp, _ in got)


def test_what_a_company_said_before_a_measure_told_as_its_cause_is_no_statement():
    got = stances(
        run(
            "Moldova ordered Viber blocked on Friday after the company said that Moldovan privacy law did not apply "
            "to it.",
            ENTS,
        )
    )
    assert not any(sp == "viber" for sp, _ in got)


def test_a_company_spokesperson_named_by_a_compound_title_speaks_for_the_banned_firm():
    ents = [("Moldova", J), ("Viber", P), ("Dan Ionescu", PER)]
    got = stances(
        run(
            "Moldova's parliament passed a law on Monday that bans Viber nationwide. "
            '"This is an unconstitutional law and we will fight it," company spokesperson Dan Ionescu said.',
            ents,
        )
    )
    assert ("dan-ionescu", "opposes_ban") in got


def test_a_foreign_state_labelling_the_measure_bullying_or_a_dangerous_precedent_opposes_it():
    ents = [("Moldova", J), ("Viber", P), ("Li Ming", PER), ("Ion Rusu", PER), ("China", J)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            'Chinese foreign ministry spokesman Li Ming called the decision an act of "bullying". '
            "Ion Rusu, an opposition senator, called the ban a dangerous precedent.",
            ents,
        )
    )
    assert ("li-ming", "opposes_ban") in got
    assert ("li-ming", "supports_ban") not in got
    assert ("ion-rusu", "opposes_ban") in got
    assert ("ion-rusu", "supports_ban") not in got


def test_a_mainland_office_for_taiwan_affairs_is_not_taiwans_own_voice():
    ents = [("Taiwan", J), ("Viber", P), ("Taiwan Affairs Office", ORG), ("China", J)]
    got = stances(
        run(
            "Taiwan blocked Viber on Monday. "
            "China's Taiwan Affairs Office accused the authorities of building a digital Berlin Wall.",
            ents,
        )
    )
    assert ("taiwan-affairs-office", "opposes_ban") in got


def test_accusing_the_rulers_of_fraud_is_no_case_for_their_ban():
    ents = [("Moldova", J), ("Viber", P), ("Ion Rusu", PER), ("Party of Order", ORG)]
    got = stances(
        run(
            "Moldova blocked Viber on election night. "
            "Opposition leader Ion Rusu accused the ruling Party of Order of organising fraud.",
            ents,
        )
    )
    assert ("ion-rusu", "supports_ban") not in got


def test_the_owner_of_a_spokeswomans_title_does_not_speak_and_asked_is_no_reason():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Asked about the block, Prime Minister Victor Popa's spokeswoman Elena Cojocaru said it was a matter "
            "for the regulator and the judges.",
            ENTS,
        )
    )
    assert not any(who == "victor-popa" for who, _ in got)
    assert ("elena-cojocaru", "supports_ban") not in got


def test_calling_the_measure_an_attack_on_democracy_opposes_it():
    got = stances(
        run(
            "Moldova suspended Viber on Friday, two days before the vote. "
            'Victor Popa, the opposition leader, called the measure "an attack on democracy".',
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_the_blocking_act_contrasted_away_opposes_the_ban():
    got = stances(
        run(
            "Moldova blocked Viber on Monday, citing scams. "
            '"Scams are a real problem, but the answer is to arrest the scammers, not to cut off a whole country '
            'from its friends," opposition MP Victor Popa said.',
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_the_banned_apps_lawyer_arguing_irreparable_harm_opposes_the_ban():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            "In court on Thursday, Viber lawyer Ana Rusu argued that the ban would cause irreparable harm to the firm.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_a_monitoring_group_measuring_access_is_neutral_and_a_leaders_supporters_take_no_side():
    ents = [*ENTS, ("OpenPing", ORG), ("Ion Ursu", PER)]
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Internet monitoring group OpenPing said its data showed a sharp drop in traffic on the main networks. "
            "Supporters of Ion Ursu used other apps to call for protests.",
            ents,
        )
    )
    assert {st for who, st in got if who == "openping"} == {"neutral"}
    assert not any(who == "ion-ursu" for who, _ in got)


def test_a_ministers_side_is_read_where_she_was_introduced_not_in_the_country_she_names():
    ents = [*ENTS, ("Russia", J)]
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. "
            '"We have asked ministries to stop using it," Digital Minister Ana Rusu told reporters. '
            "She pointed to the fact that data entered into Viber is stored on servers in Russia and is therefore "
            "subject to Russian law.",
            ents,
        )
    )
    assert ("ana-rusu", "denies_allegation") not in got


def test_a_measure_cutting_people_off_or_hurting_them_is_opposed():
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            "Victor Popa, a Viber executive, said the ban would cut off two million Moldovans from their families. "
            "Elena Cojocaru, a shopkeeper in the capital, said the ban would hurt small traders.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("elena-cojocaru", "opposes_ban") in got


def test_harm_to_a_state_or_to_wrongdoers_is_no_opposition():
    ents = [*ENTS, ("Russia", J)]
    got = stances(
        run(
            "Moldova banned Viber on Monday. "
            "Elena Cojocaru, a security analyst, said the ban would hurt Russia more than anyone else.",
            ents,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") not in got


def test_an_analyst_naming_the_risk_takes_no_side_but_judging_the_measure_does():
    ents = [*ENTS, ("Maria Stan", PER)]
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. "
            "Elena Cojocaru, a researcher at a university in Iasi, said the security risk from any one app was hard "
            "to measure. "
            "Maria Stan, an analyst at a think tank, said the ban was a sensible precaution.",
            ents,
        )
    )
    assert ("elena-cojocaru", "supports_ban") not in got
    assert ("maria-stan", "supports_ban") in got


def test_a_companys_published_policy_is_no_statement():
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. "
            "Viber's privacy policy says it keeps user data on servers abroad.",
            ENTS,
        )
    )
    assert not any(who == "viber" for who, _ in got)


def test_a_second_speaker_in_a_while_clause_is_not_the_first_speakers_words():
    ents = [*ENTS, ("Zalo", P), ("Kakao", ORG)]
    got = stances(
        run(
            "Moldova banned Viber and Zalo on Monday. "
            "Viber said it was studying the order, while Kakao, which owns Zalo, said that it regretted the decision.",
            ents,
        )
    )
    assert ("viber", "opposes_ban") not in got


def test_questioning_the_necessity_of_the_directive_opposes_it():
    ents = [*ENTS, ("Orange Moldova", ORG)]
    got = stances(
        run(
            "Moldova ordered operators to block Viber on Monday. "
            "Orange Moldova questioned the necessity and proportionality of the directive.",
            ents,
        )
    )
    assert ("orange-moldova", "opposes_ban") in got


def test_the_government_denying_any_link_to_the_vote_is_a_denial():
    got = stances(
        run(
            "Moldova blocked Viber two days before the election. "
            "Government officials deny any link, saying the rule was adopted to protect citizens' privacy.",
            ENTS,
        )
    )
    assert ("moldova", "denies_allegation") in got


def test_groups_in_a_place_are_not_the_place_speaking():
    ents = [*ENTS, ("Balti", ORG)]
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Consumer groups in Balti welcomed the action but said enforcement had to keep pace.",
            ents,
        )
    )
    assert not any(who == "balti" for who, _ in got)


# -- round 14 (statements helper B): sentences written for these tests

ENTS_R14 = [
    ("Estonia", J),
    ("Snapchat", P),
    ("Tartu University", ORG),
    ("Mari Tamm", PER),
    ("Jaan Kask", PER),
    ("Lumo Group", ORG),
    ("Lumo Chat", P),
    ("Open Rights Estonia", ORG),
]


def test_a_university_spokesperson_speaks_for_the_university_just_named():
    statements = run(
        "Estonia banned Snapchat from state phones in May. "
        "Tartu University has blocked Snapchat on its campus network. "
        "A university spokesperson said the block was needed to protect the security of its networks. "
        '"We are following the lead of Governor Mari Tamm," the spokesperson said.',
        ENTS_R14,
    )
    assert any(s.speaker.endswith("/tartu-university") and "A university spokesperson" in s.text for s in statements)
    assert not any(s.speaker.endswith("/mari-tamm") for s in statements)  # the title asked about is not hers


def test_a_company_spokesperson_speaks_for_the_firm_not_for_its_app():
    got = stances(
        run(
            "Estonia blocked the messaging app Lumo Chat on Monday. "
            "Lumo Group, which owns Lumo Chat, said it was aware of the outage. "
            '"We hope that access to the service is restored quickly," a company spokesperson said.',
            ENTS_R14,
        )
    )
    assert ("lumo-group", "opposes_ban") in got
    assert not any(sp == "lumo-chat" for sp, _ in got)


def test_contractions_read_as_one_word_and_a_gesture_opposes_the_ban():
    got = stances(
        run(
            "Estonia banned Snapchat from state phones in May. "
            "Mari Tamm, a student in Tallinn, said the block won't work. "
            'Jaan Kask, a lecturer in law, said: "It is a political gesture more than a security fix."',
            ENTS_R14,
        )
    )
    assert ("mari-tamm", "opposes_ban") in got
    assert ("jaan-kask", "opposes_ban") in got


def test_a_litigant_pressing_on_with_its_case_opposes_the_ban():
    got = stances(
        run(
            "Estonia banned Snapchat nationwide on Monday. "
            "Open Rights Estonia, which challenged the ban in court, said it would press ahead with the case.",
            ENTS_R14,
        )
    )
    assert ("open-rights-estonia", "opposes_ban") in got


def test_a_clause_coordinated_inside_someone_elses_report_is_not_its_subjects_statement():
    ents = [("Estonia", J, ["government"]), *ENTS_R14[1:]]  # the entity stage reads "the government" as the country
    got = stances(
        run(
            "Estonia banned Snapchat nationwide on Monday. "
            'Mari Tamm said the app carried posts that were "cruel" and "false", '
            "and that the government had concluded a ban was needed.",
            ents,
        )
    )
    assert ("mari-tamm", "supports_ban") in got
    assert not any(sp == "estonia" for sp, _ in got)  # her account of the government, not its own statement


def test_the_measure_said_not_to_be_what_it_claims_opposes_it():
    got = stances(
        run(
            "Estonia banned Snapchat nationwide on Monday. "
            '"Shutting down a whole app is not a child-safety strategy," said Jaan Kask, a lecturer in law.',
            ENTS_R14,
        )
    )
    assert ("jaan-kask", "opposes_ban") in got


def test_a_statement_noun_that_others_act_on_is_no_statement_of_its_possessor():
    got = stances(
        run(
            "Estonia banned Snapchat nationwide on Monday. "
            "Lawmakers voted on Friday to keep it and dismissed Snapchat's argument that the measure was unlawful.",
            ENTS_R14,
        )
    )
    assert not any(
        sp == "snapchat" for sp, _ in got
    )  # the lawmakers set the argument aside; Snapchat says nothing here


def test_a_campaigning_group_read_as_a_person_is_an_outside_voice():
    from loaders.extract.statements import StatementExtractor

    ents = [*ENTS_R14, ("Vaba Sona", PER), ("Tallinn", J)]  # a group the entity stage took for a person
    adoc = make_adoc(
        "Estonia banned Snapchat nationwide on Monday. "
        "Vaba Sona, a Tallinn-based digital rights group, said the ban was an attack on free expression.",
        ents,
        published="2024-06-05",
    )
    x = StatementExtractor(adoc, extract_bans(adoc))
    assert x._person_is_activist("person/vaba-sona")  # nobody's government, whatever place its title names


def test_an_imposer_acting_in_compliance_with_a_higher_order_backs_its_measure():
    got = stances(
        run(
            "Tartu University blocked Snapchat on its campus network on Tuesday. "
            "Tartu University said the change was made in compliance with the education ministry's directive.",
            ENTS_R14,
        )
    )
    assert ("tartu-university", "supports_ban") in got
    assert ("tartu-university", "denies_allegation") not in got


def test_an_imposer_bound_to_carry_out_its_measure_backs_it():
    got = stances(
        run(
            "Estonia's regulator blocked Snapchat on Monday after a court order. "
            '"The order is final, and we are obliged to enforce it," Mari Tamm, a spokeswoman for Estonia, told reporters.',
            ENTS_R14,
        )
    )
    assert ("mari-tamm", "supports_ban") in got


# -- stance cues of round 15 (sentences written for these tests)

ROUND = [
    ("Moldova", J, ["Chisinau"]),
    ("Viber", P),
    ("Russia", J),
    ("Ana Rusu", PER, ["Rusu"]),
    ("Victor Popa", PER, ["Popa"]),
    ("Ion Cebotari", PER, ["Cebotari"]),
    ("Civic Net", ORG),
    ("Embassy of Russia in Chisinau", ORG, ["Russian Embassy in Chisinau"]),
]


def test_a_backing_phrase_that_holds_an_opposing_word_is_the_backing_phrase():
    got = stances(
        run(
            "Moldova barred Viber from state phones on Monday. "
            "Victor Popa, a Moldovan MP, said the app was the greatest geopolitical threat facing the country.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("victor-popa", "opposes_ban") not in got


def test_an_embassy_spokesman_speaks_for_the_sending_state_not_the_host():
    got = stances(
        run(
            "Moldova barred Viber from state phones on Monday. "
            "Victor Popa, a spokesman for the Russian Embassy in Chisinau, said Russia had always opposed "
            "politicising trade and technology issues.",
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def test_a_headline_repeated_at_the_top_of_the_text_is_not_the_lead():
    title = "OPINION: Viber is back. The block should never have been imposed at all"
    got = stances(
        run(
            title + ".\n\nFarmers in the north woke up on Thursday able to call their buyers again. "
            "After eleven months, Moldova has lifted its block on Viber, and most people are relieved. "
            "Viber said it was pleased that the service had been restored.",
            ROUND,
            title=title,
        )
    )
    assert ("viber", "opposes_ban") in got


def test_wishing_the_measure_to_end_or_its_rule_revoked_opposes_it():
    got = stances(
        run(
            "Moldova shut off Viber across the country on Sunday. "
            "Civic Net said the shutdown should end. "
            "Victor Popa, an opposition MP, urged the ministry to revoke the regulation.",
            ROUND,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got


def test_welcoming_the_outcome_of_the_case_backs_the_upheld_ban():
    got = stances(
        run(
            "The Supreme Court of Moldova on Friday upheld the government ban on Viber. "
            "Victor Popa, an opposition MP, welcomed the outcome.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_the_imposer_following_the_advice_backs_the_ban():
    got = stances(
        run(
            "Moldova removed Viber from government phones on Monday. "
            "Digital minister Ana Rusu said the government would follow the cyber agency's advice in full.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_supporting_keeping_the_app_off_phones_backs_the_ban():
    got = stances(
        run(
            "Moldova removed Viber from government phones on Monday. "
            "Victor Popa, an opposition MP, said he supported keeping the app off state phones.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_what_the_measure_takes_from_people_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber on Sunday. "
            "Ion Cebotari, an opposition MP, said cutting off the platform robbed farmers of their only link to "
            "buyers. "
            "Victor Popa, a farmers' union leader, warned that the ban would shut one of the few channels open to "
            "rural voters.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got


def test_accusing_the_government_of_the_measure_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber and Telegram on Sunday night. "
            "Victor Popa, the main opposition candidate, accused the government of blocking the apps so that "
            "it could change the count in secret.",
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def test_calling_the_measure_inadmissible_or_a_pretext_opposes_it():
    got = stances(
        run(
            "A court in Chisinau ordered Viber suspended across Moldova on Friday. "
            'Victor Popa, an opposition MP, said the decision was "inadmissible". '
            'Civic Net said the block was "moral policing dressed up as child protection".',
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("civic-net", "opposes_ban") in got


def test_the_imposer_telling_its_measure_of_a_piece_with_a_policy_or_taken_out_of_caution_backs_it():
    got = stances(
        run(
            "Moldova removed Viber from government phones on Monday. "
            "Digital minister Ana Rusu said the step was in line with what partner governments had done. "
            "Ion Cebotari, the deputy prime minister, said the cabinet had acted out of caution.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("ion-cebotari", "supports_ban") in got


def test_a_critic_of_the_banned_firm_is_not_on_its_side():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            'Victor Popa, a longtime critic of Viber, called the decision "overdue".',
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_judge_of_the_court_that_ordered_the_block_backs_it():
    got = stances(
        run(
            "The Supreme Court of Moldova on Friday ordered Viber blocked nationwide. "
            "Supreme Court of Moldova justice Victor Popa wrote that the company had repeatedly ignored orders "
            "from Moldovan courts.",
            ROUND + [("Supreme Court of Moldova", ORG)],
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_lawyer_representing_the_company_denies_for_it():
    got = stances(
        run(
            "Moldova blocked Viber on Monday, accusing the company of extremist activity. "
            "Victor Popa, a lawyer representing Viber at the hearing, told the court that the company was not "
            "engaged in extremist activity.",
            ROUND,
        )
    )
    assert ("victor-popa", "denies_allegation") in got
    assert ("victor-popa", "supports_ban") not in got


def test_access_given_back_once_the_company_completes_its_registration_backs_the_block():
    got = stances(
        run(
            "Moldova blocked Viber on Monday for failing to register with the regulator. "
            'Digital minister Ana Rusu said: "Once they complete the registration, access will be normalised."',
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_refusing_illegal_orders_opposes_the_block():
    got = stances(
        run(
            "A court in Chisinau ordered Viber blocked across Moldova on Friday. "
            'Viber said it was being shut down "because we would not obey illegal orders to censor journalists".',
            ROUND,
        )
    )
    assert ("viber", "opposes_ban") in got


def test_the_head_of_government_wanting_the_findings_acted_on_backs_the_warning():
    got = stances(
        run(
            "Moldova's cyber agency on Monday warned against using Viber on government phones. "
            "Prime Minister Ana Rusu told reporters that he expected ministries to take the agency's findings "
            "seriously.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_time_needed_for_a_decision_is_no_case_for_the_measure():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Prime Minister Ana Rusu said his decision on the app would come soon, adding that he needed time to "
            "review the situation.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_a_foreign_state_pushing_influence_operations_through_the_app_backs_the_ban():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Victor Popa, a former diplomat, said Beijing could use the "
            "app to push influence operations.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_state_banning_over_what_it_called_harm_gives_its_own_reason():
    ents = [*ENTS, ("Belarus", J), ("Russia", J)]
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Belarus blocked the app in 2019 over what it called extremist content. "
            "Russia banned Viber in 2020, calling it a bad influence on teenagers.",
            ents,
        )
    )
    assert ("belarus", "supports_ban") in got
    assert ("russia", "supports_ban") in got


def test_what_a_relative_clause_says_of_the_banned_app_is_no_word_on_the_measure():
    got = stances(
        run(
            "Moldova's parliament barred Viber from its members' phones on Monday. "
            '"We cannot keep apps on our devices that report back to an authoritarian state," said Victor Popa, a '
            "Moldovan MP.",
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") not in got


def test_the_measure_said_to_breach_a_treaty_or_trample_rights_is_opposed():
    got = stances(
        run(
            "Moldova excluded Viber from its networks last year. "
            "Viber filed a claim against Moldova on Monday, arguing that the exclusion breaches an investment "
            "treaty. "
            'Civic Net said the law "tramples on the rights" of ordinary users.',
            ROUND,
        )
    )
    assert ("viber", "opposes_ban") in got


def test_a_firm_saying_the_law_does_not_apply_to_it_denies_the_charge():
    got = stances(
        run(
            "Moldova's data regulator blocked Viber on Friday. "
            "Viber told the regulator that it does not operate in Moldova and that Moldovan law does not apply to it.",
            ROUND,
        )
    )
    assert ("viber", "denies_allegation") in got


def test_a_candidate_rejecting_the_count_and_calling_for_calm_takes_no_side_on_the_shutdown():
    got = stances(
        run(
            "Moldova cut mobile internet nationwide on Sunday after the election. "
            "Victor Popa, the runner-up, rejected the count as fraudulent. "
            "Popa has also urged his supporters to avoid violence.",
            ROUND,
        )
    )
    assert ("victor-popa", "denies_allegation") not in got
    assert ("victor-popa", "supports_ban") not in got


def test_data_protection_authorities_named_are_no_protection_argued():
    got = stances(
        run(
            "Moldova's privacy regulator blocked Viber on Friday. "
            "Victor Popa, a Romanian official, said his office would coordinate with other European data "
            "protection authorities.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") not in got


def test_the_same_caution_extended_to_other_services_backs_the_measure():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Digital minister Ana Rusu said the same caution applied to other messaging services whose data is "
            "stored abroad.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


def test_undoing_a_rule_of_its_own_subject_is_no_word_on_the_ban():
    for other in ("scrap its new pension policy for farmers", "withdraw its new rules for fishing quotas"):
        got = stances(
            run(
                "Moldova shut off Viber across the country on Sunday. "
                f"Victor Popa, an opposition MP, urged the ministry to {other}.",
                ENTS,
            )
        )
        assert ("victor-popa", "opposes_ban") not in got
    got = stances(
        run(
            "Moldova shut off Viber across the country on Sunday under its new messaging security regulation. "
            "Victor Popa, an opposition MP, urged the ministry to revoke the messaging security regulation at once.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def test_a_backing_phrase_told_as_a_guise_is_no_backing():
    got = stances(
        run(
            "Moldova shut off Viber across the country on Sunday. "
            "Victor Popa, an opposition MP, said the ministry was taking down unlawful content under the guise of "
            "child safety.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_harm_told_as_little_or_none_is_no_harm():
    for said in ("the shutdown does little harm to ordinary users", "the shutdown does no harm to ordinary users"):
        got = stances(
            run(
                f"Moldova shut off Viber across the country on Sunday. Elena Cojocaru, an analyst, said {said}.",
                ENTS,
            )
        )
        assert ("elena-cojocaru", "opposes_ban") not in got


def test_shutting_the_door_on_a_wrong_is_no_harm():
    got = stances(
        run(
            "Moldova shut off Viber across the country on Sunday. "
            "Elena Cojocaru, an analyst, said the shutdown would shut the door on foreign propaganda.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") not in got
    got = stances(
        run(
            "Moldova shut off Viber across the country on Sunday. "
            "Elena Cojocaru, an analyst, said the shutdown would shut the door on millions of users.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got


def test_orders_the_banned_app_ignored_are_no_word_against_the_block():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            "Civic Net said Viber had ignored orders to censor channels selling stolen data, and the block was "
            "justified.",
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") not in got


def test_a_restriction_told_with_its_purpose_or_a_judging_adverb_is_a_view_not_a_report():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            "Civic Net said Viber had been blocked to silence striking workers.",
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            "The Danube Policy Institute said Viber had been rightly blocked and urged its neighbours to follow.",
            [*ENTS, ("Danube Policy Institute", ORG)],
        )
    )
    assert ("danube-policy-institute", "supports_ban") in got


def test_the_same_caution_denied_to_other_apps_is_no_backing():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Ion Cebotari said the same caution was never applied to domestic apps that collect the same data.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "supports_ban") not in got


def test_a_but_inside_a_relative_clause_is_no_hedge():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Victor Popa, an opposition MP, said the ban should go further and cover other apps that carry the "
            "same risk but remain allowed on official laptops.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("victor-popa", "neutral") not in got


def test_the_head_of_a_cybersecurity_firm_is_an_outside_voice():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Ion Cebotari, director of the cybersecurity firm Tellur Labs, said the restriction was sensible.",
            [*ROUND, ("Tellur Labs", ORG)],
        )
    )
    assert ("ion-cebotari", "supports_ban") in got


def test_a_judgement_said_of_the_measure_takes_its_side():
    ents = [*ROUND, ("Leo Marin", PER), ("Dana Voicu", PER), ("Radu Sandu", PER)]
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Ion Cebotari, an analyst at a cybersecurity firm in Iasi, said the restriction was appropriate. "
            "Leo Marin, a lecturer in Iasi, said taking the app off official phones is basic hygiene. "
            "Dana Voicu, a lawyer in Iasi, said cutting off a whole messenger is the equivalent of shutting a "
            "railway because of one passenger. "
            "Radu Sandu, an activist, said the measure was not appropriate.",
            ents,
        )
    )
    assert ("ion-cebotari", "supports_ban") in got
    assert ("leo-marin", "supports_ban") in got
    assert ("dana-voicu", "opposes_ban") in got
    assert ("radu-sandu", "opposes_ban") in got


def test_a_good_word_not_said_of_the_measure_judges_nothing():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Ion Cebotari, a lecturer in Iasi, said the timing of the announcement was appropriate for the budget "
            "debate. "
            "Civic Net said the ban was about control, not about protecting anybody.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("civic-net", "opposes_ban") in got


def test_a_measure_wanted_sooner_is_backed():
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            "Victor Popa, an opposition MP, said the decision should have been taken two years ago. "
            "Ion Cebotari, a lecturer in Iasi, said the public consultation should have happened months ago.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("ion-cebotari", "supports_ban") not in got


def test_dismay_and_unsatisfactory_answers_and_complaints_received():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            "Civic Net said it was deeply upset by the block. "
            "Ana Rusu, the digital minister, said the company's replies to earlier notices had not been satisfactory. "
            "Victor Popa, the prime minister, said the government had received many complaints that the app "
            "was spreading scams.",
            ROUND,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") in got
    assert ("victor-popa", "supports_ban") in got


def test_the_banned_firms_concerns_the_unmet_duty_and_keeping_people_safe():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            "A Viber spokeswoman said the company had grave concerns and would talk to the regulator. "
            "Ana Rusu, the digital minister, said the firm did not fulfil the conditions of its licence. "
            "Victor Popa, the prime minister, said the state must keep the accounts of its young citizens safe.",
            ROUND,
        )
    )
    assert ("viber", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") in got
    assert ("victor-popa", "supports_ban") in got


def test_a_judged_step_of_someone_else_is_not_the_measure():
    # the banned side's answer, or a step of a body that bans nothing here, judged: no side taken on the ban
    ents = [*ROUND, ("Dana Voicu", PER)]
    got = stances(
        run(
            "Moldova barred Viber from government phones on Monday. "
            '"The company\'s reaction was appropriate," said Victor Popa, a Moldovan minister, referring to how the '
            "firm answered the request. "
            "Ion Cebotari, a lecturer in Iasi, said the platform's policy on encryption was appropriate. "
            "Dana Voicu, a lawyer in Iasi, said Civic Net's approach was appropriate. "
            "Ana Rusu, an analyst, said the government's approach was appropriate.",
            ents,
        )
    )
    assert ("victor-popa", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("dana-voicu", "supports_ban") not in got
    assert ("ana-rusu", "supports_ban") in got


def test_the_banned_firms_concerns_about_something_else_take_no_side():
    # concerns that name something other than the measure are no protest against it
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. A Viber spokeswoman said the company had serious "
            "concerns about extremist groups and had shut their accounts.",
            ROUND,
        )
    )
    assert ("viber", "opposes_ban") not in got
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. A Viber spokeswoman said the company had grave "
            "concerns over the decision's impact on small traders.",
            ROUND,
        )
    )
    assert ("viber", "opposes_ban") in got


def test_a_warning_that_the_measure_could_be_turned_on_others_opposes_it():
    # the measure's power warned to be used next against others (a modal verb, its preposition, "other" ones)
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a digital rights campaigner, warned that "
            "the same decree might be used against other messaging services. Victor Popa, a lawyer, said the decree "
            "was used against other services in 2019.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") not in got  # a past fact told, no warning


def test_a_measure_said_to_have_worked_or_failed_is_judged_by_its_outcome():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Victor Popa, the digital minister, said the block "
            "had accomplished its purpose. Ion Cebotari, a teacher in Balti, said the block had failed to stop the "
            "rumours.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("ion-cebotari", "opposes_ban") in got


def test_a_measure_that_came_too_late_is_backed():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Victor Popa, a member of parliament, said the "
            "government had waited too long to act.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_trade_that_runs_through_the_banned_platform_opposes_the_measure():
    # what someone's business gets through the banned app, said by who depends on it; the app named without a
    # possessed trade word is no side
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, who sells pottery in Orhei, said most of "
            "her buyers reached her through Viber. Ion Cebotari, a student, said he had first heard of the news on "
            "Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") not in got


def test_a_trade_that_came_from_or_by_the_banned_platform_opposes_the_measure():
    # "from" and "by" carry the trade too, the platform named by a thing of it ("Viber group chats"), the trade the
    # subject of the verb "come" completes; a trade from elsewhere, or news taken from the app, is no side
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, who sells pottery in Orhei, said most of "
            "her orders used to come from Viber group chats. Ion Cebotari, a tailor, said he takes most of his "
            "orders by phone. Victor Popa, a student, said he takes his news from Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got


def test_a_trade_taken_by_the_banned_platform_opposes_the_measure():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ion Cebotari, who sells cakes in Balti, said he "
            "takes nearly half of his orders by Viber.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") in got


def test_a_trade_by_the_platform_yields_to_backing_told_and_a_platform_denied_is_no_way():
    # the speaker's own backing of the measure in the same words wins over the trade the platform brought; the
    # platform denied as the way ("by word of mouth, not by Viber") brings no trade
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, who bakes bread in Soroca, said she "
            "gets about a third of her orders by Viber but will find buyers elsewhere, and backs the ban. Ion "
            "Cebotari, a carpenter in Cahul, said he finds most of his clients through friends, not through Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("ion-cebotari", "neutral") in got


def test_others_waiting_too_long_tell_no_measure_come_late():
    # the rulers acting too late backs the measure; users or shoppers waiting too long for something else does not
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a pensioner in Balti, said callers had "
            "waited too long for the app to connect. Ion Cebotari, a baker, said buyers had waited too long at the "
            "counter. Victor Popa, an opposition deputy, said the authorities had been too slow to act against Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") in got


def test_another_measure_failing_or_a_failed_passage_is_no_verdict_on_the_measure():
    # "a similar/an earlier ban failed", "failed to pass", "failed in court": no verdict on the story's measure
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a deputy, said a comparable ban had failed "
            "to clear parliament in 2021. Ion Cebotari, a lawyer, said a previous block of Telegram had failed in "
            "the constitutional court. Victor Popa, a teacher, said the block had backfired.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


def test_a_condition_or_prediction_of_success_is_no_verdict_that_the_measure_worked():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a digital rights campaigner, said the "
            "block would work only if the regulator also shut down proxy services. Ion Cebotari, an engineer, said "
            "the block will succeed unless people switch to other apps.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got


def test_money_spent_or_lost_on_the_banned_app_is_no_trade_that_runs_through_it():
    # a possessed trade word needs a verb of getting or selling through the app, not spending or losing on it
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a nurse in Orhei, said her nephew had "
            "wasted his earnings on Viber. Ion Cebotari, a tailor, said most of his orders arrived through Viber. "
            "Victor Popa, who runs a guesthouse, said most of their bookings happen on Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("ion-cebotari", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got


def test_people_turning_on_others_is_no_warning_about_the_measure():
    # what is used or turned must be the measure or its power, not people nor the app
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, an economist, said consumers could turn "
            "against other retailers that leak their data. Ion Cebotari, a security adviser, said Moscow could use "
            "the app against other neighbours. Victor Popa, a lawyer, said the same powers could be turned on other "
            "messaging services.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


def test_the_imposing_side_telling_how_its_measure_is_carried_out_takes_no_side():
    # what the measure covers, when it takes effect, who enforces it: procedure, no backing (the dev gold's rule)
    for said in (
        "the restriction would also cover tablets issued to police officers",
        "the telecom regulator would enforce the block from Friday",
        "the block covers work phones but not personal devices",
    ):
        got = stances(
            run(
                f"Moldova blocked Viber on all government phones on Sunday. Victor Popa, the digital minister, said "
                f"{said}.",
                ROUND,
            )
        )
        assert ("victor-popa", "supports_ban") not in got, said
    got = stances(
        run(
            "Moldova blocked Viber on all government phones on Sunday. Victor Popa, the digital minister, said "
            "Russia's ban on the app took effect in 2022 and covered dozens of other apps.",
            ROUND,
        )
    )
    assert ("victor-popa", "supports_ban") not in got


def test_an_end_a_ban_is_said_not_to_reach_opposes_it():
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "You do not stop scammers by blocking a messenger," '
            "said Ana Rusu, a university student.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    # some people failing at something by removing an app is no end denied to the measure
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a university student, said parents could "
            "not keep children off their phones by deleting one game.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_a_measure_that_leaves_the_problem_untouched_is_opposed():
    # the words between "leaves" and "untouched" are read through, commas too
    got = stances(
        run(
            "Moldova blocked Viber on all government phones on Sunday. Ion Cebotari, a law professor, argued that "
            "the block leaves the data, with all its real risks, untouched.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") in got
    # a gerund of removing as the subject, the verb hung on another
    got = stances(
        run(
            "Moldova blocked Viber on all government phones on Sunday. Ion Cebotari, a law professor, said that "
            "blocking one app wins headlines but leaves the wider data market untouched.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") in got
    # someone else leaving something untouched tells nothing of the measure
    for said in (
        "Ion Cebotari, a law professor, said most users had left their accounts untouched since the block.",
        "Viber said it left its prices untouched after the decision, according to Ion Cebotari, a law professor.",
    ):
        got = stances(run("Moldova blocked Viber on all government phones on Sunday. " + said, ROUND))
        assert ("ion-cebotari", "opposes_ban") not in got, said


def test_overstretching_the_concept_of_security_opposes_the_measure():
    # a state's standing charge against another's measure
    got = stances(
        run(
            "Moldova blocked Viber on all government phones on Sunday. A spokesperson for the Russian Embassy in "
            'Chisinau accused Western governments of "abusing the concept of national security".',
            ROUND,
        )
    )
    assert ("embassy-of-russia-in-chisinau", "opposes_ban") in got
    # the bare verb is no charge: servers or staff overstretched
    got = stances(
        run(
            "Moldova blocked Viber on all government phones on Sunday. Ion Cebotari, an analyst, said Viber had "
            "overstretched its servers after the app went viral in January.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") not in got


def test_acting_too_late_on_something_else_backs_no_measure():
    # the acting verb of "too slow to act" must be bare or act on the banned app, the measure or a ban word
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a columnist, said the government had been "
            "too slow to react to the drought two summers ago. Ion Cebotari, a deputy, said the cabinet was slow to "
            "act on rising bread prices. Victor Popa, a senator, said the ministry had been late to take action "
            "against Viber.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") in got


def test_failing_a_test_is_a_verdict_but_failing_to_clear_a_chamber_is_procedure():
    # "failed to pass/clear/win" is the measure's passage only when what it passes is a body, a vote, a bill stage or
    # an approval
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a law professor, said the block had failed "
            "to pass even the simplest test of proportionality. Ion Cebotari, a deputy, said the block had failed to "
            "win approval in committee. Victor Popa, a clerk, said the block had failed to get through the Senate.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got


def test_a_critic_naming_the_measure_in_a_verb_beside_the_reporting_one_opposes_it():
    # the statement may be told by "said" while the judgement is in a relative clause on the speaker ("who called
    # the block ..."), or in the same subject's conjoined verb; a label that judges a measure said of it ("pure
    # theatre") judges it as a name too; a hidden aim charged ("a backdoor") condemns a licence regime
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday after it failed to obtain a licence. "
            '"Half of the clubs organise on Viber," said Ana Rusu, chair of the student council, who called the block '
            '"security theatre" that "punishes students instead of fixing anything." Civic Net, a digital rights '
            'group, called the licence regime a "backdoor to control online speech" and urged the government to '
            'drop it. Victor Popa, a columnist, called the flood response "pure theatre" and urged the ministry to '
            "apologise. A group called Free Viber urged calm.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("civic-net", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") not in got


def test_the_imposing_side_giving_the_ground_or_force_of_its_measure_supports_it():
    # the legal or factual ground ("based on"), prevention, "would not tolerate" in reported speech, the measure's
    # force asserted, the banned side found short of the law, caution, the situation the measure lasts through
    cases = {
        "ana-rusu": "Ana Rusu, the digital minister, said the suspension is based on the Electronic Media Act.",
        "victor-popa": "Victor Popa, the interior minister, said the order was preventive.",
        "elena-cojocaru": 'Elena Cojocaru, the prime minister, said the cabinet would not tolerate apps that "cheat '
        'pensioners".',
    }
    for who, sentence in cases.items():
        got = stances(run("Moldova's telecom regulator blocked Viber across the country on Sunday. " + sentence, ENTS))
        assert (who, "supports_ban") in got, sentence
    more = {
        "ana-rusu": "Ana Rusu, the digital minister, said the deadlines set for Viber would be binding and enforceable.",
        "victor-popa": "Victor Popa, the head of the regulator, said Viber's data transfers fell short of the Personal "
        "Data Act.",
        "elena-cojocaru": '"Access will return as soon as the situation is calm," Elena Cojocaru, the prime minister, '
        "told reporters.",
    }
    for who, sentence in more.items():
        got = stances(run("Moldova's telecom regulator blocked Viber across the country on Sunday. " + sentence, ENTS))
        assert (who, "supports_ban") in got, sentence


def test_procedure_scope_and_others_grounds_are_no_backing():
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber on all government phones on Sunday. Ana Rusu, the digital "
            "minister, said the ban covers work phones but not personal devices. Victor Popa, a lawyer, said the block "
            "was based on a misreading of the law. Elena Cojocaru, the prime minister, said the cabinet had been "
            "careful about the timing of the announcement.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") not in got
    assert ("elena-cojocaru", "supports_ban") not in got


def test_a_critic_charging_the_measure_with_harm_illegality_or_motive_opposes_it():
    cases = {
        "ana-rusu": '"No provision of the telecom code allows the government to block a whole service without a '
        'court order," said Ana Rusu, a lawyer with Civic Net.',
        "victor-popa": "Victor Popa, an opposition MP, said the block was intended to stop voters from sharing "
        "evidence of fraud.",
        "elena-cojocaru": "Elena Cojocaru, a doctor, said the shutdown puts lives at risk.",
    }
    for who, sentence in cases.items():
        got = stances(run("Moldova's telecom regulator blocked Viber across the country on Sunday. " + sentence, ENTS))
        assert (who, "opposes_ban") in got, sentence
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, a lawyer, said nothing "
            "in the law allows Viber to send data abroad. Victor Popa, an analyst, said the block was intended to stop "
            "fraudsters from reaching pensioners. Elena Cojocaru, an analyst, said the app puts children at risk.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got
    assert ("elena-cojocaru", "opposes_ban") not in got


def test_a_naming_clause_about_another_person_in_the_speakers_description_is_not_the_speakers():
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "We lost the case," said Ana Rusu, a lawyer for the '
            'man who called the block "an attack on the press".',
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_a_measure_meant_to_stop_harm_is_no_charge_of_motive():
    # the motive charge holds only for legitimate speech stopped ("sharing evidence"), not harmful matter, and not
    # from one who backs the measure in the same sentence
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, a school principal, "
            "said the block was intended to stop pupils from sharing answers during the exams. Victor Popa, a "
            "parent, said the block was designed to stop children from seeing violent content and he welcomed it. "
            "Elena Cojocaru, an analyst, said the block was meant to stop users from spreading false information.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got
    assert ("elena-cojocaru", "opposes_ban") not in got
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, an opposition MP, said "
            "the block was meant to keep journalists from reporting the news from polling stations.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_harm_words_back_the_measure_only_as_spread_by_the_platform():
    # hatred, incitement and false news back the measure only from the imposing side and only as spread by the
    # platform or its users; 'would not tolerate' only with a platform as object; 'fell short of' only of a law
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, an opposition MP, said "
            "the ruling party was itself the main source of false information and hatred. Victor Popa, a student "
            "leader, said the block would only deepen hatred of the government among the young. Elena Cojocaru, a "
            "lawyer, said the government had accused its critics of incitement to justify the block.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") not in got
    assert ("elena-cojocaru", "supports_ban") not in got
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, the digital minister, "
            "said the cabinet would not tolerate any attempt to censor journalists. Victor Popa, the interior "
            "minister, said Viber fell short of its promise to hire local moderators.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") not in got
    got = stances(
        run(
            "Moldova's telecom regulator blocked Viber across the country on Sunday. Ana Rusu, the digital minister, "
            "said the app had been used to spread false news and incite hatred. Victor Popa, the prime minister, "
            "accused its owners of using the platform to promote hatred.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("victor-popa", "supports_ban") in got


def test_a_naming_clause_past_a_verb_in_the_speakers_description_is_not_the_speakers():
    # the clause hangs on bloggers reached from the speaker's description only through "has rejected claims by"
    got = stances(
        run(
            'Moldova\'s telecom regulator blocked Viber across the country on Sunday. "The law is clear," said Ana '
            "Rusu, a spokeswoman for the regulator, which has rejected claims by bloggers who called the block illegal.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_a_naming_clause_on_critics_the_speaker_dismisses_is_not_the_speakers():
    # "activists" parsed as the speaker's apposition: a plural, governed by "dismissing", is not the speaker
    got = stances(
        run(
            'Moldova\'s telecom regulator blocked Viber across the country on Sunday. "The order is lawful," said '
            'Interior Minister Victor Popa, dismissing activists who called the block "pure censorship".',
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") not in got


RULING_ENTS = [
    ("Moldova", J),
    ("Viber", P),
    ("Rakuten", ORG),
    ("Civic Net", ORG),
    ("Ana Rusu", PER),
    ("Victor Popa", PER),
]


def test_the_banned_side_or_a_campaigner_welcoming_a_ruling_opposes_the_ban():
    # the ruling the banned firm or a rights campaigner welcomes went against the measure
    got = stances(
        run(
            "Moldova blocked Viber nationwide in March. On Thursday a court in Chisinau ordered the block lifted, "
            "finding that the ministry had given no reasons. Rakuten, which owns Viber, welcomed the ruling. "
            "Rights activist Ana Rusu welcomed the verdict but cautioned that earlier court orders had gone unheeded.",
            RULING_ENTS,
        )
    )
    assert ("rakuten", "opposes_ban") in got
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


def test_a_ruling_welcomed_where_the_court_kept_the_measure_is_no_case_against_it():
    # the court upheld the block: the government welcoming it backs the measure, a campaigner's welcome is no protest
    got = stances(
        run(
            "Moldova blocked Viber nationwide in March. On Thursday a court in Chisinau upheld the block and "
            "dismissed the company's challenge. Interior Minister Victor Popa welcomed the ruling. "
            "Rights activist Ana Rusu welcomed the verdict.",
            RULING_ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("ana-rusu", "opposes_ban") not in got
    # the government's own side welcoming a ruling is never a protest
    got = stances(
        run(
            "Moldova blocked Viber nationwide in March. On Thursday a court in Chisinau ruled on the block. "
            "Interior Minister Victor Popa welcomed the ruling.",
            RULING_ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") not in got


POWER_ENTS = [
    ("Moldova", J),
    ("Viber", P),
    ("CoinVault", ORG),
    ("Ana Rusu", PER),
    ("Victor Popa", PER),
    ("Elena Cojocaru", PER),
]


def test_a_measure_said_to_exceed_its_makers_powers_is_opposed_unless_denied():
    got = stances(
        run(
            "Moldova blocked Viber nationwide on Monday. Lawyer Ana Rusu, who represents several users, said the "
            "ministry had exceeded its authority under the telecoms law. Rights activist Elena Cojocaru said the "
            "minister had no power to order the block.",
            POWER_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("elena-cojocaru", "opposes_ban") in got
    got = stances(
        run(
            "Moldova blocked Viber nationwide on Monday. Lawyer Ana Rusu said the ministry had not exceeded its "
            "powers under the telecoms law.",
            POWER_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_money_laundering_told_of_the_banned_thing_backs_the_measure_and_denied_is_a_denial():
    got = stances(
        run(
            "Moldova banned the crypto exchange CoinVault on Monday. Finance Minister Victor Popa said the exchange "
            "had moved money for drug cartels and laundered the proceeds. CoinVault said it had never been "
            "involved in money laundering.",
            POWER_ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("coinvault", "supports_ban") not in got


def test_shrinking_civic_space_and_access_that_must_not_be_cut_oppose_the_shutdown():
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "This belongs to a pattern of '
            'shrinking civic space," said Ana Rusu, a researcher at the Chisinau Institute. Rights activist Elena '
            "Cojocaru said access to the internet must not be cut during elections.",
            POWER_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_regulator_telling_its_own_lack_of_power_does_not_oppose_the_ban():
    got = stances(
        run(
            "Moldova's government asked for Viber to be blocked on Monday. The telecoms regulator ANRCETI said it "
            "has no power to block Viber on its own and would wait for a court order.",
            [*POWER_ENTS, ("ANRCETI", ORG)],
        )
    )
    assert ("anrceti", "opposes_ban") not in got


def test_a_ruling_that_ordered_the_ban_is_welcomed_by_its_supporters():
    # the court ordered the measure itself: a campaigner or an association welcoming the ruling backs it
    got = stances(
        run(
            "A court in Chisinau on Thursday ordered the ministry to block Viber, finding that the app had spread "
            "scam messages. Rights activist Ana Rusu welcomed the ruling, saying the app had ignored repeated warnings.",
            RULING_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    got = stances(
        run(
            "A court in Chisinau on Thursday ordered Viber suspended nationwide. "
            "Rights activist Ana Rusu welcomed the verdict and said the platform must respect the law.",
            RULING_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    # a court that refused to lift the block kept the measure
    got = stances(
        run(
            "Moldova blocked Viber nationwide in March. On Thursday a court in Chisinau refused to lift the block. "
            "Rights activist Ana Rusu welcomed the ruling.",
            RULING_ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


def test_a_ruling_that_brought_the_platform_back_is_welcomed_against_the_ban():
    # the court ordered access back or struck the measure down: the campaigner's welcome opposes it
    for court in (
        "the Supreme Court directed the regulator to restore access to the app",
        "a judge in Chisinau ordered access reinstated",
        "the Supreme Court struck down the block",
    ):
        got = stances(
            run(
                f"Moldova blocked Viber nationwide in March. On Thursday {court}. "
                "Rights activist Ana Rusu welcomed the ruling.",
                RULING_ENTS,
            )
        )
        assert ("ana-rusu", "opposes_ban") in got, court


def test_a_measure_that_takes_jobs_or_ties_hands_is_opposed_but_not_a_firm_that_does():
    ents = [("Thailand", J), ("Grab", P), ("Riders Network", ORG), ("Somchai Wong", PER), ("Nok Pattana", PER)]
    base = "Thailand banned the ride-hailing app Grab nationwide on Monday. "
    for text in (
        "The Riders Network said the ban would put tens of thousands of couriers out of work.",
        "The Riders Network said the order would leave thousands of riders jobless.",
        "The Riders Network warned that the ban would tie the hands of small delivery firms.",
    ):
        assert ("riders-network", "opposes_ban") in stances(run(base + text, ents)), text
    # the firm, not the measure, as the one that took the work or bound the hands: no case against the ban
    for text in (
        "Somchai Wong, a taxi driver, said Grab had put thousands of cabbies out of work.",
        "Nok Pattana, a taxi driver, said the app had tied the hands of regulators for years.",
    ):
        assert not any(st == "opposes_ban" for _, st in stances(run(base + text, ents))), text


def test_a_device_called_a_distraction_is_the_case_for_the_rule_not_against_it():
    ents = [("Ireland", J), ("Mary Byrne", PER), ("Sean Kelly", PER)]
    base = "Ireland banned mobile phones in all secondary schools from September. "
    got = stances(
        run(
            base
            + '"Phones are a distraction in class and a channel for bullying," Education Minister Mary Byrne said.',
            ents,
        )
    )
    assert ("mary-byrne", "opposes_ban") not in got
    got = stances(
        run(
            base + 'Sean Kelly, a teachers\' union leader, called the rule "a distraction from the real problems".',
            ents,
        )
    )
    assert ("sean-kelly", "opposes_ban") in got


def test_an_embassy_spokesman_speaks_for_the_embassy_named_before_not_the_host():
    ents = [
        ("Vietnam", J),
        ("India", J),
        ("Huawei", ORG),
        ("Embassy of China", ORG, ["Chinese embassy"]),
        ("Li Wei", PER),
    ]
    got = stances(
        run(
            "Vietnam barred Huawei from its 5G network on Monday. The Chinese embassy reacted sharply. "
            '"We express concern and regret at this decision," embassy spokesman Li Wei said.',
            ents,
        )
    )
    assert ("li-wei", "opposes_ban") in got and ("li-wei", "supports_ban") not in got


def test_a_members_body_named_with_state_words_is_no_government():
    ents = [("Ruritania", J), ("Zapp", P), ("Association of Internet Service Providers", ORG),
            ("National Police Officers Federation", ORG)]  # fmt: skip
    base = "Ruritania banned the messaging app Zapp nationwide on Monday. "
    for text, body in (
        (
            "The Association of Internet Service Providers said the ban was unfair.",
            "association-of-internet-service-providers",
        ),
        (
            "The National Police Officers Federation said the ban was disproportionate.",
            "national-police-officers-federation",
        ),
    ):
        assert (body, "opposes_ban") in stances(run(base + text, ents)), text


def test_a_measure_said_not_to_reach_its_end_is_opposed_but_not_one_without_exceptions():
    ents = [("Indonesia", J), ("Temu", P), ("Rina Sari", PER)]
    base = "Indonesia blocked the shopping app Temu on Monday. "
    for text in (
        "Rina Sari, an economist, said blocking one app would not stop cheap imports arriving by other routes.",
        "Rina Sari, an economist, said the ban would not protect small traders.",
    ):
        assert ("rina-sari", "opposes_ban") in stances(run(base + text, ents)), text
    for text in (
        "Rina Sari, an economist, said the ban does not make exceptions for small sellers.",
        "Rina Sari, an economist, said the company would not stop selling in the region.",
    ):
        assert ("rina-sari", "opposes_ban") not in stances(run(base + text, ents)), text


def test_challenging_the_ruling_or_calling_it_caving_in_opposes_but_not_from_the_imposer():
    ents = [("Ruritania", J), ("Zapp", P), ("Riders Network", ORG), ("Anna Berg", PER)]
    base = "Ruritania's transport regulator banned the ride-hailing app Zapp on Monday. "
    for text in (
        "The Riders Network said it would challenge the ruling in the courts.",
        'The Riders Network said the regulator had "caved in to" a handful of taxi firms.',
        'The Riders Network said its members "will be astounded by this decision".',
    ):
        assert ("riders-network", "opposes_ban") in stances(run(base + text, ents)), text
    got = stances(
        run(
            "A court in Ruritania struck down the government's ban on the app Zapp on Monday. "
            "Transport Minister Anna Berg said the government would challenge the ruling.",
            ents,
        )
    )
    assert ("anna-berg", "opposes_ban") not in got


def test_a_rule_the_firm_must_follow_or_a_device_out_of_place_backs_the_measure():
    ents = [("Ruritania", J), ("Zapp", P), ("Lena Holm", PER), ("Ivo Dahl", PER)]
    got = stances(
        run(
            "Ruritania blocked the shopping app Zapp on Monday. "
            '"Any platform that wants to sell here must follow our law," said trade official Lena Holm.',
            ents,
        )
    )
    assert ("lena-holm", "supports_ban") in got
    got = stances(
        run(
            "Ruritania banned mobile phones in primary schools from August. "
            '"Phones do not belong in the classroom," said Ivo Dahl, the education minister.',
            ents,
        )
    )
    assert ("ivo-dahl", "supports_ban") in got
    got = stances(
        run(
            "Ruritania banned the messaging app Zapp from government phones on Monday. "
            '"An app that can hand our data to a foreign party has no place on a state device," said Lena Holm, '
            "the interior minister.",
            ents,
        )
    )
    assert ("lena-holm", "supports_ban") in got
    got = stances(
        run(
            "Ruritania will bar children under 15 from social media. "
            'Ivo Dahl, the health minister, said the measure was "a question of public health".',
            ents,
        )
    )
    assert ("ivo-dahl", "supports_ban") in got


def test_parents_left_to_fight_alone_back_the_measure():
    ents = [("Ruritania", J), ("Nora Aziz", PER), ("Ivo Dahl", PER)]
    base = "Ruritania will bar children under 16 from social media from next year. "
    for text, who in (
        ('"Parents cannot fight that alone," said Nora Aziz, a mother of two.', "nora-aziz"),
        ("Ivo Dahl, a head teacher, said schools had asked for the rule so they would not have to fight each battle "
         "with parents alone.", "ivo-dahl"),
    ):  # fmt: skip
        assert (who, "supports_ban") in stances(run(base + text, ents)), text


def test_thrilled_at_a_lifting_opposes_the_ban():
    ents = [("Ruritania", J), ("Zapp", P), ("Open Knowledge Trust", ORG)]
    got = stances(
        run(
            "Ruritania lifted its two-year block on the encyclopedia app Zapp on Thursday after a court ruling. "
            'The Open Knowledge Trust said it was "thrilled" that people could once again read it freely.',
            ents,
        )
    )
    assert ("open-knowledge-trust", "opposes_ban") in got


def test_praising_the_signing_or_passage_of_the_measure_backs_it():
    ents = [("Ruritania", J), ("Zapp", P), ("Lena Holm", PER), ("Drone Safety Alliance", ORG)]
    base = "Ruritania banned federal agencies from buying Zapp drones under this year's defence act. "
    for text, who in (
        ("Senator Lena Holm applauded the signing of the act on Friday.", "lena-holm"),
        ("The Drone Safety Alliance welcomed the passage of the bill.", "drone-safety-alliance"),
    ):
        assert (who, "supports_ban") in stances(run(base + text, ents)), text
    # the banned side praising a law's passage is no backing: the cue is read only off the banned side
    got = stances(run(base + "Zapp welcomed the passage of the bill but said it would appeal.", ents))
    assert ("zapp", "supports_ban") not in got


def test_a_measure_said_to_be_unacceptable_is_opposed():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            '"The block is unacceptable," said Victor Popa, an opposition MP. '
            '"The spread of fraud on the platform is unacceptable," said Ana Rusu, the digital minister.',
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("ana-rusu", "opposes_ban") not in got


def test_an_attack_named_inside_the_predicate_is_no_verdict_on_the_measure():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            '"The block is a response to an attack on our elections," said Ana Rusu, the digital minister. '
            '"The ban is about protecting voters from an assault on the truth," said Victor Popa, an MP.',
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got


def test_a_measure_called_an_attack_is_opposed():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. "
            '"Blocking the app is an attack on the last lifelines people in Moldova have to information," said '
            "Victor Popa, an opposition MP.",
            ROUND,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


def test_the_imposers_minister_telling_the_measures_purpose_for_pupils_backs_it():
    # the maker of the rule says what it is for: the pupils it protects, their focus, their mental health
    ban = "Moldova banned Viber in schools on Monday. "
    got = stances(
        run(
            ban + "Ana Rusu, the prime minister, said she wanted pupils to be able to concentrate in class again. "
            'Elena Cojocaru, a teacher, said: "So that pupils can concentrate, we already collect their phones."',
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("elena-cojocaru", "supports_ban") not in got  # not of the imposing side: not the measure's purpose
    got = stances(
        run(ban + '"This law is for the mental health of our children," Ana Rusu, the prime minister, said.', ENTS)
    )
    assert ("ana-rusu", "supports_ban") in got
    # the imposer telling only how the measure is carried out stays neutral
    got = stances(
        run(ban + "Ana Rusu, the prime minister, said the ministry would publish the rules for schools.", ENTS)
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_the_imposer_holding_out_a_penalty_backs_its_measure_but_not_a_penalty_ruled_out():
    ban = "Moldova banned Viber on Monday. "
    said = "Ana Rusu, the prime minister, said anyone who kept using the app {} prosecuted."
    assert ("ana-rusu", "supports_ban") in stances(run(ban + said.format("would be"), ENTS))
    assert ("ana-rusu", "supports_ban") not in stances(run(ban + said.format("would not be"), ENTS))


def test_calling_the_measure_a_distraction_opposes_it_but_a_device_called_one_does_not():
    ents = [("Ruritania", J), ("Zapp", P), ("Olaf Brandt", PER), ("Ines Varga", PER)]
    base = "Ruritania blocked the messaging app Zapp on Tuesday. "
    for text in (
        "Opposition MP Olaf Brandt called the block a cynical distraction.",
        '"This block is little more than a distraction," said Olaf Brandt, an opposition MP.',
    ):
        got = stances(run(base + text, ents))
        assert ("olaf-brandt", "opposes_ban") in got and ("olaf-brandt", "supports_ban") not in got, text
    # the device, not the measure, is the distraction: no case against the rule
    got = stances(
        run(
            "Ruritania barred pupils from using smartphones in lessons on Tuesday. "
            '"Smartphones are a constant distraction for pupils," said Ines Varga, a headteacher.',
            ents,
        )
    )
    assert ("ines-varga", "opposes_ban") not in got
    # fewer distractions wanted: no label on the measure
    got = stances(
        run(
            "Ruritania barred pupils from using smartphones in lessons on Tuesday. "
            "Ines Varga, a parents' representative, said she backed fewer distractions in lessons.",
            ents,
        )
    )
    assert ("ines-varga", "opposes_ban") not in got


def test_tying_the_hands_of_a_foreign_states_agency_is_no_case_against_the_measure():
    ents = [("Ruritania", J), ("Zapp", P), ("Olaf Brandt", PER)]
    base = "Ruritania banned the messaging app Zapp on government phones on Tuesday. "
    for text in (
        "Olaf Brandt, a security analyst, said the ban would tie the hands of Russian intelligence agencies.",
        "Olaf Brandt, a security analyst, said the ban would tie the hands of Chinese state hackers.",
    ):
        assert ("olaf-brandt", "opposes_ban") not in stances(run(base + text, ents)), text
    got = stances(run(base + "Olaf Brandt, a lawyer, said the ban would tie the hands of small software firms.", ents))
    assert ("olaf-brandt", "opposes_ban") in got


def test_a_measure_that_will_not_stop_at_one_app_is_no_measure_said_to_fail():
    ents = [("Ruritania", J), ("Zapp", P), ("Ines Varga", PER)]
    base = "Ruritania banned the video app Zapp on Tuesday. "
    for text in (
        '"The ban will not stop at Zapp; other addictive apps come next," said Ines Varga, a parents\' campaigner.',
        '"The restriction will not end until Zapp opens a local office," said Ines Varga, a parents\' campaigner.',
    ):
        assert ("ines-varga", "opposes_ban") not in stances(run(base + text, ents)), text
    # an end the measure misses, told as its object, still opposes
    for text in (
        '"The ban will not stop teenagers who already have the app," said Ines Varga, a digital rights activist.',
        '"The ban will not protect anyone," said Ines Varga, a digital rights activist.',
    ):
        assert ("ines-varga", "opposes_ban") in stances(run(base + text, ents)), text


def test_not_belonging_backs_the_measure_only_when_said_of_a_device_or_the_banned_app():
    ents = [("Ruritania", J), ("Zapp", P), ("Ines Varga", PER)]
    got = stances(
        run(
            "Ruritania banned the video app Zapp on Tuesday. "
            '"Politicians do not belong in decisions about which apps we use," said Ines Varga, a digital rights '
            "activist.",
            ents,
        )
    )
    assert ("ines-varga", "supports_ban") not in got
    got = stances(
        run(
            "Ruritania barred pupils from using smartphones in lessons on Tuesday. "
            '"Smartphones simply do not belong in a classroom," said Ines Varga, a headteacher.',
            ents,
        )
    )
    assert ("ines-varga", "supports_ban") in got
    got = stances(
        run(
            "Ruritania barred pupils from using smartphones in lessons on Tuesday. "
            '"Smartphones are part of daily life, but they do not belong in a classroom," said Ines Varga, a headteacher.',
            ents,
        )
    )
    assert ("ines-varga", "supports_ban") in got


def test_a_lifting_said_to_bow_to_pressure_is_decried_so_the_ban_is_backed():
    ents = [("Ruritania", J), ("Zapp", P), ("Ines Varga", PER), ("Olaf Brandt", PER)]
    got = stances(
        run(
            "Ruritania on Tuesday lifted its ban on the video app Zapp. "
            "Ines Varga, a child-safety campaigner, said ministers had caved in to pressure from the company.",
            ents,
            title="Ruritania lifts Zapp ban",
        )
    )
    assert ("ines-varga", "supports_ban") in got and ("ines-varga", "opposes_ban") not in got
    # the ban itself told as a surrender still opposes it
    got = stances(
        run(
            "Ruritania banned the video app Zapp on Tuesday. "
            "Olaf Brandt, a digital rights activist, said ministers had bowed to pressure from hardliners.",
            ents,
        )
    )
    assert ("olaf-brandt", "opposes_ban") in got


def test_praising_the_passage_of_a_repeal_or_of_a_resolution_is_no_backing():
    ents = [("Ruritania", J), ("Zapp", P), ("Digital Freedom Alliance", ORG), ("Child Safety Alliance", ORG)]
    got = stances(
        run(
            "Ruritania on Tuesday lifted its ban on the video app Zapp after parliament passed a bill repealing it. "
            "The Digital Freedom Alliance welcomed the passage of the bill.",
            ents,
        )
    )
    assert ("digital-freedom-alliance", "supports_ban") not in got
    base = "Ruritania banned the video app Zapp on Tuesday. "
    for text in (
        "The Digital Freedom Alliance welcomed the adoption of a resolution condemning app bans.",
        "The Digital Freedom Alliance welcomed the passage of a bill to lift the ban.",
    ):
        assert ("digital-freedom-alliance", "supports_ban") not in stances(run(base + text, ents)), text
    # the measure's own making still backs it
    base = "Ruritania barred state agencies from using Zapp under a security law signed on Monday. "
    got = stances(run(base + "The Child Safety Alliance welcomed the passage of the bill.", ents))
    assert ("child-safety-alliance", "supports_ban") in got
    got = stances(run(base + "The Child Safety Alliance welcomed the approval.", ents))
    assert ("child-safety-alliance", "supports_ban") in got


DISPLACED = [
    ("Latvia", J),
    ("Telegram", P),
    ("Ilze Berzina", PER),
    ("Janis Ozols", PER),
    ("Karlis Liepa", PER),
    ("Net Freedom Latvia", ORG),
]


def test_a_measure_foretold_to_send_people_to_worse_places_or_around_it_is_opposed():
    base = "Latvia on Monday blocked Telegram nationwide. "
    for said, who in [
        ("Ilze Berzina, a researcher, said the block would drive users toward riskier apps.", "ilze-berzina"),
        (
            "Net Freedom Latvia warned that shutting the app may push young people to less regulated corners of the web.",
            "net-freedom-latvia",
        ),
        (
            "Janis Ozols, who runs a phone shop, said teenagers would simply migrate to less moderated services.",
            "janis-ozols",
        ),
        ('"People will just use VPNs," said Karlis Liepa, a student.', "karlis-liepa"),
        ("Karlis Liepa said the ban was a crude tool that pushes users towards VPNs.", "karlis-liepa"),
    ]:
        got = stances(run(base + said, DISPLACED))
        assert (who, "opposes_ban") in got, said
    # a fact reported, a moving denied, a better place, or a measure said to keep people away are no such case
    for said, who in [
        ("Ilze Berzina, a researcher, said many users had switched to VPNs.", "ilze-berzina"),
        ("Ilze Berzina, a researcher, said the block would not push users toward riskier apps.", "ilze-berzina"),
        ("Ilze Berzina, a researcher, said users could go to licensed apps instead.", "ilze-berzina"),
        ("Ilze Berzina, a psychologist, said the ban would keep kids from turning to risky apps.", "ilze-berzina"),
    ]:
        got = stances(run(base + said, DISPLACED))
        assert (who, "opposes_ban") not in got, said


WELCOMING = [("Estonia", J), ("TikTok", P), ("Kalev Saar", PER), ("Mari Tamm", PER), ("Meta", ORG)]


def test_welcoming_the_vote_plan_or_change_of_the_measure_backs_it_but_not_anothers_plan_or_one_undoing_it():
    base = "Estonia on Tuesday banned TikTok on government phones, after a parliamentary vote. "
    for said, who in [
        ("Kalev Saar, a child-safety campaigner, welcomed the vote.", "kalev-saar"),
        ("Mari Tamm, the digital minister, welcomed the change.", "mari-tamm"),
        ("Kalev Saar, a child-safety campaigner, hailed the plan.", "kalev-saar"),
    ]:
        assert (who, "supports_ban") in stances(run(base + said, WELCOMING)), said
    for said in [
        "Kalev Saar, a teacher, welcomed the changes Meta announced for teenagers.",
        "Kalev Saar, a child-safety campaigner, welcomed Meta's plan to add age checks.",
        "Kalev Saar, a child-safety campaigner, welcomed the vote against the ban.",
    ]:
        assert ("kalev-saar", "supports_ban") not in stances(run(base + said, WELCOMING)), said
    lifted = run(
        "Estonia on Tuesday lifted its ban on TikTok on government phones. "
        "Kalev Saar, a child-safety campaigner, welcomed the change.",
        WELCOMING,
        title="Estonia lifts TikTok ban",
    )
    assert ("kalev-saar", "supports_ban") not in stances(lifted)
    described = run(
        base + "Mari Tamm's office, which is defending the law in court, said it was reviewing the complaint.",
        WELCOMING,
    )
    assert ("mari-tamm", "supports_ban") not in stances(described)


LICENSING = [("Chile", J), ("Kraken", ORG), ("Financial Market Commission", ORG, ["CMF"]), ("Pablo Soto", PER)]


def test_the_imposer_telling_the_banned_side_has_no_licence_backs_its_measure_but_the_firm_saying_so_does_not():
    base = "Chile's Financial Market Commission on Monday ordered internet providers to block the website of Kraken. "
    for said in [
        "The CMF said Kraken had been offering trading to Chilean residents without a licence.",
        "The commission said the exchange was operating illegally.",
        '"Kraken is not licensed to operate in Chile," the regulator said.',
    ]:
        assert ("financial-market-commission", "supports_ban") in stances(run(base + said, LICENSING)), said
    for said, who in [
        ("Kraken said it was not licensed in Chile but had applied.", "kraken"),
        ("Pablo Soto, a lawyer for Kraken, said the firm was not operating illegally.", "pablo-soto"),
    ]:
        assert (who, "supports_ban") not in stances(run(base + said, LICENSING)), said


def test_a_standing_in_law_backs_the_measure_only_when_the_banned_side_lacks_it():
    base = "Chile's Financial Market Commission on Monday ordered internet providers to block the website of Kraken. "
    # the speaker lacking leave to speak, a register of complaints, a standing denied or told of something else
    for said, who in [
        ("The commission said it was not authorised to name the banks involved.", "financial-market-commission"),
        (
            "Financial Market Commission president Pablo Soto said he was not authorised to name the banks involved.",
            "pablo-soto",
        ),
        (
            "The commission said it had not registered any complaints from Chilean customers.",
            "financial-market-commission",
        ),
        (
            "The commission said the use of foreign wallets was not illegal under Chilean law.",
            "financial-market-commission",
        ),
        (
            "The commission said Kraken was not operating illegally but had to apply for a licence.",
            "financial-market-commission",
        ),
    ]:
        assert (who, "supports_ban") not in stances(run(base + said, LICENSING)), said
    # the banned side lacking it: named, by its kind, or "it" standing for it
    for said in [
        "The commission said the platform had never registered with it.",
        "The commission said Kraken had ignored its letters and that it was operating without registration.",
        "The commission said Kraken is an unlicensed exchange.",
    ]:
        assert ("financial-market-commission", "supports_ban") in stances(run(base + said, LICENSING)), said


def test_welcoming_the_vote_or_plan_backs_the_measure_only_when_the_noun_plainly_is_it():
    ents = WELCOMING
    base = "Estonia on Tuesday banned TikTok on government phones, after a parliamentary vote. "
    # another clause or an "of" phrase makes the noun something else than the measure
    for said in [
        "Kalev Saar, a child-safety campaigner, welcomed the government's plan to review the ban in the spring.",
        "Kalev Saar, a child-safety campaigner, welcomed the proposal to exempt teachers from the ban.",
        "Kalev Saar, a child-safety campaigner, welcomed the announcement of talks between the government and TikTok.",
        "Kalev Saar, a child-safety campaigner, hailed the vote of the court to hear a challenge to the ban.",
    ]:
        assert ("kalev-saar", "supports_ban") not in stances(run(base + said, ents)), said
    # the vote of a story of an election is the poll
    election = (
        "Estonia blocked TikTok on Sunday, the day of the parliamentary election. "
        "Kalev Saar, an observer, welcomed the vote."
    )
    assert ("kalev-saar", "supports_ban") not in stances(run(election, ents))
    # a bare noun, or one whose clause bans, is the measure
    for said in [
        "Kalev Saar, a child-safety campaigner, welcomed the vote.",
        "Kalev Saar, a child-safety campaigner, hailed the plan to ban the app on all state phones.",
    ]:
        assert ("kalev-saar", "supports_ban") in stances(run(base + said, ents)), said


def test_only_the_measures_public_driven_away_by_it_makes_the_displacement_case():
    base = "Latvia on Monday blocked Telegram nationwide. "
    # wrongdoers or the firm moving, a world without the measure, a condition about something else
    for said, who in [
        (
            "Ilze Berzina, a security researcher, said criminals would use unofficial copies of the app to spread malware.",
            "ilze-berzina",
        ),
        (
            "Ilze Berzina, an analyst, said Telegram could use offshore entities to keep operating in Latvia.",
            "ilze-berzina",
        ),
        (
            "Ilze Berzina, a child-safety campaigner, said that without the block teenagers would turn to darker corners "
            "of the web.",
            "ilze-berzina",
        ),
        (
            "Ilze Berzina, a researcher, said that if rival apps loosened their rules, teenagers would migrate to "
            "unmoderated apps.",
            "ilze-berzina",
        ),
        (
            "Ilze Berzina, a child-safety campaigner, said teenagers would go to unmoderated forums if platforms were "
            "left unchecked, and praised the block.",
            "ilze-berzina",
        ),
    ]:
        assert (who, "opposes_ban") not in stances(run(base + said, DISPLACED)), said
    # the public sent away by the measure, named or as "them"/"they", or on a condition that is the measure
    for said, who in [
        (
            "Net Freedom Latvia warned that cutting teenagers off may push them to less regulated corners of the web.",
            "net-freedom-latvia",
        ),
        ('"The children will use VPNs," said Karlis Liepa, who runs a phone shop.', "karlis-liepa"),
        (
            "Ilze Berzina, a researcher, said that if the block stays, teenagers would migrate to unmoderated apps.",
            "ilze-berzina",
        ),
    ]:
        assert (who, "opposes_ban") in stances(run(base + said, DISPLACED)), said


LAWFUL = [
    ("Moldova", J),
    ("Viber", P),
    ("Ana Rusu", PER),
    ("Civic Net", ORG),
]


def test_the_measure_called_unlawful_opposes_it_and_the_rulers_acting_rightly_backs_it():
    base = "Moldova blocked Viber nationwide on Monday. "
    for said in [
        "Civic Net says the block is illegal under the constitution.",
        "Civic Net said the order was a clear violation of the constitution.",
        "Civic Net said cutting off the app during the vote was a breach of the electoral code.",
    ]:
        assert ("civic-net", "opposes_ban") in stances(run(base + said, LAWFUL)), said
    for said in [
        "Civic Net said the block was not illegal under the constitution.",  # a defence, no charge
        "Civic Net said the app's handling of data was illegal.",  # the app, not the measure
        "Civic Net said the block was a response to violations of the law by the company.",
    ]:
        assert ("civic-net", "opposes_ban") not in stances(run(base + said, LAWFUL)), said
    assert ("ana-rusu", "supports_ban") in stances(
        run(base + "Ana Rusu, a lawyer, told reporters that the government did the correct thing.", LAWFUL)
    )
    for said in [
        "Ana Rusu, a lawyer, said Viber did the right thing by refusing the order.",  # the banned side acting
        "Ana Rusu, a lawyer, said the government did not do the right thing.",
    ]:
        assert ("ana-rusu", "supports_ban") not in stances(run(base + said, LAWFUL)), said


def test_acting_rightly_by_undoing_the_measure_opposes_it_and_others_acting_rightly_back_nothing():
    base = "Moldova blocked Viber nationwide on Monday. "
    ents = [*LAWFUL, ("Chisinau court", ORG)]
    for said in [
        '"The judges did the right thing by lifting the block," Ana Rusu said.',
        '"The opposition did the right thing by challenging the order in court," Ana Rusu said.',
        '"Lawmakers did the right thing in rejecting a wider ban in May," Ana Rusu said.',
    ]:
        got = stances(run(base + said, ents))
        assert ("ana-rusu", "supports_ban") not in got and ("ana-rusu", "opposes_ban") in got, said
    said = '"Pupils did the right thing by reporting the stolen exam papers," Ana Rusu said.'
    assert ("ana-rusu", "supports_ban") not in stances(run(base + said, ents)), said


def test_nobody_claiming_the_measure_unlawful_upholds_it():
    base = "Moldova suspended the licence of Viber on Monday. "
    for said in [
        '"Nobody can claim the suspension is illegal," Ana Rusu said.',
        '"No one can say the suspension is illegal," Ana Rusu said.',
    ]:
        got = stances(run(base + said, LAWFUL))
        assert ("ana-rusu", "opposes_ban") not in got and ("ana-rusu", "supports_ban") in got, said


def test_a_host_named_in_the_introduction_takes_no_side_and_it_is_the_banned_app_before():
    text = (
        "Moldova has blocked Viber calls. Host Victor Popa spoke with Elena Cojocaru, a researcher.\n\n"
        "POPA: Elena, is the block fair?\n\n"
        "COJOCARU: No. The block is unfair and it hurts families. Viber took a calm line. It said it combats misuse "
        "of its service every day.\n\n"
        "POPA: Elena Cojocaru, thank you."
    )
    got = stances(run(text, ENTS))
    assert not any(sp == "victor-popa" for sp, _ in got)
    assert ("elena-cojocaru", "opposes_ban") in got
    assert ("viber", "denies_allegation") in got
    assert not any(sp == "elena-cojocaru" and st == "denies_allegation" for sp, st in got)


def test_a_colon_quotation_runs_on_and_late_measures_and_insulted_rulers():
    base = "Moldova blocked Viber nationwide on Monday. "
    got = stances(
        run(
            base + 'Victor Popa, a father of two, tells our reporter: "My daughter chatted with strangers every night. '
            'I thank the ministry. This is a good decision for parents."',
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    got = stances(run(base + '"This is months late," said Victor Popa, an opposition MP.', ENTS))
    assert ("victor-popa", "supports_ban") in got
    got = stances(run(base + 'Ana Rusu ordered the block. Victor Popa, an activist, called her "a dictator".', ENTS))
    assert ("victor-popa", "opposes_ban") in got
    got = stances(run(base + 'Ana Rusu ordered the block. Victor Popa, an activist, called her "a hero".', ENTS))
    assert ("victor-popa", "opposes_ban") not in got


def test_the_banned_side_vouching_for_its_own_privacy_and_record_denies_the_charge():
    base = "Moldova's data regulator suspended Viber on Monday over privacy concerns. "
    for said in [
        "Viber said in a statement that it was committed to privacy and that the app does not store messages.",
        "Viber said its service meets strict privacy standards.",
        "Viber said it had worked in Moldova for ten years without a security incident.",
    ]:
        assert ("viber", "denies_allegation") in stances(run(base + said, ENTS)), said
    got = stances(run(base + "Viber said it would store data in Moldova from next year.", ENTS))
    assert ("viber", "denies_allegation") not in got


def test_a_person_of_a_named_campaigning_body_is_an_outside_voice_whatever_country_it_names():
    ents = [("Moldova", J), ("Viber", P), ("Victor Popa", PER)]
    base = "Moldova blocked Viber nationwide on Monday. "
    got = stances(
        run(base + "Victor Popa of the Moldova Digital Action Network said the block was a violation of the law.", ents)
    )
    assert ("victor-popa", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_trade_lobby_is_no_banned_firm_and_its_quoted_target_is_no_possessor():
    ents = [("Moldova", J), ("Viber", P), ("Filmsafe", ORG), ("Victor Popa", PER)]
    base = "A Moldovan court ordered Viber blocked on Monday after a complaint by the rights-management body Filmsafe. "
    got = stances(run(base + "Filmsafe defended the move.", ents))
    assert ("filmsafe", "supports_ban") in got
    got = stances(
        run(
            base + "Filmsafe welcomed it. "
            '"For years Viber has been a safe haven for piracy," its director general, Victor Popa, said.',
            ents,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    # a banned firm's own officer is still its voice
    got = stances(run(base + "Viber, its director general, Victor Popa, said, would appeal.", ents))
    assert ("victor-popa", "supports_ban") not in got


def test_the_measure_described_rather_than_an_alternative_wanted_and_sellers_undercut():
    base = "Moldova ordered Viber to suspend its operations until it registers. "
    got = stances(
        run(base + '"This looks like a paperwork fight rather than a permanent ban," said Victor Popa.', ENTS)
    )
    assert ("victor-popa", "opposes_ban") not in got
    for said in [
        '"The answer should be clear rules rather than a blanket ban," said Victor Popa.',
        '"It is time for dialogue rather than bans," said Victor Popa.',
    ]:
        assert ("victor-popa", "opposes_ban") in stances(run(base + said, ENTS)), said
    got = stances(
        run(base + 'Victor Popa, who chairs a bakers\' association, said his members "cannot compete with it".', ENTS)
    )
    assert ("victor-popa", "supports_ban") in got


def test_a_parenthetical_it_said_is_the_body_that_was_the_subject_before():
    ents = [("Moldova", J), ("Viber", P), ("Moldtelecom Authority", ORG, ["the regulator"])]
    got = stances(
        run(
            "The Moldtelecom Authority blocked Viber on Tuesday. The regulator called it routine. "
            "The app, it said, had failed to remove illegal content and had ignored takedown demands.",
            ents,
        )
    )
    assert ("moldtelecom-authority", "supports_ban") in got


def test_a_firms_defenders_or_rivals_are_not_the_firm():
    base = "Moldova banned Viber on government phones. "
    for said in [
        "Viber's defenders say the app is encrypted and safe.",
        "Viber's rivals say the ban is overdue.",
    ]:
        assert not any(sp == "viber" for sp, _ in stances(run(base + said, ENTS))), said
    assert any(sp == "viber" for sp, _ in stances(run(base + "Viber says the app is encrypted and safe.", ENTS)))


def test_a_bans_partisans_named_among_them_speak():
    base = "Moldova banned Viber on government phones. "
    got = stances(run(base + "The ban's opponents, among them opposition lawmaker Ana Rusu, say it is unlawful.", ENTS))
    assert ("ana-rusu", "opposes_ban") in got
    got = stances(run(base + "The ban's proponents, among them Victor Popa, say it keeps officials safe.", ENTS))
    assert ("victor-popa", "supports_ban") in got
    got = stances(run(base + "Proponents of the ban, among them Elena Cojocaru, say it keeps officials safe.", ENTS))
    assert ("elena-cojocaru", "supports_ban") in got
    # the firm's own partisans still do not speak for it
    got = stances(run(base + "Viber's backers say the app is encrypted and safe.", ENTS))
    assert not any(sp == "viber" for sp, _ in got)


def test_a_guest_who_hosts_another_outlet_is_no_host_of_this_transcript():
    ents = [("Moldova", J), ("Viber", P), ("Elena Cojocaru", PER), ("Victor Popa", PER), ("Radio Orbis", ORG)]
    for intro in [
        "Our guest is Elena Cojocaru, host of the podcast Radio Orbis, talking with reporter Victor Popa.",
        "Joining reporter Victor Popa is Elena Cojocaru, the anchor of a rival station who now campaigns for users.",
    ]:
        text = (
            f"Moldova has blocked Viber calls. {intro}\n\n"
            "VICTOR POPA: What do you make of the block?\n\n"
            "ELENA COJOCARU: The block is censorship and an attack on free speech.\n"
        )
        got = stances(run(text, ents))
        assert ("elena-cojocaru", "opposes_ban") in got, intro


def test_it_after_a_sentence_naming_a_court_is_not_the_banned_app():
    ents = [("Moldova", J), ("Viber", P), ("Chisinau Court of Appeal", ORG)]
    text = (
        "Moldova blocked Viber on Friday. Viber lost its challenge at the Chisinau Court of Appeal on Tuesday. "
        "It said the block was lawful and that the app had ignored the regulator's orders."
    )
    got = stances(run(text, ents))
    assert not any(sp == "viber" for sp, _ in got)


def test_a_person_of_a_state_named_as_a_federation_speaks_for_the_state():
    ents = [("Russia", J, ["Russian Federation"]), ("Viber", P), ("Ana Rusu", PER), ("Victor Popa", PER)]
    base = "Russia blocked Viber nationwide on Monday. "
    got = stances(
        run(
            base + "Ana Rusu of the Russian Federation said the block would stay in force until Viber obeys the law.",
            ents,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    got = stances(
        run(
            base + "Victor Popa of the Russian Federation said the restriction was lawful and would stay in place.",
            ents,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_only_the_banned_side_saying_so_of_the_present_vouches_for_its_record():
    ents = [("Moldova", J), ("Viber", P), ("Civic Net", ORG), ("Orbis", ORG)]
    base = "Moldova blocked Viber on Monday. "
    for said, speaker in [
        ("Civic Net said Viber does not store the data of Moldovan users on servers in Moldova, as the law requires.",
         "civic-net"),
        ("Viber admitted that it did not store user records in Moldova as the law required, and said it would "
         "comply within a month.", "viber"),
        ("Viber said it would not store data in Moldova and would fight the order in court.", "viber"),
        ("Viber said it was committed to protecting free expression and would appeal the block, which it called "
         "unlawful.", "viber"),
    ]:  # fmt: skip
        got = stances(run(base + said, ents))
        assert (speaker, "denies_allegation") not in got, said
    got = stances(
        run(base + "Viber said it had run its service in Moldova for ten years without a security incident.", ents)
    )
    assert ("viber", "denies_allegation") in got


def test_a_parenthetical_it_said_after_a_request_is_the_body_asked():
    ents = [("Moldova", J), ("Viber", P), ("Moldtelecom Authority", ORG), ("Civic Net", ORG)]
    got = stances(
        run(
            "The Moldtelecom Authority blocked Viber on Tuesday. Civic Net asked Viber for comment. "
            "The order, it said, would not keep its users from reaching each other.",
            ents,
        )
    )
    assert not any(sp == "civic-net" for sp, _ in got)
    assert any(sp == "viber" for sp, _ in got)


def test_an_alternative_wanted_in_a_for_frame_still_opposes_the_ban():
    base = "Moldova ordered Viber to suspend its operations until it registers. "
    for said in [
        '"This is a season for talks rather than bans," said Victor Popa.',
        '"This is a task for teachers and families rather than a blanket ban," said Victor Popa.',
    ]:
        assert ("victor-popa", "opposes_ban") in stances(run(base + said, ENTS)), said
    got = stances(run(base + '"This looks like a warning rather than a real ban," said Victor Popa.', ENTS))
    assert ("victor-popa", "opposes_ban") not in got


def test_cannot_compete_backs_the_ban_only_against_the_banned_platform_or_its_goods():
    ents = ENTS + [("Orbis", ORG), ("Viber Market", P)]
    base = "Moldova banned Viber on Monday. "
    for said in [
        '"Our bakers cannot compete with large supermarkets without online orders," said Victor Popa.',
        "Local apps said they could not compete with Viber's features even after the ban, Victor Popa said.",
        '"Our shops cannot compete with Viber Market sellers who pay no duty," said Victor Popa.',
    ]:
        assert ("victor-popa", "supports_ban") not in stances(run(base + said, ents)), said
    got = stances(run(base + '"Our shops cannot compete with parcels that arrive duty-free," said Victor Popa.', ents))
    assert ("victor-popa", "supports_ban") in got


def test_a_haven_backs_the_ban_only_for_wrongdoing():
    base = "Moldova banned Viber on Monday. "
    got = stances(run(base + '"For many Moldovans, Viber was a safe haven for open debate," said Victor Popa.', ENTS))
    assert ("victor-popa", "supports_ban") not in got
    got = stances(run(base + '"For years Viber has been a safe haven for scammers," said Victor Popa.', ENTS))
    assert ("victor-popa", "supports_ban") in got


def test_its_after_a_quote_is_the_imposer_only_when_the_quote_accuses_the_firm():
    ents = [("Moldova", J), ("Viber", P), ("Moldtelecom Authority", ORG), ("Victor Popa", PER), ("Ana Rusu", PER)]
    base = "The Moldtelecom Authority blocked Viber on Tuesday. "
    got = stances(
        run(base + '"Viber has been a haven for privacy, not for crime," its general counsel, Victor Popa, said.', ents)
    )
    assert ("victor-popa", "supports_ban") not in got
    got = stances(run(base + '"Viber has been a haven for scammers for years," its head, Ana Rusu, said.', ents))
    assert ("ana-rusu", "supports_ban") in got


def test_a_good_decision_asked_about_or_on_another_matter_backs_nothing():
    ents = [("Moldova", J), ("Viber", P), ("Ana Rusu", PER), ("Victor Popa", PER)]
    base = "Moldova blocked Viber on Tuesday. "
    for said in [
        'Baker Ana Rusu said: "Was it a good decision? Nobody can tell yet. We will wait."',
        'Ana Rusu, an opposition MP, said: "The cabinet made a good decision to cut fuel taxes in May. This is another '
        'matter."',
    ]:
        got = stances(run(base + said, ents))
        assert ("ana-rusu", "supports_ban") not in got, said


def test_lifting_the_ban_judged_no_good_decision_backs_the_ban():
    ents = [("Moldova", J), ("Viber", P), ("Ana Rusu", PER), ("Victor Popa", PER)]
    got = stances(
        run("Moldova blocked Viber on Tuesday. Interior minister Ana Rusu said lifting the ban this week would not be "
            "a good decision.", ents)
    )  # fmt: skip
    assert ("ana-rusu", "supports_ban") in got and ("ana-rusu", "opposes_ban") not in got


def test_something_else_months_late_backs_no_ban():
    ents = [("Moldova", J), ("Viber", P), ("Ana Rusu", PER), ("Victor Popa", PER)]
    base = "Moldova blocked Viber during the exams on Tuesday. "
    got = stances(
        run(base + 'Ana Rusu, a mother, said: "Our pensions were paid months late last winter. We are tired."', ents)
    )
    assert ("ana-rusu", "supports_ban") not in got
    got = stances(run(base + 'Victor Popa, a teacher, said: "This is years late. The leaks began long ago."', ents))
    assert ("victor-popa", "supports_ban") in got


def test_the_speaking_verb_asking_for_the_measure_backs_it():
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. "
            "Victor Popa, the head of the army's cyber unit, had argued for the restriction. "
            "Elena Cojocaru has called for a ban on the sale of Viber handsets.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got
    assert ("elena-cojocaru", "supports_ban") in got
    # asked to undo it, negated, or asked as a question: no backing
    for said in (
        "Elena Cojocaru called for the ban to be lifted.",
        "Elena Cojocaru did not call for a ban on the app.",
        "Did Elena Cojocaru argue for the restriction?",
    ):
        got = stances(run(f"Moldova banned Viber on government phones on Monday. {said}", ENTS))
        assert ("elena-cojocaru", "supports_ban") not in got, said


def test_money_or_a_livelihood_lost_to_the_measure_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber nationwide on Monday. "
            '"Every day without Viber I lose money," said Ana Rusu, who sells cakes online. '
            '"This is our livelihood, not a game," said Elena Cojocaru, a driver who takes orders through the app.',
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("elena-cojocaru", "opposes_ban") in got
    # money lost to wrongdoers is the measure's case, not a loss it caused
    got = stances(
        run(
            "Moldova blocked Viber nationwide on Monday, saying scammers used it. "
            '"Pensioners lost money to fraudsters on Viber," said Ana Rusu.',
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got


ENTS_HOME = [
    ("Ohio", J),
    ("DeepSeek", P),
    ("China", J, ["Beijing"]),
    ("Ana Rusu", PER),
    ("Victor Popa", PER),
]


def test_data_going_to_the_banned_sides_country_backs_the_measure():
    got = stances(
        run(
            "Ohio banned DeepSeek on state devices on Monday. "
            '"Files written by our caseworkers should not be ending up in Beijing," said Ana Rusu, a security '
            "adviser at a think tank. "
            '"Its own terms say the chat logs are kept on servers in China," said Victor Popa, a researcher.',
            ENTS_HOME,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("victor-popa", "supports_ban") in got
    # data said not to go there, asked about, or a visit: no backing
    for said in (
        '"The chat logs are never sent to China," said Ana Rusu, a researcher.',
        '"Do the files really end up in Beijing?" asked Ana Rusu, a researcher.',
        "Ana Rusu, a researcher, said she had travelled to Beijing to meet the company.",
    ):
        got = stances(run(f"Ohio banned DeepSeek on state devices on Monday. {said}", ENTS_HOME))
        assert ("ana-rusu", "supports_ban") not in got, said


def test_he_in_a_transcript_turn_is_the_person_told_of_not_the_turns_speaker():
    from loaders.extract.statements import StatementExtractor

    text = (
        "Host Elena Cojocaru talks with Ana Rusu, a researcher.\n\n"
        "COJOCARU: Victor Popa, the defence minister, was blunt about it.\n\n"
        'RUSU: He said, "We cannot have Viber on phones that carry military plans." It was a ban on army phones.\n\n'
        "COJOCARU: Thank you."
    )
    people = [("Moldova", J), ("Viber", P), ("Ana Rusu", PER, ["Rusu"]), ("Victor Popa", PER, ["Popa"])]
    adoc = make_adoc(text, people + [("Elena Cojocaru", PER, ["Cojocaru"])], published="2024-06-05")
    sx = StatementExtractor(adoc, extract_bans(adoc))
    he = next(t for t in adoc.doc if t.text == "He")
    # the turn's speaker (RUSU) and the speakers' labels are passed over: the minister the host named
    assert sx._told_of_in_turn(he) == ["person/victor-popa"]
    # the parser may hang the turn's verb off the label ("OKAFOR: He said" as parataxis): still the one told of
    quoted = [s for s in extract_statements(adoc, extract_bans(adoc)) if s.text.startswith("He said")]
    assert {s.speaker for s in quoted} == {"person/victor-popa"}
    # outside a transcript, no turn: the usual reading
    plain = make_adoc("Victor Popa spoke on Monday. He said the ban was needed.", people, published="2024-06-05")
    sx = StatementExtractor(plain, extract_bans(plain))
    assert sx._told_of_in_turn(next(t for t in plain.doc if t.text == "He")) is None


def test_data_said_not_going_to_the_banned_sides_country_any_more_backs_nothing():
    for said in (
        # the place itself negated
        '"Our tax files are kept in Columbus, not in China, and that will not change," said Ana Rusu, a clerk.',
        # the sending stopped
        '"After the patch, the chat logs are no longer sent to China," said Ana Rusu, a researcher.',
        # a place left
        '"The vendor says the files will be transferred out of China next year," said Ana Rusu, a researcher.',
        # a past practice a following clause tells stopped or fixed
        '"Until 2022 the chat logs went to Beijing, but that changed long ago," said Ana Rusu, a researcher.',
        '"Some files were sent to Beijing by error, but the vendor fixed it in days," said Ana Rusu, a researcher.',
    ):
        got = stances(run(f"Ohio banned DeepSeek on state devices on Monday. {said}", ENTS_HOME))
        assert ("ana-rusu", "supports_ban") not in got, said


def test_a_loss_not_caused_by_the_measure_opposes_nothing():
    for said in (
        # money or a contract lost elsewhere, before the measure or to a rival
        '"We lost money on a shipment to Odesa well before the block," said Ana Rusu, adding that she welcomed it.',
        '"We lost the contract to a Romanian firm in May for other reasons," said Ana Rusu, who called the block right.',
        # a livelihood named, not lost
        '"Our livelihood depends on keeping people safe online," said Ana Rusu, defending the block.',
        '"Our livelihood is baking, and Viber only wasted our time," said Ana Rusu, who welcomed the block.',
    ):
        got = stances(run(f"Moldova blocked Viber nationwide on Monday. {said}", ENTS))
        assert ("ana-rusu", "opposes_ban") not in got, said
    # a loss the measure is told to cause still opposes it
    got = stances(
        run('Moldova blocked Viber nationwide on Monday. "We have lost orders since the block," said Ana Rusu.', ENTS)
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_a_past_call_in_a_relative_clause_backs_nothing():
    # the call is the speaker's past position, not what the statement says now
    said = "Ana Rusu, who had called for blocking Viber in 2021, said on Sunday she would now defend the app."
    got = stances(run(f"Moldova blocked Viber nationwide on Monday. {said}", ENTS))
    assert ("ana-rusu", "supports_ban") not in got


def test_a_transcript_pronoun_prefers_the_spokeswoman_or_the_guest_who_just_spoke():
    host = "Host Marta Lind talks with Oskar Berg, an analyst.\n\n"
    ents = [
        ("Sweden", J),
        ("Zapster", P),
        ("Zapster Inc", ORG, ["Zapster"]),
        ("Marta Lind", PER, ["Lind"]),
        ("Oskar Berg", PER, ["Berg"]),
        ("Karl Holm", PER, ["Holm"]),
    ]
    # an unnamed spokeswoman told after the named minister: "she" is the company's, not the minister's
    said = run(
        host + "LIND: Karl Holm announced the Zapster ban on Friday. A Zapster spokeswoman replied the same day.\n\n"
        "BERG: She said Zapster does not share data with the Chinese government, but I am not convinced.\n\n"
        "LIND: Thanks.",
        ents,
    )
    assert "karl-holm" not in {s.speaker.split("/")[1] for s in said if s.text.startswith("She said")}, [
        (s.speaker, s.text) for s in said
    ]
    # a guest's own turn names the minister: the host's "she" after it is the guest, not the minister
    said = run(
        "MARTA LIND, HOST:\n\nSweden banned Zapster in May. Oskar Berg reports from Malmo.\n\n"
        "OSKAR BERG: In a small flat, Ingrid Sand edits videos for her fans.\n\n"
        "INGRID SAND: I earned my rent on this app. Minister Karl Holm does not care about us. The ban took it all.\n\n"
        "BERG: She says the ban has cost her most of her income.\n\n"
        "LIND: Oskar Berg in Malmo.",
        ents,
    )
    assert "karl-holm" not in {s.speaker.split("/")[1] for s in said if s.text.startswith("She says")}, [
        (s.speaker, s.text) for s in said
    ]


def test_a_measure_said_not_to_be_needed_or_not_fair_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            '"They can shut the channels that leak data, they don\'t need to close the whole app," said Elena '
            "Cojocaru, a researcher at Civic Net. "
            '"It is not fair for people like us," said Victor Popa, a driver living in Chisinau.',
            ENTS,
        )
    )
    assert ("elena-cojocaru", "opposes_ban") in got
    assert ("victor-popa", "opposes_ban") in got


def test_not_needing_to_remove_ones_own_kit_is_no_view_on_the_measure():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Civic Net said it did not need to remove any equipment because it had never used the service.",
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") not in got


def test_praise_for_carrying_the_measure_out_backs_it():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Elena Cojocaru, a researcher at Civic Net, praised the regulator for acting quickly. "
            "Victor Popa, a lawyer, praised the court for striking the order down.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_measure_said_to_fall_short_wants_more_and_backs_it():
    got = stances(
        run(
            "Moldova blocked Viber on government phones on Monday. "
            "Elena Cojocaru, a researcher at Civic Net, argued that keeping Viber off official phones is not enough. "
            "Victor Popa, a lawyer, said the evidence for the block was not enough.",
            ENTS,
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_not_fair_of_something_else_is_no_view_on_the_measure():
    for said in (
        '"It is not fair that Viber pays almost no tax here while local shops struggle," said Victor Popa, a driver '
        "living in Chisinau.",
        '"It is not fair to local developers that they compete with an app run from abroad," said Victor Popa, a '
        "driver living in Chisinau.",
        '"Nobody is saying it is not fair to ask questions about privacy," said Victor Popa, a member of the data '
        "board.",
    ):
        got = stances(run("Moldova blocked Viber on Monday. " + said, ENTS))
        assert ("victor-popa", "opposes_ban") not in got, said


def test_another_state_not_needing_a_ban_of_its_own_is_no_view_on_this_one():
    ents = [*ENTS, ("Romania", J)]
    for said in (
        "Romania's digital minister Ana Rusu said Bucharest did not need to block the app, since few officials used it.",
        "Romania's digital minister Ana Rusu said Romania did not need to block the app, since few officials used it.",
        "Romania's digital minister Ana Rusu said officials did not need to block the app as well, since few used it.",
    ):
        got = stances(run("Moldova blocked Viber on Monday. " + said, ents))
        assert ("ana-rusu", "opposes_ban") not in got, said


def test_praise_of_the_banned_app_for_its_own_blocking_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Ana Rusu, a researcher at Civic Net, praised Viber for blocking accounts run by spammers last spring.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_praise_of_a_judge_for_blocking_a_law_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Victor Popa, a lawyer, praised the judge for blocking the decree before it came into force.",
            ENTS6,
        )
    )
    assert ("victor-popa", "supports_ban") not in got


def test_praise_of_another_firm_for_pulling_its_adverts_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Elena Cojocaru, a researcher at Civic Net, commended Orbis for pulling its adverts from the site.",
            ENTS6,
        )
    )
    assert ("elena-cojocaru", "supports_ban") not in got


def test_praise_for_removing_a_requirement_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Ana Rusu, a researcher at Civic Net, praised the ministry for removing the rule that users share "
            "their passport numbers.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_praise_for_moving_to_hear_appeals_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Victor Popa, a lawyer, praised the commission for moving fast to hear appeals against the block.",
            ENTS6,
        )
    )
    assert ("victor-popa", "supports_ban") not in got


def test_praise_of_the_ministry_for_removing_the_app_backs_the_measure():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Elena Cojocaru, a researcher at Civic Net, commended the ministry for removing the app from stores.",
            ENTS6,
        )
    )
    assert ("elena-cojocaru", "supports_ban") in got


def test_keeping_quiet_said_not_enough_is_no_call_for_more():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Ana Rusu, a researcher at Civic Net, said keeping silent about the outage is not enough.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_the_banned_firms_own_step_said_not_enough_is_no_backing():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. "
            "Victor Popa, a lawyer, said Viber's decision to open a local office was not enough for the regulator. "
            "Elena Cojocaru, a researcher at Civic Net, said the firm's move to hire a local auditor was not enough.",
            ENTS6,
        )
    )
    assert ("victor-popa", "supports_ban") not in got
    assert ("elena-cojocaru", "supports_ban") not in got


def test_keeping_the_app_out_said_not_enough_still_backs_the_measure():
    got = stances(
        run(
            "Moldova blocked Viber on government phones on Monday. "
            "Ana Rusu, a researcher at Civic Net, said keeping Viber out of ministries was not enough.",
            ENTS6,
        )
    )
    assert ("ana-rusu", "supports_ban") in got


ENTS_CUES = [
    ("Malawi", J),
    ("Viber", P),
    ("Grace Banda", PER),
    ("Peter Phiri", PER),
    ("Open Lines", ORG),
    ("Chikondi Party", ORG),
]


@pytest.mark.parametrize(
    "said, speaker, stance",
    [
        # an outside voice: the measure's safety an illusion, its legality denied, its use on critics told
        ("Peter Phiri, a researcher at Open Lines, said such blocks give users a false sense of security.",
         "peter-phiri", "opposes_ban"),
        ('"Blocking a whole platform before a vote is not a lawful response," said Peter Phiri, a lawyer.',
         "peter-phiri", "opposes_ban"),
        ("The Chikondi Party called the block part of a broader crackdown on dissent.", "chikondi-party",
         "opposes_ban"),
        ("Peter Phiri, a lawyer, said the rule creates a grey area that can be applied selectively.",
         "peter-phiri", "opposes_ban"),
        ("Peter Phiri, a lawyer, said the block was imposed without a published order or a time limit.",
         "peter-phiri", "opposes_ban"),
        # the banned side on what the measure takes from people: no charge denied
        ("Viber said the decision denied access to its members across the country.", "viber", "opposes_ban"),
        # the measure wanted sooner, a duty to act, the harm it answers, more to come
        ("Peter Phiri, an opposition MP, said the government had made the correct choice but should have moved "
         "sooner.", "peter-phiri", "supports_ban"),
        ("Information minister Grace Banda said the app had been linked to a surge in cyber crime.", "grace-banda",
         "supports_ban"),
        ("Information minister Grace Banda warned that the government would not hesitate to take further measures.",
         "grace-banda", "supports_ban"),
        # the banned side putting its record right, no state's agent; the imposer: nobody punished for their work
        ("Peter Phiri, Viber's head of policy, said the company wanted to set the record straight about its data.",
         "peter-phiri", "denies_allegation"),
        ("Peter Phiri, Viber's chief executive, told lawmakers that the company is not an agent of any government.",
         "peter-phiri", "denies_allegation"),
        ("A ministry spokeswoman, Grace Banda, said nobody is persecuted for their reporting.", "grace-banda",
         "denies_allegation"),
        # the measure judged political
        ("Viber said the restrictions were political.", "viber", "opposes_ban"),
    ],
)  # fmt: skip
def test_round26_stance_cues(said, speaker, stance):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert (speaker, stance) in got
    assert len({s for sp, s in got if sp == speaker}) == 1


def test_denying_a_licence_is_still_no_access_taken_and_a_charge_denied_still_denies():
    got = stances(
        run(
            "Malawi blocked Viber on Monday. Viber said it had never shared user data and denied the accusations.",
            ENTS_CUES,
        )
    )
    assert ("viber", "denies_allegation") in got


@pytest.mark.parametrize(
    "said, stance",
    [
        # the measure makes what people do hard: a critic's case against it
        ("Peter Phiri, a lawyer at Open Lines, said the block would make it harder for nurses to reach patients.",
         "opposes_ban"),
        ("Peter Phiri, a lawyer at Open Lines, said the restrictions undermine the work of local reporters.", "opposes_ban"),
        # the banned side asking for the measure to be held off
        ("Peter Phiri, Viber's founder, said the firm had missed the letters and asked for the decision to be "
         "postponed by a week.", "opposes_ban"),
    ],
)  # fmt: skip
def test_round26_measure_hinders_or_is_held_off(said, stance):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert ("peter-phiri", stance) in got


def test_measure_making_it_harder_for_wrongdoers_is_no_harm():
    got = stances(
        run(
            "Malawi blocked Viber on Monday. Peter Phiri, a lawyer at Open Lines, said the block would make it "
            "harder for criminals to reach their victims and harder to spy on officials.",
            ENTS_CUES,
        )
    )
    assert ("peter-phiri", "opposes_ban") not in got


def test_one_accused_in_a_passive_clause_is_no_speaker():
    got = stances(
        run(
            "Malawi blocked Viber on Monday. The police arrested Peter Phiri, who is in custody and is accused of "
            "undermining state security.",
            ENTS_CUES,
        )
    )
    assert not any(sp == "peter-phiri" for sp, _ in got)


@pytest.mark.parametrize(
    "said, speaker, stance",
    [
        # "political" judges the measure only as the predicate itself, not a word further in, nor negated
        ("Peter Phiri said the block was a response to political violence.", "peter-phiri", "opposes_ban"),
        ("Peter Phiri said the ban was about national security and not political.", "peter-phiri", "opposes_ban"),
        # access to data kept from others is the banned side's denial, not access taken from people
        ("Viber said it had denied access to customer data to the Malawian authorities.", "viber", "opposes_ban"),
        ("Peter Phiri, Viber's head of policy, said the company denied access to local user data to staff abroad.",
         "peter-phiri", "opposes_ban"),
        # the banned side's deed judged unlawful: no verdict on the measure
        ("Peter Phiri said hosting gambling channels was not lawful and the block would stay.", "peter-phiri",
         "opposes_ban"),
        # a law named after the crime, told by a critic: no harm the measure answers
        ("The Chikondi Party said the cyber crime law is routinely used to jail bloggers and journalists.",
         "chikondi-party", "supports_ban"),
        # the firm's own step, told by the minister: no more measures to come
        ("Information minister Grace Banda said Viber would not hesitate to challenge the block in court.",
         "grace-banda", "supports_ban"),
        # an agency charged, not denied; the record put right by the imposing side denies no charge
        ("Peter Phiri, an opposition MP, said Viber was not an agent of progress but of foreign spies.",
         "peter-phiri", "denies_allegation"),
        ("Grace Banda said the government wanted to set the record straight about the reasons.", "grace-banda",
         "denies_allegation"),
    ],
)  # fmt: skip
def test_round26_stance_cues_stay_off_other_words(said, speaker, stance):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert (speaker, stance) not in got


@pytest.mark.parametrize(
    "said, speaker, stance",
    [
        ("Information minister Grace Banda said Malawi would not hesitate to block other apps.", "grace-banda",
         "supports_ban"),
        ('"We will not hesitate to act again," Information minister Grace Banda said.', "grace-banda",
         "supports_ban"),
        ("Information minister Grace Banda said the app had fuelled a surge in cyber-crime.", "grace-banda",
         "supports_ban"),
        ("Peter Phiri, a lawyer, said blocking the whole service was not lawful.", "peter-phiri", "opposes_ban"),
        ("Peter Phiri, a lawyer, said the block was purely political and illegal.", "peter-phiri", "opposes_ban"),
        ("Viber said the ban had denied millions of Malawians access to their families.", "viber", "opposes_ban"),
        ("Viber said the company is not an agent of the state and wanted to set the record straight.", "viber",
         "denies_allegation"),
    ],
)  # fmt: skip
def test_round26_stance_cues_still_hold(said, speaker, stance):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert (speaker, stance) in got


@pytest.mark.parametrize(
    "said",
    [
        # a country or a wrongdoer missing from the blacklist made to find it hard: no case against the measure
        "Grace Banda said the block would make it harder for Pretoria to sway voters in Malawi.",
        "Grace Banda said the block would make it harder for smugglers to move goods across the border.",
    ],
)
def test_measure_making_it_harder_for_others_than_its_users_is_no_harm(said):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert ("grace-banda", "opposes_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        "Peter Phiri, Viber's founder, said the firm would not ask for the decision to be postponed and would comply.",
        "Peter Phiri, Viber's founder, said the firm did not want the ban to be delayed and would obey it.",
    ],
)
def test_not_asking_for_the_measure_to_be_held_off_is_no_opposition(said):
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert ("peter-phiri", "opposes_ban") not in got


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Civic Net said the ban takes vital tools away from rural police officers.", "opposes_ban"),
        ('"This rule has taken equipment away from our rescuers," Civic Net said.', "opposes_ban"),
        # the banned app taken off phones, or no tool taken at all: no harm told
        ("Civic Net said the ban takes Viber away from state phones.", "neutral"),
        ("Civic Net said the ban had not taken any tools away from police officers.", "neutral"),
    ],
)
def test_a_measure_taking_tools_away_from_people_is_opposed(text, stance):
    got = stances(run("Moldova banned Viber on police phones on Monday. " + text, ENTS))
    assert ("civic-net", stance) in got
    assert {s for sp, s in got if sp == "civic-net"} == {stance}


def test_an_official_of_the_imposing_side_says_the_measure_took_tools_away():
    ents = ENTS + [("Moldovan Police", ORG)]
    got = stances(
        run(
            "Moldova banned Viber on police phones on Monday. "
            '"This rule has taken tools away from the officers we rely on," said Victor Popa, a spokesman '
            "for the Moldovan Police.",
            ents,
        )
    )
    assert ("victor-popa", "opposes_ban") in got


@pytest.mark.parametrize(
    "text, stance",
    [
        (
            "Ana Rusu, the university's IT director, said the block was in accordance with the government's order.",
            "supports_ban",
        ),
        ("Ana Rusu said the ban is in line with the ministry's directive.", "supports_ban"),
        # the banned side's own conduct in line with the law is its defence, not the measure's case
        ("Viber said it was in compliance with the law.", "denies_allegation"),
    ],
)
def test_a_measure_told_as_carrying_out_an_order_is_backed(text, stance):
    got = stances(run("Moldova banned Viber on state phones on Monday. " + text, ENTS))
    speaker = "viber" if text.startswith("Viber") else "ana-rusu"
    assert (speaker, stance) in got


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Viber said it believed its services were compliant.", "denies_allegation"),
        ("Viber said in a statement that it is not controlled by any government.", "denies_allegation"),
        ('Viber said its servers "meet the strict requirements" of the privacy law.', "denies_allegation"),
        # an aim, not a record
        ("Viber said it was working to meet the requirements.", "neutral"),
    ],
)
def test_the_banned_side_vouching_for_its_compliance_denies_the_charge(text, stance):
    got = stances(run("Moldova banned Viber on state phones on Monday. " + text, ENTS))
    assert ("viber", stance) in got


@pytest.mark.parametrize(
    "said",
    [
        # the measure's aim, the banned firm's staff losing their reach: no harm to those it protects
        "Civic Net said the ban takes tools away from Viber employees.",
        "Civic Net said the ban takes access to the data away from our police officers.",
        # the taking denied, or told as another's claim
        '"It is not true that this rule takes tools away from police officers," Civic Net said.',
        '"Critics claim the rule has taken tools away from our rescuers," Civic Net said.',
        # nothing taken
        "Civic Net said the ban takes no tools away from police officers that cannot be replaced.",
        # one story's kit is no general loss
        "Civic Net said the ban takes the device away from police officers.",
    ],
)
def test_tools_taken_from_those_aimed_at_denied_or_none_is_no_opposition(said):
    got = stances(run("Moldova banned Viber on police phones on Monday. " + said, ENTS))
    assert ("civic-net", "opposes_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        # doubt over the measure's standing is no backing
        "Civic Net said it was not clear the ban is in accordance with the law on information technology.",
        "Civic Net said it doubted the block was in line with the ministry's directive on data.",
    ],
)
def test_doubt_that_a_measure_carries_out_an_order_is_no_backing(said):
    said = said.replace("Civic Net", "Ion Lungu, a digital rights activist,")
    got = stances(run("Moldova banned Viber on state phones on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert ("ion-lungu", "supports_ban") not in got


def test_the_imposer_halting_its_measure_on_an_order_is_no_backing():
    got = stances(
        run(
            "Moldova banned Viber on state phones on Monday. Moldova's digital minister Ana Rusu said the government "
            "would suspend the ban in compliance with the court's ruling.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        # an aim, not a record
        "Viber said it was working to become fully compliant with Moldovan privacy rules.",
        "Viber said it was trying to meet the strict requirements of the state's procurement rules.",
        # a negation before the phrase, or a doubt over it
        "Viber said it had not been fully compliant when it launched in Moldova.",
        "Viber said it could not confirm that its servers were compliant with the rules.",
    ],
)
def test_compliance_aimed_at_denied_or_doubted_is_no_denial(said):
    got = stances(run("Moldova banned Viber on state phones on Monday. " + said, ENTS))
    assert ("viber", "denies_allegation") not in got


@pytest.mark.parametrize(
    "said",
    [
        "Civic Net said it would challenge both the block and the fines in court.",
        "Civic Net said it was preparing a legal challenge.",
        "Civic Net said it would file a petition against the ministry's order.",
        "Civic Net said it was considering a constitutional challenge.",
    ],
)
def test_going_to_court_against_the_measure_opposes_it(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS))
    assert ("civic-net", "opposes_ban") in got


@pytest.mark.parametrize(
    "said",
    [
        "Civic Net said it would not challenge the block.",
        "Civic Net said it did not plan to file a legal challenge.",
        "Civic Net said a legal challenge was unlikely to succeed.",
        "Civic Net said it was ready to face any legal challenge.",
        "Civic Net said it was preparing a challenge for the new season.",
    ],
)
def test_no_court_step_of_ones_own_is_no_opposition(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS))
    assert ("civic-net", "opposes_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        "Ion Lungu, who sells shoes online, said sales had almost stopped.",
        "Ion Lungu, who runs a small design studio, said two clients had paused campaigns.",
        "Ion Lungu, a trader, said his bookings fell by half in the first week.",
        "Ion Lungu, a student, told reporters that the app was his only income.",
    ],
)
def test_a_trade_halted_or_shrunk_opposes_the_measure(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert ("ion-lungu", "opposes_ban") in got


@pytest.mark.parametrize(
    "said",
    [
        "Ion Lungu, a baker, said orders had not stopped.",
        "Ion Lungu, an economist, said sales of phones could fall if the economy slowed.",
        "Ion Lungu, a shop owner, said customers had stopped asking about the app.",
        "Ion Lungu, a trader, said sales of subscriptions had stopped growing.",
    ],
)
def test_a_trade_going_on_or_a_forecast_is_no_opposition(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert ("ion-lungu", "opposes_ban") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Moldova blocked Viber nationwide on Monday. Ana Rusu said the block had been carried out under the security "
        "law. Victor Popa then defended it on moral grounds.",
        "Moldova blocked Viber nationwide on Monday. The block was widely criticised by users. Victor Popa defended it "
        "in a television interview.",
    ],
)
def test_defending_it_after_the_measure_was_told_backs_it(text):
    assert ("victor-popa", "supports_ban") in stances(run(text, ENTS))


@pytest.mark.parametrize(
    "text",
    [
        # "it" is the report, the measure only named in passing
        "Moldova blocked Viber nationwide on Monday. Civic Net published a report on the block. Victor Popa defended "
        "it at a press conference.",
        # another noun before "it" in its own sentence
        "Moldova blocked Viber nationwide on Monday. The block was widely criticised. After reading the report, "
        "Victor Popa defended it.",
    ],
)
def test_it_that_may_be_something_else_is_no_measure_defended(text):
    assert ("victor-popa", "supports_ban") not in stances(run(text, ENTS))


def test_the_group_is_the_campaigning_body_that_just_spoke():
    text = (
        "Moldova blocked Viber nationwide on Monday. Supporters of the ruling Unity Party had used the app heavily. "
        "Open Voice, a digital rights organisation, said the block was arbitrary. The group said it was considering a "
        "court challenge."
    )
    # the body's name read as a person's: the apposition still names it a group
    got = run(text, ENTS + [("Unity Party", ORG), ("Open Voice", PER)])
    assert {s.speaker.split("/")[1] for s in got} == {"open-voice"}


def test_a_host_named_in_the_programme_credits_takes_no_side():
    text = (
        "Transcript: why offices are locking Viber out\n\n"
        "This is an edited transcript. Host: Victor Popa. Guest: Elena Cojocaru, a researcher.\n\n"
        "VICTOR POPA: Elena, Moldova blocked Viber nationwide over security concerns. What happened there?\n\n"
        "ELENA COJOCARU: The block is unfair and it hurts families."
    )
    got = stances(run(text, ENTS))
    assert not any(sp == "victor-popa" for sp, _ in got)
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_warning_told_as_no_ban_in_a_relative_clause_opposes_nothing():
    text = (
        "Moldova blocked Viber nationwide on Monday. Civic Net warned its staff not to share passwords in the app, "
        "which is a warning rather than a ban."
    )
    assert ("civic-net", "opposes_ban") not in stances(run(text, ENTS))


def test_a_measurement_read_as_a_narrower_cut_than_a_ban_opposes_nothing():
    base = "Moldova restricted Viber nationwide on Sunday. "
    said = (
        "Civic Net said web browsing remained available and that the pattern pointed to targeted filtering of "
        "platforms rather than a full shutdown."
    )
    assert ("civic-net", "opposes_ban") not in stances(run(base + said, ENTS))
    # a narrower cut wanted instead is still against the ban
    said = "Civic Net said the government should use targeted filtering rather than a full shutdown."
    assert ("civic-net", "opposes_ban") in stances(run(base + said, ENTS))


@pytest.mark.parametrize(
    ("said", "opposed"),
    [
        ("Ion Lungu, a lawyer, said the ban was not disproportionate.", False),
        ("Ion Lungu, a lawyer, said the conditions were not disproportionate given the threat to security.", False),
        ("Ion Lungu, a lawyer, said the ban was not only disproportionate but unlawful.", True),
        ("Ion Lungu, a lawyer, said the ban was arbitrary and not proportionate.", True),
    ],
)
def test_a_judging_word_denied_by_its_copula_opposes_nothing(said, opposed):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert (("ion-lungu", "opposes_ban") in got) == opposed


@pytest.mark.parametrize(
    "said",
    [
        "Civic Net said it had no plans to bring a legal challenge against the block.",
        "Civic Net said it would mount a legal challenge to the results of the local elections.",
        "Civic Net said it would lodge a court petition demanding that the block be kept in place until the vote.",
        "Civic Net said two defrauded pensioners were preparing a legal complaint against Viber over the scams.",
        "Civic Net said the Supreme Court would consider the constitutional challenge in March.",
        "Civic Net said it was studying the legal challenge that two students had filed.",
    ],
)
def test_a_court_step_not_taken_not_against_the_measure_or_not_ones_own_is_no_opposition(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS))
    assert ("civic-net", "opposes_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        "Civic Net said it would lodge a court petition demanding that the block be lifted.",
        "Civic Net said it would file a legal challenge against the government.",
        "Civic Net said its lawyers were preparing a legal challenge to the order.",
    ],
)
def test_a_court_step_of_ones_own_against_the_measure_still_opposes(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS))
    assert ("civic-net", "opposes_ban") in got


@pytest.mark.parametrize(
    "said",
    [
        "Ion Lungu, who sells shoes online, said no buyers had cancelled their orders since Monday.",
        "Ion Lungu, a baker, said his sales had dropped because of the cold weather, not the block.",
        "Ion Lungu, a baker, said his orders had almost stopped during the Easter holidays, as they do every year.",
        "Ion Lungu, a baker, said his sales had almost stopped in January and had since recovered.",
        "Ion Lungu, a tour operator in Chisinau, said bookings could collapse if the airport strike went on.",
        "Ion Lungu, an analyst, said customers withdrew more than $2 million from the bank in the week before.",
        "Ion Lungu, an analyst, said the regulator's order had stalled in the courts.",
        "Ion Lungu, a student, said the app was not his only source of income.",
        "Ion Lungu, a trader, said the money from the app was the sole income of many gamblers.",
    ],
)
def test_a_trade_not_halted_by_the_measure_is_no_opposition(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert ("ion-lungu", "opposes_ban") not in got


@pytest.mark.parametrize(
    "said",
    [
        "Ion Lungu, a baker, said his sales had fallen because of the block.",
        "Ion Lungu, a student, said Viber had been his only source of income.",
        "Ion Lungu, a student, said selling cakes on Viber was his only income.",
        "Ion Lungu, who runs a small design studio, said three clients had cancelled their contracts.",
    ],
)
def test_a_trade_halted_by_the_measure_still_opposes(said):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert ("ion-lungu", "opposes_ban") in got


@pytest.mark.parametrize(
    "text",
    [
        # what "it" is told as is a platform, no measure
        "Moldova blocked Viber on Monday, citing fraud. The block angered many students. Victor Popa, an opposition "
        "MP, praised it as the only free messenger left in the country.",
        # the sentence before names the banned app, which "it" may be
        "Moldova blocked Viber in May. Viber challenged the block in the Chisinau court on Monday. Victor Popa "
        "welcomed it as an important test of free speech.",
        # the measure told as undone: "it" is the judge's step
        "Moldova blocked Viber in May. A federal judge blocked the block on Thursday. Victor Popa welcomed it.",
        # a thing praised for qualities of its own
        "Moldova blocked Viber on Monday. The block was first told by the state broadcaster. Victor Popa praised it "
        "for its careful coverage.",
    ],
)
def test_it_that_is_not_the_measure_is_not_welcomed_as_one(text):
    got = stances(run(text, ENTS))
    assert ("victor-popa", "supports_ban") not in got
    assert ("civic-net", "supports_ban") not in got


@pytest.mark.parametrize(
    ("text", "extra", "said", "first"),
    [
        # a party is no campaigning body, and another body was named since it spoke
        (
            "Moldova blocked Viber nationwide on Monday. The ruling National Resistance Movement said the block was "
            "needed to keep order, a claim rejected by Open Voice. The group said the block was meant to silence "
            "critics.",
            [("National Resistance Movement", ORG), ("Open Voice", ORG)],
            "meant to silence",
            "national-resistance-movement",
        ),
        # another group told after the speaker's mention
        (
            "Moldova blocked Viber nationwide on Monday. Amnesty International said the block would do little to stop "
            "the Black Wolves, the armed group that has used the app to recruit. The group said in a statement that it "
            "would keep using other apps.",
            [("Amnesty International", ORG), ("Black Wolves", ORG)],
            "keep using",
            "amnesty-international",
        ),
        # "the group" told as owning the banned app
        (
            "Moldova blocked Viber nationwide on Monday. Access Now, a digital rights group, said the block was illegal "
            "and called on Rakuten to resist. The group, which owns Viber, said it was working to restore service.",
            [("Access Now", ORG), ("Rakuten", ORG)],
            "restore service",
            "access-now",
        ),
    ],
)
def test_the_group_that_may_be_another_body_is_not_the_last_speaker(text, extra, said, first):
    speakers = {s.speaker.split("/")[1] for s in run(text, ENTS + extra) if said in s.text}
    assert speakers and first not in speakers


def test_a_host_turn_addressing_the_guest_by_name_leaves_the_guest_a_guest():
    text = (
        "Transcript: Moldova's Viber block\n\n"
        "HOST: Elena Cojocaru, good to have you here. Moldova blocked Viber nationwide last week. How bad is it?\n\n"
        "ELENA COJOCARU: The block is unfair and it hurts families who depend on the app."
    )
    assert ("elena-cojocaru", "opposes_ban") in stances(run(text, ENTS))


def test_a_named_host_introducing_the_guest_leaves_the_guest_a_guest():
    text = (
        "Transcript: Moldova's Viber block\n\n"
        "VICTOR POPA, HOST: Elena Cojocaru studies censorship at Civic Net. Elena Cojocaru, welcome.\n\n"
        "ELENA COJOCARU: Thanks. Moldova blocked Viber nationwide in May, and the block is unfair and it hurts "
        "families."
    )
    got = stances(run(text, ENTS))
    assert ("elena-cojocaru", "opposes_ban") in got
    assert not any(sp == "victor-popa" for sp, _ in got)


def test_a_moderator_turn_opening_with_the_guest_name_leaves_the_guest_a_guest():
    text = (
        "Panel transcript, Chisinau.\n\n"
        "Moderator: Elena Cojocaru, your group runs a VPN service. Moldova blocked Viber nationwide on Monday.\n\n"
        "ELENA COJOCARU: The ban is disproportionate and we will challenge it in court."
    )
    assert ("elena-cojocaru", "opposes_ban") in stances(run(text, ENTS))


def test_a_host_credited_on_a_line_of_its_own_still_takes_no_side():
    text = (
        "Transcript: why offices are locking Viber out\n\n"
        "Host: Victor Popa\n"
        "Guest: Elena Cojocaru, a researcher\n\n"
        "VICTOR POPA: Elena, Moldova blocked Viber nationwide over security concerns. What happened there?\n\n"
        "ELENA COJOCARU: The block is unfair and it hurts families."
    )
    got = stances(run(text, ENTS))
    assert not any(sp == "victor-popa" for sp, _ in got)
    assert ("elena-cojocaru", "opposes_ban") in got


def test_a_penalty_urged_instead_told_as_no_ban_still_opposes_the_ban():
    text = (
        "Moldova blocked Viber nationwide on Monday. Civic Net urged the authorities to fine the operator instead, "
        "which it said was a fair sanction rather than a ban."
    )
    got = stances(run(text, ENTS))
    assert ("civic-net", "opposes_ban") in got
    assert ("civic-net", "supports_ban") not in got


def test_a_cleft_setting_a_measure_against_a_ban_opposes_the_ban():
    text = (
        "Moldova blocked Viber nationwide on Monday. Elena Cojocaru of Civic Net said an outside audit of the app "
        'was overdue. "It is an audit rather than a ban that will keep users safe," she said.'
    )
    assert ("elena-cojocaru", "opposes_ban") in stances(run(text, ENTS))


@pytest.mark.parametrize(
    ("said", "opposed"),
    [
        ("Ion Lungu, a lawyer, said it was difficult to argue that the block was not arbitrary.", True),
        ("Ion Lungu, a lawyer, said no one could honestly claim that the block was not disproportionate.", True),
        ("Ion Lungu, a lawyer, said he failed to see how the block was not arbitrary.", True),
        ("Ion Lungu, a lawyer, said officials claimed that the block was not arbitrary.", False),
    ],
)
def test_a_copula_denial_under_a_doubted_head_still_opposes(said, opposed):
    got = stances(run("Moldova blocked Viber nationwide on Monday. " + said, ENTS + [("Ion Lungu", PER)]))
    assert (("ion-lungu", "opposes_ban") in got) == opposed


@pytest.mark.parametrize("word", ["costlier", "more expensive"])
def test_a_measure_making_work_costlier_opposes_it(word):
    # "costly"/"expensive" are hard-words of _makes_hard; a same-named set for "hard to argue" must not hide them
    said = f"Peter Phiri, a lawyer at Open Lines, said the block would make it {word} for nurses to reach patients."
    got = stances(run("Malawi blocked Viber on Monday. " + said, ENTS_CUES))
    assert ("peter-phiri", "opposes_ban") in got, got


def test_praise_of_the_ministry_for_blocking_it_backs_the_measure():
    # the banned thing told by a pronoun, as by a target name or "the app"
    for said in (
        "Elena Cojocaru, a researcher at Civic Net, praised the ministry for blocking it so quickly.",
        "Elena Cojocaru, a researcher at Civic Net, commended the government for removing Viber from official phones.",
    ):
        got = stances(run("Moldova blocked Viber on Monday. " + said, ENTS6))
        assert ("elena-cojocaru", "supports_ban") in got, said


@pytest.mark.parametrize(
    "sentence",
    [
        'Civic Net called it "a sad day for Moldova".',
        'Civic Net called it "a dark day for democracy".',
        "Civic Net said the ban was a cause for concern for every newsroom in the country.",
        "Elena Cojocaru, who sells handmade soap through the app, said the ban would wipe out most of her income.",
    ],
)
def test_a_ban_mourned_feared_or_ending_a_trade_opposes_it(sentence):
    got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
    speaker = "civic-net" if "Civic Net" in sentence else "elena-cojocaru"
    assert (speaker, "opposes_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Victor Popa said the app's handling of user data was a cause for concern for the security services.",
        "Victor Popa said the ban was no cause for concern for ordinary users.",
        "Victor Popa said the ban would wipe out fraud on the platform.",
    ],
)
def test_concern_about_the_banned_side_or_harm_wiped_out_does_not_oppose(sentence):
    got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
    assert ("victor-popa", "opposes_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        '"Any company that wants to operate here has to respect Moldovan law," Ana Rusu told reporters.',
        "Ana Rusu said foreign platforms had to play by Moldovan rules.",
        "Ana Rusu said every platform must comply with local law.",
    ],
)
def test_holding_the_banned_side_to_the_law_backs_the_ban(sentence):
    got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Victor Popa said the courts had to follow the rule of law.",
        "Victor Popa said platforms do not have to follow the new law until January.",
        "Victor Popa said the ministry had to respect the law too.",
    ],
)
def test_the_law_held_against_rulers_or_not_binding_backs_nothing(sentence):
    got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
    assert ("victor-popa", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "A Viber spokesperson said content inciting violence breaks its community guidelines and is removed from the "
        "platform.",
        "Viber has said it removes content that promotes dangerous stunts and that such videos are not allowed under "
        "its rules.",
    ],
)
def test_the_banned_side_saying_the_harm_breaks_its_rules_denies_the_charge(sentence):
    got = stances(run("Moldova blocked Viber on Monday over violent videos. " + sentence, ENTS))
    assert ("viber", "denies_allegation") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement Ana Rusu urged neighbouring countries and the EU to take similar steps.",
        "Ana Rusu said other governments should do exactly the same, and soon.",
        "Ana Rusu called on other countries to follow suit.",
    ],
)
def test_wanting_others_to_do_the_same_backs_the_ban(sentence):
    got = stances(run("Moldova banned Viber on government phones on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Victor Popa urged other countries not to follow suit.",
        "Victor Popa asked whether other countries would do the same.",
    ],
)
def test_others_urged_not_to_follow_or_asked_about_backs_nothing(sentence):
    got = stances(run("Moldova banned Viber on government phones on Monday. " + sentence, ENTS))
    assert ("victor-popa", "supports_ban") not in got


def test_a_ban_wanted_sooner_backs_it():
    got = stances(
        run(
            "Moldova banned Viber on government phones on Monday. Victor Popa, who had called for the step last "
            "month, said it should have come sooner.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") in got


def test_the_law_held_to_after_a_court_struck_the_ban_down_backs_nothing():
    got = stances(
        run(
            "Moldova's Constitutional Court ruled on Thursday that the government's block on Viber was "
            "unconstitutional. Ana Rusu said the government would respect the court's decision but that foreign "
            "platforms must still obey Moldovan law.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Moldova banned Viber on Monday. Victor Popa described the company's new servers as a deliberate attempt "
            "to get around the ban.",
            "victor-popa",
        ),
        (
            "Moldova banned Viber on Monday. The Intelligence Service of Moldova said its review found that Viber is "
            "subject to the jurisdiction of a foreign government, which could compel it to hand over data.",
            "intelligence-service-of-moldova",
        ),
        (
            "Moldova's security council banned Viber on official phones on Monday. The Intelligence Service of Moldova "
            "also told the meeting that Russia uses the app for phishing and spreading malware.",
            "intelligence-service-of-moldova",
        ),
        (
            "Moldova banned Viber on Monday. Digital minister Ana Rusu told journalists that the decision was taken "
            "after many complaints from schools.",
            "ana-rusu",
        ),
    ],
)
def test_evasion_charged_foreign_hold_misuse_and_complaints_back_the_ban(text, speaker):
    got = stances(run(text, ENTS + [("Intelligence Service of Moldova", ORG)]))
    assert (speaker, "supports_ban") in got


def test_users_getting_around_the_ban_still_opposes():
    got = stances(
        run("Moldova banned Viber on Monday. Victor Popa said users would simply get around the ban with VPNs.", ENTS)
    )
    assert ("victor-popa", "opposes_ban") in got


def test_the_law_upheld_while_accepting_a_courts_ruling_backs_nothing():
    got = stances(
        run(
            "Moldova blocked Viber in 2022. Ana Rusu said the government would respect the court's decision but that "
            "foreign platforms must still obey Moldovan law.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "A Viber spokesperson said underage profiles are removed from the platform as soon as they are spotted.",
        "A Viber spokesperson said the firm would obey the law, and that duplicate profiles are removed from the "
        "platform each week.",
        "Viber said in a statement that harmful posts are not allowed on the platform and that the law was rushed "
        "through.",
    ],
)
def test_bare_accounts_or_clips_taken_off_the_platform_deny_no_charge(sentence):
    got = stances(run("Moldova banned Viber for users under 16 on Monday. " + sentence, ENTS))
    assert ("viber", "denies_allegation") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Blogger Elena Cojocaru said she moved her group to Telegram after the ban and urged her readers to do the same.",
        "Elena Cojocaru said the opposition should do the same as in Georgia and march against the block.",
    ],
)
def test_followers_or_the_opposition_urged_to_do_the_same_back_nothing(sentence):
    got = stances(run("Moldova banned Viber on Monday. " + sentence, ENTS))
    assert ("elena-cojocaru", "supports_ban") not in got


def test_the_lifting_wanted_sooner_opposes_the_ban():
    got = stances(
        run(
            "The Moldovan government lifted its ban on Viber on Friday. Lawyer Victor Popa said the lifting should "
            "have come sooner and that the ban had been illegal from day one.",
            ENTS,
        )
    )
    assert ("victor-popa", "supports_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Moldova blocked Viber during exams. Victor Popa said the block would drive pupils toward fake copies of "
            "the app that carry malware.",
            "victor-popa",
        ),
        (
            "Moldova blocked Viber channels of the opposition. The ministry's website was hit by a cyberattack hours "
            "after the block, officials said.",
            "moldova",
        ),
    ],
)
def test_evading_other_things_or_attacks_not_by_the_app_back_nothing(text, speaker):
    got = stances(run(text, ENTS))
    assert (speaker, "supports_ban") not in got


def test_the_block_called_an_attempt_to_circumvent_the_courts_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Civic Net said the block was an attempt to circumvent the country's courts.",
            ENTS,
        )
    )
    assert ("civic-net", "supports_ban") not in got
    assert ("civic-net", "opposes_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Rusu, whose ministry enforces the ban, said she was confident the ban would ultimately be upheld.",
        "Ana Rusu said the ministry would review the complaint and continue to vigorously defend the ban in court.",
        "Ana Rusu said the ban would survive the legal challenges that are expected to follow.",
        'Ana Rusu, whose ministry enforces the ban, said she was ready to "hold these platforms accountable."',
    ],
)
def test_the_imposers_pledge_to_defend_or_enforce_the_measure_backs_it(sentence):
    got = stances(run("Moldova's government banned Viber on Monday. Digital minister " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got
    assert ("ana-rusu", "neutral") not in got


def test_a_challenge_the_measure_would_not_survive_backs_nothing():
    got = stances(
        run(
            "Moldova's government banned Viber on Monday. Digital minister Ana Rusu said the ban was hers, "
            "but conceded it would not survive a legal challenge.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        '"Starting now, mothers and fathers have the law on their side," digital minister Ana Rusu told reporters.',
        "Digital minister Ana Rusu said some pupils would dodge the rules, but stressed that the responsibility lay "
        "with the platforms, not with families.",
        '"It will not solve everything, but it puts families back in charge," digital minister Ana Rusu said.',
        '"Screens are stealing our children\'s childhood," digital minister Ana Rusu said.',
    ],
)
def test_the_makers_words_for_the_families_a_measure_serves_back_it(sentence):
    got = stances(run("Moldova's government banned Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got
    assert ("ana-rusu", "neutral") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Digital minister Ana Rusu said she doubted the ban would be upheld by the appeals court.",
        "Digital minister Ana Rusu said she was not confident the ban would survive legal challenges.",
        "Digital minister Ana Rusu said the ministry had no plans to hold platforms accountable with fines this year.",
        "Digital minister Ana Rusu said it was not her job to vigorously defend a statute she found flawed.",
        "Digital minister Ana Rusu said the ban was not a line in the sand and might be dropped in the spring.",
        "Digital minister Ana Rusu said pupils from poor childhood backgrounds would get extra lessons.",
        "Digital minister Ana Rusu asked whether the ban really puts families back in charge.",
    ],
)
def test_the_makers_pledge_doubted_negated_or_cut_short_backs_nothing(sentence):
    got = stances(run("Moldova's government banned Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") not in got


def test_what_lifting_the_ban_gives_young_people_does_not_back_it():
    got = stances(
        run(
            "Moldova's government lifted its ban on Viber on Monday. Digital minister Ana Rusu said ending the ban "
            "would let teenagers take back control of how they talk to friends.",
            ENTS,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Civic Net said the government must block every such messenger instead of stopping at Viber.",
        "Civic Net said officials should remove Viber from all phones instead of limiting the rule to ministers.",
        "Civic Net said the government should have moved faster rather than add another consultation.",
        "Civic Net said the regulator would fine carriers that kept Viber online rather than order each one shut.",
    ],
)
def test_a_wider_cut_or_no_cut_rather_than_something_does_not_oppose(sentence):
    got = stances(run("Moldova's government banned Viber on Monday. " + sentence, ENTS))
    assert ("civic-net", "opposes_ban") not in got


def test_urging_another_remedy_rather_than_the_cut_itself_opposes():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Civic Net urged the government to remove the illegal posts rather "
            "than shut down a service that millions of people use.",
            ENTS,
        )
    )
    assert ("civic-net", "supports_ban") not in got
    assert ("civic-net", "opposes_ban") in got


def test_a_firm_that_would_rather_shut_down_than_comply_is_no_critic_of_a_cut():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Victor Popa, an analyst, said the company would rather shut down "
            "than hand over its users' data.",
            ENTS,
        )
    )
    assert ("victor-popa", "opposes_ban") not in got


def test_a_right_the_measure_denied_people_is_no_denial_of_a_charge():
    got = stances(
        run(
            "Moldova blocked Viber during the election. Civic Net said the blackout had denied voters the right to "
            "share news during the count, and that it would watch the government closely.",
            ENTS,
        )
    )
    assert ("civic-net", "denies_allegation") not in got
    assert ("civic-net", "opposes_ban") in got


@pytest.mark.parametrize(
    "sentence, stance, present",
    [
        ('Ana Rusu said a week without the app was "a small price to pay for safe elections".', "supports_ban", True),
        ("Elena Cojocaru, a parent, said the block was a price worth paying.", "supports_ban", True),
        ("Victor Popa, a trader, said losing his customers was not a small price to pay.", "supports_ban", False),
    ],
)
def test_the_measures_cost_judged_worth_bearing_backs_it_unless_negated(sentence, stance, present):
    got = stances(run("Moldova blocked Viber during the election. " + sentence, ENTS))
    speaker = sentence.split(",")[0].split(" said")[0].lower().replace(" ", "-")
    assert ((speaker, stance) in got) is present


@pytest.mark.parametrize(
    "sentence",
    [
        "Civic Net said the electoral board's decision denied voters the right to a second count.",
        "Civic Net said the order denied residents the right to roaming only where no other network existed.",
    ],
)
def test_a_right_withheld_by_something_other_than_the_cut_does_not_oppose_it(sentence):
    got = stances(run("Moldova blocked Viber during the election. " + sentence, ENTS))
    assert ("civic-net", "opposes_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Victor Popa, a trader, said buying a VPN subscription each month was a small price to pay to keep selling.",
        "Victor Popa, a trader, said shifting his shop to Telegram was a price worth paying for his freedom.",
    ],
)
def test_a_way_around_the_cut_worth_its_price_does_not_back_it(sentence):
    got = stances(run("Moldova blocked Viber during the election. " + sentence, ENTS))
    assert ("victor-popa", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            '"I am not going to stop using it over this," said Elena Cojocaru, a recruiter in Chisinau.',
            "elena-cojocaru",
        ),
        ("Civic Net said it would ask a judge to stop the government from enforcing the measure.", "civic-net"),
    ],
)
def test_ones_own_use_kept_or_the_rulers_stopped_back_nothing(sentence, speaker):
    got = stances(run("Moldova blocked Viber on Monday. " + sentence, ENTS))
    assert (speaker, "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Rusu said the block was needed to stop fraud.",
        "Ana Rusu said the block was meant to stop exam answers leaking.",
    ],
)
def test_what_the_measure_is_to_stop_still_backs_it(sentence):
    got = stances(run("Moldova blocked Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got


def test_asking_a_court_to_stop_the_measures_enforcement_opposes_it():
    got = stances(
        run(
            "Moldova blocked Viber on Monday. Civic Net said it would ask a judge to stop the government from "
            "enforcing the measure. Ana Rusu, the minister, said nothing could stop the government from enforcing "
            "the ban.",
            ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("ana-rusu", "opposes_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Rusu, the digital minister, said she would appeal the judgment that stopped the government from "
        "enforcing the block.",
        "Ana Rusu, the digital minister, said the order preventing the government from enforcing the block would be "
        "overturned.",
        "Ana Rusu, the digital minister, said the app's lawyers had failed to stop the government from enforcing the "
        "block.",
        '"No judge can stop us from enforcing this block," said Ana Rusu, the digital minister.',
        "Ana Rusu, the digital minister, said the government would not allow anybody to stop it from enforcing the "
        "block.",
        "Ana Rusu, the digital minister, said critics were trying to stop the government from enforcing the block, "
        "but would fail.",
        "Ana Rusu, the digital minister, said the government would go to court to stop Viber from applying its own "
        "rules to official accounts.",
    ],
)
def test_an_enforcement_halt_told_done_failed_refused_or_of_another_does_not_oppose(sentence):
    got = stances(run("Moldova blocked Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "opposes_ban") not in got


def test_asking_a_court_to_stop_the_measure_itself_opposes_it():
    got = stances(run("Moldova blocked Viber on Monday. Civic Net said it would ask a judge to stop the block.", ENTS))
    assert ("civic-net", "opposes_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        '"The block is meant to stop the Russian government from reading our messages," said Ana Rusu, the digital '
        "minister.",
        '"The block is meant to stop foreign states from reading our messages," said Ana Rusu, the digital minister.',
    ],
)
def test_a_foreign_state_the_measure_is_to_stop_still_backs_it(sentence):
    got = stances(run("Moldova blocked Viber on Monday. " + sentence, ENTS))
    assert ("ana-rusu", "supports_ban") in got


def test_a_measure_told_not_going_to_reach_its_end_opposes_it():
    got = stances(
        run(
            'Moldova blocked Viber on Monday. "This block is not going to stop the fraudsters," said Ana Rusu, a '
            "lawyer.",
            ENTS,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got


def test_a_measure_told_unacceptable_by_denial_opposes_it_and_one_told_unavoidable_backs_it():
    # "acceptable" judges the measure as the other good words do, so its denial judges it bad; "unavoidable" backs it
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "Shutting a service used by half the country '
            'overnight is not acceptable," said Ana Rusu, an opposition deputy. "Honestly, the block was '
            'unavoidable," said Ion Cebotari, a professor of law.',
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "supports_ban") in got


def test_something_else_told_unacceptable_or_unavoidable_is_no_judgement_of_the_measure():
    # the judged subject must be the measure or a gerund of banning: the firm's conduct not acceptable still backs it
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "The company\'s conduct was not acceptable," said '
            'Ana Rusu, an opposition deputy. "Some delays were unavoidable," said Ion Cebotari, a professor of law.',
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got


def test_a_critic_word_denied_by_neither_nor_is_no_opposition():
    # "neither arbitrary nor unlawful" denies both words, as "not arbitrary" does; the words asserted still oppose
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ion Cebotari, a professor of law, said the block was "
            "neither arbitrary nor unlawful. Victor Popa, a deputy, said the block was arbitrary and unlawful.",
            ROUND,
        )
    )
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


def test_a_good_word_denied_by_neither_nor_judges_the_measure_bad():
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a lawyer, said the block was neither "
            "necessary nor proportionate.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ana-rusu", "supports_ban") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Rusu, the digital minister, said the decision followed a determination by the chief information officer.",
        "Ana Rusu, the digital minister, said the block had been ordered following a technical analysis by the "
        "regulator.",
        "Ana Rusu, the digital minister, said the government had to take seriously that the app could be used by "
        "others to gather information about officials.",
    ],
)
def test_the_imposers_measure_told_taken_after_a_finding_backs_it(sentence):
    got = stances(run("Moldova blocked Viber across the country on Sunday. " + sentence, ROUND))
    assert ("ana-rusu", "supports_ban") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Rusu, the digital minister, said the ministry would publish its review after the summer.",
        "Ana Rusu, the digital minister, said a review of the school curriculum followed the elections.",
    ],
)
def test_a_review_told_without_the_measure_resting_on_it_is_no_backing(sentence):
    got = stances(run("Moldova blocked Viber across the country on Sunday. " + sentence, ROUND))
    assert ("ana-rusu", "supports_ban") not in got


def test_a_legal_basis_denied_however_qualified_opposes_the_measure():
    # "no clear legal basis", "without any proper legal basis" deny the basis as "no legal basis" does; a basis
    # asserted, however qualified, still backs the measure
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Civic Net, a digital rights group, argued that the "
            "order had no clear legal basis. Ana Rusu, a lawyer, said the block had been imposed without any proper "
            "legal basis. Ion Cebotari, the minister, said the block had a clear legal basis.",
            ROUND,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "supports_ban") in got


def test_a_bare_pronoun_told_done_too_late_backs_the_measure():
    # "this should have been done months ago": the step the story tells wanted sooner; another act wanted sooner, a
    # named other thing, or a manner with no time is no backing
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "That should have been done years ago," said Ana '
            'Rusu, an opposition deputy. "This should have been debated years ago," said Ion Cebotari, a deputy. '
            '"It should have been done differently," said Victor Popa, a deputy.',
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_measure_labelled_a_failing_of_its_makers_opposes_it():
    # "an act of panic", "the desperation of a government": the label condemns; a failing of others the measure
    # answers is no condemnation
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, an opposition deputy, described the block "
            'as an act of panic. Civic Net called the order "the desperation of a government that is losing". Ion '
            "Cebotari, a deputy, called the block a response to the desperation of families.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("civic-net", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") not in got


def test_a_rule_told_for_every_measure_of_the_kind_is_no_backing():
    # "any restrictions had to be lawful, necessary and proportionate": a standard, no verdict on this measure; the
    # same words said of the measure itself still back it
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a rights lawyer, said any restrictions on "
            "online expression had to be lawful, necessary and proportionate. Ion Cebotari, a professor, said all "
            "such measures must be necessary and proportionate. Victor Popa, a professor, said the block was "
            "necessary and proportionate.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") in got


def test_a_measure_told_solid_backs_it_and_other_things_told_solid_do_not():
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. Ana Rusu, a law professor, says the order is "legally '
            "solid\". Ion Cebotari, an analyst, said the company's finances were solid.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("ion-cebotari", "supports_ban") not in got


def test_an_objection_bare_or_to_the_measure_opposes_it():
    # "also objected", "objected to the order": a critic's word; a negated objection or one to something else is none
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. The opposition Civic Net also objected. Ana Rusu, a "
            "rights lawyer, objected to the order. Ion Cebotari, a rights lawyer, did not object to the block. Victor "
            "Popa, a rights lawyer, objected to the use of his data by the app.",
            ROUND,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got


def test_a_measure_only_asked_about_is_not_judged_and_one_judged_through_it_is():
    # a question is no judgement ('"Is the block acceptable?"', '"Would it be acceptable if ...?"'); "it is
    # unacceptable to block ..." judges the infinitive of banning that "it" stands for
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "Is this block acceptable? Certainly not," said Ana '
            'Rusu, a rights campaigner. "Would the suspension be acceptable if it lasted only a week? Maybe," said '
            'Ion Cebotari, a professor of law. "It is unacceptable to shut down a service used by half the '
            'country," said Victor Popa, an opposition deputy.',
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


def test_a_measure_told_undone_after_a_finding_or_made_after_none_is_not_heeded_counsel():
    # the verb must tell the measure made after the finding: reviewed, lifted or challenged after one is no backing,
    # nor a measure made "following no" finding; made after an audit it still backs the measure
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Deputy minister Ana Rusu said the suspension would "
            "be reconsidered following an audit of the operator's records. Ion Cebotari, head of the regulator, said "
            "the block could be lifted after an evaluation of the company's compliance. Victor Popa, the "
            "communications minister, said the restriction had been imposed following a security audit.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got
    assert ("ion-cebotari", "supports_ban") not in got
    assert ("victor-popa", "supports_ban") in got
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, the communications minister, said the "
            "restriction had been imposed following no audit of any kind.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") not in got


def test_a_basis_denied_to_a_challenge_or_the_banned_side_is_no_case_against_the_measure():
    # a complaint or the banned app told lacking a legal basis refutes the measure's challengers; the measure
    # itself lacking one is still a case against it, "lacked" denying it as "no" does
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a law professor, said the "
            "operator's complaint had no proper legal basis. Victor Popa, a government "
            "analyst, said there was no sound legal basis for Viber to go on working without a licence. Ion "
            "Cebotari, a lawyer, said the suspension lacked any clear legal basis.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") not in got
    assert ("ion-cebotari", "opposes_ban") in got


def test_a_pronoun_told_done_too_late_is_no_backing_in_a_phrase_a_question_or_a_denial():
    # "that should have been made clear years ago" (a phrase of its own), "it" standing for another noun, "should this
    # have been done months ago?" and "nobody says this should have been done" wish for no measure sooner
    got = stances(
        run(
            'Moldova blocked Viber across the country on Sunday. "That should have been made known to users years '
            'ago," said Ana Rusu, a lawyer. Ion Cebotari, a deputy, said an audit of the app should have been held '
            'first. "It should have been made public long ago," he said. "Should this have been done years ago? '
            'Maybe," said Victor Popa, an analyst. "No one claims this should have been done months ago," said Dan '
            'Lungu, a deputy. "This should have been done months ago," said Maria Sandu, a deputy. "Frankly, it should '
            'have been imposed years ago," said Elena Cojocaru, a deputy.',
            [*ROUND, ("Dan Lungu", PER), ("Maria Sandu", PER), ("Elena Cojocaru", PER)],
        )
    )
    assert not any(s == "supports_ban" for p, s in got if p in ("ana-rusu", "ion-cebotari", "victor-popa", "dan-lungu"))
    assert ("maria-sandu", "supports_ban") in got
    assert ("elena-cojocaru", "supports_ban") in got


def test_a_failing_that_others_feel_or_the_measure_ends_is_no_label_of_its_makers():
    # "the end of fear" (not a word that shows the failing), "a product of the fear families have known" (felt by
    # others) condemn nothing; "a symptom of the regime's panic" still does
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a child safety campaigner, described the "
            "block as the end of fear for families. Ion Cebotari, a campaigner, called the block a product of the "
            "fear families have known for years. Victor Popa, an opposition deputy, called the block a symptom of the "
            "regime's panic.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("ion-cebotari", "opposes_ban") not in got
    assert ("victor-popa", "opposes_ban") in got


def test_a_standard_for_every_measure_applied_to_this_one_backs_it():
    # "any block should be lawful, and this one is": the standard is met by the measure told; the bare standard
    # is no verdict
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a rights lawyer, said any block must be "
            "necessary, and this one plainly is. Ion Cebotari, a rights lawyer, said all such restrictions had to be "
            "lawful and that the block was justified. Victor Popa, a rights lawyer, said any restrictions must be "
            "necessary and proportionate.",
            ROUND,
        )
    )
    assert ("ana-rusu", "supports_ban") in got
    assert ("ion-cebotari", "supports_ban") in got
    assert ("victor-popa", "supports_ban") not in got


def test_a_judgement_of_the_measure_all_but_denied_or_doubted_turns_against_it():
    # "hardly sound", "doubted the block was wise": the good word denied; the plain judgement still backs
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a law professor, said the order was "
            "scarcely sound. Ion Cebotari, a lawyer, said he doubted the block was wise. Victor Popa, a lawyer, said "
            "the order was legally solid.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") in got
    assert ("ion-cebotari", "opposes_ban") in got
    assert ("victor-popa", "supports_ban") in got


def test_an_objection_to_a_step_told_of_the_measure_is_no_objection_to_it():
    # "objected to the ban being lifted", "to the restrictions on the press being eased": the step on the measure is
    # what is objected to; "objected to the order" still opposes
    got = stances(
        run(
            "Moldova blocked Viber across the country on Sunday. Ana Rusu, a deputy, objected to the ban being "
            "lifted. Civic Net objected to the restrictions on the press being eased. Ion Cebotari, an opposition deputy, "
            "objected to the order.",
            ROUND,
        )
    )
    assert ("ana-rusu", "opposes_ban") not in got
    assert ("civic-net", "opposes_ban") not in got
    assert ("ion-cebotari", "opposes_ban") in got


KEPT_ENTS = [
    ("Moldova", J),
    ("Zapchat", P),
    ("Ion Rusu", PER),
    ("Ana Popa", PER),
    ("Dan Lungu", PER),
    ("Nils Ek", PER),
    ("Sara Berg", PER),
]


def test_the_measure_kept_until_the_banned_side_complies_backs_it():
    # the measure's terms, told by the imposing side: "stays until ...", "kept offline until ...", "as long as ..."
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Interior Minister Ion Rusu said the app will be kept "
            "offline until it complies. Justice Minister Ana Popa said the block will stay in place for as long as "
            "the company refuses to obey Moldovan law. Sara Berg, a lawyer, said the suspension should have stayed "
            "until the company deleted the data.",
            KEPT_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") in got
    assert ("ana-popa", "supports_ban") in got
    assert ("sara-berg", "supports_ban") in got


def test_a_stay_until_a_date_or_of_something_else_takes_no_side():
    # a time, no clause of terms; an embassy kept closed; an analyst's forecast, not a stay wished for
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Tech analyst Nils Ek said the ban was likely to "
            "remain in place until March. Foreign Minister Dan Lungu said the embassy would remain closed until the "
            "crisis ends. Sara Berg, a consultant, said the ban would probably stay until the company complies.",
            KEPT_ENTS,
        )
    )
    assert ("nils-ek", "supports_ban") not in got
    assert ("dan-lungu", "supports_ban") not in got
    assert ("sara-berg", "supports_ban") not in got


REBUT_ENTS = [("Moldova", J), ("Zapchat", P), ("Blue Holdings", ORG)]


def test_the_banned_side_naming_the_charge_false_denies_it():
    # "called the allegations unfounded": the charge named false (a denial), not the ban
    got = stances(
        run(
            "Moldova banned the messaging app Zapchat from government phones on Monday, citing risks to national "
            "security. Zapchat, which is owned by Blue Holdings, has called the allegations unfounded.",
            REBUT_ENTS,
        )
    )
    assert ("zapchat", "denies_allegation") in got
    assert ("zapchat", "opposes_ban") not in got


def test_naming_the_ban_unfounded_or_the_charge_serious_is_no_denial():
    got = stances(
        run(
            "Moldova banned the messaging app Zapchat from government phones on Monday, citing risks to national "
            "security. Zapchat called the ban unfounded.",
            REBUT_ENTS,
        )
    )
    assert ("zapchat", "opposes_ban") in got
    assert ("zapchat", "denies_allegation") not in got
    got = stances(
        run(
            "Moldova banned the messaging app Zapchat from government phones on Monday, citing risks to national "
            "security. Zapchat called the allegations serious and said it would cooperate.",
            REBUT_ENTS,
        )
    )
    assert ("zapchat", "denies_allegation") not in got


AIM_ENTS = [
    ("Moldova", J),
    ("Viber", P),
    ("Ion Rusu", PER),
    ("Civic Net", ORG),
    ("Dan Ek", PER),
]


def test_the_measure_told_as_protection_backs_it():
    # "the law is about letting kids be kids": the measure's aim told as protection
    got = stances(
        run(
            "Moldova's parliament on Monday passed a law barring children under 16 from social media platforms such "
            "as Viber. Prime Minister Ion Rusu said the law was about letting kids be kids.",
            AIM_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") in got


def test_protection_denied_or_told_of_something_else_does_not_back_the_measure():
    # the aim after "not" is denied, not claimed; a debate's aim is no measure's
    got = stances(
        run(
            "Moldova's parliament on Monday passed a law barring children under 16 from social media platforms such "
            "as Viber. Civic Net said the law was about control, not about protecting anybody. Dan Ek, a teacher, "
            "said the debate was about keeping pace with technology.",
            AIM_ENTS,
        )
    )
    assert ("civic-net", "opposes_ban") in got
    assert ("civic-net", "supports_ban") not in got
    assert ("dan-ek", "supports_ban") not in got


UNDOING_ENTS = [
    ("Moldova", J),
    ("Viber", P),
    ("Civic Net", ORG),
    ("Dan Ek", PER),
    ("Elena Moraru", PER),
]


def test_welcoming_the_measures_undoing_opposes_it():
    # "welcomed the restoration of the service", "hailed the lifting of the ban": only the measure's foes welcome it
    got = stances(
        run(
            "A court in Chisinau on Friday ordered the authorities to restore access to Viber, which Moldova blocked "
            "in May. In a statement, Viber welcomed the restoration of the service. Civic Net hailed the lifting of "
            "the ban.",
            UNDOING_ENTS,
        )
    )
    assert ("viber", "opposes_ban") in got
    assert ("civic-net", "opposes_ban") in got


def test_welcoming_the_return_of_something_else_takes_no_side():
    got = stances(
        run(
            "A court in Chisinau on Friday ordered the authorities to restore access to Viber, which Moldova blocked "
            "in May. Dan Ek, a local trader, welcomed the reopening of the border crossing. Elena Moraru, an "
            "opposition MP, welcomed the return of the ambassador.",
            UNDOING_ENTS,
        )
    )
    assert ("dan-ek", "opposes_ban") not in got
    assert ("elena-moraru", "opposes_ban") not in got


def test_naming_the_charge_not_or_hardly_false_is_a_concession_not_a_denial():
    for label in ("as not entirely groundless", "hardly baseless, given earlier leaks,"):
        got = stances(
            run(
                "Moldova banned the messaging app Zapchat from government phones on Monday, citing risks to national "
                f"security. A Zapchat spokesperson described the accusations {label} and said the company had patched "
                "the flaw.",
                REBUT_ENTS,
            )
        )
        assert ("zapchat", "denies_allegation") not in got, label
    # the plain label still denies
    got = stances(
        run(
            "Moldova banned the messaging app Zapchat from government phones on Monday, citing risks to national "
            "security. A Zapchat spokesperson described the accusations as groundless.",
            REBUT_ENTS,
        )
    )
    assert ("zapchat", "denies_allegation") in got


def test_a_stay_forecast_or_tied_to_another_s_doing_takes_no_side():
    # an office holder's forecast ("would likely remain"), and a stay until others act (not the banned side
    # complying), tell no terms of the measure
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Foreign Minister Dan Lungu of Latveria said the block "
            "would likely remain in place until Chisinau and Brussels settle their wider quarrel. Opposition MP Nils "
            "Ek said the app would stay blocked until the government falls.",
            [*KEPT_ENTS, ("Latveria", J)],
        )
    )
    assert ("dan-lungu", "supports_ban") not in got
    assert ("nils-ek", "supports_ban") not in got
    # the banned side's own compliance still tells the terms
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Interior Minister Ion Rusu said Zapchat would remain "
            "banned until it opened a local office.",
            KEPT_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") in got


def test_an_aim_that_keeps_no_one_safe_or_is_set_aside_does_not_back_the_measure():
    # "keeping" with no safe state brought about; "safety" only modifying the noun, with the real aim set aside by
    # "rather than"
    for aim in ("keeping teenagers silent", "safety theatre rather than genuine protection"):
        got = stances(
            run(
                "Moldova's parliament on Monday passed a law barring children under 16 from social media platforms "
                f"such as Viber. Dan Ek, a teacher, said the law was about {aim}.",
                AIM_ENTS,
            )
        )
        assert ("dan-ek", "supports_ban") not in got, aim
    # keeping the young safe still backs it
    got = stances(
        run(
            "Moldova's parliament on Monday passed a law barring children under 16 from social media platforms such "
            "as Viber. Prime Minister Ion Rusu said the law was about keeping teenagers safe online.",
            AIM_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") in got


def test_welcoming_a_measure_brought_back_or_another_s_undoing_is_no_opposition():
    # the measure itself reinstated; another country's ban on something else lifted; a reopening of nothing told;
    # the return of a thing that is not the banned side
    got = stances(
        run(
            "A court in Chisinau on Monday suspended the order blocking Viber. An appeals court on Friday restored the "
            "block. Civic Net welcomed the reinstatement of the ban. Dan Ek, a trade envoy, welcomed the lifting of "
            "Latveria's ban on Moldovan wine. Elena Moraru, a regulator, welcomed the reopening on Friday. The "
            "rights group Open Lines welcomed the return of the internet in Gagauzia.",
            [*UNDOING_ENTS, ("Latveria", J), ("Gagauzia", J), ("Open Lines", ORG)],
        )
    )
    assert ("civic-net", "opposes_ban") not in got
    assert ("dan-ek", "opposes_ban") not in got
    assert ("elena-moraru", "opposes_ban") not in got
    assert ("open-lines", "opposes_ban") not in got


def test_the_measure_told_lasting_until_the_banned_side_complies_backs_it():
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Interior Minister Ion Rusu said the block would "
            "continue until Zapchat registers a local office.",
            KEPT_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") in got
    # protests lasting until the ban is lifted tell no terms
    got = stances(
        run(
            "Moldova blocked the messaging app Zapchat on Monday. Interior Minister Ion Rusu said the protests would "
            "continue until the block is lifted.",
            KEPT_ENTS,
        )
    )
    assert ("ion-rusu", "supports_ban") not in got


def test_the_measure_that_is_to_stay_until_the_banned_side_complies_backs_it():
    # "is to stay": the keeping verb hangs on "be", whose subject is the measure (from a judge of the court that
    # ordered it, not the imposing government's own voice)
    story = "Moldova's Supreme Court ordered the suspension of Zapchat on Friday. "
    said = "The block is to stay in place until the company complies with all pending orders, Justice Ana Popa said."
    got = stances(run(story + said, [*KEPT_ENTS, ("Supreme Court", ORG)]))
    assert ("ana-popa", "supports_ban") in got
    assert ("ana-popa", "denies_allegation") not in got
    # an aim that is to last is no measure kept
    said = "Justice Ana Popa said the aim is to stay in touch with the company until it complies with all orders."
    got = stances(run(story + said, [*KEPT_ENTS, ("Supreme Court", ORG)]))
    assert ("ana-popa", "supports_ban") not in got


def test_a_second_that_clause_after_a_comma_is_still_the_speakers_words():
    # "said A, but that B": the parser hangs B on the reporting verb; it is the second thing said
    said = (
        "Interior Minister Ion Rusu has said the door is open to talks, but that the block will stay until Zapchat "
        "registers a local office."
    )
    got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
    assert ("ion-rusu", "supports_ban") in got
    # a clause of the story's own, with no "that", stays apart
    said = "Ion Rusu said the door is open to talks, and the block will stay until Zapchat registers a local office."
    got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
    assert ("ion-rusu", "supports_ban") not in got


US_CHINA = [*US, ("China", J, ["Beijing"])]


def test_data_funnelled_or_sent_to_the_banned_sides_country_backs_the_ban():
    for said in (
        "Jo Park argued that TikTok funnels residents' personal data to Beijing.",
        "Jo Park said TikTok sends residents' personal data to China.",
    ):
        assert ("jo-park", "supports_ban") in stances(
            run("Ohio on Monday banned TikTok on state devices. " + said, US_CHINA)
        )
    # elsewhere, or not at all
    for said in (
        "Jo Park said TikTok sends residents' personal data to servers in Virginia.",
        "Jo Park said TikTok ships its phones to China for repairs.",
    ):
        got = stances(run("Ohio on Monday banned TikTok on state devices. " + said, US_CHINA))
        assert ("jo-park", "supports_ban") not in got


def test_a_measure_without_legal_justification_or_grounds_is_opposed():
    # "justification" and "grounds" deny the measure's basis as "basis" does
    for said in (
        "Counsel for the petitioners, Dan Lungu, argued that the block had been imposed without any legal "
        "justification and was a clear violation of the law.",
        "Dan Lungu, a lawyer, said the government had no legal grounds for the block.",
    ):
        got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
        assert ("dan-lungu", "opposes_ban") in got
        assert ("dan-lungu", "supports_ban") not in got
    # a basis asserted, or denied to the measure's challenger, opposes nothing
    for said in (
        "Dan Lungu, a lawyer, said the block had a sound legal justification.",
        "Interior Minister Ion Rusu said the company's complaint had no legal grounds.",
    ):
        got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
        assert not any(st == "opposes_ban" for _, st in got)


def test_the_banned_side_saying_it_has_no_back_doors_and_follows_the_law_denies_the_charge():
    for said in (
        "The company said its servers contain no back doors.",
        "Zapchat also said it follows the law in every country where it operates and that the data of users is not "
        "processed outside the phone.",
    ):
        got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
        assert ("zapchat", "denies_allegation") in got
    # the law the imposer says every platform must follow backs the measure; an analyst's finding denies nothing
    said = "Interior Minister Ion Rusu said every platform in Moldova must follow the law."
    got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
    assert ("ion-rusu", "supports_ban") in got
    said = "Dan Lungu, an analyst at a think tank, said the app contains no back doors that researchers have found."
    got = stances(run("Moldova blocked the messaging app Zapchat on Monday. " + said, KEPT_ENTS))
    assert ("dan-lungu", "denies_allegation") not in got


def test_backing_the_decision_before_a_joined_reporting_verb_supports_it():
    # "backed the decision but argued ...": the reporting verb with no subject of its own is joined to the backing
    story = "Moldova's Supreme Court upheld the suspension of Zapchat on Monday. "
    said = "Justice Dan Lungu backed the decision but argued the fine on users should apply only to criminal posts."
    assert ("dan-lungu", "supports_ban") in stances(run(story + said, [*KEPT_ENTS, ("Supreme Court", ORG)]))
    # another's backing, joined to a clause with a subject of its own, is not the speaker's
    said = (
        "The parliament backed the decision, and Dan Lungu, an analyst, argued the fine on users should apply only "
        "to criminal posts."
    )
    assert ("dan-lungu", "supports_ban") not in stances(run(story + said, [*KEPT_ENTS, ("Supreme Court", ORG)]))


def test_the_message_a_measure_sends_judges_it():
    story = "Moldova blocked Zapchat on Monday. "
    said = "Sara Berg, a researcher at a think tank, said the decision sent an important message."
    assert ("sara-berg", "supports_ban") in stances(run(story + said, KEPT_ENTS))
    # a message with no judgement, or one the banned side sent, judges no measure
    for said in (
        "Sara Berg, a researcher at a think tank, said the ban sent a message to Zapchat.",
        "Sara Berg, a researcher at a think tank, said the company sent an important message to its users.",
    ):
        assert ("sara-berg", "supports_ban") not in stances(run(story + said, KEPT_ENTS))


def test_own_conduct_phrases_deny_only_from_the_banned_side_and_not_of_a_measure():
    # the banned side telling its own conduct still denies the charge
    story = "Moldova blocked the messaging app Zapchat on Monday. "
    said = "Zapchat said it follows the laws of every country where it operates."
    assert ("zapchat", "denies_allegation") in stances(run(story + said, KEPT_ENTS))
    # a judge's "does not follow the law", a judge's "no back door for it to return": the charge pressed, no denial
    for said in (
        "Justice Ana Popa said Zapchat does not follow the law and refuses to name a local representative.",
        "Justice Ana Popa said there is no back door for Zapchat to return without paying its fines.",
    ):
        assert ("ana-popa", "denies_allegation") not in stances(run(story + said, KEPT_ENTS))
    # the measure following the law in time, or a "lawsuit": no conduct of the banned side told
    for said in (
        "A Zapchat spokesperson said the shutdown follows the law signed by the president in April.",
        "A Zapchat spokesperson said the company's response follows the lawsuit filed by five users last week.",
    ):
        assert ("zapchat", "denies_allegation") not in stances(run(story + said, KEPT_ENTS))


def test_data_sent_to_the_banned_sides_country_told_unshown_backs_nothing():
    # the sending a complement of "no evidence" / "no proof" / a negated verb: nothing shown, no case for the ban
    for said in (
        "Jo Park, a security researcher, said he found no evidence that TikTok sends users' data to China.",
        "Jo Park, a security researcher, said there is no proof that TikTok funnels data to Beijing.",
        "Jo Park, a security researcher, said he did not find that TikTok sends users' data to China.",
    ):
        got = stances(run("Ohio on Monday banned TikTok on state devices. " + said, US_CHINA))
        assert ("jo-park", "supports_ban") not in got
    # told as a fact, it still backs the ban
    said = "Jo Park said TikTok sends residents' personal data to China."
    assert ("jo-park", "supports_ban") in stances(
        run("Ohio on Monday banned TikTok on state devices. " + said, US_CHINA)
    )


def test_backing_told_before_a_joined_reporting_verb_of_a_later_time_is_no_backing_now():
    # "initially backed the decision but later argued ...", "had backed ... but on Monday argued ...": a change of mind
    story = "Moldova's Supreme Court upheld the suspension of Zapchat on Monday. "
    ents = [*KEPT_ENTS, ("Supreme Court", ORG)]
    for said in (
        "Justice Dan Lungu initially backed the decision but later argued it should be reversed.",
        "Justice Dan Lungu had backed the decision in August but on Monday argued it should be reversed.",
    ):
        assert ("dan-lungu", "supports_ban") not in stances(run(story + said, ents))
    # the backing and the saying at one time still back the measure
    said = "Justice Dan Lungu backed the decision but argued the fine on users should apply only to criminal posts."
    assert ("dan-lungu", "supports_ban") in stances(run(story + said, ents))


def test_no_legal_grounds_for_undoing_the_measure_opposes_nothing():
    # the basis denied to lifting the measure refuses its undoing: no case against the measure
    story = "Moldova blocked the messaging app Zapchat on Monday. "
    for said in (
        "Interior Minister Ion Rusu said there were no legal grounds for lifting the block.",
        "Interior Minister Ion Rusu said there was no legal basis for lifting the block.",
    ):
        got = stances(run(story + said, KEPT_ENTS))
        assert ("ion-rusu", "opposes_ban") not in got
    # the measure's own basis denied still opposes it
    said = "Dan Lungu, a lawyer, said the government had no legal grounds for the block."
    assert ("dan-lungu", "opposes_ban") in stances(run(story + said, KEPT_ENTS))


def test_the_message_a_measure_does_not_send_opposes_it_and_denies_nothing():
    # "does not send" told of the measure judges it; it denies no charge against the banned side
    story = "Moldova blocked Zapchat on Monday. "
    for said in (
        "Sara Berg, a researcher at a think tank, said the ban does not send the right signal.",
        "Sara Berg said the ban did not send the right message.",
    ):
        got = stances(run(story + said, KEPT_ENTS))
        assert ("sara-berg", "opposes_ban") in got
        assert ("sara-berg", "denies_allegation") not in got
