import pytest

from qa.acronyms import spelt_out

RESULTS = ("Chief financial officer Daniel Ferreira said the loan was repaid. The company expects operating profit to rise. "
           "The chief operating officer, Ben Day, joined in 2020.",)
HEALTH = ("The National Health Service was founded in 1948. Rocky Boiman scored twice. Read the Plain Language Summary.",)


@pytest.mark.parametrize("texts, question, meant", [
    (RESULTS, "Who is the CFO?", "Who is the chief financial officer?"),  # a chat user's: refused at 100 %
    (RESULTS, "who is the cfo", "who is the chief financial officer"),  # typed in small letters
    (RESULTS, "Who is the COO?", "Who is the chief operating officer?"),  # "coo" is an English word, but not in capitals
    (RESULTS, "What did the CEO say?", "What did the CEO say?"),  # "company expects operating" stands for nothing
    (("Chief executive Marguerite Osei said so.",), "Who is the CEO?", "Who is the chief executive?"),  # "officer" unsaid
    (("The chief financial adviser said so.",), "Who is the CFO?", "Who is the CFO?"),  # "financial" names no role
    (RESULTS, "WHO IS THE CFO?", "WHO IS THE chief financial officer?"),  # "IS" of a question in capitals is a word
    (HEALTH, "When was the NHS founded?", "When was the NHS founded?"),  # a name's words stand for no acronym here
    (("Read the Frequently Asked Questions.",), "What is the FAQ for?", "What is the FAQ for?"),  # (a set's overview)
    (("The Harbour Trust Council met.",), "When did the HTC meet?", "When did the Harbour Trust Council meet?"),  # a body's
    (HEALTH, "How many did RB score?", "How many did RB score?"),  # nor a person's (SQuAD's running back)
    (HEALTH, "summary pls", "summary pls"),
    (HEALTH + ("The NHS is free.",), "When was the NHS founded?", "When was the NHS founded?"),  # said by an article
    (("Chief financial officer Ann Lee. The chief finance officer post is new.",), "Who is the CFO?", "Who is the CFO?"),  # two runs
    (("Our Chief Financial Officer, Ann Lee, said the chief financial officer's role grew.",), "Who is the CFO?",
     "Who is the chief financial officer?"),  # one run however cased (the review's)
    (RESULTS, "What is the CFO's name?", "What is the chief financial officer's name?"),  # a possessive (a probe's)
])
def test_an_acronym_the_articles_do_not_say_is_spelt_out_as_they_write_what_it_stands_for(texts, question, meant):
    assert spelt_out(question, texts) == meant
