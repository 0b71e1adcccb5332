"""Dates as documents write them, found by pattern: a web page's date line (index/webpage.py), an article's date line
between its title and its lead (index/openings.py). Kept apart from index/webpage.py so that reading an article's opening
needs no HTML reader loaded."""
from __future__ import annotations

import re

# A date as pages write one ("12 March 2024", "Mar. 12, 2024", "2024-03-12", "12/03/2024").
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
                  r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b", re.IGNORECASE)
# A day's date alone, its year left to the page: "Wed 16 Oct", "Saturday 19 October", "Oct 16"; or days' from one
# to another: "16–18 Oct", "Wed 16 – Fri 18 Oct", "Oct 16–18, 2025", "30 Sept to 2 Oct".
WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s*\d{4})?"
DAY_WITH_MONTH = rf"{WEEKDAY}(?:{DAY}\s*{MONTH}|{MONTH}\s*{DAY}){YEAR}"
TO = r"(?:\s*[-–—]\s*|\s+(?:to|until)\s+)"
DAY_AND_MONTH = re.compile(rf"(?:{WEEKDAY}{DAY}{TO})?{DAY_WITH_MONTH}(?:{TO}(?:{DAY_WITH_MONTH}|{WEEKDAY}{DAY}{YEAR}))?", re.IGNORECASE)
