import pytest

from qa.role_lists import of_another_role

WHO_S_WHO = ("## Who's who\n\n- **Harriet Lowther-Page** – proprietor and head instructor\n"
             "- **Ciaran Felgate** – instructor (jumping and teenage groups)\n- Pat Ferreira - yard manager\n")


@pytest.mark.parametrize("question, name, other", [
    # bench/unseen28 (written blind): "Ciaran Felgate", whose line says "instructor" alone, had answered
    ("Who is the head instructor at Fellside?", "Ciaran Felgate", True),
    ("Who is the head instructor at Fellside?", "Harriet Lowther-Page", False),
    ("who's the yard manager", "Pat Ferreira", False),
    ("Who is the instructor?", "Ciaran Felgate", False),  # every line saying it may answer
    ("Who is the head groom?", "Ciaran Felgate", False),  # no line says it: as the reader reads it
    ("Who teaches the teenage groups?", "Harriet Lowther-Page", False),  # no role asked
])
def test_a_name_answers_a_role_its_line_says_whole_where_another_line_does(question, name, other):
    assert of_another_role(question, WHO_S_WHO, WHO_S_WHO.index(name)) is other
