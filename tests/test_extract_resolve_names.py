"""Entity spans and resolution on sentences written for these tests (not from any corpus):
places opening longer names, titled names the NER misses, news agencies, lone head words,
surnames with particles, title abbreviations and closing credits."""

from __future__ import annotations

from loaders.extract.entities import annotate
from loaders.extract.nlp import get_nlp
from loaders.model import Document


def run(text: str, publisher: str | None = None):
    document = Document(id="t", text=text, publisher=publisher)
    return annotate(document, get_nlp()(text))


def names(adoc) -> dict[str, str]:
    return {e.name: e.kind for e in adoc.entities.values()}


def entity(adoc, name):
    return next(e for e in adoc.entities.values() if e.name == name)


def test_a_place_opening_a_city_or_a_body_name_keeps_the_whole_name():
    got = names(
        run(
            "Kansas City banned the app on Monday. The Texas Civil Liberties Union and the "
            "Ohio Police Department criticised the order."
        )
    )
    assert got.get("Kansas City") == "Jurisdiction"
    assert got.get("Texas Civil Liberties Union") == "Organisation"
    assert got.get("Ohio Police Department") == "Organisation"


def test_a_name_after_a_capitalised_title_is_a_person():
    got = names(run("Chief Inspector Ramesh Kumar Bhattarai, spokesperson for the police, said officers were ready."))
    assert got.get("Ramesh Kumar Bhattarai") == "Person"


def test_a_news_agency_is_named_without_its_common_noun():
    got = names(
        run("The minister told the Xinhua news agency on Monday. The state-run WAFA news agency reported it too.")
    )
    assert got.get("Xinhua") == "Organisation"
    assert got.get("WAFA") == "Organisation"


def test_a_lone_head_word_is_the_one_body_named_with_it():
    adoc = run(
        "The Public Accounts Committee met on Tuesday. The Committee said it would call the minister. "
        "The Andean Parliament voted. Later the Parliament's staff were told to delete the app."
    )
    got = names(adoc)
    assert "Committee" not in got
    assert "Committee" in entity(adoc, "Public Accounts Committee").aliases
    assert not any(n.startswith("Parliament of") for n in got)


def test_a_surname_with_a_capitalised_particle_is_the_same_person():
    adoc = run(
        "State Secretary Maria van der Berg wrote to parliament. "
        "Van der Berg said the advice was clear. Minister Luis de Souza agreed. De Souza spoke later."
    )
    people = [e.name for e in adoc.entities.values() if e.kind == "Person"]
    assert "Van der Berg" not in people and "De Souza" not in people
    assert "Maria van der Berg" in people


def test_cs_before_a_name_is_a_title():
    people = [e.name for e in run("CS Amina Wekesa met the company. CS Wekesa said it would comply.").entities.values()]
    assert "CS Wekesa" not in people and "CS Amina Wekesa" not in people


def test_a_closing_credit_in_brackets_and_a_broadcast_sign_off_name_nobody():
    got = names(
        run(
            "The ministry lifted the ban.\n\n(By Lin Mei-hua and Tom Harris)\n\n"
            "The app returned. For Channel 9, this is Sara Okoye in Lagos."
        )
    )
    assert "Lin Mei-hua" not in got and "Tom Harris" not in got and "Sara Okoye" not in got


def test_a_portfolio_is_cut_off_the_name_that_follows_it():
    people = [
        e.name for e in run("Vice President for Strategic Affairs Reza Tavakoli spoke on Sunday.").entities.values()
    ]
    assert "Reza Tavakoli" in people
    assert not any(p.startswith("Strategic") for p in people)


def test_a_name_with_a_title_in_apposition_is_a_person_even_untagged():
    got = names(run("10:15 - Oleg Varlamov, deputy head of the regional council, defended the restrictions."))
    assert got.get("Oleg Varlamov") == "Person"


def test_a_body_named_with_a_title_word_first_is_still_a_body():
    got = names(run("The General Inspection and Audit Service said the app was removed from all phones."))
    assert got.get("General Inspection and Audit Service") == "Organisation"


def test_a_group_named_before_group_is_a_body():
    got = names(run("Anna Weiss, a liberal MEP from the Forward Europe group, welcomed the move."))
    assert got.get("Forward Europe") == "Organisation"


def test_split_particle_names_and_a_place_name_as_given_name_are_joined():
    got = names(
        run("Judge Wellington Rocha da Costa suspended the app, and blogger Allan dos Santos left the country.")
    )
    assert got.get("Wellington Rocha da Costa") == "Person"
    assert got.get("Allan dos Santos") == "Person"


def test_leading_names_abbreviate_a_full_name_without_a_family_name_last():
    adoc = run("President Hassan Ali Mohamud signed the order. Hassan Ali later met the minister.")
    people = [e.name for e in adoc.entities.values() if e.kind == "Person"]
    assert people == ["Hassan Ali Mohamud"]


def test_gazetteer_news_agencies_intelligence_services_and_the_dutch_house():
    adoc = run(
        "The Dutch cabinet wrote to the House of Representatives in The Hague. The AIVD warned about Chinese "
        "apps, the Anadolu news agency and Yonhap reported."
    )
    got = names(adoc)
    assert got.get("General Intelligence and Security Service") == "Organisation"
    assert "House of Representatives of the Netherlands" in got
    assert "Anadolu Agency" in got and "Yonhap" in got


def test_a_court_named_after_a_capital_is_that_court():
    got = names(run("Pakistan blocked the platform in February. The Islamabad High Court ordered it restored."))
    assert got.get("Islamabad High Court") == "Organisation"
    assert "High Court of Pakistan" not in got


def test_a_body_name_with_and_or_law_in_it_is_one_body_and_no_law():
    got = names(run("The Media and Law Research Association said the block was illegal."))
    assert got.get("Media and Law Research Association") == "Organisation"
    got = names(run("The Internet and Law Studies Association said the block was illegal."))
    assert got.get("Internet and Law Studies Association") == "Organisation"
    assert not any(kind == "Law" for kind in got.values())


def test_a_name_the_ner_cut_in_two_is_one_person():
    got = names(run("The decision comes as the government of President Hassan Sheikh Mohamud presses an offensive."))
    assert "Hassan Sheikh Mohamud" in got and "Hassan Sheikh" not in got


def test_ai_alone_is_no_entity():
    got = names(run("Staff may not use the AI assistant Copilot on House devices."))
    assert "AI" not in got


def test_the_acronym_of_a_job_title_is_no_organisation():
    got = names(
        run("Maria Lopez, the Senate's Chief Administrative Officer, wrote to staff. The CAO said the app was a risk.")
    )
    assert "CAO" not in got


def test_directives_and_guidelines_on_a_subject_are_law_titles():
    got = names(run("Under the Directives on the Regulation of Online Platforms 2022, apps must register in Bhutan."))
    assert got.get("Directives on the Regulation of Online Platforms 2022") == "Law"


def test_a_surname_the_ner_took_for_a_body_is_a_person_with_a_title_after_it():
    from spacy.tokens import Span

    from loaders.extract.entities import candidate_spans

    doc = get_nlp()("Ivan Sorokin, a lawyer with a human rights group, said the hearing was a sham.")
    doc.ents = [Span(doc, 1, 2, label="ORG")]  # the small model's mistake: "[Sorokin]" alone, as a body
    got = [(span.text, span.label_) for span, _ in candidate_spans(doc)]
    assert ("Ivan Sorokin", "PERSON") in got


def test_better_known_as_names_the_same_person():
    adoc = run(
        "Samuel Okello, the musician-turned-politician better known as Sammy Oak, said the vote was rigged. "
        "Sammy Oak later went into hiding."
    )
    people = [e for e in adoc.entities.values() if e.kind == "Person"]
    assert [p.name for p in people] == ["Samuel Okello"]


def test_a_bare_house_in_a_us_story_is_the_house_of_representatives():
    adoc = run(
        "The US House of Representatives has banned the app from staff phones. "
        "It is not the first app removed from House devices."
    )
    got = names(adoc)
    assert "House" not in got
    assert "United States House of Representatives" in got


def test_laws_by_nickname_versioned_or_titled_law_on():
    got = names(
        run(
            "The court found the company had breached the so-called Petrova law, passed in 2016. "
            "The review ran under the Cyber Resilience Act 2.0 of 2022, which applies to carriers. "
            "The order cited the Law on Cybersecurity 2018 and the Texas law."
        )
    )
    assert got.get("Petrova law") == "Law"
    assert got.get("Cyber Resilience Act 2.0") == "Law"
    assert "Cyber Resilience Act 2.0 of" not in got
    assert not any(n.endswith("Texas law") for n in got)


def test_a_law_named_after_a_known_person_needs_so_called():
    got = names(run("Senator Jane Marsh spoke on Monday. The Marsh law passed the Senate."))
    assert "Marsh law" not in got


def test_a_name_after_company_is_a_body_even_when_tagged_a_person():
    from spacy.tokens import Span

    from loaders.extract.entities import candidate_spans

    doc = get_nlp()("Le Van Tam, director of cybersecurity company Bao Minh Security, said users would move.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 8, 11, label="PERSON")]
    got = [(span.text, span.label_) for span, _ in candidate_spans(doc)]
    assert ("Bao Minh Security", "ORG") in got
    assert ("Le Van Tam", "PERSON") in got
    doc = get_nlp()("The company John Smith founded in 2010 grew fast.")
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert [(s.text, s.label_) for s, _ in candidate_spans(doc)] == [("John Smith", "PERSON")]


def test_a_holder_the_ner_ran_into_a_portfolio_and_called_a_body_is_the_person():
    from spacy.tokens import Span

    from loaders.extract.entities import candidate_spans

    doc = get_nlp()("State Secretary for Digitalisation Anna de Wit wrote to parliament.")
    doc.ents = [Span(doc, 3, 7, label="ORG")]  # "[Digitalisation Anna de Wit]"
    got = [(span.text, span.label_) for span, _ in candidate_spans(doc)]
    assert ("Anna de Wit", "PERSON") in got


def test_a_body_after_director_of_keeps_its_portfolio_like_words():
    got = names(run("Marcus Webb, director of the Old Harbor Digital Rights Coalition, called the order theater."))
    assert not any(n in ("Rights Coalition", "Harbor Digital Rights Coalition") for n in got)


def test_a_name_before_human_rights_group_is_the_group():
    from spacy.tokens import Span

    from loaders.extract.entities import candidate_spans

    doc = get_nlp()("Ivan Petrov, a lawyer with the Vesna human rights group, said the trial was a farce.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 8, label="LOC")]  # "[Vesna]" taken for a place
    got = [(span.text, span.label_) for span, _ in candidate_spans(doc)]
    assert ("Vesna", "ORG") in got
    doc = get_nlp()("Hackers from the Lazarus group struck. Ships left the Baltic port on Monday.")
    doc.ents = [Span(doc, 10, 11, label="LOC")]  # "the [Baltic] port": a place, no group follows
    assert [(s.text, s.label_) for s, _ in candidate_spans(doc)] == [("Baltic", "LOC")]


def test_a_name_after_law_firm_is_a_body_whatever_the_ner_calls_it():
    from spacy.tokens import Span

    from loaders.extract.entities import candidate_spans

    doc = get_nlp()("said Anna Rossi, a partner at Turin law firm Studio Bianchi Verdi.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 10, 13, label="WORK_OF_ART")]
    got = [(span.text, span.label_) for span, _ in candidate_spans(doc)]
    assert ("Studio Bianchi Verdi", "ORG") in got


def test_a_lone_army_in_the_headline_is_the_one_army_named_below():
    for long in ("the Ruritanian Army", "the United States Army"):
        adoc = run(
            "Army bans Viber on work phones\n\nA spokeswoman for "
            + long
            + " confirmed the ban on Monday. The Army said the app was a threat."
        )
        got = names(adoc)
        assert "Army" not in got, long
        assert "Army" in entity(adoc, long.removeprefix("the ")).aliases


def test_a_name_between_a_long_portfolio_and_its_verb_is_a_person():
    for sentence, name in (
        (
            "Minister of State for Electronics and IT Rajeev Chandrasekhar said on Friday that the game was back.",
            "Rajeev Chandrasekhar",
        ),
        ("Secretary for Home Affairs Tomas Verhoeven told reporters the app was a risk.", "Tomas Verhoeven"),
        ("Minister for Digital Affairs Ilse Marchetti said the ban would stay.", "Ilse Marchetti"),
    ):
        got = names(run(sentence))
        assert got.get(name) == "Person", (sentence, got)


def test_a_body_before_its_verb_is_not_taken_for_a_person():
    got = names(run("The ministry said on Monday that Amnesty International urged the government to lift the ban."))
    assert not any(kind == "Person" for kind in got.values())


def test_a_camel_case_name_listed_with_a_person_is_a_person():
    for text, name in (
        (
            "On February 6, Representatives Josh Gottheimer and Darin LaHood introduced a bill to ban the app.",
            "Darin LaHood",
        ),
        ("Senators Tom Cotton and Kevin McCarthy wrote to the agency on Monday.", "Kevin McCarthy"),
    ):
        got = names(run(text))
        assert got.get(name) in (None, "Person"), (text, got)
        assert not any(n.endswith(name.split()[-1]) and k != "Person" for n, k in got.items()), (text, got)


def test_the_ordinal_of_a_numbered_court_is_part_of_its_name():
    for text, name in (
        ("The state can appeal to the 9th U.S. Circuit Court of Appeals, and it may do so.", "9th U.S. Circuit Court"),
        ("The case went to the 5th Circuit Court of Appeals on Monday.", "5th Circuit Court"),
    ):
        got = names(run(text))
        assert any(n.startswith(name) and k == "Organisation" for n, k in got.items()), (text, got)


def test_a_dateline_run_into_the_lead_is_no_body():
    for text in (
        "ISTANBUL - Access to Instagram was restored across Turkey on Saturday after the regulator relented.",
        "NAIROBI - Access to Telegram was cut on Monday.",
        "KYIV — Access to Viber was blocked on Friday.",
    ):
        got = names(run(text))
        assert not any(n.split()[-1] in ("to", "of") or " - " in n or " — " in n for n in got), (text, got)


def test_a_name_given_with_known_as_names_the_same_body_when_used_again():
    adoc = run(
        "The regulator said its rules were based on assessments by the Norwegian Intelligence Service, known as NIS, "
        "which had concluded that the vendors posed a risk. NIS's head, Hans Olsen, said the risk was growing."
    )
    orgs = {m.entity_id for m in adoc.mentions if m.text == "NIS"}
    assert orgs == {"organisation/norwegian-intelligence-service"}


def test_a_name_with_an_arabic_article_and_a_region_named_as_one():
    adoc = run(
        "The government is fighting al-Shabab, the al-Qaeda-linked group. It was not clear whether the ban would "
        "extend to the semi-autonomous region of Puntland."
    )
    got = names(adoc)
    assert got.get("al-Qaeda") == "Organisation"
    assert got.get("Puntland") == "Jurisdiction"


def test_a_generic_body_in_apposition_to_a_named_one_is_that_body():
    adoc = run(
        "Norway's Data Inspectorate, the country's data protection regulator, said that developers had to inform "
        "users. The Data Inspectorate said it would engage with the company."
    )
    orgs = [e.name for e in adoc.entities.values() if e.kind == "Organisation"]
    assert len(orgs) == 1, orgs


def test_a_newspaper_called_by_its_last_word_is_the_same_paper():
    adoc = run("The city banned the app on Monday, the Boston Herald reported. The ban stays, according to the Herald.")
    assert "Herald" not in names(adoc)
    assert "Boston Herald" in names(adoc)


def test_an_epithet_written_as_a_title_is_no_second_person():
    adoc = run(
        "Ortega has blocked the app. When Daniel Ortega announced the block, he cited public order. "
        '"Dictator Ortega is afraid," the platform\'s owner wrote.'
    )
    people = [e.name for e in adoc.entities.values() if e.kind == "Person"]
    assert people.count("Daniel Ortega") == 1 and not any("Dictator" in p for p in people)


def test_honours_and_seats_after_a_name_are_not_part_of_it():
    adoc = run(
        "The Minister for Trade, the Hon Jane Whitlock MP, said the rule was overdue. The Secretary of the "
        "department, Ms Anna Kovacs PSM, signed the order."
    )
    got = names(adoc)
    assert got.get("Jane Whitlock") == "Person"
    assert got.get("Anna Kovacs") == "Person"
    assert "Anna Kovacs PSM" not in got


def test_a_given_name_tagged_as_a_place_before_a_surname_is_one_person():
    adoc = run(
        "When the app flickered back to life on Wednesday afternoon, Nusrat Jahan refreshed her shop page three "
        "times. For now, Nusrat is back online."
    )
    got = names(adoc)
    assert got.get("Nusrat Jahan") == "Person"


def test_a_city_government_acting_is_a_jurisdiction_named_for_its_town():
    adoc = run("The City of Springfield will remove TikTok from every phone it issues to employees, the mayor said.")
    assert names(adoc).get("Springfield") == "Jurisdiction"
    assert "City of Springfield" in entity(adoc, "Springfield").aliases
    adoc = run("The city of Halifax announced on Monday that it would block TikTok on municipal devices.")
    assert names(adoc).get("Halifax") == "Jurisdiction"


def test_a_city_named_only_as_a_place_is_no_jurisdiction():
    got = names(
        run("Lumen, a start-up based in the eastern city of Halifax, did not respond to a request for comment.")
    )
    assert got.get("Halifax") != "Jurisdiction"


def test_an_unknown_place_acting_as_a_subject_is_a_city_jurisdiction():
    got = names(run("Tacoma, Washington, banned its police from using drones over public protests in 2021."))
    assert got.get("Tacoma") == "Jurisdiction"
    got = names(
        run("Seattle followed suit in March, and Denver became the first city in the region to ban the devices.")
    )
    assert got.get("Seattle") == "Jurisdiction"
    assert got.get("Denver") == "Jurisdiction"


def test_an_unknown_place_named_as_a_location_or_not_acting_is_no_jurisdiction():
    got = names(
        run(
            "Seattle did not ban the drones. A start-up based in Denver makes them, and the devices were tested in "
            "Pittsburgh last year. Minneapolis is a river city."
        )
    )
    assert got.get("Seattle") != "Jurisdiction"
    assert got.get("Denver") != "Jurisdiction"
    assert got.get("Pittsburgh") != "Jurisdiction"
    assert got.get("Minneapolis") != "Jurisdiction"
    got = names(run("SALT LAKE CITY — A federal judge on Tuesday blocked Utah from enforcing its new law."))
    assert not any(kind == "Jurisdiction" and "CITY" in name for name, kind in got.items())


def test_military_ranks_written_without_a_stop_are_no_part_of_the_name():
    got = names(run("Lt Col Ravi Sharma and Capt Sarah Lane said the phones were banned. Maj Gen Anil Rao agreed."))
    for person in ("Ravi Sharma", "Sarah Lane", "Anil Rao"):
        assert got.get(person) == "Person", got
    assert not any(name.split()[0] in ("Col", "Capt", "Maj", "Gen", "Lt") for name in got)
    assert names(run("Colin Sharma said the phones were banned.")).get("Colin Sharma") == "Person"


def test_initials_written_together_stay_one_word_of_the_name():
    got = names(run("R.K. Menon, a lawyer, filed the petition. Menon said the order was arbitrary."))
    assert got.get("R.K. Menon") == "Person", got
    got = names(run("R. K. Menon, a lawyer, filed the petition."))
    assert got.get("R K Menon") == "Person", got


def test_a_body_named_without_its_demonym_is_the_one_named_last_before_it():
    adoc = run(
        "The Indian Army has ordered its personnel to delete 89 apps. This week the Army directed all personnel "
        "to delete them by July 15. The US Army barred TikTok from issued phones in December."
    )
    assert "Army" in entity(adoc, "Indian Army").aliases
    assert "Army" not in entity(adoc, "United States Army").aliases
    # named only after the bare word: the one body with that head the story names is still the one meant
    later = run("The Army directed all personnel to delete the apps, officers said. The Indian Army confirmed it.")
    assert "Army" in entity(later, "Indian Army").aliases
