#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u28-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

A = "ashcombe_pryde_funeral_price_list.txt"
B = "brindle_skip_hire_terms_and_prices.md"
T = "thistledown_grooming_and_kennels_tariff.html"
L = "larchfield_road_planning_appeal_decision.txt"
F = "fellside_riding_centre_lessons_and_rules.md"

QUESTIONS = [
    # Ashcombe & Pryde Funeral Directors: standardised price list and guide to arrangements (.txt)
    ("How much is an unattended direct cremation with Ashcombe & Pryde?", ["£1,195"], "money", A),
    ("My mum died at home, about 22 miles from your Tallowgate office - what will Ashcombe & Pryde charge to collect her?", ["£95"], "range", A),
    ("We'd like about 120 printed orders of service for Dad's funeral. What will Ashcombe & Pryde charge for those?", ["£195"], "range", A),
    ("If we book the 9.30 slot on a Wednesday at Holm Vale Crematorium, what's the crematorium fee?", ["£695"], "range", A),
    ("holm vale crematorium fee for a 2.30 pm service on a thursday", ["£1,050"], "range", A),
    ("Who is the managing funeral director at Ashcombe & Pryde?", ["Owen Pryde"], "person", A),
    ("What time does the Ashcombe & Pryde chapel of rest close on Saturdays?", ["12.30 pm", "10.00 am to 12.30 pm"], "date", A),
    ("How much deposit do Ashcombe & Pryde take when you arrange a funeral?", ["£500", "A deposit of £500"], "money", A),
    ("How long have I got to settle the Ashcombe & Pryde bill once the final invoice arrives?", ["28 days", "within 28 days of the date of our final invoice"], "paraphrase", A),
    ("After a direct cremation, how soon do Ashcombe & Pryde usually give the ashes back?", ["within 10 working days of the cremation", "usually within 10 working days of the cremation", "10 working days"], "number", A),
    ("Dad passed away at home on a Sunday morning. Is there an extra charge for Ashcombe & Pryde to collect him at the weekend?", ["£120", "A supplement of £120"], "paraphrase", A),
    ("When does the Ashcombe & Pryde bereavement drop-in group meet?", ["the first Tuesday of every month", "first Tuesday of every month"], "date", A),
    ("How much does Ashcombe & Pryde charge for a burial plot at the cemetery?", [], "unanswerable", A),
    ("What does a headstone from Tollworth Memorials cost through Ashcombe & Pryde?", [], "unanswerable", A),
    ("What's the price of a horse-drawn hearse with four horses at Ashcombe & Pryde?", [], "unanswerable", A),

    # Brindle Skip & Waste: skip hire prices and terms (.md)
    ("I only need the smallest Brindle skip for 5 days - how much is it?", ["£165"], "range", B),
    ("I need a 6 yard builder's skip for about 10 days. What will Brindle charge?", ["£325"], "range", B),
    ("We're 8 miles from Brindle's Kestrel Way depot - how much extra is delivery?", ["£25"], "range", B),
    ("I'm clearing about 40 bags of rubbish from my mum's house, which Brindle skip is the right size?", ["Midi (4 yard)", "Midi"], "range", B),
    ("brindle skip how much per day if I keep it longer than two weeks", ["£8 per day", "£8"], "paraphrase", B),
    ("What is the weight limit on Brindle's 12 yard skip?", ["3 tonnes"], "table", B),
    ("The skip is going on the road outside my house in Hollowmere. How much is the permit?", ["£48", "£48 for up to 14 days"], "paraphrase", B),
    ("How much notice does Brindle need to get a road permit?", ["3 working days"], "number", B),
    ("i've got an old mattress to chuck in the brindle skip, what's the extra charge", ["£25 each", "£25"], "paraphrase", B),
    ("Who is the operations manager at Brindle Skip & Waste?", ["Dean Marsh"], "person", B),
    ("What's the latest I can cancel a Brindle skip booking without paying anything?", ["4.00 pm on the working day before", "before 4.00 pm on the working day before delivery"], "date", B),
    ("What hours does Brindle deliver skips on a Saturday?", ["8.00 am to 12 noon"], "date", B),
    ("If my Brindle skip is over its weight limit, how much do they charge?", ["£35 per 100 kg"], "money", B),
    ("How much does Brindle charge to hire a 20 yard roll-on roll-off container?", [], "unanswerable", B),
    ("What is the skip permit fee if I live in Lindford rather than Hollowmere?", [], "unanswerable", B),

    # Thistledown Grooming and Boarding Kennels: tariff (.html)
    ("My cocker spaniel weighs 14 kg. How much is a full groom at Thistledown?", ["£50"], "range", T),
    ("bath and brush price for a 3 kg chihuahua at thistledown", ["£24"], "range", T),
    ("What does Thistledown charge for a full groom for a labrador weighing exactly 35 kg?", ["£62"], "range", T),
    ("We're boarding our two dogs together at Thistledown from 10 to 14 March. What's the nightly rate?", ["£44"], "range", T),
    ("How much a night to board one 25 kg dog at Thistledown over 28 December?", ["£30"], "range", T),
    ("I need doggy day care for about 4 hours while I'm at the dentist - how much at Thistledown?", ["£18"], "range", T),
    ("Who is the head groomer at Thistledown?", ["Sasha Quill"], "person", T),
    ("How many dogs is Thistledown licensed to board at one time?", ["34", "up to 34 dogs"], "number", T),
    ("How old does a puppy have to be for Thistledown's puppy introduction?", ["12 to 24 weeks", "aged 12 to 24 weeks"], "number", T),
    ("what time is the last drop-off for grooming at thistledown", ["1.00 pm"], "date", T),
    ("I'm collecting my dog from boarding on a Sunday. When can I come?", ["10.00 am to 12 noon", "10.00 am to 12 noon only"], "paraphrase", T),
    ("How long before boarding does my dog need to have had the kennel cough jab?", ["at least 14 days before the stay", "14 days"], "paraphrase", T),
    ("My diabetic dog needs insulin while he's boarding - do Thistledown charge for that?", ["£3 per day"], "paraphrase", T),
    ("How much does Thistledown charge for hand-stripping a border terrier?", [], "unanswerable", T),
    ("What does it cost per night to board a rabbit at Thistledown?", [], "unanswerable", T),

    # Appeal decision: 17 Larchfield Road, Dunmore Cross (.txt)
    ("What was the decision on the two-storey side extension at 17 Larchfield Road?", ["dismissed", "The appeal is dismissed insofar as it relates to the two-storey side extension"], "other", L),
    ("Who decided the appeal for 17 Larchfield Road?", ["Rosalind Achterberg"], "person", L),
    ("When did the inspector visit the site at 17 Larchfield Road?", ["3 February 2026"], "date", L),
    ("How long has Mr Wrenshaw got to start building the rear extension?", ["3 years", "not later than 3 years"], "paraphrase", L),
    ("How big a gap would the side extension have left to the boundary with No 19 Larchfield Road?", ["0.6 metres", "only 0.6 metres"], "number", L),
    ("How far from the side boundary does Calderbridge's design guide say a two-storey side extension should be?", ["at least 1 metre from the side boundary", "at least 1 metre", "1 metre"], "number", L),
    ("How deep is the rear extension allowed at 17 Larchfield Road?", ["4.0 metres", "4.0 metres deep"], "number", L),
    ("our builder wants to start at 7.30 on saturday mornings at larchfield road, what hours is he allowed", ["between 8.00 am and 1.00 pm on Saturdays", "8.00 am and 1.00 pm"], "paraphrase", L),
    ("How many letters of objection did the council get about 17 Larchfield Road?", ["4", "4 letters of objection"], "number", L),
    ("Which neighbouring house does the no-side-windows condition protect?", ["15 Larchfield Road", "No 15"], "place", L),
    ("What's the time limit for challenging the Larchfield Road appeal decision in the High Court?", ["within 6 weeks of the decision date", "6 weeks"], "date", L),
    ("The house at number 41 Larchfield Road got a two-storey side extension - when was that approved?", ["2009"], "paraphrase", L),
    ("Was Mr Wrenshaw awarded his costs against Calderbridge District Council?", [], "unanswerable", L),
    ("What is the name of the Calderbridge planning officer who dealt with application 25/01184/HOU?", [], "unanswerable", L),
    ("On what date did Mr Wrenshaw lodge his appeal?", [], "unanswerable", L),

    # Fellside Riding Centre: lessons, prices and yard rules (.md)
    ("My daughter is 6 - how much is the lesson for her age group at Fellside?", ["£22"], "range", F),
    ("I weigh 70 kg - what's the smallest type of horse or pony I could ride at Fellside?", ["Cob"], "range", F),
    ("My son is 13 and rides confidently. Which Fellside hack is he old enough for?", ["Lane and bridleway hack"], "range", F),
    ("how much is the jumping clinic at fellside for my 11 year old", ["£48"], "range", F),
    ("How much is an hour-long private lesson at Fellside?", ["£68"], "table", F),
    ("Two of us want to share a 45-minute lesson at Fellside - how much each?", ["£45 per rider", "£45"], "paraphrase", F),
    ("Who is the head instructor at Fellside Riding Centre?", ["Harriet Lowther-Page"], "person", F),
    ("When are the sessions for riders with disabilities at Fellside?", ["Wednesday mornings"], "date", F),
    ("If I buy a block of lessons at Fellside, how long do I have to use them?", ["within 10 weeks of the first lesson", "10 weeks"], "number", F),
    ("What is the maximum rider weight for a Fellside jumping clinic?", ["82 kg"], "number", F),
    ("How much does a Pony Day cost at Fellside?", ["£85 per day", "£85"], "money", F),
    ("I forgot my riding hat for my fourth lesson at Fellside, what does it cost to borrow one?", ["£3"], "paraphrase", F),
    ("How much notice do I need to give Fellside to move my lesson without paying?", ["48 hours' notice", "48 hours"], "paraphrase", F),
    ("How much is a 30-minute semi-private lesson at Fellside?", [], "unanswerable", F),
    ("How much does DIY livery cost at Fellside Riding Centre?", [], "unanswerable", F),
]

def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u28-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
