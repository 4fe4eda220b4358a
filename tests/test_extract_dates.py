"""Date resolution against a publication date: weekday rule, months without year, relative phrases, durations."""

import pytest

from loaders.extract.dates import dates_in, find_date_expressions, resolve_date

# Published on a Wednesday.
PUB = "2024-05-15"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Wednesday", "2024-05-15"),  # same weekday as publication: that very day
        ("Tuesday", "2024-05-14"),
        ("on Thursday", "2024-05-09"),  # a weekday after the publication weekday: last week's
        ("last Wednesday", "2024-05-08"),  # "last" is strictly before
        ("In January", "2024-01"),
        ("in November", "2023-11"),  # month later in the year than publication: the previous year
        ("in May", "2024-05"),
        ("last month", "2024-04"),
        ("earlier this month", "2024-05"),
        ("earlier this year", "2024"),
        ("back in 2019", "2019"),
        ("in 2016", "2016"),
        ("in September 2021", "2021-09"),
        ("July 4, 2022", "2022-07-04"),
        ("2 June", "2024-06-02"),  # day and month: the nearest year (effective dates lie ahead)
        ("from the end of the month", "2024-05-31"),
        ("February 3 last year", "2023-02-03"),
        ("last year", "2023"),
        ("yesterday", "2024-05-14"),
    ],
)
def test_resolves_relative_to_publication(expression, expected):
    assert resolve_date(expression, PUB) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "two weeks after launching it",
        "for three months",
        "within 45 days",
        "a few days later",
        "at the time",
        "the 1980s",
    ],
)
def test_durations_and_anchorless_phrases_are_not_dates(expression):
    assert resolve_date(expression, PUB) is None


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_date("on Monday", None) is None
    assert resolve_date("12 October 2021", None) == "2021-10-12"
    assert resolve_date("in 2018", None) == "2018"


def test_bad_input_is_named():
    with pytest.raises(TypeError):
        resolve_date(None, PUB)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not-a-date"):
        resolve_date("last month", "not-a-date")


def test_finds_expressions_in_a_sentence():
    from test_extract_bans_support import nlp

    doc = nlp()("The regulator said on Tuesday that the order, first drafted in March 2021, applies for six months.")
    found = [s.text for s in find_date_expressions(doc[:])]
    assert any("Tuesday" in f for f in found)
    assert any("March 2021" in f for f in found)
    resolved = [d for _, d in dates_in(doc[:], PUB)]
    assert "2024-05-14" in resolved and "2021-03" in resolved
    assert all(d is not None for d in resolved)


def test_a_date_expression_never_ends_in_the_full_stop():
    from test_extract_bans_support import nlp

    doc = nlp()(
        "The move comes after Austria barred Telegram from federal agencies in January. Poland followed in March."
    )
    for sent in doc.sents:
        for expr in find_date_expressions(sent):
            assert not expr[-1].is_punct, expr.text


@pytest.mark.parametrize(
    "published, expected",
    [("2024-05-15", "2024-05"), ("2025-02-07", "2025"), ("2025-01-08", None)],  # week of 27 Jan - 2 Feb: the year
)
def test_last_week_is_the_calendar_week_before_at_the_precision_it_allows(published, expected):
    assert resolve_date("last week", published) == expected


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        ("in recent days", "2024-05-15", "2024-05"),
        ("over the past few days", "2024-05-30", "2024-05"),
        ("in the last several days", "2024-06-03", "2024"),  # the week runs back into May: the year
        ("in recent days", "2025-01-02", None),  # back into the year before
        ("in recent weeks", "2024-05-30", None),  # weeks may reach into the month before: no date
    ],
)
def test_recent_days_are_the_week_up_to_publication_at_the_precision_it_allows(expression, published, expected):
    assert resolve_date(expression, published) == expected


def test_the_same_year_is_the_year_told_just_before():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("Britain ordered the kit out in 2020, and Sweden barred it the same year.")
    got = [d for _, d in dates_in(doc[:], "2024-07-11")]
    assert got == ["2020", "2020"]


# ---------------------------------------------------------------- ban dates told around the ban (written sentences)
from test_extract_bans_support import make_adoc  # noqa: E402

from loaders.extract.bans import extract_bans  # noqa: E402
from loaders.model import entity_id  # noqa: E402


def _ban(bans, name, kind="Jurisdiction"):
    found = [b for b in bans if b.imposed_by == entity_id(kind, name)]
    assert len(found) == 1, [(b.imposed_by, b.announced) for b in bans]
    return found[0]


def test_the_date_on_the_decisions_document_is_when_it_was_decided():
    adoc = make_adoc(
        "LIMA, May 23 (Wire) - Peru has ordered telecoms companies to block Viber, according to a document seen by "
        "the agency on Friday. The order, dated May 21 and signed by a deputy minister, asks carriers to report back.",
        [("Peru", "Jurisdiction"), ("Viber", "Product")],
        published="2025-05-24",
    )
    assert _ban(extract_bans(adoc), "Peru").announced == "2025-05-21"


def test_a_notice_issued_on_a_day_dates_the_ban_told_before_it():
    adoc = make_adoc(
        "Chile has barred government departments from using Kimi, the Chinese chatbot.\n\n"
        "In a notice issued on Friday, January 31, the ministry said the service involves information leakage. "
        "A minister told reporters on Monday that the measure applied to the public sector only.",
        [("Chile", "Jurisdiction"), ("Kimi", "Product")],
        published="2025-02-04",
    )
    assert _ban(extract_bans(adoc), "Chile").announced == "2025-01-31"


def test_a_date_in_a_relative_clause_belongs_to_its_own_place():
    adoc = make_adoc(
        "Utah banned CapCut on state devices on Monday. The move follows similar bans in Ohio, where Gov. Ann Lee "
        "signed an order on Nov. 29, and in Iowa, where Gov. Bo Ray issued an emergency directive last week.",
        [
            ("Utah", "Jurisdiction"),
            ("Ohio", "Jurisdiction"),
            ("Iowa", "Jurisdiction"),
            ("Ann Lee", "Person"),
            ("Bo Ray", "Person"),
            ("CapCut", "Product"),
        ],
        published="2022-12-13",
    )
    bans = extract_bans(adoc)
    assert _ban(bans, "Ohio").announced == "2022-11-29"
    assert _ban(bans, "Iowa").announced == "2022-12"


def test_effective_before_the_report_dates_the_ban():
    adoc = make_adoc(
        "Chad has blocked access to Facebook and Telegram, monitoring group NetBlocks said on Friday. "
        "The restrictions took effect late on Thursday, NetBlocks said.",
        [("Chad", "Jurisdiction"), ("NetBlocks", "Organisation"), ("Facebook", "Product"), ("Telegram", "Product")],
        published="2023-02-10",
    )
    assert _ban(extract_bans(adoc), "Chad").announced == "2023-02-09"


def test_a_date_in_the_sentence_before_with_the_same_subject_or_then():
    adoc = make_adoc(
        "On Wednesday Malta became the latest government to turn against Kick. Anna Vella, the interior minister, "
        "said civil servants would no longer be allowed to install the app on their work phones.",
        [("Malta", "Jurisdiction"), ("Anna Vella", "Person"), ("Kick", "Product")],
        published="2023-05-20",
    )
    assert _ban(extract_bans(adoc), "Malta").announced == "2023-05-17"
    adoc = make_adoc(
        "Parliament's decision goes further than the advice Cyprus gave on Tuesday. Justice Minister Ole Dahl then "
        "urged state employees not to install Kick on work phones.",
        [("Cyprus", "Jurisdiction"), ("Ole Dahl", "Person"), ("Kick", "Product")],
        published="2023-03-24",
    )
    assert _ban(extract_bans(adoc), "Cyprus").announced == "2023-03-21"


def test_the_same_year_dates_the_trigger_just_before_it():
    adoc = make_adoc(
        "Chile joins Peru, which ordered Huawei out of its 5G networks in 2020, and Bolivia, whose telecoms regulator "
        "Atel barred Huawei and ZTE gear from new 5G networks the same year.",
        [
            ("Chile", "Jurisdiction"),
            ("Peru", "Jurisdiction"),
            ("Bolivia", "Jurisdiction"),
            ("Atel", "Organisation"),
            ("Huawei", "Organisation"),
            ("ZTE", "Organisation"),
        ],
        published="2024-07-12",
    )
    bans = extract_bans(adoc)
    assert {b.announced for b in bans if b.imposed_by != entity_id("Jurisdiction", "Chile")} == {"2020"}


def test_the_modal_may_and_a_name_are_no_month():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("Firms, however large they may be, must comply, Theresa May said in May.")
    assert [d for _, d in dates_in(doc[:], "2024-08-31")] == ["2024-05"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("at the end of last month", "2025-01"), ("the end of last year", "2024"), ("early last month", "2025-01")],
)
def test_the_end_of_last_month_is_that_month(expression, expected):
    assert resolve_date(expression, "2025-02-18") == expected


def test_the_same_year_skips_a_deadline():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("In 2019 Peru told carriers to strip the kit out by 2026. Chile barred it in the same year.")
    sent = list(doc.sents)[1]
    assert [d for _, d in dates_in(sent, "2024-07-12")] == ["2019"]


def test_a_start_time_before_the_day_makes_it_the_effective_date():
    adoc = make_adoc(
        "The data commission said on the 17th that new downloads of Kimi have been suspended from 6 p.m. on the 15th.",
        [("Data Commission", "Organisation", ["data commission"]), ("Kimi", "Product")],
        published="2025-02-18",
    )
    ban = _ban(extract_bans(adoc), "Data Commission", "Organisation")
    assert (ban.announced, ban.effective) == ("2025-02-17", "2025-02-15")


def test_a_relative_clause_after_a_list_dates_every_place_in_it():
    adoc = make_adoc(
        "Chile followed Peru and Bolivia, which banned Kimi on government devices earlier this month.",
        [("Chile", "Jurisdiction"), ("Peru", "Jurisdiction"), ("Bolivia", "Jurisdiction"), ("Kimi", "Product")],
        published="2025-02-18",
    )
    bans = extract_bans(adoc)
    assert _ban(bans, "Peru").announced == _ban(bans, "Bolivia").announced == "2025-02"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("on the 17th", "2025-02-17"), ("the 4th", "2025-02-04"), ("the 20th", "2025-01-20")],
)
def test_a_day_of_the_month_alone_is_in_the_publications_month_or_the_one_before(expression, expected):
    assert resolve_date(expression, "2025-02-18") == expected


def test_an_ordinal_before_a_noun_is_no_day():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("The office on the 5th floor was closed on the 4th.")
    assert [d for _, d in dates_in(doc[:], "2025-02-18")] == ["2025-02-04"]


def test_a_date_told_before_the_first_clause_dates_the_coordinated_ones_too():
    adoc = make_adoc(
        "Earlier this month, the Ministry of Trade of Chile blocked access to Kimi on its work computers, and the "
        "Ministry of Defence of Chile blocked it on military computers.",
        [("Chile", "Jurisdiction"), ("Kimi", "Product")],
        published="2025-02-18",
    )
    bans = [b for b in extract_bans(adoc) if b.imposed_by == entity_id("Jurisdiction", "Chile")]
    assert {(b.scope, b.announced) for b in bans} == {
        ("government_devices", "2025-02"),
        ("military_devices", "2025-02"),
    }


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("the 3rd of March", "2025-03-03"),
        ("on the 21st of January", "2025-01-21"),
        ("21st of January 2024", "2024-01-21"),
    ],
)
def test_the_nth_of_a_month_is_that_day(expression, expected):
    assert resolve_date(expression, "2025-02-18") == expected


@pytest.mark.parametrize("expression", ["between 2020 and 2021", "from 2020 to 2023", "2020-2022"])
def test_a_span_of_years_is_dated_by_its_start(expression):
    assert resolve_date(expression, "2024-05-15") == "2020"


@pytest.mark.parametrize("expression", ["5651", "47", "in 1850", "on 12"])
def test_a_bare_number_that_is_no_year_is_no_date(expression):
    assert resolve_date(expression, "2024-08-10") is None


def test_the_year_of_a_law_cited_is_not_the_bans():
    adoc = make_adoc(
        "Ruritania blocked Zapster on Friday. The notice cited Law No. 4410, the 2009 law that governs online "
        "content, but gave no reason.",
        [("Ruritania", "Jurisdiction"), ("Zapster", "Product")],
        published="2024-08-10",
    )
    assert _ban(extract_bans(adoc), "Ruritania").announced == "2024-08-09"


def test_a_passive_ban_whose_imposer_the_next_sentence_names_takes_its_date():
    adoc = make_adoc(
        "The reopening does not extend to Zapster, the gaming platform, which was blocked on Wednesday. The "
        "minister said access to Zapster had been cut off by order of the Central Court of Ruritania.",
        [("Central Court of Ruritania", "Organisation"), ("Zapster", "Product")],
        published="2024-08-10",
    )
    assert _ban(extract_bans(adoc), "Central Court of Ruritania", "Organisation").announced == "2024-08-07"


@pytest.mark.parametrize(
    "later, expected",
    [("A day later", "2025-03-05"), ("Two weeks later", "2025-03-18"), ("The next day", "2025-03-05")],
)
def test_a_time_told_later_counts_from_the_last_day_told(later, expected):
    adoc = make_adoc(
        "Ruritania's regulator on March 4 ordered Zapster blocked.\n\nFreedonia\n\n"
        f"{later}, Freedonia barred government agencies from using Zapster.",
        [("Ruritania", "Jurisdiction"), ("Freedonia", "Jurisdiction"), ("Zapster", "Product")],
        published="2025-04-01",
    )
    assert _ban(extract_bans(adoc), "Freedonia").announced == expected


def test_joining_others_on_a_day_after_an_order_dates_the_order():
    adoc = make_adoc(
        "Ohio barred Zapster from state phones on March 3. Utah became the latest to join them on Tuesday, after "
        "its governor signed an executive order barring the app from state devices.",
        [("Ohio", "Jurisdiction"), ("Utah", "Jurisdiction"), ("Zapster", "Product")],
        published="2025-03-13",
    )
    assert _ban(extract_bans(adoc), "Utah").announced == "2025-03-11"


@pytest.mark.parametrize(
    "later, expected", [("The following month", "2020-01"), ("Two months later", "2020-02"), ("A year later", "2020")]
)
def test_a_month_or_year_told_later_counts_from_the_last_date_told(later, expected):
    adoc = make_adoc(
        "Ruritania passed a law against Zapster in December 2019. "
        f"{later}, Freedonia barred government agencies from using Zapster.",
        [("Ruritania", "Jurisdiction"), ("Freedonia", "Jurisdiction"), ("Zapster", "Product")],
        published="2023-04-06",
    )
    assert _ban(extract_bans(adoc), "Freedonia").announced == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("in the spring of 2022", "2022"),
        ("in Q3 2023", "2023"),
        ("the third quarter of 2023", "2023"),
        ("in the first week of March", "2024-03"),
        ("the last week of January 2023", "2023-01"),
    ],
)
def test_seasons_quarters_and_weeks_of_a_month_keep_the_precision_they_tell(expression, expected):
    assert resolve_date(expression, "2024-03-15") == expected


def test_did_the_same_last_week_is_dated_last_week():
    adoc = make_adoc(
        "Freedonia banned Zapster from government devices on Monday. Ruritania did the same last week.",
        [("Ruritania", "Jurisdiction"), ("Freedonia", "Jurisdiction"), ("Zapster", "Product")],
        published="2023-03-01",
    )
    assert _ban(extract_bans(adoc), "Ruritania").announced == "2023-02"


def test_a_year_told_near_the_verb_is_refined_by_a_finer_date_of_that_year_in_the_sentence():
    from test_extract_bans_support import make_adoc

    from loaders.extract.bans import extract_bans

    adoc = make_adoc(
        "Lisbon moved three years ago: the Data Security Act, signed into law in May 2021, barred federal agencies "
        "from buying Kestrel cameras.",
        [("Lisbon", "Jurisdiction"), ("Kestrel", "Organisation"), ("Data Security Act", "Law")],
        published="2024-03-09",
    )
    bans = extract_bans(adoc)
    assert [b.announced for b in bans] == ["2021-05"]


def test_a_sentence_that_only_tells_someone_acted_dates_the_act_told_next():
    from test_extract_bans_support import make_adoc

    from loaders.extract.bans import extract_bans

    adoc = make_adoc(
        "For years, ministers were warned about the cameras. On Tuesday, they finally acted.\n\n"
        "Portugal's minister told MPs that government departments must stop deploying Kestrel camera systems.",
        [("Portugal", "Jurisdiction"), ("Kestrel", "Organisation")],
        published="2024-03-09",
    )
    bans = extract_bans(adoc)
    assert [b.announced for b in bans] == ["2024-03-05"]


def test_the_clauses_own_day_comes_before_the_day_it_was_reported():
    from test_extract_bans_support import make_adoc

    from loaders.extract.bans import extract_bans

    adoc = make_adoc(
        "Portugal cut off access to Zangi on Sunday evening as protests spread, the regulator confirmed on Monday.",
        [("Portugal", "Jurisdiction"), ("Zangi", "Product")],
        published="2024-09-07",
    )
    assert [b.announced for b in extract_bans(adoc)] == ["2024-09-01"]


def test_the_day_a_ban_was_reported_still_dates_it_when_the_clause_tells_none():
    from test_extract_bans_support import make_adoc

    from loaders.extract.bans import extract_bans

    adoc = make_adoc(
        "Portugal cut off access to Zangi, the regulator confirmed on Monday.",
        [("Portugal", "Jurisdiction"), ("Zangi", "Product")],
        published="2024-09-07",
    )
    assert [b.announced for b in extract_bans(adoc)] == ["2024-09-02"]


def test_a_month_of_that_year_takes_the_year_told_just_before():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("Kenya suspended Telegram in 2019. It lifted the block in November of the same year.")
    assert [d for _, d in dates_in(list(doc.sents)[-1], "2024-10-09")] == ["2019-11"]
    doc = get_nlp()("The dispute began in 2018. By June that year Iran had blocked the app.")
    assert [d for _, d in dates_in(list(doc.sents)[-1], "2024-10-09")] == ["2018-06"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("this spring", "2024"),
        ("earlier this summer", "2024"),
        ("last spring", "2023"),  # on May 15 this year's spring is not over: the last one is the year before's
        ("past summer", "2023"),
        ("last autumn", "2023"),
        ("last winter", None),  # across two years
    ],
)
def test_seasons_tell_their_year(expression, expected):
    assert resolve_date(expression, PUB) == expected


def test_short_month_names_and_a_date_run_into_a_duration():
    from test_extract_bans_support import nlp

    doc = nlp()("The app went dark on Sept. 3, two days after the vote, and again on Nov 9 and on 4 Oct 2021.")
    assert [v for _, v in dates_in(doc[:], "2024-11-22")] == ["2024-09-03", "2024-11-09", "2021-10-04"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("at the start of the month", "2024-05"),
        ("the beginning of the year", "2024"),
        ("in the middle of this month", "2024-05"),
        ("the start of last month", "2024-04"),
    ],
)
def test_the_start_or_middle_of_a_period_is_that_period(expression, expected):
    assert resolve_date(expression, PUB) == expected


def test_a_year_modifying_a_measure_dates_it_though_the_ner_took_it_for_a_number():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("The cabinet built on a 2019 decree that bars Zapster. Some 2019 phones were affected.")
    first, second = list(doc.sents)
    assert [v for _, v in dates_in(first, "2025-02-12")] == ["2019"]
    assert dates_in(second, "2025-02-12") == []  # a count of phones, no date


def test_a_day_the_ner_ran_into_the_clause_after_it():
    from test_extract_bans_support import nlp

    doc = nlp()(
        "Ruritania's two mobile network operators will remove all parts made by Huawei and ZTE from their 5G core "
        "networks by December 31, 2027, under a deal announced by the federal interior ministry on Thursday, ending "
        "months of talks over how far the country should go."
    )
    assert [v for _, v in dates_in(doc[:], "2024-07-19")] == ["2027-12-31", "2024-07-18"]


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("earlier this week", "2025-03-01", "2025-02"),  # a Saturday the 1st: the days before it were February's
        ("earlier in the week", "2025-03-01", "2025-02"),
        ("this week", "2025-03-01", "2025"),  # Monday to Saturday runs across two months: the year only
        ("earlier this week", "2024-05-15", "2024-05"),
    ],
)
def test_this_week_is_the_days_of_the_week_so_far(expression, published, expected):
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("earlier this month", "2023-06-01", "2023-05"),  # told on the 1st: the month before is the writer's
        ("earlier in the month", "2023-06-01", "2023-05"),
        ("earlier this month", "2023-06-12", "2023-06"),
        ("this month", "2023-06-01", "2023-06"),
    ],
)
def test_earlier_this_month_on_the_first_is_the_month_before(expression, published, expected):
    assert resolve_date(expression, published) == expected


def test_earlier_in_the_week_is_found_in_a_sentence():
    from test_extract_bans_support import nlp

    doc = nlp()("Earlier in the week, the ministry told staff to delete the app, and later in the month it said more.")
    assert [v for _, v in dates_in(doc[:], "2025-03-01")] == ["2025-02", "2025-03"]


def test_that_month_takes_the_year_told_before():
    from test_extract_bans_support import nlp

    doc = nlp()(
        "The row started in 2016. In June that year the ministry ordered staff to drop the software, and parliament "
        "put a ban into the budget act, which was signed that November. He said that December was cold."
    )
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2016", "2016-06", "2016-11", "2023-12"]


def test_a_bare_duration_after_a_date_is_cut_off():
    from test_extract_bans_support import nlp

    doc = nlp()("In April 2021, days after the election, the regulator added the firm to its list.")
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2021-04"]


def test_a_weekday_followed_by_its_date_is_that_date():
    from test_extract_bans_support import nlp

    doc = nlp()("Late on Saturday, 2 March, the regulator cut access to the messaging service across the country.")
    assert [v for _, v in dates_in(doc[:], "2024-03-09")] == ["2024-03-02"]
    assert resolve_date("Tuesday, 4 June", "2024-06-08") == "2024-06-04"


def test_last_weekday_earlier_in_the_publication_week_is_the_week_before():
    # published on a Thursday: this week's Tuesday is "on Tuesday", "last Tuesday" is the one before
    assert resolve_date("last Tuesday", "2024-05-16") == "2024-05-07"
    assert resolve_date("on Tuesday", "2024-05-16") == "2024-05-14"
    assert resolve_date("last Friday", "2024-05-16") == "2024-05-10"


def test_a_weekday_of_last_week_is_that_day_of_the_calendar_week_before():
    # published on a Thursday: "Thursday last week" is a week back, "Friday of last week" six days back, and a
    # weekday later in the week than the publication's still lies in the week before, not this one
    assert resolve_date("Thursday last week", "2024-05-16") == "2024-05-09"
    assert resolve_date("on Friday of last week", "2024-05-16") == "2024-05-10"
    assert resolve_date("Monday, the previous week", "2024-05-13") == "2024-05-06"
    # near-miss: "last week" alone is the week, no day of it
    assert resolve_date("last week", "2024-05-16") == "2024-05"


def test_a_weekday_of_the_previous_week_after_a_date_told_is_of_the_week_before_that_date():
    from test_extract_bans_support import nlp

    # "the previous week" is told from the time just told, "last week" from the publication's
    doc = nlp()("Chile blocked the app on 12 July 2023. On Monday the previous week, it had cut off Zapster.")
    assert [v for _, v in dates_in(doc[:], "2024-05-16")] == ["2023-07-12", "2023-07-03"]
    doc = nlp()("Peru blocked the app in July 2023. On Monday the previous week, it had cut off Zapster.")
    assert [v for _, v in dates_in(doc[:], "2024-05-16")] == ["2023-07", "2023-07"]
    doc = nlp()("Peru blocked the app in July 2023. On Thursday last week, it cut off Zapster.")
    assert [v for _, v in dates_in(doc[:], "2024-05-16")] == ["2023-07", "2024-05-09"]
    doc = nlp()("On Monday the previous week, Peru had cut off Zapster.")  # no time told: the publication's
    assert [v for _, v in dates_in(doc[:], "2024-05-16")] == ["2024-05-06"]


def test_month_and_year_after_an_earlier_date():
    from test_extract_bans_support import nlp

    doc = nlp()(
        "Chile restricted the app on official phones in July 2019, and its senate passed a wider ban the "
        "following spring."
    )
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2019-07", "2020"]
    doc = nlp()("Peru blocked the service in November 2021 and lifted the block the following month.")
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2021-11", "2021-12"]
    doc = nlp()("Ghana drafted its rules in March 2018, and the regulator barred the app in August that year.")
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2018-03", "2018-08"]
    doc = nlp()("Chad blocked the app in May 2021 and added a second platform to the list later that same month.")
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2021-05", "2021-05"]


def test_that_before_a_month_hung_on_it_by_the_parser_is_still_that_year():
    from test_extract_bans_support import nlp

    doc = nlp()("Kenya suspended the app in March 2019 and followed with a ban on the game Arena Kings that October.")
    assert [v for _, v in dates_in(doc[:], PUB)] == ["2019-03", "2019-10"]


def test_a_year_in_a_law_name_is_no_date():
    from test_extract_bans_support import nlp

    doc = nlp()("The order cites Section 12 of the Broadcasting Act, 2003, and Decree No. 14 of 2011.")
    assert dates_in(doc[:], PUB) == []


def test_a_day_without_year_told_in_the_past_lies_behind_the_publication():
    from test_extract_bans_support import nlp

    # in a December paper, May 17 is nearer ahead than behind; a signing told in the past was the last one
    doc = nlp()("The governor signed the bill on May 17, and shops were told to comply by 15 May.")
    assert [v for _, v in dates_in(doc[:], "2023-12-01")] == ["2023-05-17", "2024-05-15"]
    doc = nlp()("The regulator gave the firm a deadline of May 15 to comply.")
    assert [v for _, v in dates_in(doc[:], "2023-12-01")] == ["2024-05-15"]


def test_a_date_the_ner_ran_into_the_name_after_it():
    from test_extract_bans_support import nlp

    doc = nlp()("At the end of January the Storting, Norway's parliament, told members to delete the app.")
    assert [v for _, v in dates_in(doc[:], "2024-02-10")] == ["2024-01-31"]


def test_the_end_of_that_month_is_the_month_told_before():
    from loaders.extract.nlp import get_nlp

    doc = get_nlp()("Norway acted on 23 May, and Sweden adopted similar rules before the end of that month.")
    assert [v for _, v in dates_in(doc[:], "2024-06-20")] == ["2024-05-23", "2024-05"]


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("the weekend", "2020-04-09", "2020-04"),  # a Thursday paper: the 4th-5th
        ("over the weekend", "2020-04-06", "2020-04"),
        ("at the weekend", "2020-03-02", "2020"),  # Feb 29 - Mar 1: two months, told to the year
        ("last weekend", "2024-06-15", "2024-06"),
        ("this weekend", "2024-06-12", None),  # one to come: not the weekend behind the paper
    ],
)
def test_the_weekend_is_the_one_before_the_paper_to_the_month_its_days_share(expression, published, expected):
    assert resolve_date(expression, published) == expected


def test_a_short_month_name_in_capitals_opens_a_timelines_entry():
    from test_extract_bans_support import nlp

    doc = nlp()("FEB 23, 2023 - Peru tells its staff to uninstall Viber. The ministry said it would act in MAR.")
    assert [v for _, v in dates_in(doc[:], "2023-03-17")] == ["2023-02-23"]
