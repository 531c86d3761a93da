"""`|` tables written one cell a line with no line opening a row (`extract/cell_lines.py`): the table's own
shape (a corner, H headers, then a label and H numbers) says where each row ends. Written here with other
numbers than the real excerpts that showed the layout."""

from __future__ import annotations

from extracted import rows

# the 2021 disclosure-report form (第二十条) as some pages write it: each cell closed by |, lines of pipes between
FORM = ["第二十条第(一)项 |", "|||", "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
        "规章 |", "2 |", "1 |", "5 |", "行政规范性文件 |", "7 |", "3 |", "41 |",
        "第二十条第(六)项 |", "|||", "信息内容 |", "本年处理决定数量 |", "||",
        "行政处罚 |", "316 |", "||", "行政强制 |", "9 |", "||"]


def test_each_cell_is_named_by_its_row_and_column(rules):
    found = rows("\n".join(FORM), rules, 2022)
    assert [(metric, value, unit) for metric, _p, value, unit in found] == [
        ("rules_issued", "2", "件"), ("rules_abolished", "1", "件"), ("rules_in_force", "5", "件"),
        ("normative_docs_issued", "7", "件"), ("normative_docs_abolished", "3", "件"),
        ("normative_docs_in_force", "41", "件"), ("enforcement_penalty_cases", "316", "件"),
        ("enforcement_coercion_cases", "9", "件")]


def test_numbers_without_headers_before_them_are_no_table(rules):
    # a label and its numbers with nothing above: no column says what they count, so nothing is named
    found = rows("\n".join(["规章 |", "2 |", "1 |", "5 |"]), rules, 2022)
    assert [metric for metric, *_ in found if metric] == []


def test_the_form_before_2021_is_read_the_same_way(rules):
    # 本年新制作数量 / 本年新公开数量 / 对外公开总数量: documents in 件, issued, published and in force
    lines = ["第二十条第(一)项 | |||", "信息内容 |", "本年新制作数量 |", "本年新公开数量 |", "对外公开总数量 |",
             "规范性文件 |", "4 |", "3 |", "17 |"]
    found = rows("\n".join(lines), rules, 2020)
    assert [(metric, value, unit) for metric, _p, value, unit in found] == [
        ("normative_docs_issued", "4", "件"), ("normative_docs_published", "3", "件"), ("normative_docs_in_force", "17", "件")]


def test_rows_opened_by_a_pipe_with_bare_cells_between_lines_of_pipes(rules):
    # | 规章, then |, 2, |, 1, ... : the corner and each row label carry the pipe, the numbers stand bare
    lines = ["| 第二十条第(一)项", "|", "|||", "| 信息内容", "|", "本年制发件数", "|", "本年废止件数", "|", "现行有效件数", "|",
             "| 规章", "|", "2", "|", "1", "|", "5", "|"]
    found = rows("\n".join(lines), rules, 2022)
    assert [(metric, value, unit) for metric, _p, value, unit in found] == [
        ("rules_issued", "2", "件"), ("rules_abolished", "1", "件"), ("rules_in_force", "5", "件")]


# a hotline's table by district, one cell a line, led by a serial column and with no corner (round 56, blind48)
SERIAL_LED = ["各区办理情况", "序号 |", "承办单位 |", "交办量 |", "办结率 |", "满意率 |", "评分 |",
              "1 |", "东城区 |", "3120 |", "97.50% |", "98.10% |", "99.2 |",
              "2 |", "西山镇(zhèn)经济技术开发区(qū) |", "45 |", "100.00% |", "96.00% |", "98.7 |",
              "二、下一步工作"]


def test_a_serial_led_table_reads_its_counts_in_their_columns_unit_and_not_its_serials_or_scores(rules):
    found = [(value, unit) for _metric, _period, value, unit in rows("\n".join(SERIAL_LED), rules, 2023)]
    # 交办量 counts 件; the rates keep their %; the serial (1, 2) and the score (99.2, 98.7) are no figures
    assert found == [("3120", "件"), ("97.50", "%"), ("98.10", "%"), ("45", "件"), ("100.00", "%"), ("96.00", "%")]


def test_a_count_under_a_column_naming_no_unit_borrows_no_percent_from_its_rows_rates(rules):
    # 知识库更新数目 names no unit: its numbers stay unread rather than taking the % of the rates beside them
    lines = ["序号 |", "承办单位 |", "办结率 |", "知识库更新数目 |", "1 |", "东城区 |", "97.50% |", "10330 |",
             "2 |", "西城区 |", "96.20% |", "8801 |"]
    found = [(value, unit) for _metric, _period, value, unit in rows("\n".join(lines), rules, 2023)]
    assert found == [("97.50", "%"), ("96.20", "%")]
