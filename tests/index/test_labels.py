from index.labels import asked_label, field_lines, label_words

SCHEDULE = """SCHEDULE OF PARTICULARS
| Landlord | Corvell Estates Limited (company no. 08836152) |
| Landlord's agent | Penhallow Lettings, 27 Whiteladies Road |
| Tenant(s) | Ashani Perera and Rhys Gwilliam |
| Date of birth | 4 May 1990 |"""


def test_a_table_row_s_first_cell_and_a_line_s_words_before_its_colon_are_labels():
    assert label_words(SCHEDULE) == ({"landlord"}, {"landlord", "agent"}, {"tenant"}, {"date", "birth"})
    assert label_words("Instructor: Dr. Lucía Ferreira-Okafor\nOffice hours:  Tuesday 10-12") == ({"instructor"}, {"offic", "hour"})


def test_a_list_item_s_words_before_its_colon_are_a_label_too():
    # A job advert's "- Closing date: 14 March 2025" had been no label at all (a fact-sheet set, session 40).
    advert = "## Key details\n\n- Salary: £42,000 a year\n* Closing date: 14 March 2025\n2. Gates open: 10:00\n- Mentor two analysts"
    assert label_words(advert) == ({"salari"}, {"close", "date"}, {"gate", "open"})
    assert asked_label("What is the closing date?", label_words(advert)) == 2
    assert label_words("- **Salary:** £42,000\n- _Closing date_: 14 March") == ({"salari"}, {"close", "date"})  # in Markdown's emphasis


def test_a_header_row_a_sentence_and_a_label_without_a_value_are_no_labels():
    header = "| Name | Role |\n|---|---|\n| Ana Ruiz | Chair |"
    assert label_words(header) == ({"ana", "ruiz"},)  # the header's "Name" names a column, not a value
    assert label_words("| Total | |\nSigned: \nThe tenant must pay the rent on time, as agreed: monthly.") == ()
    assert label_words("12:30: lunch\n| 2024 | 3.1 |") == ()  # no words in the label


def test_a_question_asks_for_the_label_it_names_whole_the_longest_first():
    labels = label_words(SCHEDULE)
    assert asked_label("Who is the landlord?", labels) == 1
    assert asked_label("Who is the landlord's agent?", labels) == 2
    assert asked_label("Who are the tenants?", labels) == 1  # "Tenant(s)"
    assert asked_label("What is her date of birth?", labels) == 2
    assert asked_label("When was the agreement signed?", labels) == 0
    assert asked_label("Who is the agent?", labels) == 0  # "Landlord's agent" is not named whole


def test_a_label_s_number_is_its_own():
    # helper review: "Step 1" and "Step 3" had both been "step", and "What is step 3?" read whichever ranked first
    steps = [label_words(f"Step {n}: Press the button for {n} seconds.") for n in (4, 1, 3)]
    assert [asked_label("What is step 3?", labels) for labels in steps] == [0, 0, 2]


def test_field_lines_are_the_lines_of_a_label_and_its_value_where_they_are():
    text = ("Specifications\n- Battery life: 12 hours\n**Weight:** 1.2 kg\nThe weight of the whole boat is low: it floats.\n"
            "12:30: lunch\nNotes: " + "x" * 300 + "\nColour: grey")
    assert [text[start:end] for start, end in field_lines(text)] == \
        ["- Battery life: 12 hours", "**Weight:** 1.2 kg", "Colour: grey"]  # no sentence's, time's, or longer line's
    assert field_lines("Nothing here.\n") == []
