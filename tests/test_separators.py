"""A '---' separator glued to the paragraph above it, whole posts in and out."""

from __future__ import annotations

from cleaner.pipeline import clean_text

HEAD = '---\ntitle: "Separators"\n---\n\n'


def clean(body: str) -> str:
    return clean_text(HEAD + body).text


def test_a_separator_right_under_the_last_paragraph_is_parted_from_it():
    # the pipeline's "related posts" block glued to an article that did not
    # end with a blank line: the whole paragraph would render as an <h2>
    body = (
        "在宅ワークを始めて三年が経ちました。\n\n"
        "道具より順番が大切だと、今でははっきり言えます。\n---\n\n"
        "### あわせて読みたい\n\n- [机まわりの話](/desk/)\n"
    )
    assert clean(body) == HEAD + body.replace("言えます。\n---", "言えます。\n\n---")


def test_two_english_sentences_glued_to_a_separator_are_parted():
    body = "Bake it for forty minutes. Let it cool before you cut it.\n---\n\nMore recipes below.\n"
    assert clean(body) == HEAD + body.replace("cut it.\n---", "cut it.\n\n---")


def test_a_setext_heading_its_author_meant_stays():
    body = "Installation\n---\n\nRun the installer. Then restart.\n\nWhy Rust?\n---\n\nIt is fast.\n"
    assert clean(body) == HEAD + body


def test_a_separator_after_a_blank_line_and_other_rules_stay():
    body = "The article ends here. It was long.\n\n---\n\nThe end. Truly.\n***\n\nMore.\n"
    assert clean(body) == HEAD + body
