"""A company ruling its own staff imposes the ban itself (scope staff_devices), on sentences written for these
tests (not from the corpus); and a company that is only the target, the reporter or the one ordered never does."""

from test_extract_bans_support import make_adoc

from loaders.extract.bans import extract_bans
from loaders.extract.follows import extract_follows
from loaders.model import entity_id

J, ORG, P = "Jurisdiction", "Organisation", "Product"
NORTHWIND = entity_id(ORG, "Northwind Logistics")
HALVORSEN = entity_id(ORG, "Halvorsen Bank")


def bans_of(text, entities, published="2024-09-12"):
    return extract_bans(make_adoc(text, entities, published=published))


def by(bans, imposer):
    return [b for b in bans if b.imposed_by == imposer]


def test_company_bars_its_employees_from_a_tool():
    bans = bans_of(
        "Northwind Logistics has barred its employees from using Gemini on work laptops.",
        [("Northwind Logistics", ORG), ("Gemini", P)],
    )
    (ban,) = by(bans, NORTHWIND)
    assert ban.targets == [entity_id(P, "Gemini")]
    assert ban.scope == "staff_devices"
    assert ban.status == "in_force"


def test_company_restricts_staff_use_of_two_tools():
    bans = bans_of(
        "Halvorsen Bank restricted staff use of Claude and Perplexity in August.",
        [("Halvorsen Bank", ORG), ("Claude", P), ("Perplexity", P)],
    )
    (ban,) = by(bans, HALVORSEN)
    assert set(ban.targets) == {entity_id(P, "Claude"), entity_id(P, "Perplexity")}
    assert ban.scope == "staff_devices"
    assert ban.announced == "2024-08"


def test_company_kit_without_naming_staff():
    bans = bans_of(
        "Northwind Logistics blocked WeChat on company-issued phones last month.",
        [("Northwind Logistics", ORG), ("WeChat", P)],
    )
    (ban,) = by(bans, NORTHWIND)
    assert ban.scope == "staff_devices"


def test_company_telling_workers_not_to_use_is_advice_but_could_no_longer_is_a_rule():
    told = bans_of(
        "Halvorsen Bank told its traders not to use Telegram.",
        [("Halvorsen Bank", ORG), ("Telegram", P)],
    )
    (ban,) = by(told, HALVORSEN)
    assert ban.status == "advisory"
    assert ban.scope == "staff_devices"
    rule = bans_of(
        "Northwind Logistics informed employees on Monday that they could no longer use Gemini on office computers.",
        [("Northwind Logistics", ORG), ("Gemini", P)],
    )
    (ban,) = by(rule, NORTHWIND)
    assert ban.status == "in_force"


def test_company_saying_it_barred_staff():
    bans = bans_of(
        "Northwind Logistics said it had banned staff from using Replika.",
        [("Northwind Logistics", ORG), ("Replika", P)],
    )
    assert [b.scope for b in by(bans, NORTHWIND)] == ["staff_devices"]


def test_no_company_imposer_when_the_company_is_target_reporter_or_ordered():
    cases = [
        # the company's products are the target
        ("Northwind phones were banned from ministry offices by Ruritania.", [("Northwind", ORG), ("Ruritania", J)]),
        # the company tells of a government's ban of its app
        (
            "Northwind Logistics said Ruritania had banned its Parcelly app for employees of ministries.",
            [("Northwind Logistics", ORG), ("Ruritania", J), ("Parcelly", P)],
        ),
        # a newspaper reports someone's ban
        (
            "The Daily Courier reported that employees were barred from using Gemini.",
            [("The Daily Courier", ORG), ("Gemini", P)],
        ),
        # a regulator orders the company
        (
            "The Ruritanian Data Authority ordered Northwind Logistics to stop its workers using Parcelly.",
            [("Ruritanian Data Authority", ORG), ("Northwind Logistics", ORG), ("Parcelly", P)],
        ),
        # a company pulling an app from its own store, workers named only in the reason
        (
            "Northwind Logistics removed Parcelly from its app store after workers complained.",
            [("Northwind Logistics", ORG), ("Parcelly", P)],
        ),
    ]
    for text, ents in cases:
        bans = bans_of(text, ents)
        companies = [e for e, k in ents if k == ORG and "Authority" not in e]
        assert not [b for b in bans for c in companies if b.imposed_by == entity_id(ORG, c)], text


def test_company_possessive_ban_for_staff():
    bans = bans_of(
        "Halvorsen Bank's ban on DeepSeek for employees took effect on Monday.",
        [("Halvorsen Bank", ORG), ("DeepSeek", P)],
    )
    (ban,) = by(bans, HALVORSEN)
    assert ban.scope == "staff_devices"


def test_company_follows_company_by_explicit_cue():
    adoc = make_adoc(
        "Halvorsen Bank has barred employees from using Gemini, joining Northwind Logistics, which banned the "
        "chatbot on company-owned phones in March.",
        [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Gemini", P)],
    )
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {HALVORSEN, NORTHWIND}
    follows = extract_follows(adoc, bans)
    assert {(f.follower, f.followed) for f in follows} == {(HALVORSEN, NORTHWIND)}


def test_a_company_named_beside_a_government_ban_is_no_follower():
    adoc = make_adoc(
        "Ruritania banned Gemini on government phones, joining Northwind Logistics in keeping it off work devices.",
        [("Ruritania", J), ("Northwind Logistics", ORG), ("Gemini", P)],
    )
    bans = extract_bans(adoc)
    assert {b.imposed_by for b in bans} == {entity_id(J, "Ruritania")}
    assert not extract_follows(adoc, bans)


def test_the_companys_own_announcement_dates_the_ban_not_the_day_it_took_effect():
    bans = bans_of(
        "Halvorsen Bank has barred employees from using Gemini on work laptops, the lender said on Wednesday. "
        "The restriction took effect on Monday.",
        [("Halvorsen Bank", ORG), ("Gemini", P)],
        published="2024-09-12",
    )
    (ban,) = by(bans, HALVORSEN)
    assert ban.announced == "2024-09-11"


def test_a_company_banning_a_tool_internally_binds_its_staff():
    bans = bans_of(
        "Northwind Logistics banned the use of chatbots such as Gemini internally after a leak in March.",
        [("Northwind Logistics", ORG), ("Gemini", P)],
    )
    (ban,) = by(bans, NORTHWIND)
    assert ban.scope == "staff_devices"


def test_coordinated_companies_limiting_staff_access_each_impose_their_own():
    bans = bans_of(
        "Halvorsen Bank and Northwind Logistics have limited employee access to Gemini this month.",
        [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Gemini", P)],
    )
    assert {b.imposed_by for b in bans} == {HALVORSEN, NORTHWIND}
    assert all(b.scope == "staff_devices" and b.targets == [entity_id(P, "Gemini")] for b in bans)


def test_limiting_something_other_than_access_or_use_is_no_ban():
    bans = bans_of(
        "Northwind Logistics limited the amount of data its staff may upload to Gemini.",
        [("Northwind Logistics", ORG), ("Gemini", P)],
    )
    assert by(bans, NORTHWIND) == []


def test_companies_restricting_a_tool_in_recent_days_are_dated_by_the_publication_month():
    bans = bans_of(
        "Halvorsen Bank has barred employees from using Gemini, the lender said on Monday. "
        "Northwind Logistics has also limited staff access to Gemini in recent days.",
        [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Gemini", P)],
        published="2024-09-12",
    )
    (ban,) = by(bans, NORTHWIND)
    assert ban.announced == "2024-09"


RIDGEVIEW = entity_id(ORG, "Ridgeview University")
LAKESIDE = entity_id(ORG, "Lakeside College")
SNAP = entity_id(P, "Snapchat")
SCHOOLS = [
    ("Ridgeview University", ORG),
    ("Lakeside College", ORG),
    ("Hill State University", ORG),
    ("Snapchat", P),
    ("Oregon", J),
]


def test_a_university_blocking_an_app_on_its_network_imposes_its_own_ban():
    bans = bans_of("Ridgeview University blocked Snapchat on its campus networks on Monday.", SCHOOLS)
    (ban,) = by(bans, RIDGEVIEW)
    assert ban.targets == [SNAP]
    assert ban.scope == "government_devices"  # a public school's kit, as the state's
    assert ban.status == "in_force"


def test_a_college_in_a_state_restricting_an_app_is_the_college_not_the_state():
    bans = bans_of(
        "Ridgeview University blocked Snapchat on its network in August, and Lakeside College in Oregon also "
        "restricted the app.",
        SCHOOLS,
    )
    assert by(bans, RIDGEVIEW) and by(bans, LAKESIDE)
    assert not by(bans, entity_id(J, "Oregon"))


def test_the_university_told_again_is_the_school_named_before():
    bans = bans_of(
        "Ridgeview University changed its rules this week. Its president said the university had begun blocking "
        "Snapchat on all campus networks.",
        SCHOOLS,
    )
    assert by(bans, RIDGEVIEW)


def test_schools_listed_as_subjects_each_announce_their_own_restrictions():
    bans = bans_of(
        "The University of Oregon at Eugene, Ridgeview University and Lakeside College all announced similar "
        "restrictions on Snapchat on their networks in recent days.",
        [*SCHOOLS, ("University of Oregon at Eugene", ORG)],
    )
    assert by(bans, RIDGEVIEW) and by(bans, LAKESIDE) and by(bans, entity_id(ORG, "University of Oregon at Eugene"))


def test_companies_following_suit_after_a_companys_staff_rule_each_rule_their_own_staff():
    ents = [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Brightwater Insurance", ORG), ("Gemini", P)]
    bans = bans_of(
        "Halvorsen Bank restricted staff use of Gemini in March. Northwind Logistics and Brightwater Insurance "
        "later followed suit.",
        ents,
    )
    for company in (HALVORSEN, NORTHWIND, entity_id(ORG, "Brightwater Insurance")):
        (ban,) = by(bans, company)
        assert ban.targets == [entity_id(P, "Gemini")]
        assert ban.scope == "staff_devices"
    # not after a government's ban, nor when the step is denied
    bans = bans_of(
        "Ruritania barred civil servants from using Gemini in March. Northwind Logistics followed suit.",
        [("Ruritania", J), *ents],
    )
    assert not by(bans, NORTHWIND)
    bans = bans_of(
        "Halvorsen Bank restricted staff use of Gemini in March. Northwind Logistics has not done the same.", ents
    )
    assert not by(bans, NORTHWIND)


def test_a_like_step_not_yet_taken_or_only_expected_is_no_ban():
    ents = [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Brightwater Insurance", ORG), ("Gemini", P)]
    rule = "Halvorsen Bank restricted staff use of Gemini in March. "
    for later in (
        "Northwind Logistics has yet to follow suit, its chief executive said.",
        "Northwind Logistics is yet to do the same.",
        "Brokers expect rivals such as Northwind Logistics and Brightwater Insurance to follow suit.",
    ):
        bans = bans_of(rule + later, ents)
        assert not by(bans, NORTHWIND), later
        assert not by(bans, entity_id(ORG, "Brightwater Insurance")), later
    # nor for a government
    bans = bans_of(
        "Ruritania blocked Gemini nationwide on Monday. Borduria has yet to follow suit.",
        [("Ruritania", J), ("Borduria", J), ("Gemini", P)],
    )
    assert not by(bans, entity_id(J, "Borduria"))


def test_a_like_step_only_wished_by_others_or_that_may_come_is_no_ban():
    ents = [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Gemini", P)]
    rule = "Halvorsen Bank restricted staff use of Gemini in March. "
    for later in (
        "Pension funds want Northwind Logistics to follow suit.",
        "Northwind Logistics may follow suit, two people briefed on the plans said.",
    ):
        assert not by(bans_of(rule + later, ents), NORTHWIND), later


def test_copying_another_firms_step_after_a_staff_rule_is_no_staff_rule():
    ents = [("Halvorsen Bank", ORG), ("Northwind Logistics", ORG), ("Brightwater Insurance", ORG), ("Gemini", P)]
    for later in (
        "In April Brightwater Insurance opened a private version of the chatbot for its clients, and Northwind "
        "Logistics followed suit with a tool of its own.",
        "Brightwater Insurance answered by letting customers delete their chat logs, and Northwind Logistics did "
        "the same.",
    ):
        bans = bans_of("Halvorsen Bank restricted staff use of Gemini in March. " + later, ents)
        assert not by(bans, NORTHWIND), later
    # the staff rule copied right after it, with the rule maker's own words or a spokesperson's between, still is
    bans = bans_of(
        "Halvorsen Bank restricted staff use of Gemini in March. It said the move was not prompted by any leak. "
        "Then Northwind Logistics followed suit with its own restrictions.",
        ents,
    )
    assert by(bans, NORTHWIND)
    bans = bans_of(
        "Halvorsen Bank restricted staff use of Gemini in March, a spokesperson said. Northwind Logistics "
        "followed suit in April.",
        ents,
    )
    (ban,) = by(bans, NORTHWIND)
    assert ban.scope == "staff_devices"
