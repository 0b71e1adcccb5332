#!/usr/bin/env python3
"""Write ../questions.jsonl for unseen17 from the Python list below.

Keys are written in the order id, question, answers, type, article. Golds are copied exactly
(£, en dashes and straight quotes). Locates files relative to itself.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "questions.jsonl"

MOB = "pebblewick_mobile_contract_summary.md"
PEN = "caldermere_pension_annual_benefit_statement.txt"
CHA = "brindle_lane_reading_partners_annual_review.html"
PRK = "marrowdene_parking_permit_renewal_letter.txt"
WOOD = "nell_ashgrove_woodworker_profile.md"

# (question, answers, type, article)
Q = [
    # --- Pebblewick Mobile contract summary ---
    ("What is the monthly price of the Flex 100GB plan in Pebblewick Mobile's contract summary?",
     ["£21.00"], "table", MOB),
    ("How many UK minutes are included in Pebblewick Mobile's Lite 8GB plan?",
     ["500"], "table", MOB),
    ("When does Mr Ashdown's minimum term with Pebblewick Mobile end?",
     ["13 March 2027"], "date", MOB),
    ("In Pebblewick Mobile's example, what would it cost to leave Flex 30GB with 10 months left, before the device balance?",
     ["£155.20"], "number", MOB),
    ("What is the cash price of the Norrin Vela 6 handset on Mr Ashdown's Pebblewick Mobile device plan?",
     ["£552.00"], "number", MOB),
    ("Which countries are in Pebblewick Mobile's Zone 2 for roaming?",
     ["USA, Canada, Australia, New Zealand, Turkey and Mexico"], "list", MOB),
    ("At which Pebblewick Mobile store was Mr Ashdown's contract sold?",
     ["18 Corn Exchange Arcade, Thrapsley", "Pebblewick store, 18 Corn Exchange Arcade, Thrapsley"], "place", MOB),
    ("What is Data Rollover on a Pebblewick Mobile plan?",
     ["up to 10GB of unused data carries into the next month only"], "definition", MOB),
    ("pebblewick mobile roam pass price per day",
     ["£6.00 a day"], "paraphrase", MOB),
    ("What will Pebblewick's Flex 30GB cost a month after the first yearly price increase?",
     ["£17.50"], "paraphrase", MOB),
    ("pebblewick number to ring if my phone gets nicked",
     ["01632 960309"], "paraphrase", MOB),
    ("How much does Pebblewick charge Lite 8GB customers per day to use their phone in Europe?",
     ["£2.25 a day"], "paraphrase", MOB),
    ("What does Pebblewick Mobile charge per minute for calls made on a cruise ship?",
     [], "unanswerable", MOB),
    ("What are Pebblewick Mobile's customer services opening hours on a Sunday?",
     [], "unanswerable", MOB),
    ("How much does Pebblewick Mobile charge for a second replacement SIM in the same contract year?",
     [], "unanswerable", MOB),

    # --- Caldermere pension annual benefit statement ---
    ("How much did Greyfield Packaging pay in employer contributions in the 2022/23 tax year, according to Mrs Okonkwo-Hart's Caldermere statement?",
     ["£2,645.70"], "table", PEN),
    ("What is Mrs Okonkwo-Hart's projected pot at age 67 at 5% a year growth in her Caldermere statement?",
     ["£214,800"], "table", PEN),
    ("What is the unit price of the Caldermere Diversified Growth fund in Mrs Okonkwo-Hart's statement?",
     ["£3.1185"], "table", PEN),
    ("What was Mrs Okonkwo-Hart's Caldermere pension pot worth at 5 April 2025?",
     ["£68,174.37"], "number", PEN),
    ("What is Mrs Okonkwo-Hart's selected retirement date in her Caldermere statement?",
     ["22 June 2046"], "date", PEN),
    ("From what date will Greyfield Packaging increase its contribution to 7%, according to the Caldermere statement?",
     ["1 July 2025"], "date", PEN),
    ("Who is the employer pension contact at Greyfield Packaging named in the Caldermere statement?",
     ["Gareth Swinburne", "Gareth Swinburne, HR Manager"], "person", PEN),
    ("Who signed Mrs Okonkwo-Hart's Caldermere annual benefit statement?",
     ["Alistair Penhallow"], "person", PEN),
    ("caldermere pension how much was taken off in charges this year",
     ["£286.79"], "paraphrase", PEN),
    ("At what age will Caldermere begin shifting Mrs Okonkwo-Hart's savings away from shares?",
     ["age 57", "From age 57"], "paraphrase", PEN),
    ("caldermere estimated annual income at 2 percent growth",
     ["£4,210"], "paraphrase", PEN),
    ("Which number reaches Caldermere's team that handles retirement choices?",
     ["01632 960447"], "paraphrase", PEN),
    ("What is Mrs Okonkwo-Hart's State Pension forecast in her Caldermere statement?",
     [], "unanswerable", PEN),
    ("Who is named as the beneficiary on Mrs Okonkwo-Hart's Caldermere expression of wish form?",
     [], "unanswerable", PEN),
    ("What is the phone number of Greyfield Packaging's HR Manager in the Caldermere statement?",
     [], "unanswerable", PEN),

    # --- Brindle Lane Reading Partners annual review ---
    ("How much did the charity Brindle Lane Reading Partners receive from fundraising events in 2023–24?",
     ["£24,060"], "table", CHA),
    ("What did Brindle Lane Reading Partners spend on governance in 2024–25?",
     ["£4,180"], "table", CHA),
    ("What was the charity Brindle Lane Reading Partners' total spending in 2023–24?",
     ["£196,860"], "table", CHA),
    ("How many children did Brindle Lane Reading Partners' volunteers read with in 2024–25?",
     ["1,086"], "number", CHA),
    ("Who is the Chief Executive of the charity Brindle Lane Reading Partners?",
     ["Hana Birkett"], "person", CHA),
    ("Who have the Brindle Lane Reading Partners trustees nominated to succeed the Chair?",
     ["Desmond Achterberg"], "person", CHA),
    ("Where was Brindle Lane Reading Partners' summer Story Trail held?",
     ["Hollin Park"], "place", CHA),
    ("What were the charity Brindle Lane Reading Partners' free reserves at 31 March 2025?",
     ["£61,300"], "number", CHA),
    ("brindle lane reading partners how many new volunteers this year",
     ["118"], "paraphrase", CHA),
    ("How much did Brindle Lane Reading Partners get from people's wills in 2024–25?",
     ["£10,000"], "paraphrase", CHA),
    ("who looks after volunteers at brindle lane reading partners",
     ["Suki Lindqvist"], "paraphrase", CHA),
    ("How many grown-up learners from the Brindle Lane charity's adult scheme signed up for college?",
     ["Thirty-one", "Thirty-one learners"], "paraphrase", CHA),
    ("By how many months on average did children's reading age improve in Brindle Lane Reading Partners' programme?",
     [], "unanswerable", CHA),
    ("On what date is the charity Brindle Lane Reading Partners' next annual general meeting?",
     [], "unanswerable", CHA),
    ("How much is the Harcourt-Vale Foundation grant to Brindle Lane Reading Partners?",
     [], "unanswerable", CHA),

    # --- Marrowdene Borough Council parking permit renewal letter ---
    ("How much does a 6-month second resident permit cost from Marrowdene Borough Council?",
     ["£82.00"], "table", PRK),
    ("What is the 12-month price of a zero-emission vehicle permit from Marrowdene Borough Council?",
     ["£30.00"], "table", PRK),
    ("By what date should Mr Wetherby renew online so that his new Marrowdene council permit starts on 1 February 2026?",
     ["16 January 2026"], "date", PRK),
    ("When does Mr Wetherby's current Marrowdene Borough Council parking permit expire?",
     ["31 January 2026"], "date", PRK),
    ("Who signed the Marrowdene Borough Council parking permit renewal letter?",
     ["Bernadette Okafor-Lyle"], "person", PRK),
    ("When do Zone M3 parking controls apply, according to Marrowdene Borough Council?",
     ["Monday to Saturday, 8.30am to 6.30pm"], "date", PRK),
    ("Where can Marrowdene Borough Council residents renew a parking permit in person?",
     ["Customer Service Centre, 2 Guildhall Yard", "the Customer Service Centre, 2 Guildhall Yard"], "place", PRK),
    ("How many visitor sessions a year may a household in Marrowdene council's Zone M3 buy?",
     ["120", "up to 120 visitor sessions a year"], "number", PRK),
    ("marrowdene council permit car reg",
     ["KV19 TXD"], "paraphrase", PRK),
    ("How much extra does Marrowdene council charge on a yearly permit for an older diesel car?",
     ["£25.00", "add £25.00"], "paraphrase", PRK),
    ("marrowdene half day visitor pass cost",
     ["£1.30"], "paraphrase", PRK),
    ("How much does Marrowdene council hold back when it refunds an unused parking permit?",
     ["£15.00"], "paraphrase", PRK),
    ("How much is a Penalty Charge Notice for parking in a Marrowdene Zone M3 permit bay without a permit?",
     [], "unanswerable", PRK),
    ("How much does a carer's parking permit cost from Marrowdene Borough Council?",
     [], "unanswerable", PRK),
    ("When does Marrowdene Borough Council's consultation on Sunday parking controls in Zone M3 close?",
     [], "unanswerable", PRK),

    # --- Nell Ashgrove woodworker profile ---
    ("How much does a new Callow chair by the woodworker Nell Ashgrove cost?",
     ["£1,450"], "number", WOOD),
    ("In which year did the woodworker Nell Ashgrove take the lease at the Old Tannery?",
     ["1998"], "date", WOOD),
    ("With which cabinetmaker did the woodworker Nell Ashgrove serve her apprenticeship?",
     ["Walter Pennock"], "person", WOOD),
    ("At which gallery is the woodworker Nell Ashgrove's exhibition Slow Grown being shown?",
     ["Oxley Yard Gallery", "the Oxley Yard Gallery in Brackwater"], "place", WOOD),
    ("When does the woodworker Nell Ashgrove's exhibition Slow Grown close?",
     ["19 April"], "date", WOOD),
    ("In which year did the woodworker Nell Ashgrove win the Gold Award of the Northern Guild of Furniture Makers?",
     ["2016"], "date", WOOD),
    ("Which timber does the woodworker Nell Ashgrove use for dining tables?",
     ["Walnut"], "list", WOOD),
    ("Who commissioned a cherry writing desk from the woodworker Nell Ashgrove in 2019?",
     ["Dr Priya Someshwar"], "person", WOOD),
    ("nell ashgrove woodworker how long is the queue for a commission",
     ["14 months"], "paraphrase", WOOD),
    ("How much timber did the woodworker Nell Ashgrove lose in the 2011 blaze?",
     ["about £23,000", "£23,000"], "paraphrase", WOOD),
    ("how much rent did woodworker nell ashgrove pay when she first moved into the tannery",
     ["£40 a week"], "paraphrase", WOOD),
    ("Who is the trainee working alongside the woodworker Nell Ashgrove?",
     ["Callum Ferriday"], "paraphrase", WOOD),
    ("How much will the brown oak sideboard for Cresslow Primary School cost, according to the profile of woodworker Nell Ashgrove?",
     [], "unanswerable", WOOD),
    ("How old is Callum Ferriday, the woodworker Nell Ashgrove's apprentice?",
     [], "unanswerable", WOOD),
    ("What are the opening hours of the woodworker Nell Ashgrove's exhibition at the Oxley Yard Gallery?",
     [], "unanswerable", WOOD),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for i, (question, answers, qtype, article) in enumerate(Q, start=1):
            row = {"id": f"u17-{i:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
