from qa.speakers import speaker_labels, unasked_speaker

TRANSCRIPT = ("Recorded on 3 September 2024. NOTE: lightly edited.\n"
              "INTERVIEWER: Who paid for the array?\n"
              "DR. VARGA: The Aldermoor Foundation gave us 2.3 million kroner.\n"
              "INTERVIEWER: And the book?\n"
              "DR. VARGA: The Quiet Before the Fall came out in 2021.\n"
              "INTERVIEWER: Thank you.\n"
              "DR. VARGA: Thank you.\n")


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_transcript_s_speaker_labels_are_those_opening_three_lines_at_least():
    labels = {TRANSCRIPT[start:end] for start, end in speaker_labels(TRANSCRIPT)}
    assert labels == {"INTERVIEWER", "DR. VARGA"}  # not "NOTE", which opens no line, nor "Recorded on…"
    assert speaker_labels("INTERVIEWER: Hello.\nDR. VARGA: Hello.\n") == frozenset()  # two lines: no transcript


def test_a_speaker_label_answers_only_a_question_asking_who_said_something():
    # "DR. VARGA" (1.00) had answered who published her book (a question set written blind, session 53)
    label = span(TRANSCRIPT, "DR. VARGA")
    assert unasked_speaker("Who published The Quiet Before the Fall?", TRANSCRIPT, *label)
    assert not unasked_speaker("Who said the book came out in 2021?", TRANSCRIPT, *label)
    # a span running from a label into what it says answers nothing
    assert unasked_speaker("Who said what?", TRANSCRIPT, *span(TRANSCRIPT, "DR. VARGA: The Aldermoor Foundation"))
    assert not unasked_speaker("Who paid for the array?", TRANSCRIPT, *span(TRANSCRIPT, "The Aldermoor Foundation"))
