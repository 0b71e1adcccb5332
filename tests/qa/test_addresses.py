"""Where a document's own business is (qa/addresses.py)."""
from __future__ import annotations

import pytest

from qa.addresses import address_asked

STUDIO = ("# Quarrymoor Print Studio — Price List 2026\n\nDigital and large-format printing, copying and binding.\n\n"
          "12 Chandlery Lane, Quarrymoor QM5 1TA · Tel 01632 960784 · orders@quarrymoorprint.example\n\n"
          "## Turnaround\n\n2. **Express:** ready the next working day, plus 30%.\n")
CAMP = ("# Brambleton Summer Adventure Camp\n\nRun by **Kitebrook Activities Ltd** at Hollyford Academy, Crane Lane, "
        "Brambleton BM3 8RF.\n\nDrop-off is from 8.15 am.\n")
EMAIL = ("Subject: Your membership\n\nDear Sam,\n\nYour membership ends on 30 June.\n\nPulsewell Fitness Ltd, 2 Ferrier Court, "
         "Lowbridge, LB3 9QT. Registered in England and Wales.\n")


@pytest.mark.parametrize("question, text, source, address", [
    # bench/unseen27 (written blind): "Express" had answered, the opening unread
    ("Where is Quarrymoor Print Studio?", STUDIO, "quarrymoor_print_studio.md", "12 Chandlery Lane, Quarrymoor QM5 1TA"),
    ("what's the address of quarrymoor print studio", STUDIO, "quarrymoor_print_studio.md", "12 Chandlery Lane, Quarrymoor QM5 1TA"),
    # after "at" in a sentence (bench/unseen21: refused)
    ("Where is Brambleton Summer Adventure Camp held?", CAMP, "camp.md", "Hollyford Academy, Crane Lane, Brambleton BM3 8RF"),
    # a footer's, the company's name before it left out
    ("Where is Pulsewell based?", EMAIL, "pulsewell_membership_email.txt", "2 Ferrier Court, Lowbridge, LB3 9QT"),
    # named on its address's line, not its title (bench/unseen19); its workshop (bench/unseen26)
    ("Where is Corvane Imaging UK Ltd based?", "# Corvane Kestra 8: specifications\n\nSheet CV-K8, issued 12 August 2025. "
     "Corvane Imaging UK Ltd, Unit 4, Harefield Point, Castlebury CB7 2XN.\n", "kestra_8.md", "Unit 4, Harefield Point, Castlebury CB7 2XN"),
    ("Where is the Wrenfield Piano Services workshop?", "WRENFIELD PIANO SERVICES\n2 Calder Mews, Little Brantcombe LB7 4NE\n",
     "wrenfield_piano.txt", "2 Calder Mews, Little Brantcombe LB7 4NE"),
    # what the question names besides the business, or no where
    ("Where is the print room?", STUDIO, "quarrymoor_print_studio.md", None),
    ("When is Quarrymoor Print Studio open?", STUDIO, "quarrymoor_print_studio.md", None),
    # a code review's: a facility its opening names is no business's; addresses kept whole
    ("Where is the café?", "# Brightwash Car Wash\n\n1 Dock Road, Ashby AB1 2CD. Our café is behind the shop.\n", "brightwash.md", None),
    ("Where is Wexcombe Travel Health Clinic?", "# Wexcombe Travel Health Clinic\n\nWexcombe Travel Health Clinic, 12 Orchard "
     "Parade, Wexcombe WX5 3JD\n", "wexcombe.md", "12 Orchard Parade, Wexcombe WX5 3JD"),  # bench/unseen20: with its name
    ("Where is Brightwash?", "# Brightwash\n\n12 St. Anne's Close, Ashby AB1 2CD\n", "brightwash.md", "12 St. Anne's Close, Ashby AB1 2CD"),
    ("Where is Brightwash?", "# Brightwash\n\nUnit 4 - Riverside Estate, Ashby AB1 2CD\n", "brightwash.md",
     "Unit 4 - Riverside Estate, Ashby AB1 2CD"),
    ("Where is Brightwash?", "# Brightwash\n\nThe Old Mill at Weir Lane, Ashby AB1 2CD\n", "brightwash.md",
     "The Old Mill at Weir Lane, Ashby AB1 2CD"),
])
def test_the_address_of_the_business_a_question_asks_where_is(question, text, source, address):
    found = [text[start:end] for start, end in address_asked(question, text, source)]
    assert found == ([address] if address else [])
