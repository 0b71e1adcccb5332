#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u27-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

K = "kettlewell_cleaners_dry_cleaning_and_laundrette_prices.txt"
T = "tarrowmere_paddle_hire_prices_and_conditions_2026.md"
L = "lockhouse_escape_rooms_prices_and_booking_terms.html"
Q = "quarrymoor_print_studio_price_list_2026.md"
R = "larchfield_tutors_fees_and_terms_2026-27.txt"

QUESTIONS = [
    # Kettlewell Cleaners: dry cleaner and laundrette price list and terms (.txt)
    ("How much does Kettlewell Cleaners charge to dry clean a two-piece suit on the standard service?", ["£16.50"], "table", K),
    ("kettlewell express price for a full length coat", ["£23.00"], "table", K),
    ("I've got 7 shirts for Kettlewell's shirt service - how much is each one?", ["£2.30", "£2.30 each"], "range", K),
    ("My washing bag weighs 6.5 kg. What would a service wash at Kettlewell cost?", ["£15.00"], "range", K),
    ("kettlewell collection and delivery charge, we're about 4 miles from the shop", ["£3.50"], "range", K),
    ("I'm 63 - do I get any discount on dry cleaning at Kettlewell Cleaners?", ["10% off dry cleaning on Mondays, Tuesdays and Wednesdays", "10% off"], "range", K),
    ("Who is the seamstress at Kettlewell Cleaners?", ["Halina Brozek"], "person", K),
    ("What time does Kettlewell Cleaners close on a Saturday?", ["5.00 pm", "8.00 am to 5.00 pm"], "date", K),
    ("How long have I got to complain if Kettlewell ruins my jacket?", ["7 days", "within 7 days of collection"], "paraphrase", K),
    ("On the Kettlewell loyalty card, which item do you get cleaned for free?", ["Your tenth item", "tenth item"], "ordinal", K),
    ("how long before uncollected clothes get given to charity", ["60 days", "60 days are given to charity"], "paraphrase", K),
    ("Can Kettlewell dry clean a suede jacket?", ["We do not clean leather, suede or fur"], "other", K),
    ("On which days does Kettlewell's driver collect and deliver?", ["Tuesday and Friday afternoons", "Tuesday and Friday"], "list", K),
    ("How much is washing powder from the vending machine at Kettlewell Cleaners?", [], "unanswerable", K),
    ("How much does Kettlewell charge to take up the hem of a dress?", [], "unanswerable", K),

    # Tarrowmere Paddle Hire: kayak, canoe and paddleboard hire prices and conditions (.md)
    ("How much is a single kayak for 2 hours at Tarrowmere Paddle Hire?", ["£26"], "table", T),
    ("we want an open canoe for 3 hours at tarrowmere, how much is that", ["£60"], "range", T),
    ("I weigh 62 kg - what size buoyancy aid will Tarrowmere give me?", ["Adult S/M"], "range", T),
    ("My son is 11 and wants his own paddleboard at Tarrowmere. Is he allowed?", ["if a supervising adult is on the water in another craft close by", "Children aged 8 to 13 may use a single kayak or SUP if a supervising adult is on the water in another craft close by"], "range", T),
    ("If we bring the kayaks back 20 minutes late at Tarrowmere, what's the charge?", ["£10"], "range", T),
    ("What time do the last boats go out in August?", ["6.30 pm", "last boats out at 6.30 pm"], "date", T),
    ("Who is the centre manager at Tarrowmere Paddle Hire?", ["Owen Pryce"], "person", T),
    ("How much is the card deposit per craft at Tarrowmere?", ["£50", "£50 card deposit per craft"], "money", T),
    ("How far is the Tarrowmere Boathouse from Tarrow Bridge station?", ["1.5 miles", "1.5 miles from Tarrow Bridge station"], "number", T),
    ("what wind speed stops the hire boats going out on tarrowmere", ["above 18 mph", "18 mph"], "paraphrase", T),
    ("Can I take my dog out in a hire kayak?", ["Dogs are welcome on the shore but not in hire craft", "not in hire craft"], "other", T),
    ("When does the Tarrowmere Paddle Hire season end this year?", ["Sunday 1 November 2026", "1 November 2026"], "date", T),
    ("How deep is Tarrowmere Water?", [], "unanswerable", T),
    ("How much is a beginner SUP lesson with Bethan Lacey at Tarrowmere?", [], "unanswerable", T),
    ("What time does the Boathouse Café at Tarrowmere close?", [], "unanswerable", T),

    # The Lockhouse Escape Rooms: prices and booking terms (.html)
    ("can we pay cash at the lockhouse", ["We do not take cash", "by card only"], "paraphrase", L),
    ("There are 7 of us wanting to play at The Lockhouse on a Wednesday at 2 pm. How much is it each?", ["£17 each"], "range", L),
    ("lockhouse peak price per person for a group of 3", ["£26 each"], "table", L),
    ("I'm 14 - can I do a Lockhouse escape room with my mates without a grown-up?", ["must have at least one adult (18 or over) playing in the same room", "Players aged 10 to 15 must have at least one adult (18 or over) playing in the same room"], "range", L),
    ("We're going to be 25 minutes late for our Lockhouse game - what happens?", ["the booking is cancelled and the deposit is kept"], "range", L),
    ("If I move my Lockhouse booking to another date 5 days before the game, does it cost anything?", ["free, once"], "range", L),
    ("How much is the deposit to book at The Lockhouse?", ["£30 per booking", "£30"], "money", L),
    ("How much does Jungle Quest Junior cost at The Lockhouse?", ["a flat £75 per group", "£75 per group"], "money", L),
    ("Who runs The Lockhouse Escape Rooms?", ["Mara Quillon and Jonah Fenwick"], "person", L),
    ("who do i contact about a team building event at the lockhouse", ["Leah Dunmore", "events@thelockhouse.example"], "paraphrase", L),
    ("What happens if we ask for a fourth hint?", ["adds 2 minutes to your final time on the leaderboard", "Each extra hint after that adds 2 minutes to your final time on the leaderboard"], "ordinal", L),
    ("Which Lockhouse rooms are step-free?", ["Cell Block Nine and Jungle Quest Junior"], "list", L),
    ("How much does parking cost at the Sallow Street multi-storey near The Lockhouse?", [], "unanswerable", L),
    ("What's the record escape time for Cell Block Nine at The Lockhouse?", [], "unanswerable", L),
    ("What is the name of the actor in The Drowned Chapel?", [], "unanswerable", L),

    # Quarrymoor Print Studio: print shop price list by quantity (.md)
    ("How much are 250 double-sided business cards at Quarrymoor Print Studio?", ["£40"], "table", Q),
    ("I need 250 A3 colour copies from Quarrymoor - what's the price per side?", ["50p"], "range", Q),
    ("quarrymoor comb binding price for a 120 sheet report", ["£5.00 per book", "£5.00"], "range", Q),
    ("How much bleed does Quarrymoor Print Studio want on print-ready PDFs?", ["3 mm", "3 mm bleed"], "number", Q),
    ("If I approve my proof at 10.15 am, can Quarrymoor print it the same day, and what's the extra charge?", ["plus 50%"], "range", Q),
    ("What does Quarrymoor charge to bind the second copy of my thesis?", ["£22.00"], "ordinal", Q),
    ("How much is an A1 poster at Quarrymoor?", ["£18"], "money", Q),
    ("Who is the designer at Quarrymoor Print Studio?", ["Rupert Yeo"], "person", Q),
    ("quarrymoor print studio saturday hours", ["9.30 am – 1.00 pm"], "date", Q),
    ("how much for a printed proof", ["£5", "A printed hard-copy proof costs £5"], "paraphrase", Q),
    ("do schools get money off printing at quarrymoor", ["15% off all printing", "15%"], "paraphrase", Q),
    ("What does Quarrymoor need before it prints an order over £200?", ["a 50% deposit"], "other", Q),
    ("Where is Quarrymoor Print Studio?", ["12 Chandlery Lane, Quarrymoor QM5 1TA", "12 Chandlery Lane"], "place", Q),
    ("How much would 5,000 single-sided business cards cost at Quarrymoor?", [], "unanswerable", Q),
    ("What's the price of 500 A5 flyers at Quarrymoor Print Studio?", [], "unanswerable", Q),

    # Larchfield Tutors: tutoring agency fees and terms (.txt)
    ("How much is an in-person GCSE session with Larchfield Tutors?", ["£48"], "table", R),
    ("My daughter is in Year 8 and wants online tutoring from Larchfield. How much is each session?", ["£36"], "range", R),
    ("larchfield tutor travel charge, we live 8 miles from the tutor", ["£7 per session", "£7"], "range", R),
    ("If I cancel a Larchfield session 30 hours before, what will I be charged?", ["half the session fee"], "range", R),
    ("How much does Larchfield charge to mark a mock exam paper?", ["£15 per paper", "£15"], "money", R),
    ("Who is the director of Larchfield Tutors?", ["Dr Miriam Ostler", "Miriam Ostler"], "person", R),
    ("who sorts out which tutor my kid gets at larchfield", ["Callum Reyes"], "paraphrase", R),
    ("How much is the registration fee at Larchfield Tutors?", ["£25 per family", "£25"], "money", R),
    ("how long is the free trial lesson at larchfield", ["30-minute", "a free 30-minute assessment session"], "paraphrase", R),
    ("When is payment due on a Larchfield Tutors invoice?", ["within 14 days", "Payment is due within 14 days"], "date", R),
    ("Where do Larchfield's holiday courses take place?", ["the Old Granary", "at the Old Granary"], "place", R),
    ("Over Christmas, when are there no Larchfield tutoring sessions?", ["between 24 December and 2 January", "24 December and 2 January"], "date", R),
    ("What subjects does Larchfield Tutors teach?", ["maths, English, science, French, Spanish, German, history and geography"], "list", R),
    ("How much is Larchfield's Easter A level revision course?", [], "unanswerable", R),
    ("What are Larchfield Tutors' bank details for paying by bank transfer?", [], "unanswerable", R),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u27-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
