"""What kind of text a question asks for, where its words leave no doubt, and whether a span is of that kind: a phone
number has digits, an e-mail address an "@", a price or a cost an amount of money, a date or a time of day their words.
The reader, taught on SQuAD's prose, had answered "What is the phone number of the garden's Site Manager?" with his name
(sure at 0.99), "What email address should comments be sent to?" with "post", "How much does the garden spend on water
each year?" with "4,000 litres", "On what date will the committee meet?" with "the date", and "What time does the fair
open?" with "September": a span of another kind is no answer, however sure (bench/long, bench/facts, bench/similar)."""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

PHONE, EMAIL, MONEY, DATE, TIME, COUNT, VERSION, RESULT, SHARE, LENGTH, WEIGHT, SPEED, DISTANCE, CODE = (
    "phone number", "e-mail address", "amount of money", "date", "time of day", "count", "version", "match result", "share",
    "length", "weight", "speed", "distance", "code")

# What follows the noun a question asks for: its end, or a word that goes on past the noun phrase ("the price for adults",
# "the date the committee meets"), not one that makes it another noun's ("the price index", "the date format").
_ASKED_NOUN_END = (r"(?=\s*(?:[?,.]|$)|\s+(?:of|for|to|in|on|at|per|each|if|when|with|from|by|and|or|that|which|who|the|a|"
                   r"an|my|our|your|his|her|their|its|is|was|are|were|will|would|does|did|do|can|could|should|must|has|"
                   r"have|had|(?-i:[A-Z])[\w'’-]*)\b)")  # or a name: "the rent Mr Patel pays"
_COPULA = r"(?:['’]s|\s+(?:is|was|are|were|will be|would be))"
# A question naming only what it asks for, at its end (asked, "?") or before "of" or "for", with no question word, verb
# or bidding anywhere: "urban ecology module leader email?", "email address of the module leader", "open shelves
# telephone?" (a set written blind, session 63: the leader's name had answered, 69 %); not "Sum up the office move email",
# "… on which singer's hit, Telephone?" (SQuAD's).
NO_ASKING_WORD = (r"(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|"
                  r"should|shall|may|might|must|has|have|had|sum|summari[sz]e|tell|show|give|list|explain|describe|read|find|"
                  r"say|says|said|according)\b)")
_TERSE = "^" + NO_ASKING_WORD + r"(?:[^?]*\b(?:{noun})\s*\?\s*$|\s*(?:the\s+)?(?:{of})\s+(?:of|for)\b)"
# Not a phone alone: "cheapest phone?", "phone for kids?" ask for a handset (the code review's)
_TERSE_PHONE = r"telephone|(?:(?:tele)?phone|mobile|contact)\s+(?:number|no\.?)|helpline|hotline"
# "What is the phone number of…", "What is the welfare officer's phone number?", "Which number should I call…": not
# "What happens if I change my phone number?", "Which form changes my mobile number?", "How many digits…".
_ASKS_PHONE = re.compile(
    r"^\s*(?:(?:on|at|to) )?(?:what|which)\s+(?:(?:tele)?phone|mobile|contact|fax|helpline|hotline)\s+(?:number|no\.?)\b"
    r"|^\s*(?:(?:on|at|to) )?(?:what|which)\s+number\b[^?]*\b(?:call|ring|phone|dial|text)\b"
    r"|^\s*what" + _COPULA + r"\s[^?]*\b(?:(?:tele)?phone|mobile|contact|fax|helpline|hotline) (?:number|no\.?)s?"
    + _ASKED_NOUN_END
    + "|" + _TERSE.format(noun=_TERSE_PHONE, of=_TERSE_PHONE),
    re.I)
# "What is Mr Okafor's email address?", "What email address should comments be sent to?": not "What e-mail client…",
# "What should I do if I forget my email address?", "What's the subject line of Priya's office-move email?" (bench/overview).
_ASKS_EMAIL = re.compile(r"^\s*(?:(?:to|at) )?(?:what|which)\s+e-?mail\s+address\b"
                         r"|^\s*what" + _COPULA + r"\s[^?]*\be-?mail\s+address" + _ASKED_NOUN_END
                         # the e-mail's, not of something in one: "What is the key deadline in the Dovecote Yard e-mail?"
                         + r"|^\s*what" + _COPULA + r"\s(?:(?!\b(?:of|in|from|by|on|about|under|within|according)\b)[^?])*"
                         r"\be-?mail" + _ASKED_NOUN_END
                         + "|" + _TERSE.format(noun=r"e-?mail(?:\s+address)?", of=r"e-?mail\s+address"), re.I)
# Words naming what a question is of before it asks, as people type: "pulsewell how much to freeze my membership"
_TOPIC_FIRST = r"^\s*(?:(?!(?:what|which|who|whom|whose|when|where|why|how)\b)[\w'’&.-]+\s+){0,6}?"
# "How much does it cost / did they pay / will it charge…", "How much is the deposit / a day ticket…", "How much money…",
# "What is the monthly rent…": not "How much paid holiday do staff get?", "How much notice must the landlord give before the
# rent rises?", "What is the price index…", "What is the rent review date?", whose answers are no money.
_ASKS_MONEY = re.compile(
    _TOPIC_FIRST + r"how much\s+(?:money|cash|funding)\b"
    r"|" + _TOPIC_FIRST + r"how much\s+(?:does|did|do|will|would|should|can|could|must|might|has|have|had|is|was|are|were)\b"
    r"[^?]*?"
    r"\b(?:cost|costs|"
    r"charge|charges|charged|pay|paid|pays|spend|spends|spent|raise|raised|earn|earns|earned|owe|owes|owed|donate|donated|"
    r"fetch|fetched|sell for|sold for|set (?:me|you|us|them|him|her) back|save|saves|saved|refund|refunded)\b"
    # "What would a 13-year-old non-member pay for the spring term?" (bench/unseen24, written blind), not how one pays
    r"|" + _TOPIC_FIRST + r"what\s+(?:do|does|did|would|will|should|must|shall)\s+[^?]*?\bpay\b(?!\s+(?:with|by|using|through|online|in|at)\b|\s+for\s*\??\s*$)"
    # "how much to freeze my membership", "how much back for the food"
    # "brindle skip how much per day if I keep it longer" (bench/unseen28, written blind: "8" of "8 weeks" had answered)
    r"|" + _TOPIC_FIRST + r"how much\s+(?:a|per|each)\s+(?:day|night|week|month|hour|year|person|head)\b"
    r"|" + _TOPIC_FIRST + r"how much\s+(?:back\b|to\s+(?:park|hire|join|rent|book|enter|post|send|cancel|freeze|replace|"
    r"repair|fix|upgrade|renew|register|apply|visit|attend|stay|ship|deliver|buy|store|insure|transfer|leave|end)\b)"
    r"|" + _TOPIC_FIRST + r"how much\s+(?:is|was|are|were|will be)\s+(?:(?:the|a|an|one|each|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:tickets?|"
    r"pass|passes|deposit|fee|fees|rent|fare|fares|price|membership|subscription|admission|entry|fine|charge|postage|grant|"
    r"donation|refund|compensation|premium|excess|salary|wage|budget|loan|payment|bill|surcharge)"
    + _ASKED_NOUN_END +
    # "How much is a coffee at the museum café?": a thing of a kind, its price (not "a serving", "a unit of alcohol", nor
    # "… in minutes": a code review's)
    r"|" + _TOPIC_FIRST + r"how much\s+(?:is|are)\s+(?:a|an)\s+(?!(?:lot|bit|unit|serving|portion|dose|measure|tablespoon|teaspoon|"
    r"spoonful)\b)(?![^?]*\bin\s+(?:minutes|hours|days|weeks|months|years|kg|kilos|grams|miles|km|metres|litres|ml|gb|mb)\b)"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+" + _ASKED_NOUN_END +
    # "How much is the Kettle Pro?": a thing by its name, its price ("1.7 litre", its capacity, had answered: a review's)
    # (after "the": not "How much is Paris?"), nor an acronym's ("How much is the RAM?", its 16 GB: the session's code review)
    # "how much is the jumping clinic at fellside for my 11 year old": what it is for the user, its price (bench/unseen28,
    # written blind: the clinic's weight limit had answered)
    r"|" + _TOPIC_FIRST + r"how much\s+(?:is|are|was|were|will be)\s+the\s+[^?]*?\bfor\s+(?:my|our|me|us)\b"
    r"|" + _TOPIC_FIRST + r"how much\s+(?:is|are|was|were|will be)\s+(?:the|a|an|one)\s+(?-i:[A-Z][a-z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w'’.-]*){0,3}"
    r"\s*\??\s*$"
    r"|^\s*what" + _COPULA + r"\s+the\s+(?:(?:annual|average|daily|monthly|weekly|yearly|hourly|total|starting|full|current|"
    r"estimated|asking|retail|ticket|entry|entrance|admission|membership|booking|registration|joining|cancellation|delivery|"
    r"postage|late|list|sale|purchase)\s+)?(?:price|cost|fee|fare|rent|salary|wage)s?(?!\s+of\s+(?:living|life)\b)"
    + _ASKED_NOUN_END +
    # "What does standard membership cost annually?", "What is the standard membership price per year?" (a probe's had
    # been answered "month", of "£34 per month", at 0.99)
    r"|^\s*what\s+(?:does|do|did|will|would|should)\b[^?]*\bcost(?=\s*(?:[?.]|$)|\s+(?:per|a|an|each|to|in|for|now|"
    r"annually|monthly|weekly|yearly|altogether)\b)"  # not "…cost him the race"
    r"|^\s*what" + _COPULA + r"\s+the\s+(?:[\w'’-]+\s+){1,3}?(?:price|fee|fare|rent)s?(?=\s+(?:per|a|an|each|for)\b|\s*\??\s*$)", re.I)
# "On what date will…", "Which day was the busiest?": not "When…", which a span may answer with an event ("after the
# war"), nor "What date format…", "Which day trip…".
_ASKS_DATE = re.compile(r"^\s*(?:(?:on|by|from|until|till|since|to|for|before|after) )?(?:what|which) (?:date|day)"
                        + _ASKED_NOUN_END, re.I)
# "What time does the fair open?", "By what time must guests leave?", "What time on 26 March do interviews start?": not
# "What time period…", "What time is referred to as the Edo period?" (SQuAD's), whose answers are eras.
_ASKS_TIME = re.compile(
    r"^\s*(?:(?:at|by|from|until|till|before|after) )?what times? (?:on \w+(?: \w+)?,? )?(?:does|do|did|will|would|is|was|are|"
    r"were|should|must|can|could)\b[^?]*\b(?:open|opens|opened|close|closes|closed|start|starts|started|begin|begins|began|"
    r"leave|leaves|left|arrive|arrives|arrived|depart|departs|departed|finish|finishes|finished|end|ends|ended|set off|"
    r"sets off|kick off|kicks off|kicked off|dropped off|collected|collect|meet|meets|met|serve|served|check in|check out|"
    r"land|lands|landed|take off|takes off|run|runs|ran|go down|goes down|went down|come back|comes back|came back|get to|"
    r"gets to|got to|get back|gets back|got back|reach|reaches|reached|return|returns|returned)\b", re.I)

# "What is the speed limit on the diversion?", "What is its top speed?", "How fast can the Cargo go?": a speed ("30 mph",
# "20mph"), not "5 miles" (an API user's, 0.81); not how fast one runs, nor refunds go through, which a time may answer
# (SQuAD's "How fast did Bolt run…?": "9.58 seconds").
_ASKS_SPEED = re.compile(r"^\s*what(?:\s+(?:is|was|are|were)|['’]s)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:speed\s+limit|top\s+speed|maximum\s+speed|cruising\s+speed)s?\b"
                         r"|^\s*how\s+fast\s+(?:[\w'’-]+\s+){0,7}?(?:go|goes|went|travel|travels|drive|drives|fly|flies|ride|rides|"
                         r"sail|sails|cruise|cruises)\b(?!\s+through)", re.I)
_SPEED_WORD = re.compile(r"(?<![^\W\d_])(?:mph|m\.p\.h\.?|km/h|kmh|kph|km/hr|km/s|knots?|kn|kts|m/s|(?:miles|km|kilomet(?:re|er)s)\s+"
                         r"(?:an|per|a)\s+hour|[kmgt]?bits?/s|[kmgt]?bps|[kmgt]b/s|rpm|revolutions\s+(?:a|per)\s+minute)(?!\w)", re.I)

# An offer's code asked for: "What discount code was used on order LL-408817?" had been answered "WINTER10, 10% off" of
# an invoice's "Discount (code WINTER10, 10% off)" (bench/unseen16, written blind); typed as a phrase too ("starbench promo
# code"). Not what a code gives, nor when it ends, nor whether there is one (a code review's), nor a dress code, a postcode
# or a tax code.
_OFFER_CODE = r"(?:discount|promo|promotional|promotion|voucher|coupon|offer|referral)\s+codes?\b"
_ASKS_CODE = re.compile(rf"^\s*(?:(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+|my\s+|a\s+)?"
                        rf"(?:(?!(?:does|did|do|can|will|would|should)\b)[\w'’-]+\s+){{0,3}}?{_OFFER_CODE}"
                        rf"|(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b)"
                        rf"[^?]*\b{_OFFER_CODE}[^?]*$)", re.I)
# one word of letters and digits, or of capitals, or with a capital inside ("WINTER10", "SAVE", "TeaTime")
_CODE = re.compile(r"(?=[\w-]*\d|[A-Z-]{3,}$|[\w-]+[A-Z])[^\W_][\w-]*")

# "How far is the pub from the cottage?", "how far's the station from here", "How far away is Mars?": a distance ("0.6
# miles", "a 3-minute walk"), not "14:00" (bench/unseen10, written blind); not how far ahead, behind, back, down or apart
# something is, which a margin, an era or a share answers ("12 points", "8%": a code review's), nor how far in debt a
# party is; from or to somewhere, or away (of SQuAD's 28 such questions, one gold says none: "… can cross to Kawthaung but
# cannot venture farther").
_ASKS_DISTANCE = re.compile(r"^\s*how\s+far(?:\s+away(?:\s+(?:is|are|was|were)\b|['’]s\b)|(?:\s+(?:is|are|was|were)\b|['’]s\b)"
                            r"(?=[^?]*\b(?:from|to|away)\b))(?![^?]*\b(?:ahead|behind|back|down|up|apart|over|under|in\s+debt)\b)", re.I)
_DISTANCE_UNITS = (r"(?:miles?|mi|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|m|yards?|yds?|feet|foot|ft|inch(?:es)?|"
                   r"nautical\s+miles?|leagues?|light[- ]years?|astronomical\s+units?|au|cm|centimet(?:re|er)s?|mm|"
                   r"nanomet(?:re|er)s?|blocks?|parsecs?|minutes?|mins?|hours?|hrs?)")
_COUNTED = (r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half|a\s+few|few|"
            r"several|many|some|(?:tens|hundreds|thousands|millions)\s+of)")
# a figure or a count before its unit ("0.6 miles", "a 3-minute walk", "two miles"), or where nothing needs going ("next door")
_DISTANCE = re.compile(rf"(?<![^\W\d_]){_COUNTED}(?:\s*-\s*|\s*){_DISTANCE_UNITS}(?![^\W\d_])|\bnext\s+door\b|"
                       rf"\bopposite\b|\bacross\s+the\s+(?:road|street)\b", re.I)
_DISTANCE_UNIT = re.compile(rf"{_DISTANCE_UNITS}(?![^\W\d_])", re.I)

# "How many bivvy bags are in stock?": not "How many pounds were spent…", "How many US dollars…", "How many thousands
# was the budget?", whose answer is money.
_ASKS_COUNT = re.compile(r"^\s*how many\s+(?!(?:[\w'’.-]+\s+){0,2}?(?:pounds?|pence|dollars?|cents?|euros?|francs?|yen|"
                         r"yuan|rupees?|pesos?|rubles?|roubles?|krona|kronor|kroner|quid|bucks|grand|hundreds|thousands|"
                         r"millions|billions|GBP|USD|EUR)\b)", re.I)
# "In which version was the crash fixed?", "Which release added dark mode?" (not "Which release date…"): any span may
# answer ("the King James Version"), but never a date alone, the day a release came out ("## 4.2.0 — 2025-11-18").
_ASKS_VERSION = re.compile(r"^\s*(?:(?:in|with|from|since|by|until|as of) )?(?:what|which) (?:version|release|build|update)"
                           r"\b(?!\s+(?:date|day|notes?|schedule|cycle|time|year|month|window|party|form|process)\b)", re.I)
# "What was the final score of the game?", "League Cup final score?", "What was the score in the derby?": a match's result
# ("3-1", "31–24"; SQuAD's 13 such questions all answered so). Not "What was her SAT score?", "What score did the film get?",
# "What was his final score?" (a diver's "512.3"), "To whom did England lose with a final score of 4-2?".
_GAME = (r"(?:game|match|final|semi-final|semifinal|derby|tie|bowl|cup|championship|series|fixture|decider|replay|play-off|"
         r"playoff|clash|meeting|contest|encounter|bout)s?")
_ASKS_RESULT = re.compile(r"^\s*what\s+(?:was|is|were)\s+the\s+(?:final\s+score|scoreline|score\s*line)\b"
                          rf"|^\s*what\s+(?:was|is|were)\s+the\s+score\s+(?:of|in|for|at)\b[^?]*\b{_GAME}\b"
                          r"|^(?!\s*(?:who|whom|whose|what|which|when|where|why|how)\b)[^?]*\b(?:final\s+score|scoreline)\s*\??\s*$",
                          re.I)
_SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # in words
# "By what percentage did migraine days fall?", "What proportion of voters…", "What share of the vote…" (not "Which share
# did the fund sell?"): a share ("17 per cent", "a third", "one in five", "three out of five"), not a count ("824");
# SQuAD's answers are often the figure alone, its "%" just after it.
_ASKS_SHARE = re.compile(r"^\s*(?:(?:by|to|at|of|in|from)\s+)?(?:what|which)\s+(?:(?:percentage|percent|per\s*cent|proportion|"
                         r"fraction)\b|%)|^\s*(?:(?:by|to|at|of|in|from)\s+)?what\s+share\s+of\b|^\s*how\s+much\s+(?:percent|per\s*cent)\b",
                         re.I)
_SHARE_WORDS = re.compile(r"%|\bper[\s-]*cent|\bpercent|\bpercentage|\bpc\b|\b(?:half|halves|third|thirds|quarters?|"
                          r"(?:\w+-)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\w+teenth|\w+tieth|hundredth|"
                          r"thousandth)s?|majority|minority|all|none|most|nearly all|every|proportion)\b|\b(?:in|out of)\s+"
                          rf"(?:\d|{_SMALL_NUMBERS}|twenty|a hundred)|\d\s*/\s*\d|\d\s+of\s+(?:the\s+)?\d",
                          re.I)
# "How long was Ainsworth jailed for?", "How long is the bridge?": a length of time or of anything ("six games", "4 digits",
# "90mins", "3:42", SQuAD's bare "16" of "16 years"), never a figure set apart as an age is ("Derek Ainsworth, 61, of…")
# nor a time of day. Not "How long ago…", a time, nor a question naming its unit ("How long is the route in miles?").
_ASKS_LENGTH = re.compile(r"^\s*(?:for\s+)?how\s+long\b(?!\s+ago\b)(?![^?]*\bin\s+(?:[a-z]+\s+)?(?:seconds|minutes|hours|days|"
                          r"weeks|months|years|decades|centuries|mm|cm|km|metres|meters|miles|feet|inches|yards|kilometers|"
                          r"kilometres|millimetres|millimeters|pages|words|characters)\b)", re.I)
# "How heavy is the X200?", "How much does the drill weigh?", "What is the weight of the tent?": a weight ("6.8 kg", SQuAD's
# "19,500-ton"), not "empty" of "Weight (empty)" (a chat user's, 87 %). Not a question naming the unit ("How much does the
# NES weigh in pounds?"), an atom's or a molecule's weight, nor what a weight is balanced by (SQuAD's).
# (not "st" or "t", nor a capital "G", which "21st", "1st floor" and "5G" have: the code review's)
_WEIGHT_UNITS = (r"mg|(?-i:g)|kg|kgs|kilos?|kilogram(?:me)?s?|grams?|grammes?|lbs?|pounds?|oz|ounces?|stones?|tons?|tonnes?|"
                 r"carats?|ct")
_ASKS_WEIGHT = re.compile(
    rf"^(?![^?]*\bin\s+(?:{_WEIGHT_UNITS}|grains)\b)(?![^?]*\b(?:atomic|molecular)\s+weight)"
    r"(?:\s*how\s+heavy\b(?!\s+(?:is|was|are|were)\s+(?:the\s+)?(?:snow|snowfall|rain|rainfall|traffic|fighting|losses|burden))"
    r"|\s*how\s+much\s+(?:does|did|do|will|would|should|can|could|must|might)\b[^?]*\bweigh\b"
    r"|\s*what\s+(?:does|did|do|will|would)\b[^?]*\bweigh\b(?!\s+(?:against|up|on|in|down|heavily)\b)"
    r"|\s*what" + _COPULA + r"\s+(?:the\s+)?weight\s+of\b(?![^?]*\b(?:by|with|to|on|for)\s*\??\s*$))", re.I)
_WEIGHT_WORD = re.compile(rf"\d[\d,.]*(?:\s|-)*(?:{_WEIGHT_UNITS})\b|\b(?:kilos?|kilogram(?:me)?s?|grams?|grammes?|pounds|ounces|tons|"
                          r"tonnes|stones?|carats?|lbs?|kg)\b", re.I)
_WEIGHT_COLUMN = re.compile(rf"\b(?:weight|mass|{_WEIGHT_UNITS})\b", re.I)
# Ages or a range in brackets, a row's label's: "Child (5–16)", "Adult (18+)", "(under 19)"; not "Net loss (500)".
_AGES_BRACKETED = re.compile(r"\((?=[^()]*(?:\d\s*[–—-]\s*\d|\d\s*\+|\b(?:under|over|aged?)\b))[^()]*\)", re.I)
_RANGE = re.compile(r"\d\s*(?:to|-|–|—|until|and)\s*\d")  # "1870 to 1939", a length however set apart
# A length's words, in a span or in its table column's name: "Length (min)", "Typical time (hours)", "45 mins", "3 km".
_LENGTH_WORD = re.compile(r"\b(?:length|duration|long|time|runtime|term|period|distance|seconds?|secs?|minutes?|mins?|hours?|"
                          r"hrs?|h|days|weeks?|months?|years?|yrs?|decades?|centuries|mm|cm|km|m|metres?|meters?|miles?|mi|"
                          r"feet|ft|inches|yards?|kilometres?|kilometers?|pages|words)\b", re.I)
# A table column of points in time, not lengths: "Day", "Start", "Opens", "Date", "Kick-off" (not "Finish", a race's times).
_WHEN_COLUMN = re.compile(r"\b(?:day|date|when|starts?|begins?|opens?|opening|closes?|closing|departs?|departure|arrives?|"
                          r"arrival|kick[- ]?off|deadline|from|until)\b", re.I)
# A share's names, one for another where a question names a table's column (qa/spans.py `_stem`), and a column of shares'
# ("Share (%)", "Pct", "Market share", "% of total").
SHARE_NAMES = frozenset({"%", "share", "percentage", "percent", "pct", "proportion"})
_SHARE_COLUMN = re.compile(rf"%|\bper\s*cent\b|\b(?:{'|'.join(sorted(SHARE_NAMES - {'%'}))})s?\b", re.I)
_SHARE_RANGE = 100  # a bare figure in a column not named a share's may be one up to this ("Satisfaction": 81), not "4,212"
# What follows a figure that is no length: an apposition's comma or bracket, as an age is set apart, or an age's words.
_NO_LENGTH_AFTER = re.compile(r"\s*(?:[,;)]|-?years?[- ]old\b|-year-old\b)", re.I)
# A time of day: "13:30", "9.30am", "7 pm"; not "3:42" (a song's), "03:47" nor "41:07" (a time trial's), lengths of time.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:[0-5]\d(?![\d:])")  # "18:30", "9:00": no sum of money is written so
_TIME_OF_DAY = re.compile(r"(?:(?:1[3-9]|2[0-3])[:.]\d{2}|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.I)
# What follows a share that is no figure's unit: a table's next cell or its line's end (its column says "%"), or what it
# is of ("nine of their last 11").
_SHARE_AFTER = re.compile(r"[ \t]*(?:\||\t|\n)|\s+(?:out\s+)?of\s+(?:(?:the|their|its|his|her|our|all)\s+)?(?:(?:last|first|next)\s+)?"
                          rf"(?:\d|{_SMALL_NUMBERS}|twenty)", re.I)
_FIGURE_ALONE = re.compile(r"\W*(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more than|less than|"
                           rf"fewer than|up to|at least|just|only)\s+)?(?:[\d.,]+|a|an|{_SMALL_NUMBERS}|thirteen|"
                           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|ninety|hundred|thousand|several|many|few|some)(?:[\s-]+(?:(?:and|to|or)\s+)?(?:[\d.,]+|one|two|"
                           r"three|four|five|six|seven|eight|nine|hundred|thousand|half|a|an))*\W*", re.I)
_NUMBER_WORD = rf"(?:\d+|nil|nothing|zero|love|{_SMALL_NUMBERS})"
# "3-1", "46 points to 39", "two goals to nil", "1-all", "Riverhawks 5, Comets 4", "goalless", a golfer's "12 under par".
_RESULT = re.compile(rf"\b{_NUMBER_WORD}\s*(?:[-–—:]|(?:[a-z]+\s+)?to)\s*{_NUMBER_WORD}\b|\b{_NUMBER_WORD}[-\s]all\b"
                     r"|\b\d+\s*,\s*(?:[A-Z][\w'’.-]*\s+){1,3}\d+\b|\b(?:goalless|scoreless|pointless)\b|\b(?:under|over)\s+par\b", re.I)
_DIGIT = re.compile(r"\d")
# Three digits at least, set apart only as a phone number's are ("0113 496 0721", "(555) 123-4567", "999"): not a time
# and a count ("16:30  Check in at The Namsan Lantern Hotel (2 nights)" had answered a hotel's phone number: a set
# written blind, session 54).
_ADDRESS = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*")
_EMAIL_LABEL_WORDS = 3  # beside an address: "e-mail:", "write to", "contact us at"
_PHONE_DIGITS = re.compile(r"\d(?:[ \t().+/-]{0,2}\d){2,}")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)")
# A date: "2025-11-18", "18/11/2025", "18.11.2025", "18 November 2025", "Nov 18, 2025", "November 2025", "Tuesday 21 April".
_DATE = (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
         r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}"
         rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}\b\.?"
         r"(?:\s+\d{4}\b|\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+\d{4}\b)?)?)")
_DATES = re.compile(_DATE, re.I)
_DATE_ALONE = re.compile(rf"\W*{_DATE}\W*", re.I)  # a date and nothing else
# Four figures alone that are a year, or no clock's ("1768": 68 minutes): "2026" had answered what time a bus leaves
# (bench/reference), "1768" when guests may arrive (bench/facts); "1530" is a time, and "1930" after no date's words.
_YEAR_ALONE = re.compile(r"\W*(?:(?:19|20)\d{2}|\d{2}[6-9]\d|2[4-9]\d{2}|[3-9]\d{3})\W*")
# Four figures a clock shows ("1930", "2045") after words that set a time ("starts at 1930"), where a year's would be
# one (a probe's "The film starts at 1930." had not been its time; "2026" of "15 March 2026" is a year).
_CLOCK_ALONE = re.compile(r"\W*(?:[01]\d|2[0-3])[0-5]\d\W*")
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till)\s*$", re.IGNORECASE)
# What says a figure before it is a clock's: "10 am", "9.30", "7 o'clock", "10 to 4".
_CLOCK_AFTER = r"\s*(?:[ap]\.?m\b|o['’]clock|[:.]\d|(?:to|till|until|-|–)\s*\d)"
_TIME_AFTER = re.compile(rf"{_CLOCK_AFTER}|\s*(?:hours?|hrs)\b", re.IGNORECASE)  # and "2015 hours"
# A day and its date without the month, as the reader cuts "Wednesday 26 March" short: no time of day (but "Saturday 10 am").
_DAY_AND_DATE = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b"
                           rf"(?!{_CLOCK_AFTER})", re.I)
# What a time of day says: a figure, a day's part or the sun's ("dusk", "first light"), a number's word ("half past nine"),
# or when something else happens ("when the last guest leaves", "at closing"); and, for a time long past, an era's words
# ("the seventeenth century"). Not a month: "September" had answered when a fair opens (a review's).
_TIME_WORD = re.compile(r"\d|\b(?:noon|midnight|midday|morning|afternoon|evening|night|nightfall|dawn|daybreak|dusk|twilight|"
                        r"sunrise|sunset|sundown|light|dark|o'clock|lunchtime|teatime|dinnertime|breakfast|lunch|dinner|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|quarter|past|"
                        r"when|once|after|before|until|till|as soon|closing|opening|tide|"
                        r"century|centuries|decade|era|age|period|dynasty|reign|war)\b", re.I)
# What a date or day says: a year, a day of the month ("14th"), a date in figures ("14/03/2025", "2025-03-14"), a month, a
# day's ("Sat"), a season's or a feast's name, a day's part, an ordinal ("the second"), "later", "ago"; not an
# application's reference "25/00417/FUL".
_DATE_WORD = re.compile(
    r"\b(?:1\d{3}|20\d{2})s?\b|\b\d+\s*(?:BC|BCE|AD|CE)\b|\bAD\s*\d|\b\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b"
    rf"|\b{_MONTH}\b"
    r"|days?\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|today|tomorrow|yesterday|week|month|year|later|earlier|\bago\b"
    r"|spring|summer|autumn|fall|winter|noon|midnight|morning|afternoon|evening|night"
    r"|\b(?:first|second|third|fourth|fifth|last|next)\b"
    r"|christmas|easter|new year|\beve\b|sabbath|equinox|solstice|thanksgiving|halloween|diwali|hogmanay|\beid\b|ramadan|"
    r"hanukkah|passover|pentecost|whitsun|michaelmas|shrove|lent\b|advent|bank holiday", re.I)
# Money's signs: a count is never "£7.60" (of SQuAD v1.1's 4,733 questions asking how many, 3 have money for an answer,
# two asking "how many pounds" or "US dollars"). Not its codes: "12 CAD licences", "33 EUR pallets" are counts.
_CURRENCY_SIGN = re.compile(r"[£$€¥₹¢]")
_CURRENCY_WORDS = (r"\b(?:pounds?|pence|p|dollars?|cents?|euros?|francs?|pennies|penny|halfpenny|yen|yuan|rupees?|marks?|"
                   r"shillings?|guineas?|dirhams?|pesos?|rubles?|roubles?|lire|krona|kronor|kroner)\b")
_CURRENCY = re.compile(r"[£$€¥₹¢]|\b(?:GBP|USD|EUR|JPY|CHF|AUD|CAD|INR)\b|" + _CURRENCY_WORDS, re.I)
# A currency's word after a number's or a quantity's, as an amount without figures says it (not "city dollars": the review's).
_COUNTED_CURRENCY = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                               r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                               r"ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|few|"
                               r"several|many|some)\b(?:[\s-]+[\w-]+){0,2}?[\s-]+" + _CURRENCY_WORDS, re.I)
# What says an amount of money without a currency: that it costs nothing ("free", "nil", "a fiver")… not "step-free" access
# (bench/unseen27, written blind: it had answered what a room costs)
_NO_CHARGE = re.compile(r"\b(?:(?<!\w-)free|nothing|no charge|no cost|no fee|gratis|complimentary|included|waived|nil|zero|fiver|"
                        r"tenner|quid|grand)\b", re.I)
# …or an amount of one in money's words ("five weeks' rent", "half price", "double the adult rate"), not the word alone:
# "Fees", a heading, is no answer to what a garden spends on water.
_MONEY_NOUN = re.compile(r"\b(?:rent|price|prices|fare|fares|rate|rates|fee|fees|wage|wages|salary|cost)\b", re.I)
_MULTIPLE = re.compile(r"\b(?:half|double|twice|triple|treble)\b", re.I)
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

# A column's name saying what its figures count or measure, which is no sum: "Players", "Minimum age", "Game time"
_COUNT_COLUMN = re.compile(r"\b(?:players?|people|persons?|guests?|ages?|capacity|size|sizes|length|duration|weight|"
                           r"distance|height|places|seats|number|qty|quantity)\b", re.I)
_PRICE_COLUMN = re.compile(r"[£$€¥]|\bper\s+\w", re.I)  # "Per person (£)", "Per night": a sum's (a code review's)
# An amount and the thing it counts, a word that is not a figure's scale nor a word going on past it.
_COUNTED = re.compile(r"(?:[\d.,]+[\s-]*|[a-z]+[\s-]+)(?!(?:million|billion|trillion|thousand|hundred|bn|mn|m|k|per|a|an|"
                      r"to|and|or|each|plus|for|in|at|from|up|over|under|of|on|off|with|by)\b)[a-z]{2,}", re.I)


CLAUSE_END = re.compile(r"\n|[.;!?](?=\s|$)")  # where a figure's line or sentence ends: "45. Children under 5 go free."


def _dates_only(text: str, after: str = "") -> bool:
    """Whether the text's figures are all dates' ("from 1 July 2024 to 30 September 2025"), read on to the end of a date
    it cuts (the reader's "between 1 July 2024 and 30", of "… and 30 September 2025"): none of SQuAD's 4,927 answers to
    "How many…?" is."""
    text = _to_a_date_s_end(text, after)
    dates = list(_dates(text))
    return bool(dates) and not _AMOUNT.search("".join(text[a:b] for a, b in
                                                      zip([0, *(d.end() for d in dates)], [*(d.start() for d in dates), len(text)])))


def _without_dates(text: str, after: str = "") -> str:
    """The text but its dates, read on to the end of a date it cuts (the reader's "26" of "26 March"), and a day's name
    with its date but no month ("Wednesday 26", `_DAY_AND_DATE`)."""
    return _DAY_AND_DATE.sub(" ", _DATES.sub(" ", _to_a_date_s_end(text, after)))


def _to_a_date_s_end(text: str, after: str) -> str:
    """`text`, read on into `after` to the end of a date it cuts: "between 1 July 2024 and 30" of "… 30 September 2025"."""
    whole = text + after
    return whole[:next((date.end() for date in _dates(whole) if date.start() < len(text) < date.end()), len(text))]


def _dates(text: str):
    """The dates in `text` with a figure, written as dates are: a month with a capital or a year ("12 may join" is none),
    or in figures ("18/11/2025")."""
    return (date for date in _DATES.finditer(text) if _DIGIT.search(date.group())
            and re.search(r"[A-Z]|\d{4}|\d[/.-]\d", date.group()))


def _figure(text: str) -> float | None:
    """The number a bare figure says ("4,212" 4212.0, "38.5"), None for one in words."""
    digits = re.sub(r"[^\d.]", "", text.replace(",", ""))
    try:
        return float(digits)
    except ValueError:
        return None


def column_says_kind(column: str, kind: str | None) -> bool:
    """Whether a table column's name says its cells are of the kind: a share's ("Share (%)", "Pct"), a length's ("Length
    (min)", "Duration")."""
    return bool(kind == SHARE and _SHARE_COLUMN.search(column) or kind == LENGTH and _LENGTH_WORD.search(column))


def asked_kind(question: str) -> str | None:
    """The kind of text the question asks for (PHONE, EMAIL, MONEY, DATE, TIME, COUNT, VERSION, RESULT, SHARE, LENGTH,
    WEIGHT, SPEED, DISTANCE or CODE), where its words say so; None for any other."""
    if _ASKS_PHONE.search(question):
        return PHONE
    if _ASKS_EMAIL.search(question):
        return EMAIL
    if _ASKS_MONEY.search(question):
        return MONEY
    if _ASKS_DATE.search(question):
        return DATE
    if _ASKS_TIME.search(question):
        return TIME
    if _ASKS_COUNT.search(question):
        return COUNT
    if _ASKS_VERSION.search(question):
        return VERSION
    if _ASKS_RESULT.search(question):
        return RESULT
    if _ASKS_SHARE.search(question):
        return SHARE
    if _ASKS_LENGTH.search(question):
        return LENGTH
    if _ASKS_WEIGHT.search(question):
        return WEIGHT
    if _ASKS_SPEED.search(question):
        return SPEED
    if _ASKS_DISTANCE.search(question):
        return DISTANCE
    if _ASKS_CODE.search(question):
        return CODE
    return None


def says_a_length(text: str) -> bool:
    """Whether a text says a length or names one (`_LENGTH_WORD`): "5 to 6 hours", "Duration", not "36V 10.4Ah lithium-ion"."""
    return _LENGTH_WORD.search(text) is not None


def is_of_kind(text: str, kind: str | None, after: str = "", column: str | None = None, before: str = "") -> bool:
    """Whether a span's text could be of that kind: a phone number has three digits at least ("999"), an e-mail
    address an "@" (or "[at]", "at … dot"); a count no sign of money ("£7.60"); a version is no date alone; a match's
    result is two scores ("3-1"); a share says so ("17 per cent", "a third") or is a figure that the text `after` it goes
    on to say is one ("17" before " per cent"), or, where it is a table's cell, that its `column`'s name does ("Share
    (%)", "Pct"), or, in another column, is a share's figure ("81", not the Votes column's "4,212"); a length is
    no cell of a column of points in time without a length's words of its own ("Monday" of "Day", "09:30" of "Start"), and is no figure set apart (", of…") nor a time of day; a date has a
    date's words (`_DATE_WORD`), a time of day a time's (`_TIME_WORD`) besides its date's; an amount of money says a currency, or that it
    costs nothing ("free"), or an amount in money's words ("five weeks' rent"), or a share or multiple ("one percent"),
    or a figure, or a word of a large one ("millions"), not counting something else ("4,000 litres", "three days", "two
    rainwater tanks"); a speed says its unit ("30 mph"), a distance its unit or a way to go it ("0.6 miles", "a 3-minute
    walk"); an offer's code is one word holding a digit, or of capitals, or a capital inside ("WINTER10", "TeaTime"). Any
    text is of no kind (None)."""
    if kind is None:
        return True
    if kind == PHONE:  # no sum of money: "$1,100" had answered a letting agent's phone number
        return _PHONE_DIGITS.search(text) is not None and not _CURRENCY_SIGN.search(text)
    if kind == EMAIL:  # an address with a label's words at most: not "Dr Rosalind Achterberg (e-mail r.ach…" (session 63's)
        if address := _ADDRESS.search(text):
            return len(re.findall(r"[^\W_]+", text[:address.start()] + " " + text[address.end():])) <= _EMAIL_LABEL_WORDS
        return bool(re.search(r"[\[(]\s*at\s*[\])]|\bat\b.*\bdot\b", text, re.I))
    if kind == DATE:
        return bool(_DATE_WORD.search(text))
    if kind == TIME:  # a time's words besides a date's: "Tuesday 21 April" had answered what time the AGM starts
        if text[-1:].isdigit() and _TIME_AFTER.match(after):  # "Monday 9" before " am", "2015" before " hours"
            return True
        return bool(_TIME_WORD.search(_without_dates(text, after))) and not (
            _YEAR_ALONE.fullmatch(text) and not (_CLOCK_ALONE.fullmatch(text) and _CLOCK_BEFORE.search(before)))
    if kind == COUNT:  # nor dates alone: "between 1 July 2024 and 30 September 2025" had answered how many were sold
        return not _CURRENCY_SIGN.search(text) and not _dates_only(text, after)
    if kind == VERSION:
        return not _DATE_ALONE.fullmatch(text)
    if kind == RESULT:
        return bool(_RESULT.search(text))
    if kind == SHARE:  # or a bare figure its table column says is one, or the article's next words ("17" of "17 per cent")
        if _SHARE_WORDS.search(text) or not _FIGURE_ALONE.fullmatch(text):
            return bool(_SHARE_WORDS.search(text))
        if column is not None:
            return bool(_SHARE_COLUMN.search(column)) or (_figure(text) or math.inf) <= _SHARE_RANGE
        return bool(_SHARE_WORDS.match(after.lstrip()) or _SHARE_AFTER.match(after))
    if kind == WEIGHT:  # or a bare figure the next words or its column's name weigh ("6.8" before " kg", under "Weight (kg)")
        return bool(_WEIGHT_WORD.search(text) or _FIGURE_ALONE.fullmatch(text) and (
            _WEIGHT_WORD.match("0" + after.lstrip()[:12]) or column is not None and _WEIGHT_COLUMN.search(column)))
    if kind == SPEED:  # or a bare figure the next words or its column's name say is one ("30" before " mph")
        return bool(_SPEED_WORD.search(text) or _FIGURE_ALONE.fullmatch(text) and (
            _SPEED_WORD.match(after.lstrip()[:24]) or column is not None and _SPEED_WORD.search(column)
            or column is not None and re.search(r"\bspeed", column, re.I)))
    if kind == CODE:
        return _CODE.fullmatch(text) is not None
    if kind == DISTANCE:  # or a bare figure the next words or its column's name measure ("0.6" before " miles")
        return bool(_DISTANCE.search(text) or _FIGURE_ALONE.fullmatch(text) and (
            _DISTANCE_UNIT.match(after.lstrip()[:24]) or column is not None and re.search(r"\bdistance|\bmiles|\bkm\b", column, re.I)))
    if kind == LENGTH and column is not None and _WHEN_COLUMN.search(column) and not _LENGTH_WORD.search(text):
        return False  # "Monday" of a timetable's Day column, "09:30" of its Start
    if kind == LENGTH:  # not a figure set apart ("Derek Ainsworth, 61, of…"), nor a time of day ("13:30")
        return not (_FIGURE_ALONE.fullmatch(text) and not _RANGE.search(text) and _NO_LENGTH_AFTER.match(after)
                    or _TIME_OF_DAY.fullmatch(text.strip()))
    if _NO_CHARGE.search(text) or _MONEY_NOUN.search(text) and (_AMOUNT.search(text) or _MULTIPLE.search(text)):
        return True
    if _CLOCK.search(text) and not _CURRENCY.search(text):
        return False  # a time of day: "18:30" had answered how much a welcome dinner costs (bench/sections2)
    first = _AMOUNT.search(text)  # the answer's own amount: "4,000 litres of water, and £20" is of water
    if first is None:  # "a halfpenny", "fifteen shillings"; not a currency's name alone ("US dollars" had answered a price)
        return bool(_COUNTED_CURRENCY.search(text))
    if _OTHER_UNIT.match(text, first.start()) or _FIGURE_ALONE.fullmatch(text) and not _CURRENCY.search(text) \
            and _OTHER_UNIT.match(text + CLAUSE_END.split(after, 1)[0], first.start()):
        return False  # nor a figure its sentence goes on to count in another unit: "1.7" of "1.7 litre kettle" (a review's)
    if (spread := _RANGE.search(text)) and not _CURRENCY.search(text) \
            and _OTHER_UNIT.match(text + CLAUSE_END.split(after, 1)[0], spread.end() - 1):
        # nor a range of another unit: "1 to 3 months" had answered how much a membership's freeze costs, "20 and 40" (of
        # "20 and 40 yard") a skip hire's charge (bench/unseen28, written blind)
        return False
    if _CURRENCY.search(text) or _SHARE.search(text):
        return True
    if column is not None and _COUNT_COLUMN.search(column) and not _MONEY_NOUN.search(column) and not _PRICE_COLUMN.search(column):
        return False  # a bare figure a column counts in: "2 to 5" of "Players" (bench/unseen27, written blind)
    # a bare figure ("371.3" under "Costs (£k)") or one of millions, not a count of things ("two rainwater tanks…"), nor
    # figures only in brackets after words ("Child (5–16)", a price list's row label: a set written blind's, session 65)
    unbracketed = _AGES_BRACKETED.sub(" ", text)
    figures = text if unbracketed.isspace() or not unbracketed else unbracketed  # an account's "(500)" is one
    return bool(_DIGIT.search(figures) or _LARGE_NUMBER_WORD.search(figures)) and not _COUNTED.match(text, first.start())


# Whose phone number or e-mail address a question asks for by name: "What is Mr Okafor's email address?", "Dr Mulvey's
# phone number"; not a role's ("the welfare officer's phone number"), which names no one.
_NAMED_CONTACT = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w-]*)['’]s\s+(?:[\w-]+\s+)?(?:e-?mail|(?:tele)?phone|mobile|fax)\b")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"})
_ASKING_WORDS = frozenset({"what", "who", "where", "when", "which", "how", "why", "that", "there", "here", "it", "this"})
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def contact_asked_of(question: str, kind: str | None) -> frozenset[str]:
    """The words of the name (but a title) of whoever the question asks a phone number or e-mail address of ("Okafor" of
    "What is Mr Okafor's email address?"); none where it asks no one's by name."""
    asked = _NAMED_CONTACT.search(question) if kind in (PHONE, EMAIL) else None
    # not a question word's "'s": "What's the phone number for … claims people?" asks no one's named "What" (a set
    # written blind's: refused, 100 %)
    name = frozenset(word.lower() for word in _NAME_WORD.findall(asked.group(1))) - _TITLES if asked else frozenset()
    return frozenset() if name & _ASKING_WORDS else name


def someone_else_s_contact(name: frozenset[str], text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a phone number or e-mail address asked of the person `name` (`contact_asked_of`), is not
    theirs: no word of their name is in its paragraph, its own "d.okafor@…" included. A school letterhead's "office@…" is
    no address of Mr Okafor's, a trip leader named below it: the reader had answered it, sure at 0.99 (bench/details'
    unanswerable "What is Mr Okafor's email address?", and "Dr Mulvey's" of a vet's estimate)."""
    if not name:
        return False
    starts, ends = _blank_lines(text)
    before = bisect.bisect_right(ends, start) - 1
    after = bisect.bisect_left(starts, end)
    paragraph = text[ends[before] if before >= 0 else 0:starts[after] if after < len(starts) else len(text)]
    return not name & {word.lower() for word in _NAME_WORD.findall(paragraph)}


@lru_cache(maxsize=8)
def _blank_lines(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each blank line between the article's paragraphs starts, and where each ends: found once an article, not
    once a span weighed."""
    found = list(_BLANK_LINE.finditer(text))
    return tuple(match.start() for match in found), tuple(match.end() for match in found)
