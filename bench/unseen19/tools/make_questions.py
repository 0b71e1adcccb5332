#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u19-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes, multiplication
signs and straight quotes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

W = "wendlecombe_council_tax_bill_2025_26.txt"
P = "pulsewell_gym_cancellation_email.txt"
H = "hollowmere_academy_uniform_prices_and_term_dates.md"
A = "pellbrook_road_allotment_rules_and_fees.md"
C = "corvane_kestra_8_specification_sheet.html"

QUESTIONS = [
    # --- Wendlecombe council tax bill (.txt) ---
    ("What valuation band is 7 Quillon Terrace in, according to the Wendlecombe council tax bill?", ["Band C"], "table", W),
    ("What is the total amount due for 2025/26 on Mrs Pettigrew's Wendlecombe council tax bill?", ["£1,573.20"], "number", W),
    ("When is the first council tax instalment due on Mrs Pettigrew's Wendlecombe bill?", ["15 April 2025"], "date", W),
    ("How much is each of instalments 2 to 10 on Mrs Pettigrew's Wendlecombe council tax bill?", ["£157.31", "£157.31 each"], "table", W),
    ("What is the Band D charge for Northmarsh County Council on the Wendlecombe council tax bill?", ["£1,702.44"], "table", W),
    ("Who signed Mrs Pettigrew's Wendlecombe council tax bill?", ["Helen Marchbanks"], "person", W),
    ("Where can Wendlecombe council tax payers go to ask about their bill in person?", ["Civic Offices, Market Hill, Stourleigh"], "place", W),
    ("On which days of the month can a Wendlecombe council tax Direct Debit be taken?", ["1st, 15th or 28th", "the 1st, 15th or 28th of the month"], "list", W),
    ("wendlecombe council tax how much do i save living on my own", ["£524.40"], "paraphrase", W),
    ("last date to ask wendlecombe council for 12 monthly payments", ["31 May 2025", "by 31 May 2025"], "paraphrase", W),
    ("wendlecombe council tax if i spread it over 12 months how much a month", ["£131.10", "£131.10 a month"], "paraphrase", W),
    ("wendlecombe 24 hour number to pay council tax by card", ["01632 960348"], "paraphrase", W),
    ("What was Mrs Pettigrew's total council tax charge for 2024/25 from Wendlecombe?", [], "unanswerable", W),
    ("How much of the Northmarsh County Council charge on the Wendlecombe bill is the Adult Social Care precept?", [], "unanswerable", W),
    ("What phone number does the Wendlecombe council tax bill give for the Valuation Office Agency?", [], "unanswerable", W),
    # --- Pulsewell gym cancellation e-mail (.txt) ---
    ("What is the last day of Priya Castellane's Pulsewell membership?", ["3 October 2025"], "date", P),
    ("What is Priya Castellane's Pulsewell membership number?", ["PW-3381047"], "table", P),
    ("How much is the final Pulsewell membership fee for 1-3 October?", ["£3.19"], "table", P),
    ("What number is Priya's locker at Pulsewell Caddington Wharf?", ["118", "No. 118"], "number", P),
    ("Who is the club manager at Pulsewell Caddington Wharf?", ["Gemma Raikes"], "person", P),
    ("Who signed the Pulsewell cancellation confirmation email?", ["Marcus Thorne"], "person", P),
    ("What can Priya still use at Pulsewell clubs until her last day of membership?", ["the gym floor, group classes, the pool and the sauna"], "list", P),
    ("Where is Pulsewell Fitness Ltd's registered address?", ["2 Ferrier Court, Lowbridge", "2 Ferrier Court, Lowbridge, LB3 9QT"], "place", P),
    ("pulsewell how much to freeze my membership instead of cancelling", ["£4.50", "£4.50 a month"], "paraphrase", P),
    ("pulsewell rejoin with no joining fee deadline", ["31 January 2026", "before 31 January 2026"], "paraphrase", P),
    ("when does my pulsewell entry code stop working", ["23:59 on 3 October 2025"], "paraphrase", P),
    ("how much more will pulsewell take from my account after I cancel", ["£3.67"], "paraphrase", P),
    ("What is the name of Priya's personal trainer at Pulsewell?", [], "unanswerable", P),
    ("What is the street address of the Pulsewell Caddington Wharf club?", [], "unanswerable", P),
    ("How much did Priya pay for her Pulsewell personal training pack?", [], "unanswerable", P),
    # --- Hollowmere Academy uniform price list and term dates (.md) ---
    ("How much is a navy blazer in senior sizes on the Hollowmere Academy uniform price list?", ["£34.00"], "table", H),
    ("When does the autumn term 2025 start for all students at Hollowmere Academy?", ["4 September 2025", "Thursday 4 September 2025"], "table", H),
    ("When is the spring half term at Hollowmere Academy in 2026?", ["16–20 February 2026"], "date", H),
    ("Who is Hollowmere Academy's Assistant Headteacher (Pastoral)?", ["Callum Dorsey", "Mr Callum Dorsey"], "person", H),
    ("Where is the Kestrel Schoolwear shop that sells Hollowmere Academy uniform?", ["22 Tanner Street, Brindlecote", "22 Tanner Street, Brindlecote BR4 7LN"], "place", H),
    ("How much is the Hollowmere Academy uniform grant for each child?", ["£60"], "number", H),
    ("What is in Kestrel's Year 7 starter bundle for Hollowmere Academy?", ["the blazer, tie, jumper, polo shirt, shorts, training top and socks"], "list", H),
    ("What does 'junior sizes' mean on the Hollowmere Academy uniform price list?", ["a chest up to 32 inches", "students with a chest up to 32 inches (most students in Years 7 and 8)"], "definition", H),
    ("hollowmere second hand uniform where", ["Library foyer", "Library foyer on the first Thursday of each month"], "paraphrase", H),
    ("what day do year 7s start at hollowmere", ["3 September 2025", "Wednesday 3 September 2025"], "paraphrase", H),
    ("hollowmere pe quarter zip how much", ["£21.60"], "paraphrase", H),
    ("deadline to apply for the hollowmere uniform money", ["31 October 2025", "by 31 October 2025"], "paraphrase", H),
    ("How much is a Sixth Form blazer at Hollowmere Academy?", [], "unanswerable", H),
    ("What does Kestrel Schoolwear charge for home delivery of Hollowmere Academy uniform?", [], "unanswerable", H),
    ("How much does the Hollowmere Year 7 starter bundle cost in senior sizes?", [], "unanswerable", H),
    # --- Pellbrook Road Allotment Society rules and fees (.md) ---
    ("What is the annual rent for a half plot at Pellbrook Road Allotment Society?", ["£40.00"], "table", A),
    ("How much is the gate key deposit at Pellbrook Road allotments?", ["£20.00"], "table", A),
    ("Who is the treasurer of Pellbrook Road Allotment Society?", ["Kwame Addo-Hartley"], "person", A),
    ("When is the Pellbrook Road Allotment Society AGM?", ["Tuesday 18 November 2025", "Tuesday 18 November 2025 at 7:30pm"], "date", A),
    ("What is the largest shed allowed on a Pellbrook Road allotment plot?", ["2.4 m × 1.8 m"], "number", A),
    ("Where will the Pellbrook Road Allotment Society AGM be held?", ["Quenby Marsh Village Hall"], "place", A),
    ("Who can get concession rent at Pellbrook Road allotments?", ["plot holders aged 65 or over, full-time students and anyone receiving Universal Credit or Pension Credit"], "list", A),
    ("What counts as a cultivated plot under the Pellbrook Road allotment rules?", ["when it is dug, planted or covered to suppress weeds", "when it is dug, planted or covered to suppress weeds, and is kept free of brambles and perennial weeds"], "definition", A),
    ("pellbrook allotments can i keep chickens", ["Up to six hens", "Up to six hens may be kept on a full plot"], "paraphrase", A),
    ("pellbrook allotment when am i allowed a bonfire", ["1 November to 31 March", "only from 1 November to 31 March"], "paraphrase", A),
    ("pellbrook plot rent pay by when", ["31 October", "must be paid by 31 October"], "paraphrase", A),
    ("how long's the wait for an allotment at pellbrook road", ["14 months", "about 14 months"], "paraphrase", A),
    ("What is the phone number of the Pellbrook Road site warden?", [], "unanswerable", A),
    ("How much does compost cost at the Pellbrook Road trading shed?", [], "unanswerable", A),
    ("How many plots are currently vacant at Pellbrook Road allotments?", [], "unanswerable", A),
    # --- Corvane Kestra 8 specification sheet (.html) ---
    ("How many effective megapixels does the Corvane Kestra 8 have?", ["33.0 megapixels"], "table", C),
    ("What is the fastest shutter speed with the electronic shutter on the Corvane Kestra 8?", ["1/32000", "1/32000 to 30 s"], "table", C),
    ("How much does the Corvane Kestra 8 weigh body only?", ["612 g"], "number", C),
    ("Which memory cards does the Corvane Kestra 8 take?", ["one CFexpress Type B and one SD UHS-II", "Slot 1: CFexpress Type B. Slot 2: SD UHS-II"], "list", C),
    ("When is the Corvane Kestra 8 available from?", ["5 September 2025"], "date", C),
    ("What is the price of the Corvane Kestra 8 body only?", ["£2,349"], "table", C),
    ("Who is Corvane's UK Product Manager for the Kestra 8?", ["Imogen Sallow"], "person", C),
    ("Where is Corvane Imaging UK Ltd based?", ["Unit 4, Harefield Point, Castlebury", "Unit 4, Harefield Point, Castlebury CB7 2XN"], "place", C),
    ("kestra 8 battery life using the viewfinder", ["430 shots", "approx. 430 shots (viewfinder)"], "paraphrase", C),
    ("kestra 8 crop in 4k 120", ["1.5× crop"], "paraphrase", C),
    ("corvane kestra 8 warranty how long", ["2-year warranty", "a 2-year warranty, extended to 3 years"], "paraphrase", C),
    ("how big is the screen on the kestra 8", ["3.2-inch", "3.2-inch vari-angle touchscreen"], "paraphrase", C),
    ("What is the maximum continuous video recording time on the Corvane Kestra 8?", [], "unanswerable", C),
    ("How much does the Kestra 24–105mm f/4 lens cost on its own?", [], "unanswerable", C),
    ("How long does the Corvane Kestra 8 battery take to charge over USB-C?", [], "unanswerable", C),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u19-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
