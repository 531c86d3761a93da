"""Naming figures by the metric vocabulary (data/raw/catalog/metric_wordings.csv) on wordings of real reports."""

from __future__ import annotations

import pytest
from extracted import rows

from indicators.extract.candidates import extract_figures
from indicators.extract.text import simplified


def test_traditional_characters_read_as_simplified_and_quoted_as_written(rules) -> None:
    text = "全年共收到行政復議申請六十二件，受理58件，審結行政復議案件55件。\n"
    figures = extract_figures(text, 2016, rules)
    assert list(figures[["metric_id", "value", "unit"]].itertuples(index=False, name=None)) == [
        ("reconsideration_cases", "62", "件"), ("reconsideration_accepted", "58", "件"),
        ("reconsideration_concluded", "55", "件")]
    assert all(text[int(r.quote_start):int(r.quote_end)] == r.quote for r in figures.itertuples())
    assert "審結" in figures["quote"].iloc[2]


def test_phrases_whose_fu_is_fu_are_read_as_their_simplified_phrase_and_covers_stay(rules) -> None:
    # 覆 is simplified as well (覆盖): only the phrases of data/traditional_phrases.csv read it as 复
    assert simplified("行政覆議申請，依法答覆，宣傳覆蓋") == "行政复议申请，依法答复，宣传覆盖"
    text = "本年度收到行政覆議申請3,214件，審結2,870件。\n"
    figures = extract_figures(text, 2016, rules)
    assert list(figures[["metric_id", "value", "unit"]].itertuples(index=False, name=None)) == [
        ("reconsideration_cases", "3214", "件"), ("reconsideration_concluded", "2870", "件")]
    assert all(text[int(r.quote_start):int(r.quote_end)] == r.quote for r in figures.itertuples())


@pytest.mark.parametrize(("text", "year", "expected"), [
    # a list of three correcting decisions totals them: the corrected cases, not those of its last item
    ("行政复议机关审结案件240件，其中作出变更、确认违法和责令履行决定的31件。", 2018,
     [("reconsideration_concluded", "2018", "240", "件"), ("reconsideration_corrected", "2018", "31", "件")]),
    # an outcome written after the documents it counts; 需修改 is a proposal; 失效和废止 totals two outcomes
    ("县司法局清理规范性文件45件，其中《甲办法》等30件规范性文件继续有效，《乙规定》等6件规范性文件废止；"
     "需修改5件，失效和废止9件。", 2022,
     [("normative_docs_reviewed", "2022", "45", "件"), ("normative_docs_retained", "2022", "30", "件"),
      ("normative_docs_abolished", "2022", "6", "件"), ("normative_docs_to_amend", "2022", "5", "件"),
      ("", "2022", "9", "件")]),
    # the count before what it counts: advisers, items able to be handled fully online
    ("市政府聘请的8名法律顾问全年出具法律意见。全市2100个事项具备全程网办能力。", 2020,
     [("legal_advisers", "2020", "8", "名"), ("online_full_process_items", "2020", "2100", "个")]),
    # a disclosure report's interpretations (条 or 篇) and the appeals against its disclosure (round 4's metrics)
    ("全年主动公开政府信息1,200条，其中发布政策解读材料85篇；因政府信息公开被申请行政复议2件、被提起行政诉讼1件。", 2023,
     [("disclosure_proactive_items", "2023", "1200", "条"), ("disclosure_interpretations", "2023", "85", "篇"),
      ("disclosure_reconsideration_cases", "2023", "2", "件"), ("disclosure_litigation_cases", "2023", "1", "件")]),
    # round 5's metrics: a cut's before-value, intermediary services cleaned up, the theory study group's sessions
    ("全县行政审批事项由640项精简至212项，再次清理规范了18项县级部门行政审批中介服务事项。", 2017,
     [("licensing_items_before", "2017", "640", "项"), ("licensing_items", "2017", "212", "项"),
      ("intermediary_service_items_removed", "2017", "18", "项")]),
    ("县委理论学习中心组全年开展专题学习9次，完成合法性审核76件，政务微信公众号发布信息412条。", 2023,
     [("central_group_law_study_sessions", "2023", "9", "次"), ("legality_reviews", "2023", "76", "件"),
      ("disclosure_new_media_posts", "2023", "412", "条")]),
    # reconsiderations by respondent as 不服X作出具体行政行为; a lawyer's cases as agent are not the lawsuits
    # (round 6 gave them their own metric)
    ("从被申请人情况看，不服县区政府作出具体行政行为的7件，不服市政府工作部门作出具体行政行为的19件。", 2009,
     [("reconsideration_against_lower_governments", "2009", "7", "件"),
      ("reconsideration_against_departments", "2009", "19", "件")]),
    ("法律顾问提供合同审查意见23件次，代理县政府行政诉讼案件5起。", 2018,
     [("contracts_reviewed", "2018", "23", "件次"), ("legal_adviser_cases_represented", "2018", "5", "起")]),
    # round 6's metrics of bodies and study: Party and government bodies studying together, the Party's
    # meetings, persons trained (人, not 人次), township stations beside the centres, villages with advisers
    ("县委常委会、县政府常务会组织集体学法8次，召开3次县委常委会议研究法治政府建设，举办法治专题讲座2期，累计培训150人。", 2024,
     [("leadership_law_study_sessions", "2024", "8", "次"), ("party_rule_of_law_meetings", "2024", "3", "次"),
      ("law_lectures", "2024", "2", "期"), ("law_trainees", "2024", "150", "人")]),
    ("全县建成公共法律服务中心1个、公共法律服务工作站15个，120个村(社区)配备法律顾问，开展“法治进校园”活动6次。", 2023,
     [("legal_service_platforms", "2023", "1", "个"), ("legal_service_stations", "2023", "15", "个"),
      ("villages_with_legal_advisers", "2023", "120", "个"), ("publicity_school_events", "2023", "6", "次")]),
    # inspections on the rule of law: the localities and departments counted before what was done to them
    ("县委依法治县办组织督察组，对全县12个乡镇、25个县直部门开展法治政府建设专项督察。", 2022,
     [("rule_of_law_inspected_localities", "2022", "12", "个"), ("rule_of_law_inspected_departments", "2022", "25", "个")]),
    # the subject named last before the number decides between 复议 and 诉讼
    ("行政复议审结120件；一审行政诉讼案件45件，审结40件，败诉3件，败诉率7.5%。", 2020,
     [("reconsideration_concluded", "2020", "120", "件"), ("litigation_cases", "2020", "45", "件"),
      ("litigation_concluded", "2020", "40", "件"), ("litigation_lost", "2020", "3", "件"),
      ("litigation_loss_rate_stated", "2020", "7.5", "%")]),
    # a done clean-up outcome is not a proposal, and documents may be counted in 件
    ("清理规范性文件80件，废止12件、修改5件、继续有效63件；拟废止3件。", 2019,
     [("normative_docs_reviewed", "2019", "80", "件"), ("normative_docs_abolished", "2019", "12", "件"),
      ("normative_docs_amended", "2019", "5", "件"), ("normative_docs_retained", "2019", "63", "件"),
      ("normative_docs_to_abolish", "2019", "3", "件")]),
    # cases in 宗, an aside between the words and the number, a stated rate
    ("复议机关收到申请40宗，纠错(含撤销、确认违法)6宗，纠错率15%。", 2021,
     [("reconsideration_cases", "2021", "40", "宗"), ("reconsideration_corrected", "2021", "6", "宗"),
      ("reconsideration_correction_rate_stated", "2021", "15", "%")]),
    # the noun right after the number; 不予处罚 is no penalty
    ("全县278项行政许可事项划入行政审批局，作出不予处罚决定12宗。", 2019,
     [("licensing_items", "2019", "278", "项"), ("", "2019", "12", "宗")]),
    # round 29's metrics of oversight: inspections counted in times, the commission's meetings, reports heard
    ("县委依法治县办全年开展法治政府建设专项督察3次，召开县委全面依法治县委员会会议2次；"
     "县政府常务会议听取法治政府建设工作汇报5次。", 2023,
     [("rule_of_law_inspections", "2023", "3", "次"), ("rule_of_law_committee_meetings", "2023", "2", "次"),
      ("rule_of_law_reports_heard", "2023", "5", "次")]),
    # round 29's metrics of enforcement: cases by procedure under their total, case-file reviews held, joint actions
    ("全年立案查处行政处罚案件300件，其中简易程序120件，普通程序180件；开展行政执法案卷评查4次，开展联合执法16次。", 2024,
     [("enforcement_penalty_cases", "2024", "300", "件"), ("enforcement_cases_summary_procedure", "2024", "120", "件"),
      ("enforcement_cases_ordinary_procedure", "2024", "180", "件"), ("enforcement_case_file_reviews", "2024", "4", "次"),
      ("joint_enforcement_actions", "2024", "16", "次")]),
    # round 29's metrics of disputes and services: disputes mediated successfully, the hotline's work orders
    ("全县人民调解组织共调解纠纷900件，其中调解成功880件。全年共接到热线工单6000件，办结5950件。", 2022,
     [("people_mediation_disputes", "2022", "900", "件"), ("people_mediation_succeeded", "2022", "880", "件"),
      ("hotline_requests_received", "2022", "6000", "件"), ("hotline_requests_concluded", "2022", "5950", "件")]),
])
def test_wordings_name_their_metric(text, year, expected, rules) -> None:
    assert rows(text, rules, year) == expected


def test_a_table_with_pipe_cells_is_named_by_its_columns(rules) -> None:
    text = ("行政处罚实施数量(宗) | |||\n"
            "警告 | 罚款 | 合计(宗) | 罚没金额(万元) |\n"
            "120 | 940 | 1060 | 53.7 |\n")
    assert rows(text, rules, 2024) == [("enforcement_penalty_warnings", "2024", "120", "宗"),
                                        ("enforcement_penalty_fines_imposed", "2024", "940", "宗"),
                                        ("enforcement_penalty_cases", "2024", "1060", "宗"),
                                        ("enforcement_fines", "2024", "53.7", "万元")]


@pytest.mark.parametrize(("text", "expected"), [
    # plenum ordinals are no figures; a blank may stand before the measure word
    ("深入贯彻党的十一届三次、四次全会精神，全年收到行政复议申请103 件。",
     [("reconsideration_cases", "2019", "103", "件")]),
    # fractions, multiples written with a lone 一, ranks
    ("学习十九届四中、五中全会精神，案件增长近一倍，占全省的1/4左右，居全省第3位，受理量前10位。", []),
])
def test_real_text_traits(text, expected, rules) -> None:
    assert rows(text, rules, 2019) == expected


def test_the_vocabulary_names_no_place_and_no_sentence_of_a_report() -> None:
    """Wordings are the words of a metric, not of one report: no place of the GB/T 2260 table, no quote
    of the real or constructed reports, no number (quantifiers such as {0,6} aside)."""
    import re
    from pathlib import Path

    import pandas as pd

    from indicators.onboard import code_table

    root = Path(__file__).resolve().parents[1]
    wordings = pd.read_csv(root / "data" / "raw" / "catalog" / "metric_wordings.csv", dtype=str, keep_default_na=False)
    places = {name[:-1] if len(name) > 2 and name[-1] in "省市县区" else name for name in code_table()["name_zh"]}
    places = {p for p in places if len(p) >= 2}
    quotes = set()
    for curated in (root / "tests" / "extract").glob("**/*.csv"):
        if curated.with_suffix(".txt").is_file():  # a report's curated figures lie beside its text
            quotes |= {q for q in pd.read_csv(curated, dtype=str, keep_default_na=False)["quote"] if len(q) >= 6}
    for pattern in wordings[["subject", "words", "object", "after"]].to_numpy().ravel():
        if not pattern:
            continue
        assert not [p for p in places if p in pattern], pattern
        assert not [q for q in quotes if q in pattern], pattern
        assert not re.search(r"[0-9]", re.sub(r"\{[0-9,]+\}|0-9", "", pattern)), pattern


def test_the_count_of_a_noun_is_named_by_the_noun_where_nothing_else_names_it(rules) -> None:
    # round 11: 申请人总数为, 受理数, 败诉案件数为: the noun before 总数/数 is the wording's words; a 受理 count
    # with nothing received beside it is the headline caseload (extract/headline.py)
    text = "全年行政复议受理数85件，申请人总数为96人。行政诉讼中行政机关败诉案件数为4件。"
    figures = extract_figures(text, 2023, rules)
    assert list(figures["metric_id"]) == ["reconsideration_cases", "reconsideration_applicants", "litigation_lost"]
    # a wording that ends in 人数 keeps it; a count of something no wording names stays unnamed
    figures = extract_figures("开展法治培训，参加人数达300人次。全县人口总数为5万人。", 2023, rules)
    assert list(figures["metric_id"]) == ["law_training_attendance", ""]


def test_a_bound_written_with_a_bare_chao_reads_like_chaoguo(rules) -> None:
    # round 11: 审查合同超185份 is named as 审查合同超过185份 is; the bound is kept
    for bound in ("超", "超过"):
        frame = extract_figures(f"全年法律顾问审查合同{bound}185份。", 2023, rules)
        assert list(frame[["metric_id", "qualifier"]].itertuples(index=False, name=None)) == [
            ("contracts_reviewed", "lower_bound")], bound
