#!/usr/bin/env python3
"""Write questions.jsonl for unseen13 from the list below.

Golds are typed here exactly as they appear in the articles (pound signs,
en dashes and straight quotes included). Run tools/check.py afterwards.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent

CAR = "kestrelway_car_hire_rental_agreement.txt"
GIG = "lanternhouse_cobbleford_whats_on.html"
UNI = "holmbrook_geo2214_timetable_assessment.md"
INS = "bellweather_claim_acknowledgement_letter.txt"
HALL = "fernside_community_centre_room_hire.md"

Q = [
    # --- Kestrelway Car Hire rental agreement (.txt) ---
    ("When is the car due back under the Kestrelway Car Hire rental agreement?",
     ["Tuesday 17 March 2026 at 17:00", "17 March 2026 at 17:00"], "date", CAR),
    ("Who is the additional driver on Mr Westerby's Kestrelway Car Hire agreement?",
     ["Ms Imogen Latchford", "Imogen Latchford"], "person", CAR),
    ("Which branch should the Kestrelway Car Hire car be returned to?",
     ["Ashby Fell Station", "Ashby Fell Station, Station Approach, Ashby Fell AF1 2RD"], "place", CAR),
    ("What is the standard damage excess on the Kestrelway Car Hire agreement?",
     ["£1,250"], "table", CAR),
    ("How much does Kestrelway Car Hire charge per litre for missing fuel?",
     ["£2.10 per litre", "£2.10"], "number", CAR),
    ("What is the total of the charges on the Kestrelway Car Hire rental agreement?",
     ["£350.00"], "table", CAR),
    ("What does excess mean in the Kestrelway Car Hire agreement?",
     ["the most you pay towards damage to, or theft of, the vehicle"], "definition", CAR),
    ("What late return fee does Kestrelway Car Hire charge if the car comes back between 30 minutes and 2 hours late?",
     ["£25.00", "late return fee of £25.00"], "number", CAR),
    ("kestrelway hire car reg number",
     ["KB24 XTL"], "paraphrase", CAR),
    ("How big a deposit did Kestrelway Car Hire hold on Callum Westerby's card for this rental?",
     ["£150"], "paraphrase", CAR),
    ("kestrelway rental how many free miles do we get",
     ["1,200 miles", "1,200 miles (300 miles per day)"], "paraphrase", CAR),
    ("Kestrelway round-the-clock breakdown phone number?",
     ["01632 960309"], "paraphrase", CAR),
    ("What is the phone number of Kestrelway Car Hire's Ashby Fell Station branch?",
     [], "unanswerable", CAR),
    ("What make and model is the car on the Kestrelway Car Hire agreement?",
     [], "unanswerable", CAR),
    ("What was the mileage reading when the Kestrelway Car Hire car was returned?",
     [], "unanswerable", CAR),

    # --- The Lanternhouse what's on listing (.html) ---
    ("What time do doors open for The Marram Grass at The Lanternhouse?",
     ["19:00"], "date", GIG),
    ("Who is the support act for The Marram Grass at The Lanternhouse?",
     ["Juniper Vale"], "person", GIG),
    ("How much is a balcony ticket for The Marram Grass at The Lanternhouse?",
     ["£28.00"], "table", GIG),
    ("What is the age limit for the Sinkhole Radio club night at The Lanternhouse?",
     ["18+"], "table", GIG),
    ("When is The Lanternhouse box office open for in-person sales?",
     ["Monday to Saturday 10:00–18:00"], "date", GIG),
    ("What is the phone number of The Lanternhouse access line?",
     ["01632 960418"], "number", GIG),
    ("Which entrance gives step-free access at The Lanternhouse?",
     ["the Wharf Lane entrance", "Wharf Lane entrance"], "place", GIG),
    ("Which items are not allowed into The Lanternhouse?",
     ["rucksacks, suitcases, umbrellas with metal tips, glass bottles and outside food or drink"], "list", GIG),
    ("lanternhouse online booking fee per ticket",
     ["£1.50 per ticket", "£1.50"], "paraphrase", GIG),
    ("what time is orla dunmore herself on stage at the lanternhouse",
     ["20:15"], "paraphrase", GIG),
    ("How much is a kid's ticket for the Cobbleford Youth Brass matinee at The Lanternhouse?",
     ["£5.00"], "paraphrase", GIG),
    ("lanternhouse cloakroom price",
     ["£2 per item", "£2"], "paraphrase", GIG),
    ("What time does the Sinkhole Radio club night at The Lanternhouse finish?",
     [], "unanswerable", GIG),
    ("How much is a VIP ticket for Nadia Quartermaine's show at The Lanternhouse?",
     [], "unanswerable", GIG),
    ("How much does it cost to park in the car park nearest The Lanternhouse?",
     [], "unanswerable", GIG),

    # --- Holmbrook University GEO2214 timetable and assessment (.md) ---
    ("Who is the module leader for GEO2214 at Holmbrook University?",
     ["Dr Fenella Ashgrove", "Fenella Ashgrove"], "person", UNI),
    ("In which room is the Wednesday GEO2214 seminar held at Holmbrook University?",
     ["Room 2.07, Marlowe Building", "Room 2.07"], "table", UNI),
    ("What is the weighting of the flood risk data report in Holmbrook University's GEO2214 module?",
     ["30%"], "table", UNI),
    ("When is the GEO2214 field notebook due at Holmbrook University?",
     ["Friday 27 March 2026, 12:00", "Friday 27 March 2026"], "table", UNI),
    ("When are Dr Marcus Penhallow's GEO2214 office hours at Holmbrook University?",
     ["Wednesdays 14:00–15:00"], "date", UNI),
    ("Where does the coach for the Holmbrook University GEO2214 field trip leave from?",
     ["the Wexley Building car park", "Wexley Building car park"], "place", UNI),
    ("How many marks are deducted per working day for late GEO2214 coursework at Holmbrook University?",
     ["5 percentage points", "5 percentage points per working day"], "number", UNI),
    ("What does a working day mean for late submission of Holmbrook University GEO2214 coursework?",
     ["Monday to Friday, excluding university closure days"], "definition", UNI),
    ("who takes the geo2214 computer labs at holmbrook",
     ["Jonah Castellane"], "paraphrase", UNI),
    ("holmbrook geo2214 exam how long",
     ["2 hours"], "paraphrase", UNI),
    ("What's the date of the Holmbrook GEO2214 river trip",
     ["Saturday 21 March 2026", "21 March 2026"], "paraphrase", UNI),
    ("Holmbrook GEO2214 lectures, which lecture theatre?",
     ["Kendal Lecture Theatre, Wexley Building", "Kendal Lecture Theatre"], "paraphrase", UNI),
    ("What is the date of the GEO2214 exam at Holmbrook University?",
     [], "unanswerable", UNI),
    ("What is the email address of the GEO2214 module administrator at Holmbrook University?",
     [], "unanswerable", UNI),
    ("When are teaching assistant Mei Lindqvist's office hours for GEO2214 at Holmbrook University?",
     [], "unanswerable", UNI),

    # --- Bellweather Home Insurance claim acknowledgement letter (.txt) ---
    ("What is the claim reference on Bellweather Home Insurance's letter to Mrs Tranter?",
     ["HMC-26-0481173"], "number", INS),
    ("Who is Mrs Tranter's claims handler at Bellweather Home Insurance?",
     ["Liam Ferreira"], "person", INS),
    ("Who is the loss adjuster on Mrs Tranter's Bellweather Home Insurance claim?",
     ["Gwen Halloran", "Gwen Halloran, Cartwright Loss Adjusting"], "person", INS),
    ("Who is the contact at DryPoint Restoration for Mrs Tranter's Bellweather Home Insurance claim?",
     ["Kieran Moss", "Kieran Moss, Project Supervisor"], "person", INS),
    ("On what date did the escape of water at Mrs Tranter's home happen, according to Bellweather Home Insurance?",
     ["2 February 2026"], "date", INS),
    ("When will Bellweather Home Insurance's loss adjuster visit Mrs Tranter's home?",
     ["Tuesday 17 February 2026, between 10:00 and 12:00", "Tuesday 17 February 2026"], "date", INS),
    ("What is the total excess for Mrs Tranter's Bellweather Home Insurance claim?",
     ["£500"], "number", INS),
    ("Which rooms were affected in Mrs Tranter's Bellweather Home Insurance claim?",
     ["landing, main bedroom, kitchen ceiling"], "list", INS),
    ("bellweather drying firm phone number",
     ["01632 960549"], "paraphrase", INS),
    ("By when does Mrs Tranter need to get her paperwork to Bellweather Home Insurance?",
     ["24 February 2026", "By 24 February 2026"], "paraphrase", INS),
    ("bellweather how much do they pay per day towards the electricity for the dryers",
     ["£3.00"], "paraphrase", INS),
    ("How long will Mrs Tranter's house take to dry out, per the Bellweather letter?",
     ["2 to 3 weeks"], "paraphrase", INS),
    ("How much will Bellweather Home Insurance pay Mrs Tranter to settle her claim?",
     [], "unanswerable", INS),
    ("What is Kieran Moss's email address at DryPoint Restoration for the Bellweather claim?",
     [], "unanswerable", INS),
    ("What is the limit for alternative accommodation on Mrs Tranter's Bellweather Home Insurance policy?",
     [], "unanswerable", INS),

    # --- Fernside Community Centre room hire prices and conditions (.md) ---
    ("What is the weekend hourly rate for the Main Hall at Fernside Community Centre?",
     ["£48.00"], "table", HALL),
    ("What is the seated capacity of the Garden Room at Fernside Community Centre?",
     ["50"], "table", HALL),
    ("Who is the bookings officer at Fernside Community Centre?",
     ["Alison Fairbairn"], "person", HALL),
    ("What are Fernside Community Centre's opening hours on Saturday?",
     ["09:00–23:00"], "table", HALL),
    ("How much does it cost to hire the PA system at Fernside Community Centre?",
     ["£25.00 per booking", "£25.00"], "table", HALL),
    ("What discount do registered charities get on room hire at Fernside Community Centre?",
     ["25% off hourly rates", "25%"], "number", HALL),
    ("What deposit does Fernside Community Centre take for an event where alcohol is served?",
     ["£250"], "number", HALL),
    ("What is the cancellation charge at Fernside Community Centre if 14 to 28 days' notice is given?",
     ["50% of hire charge"], "table", HALL),
    ("fernside community centre caretaker name",
     ["Des Whitcombe"], "paraphrase", HALL),
    ("what do fernside charge if we run over our booking time",
     ["£30.00 for each 15 minutes or part of 15 minutes", "£30.00 for each 15 minutes"], "paraphrase", HALL),
    ("Fernside Community Centre sunday hours",
     ["10:00–18:00"], "paraphrase", HALL),
    ("Shortest booking allowed for the Fernside Main Hall on a Saturday?",
     ["4 hours"], "paraphrase", HALL),
    ("What is the phone number for the caretaker at Fernside Community Centre?",
     [], "unanswerable", HALL),
    ("How many parking spaces are there at Fernside Community Centre?",
     [], "unanswerable", HALL),
    ("What is the full-day hire price for the Main Hall at Fernside Community Centre?",
     [], "unanswerable", HALL),
]


def main():
    out = ROOT / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, (question, answers, qtype, article) in enumerate(Q, 1):
            row = {"id": f"u13-{i:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {out}")


if __name__ == "__main__":
    main()
