"""Who wrote an article, where it says so: its byline, the line near its start that names who wrote it ("By Eilidh
Brannigan, What's On editor · 15 October 2024"), or a letter's or e-mail's signature, the name under its closing words
("Yours sincerely," over "Mrs Eleanor Pask"). A question about its author is read with it (qa/assistant.py): no passage
about anything else says who wrote it, and search ranked the byline's passage low for "Who wrote the article?" (r21 and
r22 audits' news pages, whose every passage names the teams or the town), as it ranked a school's letter's sign-off
below the minutes of a meeting that wrote a letter (a set written blind, session 61)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import search_words

BYLINE_REACH = 2000  # how far into the text a byline may be: under the title and standfirst
NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|di|le|la|du|al|bin|ibn)[ \t]+)*[A-Z][\w.'’-]*){1,3}"
# "By" and one or more names ("and" between two), then the line's end or what a byline goes on with after a name:
# a comma, a middle dot, a bar or a dash ("By Rhiannon Gatward, at The Maltings · Saturday 8 March 2025"). Not a
# sentence opening with "By": "By Friday the talks had stalled." names no one.
BYLINE = re.compile(rf"^[ \t]*By[ \t]+(?P<names>{NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){NAME})*)[ \t]*(?:$|[,·|•–—])",
                    re.MULTILINE)


# A letter's or an e-mail's closing words on a line of their own: "Yours sincerely,", "Kind regards,", "Best wishes"; a
# word of them alone with its comma ("Best,", "Thanks,"): "Thanks" over an e-mail's quoted reply, or "Best" over a
# business's name, closes nothing signed (the session's code review).
VALEDICTION = re.compile(r"^[ \t]*(?:(?:yours[ \t]+(?:sincerely|faithfully|truly|ever)|sincerely(?:[ \t]+yours)?|"
                         r"(?:with[ \t]+)?(?:kind|kindest|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|"
                         r"thank[ \t]+you|all[ \t]+the[ \t]+best)[ \t]*[,.!]?|(?:best|cheers|thanks|faithfully|respectfully),)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Cllr|Sir|Dame)\.?[ \t]+)?"
NAME_WORD = r"(?!(?:On|The|This|That|We|Our|In|At|From|To|Sent)\b)[A-Z][\w.'’-]*"  # not "On Mon, 3 Mar… wrote:"
# What may follow a name on its line: a role after a comma or a dash, or in brackets ("Dana Whitlock, Practice Manager",
# "Mrs E. Pask (Headteacher)"); no date, address or "wrote:" of a quoted reply's header.
ROLE = r"(?:(?:,|[ \t]+[-–—])[ \t]*[^\n\d@]*|[ \t]*\([^\n\d@()]*\))?"
# The name signing it off, on the next line but blank ones (room for a pen's); one word will do under closing words
# ("Cheers,\nSam").
SIGNATURE = re.compile(rf"(?:[ \t]*\r?\n){{1,4}}[ \t]*(?P<name>{TITLE}{NAME_WORD}(?:[ \t]+[A-Z][\w.'’-]*){{0,3}})[ \t]*{ROLE}"
                       r"[ \t]*(?:\r?\n|$)")


# Whom a letter or an e-mail is to: its salutation's or its header's names ("Dear Mrs Okonkwo-Hart", "To: Imogen Catterall"),
# under a letterhead, addresses and references at most ADDRESSEE_REACH into it.
ADDRESSEE = re.compile(r"^[ \t]*(?:dear|to:)[ \t]+([^\n,<]+)", re.IGNORECASE | re.MULTILINE)
ADDRESSEE_REACH = 2000
SIGNATURE_BLOCK = 200  # how far under a first name signing off the full name may be ("Thanks,\nPriya\n\n--\nPriya Delacorte")


@lru_cache(maxsize=64)  # a whole text's closing words are looked for at each question about who wrote it
def signature(text: str) -> tuple[int, int] | None:
    """[start, end) in `text` of the name under its first closing words that a name follows, or None where none does; a
    first name alone, its full name where a line under it is it ("Sam Smith", not "Sam Smith Ltd is registered…")."""
    for closing in VALEDICTION.finditer(text):
        if found := SIGNATURE.match(text, closing.end()):
            name = found.group("name")
            full = re.search(rf"^[ \t]*({re.escape(name)}(?:[ \t]+[A-Z][\w.'’-]*){{1,3}}){ROLE}[ \t]*$",
                             text[found.end():found.end() + SIGNATURE_BLOCK], re.MULTILINE)
            if " " not in name and full:
                return found.end() + full.start(1), found.end() + full.end(1)
            return found.span("name")
    return None


def addressed(text: str) -> frozenset[str]:
    """The search words of whom a letter or an e-mail in `text` is to (ADDRESSEE); none for another text."""
    return frozenset(search_words(" ".join(ADDRESSEE.findall(text, 0, ADDRESSEE_REACH))))


def writer(text: str, signed: bool = False) -> tuple[int, int] | None:
    """[start, end) in `text` of the names of who wrote it: its byline's, or its signature's where `signed` (asked who
    signed or sent a letter, whose writer is no reporter of a story about it; or who wrote articles none of which has a
    byline)."""
    return signature(text) if signed else byline(text)


def byline(text: str) -> tuple[int, int] | None:
    """[start, end) in `text` of the names its byline gives, or None where it has none."""
    match = BYLINE.search(text, 0, BYLINE_REACH)
    return match.span("names") if match else None
