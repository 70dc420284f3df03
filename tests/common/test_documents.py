"""Official-record documents: the same description as .docx and PDF, both readable back with the Chinese
text intact."""

from __future__ import annotations

import io

from docx import Document
from pypdf import PdfReader

from zhidu.common.documents import Doc, Fields, Heading, Para, Signatures, Table, pdf_font, to_docx, to_pdf

DOC = Doc(
    title="通榆县人力资源和社会保障局党组会议纪要",
    subtitle="2026年第3次 · 2026年3月2日",
    blocks=(
        Fields([("主持人", "张书记"), ("应到", "7人"), ("实到", "5人")]),
        Heading("一、议题：干部任免"),
        Para("经表决，赞成5票，超过应到会成员半数，通过。\n第二段。"),
        Table(["成员", "表态"], [["李四", "赞成"], ["王五", "回避"]]),
        Signatures(["主持人", "记录人"], ["张书记", ""]),
    ),
    footer="依据：《党组会议制度》第三条第（五）项",
)


def test_docx_holds_every_block() -> None:
    d = Document(io.BytesIO(to_docx(DOC)))
    text = "\n".join(p.text for p in d.paragraphs)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "党组会议纪要" in text and "一、议题：干部任免" in text and "第二段。" in text
    assert "主持人（签名）：张书记" in text and "依据：《党组会议制度》" in text
    assert "王五" in cells and "回避" in cells and "7人" in cells


def test_pdf_opens_and_its_text_reads_back() -> None:
    data = to_pdf(DOC)
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    if pdf_font()[1]:  # an embedded TrueType font: the text extracts as written
        for needle in ("党组会议纪要", "干部任免", "王五", "回避", "记录人"):
            assert needle in text
    assert reader.metadata is not None and reader.metadata.title == DOC.title
