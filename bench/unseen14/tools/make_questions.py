#!/usr/bin/env python3
"""Write ../questions.jsonl for unseen14 from the list below.

Each entry is (question, answers, type, article). Ids u14-001.. are assigned in
order. Golds are copied exactly from the raw article text (straight quotes,
literal £ and en dashes); unanswerable questions have no golds.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
OUT = HERE / "questions.jsonl"

HOTEL = "gullhaven_hotel_booking_confirmation.txt"
SCHOOL = "brackenfold_year6_residential_letter.md"
LIB = "quillstone_release_notes.md"
MUSEUM = "corran_valley_museum_visitor_information.html"
COUNCIL = "marlcombe_waste_collection_notice.txt"

Q = [
    # --- The Gullhaven Hotel booking confirmation (.txt) ---
    ("What date does Mr Ashdown leave The Gullhaven Hotel?",
     ["Monday 24 November 2025", "24 November 2025"], "date", HOTEL),
    ("Which room has The Gullhaven Hotel booked for the Ashdowns?",
     ["Room 214", "Room 214, Superior Sea View Double"], "place", HOTEL),
    ("What is the balance due on departure for the Ashdowns' booking at The Gullhaven Hotel?",
     ["£440.00"], "table", HOTEL),
    ("Until when can the Gullhaven Hotel booking be cancelled free of charge?",
     ["14:00 on Wednesday 19 November 2025", "Wednesday 19 November 2025"], "date", HOTEL),
    ("Who is the duty manager at The Gullhaven Hotel?",
     ["Owen Treharne"], "person", HOTEL),
    ("gullhaven hotel harbour room dinner table time for the ashdowns",
     ["19:30"], "date", HOTEL),
    ("What is the height limit of The Gullhaven Hotel's car park?",
     ["2.1 metres", "a height limit of 2.1 metres"], "number", HOTEL),
    ("What does the Autumn Escape rate at The Gullhaven Hotel include?",
     ["bed and breakfast", "Autumn Escape (bed and breakfast)"], "definition", HOTEL),
    ("how much extra to leave the gullhaven hotel late",
     ["£30.00"], "paraphrase", HOTEL),
    ("By what time do we have to be out of our room at The Gullhaven Hotel on the last day?",
     ["11:00", "by 11:00"], "paraphrase", HOTEL),
    ("gullhaven hotel weekend brekkie hours",
     ["08:00 to 10:30", "from 08:00 to 10:30 at weekends"], "paraphrase", HOTEL),
    ("Who runs The Gullhaven Hotel?",
     ["Helena Marsh"], "paraphrase", HOTEL),
    ("What is the Wi-Fi password at The Gullhaven Hotel?",
     [], "unanswerable", HOTEL),
    ("how much is a massage at the gullhaven hotel's tidewell spa",
     [], "unanswerable", HOTEL),
    ("How much does the Saltmere Harbour long-stay car park charge for Gullhaven Hotel guests?",
     [], "unanswerable", HOTEL),

    # --- Brackenfold Primary School Year 6 residential letter (.md) ---
    ("Who is the trip leader for the Brackenfold Primary School Year 6 residential?",
     ["Mr Daniel Fairbrook", "Mr Daniel Fairbrook, Year 6 teacher (Kestrel Class)"], "person", SCHOOL),
    ("How much is the deposit for the Brackenfold Year 6 residential trip?",
     ["£60"], "table", SCHOOL),
    ("When is the final payment for the Brackenfold residential due?",
     ["Friday 15 May 2026"], "table", SCHOOL),
    ("brackenfold year 6 tuesday morning activity at tarnside",
     ["Canoeing on Ravensgill Tarn"], "table", SCHOOL),
    ("What time does the coach leave Brackenfold Primary School for Tarnside Outdoor Centre?",
     ["9:00am"], "date", SCHOOL),
    ("Who should Brackenfold parents speak to if the cost of the residential is a worry?",
     ["Mrs Nadia Okafor", "Mrs Nadia Okafor, our School Business Manager"], "person", SCHOOL),
    ("What is the Tarnside Outdoor Centre emergency number given in the Brackenfold Primary letter?",
     ["01632 960581"], "number", SCHOOL),
    ("Where is the Brackenfold Year 6 residential information evening held?",
     ["the school hall", "in the school hall"], "place", SCHOOL),
    ("how much spending money can kids take on the brackenfold residential",
     ["£10"], "paraphrase", SCHOOL),
    ("What time should Brackenfold Year 6 children be dropped off at school on the day the residential starts?",
     ["8:30am"], "paraphrase", SCHOOL),
    ("who's in charge of medicines on the brackenfold year 6 trip",
     ["Mrs Gwen Aldous", "Mrs Aldous"], "paraphrase", SCHOOL),
    ("What does the Brackenfold Year 6 residential cost altogether?",
     ["£295"], "paraphrase", SCHOOL),
    ("Who is the manager of Tarnside Outdoor Centre, where Brackenfold Year 6 are going?",
     [], "unanswerable", SCHOOL),
    ("brackenfold residential tarnside outdoor centre postcode",
     [], "unanswerable", SCHOOL),
    ("How much is refunded if a child pulls out of the Brackenfold Year 6 residential?",
     [], "unanswerable", SCHOOL),

    # --- quillstone release notes (.md) ---
    ("When was quillstone 3.2.0 released?",
     ["18 September 2025"], "date", LIB),
    ("Which Python versions does quillstone 3.1.x support?",
     ["3.9 – 3.13"], "table", LIB),
    ("Until when will the quillstone 3.0.x line receive security fixes?",
     ["31 December 2025"], "table", LIB),
    ("Who is the lead maintainer of quillstone?",
     ["Marta Kielholz"], "person", LIB),
    ("quillstone 3.1.2 security advisory number",
     ["QSA-2025-003"], "number", LIB),
    ("What is the default max_field_size in quillstone?",
     ["131,072 characters", "131,072"], "number", LIB),
    ("Which new column types were added in quillstone 3.1.0?",
     ["`TimeColumn` and `DurationColumn`", "Added `TimeColumn` and `DurationColumn` types"], "list", LIB),
    ("How many rows does quillstone's Schema.infer() look at by default?",
     ["500 rows", "the first 500 rows of a file"], "number", LIB),
    ("what's the oldest python that quillstone 3.2 runs on",
     ["Python 3.10", "3.10"], "paraphrase", LIB),
    ("How much quicker is quillstone 3.2.0 at reading big files?",
     ["38% faster", "about 38% faster"], "paraphrase", LIB),
    ("quillstone strict_mode replacement",
     ['on_error="raise"'], "paraphrase", LIB),
    ("Who should quillstone users thank for the faster parser in 3.2.0?",
     ["Dagny Holloway"], "paraphrase", LIB),
    ("When will quillstone 4.0.0 be released?",
     [], "unanswerable", LIB),
    ("What licence is quillstone released under?",
     [], "unanswerable", LIB),
    ("who reported the quillstone QSA-2025-003 vulnerability",
     [], "unanswerable", LIB),

    # --- Corran Valley Museum visitor information (.html) ---
    ("How much is an adult ticket at the Corran Valley Museum?",
     ["£12.50"], "table", MUSEUM),
    ("What time is last admission at the Corran Valley Museum in winter?",
     ["15:15"], "date", MUSEUM),
    ("When does the Threads of the Valley exhibition open at the Corran Valley Museum?",
     ["Saturday 7 March 2026", "7 March 2026"], "date", MUSEUM),
    ("corran valley museum group bookings phone number",
     ["01632 960715"], "table", MUSEUM),
    ("Who is the Learning Officer at the Corran Valley Museum?",
     ["Bethan Rees-Cole"], "person", MUSEUM),
    ("Which gallery at the Corran Valley Museum houses Valley Lives?",
     ["Gallery 3", "Gallery 3, first floor"], "place", MUSEUM),
    ("How much does the Engine Hall tour at the Corran Valley Museum cost?",
     ["£3.00 per person", "£3.00"], "number", MUSEUM),
    ("corran valley museum family ticket price with gift aid",
     ["£35.20"], "table", MUSEUM),
    ("Which days is the Corran Valley Museum open in the colder months?",
     ["Wednesday to Sunday"], "paraphrase", MUSEUM),
    ("how much is parking near the corran valley museum",
     ["£1.50 per hour"], "paraphrase", MUSEUM),
    ("Who is in charge of the Corran Valley Museum?",
     ["Dr Ruth Pellingham"], "paraphrase", MUSEUM),
    ("how often is the bus from hatherby station to the corran valley museum on a sunday",
     ["hourly on Sundays", "hourly"], "paraphrase", MUSEUM),
    ("How much is a coffee at the Weaver's Café in the Corran Valley Museum?",
     [], "unanswerable", MUSEUM),
    ("When does the Threads of the Valley exhibition at the Corran Valley Museum close?",
     [], "unanswerable", MUSEUM),
    ("corran valley museum shop opening hours",
     [], "unanswerable", MUSEUM),

    # --- Marlcombe District Council waste and recycling notice (.txt) ---
    ("What goes in the green box according to Marlcombe District Council?",
     ["Glass bottles and jars of any colour", "Glass bottles and jars of any colour, with lids removed"], "list", COUNCIL),
    ("Which bins does Marlcombe District Council empty on Tuesday 20 January 2026 for round KT-TUE-2?",
     ["Grey bin and food caddy"], "table", COUNCIL),
    ("When will Marlcombe District Council collect Christmas trees?",
     ["Tuesday 13 January 2026"], "date", COUNCIL),
    ("How much is the Marlcombe garden waste subscription if paid online by 28 February 2026?",
     ["£47"], "number", COUNCIL),
    ("marlcombe council bulky waste booking number",
     ["01632 960848"], "table", COUNCIL),
    ("On which day is Ferrow Lane HWRC closed, according to Marlcombe District Council?",
     ["Wednesdays", "Closed on Wednesdays"], "date", COUNCIL),
    ("Who is Marlcombe District Council's Head of Waste Services?",
     ["Gareth Penhallow"], "person", COUNCIL),
    ("By what time must bins be put out on collection day in Marlcombe?",
     ["6:30am"], "date", COUNCIL),
    ("marlcombe council when is the blue bin picked up over new year",
     ["Wednesday 31 December"], "paraphrase", COUNCIL),
    ("How long do I have to tell Marlcombe District Council that my bin wasn't emptied?",
     ["2 working days", "within 2 working days"], "paraphrase", COUNCIL),
    ("how much for a new wheelie bin from marlcombe council",
     ["£28", "£28, including delivery"], "paraphrase", COUNCIL),
    ("When can I ring Marlcombe District Council's waste phone lines?",
     ["Monday to Friday, 8:30am to 5:00pm", "8:30am to 5:00pm"], "paraphrase", COUNCIL),
    ("How much does a replacement food caddy cost from Marlcombe District Council?",
     [], "unanswerable", COUNCIL),
    ("When do Marlcombe brown bin collections restart in spring 2026?",
     [], "unanswerable", COUNCIL),
    ("marlcombe fly-tipping fine amount",
     [], "unanswerable", COUNCIL),
]


def main():
    with OUT.open("w", encoding="utf-8") as f:
        for i, (question, answers, qtype, article) in enumerate(Q, 1):
            row = {"id": f"u14-{i:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
