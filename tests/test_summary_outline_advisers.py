"""The 纲要 items 政府法律顾问 and 重大行政决策 are stated by the counts reports give of them, not only by the rates
and reviews the catalog first knew: qa38 onboarded 麻城市's 2020年上半年法治政府建设工作总结 (blind5), which
states 市政府常年有7名法律顾问, 全市46个部门 (聘请法律顾问) and 共通过16项重大行政决策事项, and its one-page
summary listed both items among those 'the 纲要 requires and the report does not state'."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.publish import summary
from indicators.read import analysis

# the excerpt's sentences, as 麻城市 wrote them
PAGE = ("麻城市2020年上半年法治政府建设工作总结\n"
        "市政府常务会议共通过16项重大行政决策事项。市政府常年有7名法律顾问，全市46个部门"
        "和22个乡镇办区园聘用了专(兼)职法律顾问。\n")


@pytest.mark.parametrize(("item", "row", "given"), [
    ("政府法律顾问", "legal_advisers,2020,7,名,,市政府常年有7名法律顾问,", "政府法律顾问 7名"),
    ("政府法律顾问", "departments_with_legal_advisers,2020,46,个,,全市46个部门,", "聘请法律顾问的部门（单位） 46个"),
    ("政府法律顾问", "legal_adviser_localities,2020,22,个,,22个乡镇办区园聘用了专(兼)职法律顾问,",
     "聘请法律顾问的下级政府 22个"),
    ("重大行政决策", "major_decisions_deliberated,2020,16,项,,共通过16项重大行政决策事项,",
     "常务会议审议的重大行政决策事项 16项"),
])
def test_the_counts_of_an_item_state_it(project: Path, tmp_path: Path, item: str, row: str, given: str) -> None:
    from onboarded_page import add_page, build

    add_page(project, tmp_path, PAGE, "421181-2020", "麻城市人民政府")
    # add-report reads no title from a heading ending 工作总结: the analyst fills it in, as the review list asks
    meta = project / "data" / "raw" / "reports" / "421181-2020.meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('title: ""', f'title: "{PAGE.splitlines()[0]}"'),
                    encoding="utf-8")
    db = tmp_path / "db.duckdb"
    assert build(project, "421181-2020", row + "\n", db).exit_code == 0
    lines = summary.outline_sentences(analysis.outline_gaps("421181", 2020, db))
    assert not any(line.startswith(f"{item}：报告未提供") for line in lines), lines
    (stated,) = [line for line in lines if line.startswith("报告已提供：")]
    assert f"{item}（{given}" in stated, stated
