import pytest

from index.articles import parse_article
from qa import Assistant
from qa.leaders import in_a_line_not_named, leader_cells, leader_runs

PROGRAMME = """THE HARBOUR PLAYERS
present

THE SALT ROAD
a play in two acts by Edith Marr

CAST (in order of appearance)

Ada Polwhele ................ Rosa Fenton
Jory Polwhele ............... Gil Ashby
Wenna Trist, a neighbour .... Hattie Mayne
Mr Silas Hoy, inspector ..... Simon Parr
Dick Trist, Wenna's son ..... Joel Amber
Young Ada (Act One) ......... Elsie Carr

CREATIVE TEAM

Director ............................. Vera Blackmore
Set Designer ......................... Kit Oyelade
Lighting Designer .................... Hamish Dool
Stage Manager ........................ Colm Rafter
Deputy Stage Manager ................. Beth Lusk

Our designer, Kit Oyelade, has built a harbour wall that really floods."""


def answers(question: str, text: str = PROGRAMME) -> list[str]:
    return [text[start:end] for start, end in leader_cells(question, text)]


def test_runs_are_read_line_by_line_with_a_label_too_long_for_more_than_a_dot():
    text = ("Ada ...................... Rosa Fenton\n"
            "Wenna Trist, a neighbour . Hattie Mayne\n"
            "Short .. Not flush\n\nAlone ........ Line")
    [run] = leader_runs(text)
    assert [(text[slice(*line.label)], text[slice(*line.value)]) for line in run] == [
        ("Ada", "Rosa Fenton"), ("Wenna Trist, a neighbour", "Hattie Mayne")]  # a lone line is no run


def test_prose_with_an_ellipsis_is_no_run():
    assert leader_runs("He waited... and waited.\nThen... nothing happened at all.\n") == ()
    assert len(leader_runs("Soup … … £4.50\nBread ... £1.20\n")[0]) == 2


@pytest.mark.parametrize("question, expected", [
    ("Who plays Ada Polwhele?", ["Rosa Fenton"]),
    ("Who plays Ada Polwhele in The Salt Road?", ["Rosa Fenton"]),  # the play's name is the document's own
    ("Who plays Young Ada?", ["Elsie Carr"]),
    ("Who plays the inspector?", ["Simon Parr"]),  # a part after the label's comma names it
    ("Who plays Dick Trist?", ["Joel Amber"]),
    ("Who is the stage manager?", ["Colm Rafter"]),  # not the deputy's
    ("Who is the deputy stage manager?", ["Beth Lusk"]),
    ("Who directed The Salt Road?", ["Vera Blackmore"]),  # "directed" names the Director
    ("who designed the set", ["Kit Oyelade"]),
    ("What part does Joel Amber play?", ["Dick Trist, Wenna's son"]),  # a value named: its label
    ("Who plays Ada?", []),  # names Ada Polwhele and Young Ada in part only
    ("Who played Ada Polwhele in the 1995 film?", []),  # says more than the list does
    ("Who is Jory Polwhele?", []),  # what the story makes him, not who plays him
    ("Who plays Captain Hoy?", []),
])
def test_a_line_is_answered_where_the_question_names_its_label_or_value_whole(question, expected):
    assert answers(question) == expected


def test_spans_in_other_lines_of_a_run_whose_line_is_named_are_no_answers():
    at = PROGRAMME.index("Elsie Carr")
    assert in_a_line_not_named("Who plays Ada Polwhele?", PROGRAMME, at)
    assert not in_a_line_not_named("Who plays Ada Polwhele?", PROGRAMME, PROGRAMME.index("Rosa Fenton"))
    assert not in_a_line_not_named("Who plays Ada Polwhele?", PROGRAMME, PROGRAMME.index("Vera Blackmore"))  # another run
    assert not in_a_line_not_named("Who wrote the play?", PROGRAMME, at)


def test_the_assistant_answers_from_the_line_ahead_of_the_prose(tmp_path, embedder, shipped_reader):
    assistant = Assistant.from_articles([parse_article("programme.txt", PROGRAMME.encode())], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)
    for question, expected in [("Who is the director?", "Vera Blackmore"),  # not the prose's "Our designer, Kit Oyelade"
                               ("Who plays Young Ada?", "Elsie Carr"), ("Who is the stage manager?", "Colm Rafter")]:
        answer = assistant.ask(question)
        assert answer.answered and answer.text == expected, question
        assert PROGRAMME[answer.start:answer.end] == expected
