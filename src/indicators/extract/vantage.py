"""The year a text speaks from: the report's year, or the year after it.

`--year` is the year a report is about. A yearly report written in that year says 今年/本年 of it and
去年 of the year before; a news release or a conference speech of the year after says 去年 of the
report's year (去年，全市共收到行政复议申请2371件 in a release of 2017 on 2016's figures). Read on
the real excerpts (tests/extract/real), every figure dated by a bare 去年 or 上年 in a text that dates
no figure by 今年 or 本年 is the report year's in the curated files (eleven excerpts of nine
jurisdictions, 2006-2025); the texts that do date figures by 今年 or 本年 use 去年 only in comparisons.
"""

from __future__ import annotations

import re
from functools import lru_cache

# 今年共办理…30件, 本年新收…: a this-year word with a number after it in its sentence; a year or a day after it
# is no figure (召开今年首场…会议，…部署2017年新任务 in a release of 2017 on 2016's figures)
_THIS_YEAR_FIGURE = re.compile(r"(?:今年|本年)[^。；;!?！？\n]*?(?<![0-9０-９])[0-9０-９]+(?![0-9０-９.．]*\s*[年月日号])")


@lru_cache(maxsize=4)
def speaks_from_year_after(text: str) -> bool:
    """True where the text dates no figure by 今年/本年, so that its 去年 is the report's year; once per
    text (str hashes are cached, so the look-up costs nothing after the first)."""
    return _THIS_YEAR_FIGURE.search(text) is None
