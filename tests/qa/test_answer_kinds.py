from __future__ import annotations

import pytest

from qa.answer_kinds import (CODE, COUNT, DATE, DISTANCE, EMAIL, LENGTH, MONEY, PHONE, RESULT, SHARE, SPEED, TIME, VERSION, WEIGHT, asked_kind,
                             contact_asked_of, is_of_kind, someone_else_s_contact)


@pytest.mark.parametrize("question, kind", [
    # bench/unseen24 (written blind): what someone would pay, not how
    ("What would a 13-year-old non-member pay for the spring term?", MONEY),
    ("What does a child pay?", MONEY),
    ("What do I pay with?", None),
    ("What does the national insurance pay for?", None),
    ("What is the phone number of the garden's Site Manager?", PHONE),
    ("Which number should parents phone if their child is unwell?", PHONE),
    ("What telephone number should owners call?", PHONE),
    ("What email address should comments be sent to?", EMAIL),
    ("Which e-mail address do I write to?", EMAIL),
    ("Which email should I use, work or personal?", None),
    # terse, naming only what is asked for (sets written blind, sessions 62 and 63: a name had answered the first)
    ("urban ecology module leader email?", EMAIL),
    ("email address for making a claim with hollingworth mutual", EMAIL),
    ("phone number for the employee assistance helpline at pellingford?", PHONE),
    ("open shelves telephone?", PHONE),
    ("Sum up the Corriston office move email", None),  # an e-mail, not its address
    ("Beyoncé was a featured artist on which singer's hit, Telephone?", None),  # SQuAD's
    ("office move email", None),  # not asked: the message may be meant
    ("cheapest phone?", None), ("phone for kids?", None),  # a handset (the code review's)
    ("Email for the launch announcement?", None),
    ("What's the subject line of Priya's office-move email?", None),  # bench/overview's: of the e-mail, or in it
    ("What is the key deadline for having crates packed and sealed in the Dovecote Yard e-mail?", None),
    ("How much does the garden spend on water each year?", MONEY),
    ("How much is a day ticket for a 15-year-old?", MONEY),
    ("How much did the appeal raise?", MONEY),
    ("What is the monthly price of the Max plan?", MONEY),
    ("What’s the rent?", MONEY),
    ("What is the rent Mr Patel pays?", MONEY),
    ("How much is the deposit?", MONEY),
    ("How much is a coffee at the museum café?", MONEY),  # a set written blind's unanswerable: "10:30–15:30" had answered
    ("How much is the Harcourt-Vale Foundation grant?", MONEY),
    ("How much is a serving?", None),
    ("How much is a hygienist appointment in minutes?", None),  # a code review's
    ("How much is the no claims bonus?", None),  # years of it
    ("pulsewell how much to freeze my membership", MONEY),  # as people type (a set written blind's)
    ("corvane air how much back for the food and drink", MONEY),
    ("council tax how much do i save living on my own", MONEY),
    ("How much to add to the flour?", None),
    ("how much weight do I save?", None),
    ("How much money did the appeal raise?", MONEY),
    ("What is Mr Okafor's email address?", EMAIL),
    ("What is the welfare officer's phone number?", PHONE),
    ("What was the starting cost for a 30-second commercial?", MONEY),
    ("On what date will the Planning Committee meet?", DATE),
    ("Which day was the busiest?", DATE),
    ("What time does the Kelsall Summer Fair open?", TIME),
    ("From what time can guests arrive at the cottage?", TIME),
    ("What time on 26 March do the interviews start?", TIME),  # a date between (bench/unseen6)
    ("what time did the booking portal go down on 18 Feb", TIME),
    ("What time does the 07:10 get to the hospital?", TIME),
    ("What time period did the Garamantes arrive in?", None),  # SQuAD's: an era
    ("How many emergency bivvy bags are in stock?", COUNT),
    ("How much is the Kettle Pro?", MONEY),  # a thing by its name: its price (a review's: "1.7 litre" had answered)
    ("How much is the capacity?", None),
    # what it is for the user: its price (bench/unseen28, written blind: the clinic's weight limit had answered)
    ("how much is the jumping clinic at fellside for my 11 year old", MONEY),
    ("brindle skip how much per day if I keep it longer than two weeks", MONEY),
    ("How much is the RAM?", None), ("How much is the VAT?", None), ("How much is Paris?", None),  # the code review's
    ("how many marks is the essay worth?", COUNT),
    ("How many pounds were spent in Europe on HD capable TVs in 2010?", None),  # SQuAD's: "£60 million"
    ("How many US dollars are estimated to have been spent in London by visitors?", None),  # "$20.23 billion"
    ("How many dollars did the ticket cost?", None),
    ("How many thousands was the playground budget?", None),  # "£25,000" (a review's)
    ("How many USD did the firm raise?", None),
    ("In which version were reminder notifications on macOS 14.5 fixed?", VERSION),  # a review's: "2025-11-18"
    ("Which release fixed the login loop?", VERSION),
    ("What version of Python does it need?", VERSION),
    ("Which release date was announced?", None),
    ("Which release notes mention the fix?", None),
    ("League Cup final score?", RESULT),  # bench/news: "twice" (he scored twice in a 3-1 win) had answered it
    ("What was the final score of the game between the Panthers and the Seahawks?", RESULT),  # SQuAD's: "31–24"
    ("What was the score in the final game that Everton won its second FA Cup in?", RESULT),
    ("What was her SAT score?", None),
    ("What was his final score?", None),  # a diver's "512.3"
    ("What score did the film get on Rotten Tomatoes?", None),
    ("After reaching the quarter-finals, to whom did England lose with a final score of 4-2?", None),  # SQuAD's: "Uruguay"
    ("Which goals count to the final score of the game?", None),
    ("By what percentage did migraine days fall in the placebo group?", SHARE),  # bench/news
    ("What proportion of voters backed the plan?", SHARE),
    ("How much per cent of the vote did she win?", SHARE),
    ("What share of the vote did Owen Pryce win?", SHARE),
    ("What % of the vote did Carl Bentley get?", SHARE),
    ("Which share did the fund sell first?", None),  # a company's
    ("What share price did the board accept?", None),
    ("How long was Derek Ainsworth jailed for?", LENGTH),  # bench/news: "61", his age, had answered it
    ("How long is the Computer Science exam?", LENGTH),  # bench/tab-tables: "13:30", its start
    ("How long is the bridge?", LENGTH),
    ("How long ago did Antarctica and Australia split?", None),  # SQuAD's: "around 45 Ma", a time
    ("How long is the route in miles?", None),  # SQuAD's "1.5": the question names the unit
    ("how much does the X200 weigh?", WEIGHT),  # a chat user's: "empty" of "Weight (empty)" had answered (87 %)
    ("How heavy is the tent when packed?", WEIGHT),
    ("What is the weight of the drill?", WEIGHT),
    ("How much does the NES unit weigh in pounds?", None),  # SQuAD's "11.7": the question names the unit
    ("What is the atomic weight of hydrogen?", None),
    ("What is the weight of the elevator cage balanced by?", None),
    ("How heavy is the snowfall in New Haven?", None),  # SQuAD's "moderate"
    ("What does the ruling weigh against?", None),
    # the words say nothing of the answer's kind
    ("When will the Planning Committee meet?", None),  # "after the consultation" may answer it
    # what a question says of a phone number, a price or a date, not what it asks for (a review's, session 46)
    ("What e-mail client do staff use?", None),
    ("What should I do if I forget my email address?", None),
    ("Which form do I use to change my mobile number?", None),
    ("What happens if I change my phone number?", None),
    ("What is the phone number format?", None),
    ("What is the price index that salaries are reviewed against?", None),
    ("What is the rent review date?", None),
    ("What is the fee structure?", None),
    ("What date format must forms use?", None),
    ("Which day trip is cheaper?", None),
    ("How much paid holiday do full-time staff get?", None),
    ("How much notice must the landlord give before the rent is increased?", None),
    ("What is the standard membership price per year?", MONEY),  # a probe's: "month" had answered (0.99)
    ("What does standard membership cost annually?", MONEY),
    ("What did Kerry think cost him the race against Cronin?", None),  # SQuAD's: no money
    ("How much data comes with the monthly subscription?", None),
    ("How many digits did Saint Helena change their phone numbers to?", COUNT),
    ("When did Saint Helena change its phone numbers?", None),
    ("How much annual leave does the job come with?", None),
    ("How much time does the average person spend watching videos?", None),
    ("How much water did the garden use?", None),
    ("What is used to decide a teacher's salary?", None),
    ("What is a cost of nocturnal migration?", None),
    ("What is the price of living in London?", None),
    ("Who sent the email?", None),
])
def test_the_kind_of_answer_a_question_asks_for_is_read_only_where_its_words_say_it(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("text, kind, fits", [
    ("0113 496 0721", PHONE, True),
    ("999", PHONE, True),
    ("(555) 123-4567", PHONE, True),
    ("+44 (0)20 7946 0018", PHONE, True),
    ("Bernard Okoye", PHONE, False),
    ("16:30  Check in at The Namsan Lantern Hotel (2 nights)", PHONE, False),  # a time and a count (a blind set's)
    ("planning@harbridge.gov.uk", EMAIL, True),
    ("planning [at] harbridge.gov.uk", EMAIL, True),
    ("e-mail r.achterberg@cranmore.example", EMAIL, True),
    ("Dr Rosalind Achterberg (e-mail r.achterberg@cranmore.example", EMAIL, False),  # a name beside it (session 63's)
    ("post", EMAIL, False),
    ("6.8 kg", WEIGHT, True), ("19,500-ton", WEIGHT, True), ("empty", WEIGHT, False), ("1.2 metres", WEIGHT, False),
    ("21st", WEIGHT, False), ("1st floor", WEIGHT, False), ("5G", WEIGHT, False), ("200g", WEIGHT, True),  # the code review's
    ("£42,000 to £47,500 per year", MONEY, True),
    ("371.3", MONEY, True),  # a table's figure under "Costs (£k)"
    ("£23.4 million", MONEY, True),
    ("ten pounds", MONEY, True),
    ("a halfpenny", MONEY, True),
    ("fifteen shillings", MONEY, True),  # SQuAD's
    ("US dollars", MONEY, False),  # a currency's name alone: an API user's "What is the price of the Team plan?"
    ("a few pounds", MONEY, True),
    ("millions", MONEY, True),
    ("one percent", MONEY, True),
    ("fifty to one hundred times", MONEY, True),
    ("free", MONEY, True),
    ("step-free", MONEY, False),  # access, not a price (bench/unseen27, written blind)
    ("£1,250 for 7 nights", MONEY, True),
    ("five weeks' rent", MONEY, True),  # sums in money's words, without a currency (a review's)
    ("half price", MONEY, True),
    ("double the adult rate", MONEY, True),
    ("nil", MONEY, True),
    ("a fiver", MONEY, True),
    ("Fees", MONEY, False),  # a heading, for what a garden spends on water
    ("4,000 litres", MONEY, False),
    ("4,000 litres of water, and £20 towards it", MONEY, False),  # the answer's own amount is of water
    ("18-month", MONEY, False),
    ("two rainwater tanks, which together hold 4,000 litres", MONEY, False),
    ("Over three days", MONEY, False),
    ("three", MONEY, False),
    ("largely from the county's Active Travel fund", MONEY, False),
    ("14 March 2025", DATE, True),
    ("Sundays", DATE, True),
    ("the second", DATE, True),
    ("Sat", DATE, True),
    ("Thanksgiving", DATE, True),
    ("24 hours later", DATE, True),
    ("14/03/2025", DATE, True),
    ("5000 BC", DATE, True),
    ("25/00417/FUL", DATE, False),  # a planning application's reference, for when it will be decided
    ("the date", DATE, False),  # the reader's answer to when the committee will meet, which the notice does not say
    ("the market", DATE, False),  # "mar…" is no month
    ("8.15am on the first day", TIME, True),
    ("nine o'clock", TIME, True),
    ("when the last guest leaves", TIME, True),  # right answers of no figure (a review's)
    ("at first light", TIME, True),
    ("sundown", TIME, True),
    ("September", TIME, False),  # the reader's, read after the fair's details, for its opening time (a review's)
    ("Tuesday 21 April", TIME, False),  # a date alone, for when an AGM starts (bench/collection)
    ("Wednesday 26", TIME, False),  # the reader's, of "Wednesday 26 March", for when interviews start (bench/unseen6)
    ("Wednesday 26 March, on site", TIME, False),
    ("2026", TIME, False), ("1768", TIME, False),  # a year alone, or no clock's (bench/reference, bench/facts)
    ("Saturday 10 am", TIME, True), ("Friday 7 pm", TIME, True),  # the session's review
    ("1530", TIME, True),  # a 24-hour time, no year
    ("9.30am on Wednesday 26 March", TIME, True),
    ("Tuesday 21 April at 7.30pm", TIME, True), ("Tuesday evening", TIME, True),
    ("v2.1, 3 March 2024", VERSION, True), ("Tuesday 3 March", VERSION, False),
    ("Bernard Okoye", None, True),
    ("£7.60", COUNT, False),  # the reader's, of a stock sheet's unit price, for how many bivvy bags are in stock
    ("US$ 12", COUNT, False),
    ("12 CAD licences", COUNT, True),  # software's, as "33 EUR pallets" are pallets
    ("34 pairs", COUNT, True),
    ("three marks", COUNT, True),
    ("0", COUNT, True),
    ("between 1 July 2024 and 30 September 2025", COUNT, False),  # when a recalled kettle was sold, for how many were
    ("Tuesday 21 April", COUNT, False),
    ("five in March 2020", COUNT, True),
    ("1,200 between May and July", COUNT, True),
    ("2025-11-18", VERSION, False),  # a release heading's date, for the version that fixed something (a review's)
    ("18 November 2025", VERSION, False),
    ("Nov 18, 2025", VERSION, False),
    ("18/11/2025", VERSION, False),
    ("4.2.0", VERSION, True),
    ("v4.5.2 (2025-04-08)", VERSION, True),
    ("Ubuntu 22.04", VERSION, True),
    ("the November 2025 release", VERSION, True),
    ("the King James Version", VERSION, True),
    ("3-1", RESULT, True),
    ("a 3-1 win over Whitmore City", RESULT, True),
    ("31–24", RESULT, True),
    ("one-nil", RESULT, True),
    ("a goalless draw", RESULT, True),
    ("46 points to 39", RESULT, True),  # a review's
    ("tied 1-all", RESULT, True),
    ("Riverhawks 5, Comets 4", RESULT, True),
    ("12 under par", RESULT, True),  # a golfer's
    ("twice", RESULT, False),
    ("14 goals", RESULT, False),
    ("1987", RESULT, False),
    ("17 per cent", SHARE, True),
    ("a third", SHARE, True),
    ("three out of five", SHARE, True),  # SQuAD's
    ("one-thirteenth", SHARE, True),
    ("824", SHARE, False),  # bench/news: the patients given the drug, for the placebo group's percentage
    ("six months", SHARE, False),
    ("six years and eight months", LENGTH, True),
    ("2h", LENGTH, True),
    ("45 km", LENGTH, True),
    ("1870 to 1939", LENGTH, True),  # SQuAD's
    ("between April 2016 and November 2022", LENGTH, True),
    ("until the end of the season", LENGTH, True),
    ("three matches", LENGTH, True),  # a review's: lengths in what they count, not only units
    ("four digits", LENGTH, True),
    ("90mins", LENGTH, True),
    ("3:42", LENGTH, True),  # a song's
    ("13:30", LENGTH, False),  # a time of day: the exam's start, for how long it is
    ("03:47", LENGTH, True),  # a track's (a review's)
    ("02:05:37", LENGTH, True),  # a marathon's
    ("9.30am", LENGTH, False),
])
def test_a_span_fits_the_kind_asked_for_by_what_it_says(text, kind, fits):
    assert is_of_kind(text, kind) is fits


@pytest.mark.parametrize("text, after, kind, fits", [
    ("17", " per cent of those", SHARE, True),  # SQuAD's answers are often the figure alone, its unit after it
    ("26", " March, on site", TIME, False),  # the reader's, for when interviews start (bench/unseen6)
    ("Monday 9", " am to noon", TIME, True), ("2015", " hours", TIME, True),  # the session's review
    ("9", "am on 26 March", TIME, True),
    ("Approximately 44", "% of graduates", SHARE, True),
    ("14", " patients", SHARE, False),
    ("nine", " of their last 11 matches", SHARE, True),  # a review's
    ("38.5", " | 4,212 |", SHARE, True),  # a table's cell, its column saying "%"
    ("16", " years later", LENGTH, True),
    ("38", " | 3 |", LENGTH, True),  # a table's cell, its column saying "hours" (a review's)
    ("61", ", of Millbrook Lane", LENGTH, False),  # "Derek Ainsworth, 61, of Millbrook Lane": his age
    ("23", "-year-old winger", LENGTH, False),
    ("between 1 July 2024 and 30", " September 2025 by Tamsett's", COUNT, False),  # the reader's span, a date cut
    ("1.7", " litre smart kettle", MONEY, False),  # a figure counting litres is no price (a review's)
    ("89", " | Black, white |", MONEY, True),
    ("£48", "\n- Adult weekend ticket: £95", MONEY, True),  # the next line's "Adult" counts nothing of it (bench/facts)
    ("45", ". Children under 5 go free.", MONEY, True),  # nor the next sentence's "Children" (the session's code review)
    ("between 1 July and 30", " shops", COUNT, True),
    ("12", " may join each activity group", COUNT, True),  # "may" the verb (the session's code review)
])
def test_a_bare_figure_fits_a_share_or_a_length_by_the_unit_after_it(text, after, kind, fits):
    assert is_of_kind(text, kind, after) is fits


@pytest.mark.parametrize("text, kind, column, fits", [
    ("38.5", SHARE, "Share (%)", True),
    ("16", SHARE, "Pct", True),
    ("4,212", SHARE, "Votes", False),  # a review's: "What percentage of the vote did Helen Marsh get?" had been answered so
    ("81", SHARE, "Satisfaction", True),  # a share's figure, its column not named so (a review's)
    ("120%", SHARE, "Growth", True),
    ("45", LENGTH, "Length (min)", True),
    ("35", LENGTH, "Cook", True),  # a column not named a length's is no column of points in time (a review's)
    ("1:32:40", LENGTH, "Elapsed", True),
    ("Monday", LENGTH, "Day", False),  # "How long is Aqua aerobics?", of a timetable
    ("10:00", LENGTH, "Start", False),
    ("45 mins", LENGTH, "Start", True),  # its own words say it
    ("2 to 5", MONEY, "Players", False),  # bench/unseen27 (written blind): what a room costs
    ("85", MONEY, "Per night", True),
    ("18.50", MONEY, "Per person (£)", True),  # a code review's
    ("371.3", MONEY, "Costs (£k)", True),
])
def test_a_table_cell_fits_a_share_or_a_length_by_its_columns_name(text, kind, column, fits):
    assert is_of_kind(text, kind, " |", column) is fits


LETTER = """Oakfield Primary School
Tel: 01454 318 620 | Email: office@oakfieldprimary.sch.uk
Headteacher: Mrs Helen Lambert

Trip leader: Mr Daniel Okafor

Questions about kit go to Ms Priya Shah on 07700 900123.

Yours,
Tom Reid
t.reid@oakfieldprimary.sch.uk
"""


@pytest.mark.parametrize("question, contact, elsewhere", [
    ("What is Mr Okafor's email address?", "office@oakfieldprimary.sch.uk", True),  # the letterhead's, his name lines below
    ("What is Daniel Okafor's phone number?", "01454 318 620", True),
    ("What is Mrs Lambert's email address?", "office@oakfieldprimary.sch.uk", False),  # named in its paragraph
    ("What is Ms Shah's phone number?", "07700 900123", False),
    ("What is Tom Reid's email address?", "t.reid@oakfieldprimary.sch.uk", False),  # a signature's
    ("What is Mr Reid's email?", "t.reid@oakfieldprimary.sch.uk", False),
    ("What is the school's email address?", "office@oakfieldprimary.sch.uk", False),  # no one named
    ("What is the trip leader's phone number?", "01454 318 620", False),  # a role's
    ("When does Mr Okafor's coach leave?", "office@oakfieldprimary.sch.uk", False),  # no contact asked
    ("What's the phone number for the trip?", "01454 318 620", False),  # no one named "What" (a set written blind's)
    ("Who's email address is t.reid@oakfieldprimary.sch.uk?", "t.reid@oakfieldprimary.sch.uk", False),
])
def test_a_contact_asked_of_a_person_by_name_is_one_beside_their_name(question, contact, elsewhere):
    start = LETTER.index(contact)
    assert someone_else_s_contact(contact_asked_of(question, asked_kind(question)), LETTER, start, start + len(contact)) is elsewhere



@pytest.mark.parametrize("before, text, fits", [
    ("The film starts at ", "1930", True),  # a probe's: a clock's four figures
    ("Saturday 14 and Sunday 15 March ", "2026", False),  # a date's year (bench/reference)
    ("It opened in ", "1930", False),
])
def test_four_figures_are_a_time_of_day_after_no_date_s_words(before, text, fits):
    assert is_of_kind(text, TIME, ".", None, before) is fits


@pytest.mark.parametrize("question, kind", [
    ("What is the speed limit on the A417 diversion?", SPEED),  # an API user's: "5 miles" (0.81)
    ("What's the top speed of the Ardent Glide 2 scooter?", SPEED),
    ("How fast can the Ardent Glide 2 scooter go?", SPEED),
    ("How fast did Bolt run the 100 metres?", None),  # a time may say how fast (SQuAD's "9.58 seconds")
    ("How fast do refunds go through?", None),  # a code review's
    ("What was the top speed of the Mallard?", SPEED),
    ("How fast did the economy grow?", None),  # a share's, SQuAD's
    ("What speed does the film have?", None),
    ("At what times will the High Street be closed?", TIME),  # an API user's: the dates had answered
])
def test_a_speed_and_times_of_day_are_asked_for(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("text, after, column, fits", [
    ("5 miles", ".", None, False),
    ("30 mph", "", None, True),
    ("25 km/h", "", None, True),
    ("20mph", "", None, True),  # a code review's: a unit written onto its figure
    ("30km/h", "", None, True),
    ("30 m.p.h.", "", None, True),  # a probe's
    ("15kn", "", None, True),
    ("50 km per hour", "", None, True),
    ("30", " mph on the bypass", None, True),
    ("70", "", "Speed limit", True),
    ("70", "", "Length", False),
    ("1536 KBit/s downstream and 512 KBit/s upstream", "", None, True),  # a line's speed, SQuAD's gold
])
def test_a_speed_says_its_unit(text, after, column, fits):
    assert is_of_kind(text, SPEED, after, column) is fits


@pytest.mark.parametrize("text, fits", [
    ("Child (5–16)", False),  # a price list's row label, its ages in brackets (a set written blind's, session 65)
    ("Adult (18+)", False),
    ("(500)", True),  # an account's figure, bracketed whole
    ("Net loss (500)", True),  # a code review's
    ("Young Person Day (under 19)", False),
    ("1,200 (2019)", True),
    ("£5.50 (Under 5s free)", True),
])
def test_figures_only_in_brackets_after_words_are_no_amount_of_money(text, fits):
    assert is_of_kind(text, MONEY) is fits


@pytest.mark.parametrize("question, kind", [
    ("how far's the pub from brackenfold cottage", DISTANCE),  # a set written blind's: "14:00" (0.75)
    ("How far is the station from the hotel?", DISTANCE),
    ("How far away is Mars?", DISTANCE),
    ("How far back does the history of pubs go?", None),  # SQuAD's: "to Roman taverns"
    ("How far was the Conservative party in debt?", None),  # SQuAD's: "£12 million"
    ("How far did crop prices fall?", None),
    ("How far is Hamilton behind Verstappen in the championship?", None),  # a code review's: "12 points"
    ("How far were Barratt shares down?", None),
    ("How far is it to the beach?", DISTANCE),
    ("How far is the summit?", None),  # from where, it does not say: a height may answer
])
def test_a_distance_is_asked_for(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("text, after, column, fits", [
    ("0.6 miles", "", None, True),
    ("a 3-minute walk", "", None, True),
    ("14:00", "", None, False),
    ("0.6", " miles down the lane", None, True),
    ("0.6", "", "Distance", True),
    ("£4.50", "", None, False),
    ("I'm late", "", None, False),  # a code review's: "m" alone, "au" of "AU$", "Mr Ride"
    ("AU$ 4", "", None, False),
    ("Mr Ride", "", None, False),
    ("two miles", "", None, True),
    ("next door to the bakery", "", None, True),
])
def test_a_distance_says_its_unit_or_how_it_is_gone(text, after, column, fits):
    assert is_of_kind(text, DISTANCE, after, column) is fits


@pytest.mark.parametrize("question, text, fits", [  # bench/unseen16 (written blind): "WINTER10, 10% off" had answered
    ("What discount code was used on order LL-408817?", "WINTER10", True),
    ("What discount code was used on order LL-408817?", "WINTER10, 10% off", False),
    ("starbench promo code", "LANTERN15", True),
    ("What voucher code do I use?", "SAVE", True),
    ("What voucher code do I use?", "the code", False),
    ("Which discount code gives 15% off?", "TeaTime", True),  # a code review's: a capital inside
    ("Which discount code gives 15% off?", "Voucher", False),
])
def test_an_offer_s_code_is_asked_for_and_is_one_word(question, text, fits):
    assert asked_kind(question) == CODE and is_of_kind(text, CODE) is fits


@pytest.mark.parametrize("question", [
    "What is the dress code?", "What is the postcode?", "What is my tax code?",
    # a code review's: what a code gives, when it ends, whether there is one
    "What does the discount code give?", "When does the discount code expire?", "Is there a discount code for tea?",
])
def test_a_question_about_an_offer_s_code_or_a_dress_code_asks_for_no_code(question):
    assert asked_kind(question) != CODE


@pytest.mark.parametrize("text, fits", [
    ("18:30", False),  # the welcome dinner's time had answered what it costs (bench/sections2's unanswerable)
    ("10:30–15:30", False),
    ("£18.30", True),
    ("9.30", True),  # a bare figure may be money
    ("£12 (from 18:30)", True),
    ("1 to 3 months", False),  # a range of another unit (a set written blind's)
    ("10–15 minutes", False),
    ("£10–15", True),
])
def test_a_time_of_day_or_a_range_of_another_unit_is_no_amount_of_money(text, fits):
    assert is_of_kind(text, MONEY) is fits


def test_a_range_its_sentence_goes_on_to_count_in_another_unit_is_no_amount_of_money():
    # bench/unseen28 (written blind): "20 and 40" of "Roll-on roll-off containers (20 and 40 yard)" had answered a charge
    assert not is_of_kind("20 and 40", MONEY, " yard) are available for commercial customers")
    assert is_of_kind("20 and 40", MONEY, ", depending on the day")


def test_a_sum_of_money_is_no_phone_number():
    # bench/collection2's unanswerable "What's the phone number for Penhallow Property Lettings?": "$1,100" had answered
    assert not is_of_kind("$1,100", PHONE) and is_of_kind("01632 960405", PHONE) and is_of_kind("999", PHONE)
