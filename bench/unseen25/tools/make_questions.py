#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u25-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

O = "pellow_grace_opticians_price_list.md"
G = "quillerton_motors_mot_and_servicing_prices.txt"
S = "sallowmere_airport_parking_booking_confirmation.txt"
K = "glenvarrow_snowsports_school_lessons_2025_26.md"
R = "ashgrove_riding_school_prices.html"

QUESTIONS = [
    # Pellow and Grace Opticians: price list (.md)
    ("How much does a standard eye test cost at Pellow and Grace?", ["£30"], "money", O),
    ("pellow grace varifocal lenses thin price", ["£150"], "table", O),
    ("My son is 11 - how much is a Premium frame for him at Pellow and Grace?", ["£45"], "range", O),
    ("I'm 63, do I have to pay for a standard eye test at Pellow and Grace?", ["free", "Anyone aged 60 or over gets a free standard examination"], "range", O),
    ("What time does Pellow and Grace close on Thursdays?", ["7.00 pm", "9.00 am – 7.00 pm"], "date", O),
    ("Who does the home visits for Pellow and Grace Opticians?", ["Eleanor Pellow"], "person", O),
    ("Which days is Samir Qadiri in at Pellow and Grace?", ["Tuesdays, Thursdays and Saturdays"], "date", O),
    ("how long do varifocals take to come in at pellow and grace", ["10–14 working days"], "paraphrase", O),
    ("When do I pay the third instalment on my glasses from Pellow and Grace?", ["one month after collection", "the third one month after collection"], "ordinal", O),
    ("What does the toric daily contact lens plan cost a month at Pellow and Grace?", ["£31"], "table", O),
    ("how much for anti glare coating on lenses at pellow grace", ["£25"], "paraphrase", O),
    ("Who fits my new glasses when I pick them up from Pellow and Grace?", ["Priya Hallworth", "Priya"], "person", O),
    ("How much does it cost to park in Market Place when visiting Pellow and Grace?", [], "unanswerable", O),
    ("How much are prescription sports goggles at Pellow and Grace?", [], "unanswerable", O),
    ("Which benefits make me eligible for a free eye test at Pellow and Grace?", [], "unanswerable", O),

    # Quillerton Motors: MOT, servicing and repair price list (.txt)
    ("MOT price for my 3,200 kg van at Quillerton Motors", ["£55.00"], "range", G),
    ("full service price for a 1.6 litre car at quillerton", ["£219"], "range", G),
    ("How much is a major service on a hybrid at Quillerton Motors?", ["£349"], "table", G),
    ("What does the MOT cost if I book it together with a full service at Quillerton?", ["£30.00"], "money", G),
    ("Who is the MOT tester at Quillerton Motors?", ["Joe Whitcombe"], "person", G),
    ("quillerton motors saturday hours", ["8.00 am – 12.30 pm", "8.00 am – 12.30 pm (MOT tests only)"], "date", G),
    ("I live 7 miles from Quillerton Motors - what's the charge to pick up and drop back my car?", ["£15.00"], "range", G),
    ("How old do I have to be to borrow a Quillerton courtesy car?", ["25 or over", "aged 25 or over"], "number", G),
    ("how much per hour do quillerton charge for labour", ["£72.00 per hour", "£72.00"], "paraphrase", G),
    ("how long are quillerton's repairs guaranteed for", ["12 months or 12,000 miles", "12 months or 12,000 miles, whichever comes first"], "paraphrase", G),
    ("If I split a £400 repair bill at Quillerton Motors, when is the first payment due?", ["on collection", "the first on collection"], "ordinal", G),
    ("By what time do I need to drop my car at Quillerton for it to be done the same day?", ["9.00 am", "between 7.30 am and 9.00 am"], "date", G),
    ("Who should I speak to first if I'm unhappy with work done at Quillerton Motors?", ["Carla Penhale"], "person", G),
    ("How much does Quillerton Motors charge to replace a cambelt?", [], "unanswerable", G),
    ("How much per litre does Quillerton charge if the courtesy car comes back with less fuel?", [], "unanswerable", G),

    # Sallowmere Airport Parking: booking confirmation and tariff (.txt)
    ("What's my Sallowmere airport parking booking reference?", ["SAP-4471-KX"], "other", S),
    ("What time is Mr Renwick booked to enter the Sallowmere Long Stay car park?", ["05:15", "Saturday 14 March 2026, 05:15"], "date", S),
    ("How much did Mr Renwick pay altogether for his Sallowmere parking?", ["£66.99"], "money", S),
    ("How much is Meet and Greet at Sallowmere for a 12-day trip?", ["£129.00"], "range", S),
    ("sallowmere short stay price for 3 days", ["£68.00"], "table", S),
    ("What does each extra day cost in Sallowmere Long Stay once you go past two weeks?", ["£4.50"], "paraphrase", S),
    ("how often is the long stay shuttle bus in the middle of the night", ["every 20 minutes", "every 20 minutes overnight"], "paraphrase", S),
    ("Where do I catch the shuttle back to the Long Stay car park from the terminal?", ["Stand 6 on the terminal forecourt", "Stand 6"], "place", S),
    ("sallowmere long stay entrance which road", ["Hobbs Lane"], "place", S),
    ("In the first step for getting to the Sallowmere Long Stay car park, which signs do I follow?", ["the purple \"Long Stay L2\" signs", "purple \"Long Stay L2\" signs"], "ordinal", S),
    ("How much is it to use the Sallowmere Drop-off Zone for 10 minutes?", ["£6.00"], "money", S),
    ("Who signed the Sallowmere parking confirmation letter?", ["Aisha Brennock"], "person", S),
    ("How much does a car wash cost at Sallowmere Airport parking?", [], "unanswerable", S),
    ("Which flight is Mr Renwick taking from Sallowmere Airport?", [], "unanswerable", S),
    ("What hours is the Sallowmere Meet and Greet desk open?", [], "unanswerable", S),

    # Glenvarrow Snowsports School: lesson schedule and prices (.md)
    ("When does the Glenvarrow ski school season finish?", ["Sunday 5 April 2026", "5 April 2026"], "date", K),
    ("How much is a 5-day group course for my 9-year-old at Glenvarrow?", ["£160"], "range", K),
    ("I'm 67 - what's a 3-day group course at Glenvarrow going to cost me?", ["£110"], "range", K),
    ("Where does Kids Club meet at Glenvarrow?", ["the Snowflake Hut", "the Snowflake Hut, next to the Lower Beinn tow at the bottom of the nursery slope"], "place", K),
    ("glenvarrow afternoon group lesson start time", ["1.30 pm", "1.30 pm – 3.30 pm"], "table", K),
    ("How much is a 2-hour private lesson for three of us at Glenvarrow?", ["£155"], "range", K),
    ("glenvarrow snowboard hire price for a kid", ["£21"], "table", K),
    ("What's the second of the Glenvarrow lesson levels called?", ["Green"], "ordinal", K),
    ("Who runs the Kids Club at Glenvarrow Snowsports School?", ["Eilidh Munro"], "person", K),
    ("How much deposit do I need to hold a 5-day course at Glenvarrow?", ["£50", "£50 per person"], "money", K),
    ("If I cancel my Glenvarrow lessons 10 days before the first one, how much do I get back?", ["50% refund", "50%"], "range", K),
    ("max number of kids in a glenvarrow kids club group", ["6", "6 in Kids Club and in First Tracks groups"], "paraphrase", K),
    ("How much does an adaptive lesson cost at Glenvarrow for one skier?", ["£130", "the 2-hour private rate for 1–2 people"], "table", K),
    ("How much is a day lift pass at Glenvarrow?", [], "unanswerable", K),
    ("How much does the Glenvarrow Kids Club lunch club cost on its own?", [], "unanswerable", K),

    # Ashgrove Riding School: prices and booking (.html)
    ("How much is a one-hour group lesson for an adult at Ashgrove Riding School?", ["£40"], "table", R),
    ("My daughter is 6 - how much is a lead-rein lesson at Ashgrove?", ["£26"], "range", R),
    ("What's the youngest age for the 2-hour hack at Ashgrove?", ["14"], "table", R),
    ("Is Ashgrove Riding School open on Mondays?", ["Closed (the horses' rest day)", "Closed"], "other", R),
    ("ashgrove riding school max rider weight", ["14 stone (89 kg)", "14 stone"], "paraphrase", R),
    ("I weigh 13 stone - what lessons can I book at Ashgrove?", ["private lessons", "can only book private lessons, on our two cobs, Barney and Mallow"], "range", R),
    ("When is the second instalment due for the Ashgrove adult beginners' course?", ["before the 3rd lesson"], "ordinal", R),
    ("When does the June adult beginners' course start at Ashgrove?", ["Thursday 4 June 2026", "4 June 2026"], "date", R),
    ("cost of a holiday pony day at ashgrove", ["£85 per day", "£85"], "paraphrase", R),
    ("How much extra for a 10th child at an Ashgrove birthday party?", ["£22"], "range", R),
    ("Who is the head instructor at Ashgrove Riding School?", ["Tom Brightling"], "person", R),
    ("How much notice do I need to give to cancel a lesson at Ashgrove?", ["48 hours' notice", "at least 48 hours' notice"], "number", R),
    ("Where is Ashgrove Riding School?", ["Ashgrove Farm, Pellingworth Lane, Wexlow Cross HC3 7RN", "Pellingworth Lane, Wexlow Cross"], "place", R),
    ("How much does a riding hat cost in the Ashgrove tack shop?", [], "unanswerable", R),
    ("How long is the waiting list for the Ashgrove horse share scheme?", [], "unanswerable", R),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u25-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
