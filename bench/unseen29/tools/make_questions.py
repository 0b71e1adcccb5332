#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u29-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes, the degree
sign and straight apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

O = "oakhanger_lettings_tenant_fees_schedule.txt"
N = "northvale_music_exams_fees_and_sessions_2026.txt"
F = "foxglove_lane_studio_portrait_packages.md"
S = "skyhop_dunmarsh_trampoline_park_prices_and_rules.md"
W = "wickerby_playhouse_group_booking_terms.html"

QUESTIONS = [
    # Oakhanger Lettings: tenant fees, holding deposits and tenancy deposits (.txt)
    ("What holding deposit do Oakhanger Lettings ask for on a flat at £950 a month?", ["£219"], "table", O),
    ("We've found a house through Oakhanger Lettings at £4,600 a month, so well over £55k a year. What's the most they can take as a tenancy deposit?", ["up to six weeks' rent", "six weeks' rent"], "range", O),
    ("I locked myself out of my Oakhanger flat at about 7.30 on a Tuesday evening - what does it cost for someone from the office to come out?", ["£60"], "range", O),
    ("We rent a 3-bed house through Oakhanger and the landlord has agreed we can leave before the fixed term ends. What's the re-letting contribution?", ["£360"], "range", O),
    ("Who is the Property Manager at Oakhanger Lettings?", ["Gwen Attwater"], "person", O),
    ("Once Oakhanger Lettings has my holding deposit, how long is the deadline for agreement?", ["15 calendar days"], "number", O),
    ("my housemate is moving out and a friend is taking over her room - what do oakhanger charge to change the tenancy", ["£50"], "paraphrase", O),
    ("How much is a replacement communal entrance fob from Oakhanger Lettings?", ["£45"], "table", O),
    ("I don't earn 30x the rent so Oakhanger say I need a guarantor. How much does the guarantor have to earn?", ["at least 36 times the monthly rent a year", "36 times the monthly rent"], "paraphrase", O),
    ("How many days behind with the rent do I have to be before Oakhanger start adding interest?", ["14 days overdue", "14 days"], "paraphrase", O),
    ("What time are Oakhanger Lettings' Saturday check-ins?", ["10.00 am"], "date", O),
    ("How soon after I pay it does Oakhanger register my tenancy deposit with the protection scheme?", ["30 days of receipt", "30 days"], "number", O),
    ("What does Oakhanger Lettings charge landlords for full management?", [], "unanswerable", O),
    ("What Bank of England base rate is Oakhanger currently using for late-rent interest?", [], "unanswerable", O),
    ("How much is a replacement garage door remote from Oakhanger Lettings?", [], "unanswerable", O),

    # Northvale Music Examinations Board: fees, sessions and entry rules 2026 (.txt)
    ("How much is a Grade 5 practical exam with Northvale?", ["£78"], "table", N),
    ("My son's school wind band has 9 players and wants to take a Northvale ensemble exam. What's the fee?", ["£120"], "range", N),
    ("We'd like my daughter to take her Northvale piano exam in mid-June. When do entries close?", ["1 May 2026"], "range", N),
    ("missed the northvale closing date for my grade 7 violin entry, whats the late fee", ["£20"], "range", N),
    ("I got 124 marks in my Northvale Grade 4 exam - what result is that?", ["Merit"], "range", N),
    ("How long does a Northvale Grade 8 exam last?", ["32 minutes"], "number", N),
    ("Who is the Chief Examiner at the Northvale Music Examinations Board?", ["Dr Fiona Ashdown-Reyes"], "person", N),
    ("When does the Northvale autumn 2026 exam session run?", ["2 November to 12 December 2026"], "date", N),
    ("How many hours of exams does a teacher need to enter to get a Northvale private visit?", ["at least 5 hours of examining", "5 hours"], "number", N),
    ("my kid was ill on the day of her northvale exam and couldn't go, do we get anything back", ["a credit note for 50% of the fee", "50% of the fee"], "paraphrase", N),
    ("We want to push my son's Northvale exam back to the next session. What does that cost?", ["£12 per candidate", "£12"], "paraphrase", N),
    ("how long after the exam till the northvale marks come out online", ["within 3 weeks of the exam", "3 weeks"], "paraphrase", N),
    ("What does Northvale charge to review an exam result?", ["£30"], "money", N),
    ("How much is a Northvale jazz piano Grade 5 exam?", [], "unanswerable", N),
    ("What is the address of the Northvale public centre in Harlby?", [], "unanswerable", N),

    # Foxglove Lane Studio: portrait packages and prices 2026 (.md)
    ("Our son is four weeks old. What's the session fee for his photos at Foxglove Lane?", ["£85"], "range", F),
    ("There'll be 9 of us for a family photo at Foxglove Lane Studio - what does the session cost?", ["£140"], "range", F),
    ("If I buy 7 digital images after my Foxglove Lane shoot, how much is each one?", ["£30 each", "£30"], "range", F),
    ("Can we do a 6.30 pm Thursday session at Foxglove Lane, and is there an extra charge for it?", ["£20", "evening supplement £20"], "range", F),
    ("Who photographs the newborns at Foxglove Lane Studio?", ["Tobias Marchetti"], "person", F),
    ("How much is a framed 16x12 print from Foxglove Lane?", ["£120"], "table", F),
    ("What does The Story collection cost at Foxglove Lane Studio?", ["£295"], "money", F),
    ("How long after the photo session is the viewing at Foxglove Lane?", ["usually 10 to 14 days after the session", "10 to 14 days"], "number", F),
    ("Which day of the week is Foxglove Lane Studio closed?", ["Monday"], "date", F),
    ("need to move our foxglove lane photo shoot, it's only 2 days away - will it cost anything", ["£25"], "paraphrase", F),
    ("Can I spread the cost of a big photo order at Foxglove Lane?", ["Orders over £300 can be paid in three equal monthly instalments with no interest", "three equal monthly instalments with no interest"], "paraphrase", F),
    ("how long do we get to pick our pictures before foxglove lane closes the online gallery", ["30 days after the viewing", "30 days"], "paraphrase", F),
    ("How warm do Foxglove Lane keep the studio for newborn shoots?", ["26°C"], "number", F),
    ("How much is a photo album from Foxglove Lane Studio?", [], "unanswerable", F),
    ("What does Foxglove Lane charge to photograph my horse?", [], "unanswerable", F),

    # Skyhop Trampoline Park Dunmarsh: jump prices, parties and park rules (.md)
    ("Taking my 10-year-old to Skyhop for a 90 minute jump on a Tuesday after school in term time - how much?", ["£16.00"], "range", S),
    ("There'll be 16 kids at my son's Skyhop party. Which party is that and what does it cost?", ["£260", "Bounce Party Plus"], "range", S),
    ("My daughter is 3. Which session can she jump in at Skyhop?", ["Little Hoppers", "Little Hoppers sessions", "Little Hoppers sessions or the soft play area"], "range", S),
    ("Who do I speak to about booking a party at Skyhop Dunmarsh?", ["Shona Pettigrew"], "person", S),
    ("What time does Skyhop Dunmarsh close on Fridays?", ["9.00 pm"], "date", S),
    ("How much are Skyhop grip socks?", ["£2.50 a pair", "£2.50"], "money", S),
    ("What's the minimum height for the dodgeball court at Skyhop?", ["110 cm", "minimum height 110 cm"], "number", S),
    ("How much is Skyhop's Jump Club membership?", ["£25 a month", "£25"], "money", S),
    ("When are the SEN quiet sessions at Skyhop Dunmarsh?", ["the first and third Sunday of each month at 8.00 am", "first and third Sunday of each month"], "date", S),
    ("What does a Fit Bounce class cost at Skyhop?", ["£8.00"], "money", S),
    ("there's 12 of us from work wanting to go to skyhop on a weekday afternoon in term time, any deal for groups?", ["15% off open jump prices", "15%"], "paraphrase", S),
    ("How early should we turn up at Skyhop before our jump time?", ["20 minutes before your session", "20 minutes"], "paraphrase", S),
    ("If we need to switch our Skyhop jump to another day, how much warning do they need?", ["at least 24 hours' notice", "24 hours' notice"], "paraphrase", S),
    ("How much is a 2-hour jump at Skyhop Dunmarsh?", [], "unanswerable", S),
    ("What are Skyhop Dunmarsh's opening hours on Christmas Eve?", [], "unanswerable", S),

    # Wickerby Playhouse: group booking terms 2026 (.html)
    ("We're a party of 14 going to a Wednesday evening show at the Wickerby Playhouse - what's the discount?", ["£4 off each ticket", "£4"], "range", W),
    ("25 of us are booking for a Friday night performance at the Wickerby Playhouse. How much off each ticket?", ["£3 off each ticket", "£3"], "range", W),
    ("I'm bringing 32 Year 9 students to a Wickerby Playhouse matinee. How many free staff tickets do we get?", ["3 free staff tickets"], "range", W),
    ("What's the full price of a seat in row L of the stalls at the Wickerby Playhouse?", ["£32"], "range", W),
    ("Who is the Group Sales Manager at the Wickerby Playhouse?", ["Nadia Orrell"], "person", W),
    ("What time is the Saturday matinee at the Wickerby Playhouse?", ["2.30 pm", "Saturday at 2.30 pm"], "date", W),
    ("How much deposit per ticket does the Wickerby Playhouse take on a group booking?", ["£5 per ticket", "£5"], "money", W),
    ("When is the balance due on a Wickerby Playhouse group booking?", ["6 weeks before the performance", "6 weeks"], "number", W),
    ("How much is the pre-theatre menu in the Riverside Bar at the Wickerby Playhouse?", ["£19.50 per person", "£19.50"], "money", W),
    ("Which seats at the Wickerby Playhouse don't get the group discount?", ["Band E seats", "Band E"], "other", W),
    ("our coach driver wants to know where he can let everyone off for the wickerby playhouse", ["outside the main entrance on Quay Street", "the main entrance on Quay Street"], "paraphrase", W),
    ("A few people have dropped out of our Wickerby Playhouse group. Can I cut the numbers without paying for them?", ["up to 10%", "by up to 10% without charge until the balance is due"], "paraphrase", W),
    ("How much does it cost to park a coach at the Wharf Road coach park near the Wickerby Playhouse?", [], "unanswerable", W),
    ("What are the group rates for the Wickerby Playhouse pantomime?", [], "unanswerable", W),
    ("How many seats are there in the Wickerby Playhouse auditorium?", [], "unanswerable", W),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u29-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
