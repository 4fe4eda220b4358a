"""Cleaning heuristics on articles written for these tests (not corpus strings)."""

from __future__ import annotations

import unicodedata

from loaders.clean import clean_text, drop_trailing_junk, is_furniture

BODY = [
    "The harbour authority of Eastland on Tuesday barred the messaging app Chatterbox from all port computers, "
    "citing worries about where the app stores its data.",
    "Officials said the measure would take effect at the start of next month and would be reviewed after a year.",
    "Chatterbox said it was disappointed and that it would ask the authority to reconsider its decision.",
]


def test_trailing_comment_prompt_newsletter_and_unrelated_headlines_are_dropped():
    junk = [
        "Post a comment",
        "Get the week's shipping news in your inbox every Monday. Sign up for our newsletter.",
        "Stories you might enjoy",
        "Ten lighthouses worth the detour\nHow to pick a rain jacket\nA baker's guide to sourdough starters",
    ]
    out = clean_text("\n\n".join(BODY + junk))
    assert out == "\n\n".join(BODY)


def test_a_short_final_paragraph_of_the_article_stays():
    body = BODY + ["What happens next is anyone's guess."]
    assert clean_text("\n\n".join(body + ["Leave a reply"])) == "\n\n".join(body)
    assert clean_text("\n\n".join(body)) == "\n\n".join(body)


def test_long_paragraph_mentioning_a_newsletter_is_content():
    para = (
        "The authority said it had told staff in its weekly newsletter that the app must be removed from every work "
        "computer before the end of the month, and that managers would check compliance in each office."
    )
    assert not is_furniture(para)
    assert clean_text("\n\n".join(BODY + [para])).endswith(para)


def test_repeated_paragraph_counts_once():
    text = "\n\n".join([BODY[0], BODY[0], BODY[1], "  " + BODY[1].upper().lower().capitalize(), BODY[2]])
    out = clean_text(text)
    assert out.count(BODY[0]) == 1
    assert out.split("\n\n") == [BODY[0], BODY[1], BODY[2]]


def test_share_rows_ads_and_promos_anywhere():
    text = "\n\n".join(
        [
            BODY[0],
            "Share on Facebook | Twitter | Email",
            BODY[1],
            "Advertisement",
            "READ MORE: Port fees rise again",
            BODY[2],
        ]
    )
    assert clean_text(text) == "\n\n".join(BODY)


def test_cookie_banner_line_and_section_label_dropped_headline_kept_once():
    headline = "Eastland port bars Chatterbox app"
    text = "\n\n".join(
        [
            headline,
            "Business",
            "We use cookies to improve your experience. Accept all or manage your preferences.",
            headline,
            *BODY,
        ]
    )
    out = clean_text(text, title=headline)
    assert out.split("\n\n") == [headline, *BODY]


def test_whitespace_and_unicode_normalised_quotes_kept():
    decomposed = unicodedata.normalize("NFD", "Café")
    text = f"  {decomposed}\u00a0owner said\tthe ban was \u201cunfair\u201d\u200b.  \r\n\r\n\r\n\r\nSecond\r\nline wrapped here.  "
    out = clean_text(text)
    assert out == "Café owner said the ban was \u201cunfair\u201d.\n\nSecond line wrapped here."
    assert unicodedata.is_normalized("NFC", out)


def test_bulleted_lists_keep_their_lines():
    text = BODY[0] + "\n\nThe order covers:\n- phones\n- laptops\n- tablets"
    assert clean_text(text).endswith("The order covers:\n- phones\n- laptops\n- tablets")


def test_drop_trailing_junk_stops_at_long_content():
    long_line = " ".join(["word"] * 40)
    units = [long_line, "Subscribe now", long_line, "short headline one", "short headline two"]
    # no furniture after the last long line: nothing is cut
    assert drop_trailing_junk(units) == units
    assert drop_trailing_junk([long_line, "Subscribe now", "headline"]) == [long_line]


def test_navigation_and_tag_lines_are_furniture():
    text = "\n\n".join(
        ["Skip to main content", "Sign in", *BODY, "Tags: Eastland, Chatterbox, ports", "Related topics"]
    )
    assert clean_text(text) == "\n\n".join(BODY)


def test_calls_to_action_are_furniture_but_reporting_about_subscriptions_is_not():
    for line in (
        "Register for our newsletter here.",
        "Morning briefings for busy people. Sign up for free today.",
        "Get the day's top stories straight to your inbox.",
        "Subscribe",
    ):
        assert is_furniture(line), line
    last = "Users who subscribe to the premium tier can still sign up new drivers in the app."
    assert not is_furniture(last)
    assert clean_text("\n\n".join([*BODY, last])).endswith(last)


def test_reporting_that_looks_like_furniture_words_is_kept():
    for last in (
        "The agency received 300 comments from the public before deciding.",
        "Share prices of the company fell 4% after the announcement.",
        "Copyright law was not cited in the order.",
        "Most popular apps in the country are made abroad.",
    ):
        assert not is_furniture(last), last
        assert clean_text("\n\n".join([*BODY, last])).endswith(last)
    for junk in (
        "12 Comments",
        "Share this article",
        "Most read",
        "© 2024 The Valley Post",
        "Copyright © Valley Media",
    ):
        assert is_furniture(junk), junk


def test_a_short_byline_under_the_headline_is_no_section_label():
    body = "The port authority of Eastmere closed its ferry booking app on Tuesday after a data leak."
    for byline in ("By Olga Ferreira", "Analysis by Kit Moss"):
        text = f"Eastmere shuts ferry app\n\n{byline}\n\n{body}"
        assert clean_text(text, title="Eastmere shuts ferry app").split("\n\n") == [
            "Eastmere shuts ferry app",
            byline,
            body,
        ]
    assert clean_text(f"Eastmere shuts ferry app\n\nTransport\n\n{body}", title="Eastmere shuts ferry app").split(
        "\n\n"
    ) == ["Eastmere shuts ferry app", body]


def test_a_section_label_under_a_short_byline_is_still_dropped():
    body = "The port authority of Eastmere closed its ferry booking app on Tuesday after a data leak."
    text = f"Eastmere shuts ferry app\n\nBy Olga Ferreira\n\nTransport\n\n{body}"
    assert clean_text(text, title="Eastmere shuts ferry app").split("\n\n") == [
        "Eastmere shuts ferry app",
        "By Olga Ferreira",
        body,
    ]


def test_a_by_phrase_naming_no_person_is_still_a_label():
    body = "The port authority of Eastmere closed its ferry booking app on Tuesday after a data leak."
    for label in ("By The Numbers", "By Region"):
        text = f"Eastmere shuts ferry app\n\n{label}\n\n{body}"
        assert clean_text(text, title="Eastmere shuts ferry app").split("\n\n") == ["Eastmere shuts ferry app", body]
