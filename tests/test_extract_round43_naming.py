"""Round 43 (#17): causes of wrong names and unnamed figures the batch blind34 showed that recur in any report: two
bodies of the Party and the government joined by 和 (not only 、) before one count of law study are the leadership's
joint figure, as curators of five batches name it; a count of this month (本月, 当月, 本季度) and every figure of a text
whose first sentence opens with one month (2025年5月，…) are a part of the year; items handled in Sichuan and
Chongqing alike (川渝通办) are items handled across provinces. Each withholding test also states the plain sentence,
which keeps its metric. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_party_and_government_bodies_joined_by_and_are_the_leaderships_joint_figure(rules) -> None:
    text = "2023年，县委常委会和县政府常务会专题学法12次。"
    assert named(text, 2023, rules)["12"] == "leadership_law_study_sessions"
    text = "2023年，市委常委会会议与市政府常务会议学习宪法和法律法规共9次。"
    assert named(text, 2023, rules)["9"] == "leadership_law_study_sessions"
    text = "2023年，县政府常务会议专题学法12次。"  # the government's own meetings alone stay its own
    assert named(text, 2023, rules)["12"] == "executive_law_study_sessions"
    text = "2023年，县政府党组会议和县政府常务会议集体学法6次。"  # two of the government's own bodies
    assert named(text, 2023, rules)["6"] == "executive_law_study_sessions"


def test_a_count_of_this_month_is_a_part_of_the_year(rules) -> None:
    text = "本月，区热线共办结群众诉求工单2150件，办结率99%。"
    assert named(text, 2024, rules)["2150"] == ""
    text = "2024年，区热线共办结群众诉求工单2150件，办结率99%。"
    assert named(text, 2024, rules)["2150"] == "hotline_requests_concluded"


def test_a_text_opening_with_one_month_speaks_of_that_month(rules) -> None:
    text = "热线运行情况\n2024年8月，我区12345热线共受理群众诉求工单4120件。全区共办结工单3980件。"
    found = named(text, 2024, rules)
    assert found["4120"] == "" and found["3980"] == ""
    text = "热线运行情况\n2024年，我区12345热线共受理群众诉求工单4120件。全区共办结工单3980件。"
    found = named(text, 2024, rules)
    assert found["4120"] == "hotline_requests_received" and found["3980"] == "hotline_requests_concluded"


def test_items_handled_in_sichuan_and_chongqing_alike_are_handled_across_provinces(rules) -> None:
    assert named("2024年，新增128项“川渝通办”事项。", 2024, rules)["128"] == "cross_province_items"
    assert named("2024年，承接川渝通办事项清单96项。", 2024, rules)["96"] == "cross_province_items"
    assert named("2024年，线下办理“川渝通办”事项8600件。", 2024, rules)["8600"] == "cross_area_cases"


def test_the_gazette_named_by_its_title_is_counted_in_issues(rules) -> None:
    assert named("2023年，编印《某县人民政府公报》12期。", 2023, rules)["12"] == "government_gazette_issues"
    assert named("2023年，编印《法治宣传简报》12期。", 2023, rules)["12"] == ""  # no gazette of the government


def test_policy_documents_written_with_information_after_them(rules) -> None:
    text = "2023年，主动公开政府信息共计208条，其中政策文件信息47条。"
    assert named(text, 2023, rules)["47"] == "disclosure_policy_documents"


def test_integrated_services_counted_before_their_noun_are_one_thing_services(rules) -> None:
    assert named("2023年，区级承接市级统筹的28项集成服务。", 2023, rules)["28"] == "one_thing_services"
    assert named("2023年，全区完成集成服务3.2万项。", 2023, rules)["3.2"] == ""  # services done, not the services
    text = "2023年，全面推开“一窗受理、一网通办、一号联通”五个一集成服务。"  # a slogan's numeral, no figure
    assert "5" not in named(text, 2023, rules)


def test_a_count_followed_by_its_average_yearly_growth_is_a_total_over_years(rules) -> None:
    assert named("全省共办理法律援助案件26.5万件，年均增长13.5%。", 2024, rules)["26.5"] == ""
    text = "全省共办理法律援助案件26.5万件，同比增长13.5%。"  # the year's growth: the year's count
    assert named(text, 2024, rules)["26.5"] == "legal_aid_cases"


def test_publicity_events_for_one_audience_are_a_part_of_the_events(rules) -> None:
    text = "2023年，全区开展法治讲座140场，其中老年人普法活动35场。"
    assert named(text, 2023, rules)["35"] == ""
    assert named("2023年，全区开展普法活动35场。", 2023, rules)["35"] == "publicity_events"


def test_cases_counted_as_examples_of_services_are_not_the_services(rules) -> None:
    assert named("2024年，形成18个“高效办成一件事”事项落地案例。", 2024, rules)["18"] == ""
    assert named("2024年，上线18个“高效办成一件事”集成服务。", 2024, rules)["18"] == "one_thing_services"


def test_the_fiscal_kind_of_information_written_plain(rules) -> None:
    text = "2022年，在政府网站主动公开信息80条，其中：通知公告类30条，财政信息类4条。"
    assert named(text, 2022, rules)["4"] == "disclosure_fiscal_items"
