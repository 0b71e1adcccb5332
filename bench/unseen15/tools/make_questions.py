#!/usr/bin/env python3
"""Write ../questions.jsonl from the Python list below.

Each entry is (question, answers, type, article). Ids are assigned in order (u15-001 ..).
Golds are typed here exactly as they appear in the article files (pound signs, en dashes,
straight apostrophes), so they are copied byte-for-byte into the JSONL.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

D = "fellbrook_dental_treatment_plan_estimate.txt"
C = "thornwick_green_cc_membership_fixtures_2026.md"
R = "lanyard_street_rent_increase_notice.txt"
G = "moss_hollow_workshop_programme_2026.html"
B = "lumenwire_broadband_welcome_pack.md"

QUESTIONS = [
    # --- Fellbrook Dental Practice: treatment plan and estimate (.txt) ---
    ("What time is Mrs Tewkes's first treatment visit, the white filling, at Fellbrook Dental Practice?",
     ["08:45", "Tuesday 17 March 2026 at 08:45"], "date", D),
    ("Who is the treating dentist on the Fellbrook Dental Practice treatment plan?",
     ["Dr Owain Marchetti", "Dr Owain Marchetti BDS"], "person", D),
    ("How much does Fellbrook Dental Practice estimate for the root canal treatment on LR6?",
     ["£495.00"], "table", D),
    ("when does the fellbrook dental quote run out",
     ["1 June 2026"], "paraphrase", D),
    ("What is the estimated total still to pay on the Fellbrook Dental Practice treatment plan?",
     ["£1,311.00"], "table", D),
    ("How much would a dental implant cost at Fellbrook Dental Practice?",
     [], "unanswerable", D),
    ("fellbrook dental deposit amount",
     ["£150.00"], "table", D),
    ("Where would Fellbrook Dental Practice refer Mrs Tewkes if she chose a dental implant?",
     ["Wexcombe Implant Clinic", "the Wexcombe Implant Clinic"], "place", D),
    ("What number should Mrs Tewkes ring if her tooth flares up in the evening after Fellbrook Dental Practice has closed?",
     ["01632 960349"], "paraphrase", D),
    ("Who should Mrs Tewkes contact at Fellbrook Dental Practice about payments or the estimate?",
     ["Gillian Shawcross", "our practice manager, Gillian Shawcross"], "person", D),
    ("How long will Mrs Tewkes's root canal appointment at Fellbrook Dental Practice take?",
     [], "unanswerable", D),
    ("How much does Fellbrook Dental Practice charge for a missed appointment longer than 30 minutes?",
     ["£60.00"], "number", D),
    ("How many days does Fellbrook Dental's lab need to make the crown?",
     ["10 working days"], "paraphrase", D),
    ("phone number for the dental lab making Mrs Tewkes's crown for Fellbrook",
     [], "unanswerable", D),
    ("fellbrook dental how long can i park for nothing",
     ["free for up to 1 hour", "1 hour"], "paraphrase", D),

    # --- Thornwick Green Cricket Club: membership renewal and fixtures (.md) ---
    ("How much is senior playing membership at Thornwick Green Cricket Club if renewed by 31 March?",
     ["£145"], "table", C),
    ("Who is the membership secretary at Thornwick Green Cricket Club?",
     ["Farida Khoury"], "person", C),
    ("how much for a family sub at thornwick green cricket club if i pay late",
     ["£320"], "paraphrase", C),
    ("What time does the Thornwick Green 1st XI match against Brindley Moor CC start?",
     ["12:30"], "table", C),
    ("Who is the captain of the Thornwick Green Cricket Club Sunday XI?",
     [], "unanswerable", C),
    ("thornwick green 2nd xi opponent on 25 april",
     ["Copley St Andrew's CC"], "table", C),
    ("Where are Thornwick Green Cricket Club's home matches played?",
     ["The Green, Mill Lane, Thornwick TG3 8LA", "The Green, Mill Lane"], "place", C),
    ("Which number do I call to tell Thornwick Green Cricket Club I'm available for Saturday games?",
     ["01632 960533"], "paraphrase", C),
    ("From what date do Thornwick Green Cricket Club senior nets run?",
     ["7 April"], "date", C),
    ("How much does a Thornwick Green Cricket Club sweater cost?",
     [], "unanswerable", C),
    ("What is the match fee for a senior match at Thornwick Green Cricket Club?",
     ["£9", "£9 per senior match"], "number", C),
    ("Who skippers the Thornwick Green first team?",
     ["Jonah Whitcombe"], "paraphrase", C),
    ("Who is Thornwick Green Cricket Club's welfare officer?",
     ["Colin Appiah"], "person", C),
    ("what time does the thornwick green pavilion bar close on saturdays",
     [], "unanswerable", C),
    ("how long is the thornwick green u15 game on the may bank holiday",
     ["a 40-over game", "40-over"], "paraphrase", C),

    # --- Brindle & Oake / Mrs Crosthwaite: rent increase notice (.txt) ---
    ("What will the new monthly rent be for Flat 3, 27 Lanyard Street?",
     ["£985.00", "£985.00 per calendar month"], "number", R),
    ("When does the new rent for Flat 3, 27 Lanyard Street start?",
     ["1 June 2026"], "date", R),
    ("lanyard street flat 3 how much more per month",
     ["£60.00 per month", "£60.00 per month (6.5%)"], "paraphrase", R),
    ("Who is the landlord of Flat 3, 27 Lanyard Street?",
     ["Mrs Imelda Crosthwaite"], "person", R),
    ("How much is the annual service charge for 27 Lanyard Street?",
     [], "unanswerable", R),
    ("What is property manager Rhys Pendergast's phone number in the Lanyard Street rent increase notice?",
     ["01632 960455"], "number", R),
    ("By what date should the Lanyard Street tenants reply if they want to discuss the rent increase?",
     ["30 April 2026"], "date", R),
    ("When is Brindle & Oake coming round to look over Flat 3 at Lanyard Street?",
     ["Wednesday 22 April 2026", "Wednesday 22 April 2026 between 10:00 and 12:00"], "paraphrase", R),
    ("What is the asking rent for 8 Ropewalk Mews in the Lanyard Street rent increase notice?",
     ["£995"], "table", R),
    ("Which deposit protection scheme holds the Lanyard Street tenants' deposit?",
     [], "unanswerable", R),
    ("How much is the tenants' deposit for Flat 3, 27 Lanyard Street?",
     ["£1,067.00"], "number", R),
    ("By when must the Lanyard Street tenants update their standing order for the new rent?",
     ["25 May 2026"], "paraphrase", R),
    ("What is the landlord's address for service of notices in the Lanyard Street rent increase letter?",
     ["6 Orchard Rise, Haverleigh HV2 5NE"], "place", R),
    ("lanyard street landlord mrs crosthwaite phone number",
     [], "unanswerable", R),
    ("who do the lanyard street tenants go to if they can't agree the new rent",
     ["First-tier Tribunal (Property Chamber)", "the First-tier Tribunal (Property Chamber)"], "paraphrase", R),

    # --- Moss Hollow Garden Centre: workshop programme (.html) ---
    ("How much is the hanging basket masterclass at Moss Hollow Garden Centre?",
     ["£35"], "table", G),
    ("Who tutors the evening terrarium making workshop at Moss Hollow Garden Centre?",
     ["Ffion Radley"], "table", G),
    ("how much is the kids bug hotel thing at moss hollow",
     ["£8 per child"], "paraphrase", G),
    ("What time is the Propagating perennials workshop at Moss Hollow Garden Centre?",
     ["10:30–12:30"], "table", G),
    ("How much does the Moss Hollow Garden Centre festive wreath evening cost?",
     [], "unanswerable", G),
    ("moss hollow wildlife pond workshop date",
     ["Sunday 7 June"], "table", G),
    ("What number do you call to book a Moss Hollow Garden Centre workshop?",
     ["01632 960612"], "number", G),
    ("I cancelled my Moss Hollow workshop three days beforehand, what do I get back?",
     ["a credit note for another workshop", "a credit note for another workshop, valid for 6 months"], "paraphrase", G),
    ("Where do adult workshops take place at Moss Hollow Garden Centre?",
     ["the Potting Shed classroom", "the Potting Shed classroom, behind the aquatics area"], "place", G),
    ("What are the Bramble Café's opening hours at Moss Hollow Garden Centre?",
     [], "unanswerable", G),
    ("Who is the events coordinator for private group workshops at Moss Hollow Garden Centre?",
     ["Shona Pellow"], "person", G),
    ("Which Moss Hollow tutor looks after the ponds and fish?",
     ["Idris Harrowell"], "paraphrase", G),
    ("How many places are there on an adult workshop at Moss Hollow Garden Centre?",
     ["12 places", "a maximum of 12 places"], "number", G),
    ("how much does it cost to join the moss hollow hollow club",
     [], "unanswerable", G),
    ("what discount on plants do moss hollow workshop people get",
     ["15%", "15% off plants bought the same day"], "paraphrase", G),

    # --- Lumenwire Broadband: welcome pack (.md) ---
    ("What date is Ms Carrow's Lumenwire installation appointment?",
     ["Tuesday 14 April 2026"], "date", B),
    ("What is the time slot for the Lumenwire installation?",
     ["08:00–13:00", "08:00–13:00 (morning slot)"], "table", B),
    ("how much will lumenwire charge me a month once the intro offer ends",
     ["£43.00"], "paraphrase", B),
    ("Which company will carry out Ms Carrow's Lumenwire installation?",
     ["Tandem Fibre Services"], "table", B),
    ("What is the name of the engineer doing the Lumenwire installation?",
     [], "unanswerable", B),
    ("What is the monthly total for months 1 to 6 on the Lumenwire price breakdown?",
     ["£37.00"], "table", B),
    ("What will the Lumenwire engineer fit at Ms Carrow's home?",
     ["a small fibre box on an outside wall and an optical socket inside"], "list", B),
    ("Who was Ms Carrow's broadband company before Lumenwire?",
     ["Castleway Broadband"], "paraphrase", B),
    ("What is the minimum guaranteed download speed on Lumenwire Fibre 500?",
     ["250 Mbps"], "table", B),
    ("How much does Lumenwire Fibre 900 cost per month?",
     [], "unanswerable", B),
    ("When will Lumenwire issue Ms Carrow's first bill?",
     ["20 April 2026"], "date", B),
    ("How much can I get from Lumenwire if the engineer doesn't turn up?",
     ["£30", "£30 compensation"], "paraphrase", B),
    ("lumenwire technical support phone number",
     ["01632 960722"], "table", B),
    ("what's the wifi password for the lumenwire hub 3",
     [], "unanswerable", B),
    ("lumenwire how long do i have to change my mind",
     ["14 days"], "paraphrase", B),
]


def main():
    out = ROOT / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, (q, answers, typ, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u15-{i:03d}", "question": q, "answers": answers,
                   "type": typ, "article": article}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
