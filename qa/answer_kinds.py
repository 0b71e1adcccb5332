"""What kind of text a question asks for, where its words leave no doubt, and whether a span is of that kind: a phone
number has digits, an e-mail address an "@", a price or a cost an amount of money, a date a date's words. The reader,
taught on SQuAD's prose, had answered "What is the phone number of the garden's Site Manager?" with his name (sure at
0.99), "What email address should comments be sent to?" with "post", "How much does the garden spend on water each year?"
with "4,000 litres", and "On what date will the committee meet?" with "the date": a span of another kind is no answer, however sure (bench/long, bench/facts, bench/similar)."""
from __future__ import annotations

import re

PHONE, EMAIL, MONEY, DATE = "phone number", "e-mail address", "amount of money", "date"

# "What is the phone number of…", "Which number should I call…": not "How many digits do its phone numbers have?"
_ASKS_PHONE = re.compile(r"^\s*(?:(?:on|at|to) )?(?:what|which)\b(?!.*\bdigits?\b)(?:.*\b(?:(?:tele)?phone|mobile|fax|contact|"
                         r"helpline|hotline) (?:number|no\.?)\b|.*\bnumber\b.*\b(?:call|ring|phone|dial|text)\b)", re.I)
_ASKS_EMAIL = re.compile(r"^\s*(?:(?:to|at) )?(?:what|which)\b.*\be-?mail address\b|^\s*(?:(?:to|at) )?(?:what|which) e-?mail\b", re.I)
# "How much does it cost / did they pay / will it charge…", "What is the ticket price…": not "How much leave do you
# get?", "How much time do people spend…" or "What is used to decide a teacher's salary?", whose answers are no money.
_ASKS_MONEY = re.compile(
    r"^\s*how much\b(?! (?:time|longer|more time|of)\b)(?:(?!\bhow\b).)*\b(?:cost|costs|costing|charge[sd]?|pay|paid|pays|"
    r"spend|spends|spent|raise[sd]?|earn(?:s|ed|t)?|price[sd]?|fee|fees|rent|fare|fares|salary|wage|wages|donate[sd]?|owe[sd]?|"
    r"tickets?|pass|passes|deposit|deposits|membership|subscription|admission)\b"
    r"|^\s*what(?:['’]s| is| was| are| were| will be| would be) the (?:(?:annual|average|daily|monthly|weekly|yearly|hourly|total|"
    r"starting|full|current|estimated|asking|retail|ticket|entry|entrance|admission|membership|booking|registration|joining|"
    r"cancellation|delivery|postage|late|list|sale|purchase|weekly) )?(?:price|cost|fee|fare|rent|salary|wage)s?\b(?! (?:of|for|in) "
    r"(?:living|life))", re.I)
# "On what date…", "By which day…": not "When…", which a span may answer with an event ("after the war").
_ASKS_DATE = re.compile(r"^\s*(?:(?:on|by|from|until|till|since|to|for|before|after) )?(?:what|which) (?:date|day)\b", re.I)

_DIGIT = re.compile(r"\d")
# What a date or day says: a year, a day of the month ("14th"), a date in figures ("14/03/2025", "2025-03-14"), a month, a
# day's or a season's name, a day's part, an ordinal ("the second"); not an application's reference "25/00417/FUL".
_DATE_WORD = re.compile(r"\b(?:1\d{3}|20\d{2})s?\b|\b\d+\s*(?:BC|BCE|AD|CE)\b|\bAD\s*\d|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|days?\b|today|tomorrow|"
                        r"yesterday|christmas|easter|new year|\beve\b|week|month|year|spring|summer|autumn|fall|winter|noon|"
                        r"midnight|morning|afternoon|evening|night|sabbath|equinox|solstice|\b(?:first|second|third|fourth|"
                        r"fifth|last|next)\b", re.I)
_CURRENCY = re.compile(r"[£$€¥₹¢]|\b(?:GBP|USD|EUR|JPY|CHF|AUD|CAD|INR)\b|\b(?:pounds?|pence|p|dollars?|cents?|euros?|"
                       r"francs?|pennies|penny|halfpenny|yen|yuan|rupees?|marks?|shillings?|guineas?|dirhams?|pesos?|rubles?|roubles?|lire|krona|kronor|"
                       r"kroner)\b", re.I)
_NO_CHARGE = re.compile(r"\b(?:free|nothing|no charge|no cost|no fee|gratis|complimentary|included|waived)\b", re.I)
# Words of a sum too large for digits ("millions"); "three" alone is no price ("three days our four stages…").
_LARGE_NUMBER_WORD = re.compile(r"\b(?:hundreds|thousands|millions|billions|trillions)\b", re.I)
# A share or a multiple of an amount: "one percent", "fifty to one hundred times" what another spends.
_SHARE = re.compile(r"%|\b(?:percent|per cent|times)\b", re.I)
# Where an amount is said, in figures or words.
_AMOUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
                     r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|several|half)s?\b", re.I)
# An amount of something other than money: "4,000 litres", "three days", "45 km".
_OTHER_UNIT = re.compile(r"(?:[\d.,]+|[a-z]+s?)[\s-]*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|"
                         r"months?|years?|decades?|mm|cm|km|kms|metres?|meters?|miles?|feet|foot|inches|yards?|kg|kilos?|"
                         r"kilograms?|grams?|g|tonnes?|tons?|lbs?|ml|litres?|liters?|gallons?|pints?|people|persons?|"
                         r"visitors?|members?|staff|pupils?|children|adults?|homes?|houses?|items?|pages?|copies|°[CF]?|"
                         r"degrees?|mph|km/h|kph|watts?|kW|kWh|MW|volts?|amps?|mA|GB|MB|TB)\b", re.I)


def asked_kind(question: str) -> str | None:
    """The kind of text the question asks for (PHONE, EMAIL, MONEY or DATE), where its words say so; None for any other."""
    if _ASKS_PHONE.search(question):
        return PHONE
    if _ASKS_EMAIL.search(question):
        return EMAIL
    if _ASKS_MONEY.search(question):
        return MONEY
    if _ASKS_DATE.search(question):
        return DATE
    return None


def is_of_kind(text: str, kind: str | None) -> bool:
    """Whether a span's text could be of that kind: a phone number has three digits at least ("999"), an e-mail
    address an "@" (or "[at]", "at … dot"); an amount of money says a currency, or that it costs nothing, or a share or multiple ("one percent"), or a
    figure, or a word of a large one ("millions"), not counting something else ("4,000 litres", "three days"). Any text is of no kind (None)."""
    if kind is None:
        return True
    if kind == PHONE:
        return len(_DIGIT.findall(text)) >= 3
    if kind == EMAIL:
        return "@" in text or bool(re.search(r"[\[(]\s*at\s*[\])]|\bat\b.*\bdot\b", text, re.I))
    if kind == DATE:
        return bool(_DATE_WORD.search(text))
    if _NO_CHARGE.search(text):
        return True
    first = _AMOUNT.search(text)  # the answer's own amount: "4,000 litres of water, and £20" is of water
    if first is None:
        return bool(_CURRENCY.search(text))  # "a halfpenny"
    if _OTHER_UNIT.match(text, first.start()):
        return False
    return bool(_CURRENCY.search(text) or _SHARE.search(text) or _DIGIT.search(text) or _LARGE_NUMBER_WORD.search(text))
