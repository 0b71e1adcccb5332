#!/usr/bin/env python3
"""Write ../questions.jsonl (relative to this file) from the QUESTIONS list below.

Each entry is (question, answers, type, article). Ids u16-001.. are assigned in order.
Golds are typed here exactly as they appear in the article files (£, en dashes, straight
quotes), and written with ensure_ascii=False so they stay byte-identical.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "questions.jsonl"

SHOP = "larkspur_and_loom_order_confirmation.txt"
PAY = "calderwick_joinery_payslip_october_2025.txt"
SWIM = "otterbrook_asc_gala_results_and_training.md"
POD = "lantern_hours_podcast_ep63_show_notes.md"
ENG = "fenmarsh_history_society_elias_thorncroft.html"

QUESTIONS = [
    # --- Larkspur & Loom order confirmation and invoice e-mail (.txt) ---
    ("What is the unit price of the stoneware pasta bowl in Larkspur & Loom order LL-408817?",
     ["£9.75"], "table", SHOP),
    ("What is the line total for the beeswax pillar candles on Imogen Catterall's Larkspur & Loom invoice?",
     ["£18.75"], "table", SHOP),
    ("How much was charged to Imogen Catterall's card in total for Larkspur & Loom order LL-408817?",
     ["£142.62"], "number", SHOP),
    ("When does Larkspur & Loom expect to dispatch the back-ordered seagrass basket?",
     ["18 November 2025"], "date", SHOP),
    ("Which address is Imogen Catterall's Larkspur & Loom order being delivered to?",
     ["Flat 3, 27 Quillan Terrace"], "place", SHOP),
    ("Who signed the Larkspur & Loom order confirmation e-mail to Imogen Catterall?",
     ["Tamsin Holt"], "person", SHOP),
    ("How much does Larkspur & Loom deduct from a refund if you book a home collection for a return?",
     ["£3.50"], "number", SHOP),
    ("What discount code was used on Larkspur & Loom order LL-408817?",
     ["WINTER10"], "table", SHOP),
    ("larkspur and loom order LL-408817 how much was the vat",
     ["£23.77"], "paraphrase", SHOP),
    ("How long have I got to send things back to Larkspur & Loom?",
     ["within 30 days of delivery", "30 days"], "paraphrase", SHOP),
    ("larkspur & loom how much do i get back if i cancel the basket",
     ["£28.80"], "paraphrase", SHOP),
    ("When's my Larkspur & Loom parcel meant to turn up?",
     ["Thursday 6 November 2025"], "paraphrase", SHOP),
    ("Which courier company is delivering Larkspur & Loom order LL-408817?",
     [], "unanswerable", SHOP),
    ("What is the tracking number for Imogen Catterall's Larkspur & Loom parcel?",
     [], "unanswerable", SHOP),
    ("larkspur & loom live chat opening hours",
     [], "unanswerable", SHOP),

    # --- Calderwick Joinery payslip (.txt) ---
    ("How much Income Tax was deducted from Owen Stallard's October 2025 pay at Calderwick Joinery?",
     ["£372.60"], "table", PAY),
    ("What is Owen Stallard's year-to-date gross pay on his Calderwick Joinery payslip?",
     ["£19,532.50"], "table", PAY),
    ("How much National Insurance has Owen Stallard paid so far this tax year, according to his Calderwick Joinery payslip?",
     ["£1,004.16"], "table", PAY),
    ("What tax code is shown on Owen Stallard's Calderwick Joinery payslip?",
     ["1257L"], "number", PAY),
    ("What is the next pay date after October 2025 on the Calderwick Joinery payslip?",
     ["28 November 2025"], "date", PAY),
    ("Who should Owen Stallard contact at Calderwick Joinery if something on his payslip looks wrong?",
     ["Desmond Okafor"], "person", PAY),
    ("How many days of holiday does Owen Stallard have left to book, according to his Calderwick Joinery payslip?",
     ["6 days"], "number", PAY),
    ("Which days has Owen Stallard booked as holiday but not yet taken, per his Calderwick Joinery payslip?",
     ["22, 23 and 24 December 2025"], "list", PAY),
    ("calderwick joinery owen stallard take home pay october",
     ["£2,303.86"], "paraphrase", PAY),
    ("Who okayed Owen Stallard's overtime at Calderwick Joinery?",
     ["Glenys Aubrey"], "paraphrase", PAY),
    ("What was Owen Stallard earning a year before his Calderwick Joinery pay rise?",
     ["£29,640.00"], "paraphrase", PAY),
    ("calderwick payslip sunday overtime rate per hour",
     ["£30.00"], "paraphrase", PAY),
    ("What is the sort code of Owen Stallard's bank account on his Calderwick Joinery payslip?",
     [], "unanswerable", PAY),
    ("How much is Owen Stallard's Q3 productivity bonus from Calderwick Joinery?",
     [], "unanswerable", PAY),
    ("calderwick joinery owen stallard pension member number",
     [], "unanswerable", PAY),

    # --- Otterbrook ASC gala results and training page (.md) ---
    ("What time did Joel Ferriby swim in the boys' 13–14 200 m individual medley at the Otterbrook ASC Autumn Open Gala?",
     ["2:26.05"], "table", SWIM),
    ("Who came third in the girls' 9–10 50 m backstroke at Otterbrook ASC's Autumn Open Gala?",
     ["Nell Hartigan"], "table", SWIM),
    ("How many points did Otterbrook ASC score at the Autumn Open Gala 2025?",
     ["412"], "table", SWIM),
    ("Who set the previous Otterbrook club record for the girls' 12 and under 100 m freestyle?",
     ["Amelia Rudd"], "person", SWIM),
    ("When do entries close for Otterbrook ASC's Winter Sprint Meet?",
     ["Friday 21 November 2025", "21 November 2025"], "date", SWIM),
    ("Where was Otterbrook ASC's Autumn Open Gala 2025 held?",
     ["Merrow Water Aquatics Centre in Sandlebridge", "Merrow Water Aquatics Centre"], "place", SWIM),
    ("What time does the Otterbrook ASC Development squad train on Thursdays?",
     ["18:15–19:45"], "table", SWIM),
    ("Who swam in Otterbrook A's winning mixed 11–12 medley relay team?",
     ["Tess Whitcombe, Finn Loxley, Maisie Corrigan and Jonah Prest"], "list", SWIM),
    ("otterbrook asc autumn gala how many pbs",
     ["87 personal bests", "87"], "paraphrase", SWIM),
    ("who coaches otterbrook masters",
     ["Colm Prideaux"], "paraphrase", SWIM),
    ("How much is the Otterbrook ASC performance squad per month?",
     ["£48 a month", "£48"], "paraphrase", SWIM),
    ("otterbrook gala who won the mens 100 fly",
     ["Theo Marchant"], "paraphrase", SWIM),
    ("How much does a Masters session cost at Otterbrook ASC?",
     [], "unanswerable", SWIM),
    ("What is the entry fee per event for Otterbrook ASC's Winter Sprint Meet?",
     [], "unanswerable", SWIM),
    ("What time did Ruby Anstey swim in the girls' 9–10 50 m freestyle for Otterbrook ASC?",
     [], "unanswerable", SWIM),

    # --- Lantern Hours podcast episode 63 show notes (.md) ---
    ("At what timestamp does the chapter about Gideon finding a dark site start in Lantern Hours episode 63?",
     ["21:05"], "date", POD),
    ("Who founded the Hollowmere Dark Sky Group, according to Lantern Hours episode 63?",
     ["Gideon Marsh"], "person", POD),
    ("How many members does the Hollowmere Dark Sky Group have now, according to Lantern Hours?",
     ["140 members", "140"], "number", POD),
    ("When does Lantern Hours episode 64 come out?",
     ["Wednesday 26 November 2025"], "date", POD),
    ("Where is the Hollowmere Dark Sky Group's main observing field, according to Lantern Hours?",
     ["Cold Harbour Farm"], "place", POD),
    ("On Lantern Hours episode 63, what does Dr Ashdown say the fifty in 10x50 binoculars refers to?",
     ["the width of each front lens in millimetres"], "definition", POD),
    ("Who produces the Lantern Hours podcast?",
     ["Ruth Pennington"], "person", POD),
    ("According to Dr Ashdown on Lantern Hours, what can a beginner see with binoculars?",
     ["The four bright moons of Jupiter, the craters along the edge of the Moon, the Pleiades as a proper cluster rather than a smudge, and on a good night the Andromeda Galaxy"],
     "list", POD),
    ("lantern hours ep 63 how long is it",
     ["58:34"], "paraphrase", POD),
    ("What did Priti Vance pay for the camera she took her first photo with, on Lantern Hours?",
     ["£75"], "paraphrase", POD),
    ("starbench promo code lantern hours",
     ["LANTERN15"], "paraphrase", POD),
    ("What time do things kick off at the next Hollowmere star party mentioned on Lantern Hours?",
     ["19:00", "the gates open at 19:00"], "paraphrase", POD),
    ("What make of camera does Priti Vance use, according to Lantern Hours episode 63?",
     [], "unanswerable", POD),
    ("How much does it cost to join the Hollowmere Dark Sky Group, per Lantern Hours?",
     [], "unanswerable", POD),
    ("lantern hours hollowmere star party what time does it finish",
     [], "unanswerable", POD),

    # --- Fenmarsh and District Local History Society feature on Elias Thorncroft (.html) ---
    ("According to the Fenmarsh and District Local History Society, when did the first train cross Elias Thorncroft's Harnley Viaduct?",
     ["2 August 1852"], "date", ENG),
    ("What was the final cost of the Harnley Viaduct in the Fenmarsh history society's article on Elias Thorncroft?",
     ["£46,500"], "number", ENG),
    ("To whom was the engineer Elias Thorncroft apprenticed in 1836?",
     ["Abel Kerridge", "the millwright Abel Kerridge of Dunmere"], "person", ENG),
    ("Where was the engineer Elias Thorncroft born?",
     ["Skelby Staithe", "the fishing village of Skelby Staithe"], "place", ENG),
    ("According to the key dates table in the Fenmarsh society's Thorncroft feature, in what year was the Kelderby swing bridge completed?",
     ["1868"], "table", ENG),
    ("What were the names of the two beam engines at Elias Thorncroft's Brindle Cross pumping station?",
     ["Prudence and Constance"], "list", ENG),
    ("How many arches does Elias Thorncroft's Harnley Viaduct have?",
     ["17 brick arches", "17"], "number", ENG),
    ("Whom did the engineer Elias Thorncroft marry in 1849?",
     ["Harriet Lumb"], "person", ENG),
    ("thorncroft fenmarsh cholera outbreak how many died",
     ["212 people", "212"], "paraphrase", ENG),
    ("How much was Elias Thorncroft paid weekly when he worked for Sir Roderick Cawley?",
     ["35 shillings a week", "35 shillings"], "paraphrase", ENG),
    ("fenmarsh history society thorncroft blue plaque where",
     ["14 Quay Street, Fenmarsh"], "paraphrase", ENG),
    ("When can you see Thorncroft's engine Prudence working, according to the Fenmarsh history society?",
     ["the second Sunday of each month from April to October", "second Sunday of each month"], "paraphrase", ENG),
    ("On what day and month was Elias Thorncroft born, according to the Fenmarsh history society?",
     [], "unanswerable", ENG),
    ("How tall is Elias Thorncroft's Harnley Viaduct?",
     [], "unanswerable", ENG),
    ("What did Elias Thorncroft die of, according to the Fenmarsh and District Local History Society?",
     [], "unanswerable", ENG),
]


def main():
    lines = []
    for i, (question, answers, qtype, article) in enumerate(QUESTIONS, start=1):
        row = {
            "id": f"u16-{i:03d}",
            "question": question,
            "answers": answers,
            "type": qtype,
            "article": article,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {OUT}")


if __name__ == "__main__":
    main()
