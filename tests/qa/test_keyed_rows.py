import pytest

from qa.keyed_rows import keyed_row_cells

TIMETABLE = """## Weekly class timetable

| Day | Time | Class | Room | Instructor |
|---|---|---|---|---|
| Monday | 10:00 | Aqua Fit | Teaching pool | Bev Ormond |
| Thursday | 10:00 | Aqua Fit | Teaching pool | Bev Ormond |
| Friday | 07:00 | Spin Express | Studio 2 | Tariq Helm |
| Friday | 17:30 | Pilates | Studio 1 | Marisol Grey |
| Sunday | 09:30 | Pilates | Studio 3 | Marisol Grey |
"""


@pytest.mark.parametrize("question, expected", [
    ("where's the sunday pilates", ["Studio 3"]),  # a set written blind's: refused
    ("Where is the Friday Pilates class?", ["Studio 1"]),
    ("What time is Spin Express?", ["07:00"]),
    ("Where is Aqua Fit?", ["Teaching pool"]),  # two rows, one room
    ("Where is Pilates?", []),  # two rooms
    ("What time is the Friday class?", []),  # two Friday classes
    ("What is on in Studio 3?", []),  # names no column
    ("who teaches spin express", []),  # "Instructor" named by no word of its
])
def test_a_row_is_named_by_its_cells_where_no_column_labels_the_rows(question, expected):
    assert [TIMETABLE[start:end] for start, end in keyed_row_cells(question, TIMETABLE)] == expected


def test_a_table_with_row_labels_is_left_to_its_labels():
    prices = "| Activity | Adult | Junior |\n|---|---|---|\n| Swim | £5.10 | £3.20 |\n| Gym | £6.50 | £4.50 |\n"
    assert keyed_row_cells("How much is a junior swim?", prices) == []


def test_a_day_the_question_names_that_no_row_says_names_none():
    # a code review's: "What time is the Tuesday aqua fit?" had been the Monday and Thursday classes' "10:00"
    assert keyed_row_cells("What time is the Tuesday aqua fit?", TIMETABLE) == []
    assert [TIMETABLE[a:b] for a, b in keyed_row_cells("What time is the Thursday aqua fit?", TIMETABLE)] == ["10:00"]


def test_may_and_the_sun_name_no_day():
    assert [TIMETABLE[a:b] for a, b in keyed_row_cells("Where may I do Spin Express?", TIMETABLE)] == ["Studio 2"]


def test_reviewed_by_a_probe():
    # a day's cell alone names no row: the centre's hours are not the Saturday class's time
    timetable = TIMETABLE + "| Saturday | 09:00 | Yoga | Studio 1 | Amrit Sandhu |\n"
    assert keyed_row_cells("What time does the centre close on Saturday?", timetable) == []
    assert keyed_row_cells("Where is the Tuesday yoga?", timetable) == []  # no Tuesday yoga
    glossary = "| Term | Meaning |\n|---|---|\n| K | Knit |\n| K | Knit again |\n"
    assert keyed_row_cells("What term means pulling out rows of knitting?", glossary) == []


def test_a_column_is_named_by_its_last_word_alone():
    # bench/unseen16 (written blind): "who coaches otterbrook masters" had been answered with the junior squad's coach
    squads = ("# Otterbrook ASC\n\n| Squad | Day | Lead coach |\n|---|---|---|\n| Junior | Tuesday | Beth Ollerenshaw |\n"
              "| Junior | Friday | Beth Ollerenshaw |\n| Masters | Friday | Colm Prideaux |\n")
    for question in ("who coaches otterbrook masters", "Who is the coach of the masters squad?"):
        assert [squads[a:b] for a, b in keyed_row_cells(question, squads)] == ["Colm Prideaux"]
