#!/usr/bin/env python3
"""Write questions.jsonl for the unseen12 set from the list below.

Golds are typed here exactly as they appear in the article files (pound signs,
en dashes and straight apostrophes included). Run tools/check.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.jsonl")

AIR = "corvale_airways_eticket_receipt.txt"
GP = "millbeck_lane_surgery_practice_leaflet.md"
MENU = "copper_hare_menu.html"
JOB = "fernside_analytics_offer_letter.txt"
BIKE = "spokeworth_cycles_workshop_menu.md"

# (question, answers, type, article)
Q = [
    # --- Corvale Airways e-ticket receipt ---
    ("What is the booking reference on the Corvale Airways e-ticket receipt?",
     ["KX7M4Q"], "table", AIR),
    ("What time does Corvale Airways flight CV 563 depart from Vessmark?",
     ["11:05"], "date", AIR),
    ("Which terminal does Corvale Airways flight CV 571 arrive at in Pellham?",
     ["Terminal 3", "Pellham International (PLH), Terminal 3"], "place", AIR),
    ("What is the checked baggage allowance for a child on the Corvale Airways booking?",
     ["1 x 15 kg"], "table", AIR),
    ("What was the total paid for Corvale Airways booking KX7M4Q?",
     ["868.80"], "number", AIR),
    ("Which passenger on the Corvale Airways booking is a Silverwing frequent flyer?",
     ["MR DANIEL ASHDOWN", "Mr Daniel Ashdown"], "person", AIR),
    ("What are the seat numbers on Corvale Airways flight CV 218?",
     ["14A, 14B, 14C"], "list", AIR),
    ("What counts as a child passenger on the Corvale Airways booking?",
     ["a passenger aged 2 to 11 on the date of travel", "aged 2 to 11 on the date of travel"],
     "definition", AIR),
    ("corvale airways how long before departure does the gate shut",
     ["20 minutes before departure", "20 minutes"], "paraphrase", AIR),
    ("price to add an extra suitcase online per flight corvale",
     ["£45 per bag per flight", "£45"], "paraphrase", AIR),
    ("what time does the first corvale flight leave pellham",
     ["07:15"], "paraphrase", AIR),
    ("What is the combined amount of taxes and charges in the Corvale Airways fare?",
     ["£213.80"], "paraphrase", AIR),
    ("Which gate does Corvale Airways flight CV 218 depart from?",
     [], "unanswerable", AIR),
    ("How much does Corvale Airways charge to carry a bicycle?",
     [], "unanswerable", AIR),
    ("What is the phone number of the Corvale Airways transfer desk at Vessmark?",
     [], "unanswerable", AIR),

    # --- Millbeck Lane Surgery practice leaflet ---
    ("Who is the senior partner at Millbeck Lane Surgery?",
     ["Dr Owen Tressider"], "person", GP),
    ("On which days does Dr Leila Haddow work at Millbeck Lane Surgery?",
     ["Monday, Tuesday, Thursday"], "table", GP),
    ("What time do the doors close on Tuesdays at Millbeck Lane Surgery?",
     ["20:00"], "table", GP),
    ("When is the diabetes clinic held at Millbeck Lane Surgery?",
     ["Wednesday 09:00–12:00"], "table", GP),
    ("What is the phone number of the Millbeck Lane Surgery prescriptions line?",
     ["01632 960305"], "number", GP),
    ("By what time should home visits be requested from Millbeck Lane Surgery?",
     ["before 10:30", "10:30"], "date", GP),
    ("What is a GP registrar, according to the Millbeck Lane Surgery leaflet?",
     ["a qualified doctor in training to become a GP", "qualified doctor in training to become a GP"],
     "definition", GP),
    ("Where is the Minor Injuries Unit mentioned in the Millbeck Lane Surgery leaflet?",
     ["Stennby Community Hospital"], "place", GP),
    ("millbeck lane how long before i can pick up repeat meds at the surgery",
     ["2 full working days"], "paraphrase", GP),
    ("Who should a written complaint to Millbeck Lane Surgery be addressed to?",
     ["Gareth Linley", "the Practice Manager, Gareth Linley"], "paraphrase", GP),
    ("millbeck lane surgery number to ring when its shut",
     ["01632 960399"], "paraphrase", GP),
    ("who's the trainee doctor at millbeck lane",
     ["Dr Imogen Sayle"], "paraphrase", GP),
    ("What time does the Saturday flu clinic start at Millbeck Lane Surgery?",
     [], "unanswerable", GP),
    ("Who chairs the Millbeck Lane Surgery Patient Participation Group?",
     [], "unanswerable", GP),
    ("What is the e-mail address of Millbeck Lane Surgery?",
     [], "unanswerable", GP),

    # --- The Copper Hare menu ---
    ("How much is the pan-roasted hake at The Copper Hare?",
     ["£22.00"], "table", MENU),
    ("Which allergens are listed for the sticky toffee pudding at The Copper Hare?",
     ["G, D, E"], "list", MENU),
    ("What does the allergen code Mo mean on The Copper Hare menu?",
     ["molluscs"], "definition", MENU),
    ("How much does the three-course set menu cost at The Copper Hare?",
     ["£29.50"], "number", MENU),
    ("What service charge does The Copper Hare add for tables of six or more?",
     ["12.5%", "A discretionary service charge of 12.5%"], "number", MENU),
    ("Who is the head chef at The Copper Hare?",
     ["Nadia Forsythe"], "person", MENU),
    ("What time does dinner service end on Saturdays at The Copper Hare?",
     ["22:30"], "table", MENU),
    ("What is the name of The Copper Hare's private dining room?",
     ["The Loft"], "place", MENU),
    ("copper hare deposit per head for a group of ten",
     ["£10 per person", "£10"], "paraphrase", MENU),
    ("How long will The Copper Hare keep my table if I'm late?",
     ["15 minutes"], "paraphrase", MENU),
    ("what's the vegan dessert at the copper hare",
     ["Apple and blackberry crumble", "Apple and blackberry crumble, oat custard (vg)"],
     "paraphrase", MENU),
    ("extra cost for steak on the copper hare set menu",
     ["£6", "a £6 supplement"], "paraphrase", MENU),
    ("How much is the Sunday roast at The Copper Hare?",
     [], "unanswerable", MENU),
    ("Who is the sommelier at The Copper Hare?",
     [], "unanswerable", MENU),
    ("How much are children's portions at The Copper Hare?",
     [], "unanswerable", MENU),

    # --- Fernside Analytics offer letter ---
    ("What salary does Fernside Analytics offer Naomi Castellane?",
     ["£46,500 per year", "£46,500"], "number", JOB),
    ("What is the start date in the Fernside Analytics offer letter?",
     ["Monday 3 November 2025", "3 November 2025"], "date", JOB),
    ("Who will be Naomi Castellane's line manager at Fernside Analytics?",
     ["Tobias Wren", "Tobias Wren, Head of Insight"], "person", JOB),
    ("Who signed the Fernside Analytics offer letter?",
     ["Catherine Moorcroft"], "person", JOB),
    ("How much will Fernside Analytics pay into Naomi Castellane's pension?",
     ["6% of your basic salary", "6%"], "number", JOB),
    ("By what date must Naomi Castellane accept the Fernside Analytics offer?",
     ["Friday 17 October 2025", "5pm on Friday 17 October 2025"], "date", JOB),
    ("What documents are enclosed with the Fernside Analytics offer letter?",
     ["Contract of employment (two copies), Employee handbook, New starter form"], "list", JOB),
    ("Where will Naomi Castellane work for Fernside Analytics?",
     ["Unit 4, Harbour Yard, Kestrelby"], "place", JOB),
    ("fernside analytics notice i have to give once probation is over",
     ["2 months' written notice", "2 months"], "paraphrase", JOB),
    ("How many days of annual leave come with the Fernside Analytics job?",
     ["27 days' paid holiday a year plus bank holidays", "27 days"], "paraphrase", JOB),
    ("who do i ask at fernside about pension or my contract",
     ["Leanne Achterberg", "Leanne Achterberg, People Partner"], "paraphrase", JOB),
    ("Between what times must Naomi be available each day at Fernside Analytics?",
     ["10:00 to 16:00"], "paraphrase", JOB),
    ("What is Naomi Castellane's payroll number at Fernside Analytics?",
     [], "unanswerable", JOB),
    ("Who is Naomi Castellane's current employer, according to the Fernside Analytics letter?",
     [], "unanswerable", JOB),
    ("What time does reception close at the Fernside Analytics office?",
     [], "unanswerable", JOB),

    # --- Spokeworth Cycles workshop menu ---
    ("How much does the Silver Service cost at Spokeworth Cycles?",
     ["£95"], "table", BIKE),
    ("What is the usual turnaround for a Gold Service at Spokeworth Cycles?",
     ["4 working days"], "table", BIKE),
    ("Who is the e-bike technician at Spokeworth Cycles?",
     ["Callum Dee"], "person", BIKE),
    ("How much is the Spokeworth Cycles storage fee after the free period?",
     ["£4 per day", "£4"], "number", BIKE),
    ("How long is the labour warranty at Spokeworth Cycles?",
     ["60 days", "60 days from collection"], "number", BIKE),
    ("What is the fitted price of a chain at Spokeworth Cycles?",
     ["£32"], "table", BIKE),
    ("What is the phone number of the Spokeworth Cycles workshop?",
     ["01632 960750"], "number", BIKE),
    ("What does the E-bike Service at Spokeworth Cycles add to the Silver Service?",
     ["motor and battery diagnostic, software update, electrical connections checked"],
     "list", BIKE),
    ("who manages the spokeworth workshop",
     ["Beth Harrowby"], "paraphrase", BIKE),
    ("spokeworth how long before an uncollected bike can be sold",
     ["90 days"], "paraphrase", BIKE),
    ("What does Spokeworth Cycles charge to skip the queue?",
     ["£20", "an extra £20"], "paraphrase", BIKE),
    ("spokeworth cycles cost to fix a flat",
     ["£12"], "paraphrase", BIKE),
    ("How much does Spokeworth Cycles charge to service a suspension fork?",
     [], "unanswerable", BIKE),
    ("How many days' notice does Spokeworth Cycles give before selling an abandoned bike?",
     [], "unanswerable", BIKE),
    ("How much is a bike fit at Spokeworth Cycles?",
     [], "unanswerable", BIKE),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (question, answers, qtype, article) in enumerate(Q, 1):
            row = {
                "id": f"u12-{i:03d}",
                "question": question,
                "answers": answers,
                "type": qtype,
                "article": article,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
