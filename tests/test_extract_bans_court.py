"""A court blocking another's ban: the ban stays its maker's (blocked_by_court); a court is the imposer only of its own
orders. Sentences written for these tests (not from the corpus)."""

import pytest
from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.model import entity_id

J = "Jurisdiction"
ORG = "Organisation"
P = "Product"


def _bans(text, entities, published="2024-06-12"):
    return [(b.imposed_by, b.targets, b.status) for b in extract_bans(make_adoc(text, entities, published=published))]


@pytest.mark.parametrize("noun", ["directive", "decision", "regulation"])
def test_a_court_suspending_a_regulators_measure_leaves_the_ban_to_the_regulator(noun):
    court = entity_id(ORG, "Constitutional Court")
    regulator = entity_id(ORG, "Ruritanian Media Authority")
    bans = _bans(
        f"The Constitutional Court has suspended a {noun} by the Ruritanian Media Authority which had cut off access "
        "to the messaging app Zapster across the country.",
        [("Constitutional Court", ORG), ("Ruritanian Media Authority", ORG), ("Zapster", P), ("Ruritania", J)],
    )
    assert (regulator, [entity_id(P, "Zapster")], "blocked_by_court") in bans
    assert not [b for b in bans if b[0] == court]


def test_a_judge_blocking_someones_ban_in_a_torn_headline_is_not_a_ban_of_its_own():
    # the parser hangs "ban" on "hours", not on "blocks": what the judge blocks is still that ban
    court = entity_id(ORG, "Springfield District Court")
    bans = _bans(
        "Judge blocks Freedonia's Zapster ban hours before it takes effect\n\n"
        "Judge Ann Lee of the Springfield District Court issued a preliminary injunction late on Saturday. "
        "Freedonia had banned Zapster nationwide on Friday.",
        [("Freedonia", J), ("Zapster", P), ("Springfield District Court", ORG), ("Ann Lee", "Person", ["Lee"])],
        published="2020-09-20",
    )
    assert bans == [(entity_id(J, "Freedonia"), [entity_id(P, "Zapster")], "blocked_by_court")]
    assert court not in [b[0] for b in bans]


def test_a_court_blocking_a_platform_is_the_courts_own_ban():
    court = entity_id(ORG, "Federal Court of Ruritania")
    bans = _bans(
        "The Federal Court of Ruritania on Wednesday suspended Zapster nationwide for failing to hand over data.",
        [("Federal Court of Ruritania", ORG), ("Ruritania", J), ("Zapster", P)],
    )
    assert [b[0] for b in bans] == [court]
    assert bans[0][2] != "blocked_by_court"


def test_a_ban_challenged_at_a_court_is_not_the_courts_ban():
    adoc = make_adoc(
        "Tanzania blocked Signal across the country in May. The Digital Rights Lab, which challenged the block at "
        "the East African Court of Justice in Arusha along with two bloggers, said it would press on with the case.",
        [
            ("Tanzania", "Jurisdiction"),
            ("Signal", "Product"),
            ("Digital Rights Lab", "Organisation"),
            ("East African Court of Justice", "Organisation"),
        ],
        published="2024-09-12",
    )
    bans = extract_bans(adoc)
    assert [b.imposed_by for b in bans] == [entity_id("Jurisdiction", "Tanzania")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two petitions were filed at the Constitutional Court against the ban, citing free speech.",
        "A rights group lodged a complaint with the Constitutional Court over the block last week.",
        "A writ petition against the ban is pending before the Constitutional Court.",
    ],
)
def test_a_legal_action_brought_against_a_ban_at_a_court_is_not_the_courts_ban(sentence):
    adoc = make_adoc(
        "Freedonia's cabinet blocked Zapster across the country in May. " + sentence,
        [("Freedonia", J), ("Zapster", P), ("Constitutional Court", ORG)],
        published="2024-09-12",
    )
    assert [b.imposed_by for b in extract_bans(adoc)] == [entity_id(J, "Freedonia")]


def test_a_court_issuing_an_order_that_halts_a_ban_blocks_it_and_bans_nothing():
    court = entity_id(ORG, "Patan High Court")
    regulator = entity_id(ORG, "Ruritanian Telecoms Authority")
    bans = _bans(
        "In April, the Ruritanian Telecoms Authority ordered internet providers to block Zapster. Within days, the "
        "Patan High Court issued an order halting the ban.",
        [("Patan High Court", ORG), ("Ruritanian Telecoms Authority", ORG), ("Zapster", P), ("Ruritania", J)],
    )
    assert (regulator, [entity_id(P, "Zapster")], "blocked_by_court") in bans
    assert court not in [b[0] for b in bans]


def test_a_court_told_by_its_city_imposes_its_own_ban():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = "A court in Lyon suspended Telegram across France on Monday, ruling that it had ignored takedown orders."
    facts = extract_one(Document(id="t", text=text, published="2024-06-12"))
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == ["Lyon court"]


def test_a_court_named_by_its_city_is_not_taken_for_another_countrys_judiciary():
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Iran's judiciary on Monday ordered internet providers to block Telegram, state television reported. "
        "Russia tried the same in 2018, when a Moscow court fined the company for refusing to hand over its keys."
    )
    facts = extract_one(Document(id="t", text=text, published="2018-04-30"))
    names = {e.id: e.name for e in facts.entities}
    assert "Moscow court" not in [names[b.imposed_by] for b in facts.bans]


def test_a_subject_the_parser_hangs_on_the_auxiliary_still_orders_the_ban():
    # "had on March 3 ordered": the parser hangs "The court" on "had", not on "ordered"
    court = entity_id(ORG, "Supreme Court of Ruritania")
    bans = _bans(
        "The Supreme Court of Ruritania lifted its interim order on Friday. The court had on March 3 ordered the "
        "Ruritanian government to block Zapster across the country.",
        [("Supreme Court of Ruritania", ORG), ("Ruritania", J, ["Ruritanian government"]), ("Zapster", P)],
    )
    assert court in [b[0] for b in bans]
    assert entity_id(J, "Ruritania") not in [b[0] for b in bans]


def test_a_court_asking_the_government_to_block_an_app_orders_it():
    court = entity_id(ORG, "Constitutional Court of Ruritania")
    bans = _bans(
        "The Constitutional Court of Ruritania on Monday asked the Ruritanian government to block Zapster across the "
        "country.",
        [("Constitutional Court of Ruritania", ORG), ("Ruritania", J, ["Ruritanian government"]), ("Zapster", P)],
    )
    assert [b for b in bans if b[0] == court and b[2] != "advisory"]


def test_a_rights_group_asking_the_government_to_block_an_app_only_advises():
    bans = _bans(
        "The Ruritanian Parents Union on Monday asked the Ruritanian government to block Zapster across the country.",
        [("Ruritanian Parents Union", ORG), ("Ruritania", J, ["Ruritanian government"]), ("Zapster", P)],
    )
    assert not [b for b in bans if b[2] not in ("advisory", "proposed")]


@pytest.mark.parametrize(
    "sentence, asker",
    [
        (
            "The Ruritanian High Court Lawyers Association on Monday asked the Ruritanian government to block Zapster.",
            "Ruritanian High Court Lawyers Association",
        ),
        (
            "The Ruritanian Justice Ministry on Monday asked the Ruritanian government to block Zapster.",
            "Ruritanian Justice Ministry",
        ),
    ],
)
def test_a_body_only_named_after_courts_or_justice_asking_for_a_block_only_advises(sentence, asker):
    # the asker's own head noun (or the body it resolves to) must be a court or a judge for the request to order
    bans = _bans(sentence, [(asker, ORG), ("Ruritania", J, ["Ruritanian government"]), ("Zapster", P)])
    assert not [b for b in bans if b[2] not in ("advisory", "proposed")]


def test_a_court_told_by_its_seat_is_the_named_court_of_that_city_not_the_countrys_top_court():
    zap = entity_id(P, "Zapster")
    local = entity_id(ORG, "Velgrad 3rd Criminal Court of Peace")
    top = entity_id(ORG, "Constitutional Court of Ruritania")
    ents = [
        ("Ruritania", J, ["Velgrad"]),
        ("Velgrad 3rd Criminal Court of Peace", ORG),
        ("Constitutional Court of Ruritania", ORG, ["Constitutional Court"]),
        ("Zapster", P),
    ]
    bans = _bans(
        "A criminal court in Velgrad on Wednesday ordered a ban on access to Zapster. The Velgrad 3rd Criminal Court "
        "of Peace issued the order at the request of prosecutors. Ruritania's Constitutional Court was not involved.",
        ents,
    )
    assert [b[0] for b in bans if zap in b[1]] == [local], bans
    # no court of that city named: some court of the country's, never its top court
    bans = _bans(
        "A criminal court in Velgrad on Wednesday ordered a ban on access to Zapster. Ruritania's Constitutional "
        "Court was not involved.",
        ents[:1] + ents[2:],
    )
    assert top not in {b[0] for b in bans}, bans


def test_a_court_that_struck_a_ban_down_is_not_its_imposer_but_one_that_orders_a_block_is():
    zap = entity_id(P, "Zapster")
    top = entity_id(ORG, "Supreme Court of Ruritania")
    ents = [("Ruritania", J), ("Supreme Court of Ruritania", ORG, ["Supreme Court"]), ("Zapster", P)]
    bans = _bans(
        "Ruritania has long restricted websites. Zapster was blocked nationwide for two years until the Supreme "
        "Court ruled the ban unconstitutional.",
        ents,
    )
    assert top not in {b[0] for b in bans}, bans
    bans = _bans("The Supreme Court of Ruritania on Monday ordered Zapster blocked nationwide.", ents)
    assert [b[0] for b in bans if zap in b[1]] == [top], bans


def test_a_court_told_by_its_kind_and_seat_is_no_court_of_another_kind_in_that_city():
    zap = entity_id(P, "Zapster")
    admin = entity_id(ORG, "Velgrad 1st Administrative Court")
    criminal = entity_id(ORG, "Velgrad 5th Criminal Court of Peace")
    ents = [("Ruritania", J, ["Velgrad"]), ("Velgrad 1st Administrative Court", ORG), ("Zapster", P)]
    # a criminal court ordered the block; the city's administrative court, named for another matter, did not
    bans = _bans(
        "A criminal court in Velgrad on Friday ordered access to Zapster cut off. Two years ago the Velgrad 1st "
        "Administrative Court turned down the firm's bid to register a local branch.",
        ents,
    )
    assert admin not in {b[0] for b in bans}, bans
    # the court of the kind told is that court
    bans = _bans(
        "A criminal court in Velgrad on Friday ordered access to Zapster cut off. The Velgrad 5th Criminal Court of "
        "Peace said the app had spread illegal content.",
        ents[:1] + [("Velgrad 5th Criminal Court of Peace", ORG), ("Zapster", P)],
    )
    assert [b[0] for b in bans if zap in b[1]] == [criminal], bans


@pytest.mark.parametrize(
    "finding", ["ruled in 2016 that the ban violated the right to information", "found that the ban was unlawful"]
)
def test_a_court_finding_a_ban_in_breach_of_rights_did_not_impose_it(finding):
    court = entity_id(ORG, "Supreme Court")
    bans = _bans(
        f"Ruritania has a history of platform blocks. Zapster was blocked from 2014 until the Supreme Court {finding}.",
        [("Ruritania", J), ("Zapster", P), ("Supreme Court", ORG)],
    )
    assert not [b for b in bans if b[0] == court], bans


@pytest.mark.parametrize(
    "second",
    [
        "and its Supreme Court then ordered the scans erased.",
        "and its Supreme Court later ordered the company to delete the scans.",
    ],
)
def test_a_countrys_ban_and_its_courts_order_told_by_coordinated_verbs_are_two_acts(second):
    bans = _bans(
        f"Worldcoin pays people to have their irises scanned. Colombia suspended the project in 2023 {second}",
        [("Colombia", J), ("Supreme Court", ORG), ("Worldcoin", P)],
        published="2025-03-04",
    )
    imposers = {b[0] for b in bans}
    assert entity_id(J, "Colombia") in imposers


def test_a_country_told_acting_through_its_court_in_one_clause_is_still_one_ban():
    bans = _bans(
        "Colombia, through its Supreme Court, suspended Worldcoin in 2023.",
        [("Colombia", J), ("Supreme Court", ORG), ("Worldcoin", P)],
        published="2025-03-04",
    )
    assert len(bans) == 1


def test_a_countrys_ban_and_its_courts_order_on_the_same_app_with_no_time_of_its_own_are_one_ban():
    bans = _bans(
        "Ruritania suspended Zapster in March and its Supreme Court ordered the app blocked after the firm "
        "refused to appoint a local agent.",
        [("Ruritania", J), ("Supreme Court", ORG), ("Zapster", P)],
        published="2025-02-06",
    )
    assert len(bans) == 1, bans


def test_a_courts_later_order_split_from_the_countrys_ban_takes_no_paper_day():
    adoc = make_adoc(
        "Ruritania suspended Zapster in 2023 and its Supreme Court later ordered the firm to delete its data.",
        [("Ruritania", J), ("Supreme Court", ORG), ("Zapster", P)],
        published="2025-02-06",
    )
    court = [b for b in extract_bans(adoc) if b.imposed_by == entity_id(ORG, "Supreme Court")]
    assert court and court[0].announced != "2025-02-06"


@pytest.mark.parametrize(
    "title, imposer",
    [
        ("Justice", "organisation/supreme-federal-court"),  # a judge of the one court the story names
        ("Minister of Justice", "jurisdiction/brazil"),  # a minister, acting for the country
    ],
)
def test_a_person_titled_a_judge_before_the_name_acts_for_the_one_court_the_story_names(title, imposer):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    text = (
        "Brazil's Supreme Court has taken a harder line on platforms. On Friday, "
        f"{title} Paulo Mendes ordered the suspension of Rumble after the company failed to name a representative."
    )
    facts = extract_one(Document(id="j1", text=text, published="2024-09-03"))
    assert [b.imposed_by for b in facts.bans] == [imposer]


def test_a_ban_a_judge_blocked_told_in_a_relative_hung_on_the_year_after_it():
    bans = _bans(
        "Idaho passed a statewide ban on Telegram in 2023, which a federal judge blocked before it could take effect.",
        [("Idaho", J), ("Telegram", P)],
        published="2025-01-18",
    )
    assert (entity_id(J, "Idaho"), [entity_id(P, "Telegram")], "blocked_by_court") in bans


def test_a_ban_the_governor_held_up_after_the_year_is_no_court_block():
    bans = _bans(
        "Idaho passed a statewide ban on Telegram in 2023, which the governor blocked before it could take effect.",
        [("Idaho", J), ("Telegram", P)],
        published="2025-01-18",
    )
    assert bans and all(b[2] != "blocked_by_court" for b in bans)


@pytest.mark.parametrize(
    "text, court",
    [
        (  # a foreign court the banned company sued in, whose judge declined to act
            "On Tuesday, Justice Flavio Dino ordered the suspension of Rumble in Brazil. Rumble had sued Dino in a "
            "federal court in Texas, and a judge of the U.S. District Court for the Northern District of Texas "
            "declined to get involved.",
            "organisation/u-s-district-court-for-the-northern-district-of-texas",
        ),
        (  # a court where a complaint was filed
            "On Tuesday, Justice Flavio Dino ordered the suspension of Rumble in Brazil. Rumble filed a complaint at "
            "the Inter-American Court of Human Rights.",
            "organisation/inter-american-court-of-human-rights",
        ),
        (  # a court named only as where an appeal will go
            "On Thursday, Judge Arun Mehta ordered the blocking of Signal in India after complaints from the police. "
            "Signal said it would appeal to the Supreme Court of India.",
            "organisation/supreme-court-of-india",
        ),
        (  # an appeals court that earlier ruled the other way
            "Judge Laura Fields ordered the suspension of Polymarket's election contracts on Monday. The U.S. Court "
            "of Appeals for the Second Circuit had earlier permitted the contracts.",
            "organisation/u-s-court-of-appeals-for-the-second-circuit",
        ),
    ],
)
def test_a_titled_judge_does_not_act_for_a_court_told_only_as_sued_in_appealed_to_or_ruling_apart(text, court):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    facts = extract_one(Document(id="j2", text=text, published="2025-02-06"))
    assert court not in [b.imposed_by for b in facts.bans], text


@pytest.mark.parametrize("rel", [", which", " that"])
@pytest.mark.parametrize("verb", ["did not block", "could block next month", "may yet block"])
def test_a_block_told_as_not_done_or_only_possible_is_no_court_block(rel, verb):
    bans = _bans(
        f"Idaho passed a statewide ban on Telegram in 2023{rel} a federal judge {verb}.",
        [("Idaho", J), ("Telegram", P)],
        published="2025-01-18",
    )
    assert bans and all(b[2] != "blocked_by_court" for b in bans)


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("The Patan High Court suspended the conditions in May.", "blocked_by_court"),
        ("The Patan High Court suspended the requirement in May, but upheld the ban in August.", "in_force"),
    ],
)
def test_a_court_suspending_the_licence_conditions_told_is_no_ban_of_its_own(later, status):
    court = entity_id(ORG, "Patan High Court")
    regulator = entity_id(ORG, "Ruritanian Telecoms Authority")
    bans = _bans(
        "In April, the Ruritanian Telecoms Authority barred Huawei equipment from networks using its new spectrum. "
        + later,
        [("Patan High Court", ORG), ("Ruritanian Telecoms Authority", ORG), ("Huawei", ORG), ("Ruritania", J)],
    )
    assert bans == [(regulator, [entity_id(ORG, "Huawei")], status)]
    assert court not in [b[0] for b in bans]


@pytest.mark.parametrize(
    "later",
    [
        "In May, a high court in Patan suspended the bail conditions of the students arrested at the rallies.",
        "A judge in Patan struck down the vaccine requirement for teachers the same week.",
        "The Patan High Court suspended the requirement for yearly audit reports in a separate case.",
        "A court in Patan suspended the requirement that foreign firms open a local office, but the ban stayed.",
    ],
)
def test_a_court_suspending_a_condition_or_requirement_of_something_else_leaves_the_ban_in_force(later):
    bans = _bans(
        "Ruritania banned Zapster in March. " + later,
        [("Patan High Court", ORG), ("Zapster", P), ("Ruritania", J)],
    )
    assert bans and all(b[2] == "in_force" for b in bans), bans


def test_a_court_upholding_the_block_of_the_law_leaves_it_blocked():
    bans = _bans(
        "Ruritania banned Zapster in March 2023. A federal judge blocked the law in November, and the appeals court "
        "upheld that decision in 2024.",
        [("Zapster", P), ("Ruritania", J)],
    )
    assert bans == [(entity_id(J, "Ruritania"), [entity_id(P, "Zapster")], "blocked_by_court")]


def test_a_judge_blocking_the_law_later_in_the_paragraph_blocks_the_ban_told_at_its_start():
    adoc = make_adoc(
        "Governor Ann Cole signed House Bill 12 on April 3, making Utah the first state to ban Temu outright. "
        "Cole said the app was a danger to families. The victory was short-lived. "
        "On June 9, a federal judge blocked the law, saying it violated the First Amendment.\n\n"
        "Ohio banned Temu on state devices in May. Its residents were unmoved. Few had the app. "
        "Critics called it theatre.",
        [("Utah", J), ("Ohio", J), ("Temu", P)],
        published="2024-12-20",
    )
    bans = extract_bans(adoc)
    utah = next(b for b in bans if b.imposed_by == entity_id(J, "Utah"))
    assert utah.status == "blocked_by_court"
    ohio = next(b for b in bans if b.imposed_by == entity_id(J, "Ohio"))
    assert ohio.status == "in_force"


def test_a_judge_blocking_the_law_far_on_in_the_paragraph_leaves_a_ban_made_by_no_law_or_another_law_alone():
    adoc = make_adoc(
        "Idaho banned Temu on state phones in March. Its agencies wiped the app. Officials praised the move. "
        "In October, a federal judge blocked the law.\n\n"
        "Governor Ann Cole signed House Bill 7, making Utah the first state to ban Temu outright. Cole hailed it. "
        "Lawmakers later passed the Kids Online Safety Act. In June, a judge blocked the law.\n\n"
        "Governor Tom Hale signed House Bill 9, making Ohio the first state to ban Shein outright. Hale hailed it. "
        "Few noticed. In June, a judge blocked the law in a separate case over billboards.",
        [("Idaho", J), ("Utah", J), ("Ohio", J), ("Temu", P), ("Shein", P)],
        published="2024-12-20",
    )
    bans = extract_bans(adoc)
    for place in ("Idaho", "Utah", "Ohio"):
        ban = next(b for b in bans if b.imposed_by == entity_id(J, place))
        assert ban.status == "in_force", place


@pytest.mark.parametrize(
    "sentence, imposer",
    [
        # a federal court sitting in a state is the country's
        ("A federal judge in Bahia suspended Telegram across the country in April 2023.", "Brazil"),
        ("A judge in Bahia suspended Telegram across the country in April 2023.", "Brazil"),
        # a state's own court is the state's
        ("A state judge in Bahia suspended Telegram across the country in April 2023.", "Bahia"),
    ],
)
def test_a_judge_sitting_in_a_state_acts_for_the_country_unless_told_as_the_states(sentence, imposer):
    from loaders.extract.pipeline import extract_one
    from loaders.model import Document

    # the country's top court, named before, is not the court of a judge told by the state he sits in
    text = "Brazil has blocked messaging apps before: the Supreme Federal Court suspended X in 2024. " + sentence
    facts = extract_one(Document(id="t", text=text, published="2024-06-12"))
    names = {e.id: e.name for e in facts.entities}
    assert [names[b.imposed_by] for b in facts.bans] == [imposer]


@pytest.mark.parametrize(
    "ordered",
    [
        "Two months later the Lagos High Court ordered the suspension to be lifted.",
        "The regulator Varnet suspended Kick in March, before the Lagos High Court ordered the site restored.",
        "In May the Lagos High Court ordered the regulator to unblock the site.",
    ],
)
def test_a_court_ordering_anothers_ban_undone_blocks_it(ordered):
    text = (
        "The regulator Varnet suspended Kick in March. " + ordered
        if not ordered.startswith("The regulator")
        else ordered
    )
    bans = _bans(text, [("Varnet", ORG), ("Kick", P), ("Lagos High Court", ORG)])
    assert bans == [(entity_id(ORG, "Varnet"), [entity_id(P, "Kick")], "blocked_by_court")]


@pytest.mark.parametrize(
    "ordered",
    [
        "In May the Lagos High Court ordered the regulator to unblock the site, but the regulator ignored it.",
        "In May the Lagos High Court could order the site restored.",
        "In May the Lagos High Court had not ordered the site restored.",
    ],
)
def test_an_unheeded_or_unmade_court_order_to_restore_leaves_the_ban(ordered):
    bans = _bans(
        "The regulator Varnet suspended Kick in March. " + ordered,
        [("Varnet", ORG), ("Kick", P), ("Lagos High Court", ORG)],
    )
    assert [s for _, _, s in bans] != ["blocked_by_court"], bans


@pytest.mark.parametrize(
    "ordered",
    [
        # a ban put back, not undone
        "In May an appeals court ordered the suspension reinstated, reversing a lower court.",
        # something else restored or lifted
        "In May the Lagos High Court ordered Kick to restore the accounts of two bloggers.",
        "In May the Lagos High Court ordered the firm to restore access for customers who had been cut off.",
        "In May a judge in Lagos instructed the police to lift the travel ban on the firm's finance director.",
        # no court: a justice minister, a ministry of justice
        "In May Justice Minister Ada Obi ordered the suspension lifted.",
        "In May the Ministry of Justice ordered the regulator to unblock the site.",
        # a report, not an order
        "In May the judge told journalists that Varnet had lifted the suspension of its own accord.",
        # an order wished for or supposed
        "Digital rights campaigners want a judge to order the suspension lifted.",
        "Varnet said it would comply if the Lagos High Court ordered the site restored.",
        # an order undone, or told unheeded
        "In May the Lagos High Court ordered the suspension lifted, but the Supreme Court reversed the ruling in June.",
        "In May the Lagos High Court ordered the suspension lifted, and the site remains blocked.",
    ],
)
def test_a_court_order_that_undoes_nothing_of_the_ban_leaves_it(ordered):
    bans = _bans(
        "The regulator Varnet suspended Kick in March. " + ordered,
        [
            ("Varnet", ORG),
            ("Kick", P),
            ("Lagos High Court", ORG),
            ("Supreme Court", ORG),
            ("Ministry of Justice", ORG),
            ("Ada Obi", "Person", ["Obi"]),
        ],
    )
    assert "blocked_by_court" not in [s for _, _, s in bans], bans


@pytest.mark.parametrize(
    "ordered",
    [
        "In May the Lagos High Court ordered the suspension lifted, overturning a lower court.",
        "In May Judge Ada Obi ordered the suspension lifted.",
        "In May the Lagos High Court ordered Varnet to restore access to the site.",
        "In May the Lagos High Court ordered Kick restored.",
    ],
)
def test_a_court_ordering_the_ban_itself_undone_still_blocks_it(ordered):
    bans = _bans(
        "The regulator Varnet suspended Kick in March. " + ordered,
        [("Varnet", ORG), ("Kick", P), ("Lagos High Court", ORG), ("Ada Obi", "Person", ["Obi"])],
    )
    assert bans == [(entity_id(ORG, "Varnet"), [entity_id(P, "Kick")], "blocked_by_court")]


def test_a_court_named_by_its_countrys_capital_takes_no_other_countrys_regulator_ban():
    # the court's seat is Turkey's capital: Russia's regulator blocking the same app the day before is Russia's own
    court = entity_id(ORG, "Ankara 2nd Criminal Judgeship of Peace")
    russia_regulator = entity_id(ORG, "Roskomnadzor")
    bans = _bans(
        "Zapster went dark in Turkey on Thursday after the Ankara 2nd Criminal Judgeship of Peace ordered it blocked. "
        "A day earlier, Russia's communications regulator Roskomnadzor blocked Zapster, citing extremist content.",
        [
            ("Turkey", J),
            ("Zapster", P),
            ("Ankara 2nd Criminal Judgeship of Peace", ORG),
            ("Russia", J),
            ("Roskomnadzor", ORG),
        ],
    )
    assert {b[0] for b in bans} == {court, russia_regulator}, bans


def test_a_watchdog_that_has_found_a_breach_and_has_ordered_a_halt_imposes_it():
    # the parser hangs "has ordered" on the reported clause ("the agency broke"), whose subject is the one ordered
    watchdog = entity_id(ORG, "Ruritanian Data Protection Board")
    bans = _bans(
        "The Ruritanian Data Protection Board has found that the Ruritanian Tax Agency broke the rules in its use of "
        "Zapster, and has ordered it to stop using Zapster by 9 December.",
        [("Ruritanian Data Protection Board", ORG), ("Ruritanian Tax Agency", ORG), ("Zapster", P), ("Ruritania", J)],
    )
    assert [b[0] for b in bans] == [watchdog], bans


def test_an_outlet_that_has_reported_a_breach_takes_no_order_given_in_the_reported_story():
    # "has reported that ..., and has ordered ...": the outlet only tells the story; it orders nothing
    bans = _bans(
        "The Ruritanian Gazette has reported that the Ruritanian Tax Agency broke the rules, and has ordered its staff "
        "to stop using Zapster.",
        [("Ruritanian Gazette", ORG), ("Ruritanian Tax Agency", ORG), ("Zapster", P), ("Ruritania", J)],
    )
    assert entity_id(ORG, "Ruritanian Gazette") not in [b[0] for b in bans], bans


def test_a_court_named_by_a_city_that_is_another_countrys_capital_is_the_storys_countrys():
    # "Tripoli" is Libya's capital, but the story names Lebanon only (a Lebanese city too): the court is no foreign body
    court = entity_id(ORG, "Tripoli Civil Court")
    bans = _bans(
        "Zapster was cut off in Lebanon on Monday after the Tripoli Civil Court ordered it blocked. Lebanon's "
        "communications ministry had blocked Zapster two days before.",
        [("Lebanon", J), ("Zapster", P), ("Tripoli Civil Court", ORG)],
    )
    assert [b[0] for b in bans] == [court], bans


def test_a_ban_a_group_sued_over_at_a_court_is_not_the_courts_ban():
    bans = _bans(
        "Ruritania lifted its suspension of Zapster on Tuesday, seven months after the app was shut out of the "
        "country. A press freedom group sued the government at the Regional Court of Justice over the ban.",
        [("Ruritania", J), ("Zapster", P), ("Regional Court of Justice", ORG)],
    )
    assert entity_id(ORG, "Regional Court of Justice") not in [b[0] for b in bans]


@pytest.mark.parametrize(
    "sentence",
    [
        "In May the High Court barred the regulator from shutting down Zapster until the case is heard.",
        "In May the High Court issued orders restraining the authority and the internet providers from blocking or "
        "throttling Zapster until the petition is heard.",
    ],
)
def test_a_court_keeping_the_state_from_cutting_a_service_off_bans_nothing(sentence):
    bans = _bans(
        f"Ruritania's regulator cut off Zapster during the exams in March. {sentence}",
        [("Ruritania", J), ("Zapster", P), ("High Court", ORG)],
    )
    assert entity_id(ORG, "High Court") not in [b[0] for b in bans], bans
    assert entity_id(J, "Ruritania") in [b[0] for b in bans]


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court of Ruritania barred the government from blocking Zapster until the case is heard.",
        "Last week the Supreme Court of Ruritania issued orders barring the regulator and the providers from shutting "
        "down or throttling Zapster until the petition is heard.",
        "A judge in Ruritania stopped the regulator from suspending Zapster on Monday.",
    ],
)
def test_a_court_barring_a_block_imposes_none(text):
    ents = [("Supreme Court of Ruritania", ORG), ("Ruritania", J), ("Zapster", P)]
    assert _bans(text, ents) == []


def test_a_use_barred_is_still_a_ban_beside_a_block_barred():
    ents = [("Supreme Court of Ruritania", ORG), ("Ruritania", J), ("Zapster", P)]
    bans = _bans("Ruritania barred civil servants from using Zapster on Monday.", ents)
    assert [(b[0], b[1]) for b in bans] == [(entity_id(J, "Ruritania"), [entity_id(P, "Zapster")])]


def test_the_court_lifting_the_ban_later_in_the_paragraph_ends_its_own_order_not_the_regulators():
    court, regulator = entity_id(ORG, "Lahore High Court"), entity_id(ORG, "Telecom Authority")
    ents = [("Lahore High Court", ORG), ("Telecom Authority", ORG), ("Zapster", P)]
    for text in (
        "The Telecom Authority blocked Zapster on 2 February over indecent content. The Lahore High Court ordered "
        "the Telecom Authority to suspend Zapster on 4 May while it heard a petition. The judge called the app "
        "vulgar. The court lifted the ban on 30 May.",
        "The Telecom Authority blocked Zapster on 2 February over indecent content. The Lahore High Court ordered "
        "Zapster suspended on 4 May, pending a hearing. The Telecom Authority complied, but the court withdrew its "
        "order days later.",
    ):
        bans = _bans(text, ents)
        assert (court, [entity_id(P, "Zapster")], "temporary") in bans, text
        assert (regulator, [entity_id(P, "Zapster")], "in_force") in bans, text


def test_the_court_striking_down_or_lifting_another_ban_leaves_its_own_order_in_force():
    zap, glim = entity_id(P, "Zapster"), entity_id(P, "Glimmer")
    court, state = entity_id(ORG, "Ruritania High Court"), entity_id(J, "Freedonia")
    ents = [("Ruritania High Court", ORG), ("Freedonia", J), ("Zapster", P), ("Glimmer", P)]
    # striking down, suspending, overturning: what a court does to another's ban, not the undoing of its own order
    for verb in ("suspended", "struck down", "overturned"):
        text = (
            "The Ruritania High Court ordered the quiz app Zapster blocked in May 2022. Freedonia had banned the "
            f"rival app Glimmer a year earlier. On the owner's petition, the court {verb} the ban in June."
        )
        bans = _bans(text, ents)
        assert (court, [zap], "in_force") in bans, text
        assert (state, [glim], "blocked_by_court") in bans, text
    # lifting the ban on an app its own order does not cover: the other ban ends
    regulator = entity_id(ORG, "Telecom Authority")
    ents = [("Ruritania High Court", ORG), ("Telecom Authority", ORG), ("Zapster", P), ("Glimmer", P)]
    text = (
        "The Telecom Authority blocked Zapster on 3 February 2021 over lewd clips. The Ruritania High Court ordered "
        "Glimmer suspended on 5 May 2021 while it heard a case. The judge called the app crude. The court lifted the "
        "ban on Zapster on 2 June."
    )
    bans = _bans(text, ents)
    assert (regulator, [zap], "temporary") in bans, text
    assert (court, [glim], "in_force") in bans, text


def test_a_participle_torn_from_a_suspended_order_is_the_orders_authors_ban():
    text = (
        "The High Court on Thursday suspended a directive by the Communications Authority of Ruritania (CA) restricting "
        "access to Zorblast during the ongoing national exams."
    )
    ents = [("Ruritania", J), ("Communications Authority of Ruritania", ORG), ("High Court", ORG), ("Zorblast", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-04-18"))
    assert [(b.imposed_by, b.targets, b.status) for b in bans] == [
        (entity_id(ORG, "Communications Authority of Ruritania"), [entity_id(P, "Zorblast")], "blocked_by_court")
    ]


def test_a_participle_after_an_order_of_no_named_author_stays_with_the_clause():
    text = "The High Court on Thursday suspended a directive restricting access to Zorblast during the national exams."
    ents = [("Ruritania", J), ("High Court", ORG), ("Zorblast", P)]
    bans = extract_bans(make_adoc(text, ents, published="2024-04-18"))
    assert [b.imposed_by for b in bans] == [entity_id(ORG, "High Court")]


def test_a_judges_relative_clause_naming_a_place_leaves_the_order_to_the_court():
    court = entity_id(ORG, "Supreme Court of Ruritania")
    ents = [
        ("Supreme Court of Ruritania", ORG),
        ("Ruritania", J),
        ("Freedonia", J),
        ("Zapster", P),
        ("Mara Solis", "Person", ["Solis"]),
    ]
    text = (
        "A panel of the Supreme Court of Ruritania on Monday backed an order suspending Zapster. It was issued "
        "on Friday by Justice Mara Solis, who suspended Zapster after the company failed to name a legal "
        "representative in Freedonia."
    )
    assert [b[0] for b in _bans(text, ents)] == [court]
    # near miss: a place in the person's own phrase still names whom they act for
    ents = [("Freedonia", J), ("Zapster", P), ("Tom Reed", "Person", ["Reed"])]
    text = "Governor Tom Reed of Freedonia, who took office in January, banned Zapster from state phones."
    assert [b[0] for b in _bans(text, ents)] == [entity_id(J, "Freedonia")]


def test_a_titled_judge_sits_on_the_court_named_beside_the_title_of_several_courts():
    court = entity_id(ORG, "Supreme Court of Ruritania")
    ents = [
        ("Supreme Court of Ruritania", ORG),
        ("Criminal Court of Lowtown", ORG),
        ("Ruritania", J),
        ("Zapster", P),
        ("Glimmer", P),
        ("Zorblast", P),
        ("Mara Solis", "Person", ["Solis"]),
    ]
    story = (
        "{} In December 2015, the Criminal Court of Lowtown ordered Glimmer off the air for two days. In March "
        "2022, Solis ordered Zorblast blocked nationwide for ignoring court orders."
    )
    text = story.format(
        "On Monday the Supreme Court of Ruritania confirmed the order, issued by Justice Mara Solis, that suspended "
        "Zapster across the country."
    )
    bans = {b[1][0]: b[0] for b in _bans(text, ents)}
    assert bans[entity_id(P, "Zorblast")] == court
    # near miss: the title told with no court beside it, of two courts named: no court guessed for the judge
    text = story.format(
        "On Monday the Supreme Court of Ruritania confirmed the order that suspended Zapster across the country. "
        "Justice Mara Solis had issued it on Friday."
    )
    bans = {b[1][0]: b[0] for b in _bans(text, ents)}
    assert bans.get(entity_id(P, "Zorblast")) != court


def test_a_court_stopping_the_conditions_that_keep_a_maker_out_blocks_the_regulators_ban():
    regulator = entity_id(ORG, "Ruritanian Telecom Authority")
    court = entity_id(ORG, "Administrative Court")
    ents = [("Ruritanian Telecom Authority", ORG), ("Administrative Court", ORG), ("Ruritania", J), ("Zorbex", ORG)]
    for second in (
        "The Administrative Court on Monday stopped the conditions that should keep Zorbex out of the 5G networks.",
        "The reason is a decision from the Administrative Court, which on Monday stopped the conditions that "
        "should keep Zorbex out of the 5G networks.",
    ):
        text = "In October the Ruritanian Telecom Authority barred Zorbex from the 5G auction. " + second
        bans = _bans(text, ents, published="2020-11-10")
        assert (regulator, [entity_id(ORG, "Zorbex")], "blocked_by_court") in bans, text
        assert court not in [b[0] for b in bans], text
    # near miss: a court setting conditions that keep a maker out makes its own ban
    text = "The Administrative Court on Monday imposed conditions that keep Zorbex out of the 5G networks."
    assert [b[0] for b in _bans(text, ents, published="2020-11-10")] == [court]


def test_a_bodys_relative_clause_naming_a_court_is_no_court_blocking_the_ban():
    ents = [("Ruritania", J), ("Supreme Court of Ruritania", ORG), ("Zapster", P)]
    # the relative's noun is the subject, read without the relative clause: the cabinet halts, the court only heard
    text = (
        "Ruritania banned Zapster in November 2023. The new cabinet, which halted the ban on Thursday after a "
        "Supreme Court of Ruritania hearing, said the app must register locally."
    )
    bans = _bans(text, ents, published="2024-08-22")
    assert [b[2] for b in bans if b[0] == entity_id(J, "Ruritania")] != ["blocked_by_court"]
    # the court itself as the relative's noun still blocks the ban
    text = (
        "Ruritania banned Zapster in November 2023. The Supreme Court of Ruritania, which halted the ban on "
        "Thursday, said the app must register locally."
    )
    bans = _bans(text, ents, published="2024-08-22")
    assert (entity_id(J, "Ruritania"), [entity_id(P, "Zapster")], "blocked_by_court") in bans


def test_a_persons_relative_clause_telling_their_office_names_whom_they_act_for():
    ents = [("Freedonia", J), ("Lowland", J), ("Highland", J), ("Zapster", P), ("Tom Reed", "Person", ["Reed"])]
    text = (
        "Tom Reed, who governs Freedonia, banned Zapster on state-owned devices on Tuesday, weeks after Lowland "
        "and Highland did the same."
    )
    bans = _bans(text, ents, published="2023-02-01")
    assert bans[0][0] == entity_id(J, "Freedonia")


def test_a_court_told_as_anothers_ruling_in_the_judges_sentence_is_not_the_judges():
    ents = [
        ("Supreme Court of Ruritania", ORG),
        ("Criminal Court of Lowtown", ORG),
        ("Ruritania", J),
        ("Zapster", P),
        ("Zorblast", P),
        ("Mara Solis", "Person", ["Solis"]),
    ]
    text = (
        "The Supreme Court of Ruritania ordered Zapster suspended on Friday. Justice Mara Solis said a ruling by the "
        "Criminal Court of Lowtown had come too late. In 2021, Solis ordered the app Zorblast blocked for failing "
        "to remove false posts."
    )
    bans = {b[1][0]: b[0] for b in _bans(text, ents, published="2022-11-15")}
    assert bans.get(entity_id(P, "Zorblast")) != entity_id(ORG, "Criminal Court of Lowtown")
