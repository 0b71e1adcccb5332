import pytest

from qa.unnamed_lines import of_an_unnamed_line

FEES = ("ASHCOMBE & PRYDE FUNERAL DIRECTORS\n" + "Family funeral directors since 1961, open every day. " * 6 + "\n\nTHIRD-PARTY FEES\n\nMinister or celebrant ............ £220\n"
        "Organist at the crematorium ...... £60\n\nBurial fees depend on the cemetery and are quoted on request.\n")
KENNELS = ("Thistledown Kennels – Tariff 2026\nThistledown Farm, Brackley Lane. " + "We are licensed to board 34 dogs. " * 9 + "\n\n"
           "| Accommodation | Per night | Peak nights |\n|---|---|---|\n| Standard kennel, one dog | £26 | £30 |\n"
           "| Family kennel, two dogs | £44 | £51 |\n\nSmall pets such as rabbits can be boarded by arrangement.\n")


INVOICE = "Caldershaw Heating\n" + "Boiler service and gas safety record. " * 9 + "\n\nCall-out ......... £80\nTotal ............ £157.68\n"
CARDS = ("Greywell Print\n" + "Copying and printing while you wait. " * 9 + "\n\nBUSINESS CARDS (double-sided)\n\n"
         "Quantity        Price\n250             £35\n1,000           £75\n")
BIKES = ("Ravensworth Cycle Hire: bike hire for all ages\n" + "Hire a bike by the river path. " * 10 + "\n\n"
         "| Bike | Full day |\n|---|---|\n| Hybrid bike | £20 |\n| Electric bike | £35 |\n")
COPIES = "Quarrymoor Print Studio\n" + "Printing, copying and binding while you wait. " * 8 + "\n\n" \
    "| Paper and colour | 1–99 | 500–1,999 |\n|---|---|---|\n| A4 black and white | 8p | 4p |\n| A4 colour | 35p | 18p |\n"


@pytest.mark.parametrize("question, text, value, unnamed", [
    # bench/unseen28 (written blind): the one sum near the question's words had answered (0.998)
    ("How much does Ashcombe & Pryde charge for a burial plot at the cemetery?", FEES, "£60", True),
    ("How much does Ashcombe & Pryde charge for the organist?", FEES, "£60", False),
    ("What does it cost per night to board a rabbit?", KENNELS, "£26", True),  # "per night" names only its column
    ("What is the nightly rate for two dogs?", KENNELS, "£44", False),
    ("How much is it?", FEES, "£60", False),  # nothing named
    ("What is the fee for the minister?", FEES, "£220", False),
    ("How much did we pay in total?", INVOICE, "£157.68", False),  # "total" names its line (bench/unseen21)
    ("How much did we pay for parts?", INVOICE, "£157.68", True),
    # a line labelled by a figure alone by the heading over its schedule (a code review's); not one labelled in words
    ("How much are a thousand business cards?", CARDS, "£75", False),
    ("How much are a thousand flyers?", CARDS, "£75", True),
    # the document's own words name a line ("Electric bike" of "Ravensworth Cycle Hire …": a code review's)
    ("How much is an e-bike for a day?", BIKES, "£35", False),
    # a figure names no line: "500 A5 flyers" of copies' prices under "500–1,999" (bench/unseen27, written blind)
    ("What's the price of 500 A5 flyers?", COPIES, "4p", True),
    ("What's the price of 500 A4 black and white copies?", COPIES, "4p", False),
    ("How much are burial fees?", FEES, "quoted on request", False),  # prose
])
def test_a_sum_answers_a_question_naming_its_schedule_s_line(question, text, value, unnamed):
    at = text.index(value)
    assert of_an_unnamed_line(question, text, at, at + len(value)) is unnamed
