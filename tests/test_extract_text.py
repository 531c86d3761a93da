"""Report text as government websites serve it: encodings, line ends, page chrome, clauses."""

from __future__ import annotations

import pytest

from indicators.errors import IndicatorsError
from indicators.extract.text import Span, body_lines, clauses, decode_report, is_chrome, read_report, sentences

SENTENCE = "今年,我市办理的行政复议申请的案件25件,其中,决定维持11件。"


@pytest.mark.parametrize(
    "raw",
    [SENTENCE.encode("utf-8"), b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE.encode("gb18030"),
     SENTENCE.encode("gbk")],
    ids=["utf-8", "utf-8 with BOM", "gb18030", "gbk"],
)
def test_decode_reads_utf8_with_or_without_bom_and_gb18030(raw):
    assert decode_report(raw, "report.txt") == SENTENCE


def test_undecodable_text_is_refused_with_file_line_and_byte_offset():
    raw = "第一行\n".encode() + b"\xff\xfe\xfd bad"
    with pytest.raises(IndicatorsError) as caught:
        decode_report(raw, "page.txt")
    (problem,) = caught.value.problems
    assert (problem.code, problem.file, problem.line) == ("undecodable-text", "page.txt", 2)
    assert "byte offset 10" in problem.message
    assert str(problem).startswith("page.txt line 2: is neither UTF-8 (bad byte b'\\xff' at byte offset 10)")


def test_utf16_is_refused_by_name():
    with pytest.raises(IndicatorsError) as caught:
        decode_report(SENTENCE.encode("utf-16"), "page.txt")
    assert str(caught.value) == ("page.txt line 1: is UTF-16 (it starts with a UTF-16 byte order mark) "
                                 "(save the page text as UTF-8 or GB18030) [undecodable-text]")


def test_binary_and_empty_files_are_refused(tmp_path):
    with pytest.raises(IndicatorsError, match="NUL byte at byte offset 3"):
        decode_report(b"abc\x00def", "x.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(IndicatorsError, match="empty-text"):
        read_report(empty)
    with pytest.raises(IndicatorsError, match="missing-file"):
        read_report(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    "line",
    [
        "您现在的位置:网站首页>>政务公开>>法治政府建设>>详细内容",   # the bundled report's breadcrumb
        "来源:作者:发布时间:2018年01月03日 浏览次数: 【字体:",       # its metadata line
        "[添加收藏] [打印文章] [关闭窗口]",
        "分享到: 更多",
        "首页 > 政务公开 > 法治政府建设",
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        "当前位置：首页 » 信息公开",
        "发布日期：2018-01-05  浏览次数：1234次",
    ],
)
def test_page_chrome_lines_are_recognized(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [SENTENCE, "1.认真落实权责清单制度。", "四会市人民政府关于2017年度法治政府建设情况的报告",
     "明确资金来源:各级财政按比例分担,共投入资金300万元。"],
)
def test_body_lines_are_not_chrome(line):
    assert not is_chrome(line)


def test_chrome_lines_are_skipped_without_moving_offsets():
    text = "首页 > 政务公开\r\n    今年办理案件25件。\r\n分享到：微信 微博\r\n"
    (line,) = body_lines(text)
    assert text[line.start:line.end] == line.text == "    今年办理案件25件。"


def test_clauses_are_verbatim_trimmed_and_keep_thousands_separators():
    text = "    目前,我市已制定随机抽查事项247项，抽查企业2,917家；抽查155次。下一句"
    line = Span(0, len(text), text)
    (first, second) = sentences(line)
    assert second.text == "下一句"
    parts = clauses(first)
    assert [c.text for c in parts] == ["目前", "我市已制定随机抽查事项247项", "抽查企业2,917家", "抽查155次"]
    assert all(text[c.start:c.end] == c.text for c in parts)
