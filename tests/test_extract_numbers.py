"""Every number form of issue 8, read from real sentences of the bundled report and constructed ones:
value, unit, qualifier, range end, period and metric, as the extractor writes them."""

from __future__ import annotations

import pytest
from extracted import qualified_rows

from indicators.numbers import numbers_in, value_in_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic digits (real sentence)
        ("行政审批事项中,网上全流程办理事项440项,网上全流程办理率86.27%。",
         [("online_full_process_items", "2017", "440", "项", ""), ("online_full_process_rate_stated", "2017", "86.27", "%", "")]),
        # full-width digits, decimal point and percent sign
        ("行政审批事项中，网上全流程办理事项４４０项，网上全流程办理率８６．２７％。",
         [("online_full_process_items", "2017", "440", "项", ""), ("online_full_process_rate_stated", "2017", "86.27", "%", "")]),
        # thousands separators, ASCII and full-width
        ("目前，我市已制定随机抽查事项247项，开展抽查155次，抽查企业2,917家。",
         [("random_inspection_items", "2017", "247", "项", ""), ("random_inspections", "2017", "155", "次", ""),
          ("random_inspection_enterprises", "2017", "2917", "家", "")]),
        ("抽查企业２，９１７家，开展随机抽查。", [("random_inspection_enterprises", "2017", "2917", "家", "")]),
        # Chinese numerals (cn2an)
        ("今年，我市办理的向本级政府提出行政复议申请的案件二十五件，其中，决定维持十一件。",
         [("reconsideration_cases", "2017", "25", "件", ""), ("reconsideration_upheld", "2017", "11", "件", "")]),
        ("将一百四十七项涉自然人事项下放委托镇(街道)和村(社区)公共服务站(点)办理。",
         [("items_delegated_to_townships", "2017", "147", "项", "")]),
        ("对贫困学生分别按照两百元至两千元不等的标准予以资助。",
         [("student_aid_min", "2017", "200", "元", ""), ("student_aid_max", "2017", "2000", "元", "")]),
        # 万 multiplier: the value as written, the multiplier in the unit (real sentence, then in Chinese numerals)
        ("林业方面,我市在原有规模上,继续扩大市县级生态公益林面积3.7万亩。",
         [("ecological_forest_area_added", "2017", "3.7", "万亩", "")]),
        ("继续扩大市县级生态公益林面积三点七万亩。", [("ecological_forest_area_added", "2017", "3.7", "万亩", "")]),
        # lower bounds: 多, 余
        ("全市行政执法人员、各镇政府、街道办事处、市直单位分管行政执法工作的领导达600多人参加了培训。",
         [("enforcement_training_participants", "2017", "600", "人", "lower_bound")]),
        ("全市行政执法人员600余人参加了培训。", [("enforcement_training_participants", "2017", "600", "人", "lower_bound")]),
        # 多 before the multiplier (7900多万件) and a bare 超 before the number are lower bounds too
        ("人民调解组织共调解纠纷7900多万件。", [("people_mediation_disputes", "2017", "7900", "万件", "lower_bound")]),
        ("问题涉及资金超2.22亿元。", [("", "2017", "2.22", "亿元", "lower_bound")]),
        # upper bounds: 以内, 内 (real sentences)
        ("将我市开办企业全流程时限由原来的20个工作日压缩至7个工作日以内,其中工商登记由原来需时7个工作日缩短为5个工作日。",
         [("business_startup_days_before", "2017", "20", "个工作日", ""),
          ("business_startup_days_after", "2017", "7", "个工作日", "upper_bound"),
          ("business_registration_days_before", "2017", "7", "个工作日", ""),
          ("business_registration_days_after", "2017", "5", "个工作日", "")]),
        ("开设“即办件”综合服务窗口,承诺在申请资料齐全的情况下,10分钟内办结。",
         [("instant_service_minutes", "2017", "10", "分钟", "upper_bound")]),
        # ranges: both ends written, unit on both or on the upper end only
        ("教育方面,落实扶贫资助制度,对贫困学生分别按照200元至2000元不等的标准予以资助。",
         [("student_aid_min", "2017", "200", "元", ""), ("student_aid_max", "2017", "2000", "元", "")]),
        ("对贫困学生按照200至2000元的标准予以资助。",
         [("student_aid_min", "2017", "200", "元", ""), ("student_aid_max", "2017", "2000", "元", "")]),
        # periods: a year in the sentence, 今年, 截至10月, 去年, 上年
        ("2016年,根据省和肇庆市的部署,共清理不符合执法资格条件的行政执法人员93名,今年又继续清理了市水务局水政监察大队的6名行政执法人员。",
         [("enforcement_officers_cleared", "2016", "93", "名", ""), ("enforcement_officers_cleared", "2017", "6", "名", "")]),
        ("截至10月,我市共为483家企业核发了“多证合一”营业执照。",
         [("multi_cert_licenses_enterprises", "2017", "483", "家", "")]),
        # 去年 is the year before where the text dates figures by 今年 (tests/test_extract_periods.py: else it is
        # a release of the year after, whose 去年 is the report's year)
        ("今年共收到行政复议申请45件。去年，我市办理行政复议案件30件；上年度驳回1件。",
         [("reconsideration_cases", "2017", "45", "件", ""), ("reconsideration_cases", "2016", "30", "件", ""),
          ("reconsideration_dismissed", "2016", "1", "件", "")]),
        ("早在2015年,我市便制定了方案,并通过市政府门户网站及时向社会公开我市39个部门的权责清单5749项。",
         [("power_list_departments", "2015", "39", "个", ""), ("power_list_items", "2015", "5749", "项", "")]),
    ],
)
def test_number_forms(text, expected, rules):
    assert qualified_rows(text, rules) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约300人参加了活动。", [("", "2017", "300", "人", "approximate")]),
        ("受理群众来电1200件左右。", [("", "2017", "1200", "件", "approximate")]),
        ("近百分之八十的企业实现网上办理。", [("", "2017", "80", "%", "approximate")]),
        ("办结时限不超过5个工作日。", [("", "2017", "5", "个工作日", "upper_bound")]),
        ("参观人数超过2000人次。", [("", "2017", "2000", "人次", "lower_bound")]),
        ("参加人数达500人以上。", [("", "2017", "500", "人", "lower_bound")]),
        ("每年安排经费不少于50万元。", [("", "2017", "50", "万元", "lower_bound")]),
        ("六百多人参加了普法活动，发放补助两千余元。",
         [("", "2017", "600", "人", "lower_bound"), ("", "2017", "2000", "元", "lower_bound")]),
        ("补助标准为２００元至２，０００元。", [("", "2017", "200", "元", ""), ("", "2017", "2000", "元", "")]),
        ("投入资金二十五万元。", [("", "2017", "25", "万元", "")]),
        ("抽查比例不低于5%。", [("", "2017", "5", "%", "lower_bound")]),
        ("抽查比例不高于5%，办理时限少于3天。", [("", "2017", "5", "%", "upper_bound"), ("", "2017", "3", "天", "upper_bound")]),
        ("投入资金1.5亿元。", [("", "2017", "1.5", "亿元", "")]),
        ("办理时限为5至10个工作日。", [("", "2017", "5", "个工作日", ""), ("", "2017", "10", "个工作日", "")]),
    ],
)
def test_unassigned_quantities_keep_value_unit_and_qualifier(text, expected, rules):
    assert qualified_rows(text, rules) == expected


@pytest.mark.parametrize(
    "text",
    [
        "四会市人民政府 2017年12月28日",                        # a date, the signature line of the report
        "根据肇府办〔2017〕265号文件要求。",                       # a document number
        "1.认真落实权责清单制度。",                                 # a list marker (real heading)
        "(一)依法全面履行政府职能",                                 # a Chinese list marker (real heading)
        "开通“3312345”政务服务热线平台,接受群众政务咨询和投诉。",  # a hotline (real sentence)
        "拨打12345热线反映问题。",                                  # a hotline, unquoted
        "相继举办了“12·4”宪法日等系列普法活动。",                   # a name (real sentence)
        "开设肇庆市第一个“即办件”综合服务窗口。",                    # an ordinal (real sentence)
        "依照《条例》第3条的规定。",                                 # an article number
        "明确扶贫“六个精准”,通过“五个一批”的有效办法。",            # slogans in quotation marks (real sentence)
        "到现场办理次数不超过一次的事项。",                           # 一次: "a visit", not a count
        "分3个阶段推进法治政府建设。",                                # stages, not a figure
        "2017年实施3年行动计划。",                                    # a date and a plan's length: 年 counts only after 连续
        "推进4G网络和G20峰会保障工作。",                              # numbers glued to Latin letters
        "我市将于2018年率先创建珠三角法治政府示范区。",               # a year (real sentence)
        "政务公开 浏览次数：1024次 发布时间：2018年01月03日",          # a page counter inside a line of text
        "联系电话：0758-3312345，传真：3312346。",                    # contact numbers
        "实现零跑动事项，零次投诉。",                                   # 零: "no", not a count
        "实行7×24小时服务。",                                           # round the clock, not a duration
    ],
)
def test_non_figures_are_not_rows(text, rules):
    assert qualified_rows(text, rules) == []


def test_areas_of_a_plan_banners_and_a_run_of_years_are_figures(rules):
    # curators of several batches list them: the areas a plan or the issues found cover, works counted in 幅,
    # the years a result was kept (连续N年); 三个方面 in words counts a noun that follows and stays out. The slogans
    # are named since round 133 (幅 is a word of publicity_slogans alone: data/raw/catalog/metric_measure_words.csv)
    assert qualified_rows("制定了7个方面58项具体措施，悬挂横幅标语32幅。", rules) == [
        ("", "2017", "7", "个", ""), ("", "2017", "58", "项", ""), ("publicity_slogans", "2017", "32", "幅", "")]
    assert qualified_rows("连续15年在全省法治政府建设考核中获评优秀等次。", rules) == [("", "2017", "15", "年", "")]
    assert qualified_rows("从三个方面推进法治政府建设。", rules) == []


def test_a_lone_chinese_numeral_before_a_noun_is_a_row_only_when_a_rule_claims_it(rules):
    assert qualified_rows("全市有三个部门参加了检查。", rules) == []
    assert qualified_rows("今年办理行政复议案件二十件，其中维持三件。", rules) == [
        ("reconsideration_cases", "2017", "20", "件", ""), ("reconsideration_upheld", "2017", "3", "件", "")]


def test_period_ignores_years_in_titles_and_far_years(rules):
    assert qualified_rows("印发《2015年工作方案》，今年办理行政复议案件8件。", rules)[0][1] == "2017"
    assert qualified_rows("按照《2015年工作方案》，办理行政复议案件8件。", rules, year=2017)[0][1] == "2017"
    assert qualified_rows("自1990年以来，办理行政复议案件8件。", rules)[0][1] == "2017"
    assert qualified_rows("2016年以来，累计办理行政复议案件58件。", rules)[0][1] == "2017"  # a total to date
    assert qualified_rows("办理行政复议案件58件，较上年增长15.3个百分点。", rules) == [
        ("reconsideration_cases", "2017", "58", "件", ""), ("", "2017", "15.3", "个百分点", "")]  # compared with 上年
    assert qualified_rows("2016年办理行政复议案件58件，比2015年增加12件。", rules)[1][1] == "2016"
    assert qualified_rows("2016年3月至今，累计办理行政复议案件58件。", rules)[0][1] == "2017"


def test_a_compared_year_written_with_its_du_owns_the_number_after_it(rules):
    # 较上一年度285件, 较2023年度的285件: 年度 is the year, as 较上年的285件 is
    for text in ("收到行政复议申请373件，较上一年度285件增长30%。", "收到行政复议申请373件，较2023年度的285件增长30%。"):
        assert [row[1] for row in qualified_rows(text, rules, year=2024)] == ["2024", "2023", "2024"]


def test_the_value_a_change_starts_from_is_the_year_befores_in_a_text_of_the_year_after(rules):
    # a text that dates no figure by 今年 speaks from the year after, so its bare 上年 is the report's year; but
    # 由上年的120件增长为314件 names the year before the figure that changed
    text = "与上年相比，败诉案件数由上年的120件增长为314件。"
    assert [row[1] for row in qualified_rows(text, rules, year=2014)] == ["2013", "2014"]


def test_the_year_a_thing_began_opens_a_span_to_date(rules):
    # 始于2015年的…品牌，已累计开展活动500余场: the total to date, not 2015's figure
    text = "这个始于2015年的普法品牌，已累计开展普法活动500余场。"
    assert [row[1] for row in qualified_rows(text, rules, year=2025)] == ["2025"]


@pytest.mark.parametrize(
    ("raw", "value", "scale"),
    [("二十五", 25, 1), ("一百四十七", 147, 1), ("两千", 2000, 1), ("三点七万", 3.7, 10_000), ("二十五万", 25, 10_000),
     ("４４０", 440, 1), ("2,917", 2917, 1), ("86.27", 86.27, 1), ("3.7万", 3.7, 10_000)],
)
def test_numbers_in_reads_every_form(raw, value, scale):
    (mention,) = numbers_in(f"共{raw}项")
    assert (mention.value, mention.scale) == (value, scale)


def test_numbers_in_joins_thousands_set_apart_by_a_blank_only_between_words():
    # a printed study writes 45 317份; cells, lists of numbers and dates keep their blanks
    assert [m.value for m in numbers_in("行政判决书45 317份，共计104 960份")] == [45317, 104960]
    assert [m.value for m in numbers_in("共1 234万元")] == [1234]
    assert [m.value for m in numbers_in("| 12 | 345 |")] == [12, 345]
    assert [m.value for m in numbers_in("有 12 345 678 件")] == [12, 345, 678]
    assert [m.value for m in numbers_in("河南(8 917)、2019年 3月")] == [8, 917, 2019, 3]


def test_a_grouped_number_is_one_figure_with_its_quote(rules):
    assert qualified_rows("审结行政复议案件1 234件。", rules) == [("reconsideration_concluded", "2017", "1234", "件", "")]


def test_value_in_text_accepts_the_value_with_or_without_its_multiplier():
    # the build's value-in-quote check: unchanged for Arabic digits, now also for 三点七万
    assert value_in_text(3.7, "继续扩大市县级生态公益林面积3.7万亩")
    assert value_in_text(37000, "继续扩大市县级生态公益林面积3.7万亩")
    assert value_in_text(3.7, "面积三点七万亩") and value_in_text(37000, "面积三点七万亩")
    assert not value_in_text(37, "面积三点七万亩")


def test_a_paragraph_carries_its_opening_year_to_its_later_sentences(rules):
    # a summary states 2005's figures in one paragraph and 2006's in the next, each year said once
    text = ("2005年，全市共收到行政复议申请63件。经审查，依法受理45件。\n"
            "2006年，全市共收到行政复议申请70件。经审查，依法受理50件。")
    periods = [(row[1], row[2]) for row in qualified_rows(text, rules, year=2006)]
    assert periods == [("2005", "63"), ("2005", "45"), ("2006", "70"), ("2006", "50")]
    # a later sentence that names its own period keeps it, and a new paragraph starts from the report year
    text = "2005年，全市共收到行政复议申请63件。今年依法受理45件。\n经审查，依法受理40件。"
    assert [row[1] for row in qualified_rows(text, rules, year=2006)] == ["2005", "2006", "2006"]
    # a year with its month opens no paragraph's period
    text = "2005年3月，全市开展专项清理。经审查，依法受理45件。"
    assert [row[1] for row in qualified_rows(text, rules, year=2006)] == ["2006"]
    # 现有 (now has) is the report year's, whatever year opened the paragraph
    text = "2005年，全市共收到行政复议申请63件。全市现有行政执法人员563名。"
    assert [row[1] for row in qualified_rows(text, rules, year=2006)] == ["2005", "2006"]


def test_a_year_carried_over_or_of_an_earlier_round_is_not_the_figures(rules):
    # 2019年结转 is carried into this year, 结转2021年度 into the next; 继去年…之后 names the earlier round
    text = "2020年共收到政府信息公开申请12件，2019年结转申请3件，共办结13件，结转2021年度继续办理2件。"
    assert [row[1] for row in qualified_rows(text, rules, year=2020)] == ["2020", "2020", "2020", "2020"]
    text = "继去年取消行政许可事项之后，再次清理规范25项中介服务事项。"
    assert [row[1] for row in qualified_rows(text, rules, year=2020)] == ["2020"]


def test_a_year_in_a_bracketed_aside_is_the_period_of_the_aside_only(rules):
    # a yearly analysis gives the year before's figure in brackets; what follows the bracket is this year's
    text = "2020年,全市法院共受理各类案件7976件(2019年6593件),审结7982件（2019年6803件）,同比分别增长20.98%和17.33%。"
    periods = [(row[1], row[2]) for row in qualified_rows(text, rules, year=2020)]
    assert periods == [("2020", "7976"), ("2019", "6593"), ("2020", "7982"), ("2019", "6803"),
                       ("2020", "20.98"), ("2020", "17.33")]


def test_a_hard_wrapped_line_is_one_sentence_with_the_next(rules):
    # a gazetteer copied from a PDF breaks its lines mid-sentence: the year of the line before is the period
    text = ("第一轮 2002 年县行政审批中心成立后，实行集中办理审批事项，12 个部门进驻，下设 7 个分中心，\n"
            "办理 108 项审批事项。\n一、加强组织领导，靠实工作责任\n全县办理 97 项审批事项。")
    periods = [(row[1], row[2]) for row in qualified_rows(text, rules, year=2010)]
    assert periods == [("2002", "12"), ("2002", "7"), ("2002", "108"), ("2010", "97")]
    # a line that ends its sentence stays apart from the next
    text = "2002 年全县受理 12 件。\n办理 108 项审批事项。"
    assert [row[1] for row in qualified_rows(text, rules, year=2010)] == ["2002", "2010"]


def test_a_compared_year_owns_the_number_after_its_count_noun(rules):
    # 较2020年该类案件量42件: 42 is 2020's; the rise after it (增长了一倍) and the next figure are this year's
    text = "以街道乡镇为被申请人的案件84件，较2020年该类案件量42件增长了一倍；较2020年增长30件。"
    periods = [(row[1], row[2]) for row in qualified_rows(text, rules, year=2021)]
    assert periods == [("2021", "84"), ("2020", "42"), ("2021", "30")]
