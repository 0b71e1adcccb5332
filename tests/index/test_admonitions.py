from __future__ import annotations

from index.admonitions import bodies_unindented
from index.tables import table_view

GUIDE = ('## Where the settings are\n\n=== "macOS"\n\n    ```bash\n    ~/Library/Quillnote/sync.json\n    ```\n\n'
         '    Kept by the **app**.\n\n!!! warning "Your password cannot be recovered"\n    We never see it; see [support](/help).\n\n'
         '??? note\n    Sync runs every `5` minutes.\n\nAfter them, a paragraph.\n')


def test_an_admonition_s_and_a_tab_s_body_is_read_as_markdown_under_its_title():
    # r18 audit: a MkDocs guide's tabs and admonitions were code to CommonMark (their bodies indented four spaces),
    # read with their marks, links and fences as written, and "Where is the sync configuration file on macOS?" not found
    view = table_view(GUIDE, 0, len(GUIDE), markdown=True).text
    assert view == ('## Where the settings are\n\nmacOS\n\n    ```bash\n    ~/Library/Quillnote/sync.json\n    ```\n\n'
                    '    Kept by the app.\n\nWarning: Your password cannot be recovered\n    We never see it; see support.\n\n'
                    'Note\n    Sync runs every 5 minutes.\n\nAfter them, a paragraph.\n')
    assert "~/Library" in table_view(GUIDE, GUIDE.index("    ~/Library"), GUIDE.index("    ```\n\n    Kept"), markdown=True).text


def test_a_body_keeps_its_length_and_lines_for_markdown_it_and_only_a_marker_s_lines_move():
    written = bodies_unindented(GUIDE)
    assert len(written) == len(GUIDE) and written.count("\n") == GUIDE.count("\n")
    assert "\n```bash    \n~/Library/Quillnote/sync.json    \n" in written and written.endswith("After them, a paragraph.\n")
    bare = "Wow, what a day\n!!!\n    Next line.\n"  # a bare "!!!" is prose's (review): nothing moves, and it reads as written
    assert bodies_unindented(bare) == bare and table_view(bare, 0, len(bare), markdown=True).text == bare
    code = "Some code:\n\n    === not a tab\n    x = 1\n"  # indented code of no marker stays code
    assert bodies_unindented(code) == code
    assert table_view(code, 0, len(code), markdown=True).text == code
