#!/usr/bin/env python3
"""Write ../questions.jsonl from the list below.

Each entry: (question, [gold answers], type, article file name). Ids u24-001... are given in
order. Golds are copied verbatim from the article files (pound signs, en dashes and straight
apostrophes exactly as they appear).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

K = "quillbrook_kennels_cattery_boarding_tariff.txt"
W = "brightlow_window_gutter_quotation.txt"
T = "harrowvale_tennis_junior_coaching_spring_term.md"
C = "tansey_beck_campsite_pitch_tariff.md"
L = "lanthorne_hall_wedding_packages_2027.html"

QUESTIONS = [
    # Quillbrook Kennels and Cattery: boarding tariff (.txt)
    ("How much a night is it to board my 18 kg spaniel in its own kennel at Quillbrook?", ["£22.00"], "range", K),
    ("quillbrook kennels sharing rate per night for a large dog", ["£21.00"], "table", K),
    ("What does Quillbrook charge a night for two cats sharing a chalet?", ["£21.00"], "table", K),
    ("If my dog stays at Quillbrook for 16 nights, what discount do I get?", ["10%", "10% off the boarding charge"], "range", K),
    ("How far away can I live and still get the Quillbrook pet taxi for nothing?", ["Up to 3 miles", "3 miles"], "paraphrase", K),
    ("We live 6 miles from Quillbrook. What does the pet taxi cost each way?", ["£12.00"], "range", K),
    ("Who drives the Quillbrook pet taxi?", ["Kieran Odutola"], "person", K),
    ("Who is in charge of the cattery at Quillbrook?", ["Owen Prytherch"], "person", K),
    ("What time can I drop my dog off at Quillbrook on a Sunday?", ["4.00 - 6.00 pm"], "table", K),
    ("how long before kennels does my dog need the kennel cough jab", ["14 days before arrival", "14 days"], "paraphrase", K),
    ("quillbrook christmas extra charge per night", ["£4.00 per animal per night", "£4.00"], "money", K),
    ("What happens if I pick my dog up from Quillbrook at 2pm on the last day?", ["charged for an extra half night", "an extra half night"], "range", K),
    ("How much does Quillbrook charge to board a rabbit?", [], "unanswerable", K),
    ("What does a nail clip cost at Quillbrook Kennels?", [], "unanswerable", K),
    ("What is the address of the vets Quillbrook uses?", [], "unanswerable", K),

    # Brightlow Window and Gutter Care: quotation (.txt)
    ("When does the Brightlow quote run out?", ["2 May 2026"], "date", W),
    ("Who came round to survey the house for Brightlow?", ["Dean Holloway", "Dean Holloway, Senior Technician"], "person", W),
    ("What is the total for the one-off work on the Brightlow quotation?", ["£320.00"], "money", W),
    ("If we pay the gutter job in instalments, how much is the second payment?", ["£100.00"], "ordinal", W),
    ("How much is the first instalment for Brightlow's one-off work?", ["£120.00"], "ordinal", W),
    ("how often do brightlow do the frames and sills", ["every 12 weeks"], "table", W),
    ("What would Brightlow charge to clear the gutters on a three-storey semi?", ["£105.00"], "table", W),
    ("brightlow gutter clear price for a bungalow", ["£60.00"], "table", W),
    ("How long is the guarantee on a Brightlow gutter clear?", ["90-day", "90-day guarantee"], "number", W),
    ("If I cancel the Brightlow gutter job the day before, what will I have to pay?", ["£35.00", "call-out fee of £35.00"], "range", W),
    ("What happens if the window cleaners can't get into my back garden?", ["we will clean what we can reach and charge half the usual price", "charge half the usual price"], "paraphrase", W),
    ("How much public liability cover has Brightlow got?", ["£5 million"], "paraphrase", W),
    ("How much room do Brightlow need round the house for the gutter vacuum hoses?", ["2 metres", "a clear space of 2 metres"], "paraphrase", W),
    ("How much will Brightlow charge to replace the cracked downpipe?", [], "unanswerable", W),
    ("What does Brightlow charge to clean solar panels?", [], "unanswerable", W),

    # Harrowvale Lawn Tennis Club: junior coaching spring term (.md)
    ("What day and time is the Harrowvale coaching group for my 9-year-old?", ["Tuesday 4.15–5.15 pm"], "range", T),
    ("How much is the spring term at Harrowvale for a 6-year-old member?", ["£65"], "range", T),
    ("What would a 13-year-old non-member pay for the Harrowvale spring term?", ["£170"], "range", T),
    ("When is the second instalment taken for Harrowvale junior coaching?", ["1 February 2026"], "ordinal", T),
    ("What percentage of the term price is the first instalment?", ["40%", "40% of the term price"], "ordinal", T),
    ("When is half term with no tennis coaching?", ["Monday 16 February to Sunday 22 February 2026"], "date", T),
    ("Who runs the Orange group at Harrowvale?", ["Callum Penhaligon"], "person", T),
    ("Who's the welfare officer at the tennis club?", ["Dr Ruth Abernethy"], "person", T),
    ("How many players per coach in the Green group?", ["8"], "table", T),
    ("harrowvale junior membership cost for a 14 year old", ["£72 a year", "£72"], "range", T),
    ("what's the discount for my second kid at harrowvale", ["10% off the second child", "10%"], "paraphrase", T),
    ("Where does Harrowvale coaching go if it's raining before the session?", ["Pellingford Sports Hall"], "place", T),
    ("How much does it cost to borrow a loan racket at Harrowvale?", [], "unanswerable", T),
    ("What time does the Tots Tennis taster finish?", [], "unanswerable", T),
    ("What is the entry fee for the Mini Red festival on 8 March?", [], "unanswerable", T),

    # Tansey Beck Farm Campsite: pitch tariff (.md)
    ("How much is a grass pitch with electric at Tansey Beck in August?", ["£34"], "range", C),
    ("What does a serviced hardstanding pitch cost per night in April at Tansey Beck?", ["£35"], "range", C),
    ("How much extra per night for my 10-year-old at the campsite?", ["£5"], "range", C),
    ("Do I pay anything for my 3-year-old at Tansey Beck?", ["free"], "range", C),
    ("What is the minimum stay at Tansey Beck over a bank holiday weekend?", ["3 nights", "minimum of 3 nights"], "number", C),
    ("If we stay 8 nights at Tansey Beck, what discount do we get?", ["the seventh night is free"], "range", C),
    ("deposit for a 10 night stay at tansey beck", ["£60"], "range", C),
    ("What time do we have to be off our pitch at Tansey Beck?", ["11.00 am", "by 11.00 am"], "date", C),
    ("how much to stay on the pitch a bit later on the last day", ["£10"], "paraphrase", C),
    ("Who is the warden at Tansey Beck?", ["Tomasz Kowalczyk"], "person", C),
    ("If I cancel our Tansey Beck booking 3 weeks before arrival, what do I get back?", ["Deposit kept, any other payment refunded"], "range", C),
    ("cost of using the tumble dryer at the campsite", ["£2.50 per dry", "£2.50"], "paraphrase", C),
    ("What number should I ring at Tansey Beck if we're going to arrive late?", ["01632 960849"], "other", C),
    ("How much is a seasonal pitch at Tansey Beck?", [], "unanswerable", C),
    ("What does a gas bottle cost in the Tansey Beck farm shop?", [], "unanswerable", C),

    # Lanthorne Hall: wedding packages and prices 2027 (.html)
    ("How much is the Orangery package on a Saturday in July at Lanthorne Hall?", ["£10,800"], "table", L),
    ("We're expecting 75 day guests and want a Friday at Lanthorne Hall. What's the package price?", ["£12,900"], "range", L),
    ("What would a Saturday wedding in November 2027 cost at Lanthorne Hall for 50 day guests?", ["£8,900"], "range", L),
    ("lanthorne hall price per extra evening guest", ["£28", "£28 per person"], "money", L),
    ("What do children aged 8 pay for the wedding meal at Lanthorne Hall?", ["half the adult price"], "range", L),
    ("When is the second instalment due for a Lanthorne Hall wedding?", ["6 months before the wedding"], "ordinal", L),
    ("What's the third instalment at Lanthorne Hall?", ["the balance of the final total", "the balance of the final total, 6 weeks before the wedding"], "ordinal", L),
    ("Who is the wedding co-ordinator at Lanthorne Hall?", ["Imogen Ashdown-Pryce"], "person", L),
    ("Which office do we pay the registrar's fee to for a Lanthorne Hall wedding?", ["Hartfell Register Office", "the Hartfell Register Office"], "place", L),
    ("walled garden ceremony hire cost lanthorne", ["£950"], "table", L),
    ("What time does the bar stop serving at Lanthorne Hall?", ["11.30 pm"], "paraphrase", L),
    ("corkage on a bottle of prosecco at lanthorne hall", ["£20", "£20 per bottle of sparkling wine"], "paraphrase", L),
    ("If we cancel our Lanthorne Hall wedding 8 months before, what is the charge?", ["25% of the estimated total"], "range", L),
    ("How much is the registrar's fee for a ceremony at Lanthorne Hall?", [], "unanswerable", L),
    ("What does Lanthorne Hall charge for a wedding on New Year's Eve 2027?", [], "unanswerable", L),
]


def main():
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (question, answers, qtype, article) in enumerate(QUESTIONS, 1):
            row = {"id": f"u24-{n:03d}", "question": question, "answers": answers,
                   "type": qtype, "article": article}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {out}")


if __name__ == "__main__":
    main()
