import pytest

from qa.role_lists import of_another_role

WHO_S_WHO = ("## Who's who\n\n- **Harriet Lowther-Page** – proprietor and head instructor\n"
             "- **Ciaran Felgate** – instructor (jumping and teenage groups)\n- Pat Ferreira - yard manager\n")
STUDIO = ("- **Imogen Ravensworth** — owner and lead photographer (family and pet sessions)\n"
          "- **Tobias Marchetti** — newborn and baby photographer\n- **Leah Underhill** — studio manager; bookings and orders\n")


@pytest.mark.parametrize("text, question, name, other", [
    # bench/unseen28 (written blind): "Ciaran Felgate", whose line says "instructor" alone, had answered
    (WHO_S_WHO, "Who is the head instructor at Fellside?", "Ciaran Felgate", True),
    (WHO_S_WHO, "Who is the head instructor at Fellside?", "Harriet Lowther-Page", False),
    (WHO_S_WHO, "who's the yard manager", "Pat Ferreira", False),
    (WHO_S_WHO, "Who is the instructor?", "Ciaran Felgate", False),  # every line saying it may answer
    (WHO_S_WHO, "Who is the head groom?", "Ciaran Felgate", False),  # no line says it: as the reader reads it
    (WHO_S_WHO, "Who teaches the teenage groups?", "Harriet Lowther-Page", False),  # no line says "teach"
    # bench/unseen29 (written blind): the studio manager had answered (0.99): a role asked by what it does
    (STUDIO, "Who photographs the newborns at Foxglove Lane Studio?", "Leah Underhill", True),
    (STUDIO, "Who photographs the newborns at Foxglove Lane Studio?", "Imogen Ravensworth", True),
    (STUDIO, "Who photographs the newborns at Foxglove Lane Studio?", "Tobias Marchetti", False),
    (STUDIO, "Who photographs pets?", "Imogen Ravensworth", False),
    (STUDIO, "Who runs the studio?", "Imogen Ravensworth", False),  # no line says "run"
])
def test_a_name_answers_a_role_its_line_says_whole_where_another_line_does(text, question, name, other):
    assert of_another_role(question, text, text.index(name)) is other
