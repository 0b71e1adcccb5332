"""Word documents (.docx): paragraphs, list items and table rows one to a line, in document order;
page headers and footers once at the end; a clear refusal, naming the file, of what cannot be read."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from index import word, word_numbering
from index.articles import ArticleError, load_article, parse_article
from index.tables import column_names


def write_docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def news(document) -> None:
    document.sections[0].header.paragraphs[0].text = "The Daily Record - World news"
    document.sections[0].footer.paragraphs[0].text = "Confidential draft"
    document.add_heading("Talks to resume in Geneva", level=1)
    document.add_paragraph("The envoy,   Albert Khorev, told reporters\tin Islamabad on Tuesday.")
    document.add_paragraph("")
    document.add_paragraph("Exchange of 1,000 prisoners", style="List Bullet")
    document.add_paragraph("A joint working group", style="List Number")
    document.add_paragraph("A ceasefire", style="List Number")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Round", "City", "Month"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Next", "Geneva", "March"]):
        cell.text = text
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Talks adjourned"
    document.add_paragraph("The next round of talks will be held in Geneva in March.")


def test_a_word_document_becomes_its_paragraphs_lists_and_tables_in_order():
    article = parse_article("talks.docx", write_docx(news))
    assert article.name == "talks.docx"
    assert article.text.splitlines() == [
        "Talks to resume in Geneva",
        "The envoy, Albert Khorev, told reporters in Islamabad on Tuesday.",
        "- Exchange of 1,000 prisoners",
        "1. A joint working group",  # a numbered list's items numbered
        "2. A ceasefire",
        "",  # else Markdown reads the table as more of the list item
        "| Round | City | Month |",  # a table under a header row is a Markdown table
        "| --- | --- | --- |",
        "| Next | Geneva | March |",
        "",  # else Markdown reads the next table's rows as more of this one
        "| Talks adjourned |",  # a merged cell once, not once per column
        "The next round of talks will be held in Geneva in March.",
        "",
        "The Daily Record - World news",  # the page header and footer, once each, last: they had been left out
        "",
        "Confidential draft",
    ]
    assert named_cells(article.text) == [("Round", "Next"), ("City", "Geneva"), ("Month", "March")]


def test_a_word_document_s_heading_styles_mark_its_headings_in_a_layout_table_s_cells_too():
    def stacked(document) -> None:
        document.add_heading("Taxi licences", level=0)  # Word's "Title"
        document.add_heading("Checks you need", level=2)
        document.add_heading("Criminal record check", level=3)
        document.add_paragraph("You must get an enhanced DBS check.")
        layout = document.add_table(rows=1, cols=2)  # a CV's two columns
        layout.cell(0, 0).paragraphs[0].style = document.styles["Heading 2"]
        layout.cell(0, 0).paragraphs[0].text = "Skills"
        for line in ("Python", "SQL", "Welsh", "Driving", "First aid", "Typing"):
            layout.cell(0, 0).add_paragraph(line)
        layout.cell(0, 1).text = "Kendal, 2019"

    article = parse_article("licence.docx", write_docx(stacked))
    assert article.headings == {"Taxi licences", "Checks you need", "Criminal record check", "Skills"}
    assert {"Skills", "Python"} <= set(article.text.splitlines())
    assert word.read_word(write_docx(news))[1] == {"Talks to resume in Geneva"}


def test_header_and_footer_lines_come_once_but_page_numbers_and_lines_the_story_holds():
    def memo(document) -> None:
        document.sections[0].header.paragraphs[0].text = "Grants memo"
        document.sections[0].footer.paragraphs[0].text = "Ref. RAC-2024-117"
        document.sections[0].footer.add_paragraph("Page 1 of 3")
        document.sections[0].footer.add_paragraph("Grants Office · Page 1")  # its page number beside words (r10 audit)
        document.sections[0].footer.add_paragraph("Marrowby Council\tPage 1 of 3")  # after a tab (r12 audit)
        document.sections[0].footer.add_paragraph("Form AST-2025/4 · Page")  # a field with no number laid out (r18 audit)
        document.sections[0].footer.add_paragraph("See our home page")
        document.add_paragraph("Grants memo")
        document.add_paragraph("The board approved three grants.")
        document.add_section()  # its header and footer are linked to the first's: written once
        document.add_paragraph("The next review is in June.")

    assert parse_article("memo.docx", write_docx(memo)).text.splitlines() == [
        "Grants memo", "The board approved three grants.", "The next review is in June.", "", "Ref. RAC-2024-117", "Grants Office", "Marrowby Council",
        "Form AST-2025/4", "See our home page"]


def test_a_footer_saying_only_what_the_header_said_is_not_written_again():
    def letter(document) -> None:
        document.sections[0].header.paragraphs[0].text = "Acme Ltd"
        document.sections[0].header.add_paragraph("Ref 2024/17")
        document.sections[0].footer.paragraphs[0].text = "Acme Ltd"
        document.add_paragraph("The board approved the plan.")

    assert parse_article("letter.docx", write_docx(letter)).text.splitlines() == [
        "The board approved the plan.", "", "Acme Ltd", "Ref 2024/17"]


def test_a_table_in_a_page_header_stays_a_table_and_footer_text_does_not_run_into_it():
    def report(document) -> None:
        from docx.shared import Inches

        table = document.sections[0].header.add_table(rows=2, cols=3, width=Inches(6))
        for row, texts in zip(table.rows, [["Client", "Project", "Reference"], ["Harbour Trust", "Pier survey", "HT-7"]]):
            for cell, text in zip(row.cells, texts):
                cell.text = text
        document.sections[0].footer.paragraphs[0].text = "- 2 -"  # a page number, as a footer's field shows it
        document.sections[0].footer.add_paragraph("This document is confidential.")
        add_table(document, [["Site", "Depth", "Date"], ["North pier", "4 m", "March"]])

    lines = parse_article("report.docx", write_docx(report)).text.splitlines()
    # The header's delimiter row had been dropped as a line the story holds, and the footer's sentence read as a row.
    assert lines[lines.index("| Client | Project | Reference |"):] == [
        "| Client | Project | Reference |", "| --- | --- | --- |", "| Harbour Trust | Pier survey | HT-7 |", "",
        "This document is confidential."]


def xml(fragment: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(fragment.replace(">", f' {nsdecls("w", "wp", "a", "m")} xmlns:wps="{WPS}" xmlns:mc="{MC}">', 1))


WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def edited(document) -> None:
    """Text that python-docx's paragraphs and cells do not show: Word's tracked changes, content
    controls, fields, text boxes, nested tables and line breaks."""
    paragraph = document.add_paragraph("The dinner will be held at the ")
    paragraph._p.append(xml('<w:ins w:id="1" w:author="A"><w:r><w:t>Grand Hotel</w:t></w:r></w:ins>'))
    paragraph._p.append(xml('<w:del w:id="2" w:author="A"><w:r><w:delText> Old Inn</w:delText></w:r></w:del>'))
    paragraph.add_run(" on 7 December.")
    body = document.element.body
    body.insert(len(body) - 1, xml('<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>The treasurer is Gareth Lowe.</w:t>'
                                   '</w:r></w:p></w:sdtContent></w:sdt>'))
    paragraph = document.add_paragraph("The captain is ")
    paragraph._p.append(xml('<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Hannah Price</w:t></w:r></w:sdtContent></w:sdt>'))
    paragraph._p.append(xml('<w:r><w:t>, approved by </w:t></w:r>'))
    paragraph._p.append(xml('<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>Helena Strand</w:t></w:r></w:fldSimple>'))
    for run in ['<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:instrText> HYPERLINK "https://x.org" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r><w:t> on the minutes page</w:t></w:r>',
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>']:
        paragraph._p.append(xml(run))
    paragraph = document.add_paragraph("Records are kept.")
    box = '<w:txbxContent><w:p><w:r><w:t>The club record is 5:31.</w:t></w:r></w:p></w:txbxContent>'
    paragraph._p.append(xml(f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData>'
                            f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
                            f'</mc:Choice><mc:Fallback><w:pict><w:textbox>{box}</w:textbox></w:pict></mc:Fallback>'
                            '</mc:AlternateContent></w:r>'))
    paragraph = document.add_paragraph("Head coach: Ruth Adeyemi")
    paragraph.add_run().add_break()
    paragraph.add_run("Assistant coach: Tom Hale")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Sponsors"
    nested = table.cell(0, 1).add_table(rows=2, cols=1)
    nested.cell(0, 0).text, nested.cell(1, 0).text = "Harbour Bank", "Mill | Lane"


def test_a_word_document_s_tracked_insertions_content_controls_fields_text_boxes_and_nested_tables_are_read():
    assert parse_article("club.docx", write_docx(edited)).text.splitlines() == [
        "The dinner will be held at the Grand Hotel on 7 December.",  # not the text deleted
        "The treasurer is Gareth Lowe.",
        "The captain is Hannah Price, approved by Helena Strand on the minutes page",  # no field code
        "Records are kept.",
        "The club record is 5:31.",  # once: not again from the copy for older readers
        "Head coach: Ruth Adeyemi",  # a line break (Shift+Enter) is a line end
        "Assistant coach: Tom Hale",
        "| Sponsors | Harbour Bank; Mill \\| Lane |",
    ]


def test_a_raised_number_is_not_run_into_the_one_before_it_and_a_raised_ordinal_is_written_as_typed():
    def build(document):
        paragraph = document.add_paragraph("The boathouse was renovated in 2019")
        paragraph.add_run("1 ").font.superscript = True  # a space after it
        paragraph.add_run("for 10")
        paragraph.add_run("1").font.superscript = True
        paragraph._p.append(xml('<w:proofErr w:type="spellStart"></w:proofErr>'))  # no text between them
        paragraph.add_run("2").font.superscript = True  # one number over two runs
        paragraph.add_run(" ")
        paragraph.add_run(" pounds on the 1")
        paragraph.add_run("st").font.superscript = True
        paragraph.add_run(" of May.")

    assert parse_article("club.docx", write_docx(build)).text == "The boathouse was renovated in 2019^1 for 10^12 pounds on the 1st of May."

    def lowered(document):  # a lowered number in lowered digits, as a web page's <sub>: "CO2" had read as another word
        paragraph = document.add_paragraph("Emissions of CO")
        paragraph.add_run("2").font.subscript = True
        paragraph.add_run(" fell; Q")
        paragraph.add_run("gas").font.subscript = True
        paragraph.add_run(" is gas saved.")

    assert parse_article("co2.docx", write_docx(lowered)).text == "Emissions of CO₂ fell; Qgas is gas saved."


def test_placeholders_ruby_readings_and_page_breaks_are_no_text_and_rows_in_content_controls_are_rows():
    def build(document):
        paragraph = document.add_paragraph("The captain is ")
        paragraph._p.append(xml('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter '
                                'text.</w:t></w:r></w:sdtContent></w:sdt>'))
        paragraph._p.append(xml('<w:r><w:t xml:space="preserve"> and the kanji is </w:t></w:r>'))
        paragraph._p.append(xml('<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>かんじ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>漢字'
                                '</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
        paragraph._p.append(xml('<w:r><w:t xml:space="preserve">, said the page</w:t><w:br w:type="page"/><w:t>over.</w:t></w:r>'))
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells + table.rows[1].cells, ["City", "Staff", "Region", "Porto", "75", "North"]):
            cell.text = text
        row = table.rows[1]._tr
        section, item = xml("<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>"), xml("<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>")
        row.addprevious(section)
        section[1].append(item)
        item[1].append(row)  # a repeating section's item's row, as Word nests them

    text = parse_article("club.docx", write_docx(build)).text
    assert text.splitlines() == ["The captain is and the kanji is 漢字, said the page over.", "",
                                 "| City | Staff | Region |", "| --- | --- | --- |", "| Porto | 75 | North |"]


def math(*parts: str) -> str:
    """Office Math runs, each part's text in one (`m:r`), or a part as it is where it is markup already."""
    return "".join(part if part.startswith("<") else f"<m:r><m:t>{part}</m:t></m:r>" for part in parts)


def test_an_equation_is_read_as_its_text_and_a_display_equation_as_a_line_of_its_own():
    # An audit's report had "Savings are measured as , the share…", and its display equation not at all.
    def build(document):
        paragraph = document.add_paragraph("Savings are measured as ")
        fraction = f'<m:f><m:fPr/><m:num>{math("kWh saved")}</m:num><m:den>{math("kWh baseline")}</m:den></m:f>'
        paragraph._p.append(xml(f'<m:oMath>{math("S", "=", fraction)}</m:oMath>'))
        paragraph.add_run(", the share of consumption avoided.")
        document.add_paragraph()._p.append(xml(
            f'<m:oMathPara><m:oMathParaPr/><m:oMath>{math("E", "=", "0.233", "×")}<m:sSub><m:sSubPr/><m:e>{math("Q")}</m:e>'
            f'<m:sub>{math("gas")}</m:sub></m:sSub></m:oMath></m:oMathPara>'))
        paragraph = document.add_paragraph("The estimate is ")
        paragraph._p.append(xml(  # brackets (m:d) are no text of their runs; a script of digits is raised
            f'<m:oMath>{math("m", "=")}<m:f><m:num><m:sSup><m:e><m:d><m:dPr/><m:e>{math("a", "+", "b")}</m:e></m:d></m:e>'
            f'<m:sup>{math("2")}</m:sup></m:sSup></m:num><m:den>{math("n", "−", "1")}</m:den></m:f>{math("+")}<m:sSubSup>'
            f'<m:e>{math("x")}</m:e><m:sub>{math("1")}</m:sub><m:sup>{math("k", "+", "j")}</m:sup></m:sSubSup></m:oMath>'))
        paragraph.add_run(" in all.")

    assert parse_article("report.docx", write_docx(build)).text.splitlines() == [
        "Savings are measured as S = kWh saved / kWh baseline, the share of consumption avoided.",
        "E = 0.233 × Q_gas",
        "The estimate is m = (a + b)² / (n − 1) + x₁^(k + j) in all."]


def test_hidden_text_is_left_out():
    # An audit's report had "The steering group met monthly every six weeks", where Word shows "met every six weeks".
    def build(document):
        paragraph = document.add_paragraph("The steering group met ")
        paragraph._p.append(xml('<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">monthly </w:t></w:r>'))
        paragraph._p.append(xml('<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>every six weeks</w:t></w:r>'))  # shown
        paragraph._p.append(xml('<w:r><w:rPr><w:vanish w:val="1"/></w:rPr><w:t> or so</w:t></w:r>'))
        paragraph.add_run(".")

    assert parse_article("report.docx", write_docx(build)).text == "The steering group met every six weeks."


def test_a_symbol_is_read_as_its_character():
    # An audit's report had "an annual income £31,000", where Word shows "an annual income ≤ £31,000" (Symbol's F0A3).
    def build(document):
        for font, code, text in [("Symbol", "F0A3", " £31,000 a year"), ("Symbol", "F061", "-particles"),
                                 ("Wingdings", "F0FC", " All passed"), ("Wingdings", "F041", " Victory"),  # no character: left out
                                 ("Arial", "2013", " the end"), ("Arial", "F0A3", " its own")]:  # a font's private code: no character
            paragraph = document.add_paragraph()
            paragraph._p.append(xml(f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'))
            paragraph.add_run(text)

    assert parse_article("report.docx", write_docx(build)).text.splitlines() == [
        "≤ £31,000 a year", "α-particles", "✓ All passed", "Victory", "– the end", "its own"]


def test_a_drop_cap_is_the_first_letter_of_the_paragraph_after_it():
    # An audit's report had "T" and "he Warm Homes Pilot began…" as lines of their own.
    def build(document):
        for text, frame in [("T", '<w:framePr w:dropCap="drop" w:lines="3" w:wrap="around"></w:framePr>'), ("he pilot began in April.", ""),
                            ("Its aim was to cut bills.", '<w:framePr w:wrap="around"></w:framePr>'),  # a frame, no drop cap: a paragraph
                            ("W", '<w:framePr w:dropCap="margin"></w:framePr>'), ("inter came early.", "")]:
            paragraph = document.add_paragraph(text)
            if frame:
                paragraph._p.get_or_add_pPr().append(xml(frame))

    assert parse_article("report.docx", write_docx(build)).text.splitlines() == [
        "The pilot began in April.", "Its aim was to cut bills.", "Winter came early."]


def with_notes(docx_bytes: bytes, kind: str, notes: list[str]) -> bytes:
    """`docx_bytes` with a part of footnotes or endnotes (`kind`), whose notes' texts are `notes`."""
    tag = kind[:-1]
    part = (f'<w:{kind} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            + "".join(f'<w:{tag} w:id="{number}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t>'
                      f'</w:r></w:p></w:{tag}>' for number, note in enumerate(notes, 1))
            + f"</w:{kind}>")
    saved, written = zipfile.ZipFile(io.BytesIO(docx_bytes)), io.BytesIO()
    with zipfile.ZipFile(written, "w") as archive:
        for item in saved.infolist():
            data = saved.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/word/{kind}.xml" ContentType="application/'
                                    f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>'.encode())
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats'
                                    f'.org/officeDocument/2006/relationships/{kind}" Target="{kind}.xml"/></Relationships>'.encode())
            archive.writestr(item, data)
        archive.writestr(f"word/{kind}.xml", part)
    return written.getvalue()


def test_a_word_document_s_footnotes_are_read_after_its_text():
    def build(document):
        paragraph = document.add_paragraph("The move followed a safety review")
        paragraph._p.append(xml('<w:r><w:footnoteReference w:id="1"/></w:r>'))
        paragraph.add_run(" by the county.")

    docx_bytes = with_notes(write_docx(build), "footnotes", ["Carried out by Samuel Okafor."])
    assert parse_article("review.docx", docx_bytes).text.splitlines() == [
        "The move followed a safety review[1] by the county.", "", "[1] Carried out by Samuel Okafor."]  # its mark in the text too


def test_a_table_of_contents_is_left_out():
    # Its entries repeat the headings with Word's last page count, and took reading places from the sections (r11 audit).
    def build(document):
        from docx.enum.style import WD_STYLE_TYPE

        for name in ("toc 1", "toc 2"):  # "TOC Heading" is the template's
            document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph("Feasibility study")
        document.add_paragraph("Contents", style="TOC Heading")
        document.add_paragraph("1. Summary\t3", style="toc 1")
        document.add_paragraph("1.1. Site\t4", style="toc 2")
        document.add_paragraph("1. Summary", style="Heading 1")
        document.add_paragraph("The farm would power 1,750 homes.")

    assert parse_article("study.docx", write_docx(build)).text.splitlines() == [
        "Feasibility study", "1. Summary", "The farm would power 1,750 homes."]


def test_a_word_document_with_notes_and_no_settings_is_read():
    # Settings are optional (a converter's file lacks them): reading them made a part while the parts were
    # looped over, and the error refused every article loaded with the file (r11 audit).
    def build(document):
        paragraph = document.add_paragraph("The move followed a safety review")
        paragraph._p.append(xml('<w:r><w:footnoteReference w:id="1"/></w:r>'))

    saved, written = zipfile.ZipFile(io.BytesIO(with_notes(write_docx(build), "footnotes", ["By Samuel Okafor."]))), io.BytesIO()
    with zipfile.ZipFile(written, "w") as archive:
        for item in saved.infolist():
            data = saved.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb'<Relationship [^>]*Target="settings.xml"/>', b"", data)
            if item.filename != "word/settings.xml":
                archive.writestr(item, data)
    assert parse_article("review.docx", written.getvalue()).text.splitlines() == [
        "The move followed a safety review[1]", "", "[1] By Samuel Okafor."]


def test_a_word_document_s_endnotes_are_numbered_apart_from_its_footnotes_as_word_numbers_them():
    docx_bytes = with_notes(write_docx(lambda document: document.add_paragraph("The bridge opened in May.")),
                            "footnotes", ["Built by Arup.", "Opened by the mayor."])
    docx_bytes = with_notes(docx_bytes, "endnotes", ["Figures from the council.", "See also the 2019 plan."])
    assert parse_article("bridge.docx", docx_bytes).text.splitlines()[2:] == [
        "[1] Built by Arup.", "[2] Opened by the mayor.", "[i] Figures from the council.", "[ii] See also the 2019 plan."]


@pytest.mark.parametrize("style, marks", [("decimal", ["[1]", "[2]"]), ("upperLetter", ["[A]", "[B]"]), ("upperRoman", ["[I]", "[II]"]),
                                          ("chicago", ["[*]", "[†]"])])  # a tenancy schedule's (an audit's) had been "[1]", "[2]"
def test_endnotes_are_numbered_in_the_style_the_document_sets(style, marks):
    def build(document):
        document.add_paragraph("The bridge opened in May.")
        document.settings.element.append(xml(f'<w:endnotePr><w:numFmt w:val="{style}"/></w:endnotePr>'))

    docx_bytes = with_notes(write_docx(build), "endnotes", ["Figures from the council.", "See also the 2019 plan."])
    assert [line.split()[0] for line in parse_article("bridge.docx", docx_bytes).text.splitlines()[2:]] == marks


def test_chicago_marks_run_doubled_after_the_fourth():
    assert [word_numbering.numeral(number, "chicago") for number in (1, 4, 5, 6, 9)] == ["*", "§", "**", "††", "***"]


def test_a_section_s_endnote_style_and_first_number_come_before_the_document_s():
    def build(document):
        document.add_paragraph("The bridge opened in May.")
        document.settings.element.append(xml('<w:endnotePr><w:numFmt w:val="upperRoman"/></w:endnotePr>'))
        document.sections[0]._sectPr.append(xml('<w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="5"/></w:endnotePr>'))

    docx_bytes = with_notes(write_docx(build), "endnotes", ["Figures from the council.", "See also the 2019 plan."])
    assert [line.split()[0] for line in parse_article("bridge.docx", docx_bytes).text.splitlines()[2:]] == ["[5]", "[6]"]


def test_load_article_reads_a_word_document(tmp_path):
    (tmp_path / "talks.DOCX").write_bytes(write_docx(news))
    assert load_article(tmp_path / "talks.DOCX").text.startswith("Talks to resume in Geneva\nThe envoy")


@pytest.mark.parametrize("data, reason", [
    # the internals' words had been shown ("BadZipFile: File is not a zip file"), with a hint about .doc files for any file
    (b"Some words.", r"not a Word document: a \.docx is a zip archive, and this file is not one \(another kind of file named \.docx\?\)"),
    (b"", r"is empty \(0 bytes\)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", r"is an older Word \.doc file \(or another Office file\) named \.docx; save it as \.docx"),
    (b"PK\x03\x04 cut short", r"cannot be read as a Word document; it may be damaged \(BadZipFile: .*\)"),
])
def test_a_file_that_is_not_a_word_document_is_refused_naming_the_file_and_why(data, reason):
    with pytest.raises(ArticleError, match=rf"^notes\.docx: {reason}$"):
        parse_article("notes.docx", data)


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Some words.")
    with pytest.raises(ArticleError, match=r"^notes\.docx: cannot be read as a Word document"):
        parse_article("notes.docx", buffer.getvalue())


def test_a_zip_bomb_is_refused_before_it_is_inflated(monkeypatch):
    monkeypatch.setattr(word, "MAX_EXPANDED_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 3_000_000)
    assert len(buffer.getvalue()) < 10_000
    with pytest.raises(ArticleError, match=r"^bomb\.docx: its parts expand to 3,000,000 bytes, over the "
                                           r"1,000,000-byte limit for a Word document$"):
        parse_article("bomb.docx", buffer.getvalue())


def test_a_word_document_without_text_is_refused():
    with pytest.raises(ArticleError, match=r"^blank\.docx: no text found in the Word document$"):
        parse_article("blank.docx", write_docx(lambda document: document.add_paragraph("   ")))


def numbered_clauses(document, start: str = "1", top_style: str = "decimal", legal: bool = False) -> None:
    """Clauses numbered by a multilevel list of the document's own ("1.", "1.1", "(a)"), as Word writes one; its
    second level in legal style (`legal`: all its numbers in figures) or not."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    levels = [(top_style, "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")]
    definition = "".join(f'<w:lvl w:ilvl="{level}"><w:start w:val="{start if level == 0 else 1}"/>{"<w:isLgl/>" if legal and level == 1 else ""}'
                         f'<w:numFmt w:val="{style}"/><w:lvlText w:val="{text}"/></w:lvl>' for level, (style, text) in enumerate(levels))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{definition}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="0">'
                               '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, level, list_id in [("Supervision", 0, 90), ("Ratios on the water", 1, 90), ("One coach for six boats.", 2, 90),
                                 ("No boating on red.", 2, 90), ("Weather", 0, 90), ("Cold water", 1, 90), ("Annex", 0, 91)]:
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'))


def test_a_paragraph_in_a_list_of_the_document_s_own_is_written_after_its_number():
    # Word keeps the numbers in the list's definition: a policy's clauses had come out unnumbered, as "- " items (r7 audit)
    assert parse_article("policy.docx", write_docx(numbered_clauses)).text.splitlines() == [
        "1. Supervision", "1.1 Ratios on the water", "(a) One coach for six boats.", "(b) No boating on red.",
        "2. Weather", "2.1 Cold water", "1. Annex"]  # a list started anew over the same definition


def test_a_level_in_legal_style_writes_the_numbers_of_the_levels_above_it_in_figures():
    # A tenancy schedule's (an audit's) clause "2.1" under "Part II" had read "II.1", and "see clause 2.1" named nothing.
    lines = parse_article("lease.docx", write_docx(lambda document: numbered_clauses(document, top_style="upperRoman", legal=True))).text
    assert lines.splitlines()[:6] == ["I. Supervision", "1.1 Ratios on the water", "(a) One coach for six boats.", "(b) No boating on red.",
                                      "II. Weather", "2.1 Cold water"]


def test_a_level_numbered_decimal_zero_is_written_in_two_figures_at_least():
    # A tenancy schedule's (an audit's) inventory, "01)", "02)", had read "1)", "2)".
    lines = parse_article("policy.docx", write_docx(lambda document: numbered_clauses(document, top_style="decimalZero"))).text
    assert lines.splitlines()[::4] == ["01. Supervision", "02. Weather"]


@pytest.mark.parametrize("start, style, first", [("1.0", "decimal", "1. Supervision"), ("x", "upperRoman", "I. Supervision"),
                                                 ("300000000", "lowerLetter", "300000000. Supervision"),
                                                 ("5000", "upperRoman", "5000. Supervision")])
def test_a_list_definition_malformed_or_out_of_bounds_is_read_and_numbered_in_figures(start, style, first):
    # A malformed start had refused the document; a letter numbering from 300,000,000 wrote 11.5 million letters (review).
    lines = parse_article("policy.docx", write_docx(lambda document: numbered_clauses(document, start, style))).text.splitlines()
    assert lines[0] == first and lines[1].endswith("Ratios on the water")


def cv(document) -> None:
    """A CV laid out as a table of one row: contact and skills beside the story of a career."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "CONTACT"
    for line in ["Gothenburg, Sweden", "+46 70 482 19 63", "SKILLS", "Python, SQL", "Apache Spark", "LANGUAGES", "Swedish"]:
        left.add_paragraph(line)
    right.text = "AMARA NWOSU"
    for line in ["Senior Data Engineer", "EXPERIENCE", "Senior Data Engineer, Nordfrakt, Gothenburg", "Mar 2020 – present",
                 "Led the migration of a 40 TB warehouse to Snowflake.", "EDUCATION", "MSc Computer Science, Chalmers, 2015"]:
        right.add_paragraph(line)


def test_a_table_laid_out_as_a_page_is_written_a_paragraph_a_line_cell_after_cell():
    # A CV's two columns had been one row of one line, its headings and contacts run together with "; " (r9 audit).
    lines = parse_article("cv.docx", write_docx(cv)).text.splitlines()
    assert lines[:3] == ["CONTACT", "Gothenburg, Sweden", "+46 70 482 19 63"] and "" in lines
    assert lines[lines.index("") + 1:][:3] == ["AMARA NWOSU", "Senior Data Engineer", "EXPERIENCE"]
    assert not any("|" in line for line in lines)


def add_table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text


def named_cells(text: str) -> list[tuple[str, str]]:
    """(column, cell text) for each body cell that index/tables.py names by its column."""
    return [(name, text[start:].split(" |")[0]) for start, name in column_names(text)]


def test_a_table_under_a_header_row_is_a_markdown_table_whose_cells_its_columns_name():
    rows = [["City", "Revenue", "Staff"], ["Lisbon", "120", "120"], ["Porto", "", "75"], ["", "", ""], ["Faro", "A | B", "9"]]
    text = parse_article("branches.docx", write_docx(lambda document: add_table(document, rows))).text
    assert text.splitlines() == [
        "| City | Revenue | Staff |",
        "| --- | --- | --- |",
        "| Lisbon | 120 | 120 |",  # two cells of one text are two cells
        "| Porto |  | 75 |",  # an empty cell keeps the others in their columns
        "| Faro | A \\| B | 9 |",  # a "|" in a cell is no cell boundary; an empty row is left out
    ]
    assert named_cells(text) == [("City", "Lisbon"), ("Revenue", "120"), ("Staff", "120"), ("City", "Porto"),
                                 ("Staff", "75"), ("City", "Faro"), ("Revenue", "A \\| B"), ("Staff", "9")]


@pytest.mark.parametrize("header, is_header", [(["Sector", "Peak count 2023", "Status"], True), (["Q1", "Q2", "Q3"], True),
                                               (["Sector 4", "415", "Red"], False),  # a body row: "415" names nothing
                                               (["Income (USD)", "2023", "2022–23"], True),  # a statement's years (r7 audit)
                                               (["", "2023", "2022–23"], True),  # a corner left empty over the labels (r18 audit)
                                               (["", "415", "Red"], False), (["", "2023", ""], False)])
def test_a_first_row_names_columns_when_each_cell_has_a_letter_a_year_in_a_name_too(header, is_header):
    rows = [header, ["Sector 9", "38", "Amber"], ["Sector 2", "12", "Green"]]
    lines = parse_article("counts.docx", write_docx(lambda document: add_table(document, rows))).text.splitlines()
    assert (lines[1] == "| --- | --- | --- |") is is_header  # a name with a digit had been taken for a body cell's


def test_a_header_row_over_two_empty_corners_names_the_columns_after_them():
    # A datasheet's ratings over a parameter and its pins, as a PDF's already were (r21 audit; session 31's note).
    rows = [["", "", "MIN", "MAX"], ["Voltage", "IN, EN", "–0.3", "7.0"], ["Voltage", "OUT", "–0.3", "3.6"]]
    text = parse_article("ratings.docx", write_docx(lambda document: add_table(document, rows))).text
    assert text.splitlines()[:2] == ["|  |  | MIN | MAX |", "| --- | --- | --- | --- |"]
    assert ("MAX", "7.0") in named_cells(text)


def test_a_body_cell_merged_across_columns_under_a_header_row_is_each_column_s_and_a_web_page_s_alike():
    # Its value is each column's: a documents audit's "target repair time for a P3 meter leak" had been answered with the
    # row above's "48 hours", "5 working days" written under "Target arrival" alone. One across a whole row is a label, once.
    from index.webpage import read_page

    def build(document):
        add_table(document, [["Station", "Arrives", "Departs", "Platform"], ["Basel", "", "07:02", "4"], ["Olten", "", "", "7"],
                             ["Closed in winter", "", "", ""], ["Aarau", "07:20", "07:21", "2"], ["Buses", "", "", "9"]])
        document.tables[0].cell(2, 1).merge(document.tables[0].cell(2, 2)).text = "no stop"
        document.tables[0].cell(3, 0).merge(document.tables[0].cell(3, 3)).text = "Closed in winter"
        document.tables[0].cell(5, 0).merge(document.tables[0].cell(5, 2)).text = "Buses"  # a row's label: once (review)

    text = parse_article("timetable.docx", write_docx(build)).text
    assert text.splitlines()[2:7] == ["| Basel |  | 07:02 | 4 |", "| Olten | no stop | no stop | 7 |", "| Closed in winter |  |  |  |",
                                      "| Aarau | 07:20 | 07:21 | 2 |", "| Buses |  |  | 9 |"]
    assert named_cells(text)[3:7] == [("Station", "Olten"), ("Arrives", "no stop"), ("Departs", "no stop"), ("Platform", "7")]
    page = ("<html><body><article><p>Timetable.</p><table><tr><th>Station</th><th>Arrives</th><th>Departs</th><th>Platform</th></tr>"
            "<tr><td>Basel</td><td></td><td>07:02</td><td>4</td></tr><tr><td>Olten</td><td colspan='2'>no stop</td><td>7</td></tr>"
            "<tr><td colspan='4'>Closed in winter</td></tr><tr><td>Aarau</td><td>07:20</td><td>07:21</td><td>2</td></tr>"
            "<tr><td colspan='3'>Buses</td><td>9</td></tr></table></article></body></html>")
    assert named_cells(read_page(page.encode())[0]) == named_cells(text)


def test_a_body_cell_merged_down_is_written_in_each_row_it_spans_as_a_web_page_s_cell_spanning_rows_is():
    # Its value is each row's: Braga's row, all a passage may hold of the table, says Braga is in the North.
    from index.webpage import read_page

    def build(document):
        add_table(document, [["Region", "City", "Staff"], ["North", "Porto", "75"], ["", "Braga", "40"], ["South", "Faro", "9"]])
        document.tables[0].cell(1, 0).merge(document.tables[0].cell(2, 0)).text = "North"

    text = parse_article("branches.docx", write_docx(build)).text
    assert text.splitlines()[2:] == ["| North | Porto | 75 |", "| North | Braga | 40 |", "| South | Faro | 9 |"]
    assert named_cells(text)[3:6] == [("Region", "North"), ("City", "Braga"), ("Staff", "40")]
    page = ("<html><body><article><p>Branches.</p><table><tr><th>Region</th><th>City</th><th>Staff</th></tr>"
            "<tr><td rowspan='2'>North</td><td>Porto</td><td>75</td></tr><tr><td>Braga</td><td>40</td></tr>"
            "<tr><td>South</td><td>Faro</td><td>9</td></tr></table></article></body></html>")
    assert named_cells(read_page(page.encode())[0]) == named_cells(text)


def test_a_header_cell_merged_across_columns_names_each_of_them():
    def build(document):
        add_table(document, [["City", "Revenue", "", "Staff"], ["Lisbon", "4.2", "4.5", "120"]])
        document.tables[0].cell(0, 1).merge(document.tables[0].cell(0, 2)).text = "Revenue"

    text = parse_article("branches.docx", write_docx(build)).text
    assert text.splitlines() == ["| City | Revenue | Revenue | Staff |", "| --- | --- | --- | --- |", "| Lisbon | 4.2 | 4.5 | 120 |"]
    assert named_cells(text) == [("City", "Lisbon"), ("Revenue", "4.2"), ("Revenue", "4.5"), ("Staff", "120")]


def test_header_rows_under_a_header_cell_merged_across_columns_are_one_row_each_column_named_from_the_top_down():
    def build(document):
        add_table(document, [["City", "Revenue", "", "Staff"], ["", "2023", "2024", ""], ["Lisbon", "4.2", "4.5", "120"]])
        table = document.tables[0]
        table.cell(0, 1).merge(table.cell(0, 2)).text = "Revenue"
        table.cell(0, 0).merge(table.cell(1, 0)).text = "City"  # merged down: the second header row has no cell of its own here
        table.cell(0, 3).merge(table.cell(1, 3)).text = "Staff"

    text = parse_article("branches.docx", write_docx(build)).text
    assert text.splitlines()[:2] == ["| City | Revenue 2023 | Revenue 2024 | Staff |", "| --- | --- | --- | --- |"]
    assert named_cells(text) == [("City", "Lisbon"), ("Revenue 2023", "4.2"), ("Revenue 2024", "4.5"), ("Staff", "120")]


def test_a_title_merged_across_a_table_s_columns_is_no_header():
    def build(document):
        add_table(document, [["Branches", "", ""], ["City", "Revenue", "Staff"], ["Lisbon", "4.2", "120"]])
        document.tables[0].cell(0, 0).merge(document.tables[0].cell(0, 2)).text = "Branches"

    text = parse_article("branches.docx", write_docx(build)).text
    assert text.splitlines() == ["| Branches |", "| City | Revenue | Staff |", "| Lisbon | 4.2 | 120 |"]


@pytest.mark.parametrize("rows", [
    [["Chair", "Maria Okafor"], ["Treasurer", "Samuel Voss"]],  # two columns: labels and values, no header
    [["North", "4.1", "4.6"], ["South", "3.9", "4.0"]],  # a first row with numbers is data (years name columns: above)
    [["Day", "Opens", "Opens"], ["Monday", "10:00", "14:00"]],  # a column named twice is no header
    [["Title", "Ferry timetable", ""], ["Dock", "Pier 3", "Pier 4"]],  # nor is a row with an empty cell
])
def test_a_table_without_a_header_row_is_its_rows_as_they_are(rows):
    text = parse_article("table.docx", write_docx(lambda document: add_table(document, rows))).text
    assert text.splitlines() == [f"| {' | '.join(cell for cell in row if cell)} |" for row in rows]
    assert column_names(text) == ()  # no delimiter row: no Markdown table
