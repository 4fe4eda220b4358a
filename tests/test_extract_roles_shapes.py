"""More title shapes, on sentences written for these tests (not from any corpus): a title both before and
after a name, "who was", a parenthesised native name, a portfolio after "for", a name the NER called an
organisation, ranks, and appositions that are really the next clause's subject."""

from __future__ import annotations

from loaders.extract.entities import annotate
from loaders.extract.nlp import get_nlp
from loaders.extract.roles import extract_roles
from loaders.model import Document


def roles_of(text: str) -> set[tuple[str, str]]:
    document = Document(id="r", text=text)
    adoc = annotate(document, get_nlp()(text))
    return {(adoc.entities[r.person].name, r.title) for r in extract_roles(adoc)}


def test_a_title_before_and_one_after_the_name_are_both_roles():
    got = roles_of(
        "Nepal blocked the app. Senior Superintendent Hari Prasad Koirala, spokesperson for the Traffic Bureau, "
        "said drivers were warned."
    )
    titles = {t for n, t in got if n == "Hari Prasad Koirala"}
    assert any("Superintendent" in t for t in titles)
    assert any("spokesperson" in t for t in titles)


def test_who_was_gives_the_title():
    got = roles_of("Anna Berg, who was digital minister when the ban began, defended it on Monday.")
    assert ("Anna Berg", "digital minister") in got


def test_a_bracketed_native_name_between_name_and_title():
    got = roles_of("Chen Wei-lin (陳偉霖), an associate professor at Tunghai University, said the rule was sound.")
    assert any(n == "Chen Wei-lin" and "associate professor" in t for n, t in got)


def test_a_portfolio_after_for_belongs_to_the_title():
    got = roles_of("Vice President for Economic Affairs Reza Tavakoli backed the decision on Sunday.")
    assert any(n == "Reza Tavakoli" and t.startswith("Vice President for Economic Affairs") for n, t in got)


def test_a_name_set_off_after_a_title_is_a_person_with_that_title():
    got = roles_of("The Chief Data Officer of Chile, Tomas Herrera Soto, approved the list last week.")
    assert any(n == "Tomas Herrera Soto" and "Chief Data Officer" in t for n, t in got)


def test_a_rank_is_not_part_of_the_name():
    got = roles_of("Colonel Samir Haddad, deputy police chief of the province, said the order stood.")
    assert any(n == "Samir Haddad" and "deputy police chief" in t for n, t in got)


def test_the_next_clauses_subject_is_no_title():
    got = roles_of("The meeting was chaired by Leila Sadeghi, the official news agency reported on Tuesday.")
    assert not any(n == "Leila Sadeghi" for n, _ in got)


def test_a_member_of_parliament_and_a_strategist_are_titles():
    got = roles_of(
        "Pieter Smit, a Labour member of parliament, said the app should go. "
        "Karen Lowe, a senior policy strategist at the Open Rights Trust, disagreed."
    )
    assert any(n == "Pieter Smit" and "member of parliament" in t for n, t in got)
    assert any(n == "Karen Lowe" and "strategist" in t for n, t in got)


def test_a_plural_title_before_names_with_initials():
    got = roles_of("A bench of Justices R Venkataraman and K S Pillai passed the interim order.")
    assert ("R Venkataraman", "Justice") in got
    assert ("K S Pillai", "Justice") in got


def test_a_spokeswoman_for_a_named_official_holds_the_title_herself():
    got = roles_of("Clara Nunes, a spokeswoman for Nevada Attorney General Paul Reyes, said the state would appeal.")
    assert any(n == "Clara Nunes" and t.startswith("spokeswoman") for n, t in got)
    assert not any(n == "Clara Nunes" and "Paul" in t for n, t in got)


def test_a_possessive_inside_the_complement_keeps_the_title():
    got = roles_of("Park Min-jun, director of the commission's investigation bureau, said the firm had complied.")
    assert any(n == "Park Min-jun" and t.startswith("director") for n, t in got)


def test_a_lawyer_in_apposition_holds_the_title():
    got = roles_of("Maria Okafor, a lawyer with the civil liberties group Open Lines, said the hearing was unfair.")
    assert any(n == "Maria Okafor" and "lawyer" in t for n, t in got)


def test_a_plural_title_on_the_line_before_the_names():
    got = roles_of(
        "Bill to bar the app introduced in House\n\nSenators Alan Brooks and Mary Chen, a Democrat and a Republican, "
        "on Thursday introduced the bill."
    )
    assert ("Mary Chen", "Senator") in got


def test_candidate_is_a_title_before_after_and_in_an_as_clause():
    got = roles_of("Opposition candidate Maria Lopez said the vote was rigged.")
    assert any(n == "Maria Lopez" and "candidate" in t for n, t in got)
    got = roles_of("Samuel Okello, who is running as the candidate of the People's Front, said the ban was illegal.")
    assert any(n == "Samuel Okello" and t.startswith("candidate") for n, t in got)


def test_who_is_doing_something_is_no_title_by_itself():
    got = roles_of("Samuel Okello, who is challenging the ban in court, said it was illegal.")
    assert not any(n == "Samuel Okello" for n, _ in got)


def test_the_groups_title_belongs_to_the_group_just_named_not_a_ministry():
    text = (
        "The Ministry of Electronics said it had received complaints. The Ministry of Electronics issued the order. "
        "The Open Wires Foundation said the order lacked transparency. "
        '"Blanket bans are not the answer," said Rina Shah, the group\'s executive director.'
    )
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    got = {(adoc.entities[r.person].name, r.title, adoc.entities[r.organisation].name) for r in extract_roles(adoc)}
    assert ("Rina Shah", "executive director", "Open Wires Foundation") in got


def test_its_title_before_a_name_belongs_to_the_body_just_named():
    text = "The Baltic Assembly followed suit days later. Its president, Rita Kalnina, said the ban would start soon."
    adoc = annotate(Document(id="r", text=text), get_nlp()(text))
    got = {
        (adoc.entities[r.person].name, r.title, adoc.entities[r.organisation].name if r.organisation else None)
        for r in extract_roles(adoc)
    }
    assert ("Rita Kalnina", "president", "Baltic Assembly") in got


def test_elect_and_designate_titles_are_whole_premodifiers():
    from tests.test_extract_roles import roles_of

    got = roles_of("The decision now rests with President-elect Maria Costa, who is sworn in next week.")
    assert got["Maria Costa"][0] == "President-elect"
    got = roles_of("Prime Minister-designate Anna Berg said the ban would stay.")
    assert got["Anna Berg"][0] == "Prime Minister-designate"


def test_title_taken_into_the_name_span_is_a_premodifier():
    from tests.test_extract_roles import roles_of

    got = roles_of("Spokesperson Guo Jiakun said the government had never asked any company to collect data.")
    assert got["Guo Jiakun"][0] == "Spokesperson"


def test_a_title_told_as_the_predicate_of_the_persons_clause():
    from tests.test_extract_roles import roles_of

    got = roles_of("Jane Doe is the chief executive of Acme Corp, which makes drones.")
    assert got["Jane Doe"][0] == "chief executive of Acme Corp"
    assert "Tom Hill" not in roles_of("Tom Hill is not the minister of anything.")
    assert "Tom Hill" not in roles_of("Tom Hill is a clown.")


def test_a_premodifier_title_stops_at_the_stop_of_the_sentence_before():
    from tests.test_extract_roles import roles_of

    got = roles_of("Venezuela blocked X. President Ana Rivas ordered the block on Thursday.")
    assert got["Ana Rivas"][0] == "President"


def test_a_plural_title_reaches_members_told_with_their_home_state_or_party_tag():
    got = roles_of("Democratic Sens. Laura Pike of Vermont and Omar Haddad of Oregon wrote to the regulator on Monday.")
    assert ("Laura Pike", "Sen.") in got and ("Omar Haddad", "Sen.") in got
    got = roles_of("Reps. Ellen Marsh (R-Ohio) and Victor Lund (D-Minn.) filed the bill last week.")
    assert ("Ellen Marsh", "Rep.") in got and ("Victor Lund", "Rep.") in got


def test_a_member_told_with_a_home_after_a_verb_gets_no_plural_title():
    got = roles_of("The senators met Laura Pike of Vermont and Omar Haddad on Monday.")
    assert not any(n == "Omar Haddad" for n, _ in got)


def test_a_member_reached_over_another_members_home_keeps_only_their_own_home():
    def orgs_of(text: str) -> dict[str, tuple[str, str | None]]:
        document = Document(id="r", text=text)
        adoc = annotate(document, get_nlp()(text))
        org = lambda e: adoc.entities[e].name if e else None  # noqa: E731
        return {adoc.entities[r.person].name: (r.title, org(r.organisation)) for r in extract_roles(adoc)}

    got = orgs_of("Presidents Lena Dahl of Norway and Marco Ferri of Italy met on Friday to talk about the app ban.")
    assert got["Marco Ferri"] == ("President", "Italy")
    got = orgs_of("Interior ministers Pieter Smit of Belgium and Olga Brandt spoke against the ban on Friday.")
    assert got["Olga Brandt"][1] is None
    got = orgs_of("Envoys Kofi Mensah (Ghana) and Julia Roth (Austria) argued over the ban on Monday.")
    assert got["Julia Roth"] == ("Envoy", "Austria")
    got = orgs_of("Prime Ministers Lena Dahl of Norway and Marco Ferri of Italy discussed the ban on the app.")
    assert got["Marco Ferri"][0].startswith("Prime Minister") and got["Marco Ferri"][1] == "Italy"
