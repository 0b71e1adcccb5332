#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u20-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

F = "fernleigh_driving_lesson_prices_and_terms.txt"
R = "brackenridge_removals_quotation.txt"
C = "kestrelford_choir_spring_concert_programme.md"
S = "tallowfield_self_storage_prices_and_terms.md"
W = "wexcombe_travel_clinic_appointment_confirmation.html"

QUESTIONS = [
    # Fernleigh School of Motoring: driving lesson price list and booking terms (.txt)
    ("How much is a 1-hour automatic driving lesson with Fernleigh School of Motoring?", ["£41.00"], "table", F),
    ("What does the Test Ready Block cost for manual lessons at Fernleigh School of Motoring?", ["£690.00"], "table", F),
    ("Who is the chief instructor at Fernleigh School of Motoring?", ["Gareth Pollinger", "Gareth Pollinger (ADI, Grade A)"], "person", F),
    ("How much notice does Fernleigh School of Motoring need to cancel a lesson without charge?", ["48 hours", "at least 48 hours' notice"], "number", F),
    ("How long are Fernleigh School of Motoring lesson blocks valid for?", ["6 months", "6 months from the date of purchase"], "number", F),
    ("Which areas get free pick-up and drop-off from Fernleigh School of Motoring?", ["Tinsbury, Ashcombe Parva and Little Wenham"], "list", F),
    ("From what date does the Fernleigh School of Motoring price list apply?", ["5 January 2026"], "date", F),
    ("How much is the Pass Plus course at Fernleigh School of Motoring?", ["£210.00"], "table", F),
    ("fernleigh automatic instructor name", ["Dev Ramaswell", "Dev Ramaswell (ADI)"], "paraphrase", F),
    ("how long will my fernleigh instructor hang on if im running late", ["15 minutes", "up to 15 minutes"], "paraphrase", F),
    ("fernleigh driving school deal for new learners", ["£60", "your first two hours for £60"], "paraphrase", F),
    ("fernleigh refund unused block hours - what do they deduct", ["£15", "an admin fee of £15"], "paraphrase", F),
    ("How much is the DVSA practical test fee according to Fernleigh School of Motoring?", [], "unanswerable", F),
    ("What make and model of car does Fernleigh School of Motoring use for automatic lessons?", [], "unanswerable", F),
    ("How much is a 2-hour lesson with Fernleigh's trainee instructor?", [], "unanswerable", F),

    # Brackenridge Removals: removal quotation (.txt)
    ("What is the total price on the Brackenridge Removals quotation for the Castellanes' move?", ["£2,541.60"], "table", R),
    ("Who carried out the survey for the Brackenridge Removals quotation?", ["Lewis Tranmere", "Lewis Tranmere, Senior Estimator"], "person", R),
    ("What is the moving day on the Brackenridge Removals quotation?", ["12 December 2025", "Friday 12 December 2025"], "date", R),
    ("What is the delivery address on the Brackenridge Removals quotation?", ["Flat 6, Wrenfield Court, 41 Harbour Street, Porthaven", "Flat 6, Wrenfield Court, 41 Harbour Street, Porthaven PV2 8NL"], "place", R),
    ("How much deposit is needed to confirm the Brackenridge Removals booking?", ["£635.40"], "number", R),
    ("How much does Brackenridge Removals charge to move the piano?", ["£175.00"], "table", R),
    ("What is the excess on Brackenridge Removals' standard goods-in-transit cover?", ["£150", "£150 per claim"], "number", R),
    ("Which items will Brackenridge Removals not pack or carry?", ["paint, petrol, gas bottles, fireworks, or household chemicals"], "list", R),
    ("brackenridge quote expiry date", ["3 December 2025"], "paraphrase", R),
    ("how much VAT is on the removal quote for the Foxglove Crescent move", ["£423.60"], "paraphrase", R),
    ("brackenridge charge if keys are late on moving day", ["£65 per hour", "charged at £65 per hour"], "paraphrase", R),
    ("Who's in charge of the removal crew on the Castellane move?", ["Daniel Oyelaran", "Crew leader Daniel Oyelaran"], "paraphrase", R),
    ("What time will the Brackenridge Removals crew arrive at Wrenfield Court in Porthaven?", [], "unanswerable", R),
    ("What is the name of the driver in the Brackenridge Removals crew for the Castellane move?", [], "unanswerable", R),
    ("What are the dimensions of the lift at Wrenfield Court on the Brackenridge Removals quotation?", [], "unanswerable", R),

    # Kestrelford Community Choir: concert programme and membership details (.md)
    ("Who is the musical director of Kestrelford Community Choir?", ["Imogen Varley"], "person", C),
    ("Where is the Kestrelford Community Choir spring concert being held?", ["St Aldhelm's Church", "St Aldhelm's Church, Market Hill, Kestrelford"], "place", C),
    ("Who composed Lanterns in the Rain for the Kestrelford Community Choir spring concert?", ["Clara Hethersett"], "table", C),
    ("How much is an adult ticket on the door for the Kestrelford Community Choir spring concert?", ["£16"], "table", C),
    ("What does a full yearly subscription to Kestrelford Community Choir cost?", ["£180"], "table", C),
    ("When does Kestrelford Community Choir rehearse?", ["Tuesdays, 7.30 pm to 9.30 pm", "Tuesdays, 7.30 pm to 9.30 pm, in term time"], "date", C),
    ("Who is the treasurer of Kestrelford Community Choir?", ["Sunil Ashdown"], "table", C),
    ("When is Kestrelford Community Choir's Summer Serenade?", ["Saturday 4 July 2026", "Saturday 4 July 2026, 7.30 pm"], "date", C),
    ("kestrelford choir student membership price per term", ["£30"], "paraphrase", C),
    ("who started the kestrelford choir", ["Margaret Dunstable"], "paraphrase", C),
    ("what time do doors open for the kestrelford choir concert", ["6.45 pm"], "paraphrase", C),
    ("how much is the kestrelford choir scarf", ["£12"], "paraphrase", C),
    ("How many singers are there in Kestrelford Community Choir?", [], "unanswerable", C),
    ("Who conducts the Kestrelford Youth Strings?", [], "unanswerable", C),
    ("How much are tickets for Kestrelford Community Choir's Summer Serenade?", [], "unanswerable", C),

    # Tallowfield Self Storage: unit price list and terms (.md)
    ("How much does a Medium unit cost per week at Tallowfield Self Storage?", ["£19.50"], "table", S),
    ("What is a Drive-Up unit at Tallowfield Self Storage?", ["Ground-floor unit with a roller door you can park at"], "definition", S),
    ("What are the access hours for units at Tallowfield Self Storage?", ["06:00–22:00"], "table", S),
    ("Who is the store manager at Tallowfield Self Storage?", ["Priya Lanchester"], "person", S),
    ("How much notice do you have to give to vacate a unit at Tallowfield Self Storage?", ["7 days", "7 days, given in writing or by e-mail"], "number", S),
    ("What is the minimum stay at Tallowfield Self Storage?", ["2 weeks"], "number", S),
    ("Where is Tallowfield Self Storage?", ["Greywether Business Park", "Unit 9, Greywether Business Park, Brinsmead BR4 6TY"], "place", S),
    ("What is the maximum goods protection cover at Tallowfield Self Storage?", ["£50,000"], "number", S),
    ("tallowfield storage late payment fee", ["£15", "a late fee of £15"], "paraphrase", S),
    ("how much is a padlock at tallowfield", ["£12.50"], "paraphrase", S),
    ("when does the tallowfield half price deal finish", ["31 March 2026"], "paraphrase", S),
    ("cost to swap to a bigger unit at tallowfield storage", ["£10", "a £10 transfer fee"], "paraphrase", S),
    ("How long does Tallowfield Self Storage keep its CCTV recordings?", [], "unanswerable", S),
    ("How high are the storage units at Tallowfield Self Storage?", [], "unanswerable", S),
    ("How much is a 75 sq ft unit at Tallowfield Self Storage?", [], "unanswerable", S),

    # Wexcombe Travel Health Clinic: vaccination appointment confirmation (.html)
    ("When is Mr Whitcombe's first appointment at Wexcombe Travel Health Clinic?", ["6 January 2026, 16:20", "Tuesday 6 January 2026, 16:20"], "date", W),
    ("Who will see Mr Whitcombe at his second appointment at Wexcombe Travel Health Clinic?", ["Callum Reddaway", "Nurse Callum Reddaway"], "table", W),
    ("How much is the yellow fever vaccine at Wexcombe Travel Health Clinic?", ["£78.00"], "table", W),
    ("What balance is due at Mr Whitcombe's first appointment at Wexcombe Travel Health Clinic?", ["£289.00"], "table", W),
    ("How much does each malaria tablet cost at Wexcombe Travel Health Clinic?", ["£3.10", "£3.10 per tablet"], "number", W),
    ("How long after vaccination does the yellow fever certificate from Wexcombe Travel Health Clinic become valid?", ["10 days", "10 days after the vaccination"], "number", W),
    ("Where is Wexcombe Travel Health Clinic?", ["12 Orchard Parade", "12 Orchard Parade, Wexcombe WX5 3JD", "first floor above Orchard Parade Pharmacy"], "place", W),
    ("Who is the pharmacist prescriber at Wexcombe Travel Health Clinic?", ["Adaeze Okonjo"], "person", W),
    ("wexcombe clinic nurse advice line number", ["01632 960853"], "paraphrase", W),
    ("wexcombe travel clinic saturday hours", ["09:00–13:00"], "paraphrase", W),
    ("how much is the hep A booster at wexcombe", ["£55.00"], "paraphrase", W),
    ("When does Jonah Whitcombe fly out to Kenya?", ["14 February 2026"], "paraphrase", W),
    ("How much does the cholera vaccine cost at Wexcombe Travel Health Clinic?", [], "unanswerable", W),
    ("What are the opening hours of the Wexcombe Travel Health Clinic nurse advice line?", [], "unanswerable", W),
    ("What is the total cost of Mr Whitcombe's malaria tablets from Wexcombe Travel Health Clinic?", [], "unanswerable", W),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u20-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
