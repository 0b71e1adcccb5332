#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u23-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

P = "marlhaven_penalty_charge_notice.txt"
O = "orchardgate_pharmacy_repeat_prescription_notice.txt"
F = "carrow_island_ferry_winter_timetable_and_fares.md"
C = "cellwright_phone_repair_price_list.md"
H = "hedgerow_coach_holiday_brackmoor_coast.html"

QUESTIONS = [
    # Marlhaven District Council: penalty charge notice served by post (.txt)
    ("How much is the penalty charge on my Marlhaven parking fine?", ["£70.00"], "money", P),
    ("What is the last day I can pay the discounted amount for PCN MH40218837?", ["8 December 2025"], "date", P),
    ("Where was the car parked when the contravention was recorded?", ["Chandlers Row, outside No. 22, Marlhaven", "Chandlers Row, outside No. 22"], "place", P),
    ("How many photographs are there in the evidence for the Marlhaven PCN?", ["4 photographs", "4 photographs and a 38-second video clip"], "number", P),
    ("Who signed the penalty charge notice from Marlhaven District Council?", ["Harriet Elphick"], "person", P),
    ("If I pay the Marlhaven PCN on 5 December, how much do I need to pay?", ["£35.00"], "range", P),
    ("What's the deadline for challenging the penalty charge notice?", ["15 December 2025", "by 15 December 2025"], "date", P),
    ("marlhaven pcn contravention code", ["48", "48 - Stopped in a restricted area outside a school"], "other", P),
    ("How long has the council got to get back to me after I dispute the fine?", ["56 days", "within 56 days of receiving your representation"], "paraphrase", P),
    ("what hours does the school zig zag ban on chandlers row apply", ["8.00 am to 9.30 am and 2.45 pm to 4.00 pm", "8.00 am to 9.30 am and 2.45 pm to 4.00 pm, during school term time only"], "paraphrase", P),
    ("How much will the parking fine go up to if I just ignore it?", ["£105.00"], "paraphrase", P),
    ("On the Marlhaven PCN, what is the second ground listed for making a representation?", ["you were not the owner of the vehicle at the time"], "ordinal", P),
    ("What is the e-mail address of the Coastal Counties Parking Adjudicator?", [], "unanswerable", P),
    ("What time does the Marlhaven Customer Service Centre open on Saturdays?", [], "unanswerable", P),
    ("What make of car is named on the Marlhaven penalty charge notice?", [], "unanswerable", P),

    # Orchardgate Pharmacy: notice of changes to the repeat prescription service (.txt)
    ("When is the last date Orchardgate Pharmacy will order my repeat prescriptions for me?", ["Friday 30 January 2026", "30 January 2026"], "date", O),
    ("How long should I wait after ordering before I collect my prescription from Orchardgate?", ["5 working days"], "number", O),
    ("What time does Orchardgate Pharmacy close on a Saturday?", ["5.00 pm", "9.00 am to 5.00 pm"], "date", O),
    ("Who is the pharmacist manager at Orchardgate Pharmacy?", ["Nadia Ferrante", "Nadia Ferrante MPharm"], "person", O),
    ("I live 4 miles from Orchardgate Pharmacy - how much is home delivery?", ["£2.50"], "range", O),
    ("How much does home delivery cost for my 80-year-old mum who lives 3 miles from Orchardgate?", ["free at any distance up to 5 miles for patients aged 75 or over", "Delivery is free at any distance up to 5 miles for patients aged 75 or over"], "range", O),
    ("How long do items stay in the Orchardgate collection locker?", ["72 hours"], "number", O),
    ("orchardgate pharmacist lunch break", ["1.00 pm to 1.20 pm"], "paraphrase", O),
    ("How much is a flu jab at Orchardgate if I'm not eligible for a free one?", ["£16.99"], "money", O),
    ("Which GP surgeries are involved in the end of Orchardgate's managed repeat service?", ["Cadbeck Medical Centre and Wyndham Lane Surgery"], "place", O),
    ("orchardgate dispensary phone number", ["01632 960616"], "other", O),
    ("On which days does Orchardgate deliver to homes more than 2 miles away?", ["Tuesday and Thursday"], "table", O),
    ("how much longer does it take if I post my repeat request to the surgery instead", ["2 working days", "an extra 2 working days"], "paraphrase", O),
    ("How much does each prescription item cost at Orchardgate Pharmacy?", [], "unanswerable", O),
    ("What is the price of a 12-month prescription prepayment certificate at Orchardgate?", [], "unanswerable", O),

    # Carrow Island Ferries: winter timetable and fares (.md)
    ("how long is the boat trip over to carrow island", ["35 minutes", "about 35 minutes"], "paraphrase", F),
    ("What's the first sailing from Port Seldon on a Sunday?", ["09:30"], "ordinal", F),
    ("What time is the last ferry back from Carrow Quay on a Friday?", ["21:45"], "ordinal", F),
    ("How much is a single on the Carrow Island ferry for my 9 year old?", ["£3.70"], "range", F),
    ("period return price for a car under 5 metres on the carrow ferry", ["£58.00"], "table", F),
    ("I'm 67 - what does a day return on the Carrow Island ferry cost me?", ["£9.50"], "range", F),
    ("How early do I need to check in with my car for the Carrow Island ferry?", ["at least 30 minutes before departure", "30 minutes"], "number", F),
    ("Does the Carrow Island ferry run on Christmas Day?", ["no sailings", "Thursday 25 December: no sailings"], "other", F),
    ("How much does it cost to leave the car at Port Seldon for a week?", ["£18.00", "£18.00 per week"], "money", F),
    ("Who is the operations manager of Carrow Island Ferries?", ["Fiona Drummock"], "person", F),
    ("what does it cost to change a ferry booking", ["£5.00", "£5.00 per change"], "paraphrase", F),
    ("On a weekday, what time does the 14:00 from Port Seldon arrive at Carrow Quay?", ["14:35"], "table", F),
    ("When does the summer timetable start for Carrow Island Ferries?", [], "unanswerable", F),
    ("How much does a cup of tea cost in the Galley Café on the Carrow ferry?", [], "unanswerable", F),
    ("What is the phone number for lost property at Carrow Island Ferries?", [], "unanswerable", F),

    # Cellwright Repairs: phone repair price list (.md)
    ("How much does Cellwright charge to replace the screen on an Aurion 13?", ["£139"], "table", C),
    ("battery replacement solenne s23 price", ["£59"], "table", C),
    ("How much extra is an original-quality screen for an Aurion phone?", ["£40", "an extra £40"], "money", C),
    ("How long is the warranty on a screen repair at Cellwright Repairs?", ["6 months"], "number", C),
    ("Who runs Cellwright Repairs?", ["Ravi Ostrander"], "person", C),
    ("What time does Cellwright close on Saturdays?", ["4.00 pm", "10.00 am – 4.00 pm"], "date", C),
    ("How long does a back glass repair take at Cellwright?", ["2 working days"], "number", C),
    ("I'm getting the screen, battery and charging port done on my Solenne S22 in one visit - how much comes off the third repair?", ["£15", "£15 off each repair after that"], "ordinal", C),
    ("My mail-in repair comes to £65 - how much is return postage?", ["£6.50", "£6.50 (tracked, next day)"], "range", C),
    ("what does cellwright charge to look at a phone that got wet", ["£30", "a £30 assessment fee"], "paraphrase", C),
    ("Price to fix the rear camera on an Aurion 14 Pro?", ["£119"], "table", C),
    ("how long before uncollected phones get recycled at cellwright", ["90 days", "within 90 days of the text"], "paraphrase", C),
    ("Where is Cellwright Repairs?", ["8 Mercer Arcade, Dunholt DN4 1RS", "8 Mercer Arcade"], "place", C),
    ("How much does Cellwright charge to replace a tablet screen?", [], "unanswerable", C),
    ("How much will Cellwright pay me for a used Solenne S23?", [], "unanswerable", C),

    # Hedgerow Coach Holidays: 5-day coach tour itinerary with prices (.html)
    ("How much per person is the Brackmoor Coast coach holiday departing 8 June 2026?", ["£609"], "table", H),
    ("single room supplement for the october departure", ["£80"], "table", H),
    ("Which hotel do we stay at on the Hedgerow Brackmoor Coast tour?", ["Greyfriars Hotel", "the Greyfriars Hotel, Port Allery"], "place", H),
    ("What time is the coach pick-up at Castle Tenwick?", ["8.20 am"], "table", H),
    ("Who is the driver on the Brackmoor Coast and Ennerfell Hills tour?", ["Colin Treharne"], "person", H),
    ("How much is the deposit for the Hedgerow coach holiday?", ["£75", "£75 per person"], "money", H),
    ("What happens on the third day of the Brackmoor Coast tour?", ["The Ennerfell Steam Railway", "Day 3 – Wednesday: The Ennerfell Steam Railway"], "ordinal", H),
    ("If I cancel the coach holiday 5 weeks before departure, what will I be charged?", ["50% of the holiday price"], "range", H),
    ("what does the boat trip on the lake cost on the free day", ["£18 per person", "£18"], "paraphrase", H),
    ("When is the balance due for the Hedgerow coach holiday?", ["8 weeks before departure"], "date", H),
    ("luggage allowance on the hedgerow coach trip", ["one suitcase per person, weighing no more than 20 kg", "20 kg"], "paraphrase", H),
    ("where do I wait for the coach in Ambleford", ["Bus shelter opposite the Red Lion"], "table", H),
    ("Who is the local guide on the excursion days of the Hedgerow tour?", ["Maureen Oakshott"], "person", H),
    ("How much does Hedgerow Coach Holidays charge for travel insurance?", [], "unanswerable", H),
    ("What time is breakfast served at the Greyfriars Hotel?", [], "unanswerable", H),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u23-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
