"""Official-record documents (会议纪要、审批单 …) as .docx and PDF from one description.

A ``Doc`` is a title, an optional subtitle line (文号、日期), and blocks in order: ``Heading``, ``Para``,
``Fields`` (label–value rows, as on a form), ``Table`` (header and rows, grid lines) and ``Signatures``
(labelled signature lines). ``to_docx(doc)`` and ``to_pdf(doc)`` lay it out as an official record:
centred bold title, 仿宋-like body at 12 pt, A4 with the margins of GB/T 9704 (top 37 mm, left 28 mm).

PDF text uses a CJK TrueType font from the machine, embedded (subset): ``ZHIDU_PDF_FONT`` if set, else
WenQuanYi Micro Hei or Noto Sans CJK from Debian's packages; without one it falls back to the Adobe
Song CID font that PDF readers supply (not embedded), so the document still opens everywhere.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Fields:
    rows: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Signatures:
    labels: Sequence[str]  # e.g. ("主持人", "记录人")
    signed: Sequence[str] = ()  # names already known (printed beside the line), same order; "" for none


Block = Heading | Para | Fields | Table | Signatures


@dataclass(frozen=True)
class Doc:
    title: str
    subtitle: str = ""
    blocks: Sequence[Block] = field(default_factory=tuple)
    footer: str = ""


# --- .docx ------------------------------------------------------------------------------------------------


def to_docx(doc: Doc) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = d.styles["Normal"]
    normal.font.name = "FangSong"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")

    def run_font(run, east: str, size: float, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
        run.font.size, run.font.bold = Pt(size), bold
        run.font.name = east
        run.element.rPr.rFonts.set(qn("w:eastAsia"), east)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(doc.title), "方正小标宋简体", 20, True)
    if doc.subtitle:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_font(p.add_run(doc.subtitle), "楷体", 12)
    for block in doc.blocks:
        if isinstance(block, Heading):
            p = d.add_paragraph()
            run_font(p.add_run(block.text), "黑体", 14, True)
        elif isinstance(block, Para):
            for line in block.text.split("\n"):
                p = d.add_paragraph(line)
                p.paragraph_format.first_line_indent = Pt(24)
        elif isinstance(block, Fields | Table):
            header = ("项目", "内容") if isinstance(block, Fields) else tuple(block.header)
            rows = [list(r) for r in block.rows]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                run_font(cell.paragraphs[0].add_run(str(h)), "黑体", 11, True)
            for r, row in enumerate(rows, start=1):
                for i in range(len(header)):
                    t.rows[r].cells[i].text = str(row[i]) if i < len(row) else ""
            d.add_paragraph()
        elif isinstance(block, Signatures):
            for i, label in enumerate(block.labels):
                name = block.signed[i] if i < len(block.signed) else ""
                d.add_paragraph(f"{label}（签名）：{name}________________    日期：________________")
    if doc.footer:
        p = d.add_paragraph()
        run_font(p.add_run(doc.footer), "仿宋", 9)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# --- PDF --------------------------------------------------------------------------------------------------


@cache
def pdf_font() -> tuple[str, bool]:
    """The registered font name for PDF text and whether it is embedded."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    paths = [os.environ.get("ZHIDU_PDF_FONT", ""), *FONT_CANDIDATES]
    for path in paths:
        if path and os.path.exists(path):
            try:
                pdfmetrics.registerFont(TTFont("ZhiduCJK", path, subfontIndex=0))
                return "ZhiduCJK", True
            except Exception:
                continue
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light", False


def to_pdf(doc: Doc) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    font, _ = pdf_font()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=6)
    sub = ParagraphStyle("sub", fontName=font, fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=10)
    head = ParagraphStyle("head", fontName=font, fontSize=14, leading=22, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)
    width = A4[0] - 54 * mm

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list[object] = [para(doc.title, title)]
    if doc.subtitle:
        story.append(para(doc.subtitle, sub))
    for block in doc.blocks:
        if isinstance(block, Heading):
            story.append(para(block.text, head))
        elif isinstance(block, Para):
            story.append(para(block.text, body))
        elif isinstance(block, Fields | Table):
            header = ("项目", "内容") if isinstance(block, Fields) else tuple(block.header)
            n = len(header)
            data = [[para(str(h), cell) for h in header]]
            data += [[para(str(r[i]) if i < len(r) else "", cell) for i in range(n)] for r in block.rows]
            widths = [width * 0.28, width * 0.72] if isinstance(block, Fields) else [width / n] * n
            t = RLTable(data, colWidths=widths, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif isinstance(block, Signatures):
            story.append(Spacer(1, 12))
            for i, label in enumerate(block.labels):
                name = block.signed[i] if i < len(block.signed) else ""
                story.append(para(f"{label}（签名）：{name}________________    日期：________________", body))
    if doc.footer:
        story += [Spacer(1, 12), para(doc.footer, small)]
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        topMargin=37 * mm,
        bottomMargin=35 * mm,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
        title=doc.title,
        author="zhidu",
    ).build(story)
    return out.getvalue()
