"""Round 73 (#17): what blind65 showed that recurs in any report.

Named: the fines' total (罚款总额) and its fall; a case won counted before 胜诉; disclosure requests answered by 答复
alone after the requests received, or after a long 已按规定…予以答复; outcomes named in quotes (“予以公开”N件) and the
form's 区分处理; interpretations written 政策图解和文字解读; 資訊, Taiwan's word for 信息, on big5 gateways. Left
unnamed: administrative mediators (not people's mediators); a total since a body began its work in a month of a
year named (自2021年9月底运作以来); the set items removed are taken from (N项…中，取消M项). A stock of licensing
items (共有N项) is not items removed.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_fines_total_and_its_fall(checkout_rules) -> None:
    read = named("2024年，全年企业罚款总额为36万元，较去年下降18%。", 2024, checkout_rules)
    assert read["36"] == "enforcement_fines" and read["18"] == "enforcement_fines_decline_stated"


def test_a_case_won_counted_before_the_verb(checkout_rules) -> None:
    text = "2022年，本局被提起行政诉讼3起，其中2起本局胜诉。"
    assert named(text, 2022, checkout_rules)["2"] == "litigation_won"


def test_requests_answered_by_the_verb_alone_or_at_length(checkout_rules) -> None:
    read = named("2010年，本局受理政府信息公开申请9件，答复8件。", 2010, checkout_rules)
    assert read["9"] == "disclosure_requests" and read["8"] == "disclosure_requests_answered"
    text = "2022年，共受理依申请公开41件。受理的39件申请件已按规定在法定期限内予以答复。"
    read = named(text, 2022, checkout_rules)
    assert read["41"] == "disclosure_requests" and read["39"] == "disclosure_requests_answered"


def test_outcomes_named_in_quotes(checkout_rules) -> None:
    text = "2022年收到依申请公开52件，其中“予以公开”30件、“不予公开”4件、“区分处理后公开数”7件。"
    read = named(text, 2022, checkout_rules)
    assert read["30"] == "disclosure_granted" and read["4"] == "disclosure_refused"
    assert read["7"] == "disclosure_partly_granted"


def test_interpretations_as_diagrams_and_text(checkout_rules) -> None:
    assert named("2022年，共开展政策图解和文字解读31篇。", 2022, checkout_rules)["31"] == "disclosure_interpretations"


def test_taiwans_word_for_information(checkout_rules) -> None:
    text = "2010年，本局共主動公開政府資訊42條，其中機構職能類資訊5條。"
    read = named(text, 2010, checkout_rules)
    assert read["42"] == "disclosure_proactive_items" and read["5"] == "disclosure_overview_items"


def test_administrative_mediators_are_no_peoples_mediators(checkout_rules) -> None:
    text = "2020年，全市共有行政调解员3120人。"
    assert named(text, 2020, checkout_rules)["3120"] == ""


def test_a_total_since_a_month(checkout_rules) -> None:
    text = "自2021年10月底运作以来，中心已化解各类矛盾纠纷320余件。"
    assert named(text, 2022, checkout_rules)["320"] == ""


def test_the_set_items_are_removed_from_and_a_stock(checkout_rules) -> None:
    text = "2018年，全市全面取消非行政许可审批事项，市政府12个部门41项非行政许可项目中，取消19项。"
    assert named(text, 2018, checkout_rules)["41"] == ""
    text = "2018年，本市进一步精简压缩审批时限，目前，全市共有245项行政许可事项。"
    assert named(text, 2018, checkout_rules)["245"] == "licensing_items"
