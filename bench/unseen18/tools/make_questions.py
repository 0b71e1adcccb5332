#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below (keys in order: id, question, answers, type,
article). Golds are copied exactly from the articles, so £, en dashes and straight quotes match."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

KES = "kestrel_breakdown_cover_renewal.txt"
QWB = "quillbrook_water_bill.txt"
HAZ = "hazelcombe_primary_summer_newsletter.md"
BTF = "brackenford_town_fc_season_tickets.html"
CVA = "corvane_air_delay_compensation_decision.txt"

# (question, answers, type, article)
QUESTIONS = [
    # Kestrel Road Rescue breakdown cover renewal letter
    ("How much does National Recovery cost per year in Kestrel Road Rescue's 2026-27 prices?",
     ["£112.00"], "table", KES),
    ("What is the monthly price of Complete Cover in the Kestrel Road Rescue renewal letter?",
     ["£13.67"], "table", KES),
    ("How much excess does Kestrel Road Rescue charge from the fourth call-out onwards?",
     ["£40", "a £40 excess"], "number", KES),
    ("By what date must Mr Ashworth-Reeve renew online to get 10% off his Kestrel Road Rescue cover?",
     ["18 March 2026", "before 18 March 2026"], "date", KES),
    ("Who is the Renewals Team Leader at Kestrel Road Rescue?",
     ["Gareth Penhale"], "person", KES),
    ("Who signed the Kestrel Road Rescue renewal letter to Mr Ashworth-Reeve?",
     ["Fiona Lathbury"], "person", KES),
    ("What is the maximum length of a vehicle that Kestrel Road Rescue will cover?",
     ["6.4 metres"], "number", KES),
    ("What does Home Start mean in Kestrel Road Rescue's renewal letter?",
     ["the same help at your home address or within a quarter of a mile of it"], "definition", KES),
    ("kestrel road rescue what did i pay last year for roadside plus",
     ["£72.50"], "paraphrase", KES),
    ("kestrel rescue onward travel hotel allowance per head",
     ["£150", "£150 per person"], "paraphrase", KES),
    ("What's the phone number for Kestrel Road Rescue's claims people?",
     ["01632 960405"], "paraphrase", KES),
    ("How much will Kestrel Road Rescue charge me if I fill up with the wrong fuel?",
     ["£95", "a fixed fee of £95"], "paraphrase", KES),
    ("How much does Kestrel Road Rescue charge for European breakdown cover?",
     [], "unanswerable", KES),
    ("Where did Mr Ashworth-Reeve's puncture happen, according to Kestrel Road Rescue?",
     [], "unanswerable", KES),
    ("What make of car is Mr Ashworth-Reeve's Kestrel Road Rescue cover for?",
     [], "unanswerable", KES),

    # Quillbrook Water bill
    ("How much water did Mrs Tidmarsh use in the Quillbrook Water billing period?",
     ["47 cubic metres"], "number", QWB),
    ("What is the sewerage standing charge amount on Mrs Tidmarsh's Quillbrook Water bill?",
     ["£25.66"], "table", QWB),
    ("What daily rate does Quillbrook Water charge for surface water drainage on this bill?",
     ["£0.1290/day"], "table", QWB),
    ("What is the subtotal for this period on Mrs Tidmarsh's Quillbrook Water bill?",
     ["£285.56"], "number", QWB),
    ("When is the last instalment of Mrs Tidmarsh's Quillbrook Water payment plan due?",
     ["1 October 2026"], "date", QWB),
    ("Where is Mrs Tidmarsh's Quillbrook Water meter located?",
     ["Boundary box outside the front gate"], "place", QWB),
    ("Who is Head of Customer Billing at Quillbrook Water?",
     ["Rhiannon Pugh-Davies"], "person", QWB),
    ("What does the surface water drainage charge on the Quillbrook Water bill pay for?",
     ["removing rainwater that runs off your roof and paved areas into the public sewer"],
     "definition", QWB),
    ("quillbrook water first instalment amount",
     ["£45.51"], "paraphrase", QWB),
    ("What did the Quillbrook Water meter read back in September 2025?",
     ["1,284 cubic metres"], "paraphrase", QWB),
    ("quillbrook burst main hotline number",
     ["01632 960611"], "paraphrase", QWB),
    ("How much can the Quillbrook Assist scheme knock off a water bill?",
     ["up to 40%", "40%"], "paraphrase", QWB),
    ("What will Quillbrook Water's sewerage volume charge be from 1 April 2026?",
     [], "unanswerable", QWB),
    ("What is the name of the meter reader who read Mrs Tidmarsh's Quillbrook Water meter?",
     [], "unanswerable", QWB),
    ("How much does Quillbrook Water charge as a fee for a missed Direct Debit payment?",
     [], "unanswerable", QWB),

    # Hazelcombe Primary School newsletter
    ("Who is the headteacher of Hazelcombe Primary School?",
     ["Mr Owen Pritchard-Lyle", "Owen Pritchard-Lyle"], "person", HAZ),
    ("How much did the Hazelcombe Primary Summer Fair raise?",
     ["£2,846"], "number", HAZ),
    ("On what date did Hazelcombe Primary School's Sports Day take place?",
     ["Tuesday 30 June 2026"], "date", HAZ),
    ("When does Hazelcombe Primary's Spring 2027 term end?",
     ["Thursday 25 March 2027"], "table", HAZ),
    ("What are the dates of Hazelcombe Primary's Autumn 2026 half term?",
     ["26–30 October 2026"], "table", HAZ),
    ("Where did Hazelcombe Primary's Year 4 go for their residential trip?",
     ["Brackwater Outdoor Centre"], "place", HAZ),
    ("Who runs the Coding Club at Hazelcombe Primary School?",
     ["Mr Gideon Fairweather", "Mr Gideon Fairweather from Byteworks Kids"], "person", HAZ),
    ("Which activities did Hazelcombe Primary's Year 4 try on their residential?",
     ["canoeing, climbing, archery and a night walk"], "list", HAZ),
    ("hazelcombe primary who's taking over reception in september",
     ["Miss Hannah Treloar", "Hannah Treloar"], "paraphrase", HAZ),
    ("Which Hazelcombe house came out on top at sports day?",
     ["Willow"], "paraphrase", HAZ),
    ("hazelcombe breakfast club price per day",
     ["£4.50"], "paraphrase", HAZ),
    ("When do Hazelcombe Primary pupils go back to school after Christmas?",
     ["Tuesday 5 January 2027"], "paraphrase", HAZ),
    ("How many points did Oak house score at Hazelcombe Primary's Sports Day?",
     [], "unanswerable", HAZ),
    ("How much of the Hazelcombe Summer Fair money will be spent on library books?",
     [], "unanswerable", HAZ),
    ("What are the dates of the last two Hazelcombe Primary INSET days for 2026-27?",
     [], "unanswerable", HAZ),

    # Brackenford Town FC season tickets and matchday page
    ("How much is an adult season ticket in the Main Stand at Brackenford Town FC?",
     ["£245"], "table", BTF),
    ("What does an Under 16 season ticket in the Brackenford Town FC Family Zone cost?",
     ["£30"], "table", BTF),
    ("What is the Over 65 season ticket price for the Kiln End terrace at Brackenford Town FC?",
     ["£140"], "table", BTF),
    ("When do Brackenford Town FC's early-bird season ticket prices end?",
     ["5pm on Friday 12 June 2026", "Friday 12 June 2026"], "date", BTF),
    ("Who is the Disability Liaison Officer at Brackenford Town FC?",
     ["Beverley Haines"], "person", BTF),
    ("How many wheelchair spaces are there at Brackenford Town FC's Millrace Park?",
     ["24", "24 wheelchair spaces"], "number", BTF),
    ("What time does Brackenford Town v Tarrow Vale kick off?",
     ["12:30pm"], "date", BTF),
    ("Where are away supporters housed at Brackenford Town FC's Millrace Park?",
     ["the Kiln End", "Kiln End"], "place", BTF),
    ("brackenford town car park how much",
     ["£5", "£5 per car"], "paraphrase", BTF),
    ("Who looks after the stewards and safety at Brackenford Town FC?",
     ["Carl Denning"], "paraphrase", BTF),
    ("when do brackenford town season ticket holders have to renew to keep their seat",
     ["Friday 29 May 2026"], "paraphrase", BTF),
    ("What would a 19-year-old pay for a Brackenford Town season ticket in the Riverside Stand?",
     ["£115"], "paraphrase", BTF),
    ("How much is a matchday ticket for a fan aged 16 to 21 at Brackenford Town FC?",
     [], "unanswerable", BTF),
    ("Which bus route serves Brackenford Town FC's Millrace Park?",
     [], "unanswerable", BTF),
    ("What is the capacity of Brackenford Town FC's Millrace Park ground?",
     [], "unanswerable", BTF),

    # Corvane Air delay compensation decision e-mail
    ("How much compensation does Corvane Air pay per eligible passenger for Ms Fairley-Strand's flight?",
     ["£350"], "number", CVA),
    ("What is the total amount Corvane Air will pay Ms Fairley-Strand?",
     ["£802.60"], "number", CVA),
    ("What was the scheduled departure time of Corvane Air flight CV 2417?",
     ["14:35"], "date", CVA),
    ("How long was the arrival delay of Corvane Air flight CV 2417?",
     ["3 hours 53 minutes"], "number", CVA),
    ("Which Corvane Air claims handler wrote the decision e-mail to Ms Fairley-Strand?",
     ["Marcus Elderfield"], "person", CVA),
    ("By what date must Ms Fairley-Strand reply to choose the Corvane Air travel voucher?",
     ["26 March 2026"], "date", CVA),
    ("Where was Corvane Air flight CV 2417 flying to?",
     ["Santa Oriel", "Santa Oriel (SOR)"], "place", CVA),
    ("What is the booking reference on Ms Fairley-Strand's Corvane Air claim?",
     ["QK7TZP"], "table", CVA),
    ("corvane air how much back for the food and drink",
     ["£54.60"], "paraphrase", CVA),
    ("How old was Elsie Strand when she flew with Corvane Air?",
     ["14 months", "aged 14 months"], "paraphrase", CVA),
    ("corvane air second stage review email address",
     ["reviews@corvaneair.example"], "paraphrase", CVA),
    ("What's the Corvane Air voucher worth if I take it instead of the cash?",
     ["£840"], "paraphrase", CVA),
    ("What fault did Corvane Air's engineers find on the aircraft for flight CV 2417?",
     [], "unanswerable", CVA),
    ("Who is Corvane Air's station manager at Pellingham?",
     [], "unanswerable", CVA),
    ("How much compensation does Corvane Air pay for flights over 3,500 km?",
     [], "unanswerable", CVA),
]


def main():
    out = ROOT / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u18-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
