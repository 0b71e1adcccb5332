from __future__ import annotations

from index.front_matter import front_matter
from index.tables import table_view, text_as_read

POLICY = ("---\ntitle: \"StepWell Privacy Policy\"\nversion: 3.2\neffective_date: 2025-09-01\nlastUpdated: 2025-08-14\nURL: /legal\n"
          "tags:\n  - legal\n---\n\n# StepWell Privacy Policy\n\nThis policy explains how **Lumora** uses your data.\n")


def test_front_matter_reads_as_lines_of_a_label_and_a_value():
    # r17 audit: "version: 3.2" and "effective_date: 2025-09-01" read as written, "What version of the privacy policy
    # is this?" was answered "StepWell" and "When does this version take effect?" "30 days"; read as below, both right
    view = table_view(POLICY, 0, len(POLICY), markdown=True)
    # each field's line ending as read (index/tables.py FIELD_END)
    assert view.text.startswith("Title: StepWell Privacy Policy;\nVersion: 3.2;\nEffective date: 2025-09-01;\n"
                                "Last updated: 2025-08-14;\nURL: /legal;\nTags:\n  \u200blegal\n\n\n# StepWell Privacy Policy")
    assert view.text.endswith("how Lumora uses your data.\n")  # the Markdown after it read as before
    # an answer in it is the text as written
    at = view.text.index("2025-09-01")
    start, end = view.passage_span(at, at + len("2025-09-01"))
    assert POLICY[start:end] == "2025-09-01"
    title = view.text.index("StepWell")
    start, end = view.passage_span(title, title + len("StepWell Privacy Policy"))
    assert text_as_read(POLICY, start, end, True) == "StepWell Privacy Policy"


def test_only_a_block_of_keys_opening_the_text_is_front_matter():
    assert front_matter(POLICY).span == (0, POLICY.index("\n\n# Step") + 1)
    assert front_matter("...\n" + POLICY) is None
    # a rule, then prose and another rule (a setext heading's underline): Markdown, not front matter
    prose = "---\nThe festival returns on 14 June: forty stalls.\n---\n"
    assert front_matter(prose) is None
    assert table_view(prose, 0, len(prose), markdown=True).text == prose
    # the keys of a plain text are read as written
    assert table_view(POLICY, 0, len(POLICY)).text.startswith("---\ntitle: \"StepWell")


def test_a_crlf_text_opening_with_a_rule_and_no_closing_line_is_read_at_once():
    # review: ".*" took each line's "\r", and a text of 30 such lines would have taken minutes to find no front matter
    # (200 lines: this test would not end)
    text = "---\r\ntitle: x\r\n" + "line of prose\r\n" * 200
    assert front_matter(text) is None and table_view(text, 0, len(text), markdown=True).text.endswith("line of prose\r\n")
    crlf = POLICY.replace("\n", "\r\n")
    assert table_view(crlf, 0, len(crlf), markdown=True).text.startswith("Title: StepWell Privacy Policy;\r\nVersion: 3.2;\r\n")
