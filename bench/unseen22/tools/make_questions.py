#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u22-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes, the squared
sign and straight apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

H = "harebell_pet_insurance_policy_summary.md"
M = "larkspur_hill_music_school_fees_2026-27.txt"
Q = "quellbrook_electrical_invoice_QE-2026-0311.txt"
G = "tidy_tail_dog_grooming_price_list.html"
T = "tannery_yard_student_residence_contract_summary.md"

QUESTIONS = [
    # Harebell Pet Insurance: dog policy summary (.md)
    ("How much is the monthly premium for Biscuit's Harebell pet insurance?", ["£38.74", "£38.74 a month"], "money", H),
    ("What is the vet fees limit on the Harebell Lifetime Plus policy?", ["£7,500", "£7,500 per policy year"], "table", H),
    ("When is Biscuit's pet insurance renewal date?", ["14 November 2026"], "date", H),
    ("harebell third party liability excess", ["£250", "£250 per claim"], "money", H),
    ("My dog will be 9 at the start of the policy year – what co-payment would I pay on a Harebell claim?", ["20%"], "range", H),
    ("How long do I have to send in a claim to Harebell after treatment ends?", ["90 days"], "number", H),
    ("Which vet practice is Biscuit registered with?", ["Marsh Gate Veterinary Centre", "Marsh Gate Veterinary Centre, Stavely Cross"], "place", H),
    ("Who underwrites the Harebell Lifetime Plus policy?", ["Corrowmere Insurance plc"], "other", H),
    ("In the Harebell cover table, what is the limit for the Advertising and reward section?", ["£750"], "table", H),
    ("if my dog bites someone how much will the insurance cover", ["£2,000,000"], "paraphrase", H),
    ("How long before a torn knee ligament is covered on Biscuit's policy?", ["6 months", "not covered for the first 6 months"], "paraphrase", H),
    ("What is the third step in making a claim with Harebell?", ["We can pay your vet directly if they agree, as long as the claim is more than £200.", "We can pay your vet directly if they agree"], "ordinal", H),
    ("How much will Biscuit's Harebell premium be after the November 2026 renewal?", [], "unanswerable", H),
    ("What phone number do I ring for the Harebell vet video line?", [], "unanswerable", H),
    ("How much is the multi-pet discount with Harebell Pet Insurance?", [], "unanswerable", H),

    # Larkspur Hill Music School: term fees and lesson policy 2026-27 (.txt)
    ("How much is a 30-minute individual lesson per term at Larkspur Hill Music School?", ["£209.00"], "table", M),
    ("What does a 45-minute lesson work out at per lesson at Larkspur Hill?", ["£28.00", "£28.00 per lesson"], "table", M),
    ("When does the spring term start at Larkspur Hill Music School?", ["Monday 11 January", "Monday 11 January to Friday 26 March 2027"], "date", M),
    ("Who is the principal of Larkspur Hill Music School?", ["Mrs Elspeth Marchbanks", "Elspeth Marchbanks"], "person", M),
    ("Where is Larkspur Hill Music School?", ["The Old Chapel, 9 Bellfounder Road, Wyndle Heath WH2 6QP", "9 Bellfounder Road, Wyndle Heath"], "place", M),
    ("my 9 year old wants to do music theory at Larkspur Hill – how much per term?", ["£99.00"], "range", M),
    ("larkspur hill exam entry fee grade 5", ["£72.00"], "range", M),
    ("larkspur hill cello hire per term", ["£48.00"], "money", M),
    ("When is the second instalment for the autumn term due at the music school?", ["1 October"], "ordinal", M),
    ("discount for a third kid doing lessons at larkspur hill", ["15% off", "15%"], "paraphrase", M),
    ("If my daughter wants to quit at the end of the autumn term, by when do I have to tell Larkspur Hill?", ["the Friday of that term's half term", "Friday of that term's half term"], "paraphrase", M),
    ("Who's in charge of violin teaching at Larkspur Hill?", ["Mr Ivo Drummond-Price", "Ivo Drummond-Price"], "paraphrase", M),
    ("How much does it cost to hire a saxophone from Larkspur Hill Music School?", [], "unanswerable", M),
    ("What is the date of the Larkspur Hill summer concert?", [], "unanswerable", M),
    ("Who leads the Adult Ukulele Circle at Larkspur Hill?", [], "unanswerable", M),

    # Quellbrook Electrical Services: invoice QE-2026-0311 (.txt)
    ("What is the balance due on the Quellbrook Electrical invoice?", ["1,678.46"], "money", Q),
    ("When does Mr Haverlock have to pay the Quellbrook invoice by?", ["20 March 2026"], "date", Q),
    ("Who was the electrician who did the work at 14 Fallowmead Close?", ["Owen Trelawney", "Owen Trelawney (Qualified Supervisor)"], "person", Q),
    ("How much VAT is on invoice QE-2026-0311?", ["346.41"], "money", Q),
    ("How much was the EICR on the Quellbrook invoice?", ["160.00"], "table", Q),
    ("What is the second line item on the electrician's invoice?", ["RCBO, single module, 6A to 40A"], "ordinal", Q),
    ("What hourly rate did Quellbrook charge for the apprentice?", ["22.00"], "table", Q),
    ("quellbrook electrical sort code", ["60-93-14"], "number", Q),
    ("How long is the workmanship guarantee on the Quellbrook job?", ["12 months", "12 months from the completion date"], "number", Q),
    ("when is the next electrical check due on the house", ["March 2036"], "paraphrase", Q),
    ("what happens if I pay the sparky late", ["£40", "a fixed late payment charge of £40"], "paraphrase", Q),
    ("What was wrong with the garage lighting according to the electrician's inspection?", ["older cable insulation that is brittle in places", "The garage lighting circuit uses older cable insulation that is brittle in places."], "other", Q),
    ("Who should I contact with a query about my Quellbrook invoice?", ["Bethan Caraway", "our office manager, Bethan Caraway"], "person", Q),
    ("How much will Quellbrook charge to fit the interlinked smoke alarms?", [], "unanswerable", Q),
    ("What brand is the new consumer unit Quellbrook fitted?", [], "unanswerable", Q),

    # The Tidy Tail Grooming Parlour: prices and policies 2026 (.html)
    ("How much is a full groom for a medium dog at The Tidy Tail?", ["£52"], "table", G),
    ("tidy tail bath and tidy giant dog price", ["£60"], "table", G),
    ("My dog weighs 24 kg – what would a bath and blow-dry cost at Tidy Tail?", ["£38"], "range", G),
    ("I've got an 8 kg dog, full groom price?", ["£42"], "range", G),
    ("What time does The Tidy Tail close on Thursdays?", ["19:00", "08:30–19:00"], "date", G),
    ("How much is the Puppy Introduction session at The Tidy Tail Grooming Parlour?", ["£25"], "money", G),
    ("How much notice do I need to give to cancel a grooming appointment?", ["48 hours", "at least 48 hours' notice"], "number", G),
    ("Who is the head groomer at The Tidy Tail Grooming Parlour?", ["Marnie Colquhoun"], "person", G),
    ("Which groomer should I ask for to strip my wire-haired terrier's coat?", ["Jade Pellow"], "paraphrase", G),
    ("what do they charge if my dog's coat is full of knots and tangles", ["£8 per 15 minutes"], "paraphrase", G),
    ("How long does a full groom usually take at Tidy Tail?", ["2 to 3 hours"], "number", G),
    ("How much is a second puppy session at The Tidy Tail?", ["half price"], "ordinal", G),
    ("How many loyalty stamps do I need for a free bath and tidy at Tidy Tail?", ["8 stamps"], "number", G),
    ("Where can I park when I drop my dog off at The Tidy Tail?", [], "unanswerable", G),
    ("What does The Tidy Tail charge for anal gland expression?", [], "unanswerable", G),

    # Tannery Yard Student Residence: tenancy agreement summary 2026/27 (.md)
    ("What is the weekly rent for Tobias's room at Tannery Yard?", ["£189.00"], "money", T),
    ("When does the Tannery Yard tenancy end?", ["Saturday 17 July 2027", "17 July 2027"], "date", T),
    ("When is the second rent instalment due at Tannery Yard?", ["8 January 2027"], "ordinal", T),
    ("How much is the last instalment of rent for the 44-week tenancy?", ["£2,646.00"], "ordinal", T),
    ("What is the weekly rent for a Premium en-suite at Tannery Yard?", ["£204.00"], "table", T),
    ("How big is the accessible studio at Tannery Yard?", ["26 m²"], "table", T),
    ("tannery yard security out of hours number", ["01632 960659"], "number", T),
    ("How much is the security deposit at Tannery Yard?", ["£250.00"], "money", T),
    ("Which room has Tobias Wren-Akande been given?", ["Block B, Flat 4C, Room 3", "Block B, Flat 4C, Room 3 – Classic en-suite, in a flat of six"], "place", T),
    ("how long can my boyfriend stay over in my room at the residence", ["3 nights in any 7-day period"], "paraphrase", T),
    ("What will I be charged if I lose my room key at Tannery Yard?", ["£25"], "paraphrase", T),
    ("Who is the Residence Manager at Tannery Yard?", ["Hollie Brandreth"], "person", T),
    ("How much does it cost to use a washing machine at Tannery Yard?", ["£3.20", "£3.20 a wash"], "paraphrase", T),
    ("What is the weekly rent for staying at Tannery Yard over the summer?", [], "unanswerable", T),
    ("Which tenancy deposit scheme protects the Tannery Yard deposit?", [], "unanswerable", T),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u22-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
