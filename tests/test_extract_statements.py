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
