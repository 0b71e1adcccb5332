#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u21-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

C = "caldershaw_boiler_service_and_gas_safety_report.txt"
S = "stowridge_mutual_current_account_fees.md"
B = "brambleton_summer_adventure_camp_booking.md"
W = "westmarsh_libraries_membership_and_charges.html"
H = "saltings_cove_cancellation_and_refund_policy.txt"

QUESTIONS = [
    # Caldershaw Heating & Gas: boiler service report and homeowner gas safety record (.txt)
    ("When did the Caldershaw Heating engineer visit 22 Pennyroyal Close?", ["19 November 2025", "Wednesday 19 November 2025"], "date", C),
    ("Who carried out Mrs Tremlett's boiler service for Caldershaw Heating & Gas?", ["Martin Ashdale"], "person", C),
    ("What make and model is the boiler at 22 Pennyroyal Close in the Caldershaw report?", ["Vantrell EcoFlow 30C", "Vantrell EcoFlow 30C combination boiler"], "other", C),
    ("How much did Mrs Tremlett pay in total for the Caldershaw boiler service visit?", ["£157.68"], "money", C),
    ("In the Caldershaw test results, what was the heat input of the gas fire?", ["4.2 kW"], "table", C),
    ("What CO/CO2 ratio did the Caldershaw engineer record for the boiler?", ["0.0031"], "table", C),
    ("What was the second appliance inspected in the Caldershaw gas safety report?", ["Gas hob", "Corvane Classic 60, 4-burner"], "ordinal", C),
    ("Which appliance did Caldershaw classify as At Risk at Pennyroyal Close?", ["gas fire, living room", "Gas fire"], "other", C),
    ("When is the next boiler service due according to the Caldershaw report?", ["by 19 November 2026", "19 November 2026"], "date", C),
    ("How much has Caldershaw Heating quoted for a powerflush?", ["£420.00", "£420.00 plus VAT"], "money", C),
    ("caldershaw boiler fault code frozen condensate pipe", ["E133"], "paraphrase", C),
    ("who's the manager i can complain to at caldershaw heating", ["Derek Pollitt", "Derek Pollitt, Operations Manager"], "paraphrase", C),
    ("How much does Caldershaw Heating charge to sweep the chimney at 22 Pennyroyal Close?", [], "unanswerable", C),
    ("What is Caldershaw Heating's call-out charge at weekends?", [], "unanswerable", C),
    ("What is the serial number of the gas fire in Mrs Tremlett's living room?", [], "unanswerable", C),

    # Stowridge Mutual: current account fees and charges (.md)
    ("What is the monthly fee for the Stowridge Mutual Everyday Plus account?", ["£4.50"], "table", S),
    ("What is the arranged overdraft rate on a Stowridge Mutual Everyday account?", ["39.9% EAR variable", "39.9% EAR"], "table", S),
    ("How much does an online same-day CHAPS payment cost with Stowridge Mutual?", ["£20.00"], "table", S),
    ("From what date does the Stowridge Mutual fees and charges schedule apply?", ["1 February 2026"], "date", S),
    ("How much do you need to pay in each month to keep a Stowridge Mutual Everyday Plus account?", ["£1,000", "at least £1,000 a month"], "money", S),
    ("In Stowridge Mutual's card abroad table, what is the cash withdrawal fee abroad for Everyday, Student and Essential accounts?", ["£1.50", "£1.50 per withdrawal"], "table", S),
    ("What will a second replacement debit card within a year cost at Stowridge Mutual?", ["£5.00"], "ordinal", S),
    ("How big is the Stowridge Mutual switching bonus?", ["£125"], "money", S),
    ("Who is the Head of Current Accounts at Stowridge Mutual?", ["Helena Quarrington"], "person", S),
    ("stowridge lost card phone number", ["01632 960421"], "paraphrase", S),
    ("how much cash can I take out in a day with my stowridge card", ["£500"], "paraphrase", S),
    ("stowridge fee when someone overseas sends me more than £100", ["£7.00"], "paraphrase", S),
    ("How much does Stowridge Mutual charge for a foreign currency cash order?", [], "unanswerable", S),
    ("What was the Stowridge Mutual Everyday Plus monthly fee before 1 February 2026?", [], "unanswerable", S),
    ("What hours is the Stowridge Mutual complaints phone line open?", [], "unanswerable", S),

    # Kitebrook Activities: Brambleton Summer Adventure Camp 2026 booking information and form (.md)
    ("How much is a full day at Brambleton Summer Adventure Camp?", ["£38.00"], "table", B),
    ("What is the theme of week 4 at Brambleton Summer Adventure Camp?", ["Mini Olympics"], "table", B),
    ("What are the dates of the third week of Brambleton Summer Adventure Camp?", ["10–14 August"], "ordinal", B),
    ("Who is the camp manager at Brambleton Summer Adventure Camp?", ["Tasha Greenhalgh"], "person", B),
    ("Who is the safeguarding lead for Brambleton Summer Adventure Camp?", ["Priyanka Sholt"], "person", B),
    ("Where is Brambleton Summer Adventure Camp held?", ["Hollyford Academy", "Hollyford Academy, Crane Lane, Brambleton BM3 8RF"], "place", B),
    ("What ages is Brambleton Summer Adventure Camp for?", ["5 to 12"], "number", B),
    ("When do bookings open for Brambleton Summer Adventure Camp 2026?", ["7pm on Monday 2 March 2026", "Monday 2 March 2026"], "date", B),
    ("What time does the coach leave for the Brambleton camp trip to Ottercombe Farm Park?", ["09:45", "09:45 sharp"], "date", B),
    ("brambleton camp late pick up charge", ["£5.00 for every 10 minutes after 17:40", "£5.00"], "paraphrase", B),
    ("which group would my 8 year old be in at brambleton camp", ["Saplings"], "paraphrase", B),
    ("do I get my money back if I cancel brambleton camp three weeks ahead", ["full refund less a £10.00 admin fee per child", "£10.00 admin fee"], "paraphrase", B),
    ("brambleton camp hot dinner price", ["£3.50"], "paraphrase", B),
    ("What time does the coach get back from the Ottercombe Farm Park trip at Brambleton camp?", [], "unanswerable", B),
    ("How much is a full week of core days at Brambleton Summer Adventure Camp?", [], "unanswerable", B),

    # Westmarsh Libraries: joining, borrowing and charges (.html)
    ("How many items can I borrow at once on a Westmarsh Libraries adult card?", ["20"], "table", W),
    ("At Westmarsh Libraries, what is the maximum overdue charge per item for a quick-choice bestseller?", ["£7.50"], "table", W),
    ("How long can I borrow a book from Westmarsh Libraries?", ["4 weeks"], "number", W),
    ("How many times can you renew an item at Westmarsh Libraries?", ["up to 3 times", "3 times"], "number", W),
    ("How much does an inter-library loan cost at Westmarsh Libraries?", ["£6.50", "£6.50 per request"], "money", W),
    ("Who coordinates the Westmarsh Libraries Home Library Service?", ["Gwen Arbery"], "person", W),
    ("What time does Westmarsh Central Library close on Saturdays?", ["16:00", "09:30–16:00"], "table", W),
    ("Which weekday is Westmarsh's Pelham Road library closed?", ["Wednesday", "closed Wednesday"], "table", W),
    ("What is the address of Westmarsh Central Library?", ["14 Kingsgate, Westmarsh WM1 2DS", "Central Library, 14 Kingsgate, Westmarsh WM1 2DS"], "place", W),
    ("westmarsh library colour photocopy A4 price", ["60p", "60p per side"], "paraphrase", W),
    ("how much do I have to owe before westmarsh library stops me borrowing", ["£8.00", "£8.00 or more"], "paraphrase", W),
    ("replacement library card for my kid westmarsh cost", ["£1.00"], "paraphrase", W),
    ("how long will westmarsh library hold a reserved book for me", ["7 days", "kept for you for 7 days"], "paraphrase", W),
    ("How much does scanning a document cost at Westmarsh Libraries?", [], "unanswerable", W),
    ("How long is the loan period for e-books on the Westmarsh Libraries app?", [], "unanswerable", W),

    # Saltings Cove Holiday Park: booking terms, cancellations and refunds (.txt)
    ("How much deposit is needed for a lodge at Saltings Cove Holiday Park?", ["30% of the holiday cost, minimum £200", "30% of the holiday cost"], "money", H),
    ("When is the balance due for a Saltings Cove Holiday Park booking?", ["8 weeks (56 days) before arrival", "8 weeks"], "date", H),
    ("What is the Saltings Cove cancellation charge if I cancel 20 days before arrival?", ["75%"], "table", H),
    ("What does Saltings Cove charge for the second change to my holiday dates?", ["£25", "£25 per change"], "ordinal", H),
    ("How much is Saltings Cove Holiday Protection cover for a 10-night stay?", ["£28", "£28 per booking"], "table", H),
    ("What is the excess on Saltings Cove Holiday Protection cover?", ["£50", "a £50 excess per booking"], "money", H),
    ("What time is check-out at Saltings Cove Holiday Park?", ["10:00", "by 10:00"], "date", H),
    ("How many dogs are allowed in a Saltings Cove holiday home?", ["2 dogs", "a maximum of 2 dogs per unit"], "number", H),
    ("Who is the Guest Relations Manager at Saltings Cove Holiday Park?", ["Bronwen Keverne"], "person", H),
    ("Which reasons for cancelling does Saltings Cove Holiday Protection cover?", ["illness, injury, bereavement, jury service, redundancy or a home emergency such as flood or fire"], "list", H),
    ("saltings cove refund how long", ["within 14 days", "within 14 days of the cancellation being agreed"], "paraphrase", H),
    ("if saltings cove calls off my holiday a fortnight before, do they pay me anything extra", ["£50 per booking", "compensation of £50 per booking"], "paraphrase", H),
    ("saltings cove indoor pool shut what do I get", ["a credit of £10 per booking for each further day it is closed", "£10 per booking"], "paraphrase", H),
    ("How much does a week in a lodge at Saltings Cove Holiday Park cost?", [], "unanswerable", H),
    ("What are the cancellation charges for a touring pitch at Saltings Cove?", [], "unanswerable", H),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u21-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
