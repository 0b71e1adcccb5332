"""The end of a time range a question asks for: "What time does the surgery close on Saturdays?" is answered "13:00" of
"Saturday: 09:00–13:00", which the reader gives whole (bench/unseen10, written blind); "What time does the workshop
start?" "15:15" of "15:15–16:30"; "When does the season end?" "Sunday 1 November 2026" of a range of days. A question
asking for hours ("What are the opening hours?", "When is it open?") is given the range."""
from __future__ import annotations

import re

from index.dates import DAY_WITH_MONTH

TIME = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])[:.][0-5]\d"
# one range of times of day: "09:00–13:00", "9am to 5pm", "12:00 until 14:30"; not a date's "12.05–18.07.2025"
RANGE = re.compile(rf"(?<![\w:.])({TIME})\s*(?:–|—|-|to|until|till)\s*({TIME})(?![\w:]|\.\d)", re.IGNORECASE)
ANY_TIME = re.compile(rf"(?<![\w:.])(?:{TIME})(?![\w:]|\.\d)", re.IGNORECASE)
# one range of days, each with its month (index/dates.py): "Saturday 28 March to Sunday 1 November 2026" (bench/unseen27,
# written blind: asked when a season ends)
DAY_RANGE = re.compile(rf"(?<!\w)({DAY_WITH_MONTH})\s*(?:–|—|-|to|until|till)\s*({DAY_WITH_MONTH})(?!\w)", re.IGNORECASE)
ANY_DAY = re.compile(rf"(?<!\w){DAY_WITH_MONTH}(?!\w)", re.IGNORECASE)
ASKS_TIME = re.compile(r"\b(?:what|which)\s+time\b|\bwhen\b", re.IGNORECASE)
# the question's verb in small letters, not a word of a name ("the Stop and Chat group") or of a compound ("end-of-term")
CLOSING = re.compile(r"(?<![\w-])(?:close|closes|closing|shut|shuts|finish|finishes|end|ends|stop|stops|open\s+(?:until|till|to))(?![\w-])")
OPENING = re.compile(r"(?<![\w-])(?:open|opens|start|starts|begin|begins)(?![\w-])(?!\s+(?:until|till|to)\b)")
# asks for hours: "opening hours", "When is the pool open?" (open, not opening)
HOURS = re.compile(r"\b(?:hours|times|how long|from when)\b|\b(?:is|are|was|were|be)\b[^?]*\bopen\b(?!\s+(?:until|till|to)\b)",
                   re.IGNORECASE)


def end_asked(question: str, text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the time of day the question asks for, where the answer text[start:end] holds one range of times
    and the question asks what time something closes (its end) or opens (its start); else the answer as it is."""
    if not ASKS_TIME.search(question) or HOURS.search(question):
        return start, end
    closing, opening = CLOSING.search(question), OPENING.search(question)
    if bool(closing) == bool(opening):
        return start, end
    # one range and no other time ("closes at 17:00; late opening 17:00-20:00" says which it asks for otherwise), or of days
    for ranges, one in ((RANGE, ANY_TIME), (DAY_RANGE, ANY_DAY)):
        found = list(ranges.finditer(text, start, end))
        if len(found) == 1 and len(one.findall(text, start, end)) == 2:
            return found[0].span(2 if closing else 1)
    return start, end
