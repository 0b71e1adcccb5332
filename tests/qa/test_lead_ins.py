import pytest

from qa.lead_ins import asking_sentence


@pytest.mark.parametrize("question, asked", [
    ("We visited the orchard last autumn for the cider festival. How many apple trees does the orchard hold?",
     "How many apple trees does the orchard hold?"),  # a review's, session 53: answered with the festival's visitors
    ("I drive over the Kessler Bridge every day! Who designed the Kessler Bridge?", "Who designed the Kessler Bridge?"),
    ("The festival was founded by a farmer. What was his name?", None),  # "his" points back into the statement
    ("I mean the 2023 season. Who won the league?", None),  # a figure may say which one is asked about
    ("Who designed the bridge? I need it for a report.", None),  # the last sentence asks nothing
    ("Who designed it? When was it opened?", None),  # two questions
    ("Hi! Who designed the Kessler Bridge?", None),  # too short to lead in: as written, as the reader reads it well
    ("Dr. Varga, where were you born?", None),  # "Dr." is no sentence
    ("What is the call time for the first concert at St. Lukas?", None),  # nor what ends on an abbreviation (sections2)
    ("Where did Albert P. Khorev give the media briefing?", None),  # nor what opens as a question does: "P." an initial
    ("I read the report. Khorev gave the briefing where?", None),  # a sentence that asks opens as one
    ("I read the report on the U.S. economy. Why did prices rise?", "Why did prices rise?"),  # no break inside
    ("I read the whole report. Why?", None),  # too short to ask alone
    ("Who designed the Kessler Bridge?", None),
    ("I only follow the wheelchair race. Who won the race?", None),  # "wheelchair" says which race (a review's)
    ("I drive over the Kessler Bridge every day. Who designed the Kessler Bridge?", "Who designed the Kessler Bridge?"),
])
def test_a_question_is_read_from_the_sentence_that_asks_past_statements_leading_in(question, asked):
    assert asking_sentence(question) == (asked or question)

