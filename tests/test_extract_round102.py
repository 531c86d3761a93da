"""Round 102 (#17): what blind94 showed that recurs in any report.

Periods: a text of the year after its figures (去年，全年共出动…) is read from that year although it says 今年 before a
year or a day (召开今年首场…会议，…部署2017年新任务); only 今年 before a figure keeps the report's own vantage. Named:
民意征集; 上年度结转办理答复; 开展新闻发布会; “一趟不用跑”事项占总事项比例; 废止 with the documents' issuers before
规范性文件; proactive information counted as updates or files (主动公开政府信息更新, 主动公开各类信息文件).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_release_of_the_year_after_reads_last_year_as_the_report_year(checkout_rules) -> None:
    text = ("某省去年查处环境违法案件9312件\n2017年01月20日\n今天，省环保厅召开今年首场全省环境保护工作会议，"
            "总结去年环保工作，部署2017年新任务。去年，全年共出动执法人员41.2万人次，检查企业18.3万家次。")
    periods = dict(figure_columns(text, 2016, checkout_rules, "value", "period"))
    assert periods["41.2"] == "2016" and periods["18.3"] == "2016"
    text = "今年共办理行政复议案件52件，去年同期为47件。去年，全年共收到申请61件。"
    periods = dict(figure_columns(text, 2016, checkout_rules, "value", "period"))
    assert periods["61"] == "2015"


def test_consultations_conferences_and_carried_over_answers(checkout_rules) -> None:
    text = "发布群众关注热点信息22条，民意征集18期，在线访谈2期。全年已累计开展新闻发布会7场。"
    read = named(text, 2025, checkout_rules)
    assert read["18"] == "public_consultations" and read["7"] == "press_conferences"
    text = "2025年，我委共受理政府信息公开申请96件，受理答复93件，上年度结转办理答复4件。"
    assert named(text, 2025, checkout_rules)["4"] == "disclosure_requests_carried_over"


def test_shares_documents_and_proactive_counts(checkout_rules) -> None:
    text = "“一趟不用跑”事项占总事项比例为88.6%。"
    assert named(text, 2023, checkout_rules)["88.6"] == "zero_visit_rate_stated"
    text = "本年度废止县政府及县政府办公室行政规范性文件12件。"
    assert named(text, 2025, checkout_rules)["12"] == "normative_docs_abolished"
    text = "我县本年度主动公开政府信息更新4120条，其中概况类信息更新58条。"
    assert named(text, 2025, checkout_rules)["4120"] == "disclosure_proactive_items"
    text = "2025年，累计主动公开各类信息文件约130余件，其中公文类信息21件。"
    assert named(text, 2025, checkout_rules)["130"] == "disclosure_proactive_items"
