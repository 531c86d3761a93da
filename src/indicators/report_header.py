"""What a report page states of itself in its first and last lines (title, issuer, signing and publishing dates),
the township, street or department a title names below the jurisdiction, and a part of the year a heading names:
`add-report` records the first in meta.yml and points out the others, whose figures the database would read as the
jurisdiction government's and the whole year's."""

from __future__ import annotations

import itertools
import re

import pandas as pd

from indicators.extract.text import body_lines
from indicators.raw.covers import title_part

# a numbered section heading (一、主要工作落实情况, （二）..., 3.) is not the report's title: taken for one, it
# named the report 《一、主要工作落实情况》 on every page, and add-report did not ask for a title; the blanks before
# it are taken whole (\s*+), else giving one back let an indented "  (一)基本情況" past the heading test
# a yearly or half-yearly 工作总结 is a report's title too: qa38's 麻城市2020年上半年法治政府建设工作总结 was recorded
# with none, though its covers (上半年) was read from the same line. A crumb mark is in no title: a site's path
# 政务公开 > 规划计划 > 计划总结 above the title was taken for it
_TITLE = re.compile(r"^\s*+(?![一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])"
                    r"(?P<title>[^。，,；;|>＞›»]{4,60}?(?:报告|報告|情况|情況|白皮书|工作方案|总结|總結"
                    # a summary with the next year's plan joined (政务服务中心2019年工作总结及2020年计划, qa44): its title
                    r"|(?:总结|總結)(?:和|及|暨|与|與|以及|、)[^。，,；;|>＞›»]{0,16}?(?:计划|計劃|安排|打算|思路|要点|要點)))\s*$")
# the government's office (某市人民政府办公厅关于…) or a street office under it (…人民政府东城街道办事处) is the issuer, not
# the government the lazy match stopped at: qa44 noticed 人民政府办公室 reports recorded as the government's
_ISSUER = re.compile(r"^(?:(?:19|20)[0-9]{2}年度?)?(?P<issuer>[^0-9]{2,24}?(?:人民政府"
                     r"(?:[^0-9年关於于，。、]{0,10}?(?:办公室|辦公室|办公厅|辦公廳|办事处|辦事處))?|(?<!法治)(?<!法制)政府|司法局|司法厅"
                     r"|办公室|辦公室|辦公廳|办公厅|(?<!法治)(?<!法制)局|委员会))")
_PUBLISHED = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|发布于)\s*[:：]?\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")
# a page's header line dating it with a bare label (来源:黄石市司法局 时间:2021-03-16, 发布时期:2025-08-20: qa50), read in
# the lines above the body only: 受理时间:2020-05-06 in the body dates no page
_HEADER_TIME = re.compile(r"(?:^|\s)(?:时间|時間|日期|发布时期|發布時期)\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})")
HEADER_LINES = 8
# the date a 政府信息公开 page says the document was signed (成文日期:2025-03-17, qa50's 郑州市 2024), where no closing
# date line says it; not one after the page's publication, which the build refuses
_WRITTEN = re.compile(r"(?:成文日期|成文時間|成文时间)\s*[:：]?\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")
# the year a title names (吐祥镇2025年法治政府建设情况报告): added under another --year, a 2025 report's figures
# would be read as another year's with nothing said
TITLE_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
# a body below the jurisdiction's government, named after the jurisdiction in a title: a township, a street, a
# department (局, 分局) or an office; or a court or procuratorate, which is no part of the government either (黄石市中级
# 法院、黄石市司法局联合发布…: qa44's 黄石市 2024 went in as the city's without a word); 人民政府 itself is the government.
# The body ends where a year, 关于, the title's end, a second issuer (、) or a joint release (联合, 发布) follows.
_BODY_WORDS = r"(?:镇|乡|街道办事处|街道|分局|局|法院|检察院|中心)"  # 中心: a service centre (县政务服务中心, qa44)
_BODY = re.compile(r"^(?P<body>(?!人民政府)[^0-9年（(“\"、]{1,12}?" + _BODY_WORDS + r")(?:[0-9]|关于|、|联合|发布|$)")
# a title naming a body and not the jurisdiction: the body is the whole issuer (重庆市万盛经开区交通局, 京山市卫生健康局)
_NAMED_BODY = re.compile(r"^(?P<body>[^0-9年（(“\"|、]{2,24}?" + _BODY_WORDS + r")(?:[0-9]|关于|、|联合|发布)")
_SIGNED = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$")
# a disclosure page's catalogue table names the title with a label (标题 济宁市兖州区人民政府…, 标  题: …, 标 题 | … |):
# taken with it, every summary's source line read 《标题 济宁市兖州区人民政府…》 and the issuer 标题 济宁市…
_LABEL = re.compile(r"^[\s|]*[标標]\s*[题題][\s:：|]*(?P<title>.*?)[\s|]*$")
# a title in a table's one cell, the row's other cells empty (泰顺县人民政府关于2023年法治政府建设年度报告 |, …报告 | ||);
# add-report said such a page stated no title. A page that repeats its title in that cell gives it once
_ONE_CELL = re.compile(r"^[\s|]*(?P<cell>[^|]*[^|\s])[\s|]*$")
# a site's column name in 【】 before the title (【省政府法治建设报告】湖北省人民政府关于2022年度…的报告, blind24): kept, the
# issuer read 【省政府 and every page's source line 《【省政府法治建设报告】湖北省…》, and add-report asked for neither
_COLUMN = re.compile(r"^\s*【[^】]{1,20}】\s*")
_TWICE = re.compile(r"(?P<once>.+?)\s+(?P=once)")
# the line above a title that names no issuer, when it is one (重庆市铜梁区人民政府东城街道办事处 / 2024年法治政府建设工作报告)
_ISSUER_LINE = re.compile(r"^\s*(?P<issuer>[^0-9。，,；;：:|]{2,30}?(?:人民政府|办事处|辦事處|局|委员会|委員會|办公室|辦公室))"
                          r"\s*$")

# the name a title opens with, before its year or 关于 (石鼻镇 of 石鼻镇2024年法治政府建设工作情况报告)
_NAMED_AT_START = re.compile(r"^(?P<name>[^0-9年（(“\"|]{2,24}?)(?:(?:19|20)[0-9]{2}年|关于|關於)")

# a mirror's pinyin gloss after a character (海珠區(qū)關(guān)於…): kept in a recorded title, every page's source line
# read 《廣州市海珠區(qū)…》; the figures' quotes keep them, as the text does
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\([a-z\u00e0-\u024f]{1,7}\)")

# the first part of a title broken after its issuer's 关于 (金华市教育局关于2023年法治政府 / 建设工作情况的报告): the second
# line alone was the title, with no issuer and no word that the report is a bureau's
# the first part of a title broken elsewhere (昌吉州人民政府2024年度法治政府 / 建设情况报告): a line with the year and no
# punctuation nor blank above a title naming no year; the second line alone was the title, 《建设情况报告》
_YEAR_START = re.compile(r"^\s*(?P<start>[^。，,；;：:|>\s]{0,30}?(?:19|20)[0-9]{2}年度?[^。，,；;：:|>\s]{0,20})\s*$")
_TITLE_START = re.compile(r"^\s*(?P<start>[^。，,；;：:|>]{2,30}?(?:关于|關於)[^。，,；;：:|>]{0,30}?)\s*$")

# site words before a title on the page's first line (秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于…的报告,
# qa33's 湖北省 2023; 首页 > 政务公开 > 正文 …; 当前位置：…; 某市人民政府门户网站某县…): add-report recorded no title, or the
# banner with it. A URL, a crumb mark, a path's lead-in or a site's name, then separators; bare 网 only before one
_SITE = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)(?![A-Za-z0-9])"
                   r"[/A-Za-z0-9._?=&%-]*|[>＞›»]|您现在的位置|您的位置|当前位置|所在位置|首页|主页|正文"
                   r"|门户网站|网站|门户|之家|政府网(?![格络上])|网(?=[\s—|:：])")
_BANNER_REACH = 300  # characters of a line searched for site words and a title after them
_SEPARATORS = re.compile(r"[\s:：—|>＞›»/-]*")
# the title forms read after them, ending the line: …关于…的报告, …年…报告, opening with a name (not 关于 nor a
# digit: 门户网站2023年工作年度报告 is a site's own report, named by the site)
_STOP = r"\s>＞›»:：|/—。，,；;"
_AFTER_SITE = re.compile(rf"(?!关于|關於)[\u4e00-\u9fff](?:[^{_STOP}]{{1,40}}?(?:关于|關於)[^{_STOP}]{{2,50}}?的(?:报告|報告)"
                         rf"|[^{_STOP}]{{0,30}}?(?:19|20)[0-9]{{2}}年[^{_STOP}]{{2,50}}?(?:报告|報告))\s*")


def _after_site(text: str, before: int) -> str:
    """The title a line of the page's first ones (chrome too: a crumb line is dropped from the body) holds after
    site words, if it ends the line and the line starts before `before`; "" if none does. A line that is only a
    banner or only crumbs (首页 > 政务公开 > 法治政府建设年度报告) holds no title form and gives none. A page saved
    without line breaks is one line: its title is the first title form after the site words, the body after it."""
    lines = list(itertools.islice(re.finditer(r"[^\r\n]+", text), 15))
    for line in lines:
        if line.start() > before:
            return ""
        plain = _GLOSS.sub("", line.group()[:_BANNER_REACH])  # a banner opens its line: a long body is not searched
        one_line = len(lines) == 1
        for site in _SITE.finditer(plain):
            tail = plain[_SEPARATORS.match(plain, site.end()).end():]
            whole = len(line.group()) <= _BANNER_REACH  # the line's end is in reach: a title may end it
            found = _AFTER_SITE.match(tail) if one_line else _AFTER_SITE.fullmatch(tail) if whole else None
            if found and not _SITE.search(found.group()):  # the last site word: none in the title
                return found.group().strip()
    return ""


def _unlabelled(line: str) -> str:
    """A catalogue table's title cell without its label and cell bars, a row's one filled cell without its bars;
    any other line as it is (a table row's cells, 索引号 | … | 组配分类 | 决策部署落实情况, are never a title)."""
    line = _COLUMN.sub("", line)
    if labelled := _LABEL.match(line):
        return labelled.group("title")
    if "|" not in line or not (cell := _ONE_CELL.match(line)):
        return line
    return twice.group("once") if (twice := _TWICE.fullmatch(cell.group("cell"))) else cell.group("cell")


def stated(text: str) -> dict[str, str]:
    """Title, issuer and dates where the text states them ("" where it does not)."""
    spans = body_lines(text)
    lines = [_GLOSS.sub("", line.text) for line in spans]
    # characters a page lost on the way (??, U+FFFD) do not hide a numbered heading: 巴州 2020's "??一、2020年…情況"
    index, title = next(((i, m.group("title")) for i, line in enumerate(lines[:15])
                         if (m := _TITLE.match(_unlabelled(line.lstrip("?？\ufffd"))))), (0, ""))
    if after_site := _after_site(text, spans[index].start if title else len(text)):
        index, title = 0, after_site  # the banner's line holds all of it: no line above is joined to it
    above = _ISSUER_LINE.match(lines[index - 1]) if title and index and not _ISSUER.match(title) else None
    # the title split under its issuer's line is one, unless the title opens with a name that line already holds:
    # 中共石鼻镇委员会 石鼻镇人民政府 / 石鼻镇2024年…报告 is 石鼻镇's title under its two issuers, not one title
    named = _NAMED_AT_START.match(title) if above else None
    joined = above and not (named and named.group("name") in above.group("issuer"))
    title = above.group("issuer") + title if joined else title
    start = _TITLE_START.match(lines[index - 1]) if title and index and not above else None
    if title and index and not above and not start and not TITLE_YEAR.search(title):
        start = _YEAR_START.match(lines[index - 1])  # …2024年度法治政府 / 建设情况报告: a year's title broken anywhere
    title = start.group("start") + title if start else title  # and so is a title broken after its 关于
    issuer = above.group("issuer") if above else m.group("issuer") if title and (m := _ISSUER.match(title)) else ""
    head = [line for line in text.splitlines() if line.strip()][:HEADER_LINES]  # as received: chrome lines too
    published = _PUBLISHED.search(text) or next((m for line in head if (m := _HEADER_TIME.search(line))), None)
    signed = next((m for line in reversed(lines[-8:]) if (m := _SIGNED.match(line))), None)

    def iso(match: re.Match[str] | None) -> str:
        return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}" if match else ""
    signed_date = iso(signed) or iso(_WRITTEN.search(text))
    if signed_date and published and signed_date > iso(published) and not signed:
        signed_date = ""
    return {"title": title, "issuer": issuer, "signed_date": signed_date, "published_date": iso(published)}


def body_below(title: str, name: str) -> list[str]:
    """The township, street or department a title names right after the jurisdiction (奉节县吐祥镇2025年…,
    龙川县司法局2024年…), or as its issuer where it does not name the jurisdiction at all (重庆市万盛经开区交通局2021年…
    added as 綦江区): its report is not the jurisdiction government's, which the database takes it for."""
    # after the name, 人民政府 is the government's own (铜梁区人民政府东城街道办事处: its street office)
    found = (_BODY.match(title.partition(name)[2].removeprefix("人民政府")) if name and name in title
             else _NAMED_BODY.match(title))
    return [found.group("body")] if found else []


def part_of_year(text: str, title: str) -> str:
    """The part of a year the title names (raw/covers.py, as the build reads a stored title), or, where the text
    states no title, a heading among its first lines (a line of at most 60 characters without 。): 上半年, 第二季度,
    9月; "" if none does."""
    headings = [title] if title else [line.text.strip() for line in body_lines(text)[:8]
                                      if len(line.text.strip()) <= 60 and "。" not in line.text]
    return next((part for heading in headings if (part := title_part(heading))), "")


def named_instead(title: str, place: dict[str, str], table: pd.DataFrame) -> tuple[str, str]:
    """(name, code) of the jurisdiction of the GB/T 2260 `table` a title opens with, past the names of those above
    `place` (广东省肇庆市高要区…), when it is not `place`: 高要区's page added as 鼎湖区 (441203) was taken without a
    word, its figures read as 鼎湖区's. The longest name the opening starts with is taken; ("", "") where the title
    opens with the place's name or with none (中共…, 关于…, a township or department of its own)."""
    own = place["name_zh"]
    above = table.loc[table["jurisdiction_code"].isin([place.get("parent_code"), place.get("province_code")]), "name_zh"]
    opening, passed = _COLUMN.sub("", title).strip(), ""
    while prefix := next((name for name in above if name and name != own and opening.startswith(name)), ""):
        opening, passed = opening[len(prefix):], prefix
    if not own or opening.startswith(own):
        return "", ""
    names = set(table["name_zh"])
    # a name above the place's and no other after it: the prefecture's or province's own page (肇庆市人民政府…)
    other = next((opening[:size] for size in range(min(len(opening), 12), 1, -1) if opening[:size] in names), passed)
    if not other or other == own:
        return "", ""
    return other, str(table.loc[table["name_zh"] == other, "jurisdiction_code"].iloc[0])
