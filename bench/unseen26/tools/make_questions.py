#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u26-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

S = "otterbrook_swim_academy_lesson_prices.md"
K = "skelbrook_skip_hire_price_list.txt"
G = "hawkridge_heath_golf_club_green_fees.html"
P = "wrenfield_piano_services_callout_charges.txt"
B = "bramble_barn_party_packages.md"

QUESTIONS = [
    # Otterbrook Swim Academy: learn-to-swim lesson prices and terms (.md)
    ("my daughter is 7, how much is the summer term for her swimming group at otterbrook", ["£93.60"], "range", S),
    ("My little boy is 18 months old. Which Otterbrook group would he go in?", ["Splashers (parent and baby)", "Splashers"], "range", S),
    ("We've got three kids starting lessons at Otterbrook. What sibling discount do we get?", ["15% off the fee of every child after the first", "15%"], "range", S),
    ("If I cancel my son's Otterbrook place 3 weeks before the first lesson of term, what refund do I get?", ["50% of the term fee"], "range", S),
    ("Where do the Otterbrook swimming lessons take place?", ["Millbeck Leisure Pool", "Millbeck Leisure Pool, Canal Street, Orlesby OR4 7JD"], "place", S),
    ("What's the price of a block of five 30-minute one-to-one lessons at Otterbrook Swim Academy?", ["£150.00"], "table", S),
    ("How much is the Otterbrook swim hat?", ["£4.50"], "money", S),
    ("When does the Otterbrook summer term start?", ["Monday 20 April", "Monday 20 April – Saturday 18 July 2026"], "date", S),
    ("What does a child need to do to pass Stage 5 at Otterbrook?", ["25 metres any stroke, treading water for 30 seconds"], "ordinal", S),
    ("who's the swim coordinator at otterbrook", ["Declan Furness"], "person", S),
    ("how many make-up lessons can my child book each term at otterbrook", ["2", "up to 2 make-up lessons per term"], "number", S),
    ("how much is an intensive week of swimming lessons over easter", ["£45.00 per swimmer", "£45.00"], "paraphrase", S),
    ("When does the Otterbrook autumn term start?", [], "unanswerable", S),
    ("How much does a public swim at Millbeck Leisure Pool cost?", [], "unanswerable", S),
    ("Who teaches the Teen Improvers group at Otterbrook?", [], "unanswerable", S),

    # Skelbrook Skip Hire: skip hire price list (.txt)
    ("We live 14 miles from the Skelbrook yard. What's the extra delivery charge?", ["£25.00"], "range", K),
    ("I need the skip for 10 days - how much is the extension?", ["£20.00"], "range", K),
    ("I'm bringing about 1,400 kg of rubble to the skelbrook yard in my trailer, what will that cost", ["£80.00"], "range", K),
    ("garage clear-out, roughly 40 bin bags of stuff - which skelbrook skip size would that be", ["4-yard midi"], "range", K),
    ("What is the maximum weight for a 6-yard builders skip at Skelbrook?", ["3,000 kg"], "table", K),
    ("How much does Skelbrook charge for a 12-yard maxi skip?", ["£375.00"], "money", K),
    ("cost to get rid of an old fridge in a skelbrook skip", ["£35.00 each", "£35.00"], "paraphrase", K),
    ("What kind of waste is the 12-yard maxi skip meant for?", ["light, bulky waste such as furniture, packaging and garden cuttings", "furniture, packaging and garden cuttings"], "list", K),
    ("What's the fourth step in Skelbrook's booking process?", ["Pay in full when you book, by card or bank transfer"], "ordinal", K),
    ("What time does the Skelbrook yard close on Saturdays?", ["12.30 pm"], "date", K),
    ("Do I need a council permit for a wait and load skip from Skelbrook?", ["No permit is needed"], "other", K),
    ("Which streets in Dunmarsh can't have a skip put on them?", ["Market Street or Abbey Walk"], "place", K),
    ("Who is the operations manager at Skelbrook Skip Hire?", ["Terry Mulcaster"], "person", K),
    ("How much per kilo does Skelbrook charge if my skip goes over its maximum weight?", [], "unanswerable", K),
    ("What's the price of a 10-yard skip from Skelbrook?", [], "unanswerable", K),

    # Hawkridge Heath Golf Club: visitor green fees (.html)
    ("I'm 67 - what's my green fee for 18 holes on a Wednesday in June at Hawkridge Heath?", ["£38"], "range", G),
    ("my 15-year-old son wants to play 18 holes at hawkridge heath on a saturday in july, how much", ["£25"], "range", G),
    ("We want to tee off at 4.15 pm on a Tuesday in June at Hawkridge Heath. What's the rate?", ["£30"], "range", G),
    ("we're a golf society of 22 players, what's the price per player at hawkridge heath", ["£58"], "range", G),
    ("What happens if I cancel my Hawkridge Heath tee time less than 24 hours before?", ["Full green fee charged"], "table", G),
    ("What's the Friday 18-hole green fee for a young adult at Hawkridge Heath in summer?", ["£35"], "table", G),
    ("How much is buggy hire for 9 holes at Hawkridge Heath?", ["£20 for 9 holes", "£20"], "money", G),
    ("winter green fee for an adult at hawkridge heath", ["£35", "Adult £35"], "paraphrase", G),
    ("When can visitors tee off at Hawkridge Heath at the weekend?", ["after 2.00 pm", "Saturday and Sunday after 2.00 pm"], "date", G),
    ("Who do I contact about booking a society day at Hawkridge Heath?", ["Anita Voss"], "person", G),
    ("What handicap do I need to play Hawkridge Heath as a visitor at the weekend?", ["36 or lower", "an official handicap index of 36 or lower"], "number", G),
    ("can I wear jeans at hawkridge heath", ["No denim anywhere on the course or in the clubhouse"], "other", G),
    ("How much is a lesson with the Head Professional at Hawkridge Heath?", [], "unanswerable", G),
    ("What does full membership of Hawkridge Heath Golf Club cost a year?", [], "unanswerable", G),
    ("How much is a 9-hole round at Hawkridge Heath on a Saturday?", [], "unanswerable", G),

    # Wrenfield Piano Services: home visit and callout charges (.txt)
    ("We live 9 miles from the Wrenfield workshop. What's the callout charge?", ["£10.00"], "range", P),
    ("we're in Kingsmoor, how much callout will wrenfield charge to tune our piano", ["£22.00"], "range", P),
    ("the tuner reckons our grand needs about 3.5 hours of regulation - what will that cost", ["£170.00"], "range", P),
    ("Our school has four pianos to tune on one visit. What does Wrenfield charge per piano?", ["£62.00 per piano", "£62.00"], "range", P),
    ("Where is the Wrenfield Piano Services workshop?", ["Little Brantcombe", "2 Calder Mews, Little Brantcombe LB7 4NE"], "place", P),
    ("How much does Wrenfield charge to tune a grand piano?", ["£100.00"], "money", P),
    ("What's the Saturday surcharge for a Wrenfield piano tuning?", ["£20.00"], "table", P),
    ("How long does a standard piano tuning take?", ["about 1 hour 15 minutes", "1 hour 15 minutes"], "number", P),
    ("What's the third thing that happens at a Wrenfield tuning visit?", ["The tuner checks the pitch and tells you if a pitch raise is needed"], "ordinal", P),
    ("Who at Wrenfield looks after grand pianos and restoration?", ["Isobel Marr"], "person", P),
    ("how much do I save with wrenfield's twice a year plan", ["10% on each tuning", "You save 10% on each tuning, and the callout charge is halved"], "paraphrase", P),
    ("When do the new Wrenfield charges take effect?", ["1 February 2026", "Effective 1 February 2026"], "date", P),
    ("What do I pay if the tuner turns up and can't get into the house?", ["The callout charge plus £30.00"], "paraphrase", P),
    ("What does the specialist piano remover charge to take a piano to the Wrenfield workshop?", [], "unanswerable", P),
    ("How long is the guarantee on repairs done by Wrenfield Piano Services?", [], "unanswerable", P),

    # Bramble Barn Play and Party Centre: children's party packages (.md)
    ("We'd like a laser tag party for 14 kids on a weekday - how much?", ["£245"], "range", B),
    ("my daughter is turning 3, which bramble barn party can she have", ["Little Acorns Soft Play"], "range", B),
    ("How much is a Big Barn Soft Play party for 24 children on a Thursday?", ["£290"], "range", B),
    ("If we cancel our Bramble Barn party 10 days before, what do we pay?", ["50% of the package price"], "range", B),
    ("How long is the activity in a Bounce Party at Bramble Barn?", ["50 minutes", "50 minutes on the trampolines"], "table", B),
    ("How much extra is a Saturday party at Bramble Barn?", ["£30 more", "Saturday and Sunday parties cost £30 more"], "money", B),
    ("What's the second party time on a Saturday at Bramble Barn?", ["12.30 pm"], "ordinal", B),
    ("hot food per child at bramble barn", ["£7.25"], "table", B),
    ("How much is the deposit to book a party at Bramble Barn?", ["£50", "a £50 deposit"], "money", B),
    ("Who is the party manager at Bramble Barn?", ["Kirsty Allardyce"], "person", B),
    ("What's in the Bramble Barn party box?", ["Sandwich, crisps, fruit pot, biscuit and juice"], "list", B),
    ("what does bramble barn provide if I bring my own cake", ["candles, a cake knife and a cake bag for every child"], "list", B),
    ("can we bring party poppers to bramble barn", ["Sparklers, confetti and party poppers are not allowed"], "other", B),
    ("How much is a normal soft play session at Bramble Barn, not a party?", [], "unanswerable", B),
    ("What time does Bramble Barn close on weekdays?", [], "unanswerable", B),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u26-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
