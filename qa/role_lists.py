"""Who holds a role a "who's who" list gives its people as "- **Harriet Lowther-Page** – proprietor and head instructor",
"- Ciaran Felgate – instructor (jumping and teenage groups)": "Who is the head instructor?" had been answered "Ciaran
Felgate" (0.96), whose line says "instructor" alone (bench/unseen28, written blind). A name on such a line answers only
where its role says every word of the role asked, if another line's does."""
from __future__ import annotations

import re

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from index.tables import line_start

# a list item opening with a name (bold or not), then a dash and its role
NAME_AND_ROLE = re.compile(r"^[ \t]*[-*•][ \t]+(\*\*|__)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})\1?"
                           r"[ \t]*[–—-][ \t]+(?P<role>[^\n]+)$", re.MULTILINE)
# "Who is the head instructor at Fellside?", "who's the yard manager": the role up to where its place is said
# or what the role does: "Who photographs the newborns at Foxglove Lane?" of "Tobias Marchetti — newborn and baby photographer"
# (bench/unseen29, written blind: the studio manager had answered, 0.99)
ROLE_ASKED = re.compile(r"^\W*who(?:(?:['’]s|\s+is|\s+was)\s+(?:the|your|our)\s+|\s+(?=(?!(?:is|was|are|were|has|does|says)\b)[a-z]+s\s))"
                        r"(?P<role>[\w'’ -]+?)(?:\s+(?:at|of|for|in|on)\b.*)?\s*\??\s*$", re.IGNORECASE)


def of_another_role(question: str, text: str, at: int) -> bool:
    """Whether text[at] is on a list's line of a name and a role (`NAME_AND_ROLE`) not saying every word of the role the
    question asks who holds (`ROLE_ASKED`), where another line of the text does."""
    asked = ROLE_ASKED.match(question)
    if asked is None:
        return False
    role = frozenset(search_words(asked["role"])) - FUNCTION_WORDS
    lines = {item.start(): frozenset(search_words(item["role"])) for item in NAME_AND_ROLE.finditer(text)}
    here = lines.get(line_start(text, at))
    return bool(role) and here is not None and not role <= here \
        and any(role <= said for start, said in lines.items() if start != line_start(text, at))
