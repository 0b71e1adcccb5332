"""A question's shorthand and everyday words written as documents write them: "car reg" asks for a letter's "Vehicle
registration", "take home pay" for a payslip's "NET PAY", "who okayed the overtime" for who "approved" it. The reader,
taught on questions that reuse their paragraph's words, had refused them (sets written blind). A word is written out only
where no article says it as typed and some article says what it stands for."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import folded

# Each typed word or phrase (small letters), and the words documents write for it: abbreviations of a form's labels, and
# everyday words for a document's own.
IN_FULL = {
    "reg": "registration", "ref": "reference", "tel": "telephone", "addr": "address", "acct": "account",
    "dob": "date of birth", "mgr": "manager", "dept": "department", "qty": "quantity",
    "amt": "amount", "info": "information", "pb": "personal best", "pbs": "personal bests",
    "take home pay": "net pay", "take-home pay": "net pay",
    "okayed": "approved", "ok'd": "approved", "okay'd": "approved",
    "nicked": "stolen", "pinched": "stolen",
}
TYPED = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, IN_FULL), key=len, reverse=True)) + r")(?![\w'’-])",
                   re.IGNORECASE)


@lru_cache(maxsize=8)
def _said(texts: tuple[str, ...]) -> str:
    """The articles' text, folded (index/lexical.py `folded`) and in small letters, one space for each run of spaces."""
    return " ".join(folded(" ".join(texts)).lower().split())


def _says(said: str, words: str) -> bool:
    return re.search(r"(?<![\w'’-])" + re.escape(words) + r"(?![\w'’-])", said) is not None


def in_full(question: str, texts: tuple[str, ...]) -> str:
    """The question with each word or phrase of IN_FULL that no article says written as the articles write it, where one
    does; as typed otherwise ("Who is the info officer?" of a leaflet saying "info")."""
    said = _said(texts)

    def out(typed: re.Match) -> str:
        words = typed[0].lower().replace("’", "'")
        full = IN_FULL[words]
        return full if not _says(said, words) and _says(said, full) else typed[0]

    return TYPED.sub(out, question)
