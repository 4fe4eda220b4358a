"""Roles alone: the phrase shapes that attach a title to a name, and where the organisation comes from."""

from __future__ import annotations

import pytest

from loaders.extract.entities import annotate
from loaders.extract.nlp import get_nlp
from loaders.extract.roles import extract_roles
from loaders.model import Document


def roles_of(text: str) -> dict[str, tuple[str, str | None]]:
    document = Document(id="r", text=text)
    adoc = annotate(document, get_nlp()(text))
    roles = extract_roles(adoc)
    for role in roles:
        assert role.evidence, role
        for ev in role.evidence:
            assert ev.extractor.startswith("roles.")
            assert ev.start < ev.end and text[ev.start : ev.end] in ev.sentence
    return {adoc.entities[r.person].name: (r.title, r.organisation) for r in roles}


def test_premodifier_title_with_national_organisation():
    got = roles_of("Norway restricted the app on Monday. Digitalisation Minister Karianne Tung said the risk was real.")
    assert got["Karianne Tung"] == ("Digitalisation Minister", "jurisdiction/norway")


def test_premodifying_state_gives_the_organisation():
    got = roles_of("Ohio Governor Mike DeWine signed the order on Tuesday.")
    assert got["Mike DeWine"] == ("Governor", "jurisdiction/ohio")


def test_apposition_with_possessive_organisation():
    got = roles_of(
        "Snapchat was blocked in the country. Lena Park, the app's head of trust and safety, called it a mistake."
    )
    title, org = got["Lena Park"]
    assert title.startswith("head of trust")
    assert org == "product/snapchat"


def test_apposition_with_of_complement():
    got = roles_of("Doug Downey, the Attorney-General of Ontario, defended the provincial rule.")
    assert got["Doug Downey"] == ("Attorney-General of Ontario", "jurisdiction/ontario")


def test_title_before_the_name_with_possessor():
    got = roles_of("Sweden's Minister for Civil Defence, Carl-Oskar Bohlin, said agencies must comply.")
    title, org = got["Carl-Oskar Bohlin"]
    assert title == "Minister for Civil Defence"
    assert org == "jurisdiction/sweden"


def test_title_words_are_open_ended_data_not_a_short_list():
    got = roles_of("Brazil's Ombudsman, Lucia Ferreira, asked for a review. Comptroller Rafael Souza agreed.")
    assert got["Lucia Ferreira"][0] == "Ombudsman"
    assert got["Rafael Souza"][0] == "Comptroller"


def test_plural_title_introducing_a_list_of_people():
    got = roles_of("Lawmakers including Ann Cole and Peter Drake wrote to the company.")
    assert got["Ann Cole"][0] == "Lawmaker"
    assert got["Peter Drake"][0] == "Lawmaker"
    senators = roles_of("Senators Ann Cole and Peter Drake introduced a bill in the US Senate.")
    assert senators["Ann Cole"] == ("Senator", "organisation/united-states-senate")
    assert senators["Peter Drake"] == ("Senator", "organisation/united-states-senate")


def test_title_subject_matches_a_named_body():
    got = roles_of("The Department of Agriculture issued the rule. Agriculture Secretary Tom Hale explained it.")
    assert got["Tom Hale"][1] == "organisation/department-of-agriculture"


def test_no_role_from_a_plural_noun_phrase_before_a_name():
    got = roles_of("Despite its use by departments and individual ministers, Carl Moss has advised caution.")
    assert "Carl Moss" not in got


def test_no_role_without_a_title_word():
    got = roles_of("Carl Moss, the man who built the first version, left in 2019.")
    assert "Carl Moss" not in got


def test_demonym_and_definite_description_give_the_country():
    got = roles_of("China objected. Chinese Foreign Ministry spokesman Wang Wenbin called the ban unfair.")
    title, org = got["Wang Wenbin"]  # the ministry is a body of its own now (generic institution alias)
    assert "spokesman" in title and org == "organisation/ministry-of-foreign-affairs-of-china"
    got = roles_of("Ghana lifted the block. The country's president, Kofi Mensah, welcomed the move.")
    assert got["Kofi Mensah"] == ("president", "jurisdiction/ghana")


def test_abbreviated_titles_before_a_name_are_titles_not_part_of_the_name():
    got = roles_of("Ohio banned the app. Gov. Mike DeWine said the risk was real. State Sen. Ann Cole agreed.")
    assert got["Mike DeWine"][0] == "Gov."  # the title as written
    assert got["Ann Cole"][0] == "State Sen."


def test_an_abbreviated_title_is_reported_as_written_and_still_finds_its_office():
    got = roles_of(
        "Gov. Laura Kelly barred the app from Kansas state phones on Monday. Sen. Jerry Moran praised the order. "
        "Rep. Sharice Davids said nothing."
    )
    assert got["Laura Kelly"] == ("Gov.", "jurisdiction/kansas")
    assert got["Jerry Moran"][0] == "Sen."
    assert got["Sharice Davids"][0] == "Rep."


def test_a_ministers_portfolio_listing_several_words_is_one_title():
    got = roles_of(
        "Senegal suspended TikTok, the Minister of Communication, Telecommunications and the Digital Economy, "
        "Moussa Bocar Thiam, said on Wednesday."
    )
    assert got["Moussa Bocar Thiam"][0] == "Minister of Communication, Telecommunications and the Digital Economy"


def test_a_long_portfolio_title_before_the_name_is_the_title():
    for text, name, title in (
        (
            "India lifted the ban. Minister of State for Electronics and IT Rajeev Chandrasekhar said the game was "
            "back.",
            "Rajeev Chandrasekhar",
            "Minister of State for Electronics and IT",
        ),
        (
            "Kenya lifted the ban. Cabinet Secretary for Information and Communications Eliud Owalo said it was over.",
            "Eliud Owalo",
            "Cabinet Secretary for Information and Communications",
        ),
    ):
        got = roles_of(text)
        assert name in got, (text, got)
        assert got[name][0] == title, (text, got)


def test_a_title_in_apposition_before_a_rank_and_name():
    for text, name, title in (
        (
            "The ban was confirmed by an Army spokeswoman, Lieutenant Colonel Robin Ochoa. She called it a threat.",
            "Robin Ochoa",
            "spokeswoman",
        ),
        ("The ban was confirmed by a Navy spokesman, Commander Jane Doyle.", "Jane Doyle", "spokesman"),
        ("The order came from the police chief, Inspector General Musa Bello.", "Musa Bello", "police chief"),
    ):
        got = roles_of(text)
        assert name in got, (text, got)
        assert title in got[name][0], (text, got)


def test_a_plural_title_reaches_a_member_after_anothers_apposition():
    got = roles_of(
        "On March 3, Senators Maria Cantwell, a Democrat, and Roger Wicker, a Republican, introduced a bill "
        "to bar the app from federal devices."
    )
    assert got["Roger Wicker"][0].lower().startswith("senator")
    assert got["Maria Cantwell"][0].lower().startswith("senator")


def test_a_fellow_at_a_think_tank_holds_a_title():
    got = roles_of("Priya Raman, a senior fellow at the Harbor Policy Institute, argued that the ban went too far.")
    assert got["Priya Raman"][0].startswith("senior fellow")


def test_a_trade_with_no_body_named_is_the_persons_title_unless_told_for_a_past_deed():
    got = roles_of(
        "Kenya blocked the app on Monday. Amina Odhiambo, a digital rights researcher based in Nairobi, said the "
        "block was pointless. Peter Mwangi, an analyst at Savannah Securities, agreed. Joseph Kariuki, a lawyer "
        "who helped write the 2018 data law, disagreed."
    )
    assert got["Amina Odhiambo"] == ("digital rights researcher", None)
    assert got["Peter Mwangi"][0].startswith("analyst")
    assert "Joseph Kariuki" not in got  # a calling told for what the person once did, no standing title


def test_a_long_regional_portfolio_in_apposition_is_the_title():
    got = roles_of(
        "Huawei welcomed the ruling. Kenneth Fredriksen, the company's executive vice-president for Central and "
        "Eastern Europe and the Nordic region, said the ban would harm competition."
    )
    assert got["Kenneth Fredriksen"][0].startswith("executive vice-president for Central and Eastern Europe")


def test_a_plural_abbreviated_title_split_by_the_tokenizer_gives_each_member_the_title():
    got = roles_of("The bill, sponsored by state Sens. Maria Lopez, D-Austin, and Tom Baker, R-Waco, passed in May.")
    assert got["Maria Lopez"][0] == "state Sen."
    assert got["Tom Baker"][0] == "state Sen."
    got = roles_of("Reps. Ann Cole and Raj Patel wrote to the agency on Monday.")
    assert got["Ann Cole"][0] == "Rep." and got["Raj Patel"][0] == "Rep."


def test_a_relative_clause_on_the_name_gives_the_office_over_the_named_body():
    got = roles_of("Ola Nordmann, who heads the Norwegian Data Protection Authority, warned users on Friday.")
    assert got["Ola Nordmann"] == ("heads", "organisation/datatilsynet")  # the verb as written, the body by name
    assert roles_of("Mia Cho, who runs a bakery in Busan, said sales fell.") == {}
    assert roles_of("Lars Holm, who chairs the committee, said so.") == {}


def test_a_title_before_an_honoured_name_with_letters_after_it():
    got = roles_of(
        "Canberra barred the app on Monday. The Minister for Trade, the Hon Jane Whitlock MP, said the rule was "
        "overdue."
    )
    assert got["Jane Whitlock"][0] == "Minister for Trade"


def test_a_title_in_apposition_after_the_home_state_of_a_name():
    text = (
        "Senator Jane Doyle of Nebraska, the Republican chairman of the Senate Commerce Committee, posted that the "
        "law is the law."
    )
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    titles = {r.title for r in extract_roles(adoc) if adoc.entities[r.person].name == "Jane Doyle"}
    assert any("chairman" in t for t in titles), titles


def test_a_participle_inside_the_title_is_part_of_it():
    got = roles_of("Marta Ruiz, an investigating judge at the High Court, ordered the block on Friday.")
    assert got["Marta Ruiz"][0].startswith("investigating judge")
    got = roles_of("Jon Bell, the presiding judge, said the case would resume.")
    assert got["Jon Bell"][0].startswith("presiding judge")


def test_an_adjective_title_word_on_another_noun_is_no_title():
    got = roles_of("They watched the trial of party chairman Amos Kiri, ahead of general elections due in May.")
    assert got["Amos Kiri"][0] == "party chairman"  # the premodifier; no second title from the clause after


def test_a_governor_placed_in_a_state_is_not_also_governor_of_a_country_named_beside():
    document = Document(
        id="r",
        text="Gov. Ann Wells has ordered Ohio state agencies to remove the apps. "
        "To recap: Gov. Ann Wells ordered agencies to remove six apps with ties to China.",
    )
    adoc = annotate(document, get_nlp()(document.text))
    got = {(adoc.entities[r.person].name, r.title, r.organisation) for r in extract_roles(adoc)}
    assert ("Ann Wells", "Gov.", "jurisdiction/ohio") in got
    assert ("Ann Wells", "Gov.", "jurisdiction/china") not in got


def test_the_agent_of_founded_by_is_the_founder():
    got = roles_of("Zoomlink, founded by Maria Gonzalez, sells antivirus software in Peru.")
    assert got["Maria Gonzalez"][0] == "founder"


def test_the_agent_of_an_unrelated_passive_holds_no_office():
    got = roles_of("The bill was praised by Maria Gonzalez on Tuesday.")
    assert "Maria Gonzalez" not in got


def test_a_portfolio_with_an_article_stays_out_of_the_name_and_in_the_title():
    got = roles_of('"We will not wait," Minister of the Interior Chen Mei-ling told reporters in Taipei.')
    assert got["Chen Mei-ling"][0] == "Minister of the Interior"
    got = roles_of("Minister of the Interior Ana Lopes told a news conference the ban stands.")
    assert got["Ana Lopes"][0] == "Minister of the Interior"


def test_a_relative_clause_telling_a_described_duty_gives_it_as_the_title():
    got = roles_of('"It is early," said Rachel Moore, who teaches media law at the University of Ghana.')
    assert got["Rachel Moore"][0] == "teaches media law"
    got = roles_of("Ivan Petrenko, who chairs the parliamentary committee on privacy, said the decision was overdue.")
    assert got["Ivan Petrenko"][0].startswith("chairs the parliamentary committee")
    assert roles_of("Lars Holm, who leads the investigation, said so.") == {}


def test_a_described_duty_whose_phrase_the_parser_hangs_on_the_verb():
    got = roles_of(
        "In the Storting, Oda Lindqvist, who chairs the committee on transport and digital policy, said no ban was "
        "planned."
    )
    assert got["Oda Lindqvist"][0] == "chairs the committee on transport and digital policy"
    assert roles_of("Oda Lindqvist, who chairs the meeting on Friday, said no ban was planned.") == {}


@pytest.mark.parametrize(
    "clause",
    [
        "who chairs the committee on a temporary basis",
        "who chaired the commission for three terms",
        "who chairs the council on behalf of Norway",
        "who led the delegation on a trip to Oslo last spring",
        "who heads the panel for the second time",
    ],
)
def test_a_manner_time_or_count_after_a_bare_body_is_no_described_duty(clause):
    assert roles_of(f"Oda Lindqvist, {clause}, said no ban was planned.") == {}


def test_a_name_in_apposition_with_an_officer_title_is_a_person():
    got = roles_of(
        "Luukas Mets, the Estonian government's chief information officer, said on Thursday that agencies would act."
    )
    assert got["Luukas Mets"][0] == "chief information officer"


def test_a_coordinator_is_a_title():
    got = roles_of(
        "Kenya blocked the app in March. Wanjiru Otieno, national coordinator of the Open Internet Alliance, "
        "said the block hurt small traders."
    )
    assert got["Wanjiru Otieno"][0].startswith("national coordinator")


def test_an_abbreviated_title_glued_to_elect_is_one_title():
    got = roles_of("Ohio set the rule in May. Gov.-elect Dana Whitlow said she would review the directive.")
    assert got["Dana Whitlow"][0] == "Gov.-elect"


def test_a_title_before_a_body_s_acronym_in_brackets_and_the_name():
    got = roles_of(
        "The Director-General of the Ghana Cyber Security Authority (GCSA), Kwabena Asante, said the block would stay."
    )
    assert got["Kwabena Asante"][0].startswith("Director-General")


def _titles_of(text: str, person: str) -> list[str]:
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    return [r.title for r in extract_roles(adoc) if adoc.entities[r.person].name == person]


def test_one_office_told_twice_is_one_role_the_first_told():
    text = (
        "Telecoms minister Ruth Adeyemi said the block would stay. Later, Ruth Adeyemi, the Minister of "
        "Communications and Digital Economy, told reporters the app had been warned."
    )
    assert _titles_of(text, "Ruth Adeyemi") == ["Telecoms minister"]
    text = "President-elect Maria Sandoval says she will lift the ban. Her aides said President Sandoval had listened."
    assert _titles_of(text, "Maria Sandoval") == ["President-elect"]


def test_several_post_nominal_letters_close_the_name_after_a_title_in_apposition():
    got = roles_of("In May, the Attorney-General, the Hon Mark Dreyfus KC MP, announced that Temu would be banned.")
    assert got["Mark Dreyfus"][0] == "Attorney-General"


def test_the_office_named_after_as_in_a_relative_clause_is_the_title():
    got = roles_of("Maria Lund, who heads the Swedish Post and Telecom Authority as its director-general, welcomed it.")
    assert got["Maria Lund"] == ("director-general", "organisation/swedish-post-and-telecom-authority")


def test_the_head_word_alone_restates_an_office_told_in_full():
    text = (
        "Australia banned the app. The Minister for Home Affairs, the Hon Jane Holt MP, said the Department of Home "
        'Affairs had acted. "We will act," Minister Holt said.'
    )
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    assert [r.title for r in extract_roles(adoc)] == ["Minister for Home Affairs"]


def test_a_title_whose_complement_has_a_complement_is_cut_from_the_name_after_it():
    text = "The review came after Chancellor of the Duchy of Lancaster Ann Whitley told MPs that a risk had been found."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    assert [e.name for e in adoc.entities.values() if e.kind == "Person"] == ["Ann Whitley"]
    got = {adoc.entities[r.person].name: r.title for r in extract_roles(adoc)}
    assert got == {"Ann Whitley": "Chancellor of the Duchy of Lancaster"}


def test_the_agent_of_led_by_is_the_leader_of_the_body():
    text = "The critics agreed. The Liberal Union, led by former minister Ana Petrova, called the ban an attack."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    got = {(r.title, r.organisation) for r in extract_roles(adoc)}
    assert ("leader", "organisation/liberal-union") in got and ("former minister", None) in got


def test_the_agent_of_led_by_an_undertaking_is_no_leader_of_a_body():
    text = "The inquiry by the ethics panel, led by Judge Ana Petrova, found no fault with the ban."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    assert not any(r.title == "leader" and r.organisation is None for r in extract_roles(adoc))


def test_a_governors_office_is_the_states_not_a_countrys_the_sentence_names():
    got = roles_of(
        "Nebraska ordered the app off state phones on Monday. Governor Dana Whitfield said software tied to Russia "
        "had no place on the state network."
    )
    assert got["Dana Whitfield"] == ("Governor", "jurisdiction/nebraska")


def test_an_institutions_governor_is_no_office_of_the_state_the_story_names():
    got = roles_of("Ohio barred the app from state laptops. Reserve Bank Governor Adaeze Okafor said Ghana would wait.")
    assert got["Adaeze Okafor"][1] == "jurisdiction/ghana"
    got = roles_of(
        "Idaho banned the app statewide in June. Monetary Board Governor Tomas Reyes said prices were rising."
    )
    assert got["Tomas Reyes"][1] != "jurisdiction/idaho"


def test_a_trade_before_a_name_is_a_role_only_with_the_body_it_works_for():
    got = roles_of("Kenya blocked the app. Privacy activist Wanjiru Kamau said the block was unlawful.")
    assert "Wanjiru Kamau" not in got, got
    got = roles_of("Kenya blocked the app. Wanjiru Kamau, an activist with Amnesty International, called it unlawful.")
    assert got["Wanjiru Kamau"][1] is not None


def test_a_title_the_ner_tagged_with_the_name_as_a_body_is_the_persons_office():
    got = roles_of("Ireland banned the app. Taoiseach Niamh Ní Bhriain said it was sensible.")
    assert got["Niamh Ní Bhriain"][0] == "Taoiseach"


def test_a_party_word_before_an_elected_office_is_not_part_of_the_title():
    got = roles_of("A bill from Ohio Democratic Sen. Carla Munoz would bar the app. Labour leader Tom Hale agreed.")
    assert got["Carla Munoz"][0] == "Sen."
    assert got["Tom Hale"][0] == "Labour leader"  # the party's own office keeps its party


def all_roles(text: str) -> set[tuple[str, str]]:
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    return {(adoc.entities[r.person].name, r.title) for r in extract_roles(adoc)}


def test_appointed_as_gives_the_office_and_a_bare_rank_is_no_role_beside_it():
    got = all_roles(
        "On Wednesday the junta named General Mamadou Keita, commander of the presidential guard, as interim "
        "president. Aline Dufour was sworn in as prime minister the next day."
    )
    assert ("Mamadou Keita", "interim president") in got
    assert ("Mamadou Keita", "commander of the presidential guard") in got
    assert ("Mamadou Keita", "General") not in got
    assert ("Aline Dufour", "prime minister") in got


def test_a_second_office_told_by_who_serves_as_after_the_apposition():
    got = all_roles(
        "Jordan restricted the platform. Omar Haddad, the Minister of State for Legal Affairs, who also serves as "
        "the cabinet's spokesman, defended the step."
    )
    assert ("Omar Haddad", "Minister of State for Legal Affairs") in got
    assert ("Omar Haddad", "spokesman") in got


def test_a_trade_told_with_whom_it_acts_for_is_a_role():
    got = roles_of(
        "Grace Mwangi, an attorney representing Google at the tribunal, said the order was unlawful. Rahul Bose, "
        "a campaigner at Amnesty International, called it censorship."
    )
    assert got["Grace Mwangi"][0] == "attorney"
    assert got["Rahul Bose"][0].startswith("campaigner")


def test_a_duty_told_by_who_chairs_leaves_out_what_the_body_was_set_up_for():
    got = roles_of(
        "Chile paused the scheme. Ana Rojas, who chairs a Senate special inquiry committee set up to examine the "
        "contract, said the firm would be summoned."
    )
    assert got["Ana Rojas"][0] == "chairs a Senate special inquiry committee"


def test_an_office_in_the_second_part_of_an_apposition():
    got = roles_of(
        "Maria Santos, the former footballer better known as Mimi and the mayoral candidate of the Green Alliance, "
        "criticised the block."
    )
    assert got["Maria Santos"][0] == "mayoral candidate of the Green Alliance"


def test_who_chairs_it_gives_the_office_of_the_body_named_before():
    got = all_roles(
        "The National Broadband Board sets the rules for the network. Premier Lena Ortiz, who chairs it, "
        "promised to loosen them."
    )
    assert ("Lena Ortiz", "chairs") in got
    assert ("Lena Ortiz", "Premier") in got


def test_the_office_a_relative_clause_gives_is_the_verb_as_written_when_held_now():
    got = roles_of("Kofi Mensah, who leads the Accra Digital Rights Forum, called the block unlawful.")
    assert got["Kofi Mensah"][0] == "leads"
    got = roles_of("Ines Duarte, who directs the Lisbon Open Data Institute, said the order was vague.")
    assert got["Ines Duarte"][0] == "directs"
    got = roles_of("Tomas Berg, who headed the Stockholm Internet Foundation until 2020, said the ban was wrong.")
    assert got["Tomas Berg"][0] == "head"  # an office held before: its noun


def test_who_founded_a_named_body_makes_its_founder():
    got = roles_of("Amara Ndiaye, who founded the Dakar Open Web Initiative, said the ban would not hold.")
    assert got["Amara Ndiaye"][0] == "founder"


def all_roles_of(text: str) -> list[tuple[str, str]]:
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    return sorted((adoc.entities[r.person].name, r.title) for r in extract_roles(adoc))


def test_a_bare_seat_before_the_name_gives_way_to_the_office_told_after_it():
    got = all_roles_of(
        "In May, Rep. Jane Doe, the Republican chairman of the House Oversight Committee, wrote to the agency."
    )
    assert [t for n, t in got if n == "Jane Doe"] == ["Republican chairman of the House Oversight Committee"]
    got = all_roles_of("Sen. Jane Doe, the chairwoman of the Senate Commerce Committee, wrote to the agency.")
    assert [t for n, t in got if n == "Jane Doe"] == ["chairwoman of the Senate Commerce Committee"]
    got = all_roles_of(
        "The pressure began in Congress. Rep. Jane Doe, the chairman of the House Oversight Committee, wrote to the "
        "agency."
    )  # the seat credited to the Congress the story names
    assert [t for n, t in got if n == "Jane Doe"] == ["chairman of the House Oversight Committee"]
    # told alone, or with no office in a body, the seat stays
    assert ("Jane Doe", "Sen.") in all_roles_of("Sen. Jane Doe wrote to the agency on Monday.")
    assert ("Jane Doe", "Rep.") in all_roles_of("Rep. Jane Doe, a Republican from Ohio, wrote to the agency.")


def test_apposition_before_the_name_with_coordinated_modifiers_of_one_body():
    got = roles_of("A member of the senate's budget and finance committee, Karim Hassan, welcomed the ban.")
    assert got["Karim Hassan"][0] == "member of the senate's budget and finance committee"
    got = roles_of("The head of the trade and industry ministry, Jane Roe, welcomed the ban on TikTok.")
    assert got["Jane Roe"][0] == "head of the trade and industry ministry"
    # two heads coordinated are a list, no title
    assert "Dowden" not in " ".join(roles_of("Government departments and individual ministers, Dowden said, must act."))


def test_a_title_coordinating_two_names_before_another_noun_takes_neither_as_the_body():
    got = roles_of(
        "The chief financial officer of Sony and Nintendo supplier Foxlink, Mei Chen, said orders would continue."
    )
    org = (got.get("Mei Chen") or (None, None))[1] or ""
    assert "sony" not in org.lower() and "nintendo" not in org.lower(), got


def test_a_title_coordinating_modifiers_of_a_plural_noun_is_no_office():
    got = roles_of("The owner of the Liverpool and Everton practice pitches, Sam Ford, objected.")
    assert "Sam Ford" not in got, got


def test_a_seat_before_the_name_stays_with_an_office_in_a_company():
    got = all_roles_of("Sen. Ellen Park, a co-founder of the chip maker Lumatek, said the app posed a risk.")
    assert ("Ellen Park", "Sen.") in got, got


def test_a_seat_before_the_name_stays_with_a_former_office():
    got = all_roles_of("Rep. Tom Vance, a former chairman of the House Energy Committee, said the firm must divest.")
    assert ("Tom Vance", "Rep.") in got, got


def test_a_lower_case_portfolio_of_several_words_before_the_name():
    got = roles_of("We spoke to Finland's minister of transport and communications, Lauri Peltonen, on Monday.")
    assert got["Lauri Peltonen"][0] == "minister of transport and communications"


def test_lower_case_words_before_a_name_that_are_no_portfolio_make_no_title():
    got = roles_of("He criticised the rules on privacy and data security, Lauri Peltonen said on Monday.")
    assert "Lauri Peltonen" not in got


def test_an_assistant_after_the_name_is_a_title():
    got = roles_of(
        "Amina Bello, senior technical assistant to the governor on digital affairs, said the order would stand."
    )
    assert got["Amina Bello"][0] == "senior technical assistant to the governor on digital affairs", got


def test_a_church_office_before_the_name_is_a_title():
    got = roles_of("Bishop Yohannes Tadesse told worshippers the blackout had cut them off from their families.")
    assert got["Yohannes Tadesse"][0] == "Bishop", got


def test_a_title_before_the_name_whose_body_has_a_plural_title_word():
    got = roles_of(
        "The chief clerk of the Philippine House of Representatives, Maria Santos, signed the order on Friday."
    )
    assert got["Maria Santos"][0].startswith("chief clerk"), got


def test_a_list_of_officials_before_the_name_stays_no_title():
    got = roles_of("The notice went to departments and junior ministers, Jan Kowalski said on Friday.")
    assert "Jan Kowalski" not in got, got


def test_a_lower_case_portfolio_stops_at_people_coordinated_after_it():
    got = roles_of("After a call with the minister of energy and senior advisers, Tomas Berg said the deal held.")
    assert "Tomas Berg" not in got, got
    got = roles_of(
        "The levy was opposed by the minister of energy and the port authority director, Tomas Berg, on Friday."
    )
    assert got["Tomas Berg"][0] == "port authority director", got


def test_a_portfolio_title_the_speaker_only_met_is_not_theirs():
    got = roles_of("After a call with the minister of energy and mines, Tomas Berg said the deal held.")
    assert "Tomas Berg" not in got, got


def test_a_title_word_in_the_possessive_is_no_title_head():
    got = roles_of("Halima Yusuf, the imam's daughter, said the ban on the app had cut her family off.")
    assert "Halima Yusuf" not in got, got


def test_the_noun_after_a_title_word_in_the_possessive_is_the_title():
    got = roles_of("Marco Bianchi, the cardinal's secretary, said the diocese would not comment on the ban.")
    assert got["Marco Bianchi"][0] == "secretary", got


def test_a_body_with_a_plural_title_word_alone_before_the_name_is_no_title():
    got = roles_of("The ban on the app cleared the House of Representatives, Lisa Moreno said on Friday.")
    assert "Lisa Moreno" not in got, got


def test_a_body_with_a_plural_title_word_after_a_preposition_gives_no_second_title():
    text = "In a letter to the House of Representatives, Senator Dana Whitfield urged a ban on the app."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    assert [r.title for r in extract_roles(adoc)] == ["Senator"]


def test_a_plural_title_after_the_day_of_the_clause_is_each_members_singular_title():
    got = roles_of("On Wednesday Senators Ann Cole and Peter Drake wrote to the company about the app.")
    assert got["Ann Cole"][0] == "Senator"
    assert got["Peter Drake"][0] == "Senator"
    got = roles_of("Last week Foreign Ministers Ann Cole and Peter Drake met in Oslo to discuss the app.")
    assert got["Ann Cole"][0] == "Foreign Minister"
    assert got["Peter Drake"][0] == "Foreign Minister"


def test_a_plural_inside_the_titles_of_phrase_stays_plural():
    got = roles_of("Speaker of the House of Representatives Dana Whitfield said the bill on the app would pass.")
    assert got["Dana Whitfield"][0] == "Speaker of the House of Representatives"
    got = roles_of("Secretary of the Council of Ministers Peter Drake signed the order against the app.")
    assert got["Peter Drake"][0] == "Secretary of the Council of Ministers"


def test_a_day_word_naming_a_newspaper_with_the_next_word_stays_in_the_title():
    got = roles_of("Sunday Times deputy editor Ann Cole reported that the app would be banned.")
    assert got["Ann Cole"][0] == "Sunday Times deputy editor"


def test_a_trade_no_longer_practised_or_only_claimed_gives_no_role():
    for text in (
        "Omar Haddad, a retired lawyer, said the app should stay.",
        "Lena Dahl, a retired lawyer in Bergen, said the ban on the app went too far.",
        "Peter Drake, an unemployed analyst, said the app had been his only income.",
        "Ann Cole, a self-styled economist, wrote that the ban would cost millions.",
    ):
        assert roles_of(text) == {}, text
    assert roles_of("Lena Dahl, a media lawyer in Bergen, said the ban went too far.")["Lena Dahl"][0] == (
        "media lawyer in Bergen"
    )


def test_a_title_whose_complement_holds_a_possessive_keeps_its_head():
    # "spokesperson for the sheriff's office": the possessive is the complement's, the title is still "spokesperson"
    got = roles_of('"We acted lawfully," said Dana Whitlow, a spokeswoman for the sheriff\'s office.')
    assert got["Dana Whitlow"][0].startswith("spokeswoman")
    got = roles_of("Tom Brennick, an adviser to the mayor's office, said the rule was final.")
    assert got["Tom Brennick"][0].startswith("adviser")
    # a title word in the possessive right before the head is still the owner's office, not the title
    got = roles_of('"It is final," said Ann Colby, the cardinal\'s spokesman.')
    assert got["Ann Colby"][0] == "spokesman"


def test_a_possessive_after_a_second_title_joined_by_and_is_not_the_first_titles_complement():
    # "adviser to the board and now the minister's chief of staff": the possessive opens a second title, whose
    # head is the title; the first title's preposition does not reach across "and"
    got = roles_of(
        '"We will appeal," said Ruth Okafor, formerly an adviser to the board and now the minister\'s chief of staff.'
    )
    assert got["Ruth Okafor"][0] == "chief of staff"


def test_callings_of_engineers_scientists_critics_and_organisers_are_titles():
    got = roles_of(
        '"The filter is crude," said Pavel Orlov, a network engineer who advises regional providers. '
        '"It is too broad," said Ana Ruiz, a political scientist at the University of Lisbon. '
        '"It came too late," said Mark Dunmore, the party\'s industry critic. '
        "Organiser Jane Kellet said the union's main concern was pay."
    )
    assert got["Pavel Orlov"][0] == "network engineer"
    assert got["Ana Ruiz"][0].startswith("political scientist")
    assert got["Mark Dunmore"][0] == "industry critic"
    assert got["Jane Kellet"][0] == "Organiser"


def test_a_rank_abbreviated_without_its_full_stop_is_no_office_beside_the_persons_office():
    text = "Lt Gen Arun Mehta, the National Cyber Security Coordinator, said the list was final."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    assert [r.title for r in extract_roles(adoc)] == ["National Cyber Security Coordinator"]


def test_a_vocal_critic_of_an_app_holds_no_title():
    got = roles_of("Greens senator Lena Hart, a vocal critic of Telegram, praised the ruling on Monday.")
    assert all("critic" not in title for title, _ in [got.get("Lena Hart", ("", None))])


def test_a_longtime_critic_of_a_policy_holds_no_title():
    got = roles_of('"The rule is pure theatre," said Omar Haddad, a longtime critic of the ministry\'s data policy.')
    assert "Omar Haddad" not in got


def test_a_frequent_critic_of_a_bill_holds_no_title():
    got = roles_of("Jonas Berg, a frequent critic of the measure, voted against it on Thursday.")
    assert "Jonas Berg" not in got


def test_a_critic_of_a_law_who_is_also_a_professor_holds_the_professorship():
    got = roles_of('"It goes too far," said Ruth Adler, a critic of the statute and a professor at Yale University.')
    assert got["Ruth Adler"][0] == "professor at Yale University"


def test_a_billionaire_and_outspoken_critic_of_a_ban_holds_no_title():
    got = roles_of("Victor Lang, the billionaire and outspoken critic of the order, wrote about it on Sunday.")
    assert "Victor Lang" not in got


def test_an_engineer_by_training_holds_no_title():
    got = roles_of(
        "Dmitri Volkov, an engineer by training who now runs a VPN comparison site, said the filter was easy to dodge."
    )
    assert "Dmitri Volkov" not in got


def test_a_rank_between_the_title_and_the_name_is_passed_over():
    got = roles_of("Army spokeswoman Lt. Col. Lena Ortiz said the order stood. Navy spokesman Col. Paul Reyes agreed.")
    assert got["Lena Ortiz"][0].endswith("spokeswoman")
    assert got["Paul Reyes"][0].endswith("spokesman")


def test_a_rank_with_no_title_before_it_gives_no_office():
    got = roles_of("On Monday Lt. Col. Lena Ortiz said the order stood.")
    assert "Lena Ortiz" not in got or got["Lena Ortiz"][0] in ("Lt.", "Lt", "Lt. Col.", "Col.")


def test_the_office_held_now_wins_over_a_former_one():
    got = roles_of(
        '"It was overdue," said Piet Maas, a former navy radio officer who is now a senior fellow at the Delft '
        "Security Institute."
    )
    assert got["Piet Maas"][0].startswith("senior fellow")


def test_a_now_phrase_of_an_opinion_or_a_seat_sought_leaves_the_former_post():
    for text, name, title in (
        (
            '"They were told," said Marta Solis, a former interior minister who is now a critic of the cabinet\'s '
            "media rules.",
            "Marta Solis",
            "former interior minister",
        ),
        (
            '"It was rushed," said Omar Haddad, Meta\'s former head of public policy who is now a candidate for the '
            "senate in Jordan.",
            "Omar Haddad",
            "former head of public policy",
        ),
    ):
        got = roles_of(text)
        assert name in got and got[name][0] == title, (text, got)


def test_a_title_sent_to_a_country_before_the_name_keeps_its_to_phrase():
    got = roles_of("Norway's ambassador to Japan, Ola Berg, said the ban was regrettable.")
    assert got["Ola Berg"] == ("ambassador to Japan", "jurisdiction/norway")
    got = roles_of("Speaking to reporters, Ola Berg said the ban was regrettable.")
    assert "Ola Berg" not in got


def test_advocates_journalists_psychologists_and_reeves_are_titles():
    got = roles_of(
        "The petition was filed by Ravi Menon, an advocate. Journalist Omar Latif covered the hearing, and "
        "Anna Ricci, a psychologist at the University of Bologna, testified. Dale Marsh, the reeve of the "
        "municipality, said the towers would stay. Their supporters are advocates of reform."
    )
    assert got["Ravi Menon"][0] == "advocate"
    assert got["Omar Latif"][0] == "Journalist"
    assert got["Anna Ricci"][0].startswith("psychologist")
    assert got["Dale Marsh"][0] == "reeve of the municipality"
    assert len(got) == 4


def test_an_upper_case_title_the_ner_took_into_the_name_is_the_title():
    got = roles_of("Dutch liberal MEP Sanne de Wit called the ban symbolic.")
    assert got["Sanne de Wit"][0] == "MEP"
    got = roles_of("Analysts at ABN said Sanne de Wit called the ban symbolic.")
    assert "Sanne de Wit" not in got


def test_an_advocate_of_a_cause_or_a_verb_of_advocating_is_no_title():
    got = roles_of(
        "Priya Nair, a longtime advocate of open networks, said the block was wrong. An advocate for tougher "
        'privacy rules, Tom Hale said the ban was late. "We will keep going," said Omar Qureshi, advocating for '
        "the repeal of the ban on the game. Senior advocate Kiran Rao filed the petition."
    )
    assert "Priya Nair" not in got
    assert "Tom Hale" not in got
    assert "Omar Qureshi" not in got
    assert got["Kiran Rao"][0] == "Senior advocate"


def test_a_title_written_to_before_the_name_is_not_the_persons():
    got = roles_of("In a letter to the ambassador to Japan, Senator Ola Berg asked Tokyo to lift its ban on the chips.")
    assert got["Ola Berg"][0] == "Senator"
    got = roles_of("Writing to the special envoy to the UN, Minister Ali Reza defended the ban on the app.")
    assert got["Ali Reza"][0] == "Minister"
    got = roles_of("Norway's ambassador to Japan, Ola Berg, said the ban was regrettable.")
    assert got["Ola Berg"][0] == "ambassador to Japan"


def test_upper_case_initials_after_a_noun_naming_the_person_are_no_title():
    got = roles_of("Veteran politician VP Singh Rathore said the ban on the apps was long overdue.")
    assert "Singh Rathore" not in got and "VP Singh Rathore" not in got
    got = roles_of("Polish conservative MEP Anna Wierzba said the ban on the app was overdue.")
    assert got["Anna Wierzba"][0] == "MEP"


@pytest.mark.parametrize(
    "text",
    [
        "Senators Tom Bell and Ana Ruiz, the chairman and ranking member of the Senate Commerce Committee, wrote to "
        "the regulator.",
        "In March, the chairman and ranking member of the Senate Commerce Committee, Tom Bell and Ana Ruiz, wrote to "
        "the regulator.",
    ],
)
def test_two_names_and_two_titles_joined_alike_go_in_order(text):
    got = roles_of(text)
    assert got["Tom Bell"][0] == "chairman"
    assert got["Ana Ruiz"][0] == "ranking member"
    assert got["Tom Bell"][1] == got["Ana Ruiz"][1] is not None  # the committee both titles are of


def test_titles_two_names_share_or_that_belong_to_others_are_no_pair():
    got = roles_of(
        "After talks with the chairman and the ranking member of the committee, Tom Bell and Ana Ruiz said they "
        "would act."
    )
    assert "chairman" not in [t for t, _ in got.values()]
    got = roles_of("Tom Bell and Ana Ruiz, both lawyers and activists, wrote to the regulator.")
    assert got.get("Tom Bell") is None


def test_a_phrase_after_the_name_opening_with_a_preposition_is_no_title():
    got = roles_of("The remarks were insulting to President Ana Lopes, to the founder of the republic and to the flag.")
    assert got["Ana Lopes"][0] == "President"
    got = roles_of("The chatbot praised Ana Lopes, the founder of the party, on Monday.")
    assert got["Ana Lopes"][0] == "founder of the party"  # an apposition of its own stays a title


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "In May 2016 the Hamburg data protection commissioner, Jonas Weber, ordered the firm to stop.",
            "data protection commissioner",
        ),
        (
            "On Monday the head of the national regulator, Rosa Quispe, said the ban was lawful.",
            "head of the national regulator",
        ),
        ("Last week the Minister of the Interior, Ana Lopes, said the block would stay.", "Minister of the Interior"),
    ],
)
def test_a_title_before_the_name_opens_at_its_own_article(text, title):
    assert next(iter(roles_of(text).values()))[0] == title


def test_a_phrase_opening_with_a_preposition_after_a_subject_s_name_is_still_its_title():
    got = roles_of("Ana Lopes, until last year the chairman of the regulator, said the ban on X was illegal.")
    assert "chairman of the regulator" in got["Ana Lopes"][0]
    got = roles_of("Ana Lopes, at the time the head of the regulator, ordered the block on YouTube.")
    assert "head of the regulator" in got["Ana Lopes"][0]
    got = roles_of("The remarks were insulting to President Ana Lopes, to the founder of the republic and to the flag.")
    assert got["Ana Lopes"][0] == "President"  # the preposition's next object stays no title


def test_the_article_of_a_possessor_inside_a_title_before_the_name_does_not_open_it():
    text = "Earlier the head of the regulator's legal team, Jonas Weber, said the ban on X was lawful."
    assert next(iter(roles_of(text).values()))[0] == "head of the regulator's legal team"
    text = "In May 2016 the Hamburg data protection commissioner, Jonas Weber, ordered the firm to stop."
    assert next(iter(roles_of(text).values()))[0] == "data protection commissioner"


def test_a_title_with_a_possessor_of_its_own_takes_no_body_from_the_other_title_s_complement():
    got = roles_of(
        "The letter from Ana Lopes and Jonas Weber, the minister's adviser and the head of the Foo Agency, urged a ban."
    )
    assert got["Ana Lopes"][1] is None
    assert got["Jonas Weber"][0] == "head"
    got = roles_of(
        "Representatives Ana Lopes and Jonas Weber, the chairman and ranking member of the House Select Committee on "
        "Trade, urged a ban on TikTok."
    )
    assert got["Ana Lopes"][0] == "chairman" and got["Jonas Weber"][0] == "ranking member"
    assert got["Ana Lopes"][1] == got["Jonas Weber"][1] is not None


def test_a_body_s_possessive_before_one_of_two_joined_titles_is_its_body_not_its_words():
    got = roles_of(
        "Ana Lopes and Jonas Weber, the Foo Agency's chairman and the ministry's spokeswoman, defended the ban."
    )
    assert got["Ana Lopes"][0] == "chairman" and got["Ana Lopes"][1] is not None
