"""Sessions named by who held them and what they did: a BODY (政府常务会议, 中心组, 领导班子, 各部门, 县委常委会)
doing an ACTION (学法, 专题学习 of a law, 专题研究法治建设, 研讨) counted in a unit family names one catalog metric.

Reports word these figures in endless combinations (县政府常务会专题学习4次, 全年领导班子会议学法8次, 县委常委会会议
专题研究法治建设工作5次); whole wordings fitted to the sentences seen did not carry to the next report. So the
grammar is data: `data/session_bodies.csv` (pattern → body), `data/session_actions.csv` (pattern → action) and
`data/session_metrics.csv` ((body, action, unit family) → metric id, read from the catalog's definitions). The action
is read in the number's own clause (right before it, or right after it: 4次对《审计法》等法律法规进行专题学习); the body
is the one named last before the action, which may be the sentence's subject several clauses before, or the one
right after the number (11次区政府常务会议学法). A pair the table does not hold names nothing here: the metric
vocabulary is tried as before.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.joint_bodies import joint, last_body, means_listed
from indicators.extract.mentions import Quantity
from indicators.extract.rules import Rule, unit_family
from indicators.extract.text import CLAUSE_MARK, Span, data_rows
from indicators.extract.topics import mixed_topics

_TAIL = re.compile(r"[^，,。；;：:0-9０-９]*")
_NEAR = 4  # a body after the number follows it at once (9次区政府党组会议), not in the next item
_SUBJECT = 8  # a clause's subject opens it: 严格落实区委常委会会议、… (a verb of a few characters may come first)
_PLAN = re.compile(r"将(?P<topic>[^，,。；;]{1,30}?)(?:纳入|列入|作为)")
_LAW_TOPIC = re.compile(r"法治|法律|宪法|民法典|法规")
_OBJECT_FIRST = re.compile(r"对|向|为|给")  # 对乡村干部、部门负责人开展法律培训: the clause opens with its object
_LISTED_COUNTS = re.compile(r"(?:[^，,。；;0-9０-９]{1,14}、[0-9０-９]+(?:次|场次|场|期))+")  # 常务会议、2次
_ITEM = 14  # the last item's body before the list's action (2次党组会议研究…)
_BODIES = frozenset({"个", "家"})  # bodies counted: 9个市政府部门, 4家行政执法单位
# later items of a list of meetings, each its own meeting counted, up to the clause's end (、县联席会议5次，研究…)
_LATER_MEETINGS = re.compile(r"(?:、[^，,。；;、0-9０-９]{1,16}?会(?:议)?[0-9０-９]+(?:次|场次|场|期))+(?=[，,])")
_PURPOSE = re.compile(r"[，,]((?:专题)?(?:研究|听取|审议|部署)[^，,。；;]*)")  # the next clause, opening with its verb
_FREQUENCY = re.compile(r"每(?:年|季度|季|月|两月|半年|周|次)[^0-9０-９]{0,10}$")
_COUNT = re.compile(r"[0-9０-９]")
# 市委常委会“第一议题”传达学习习近平法治思想6次: the agenda's first item is political study, whatever its topic; the
# curated sets name no study metric for it (黄村镇, 西兴街道, 人民街街道, 龙川县司法局, 三门峡市)
_FIRST_ITEM = re.compile(r"第一议题")
# 在中心组学习会、党委班子会议上作专题辅导4次: a leader's talks given at the bodies' meetings, not their sessions
_VENUE = re.compile(r"在[^，,。；;]{1,40}?(?:会|会议)上(?:作|做|讲)")
# 党员大会集中学习33次, 主任办公会学法6次: a list item's own meeting, of no body the table holds
_OWN_MEETING = re.compile(r"大会|会议|例会|办公会")
PRIORITY = 5  # before the rules and wordings: a body and an action read together are the surer name
# 开展3期《学习贯彻习近平法治思想…》专题讲座: a title (to its clause end where a comma cuts it) names the topic, not the action
_TITLE = re.compile(r"《[^《》]*(?:》|$)")


def _blank(title: re.Match[str]) -> str:
    """A title's words as blanks of its length: the action after it keeps its place (专题讲座 after 《学习…》)."""
    return " " * len(title.group())


@cache
def _grammar() -> tuple[tuple[tuple[re.Pattern[str], str], ...], tuple[tuple[re.Pattern[str], str], ...],
                        dict[tuple[str, str, str], str]]:
    """The bodies, the actions and the table that pairs them, as compiled from the data files."""
    bodies = tuple((re.compile(row["pattern"]), row["body"]) for row in data_rows("session_bodies.csv"))
    actions = tuple((re.compile(row["pattern"]), row["action"]) for row in data_rows("session_actions.csv"))
    table = {(row["body"], row["action"], row["family"]): row["metric_id"] for row in data_rows("session_metrics.csv")}
    return bodies, actions, table


@cache
def _counted_actions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The actions the table pairs with bodies counted as their object (督察 of departments and localities)."""
    _, actions, table = _grammar()
    return tuple(pair for pair in actions if any(key[1:] == (pair[1], "bodies") for key in table))


def session_metrics() -> frozenset[str]:
    """Every metric the grammar can name (the catalog must hold each)."""
    return frozenset(_grammar()[2].values())


def _family(unit: str) -> str:
    """The unit family of a measure word among those the table counts in (次 场 场次 期 → times; 个 家 → bodies)."""
    return "times" if unit.removeprefix("万") in unit_family("次") else "bodies" if unit in _BODIES else ""


def _counted_claim(quantity: Quantity, sentence: Span, said: str, clause_end: int) -> tuple[Rule, tuple[int, int]] | None:
    """Bodies counted as the object of the action (对5个县(市、区)、3个市直部门开展实地督察; 9个市政府部门…接受实地督察):
    the body is the noun right after the number, the action comes later in its clause."""
    bodies, actions, table = _grammar()
    end = quantity.end - sentence.start
    body = _first(bodies, said[end:clause_end])
    action = _first(_counted_actions(), said[end:clause_end])  # 9个部门围绕学习…接受实地督察: the action bodies are counted by
    if not body or body[0] > _NEAR or not action or action[0] < body[1]:
        return None
    metric = table.get((body[2], action[2], "bodies"))
    rule = Rule(f"session:{body[2]}+{action[2]}", metric, quantity.unit, None, None, None, "", PRIORITY) if metric else None
    return (rule, (quantity.start, sentence.start + end + action[1])) if rule else None


def _first(patterns: tuple[tuple[re.Pattern[str], str], ...], text: str) -> tuple[int, int, str] | None:
    """The class whose match starts first in `text` (the longer match where two start together)."""
    best: tuple[int, int, str] | None = None
    for pattern, name in patterns:
        match = pattern.search(text)
        if match and (best is None or (match.start(), -match.end()) < (best[0], -best[1])):
            best = (match.start(), match.end(), name)
    return best


def _subject(grammar: tuple, said: str, clause_start: int, action_at: int) -> tuple[int, str, bool] | None:
    """The body doing the action: the one named last before it in its own clause, or else the subject of the
    nearest earlier clause that opens with a body (县政府常务会议带头学习…，组织开展…法律法规学习9次), not a body
    named inside another clause (将习近平法治思想作为各党委理论学习中心组重点学习内容，…会前学法40次). A subject's
    head is its last body before the clause's verb (全市各级党委(党组)理论学习中心组专题学习…: the study group). A clause
    that puts a topic into a body's study plan (将习近平法治思想纳入党委理论学习中心组学习内容) names the body, and
    whether the study that follows is of law (the third value)."""
    bodies, actions = grammar
    own = last_body(bodies, said[clause_start:action_at])
    if own:
        start, body = joint(bodies, said[clause_start:action_at], own)
        return clause_start + start, body, False
    edge = max(said.rfind("；", 0, clause_start), said.rfind(";", 0, clause_start)) + 1  # a subject stops at ；
    starts = [edge] + [match.end() for match in CLAUSE_MARK.finditer(said, edge, clause_start)]
    for start, stop in reversed(list(zip(starts, starts[1:], strict=False))):
        plan = _PLAN.match(said, start, stop)  # 将习近平法治思想纳入党委理论学习中心组学习内容: whose study, on what
        opening = plan.end() if plan else start
        if not plan and (_OBJECT_FIRST.match(said, start) or not last_body(bodies, said[start:stop], _SUBJECT)):
            continue
        listed = None if plan else means_listed(bodies, said[start:stop])  # 通过A专题学习及B会前学法等形式
        if listed:
            return start, listed, False
        verb = _first(actions, said[opening:stop])
        subject = said[opening:opening + verb[0] if verb else stop]
        head = last_body(bodies, subject)
        if head and plan:  # a topic put in several bodies' programmes: the sessions counted are the last one's
            return opening + head[0], head[2], bool(_LAW_TOPIC.search(plan.group("topic")))
        if head:
            first, body = joint(bodies, subject, head)
            return opening + first, body, False
    return None


def session_claim(quantity: Quantity, sentence: Span, said: str) -> tuple[Rule, tuple[int, int]] | None:
    """The metric that the body and action around `quantity` name together, as a rule with the stretch
    from the body to the number; None where no body, no action or no pair of the table is found."""
    family = _family(quantity.unit)
    if not family or quantity.range_end:
        return None
    bodies, actions, table = _grammar()
    cut, end = quantity.start - sentence.start, quantity.end - sentence.start
    if family == "bodies":
        clause_end = CLAUSE_MARK.search(said, end)
        return _counted_claim(quantity, sentence, said, clause_end.start() if clause_end else len(said))
    marks = [match.end() for match in CLAUSE_MARK.finditer(said, 0, cut)]
    clause_start = marks[-1] if marks else 0
    if _FIRST_ITEM.search(said, max(clause_start, said.rfind("、", clause_start, cut) + 1), cut):
        return None  # “第一议题”学习N次 (in its own item of a list): the agenda's first item, no session of the table
    if _VENUE.search(said, clause_start, cut):
        return None
    if _FREQUENCY.search(said[clause_start:cut]):
        return None  # 每季度集体学法不少于1次: a rule's frequency, not the year's count
    tail = _TAIL.match(said, end).group()
    action = last_body(actions, said[clause_start:cut])
    earlier = last_body(actions, said[clause_start:clause_start + action[0]]) if action else None
    if earlier and said[:clause_start + action[0]].endswith("、") and not _COUNT.search(
            said, clause_start + earlier[1], clause_start + action[0]):  # 党组理论学习12次、法治专题学习3次: counted apart
        return None  # 研究法治政府建设相关工作、学习法律法规32次: two actions summed in one figure
    if action:
        action_at = clause_start + action[0]
    else:  # 4次对《审计法》等法律法规进行专题学习; not the next item of a list (12次、法治专题学习3次)
        action = None if tail.startswith(("、", "和", "及")) else _first(actions, _TITLE.sub(_blank, tail))
        action_at = end + action[0] if action else 0
    listed = _LISTED_COUNTS.match(said, end) if action is None else None
    if listed:  # 召开15次常务会议、2次党组会议研究审议法治政府建设工作: the list's action is each item's
        action = _first(actions, _TAIL.match(said, listed.end()).group())
        action_at = listed.end() + action[0] if action and action[0] <= _ITEM else 0
        action = action if action_at else None
    meetings = said[clause_start:cut]  # one body's meetings counted (a list may hold meetings of no body of the table)
    later = _LATER_MEETINGS.match(said, end)  # 县委常委会会议8次、县联席会议5次，研究…: the purpose follows the list
    following = _PURPOSE.match(said, later.end() if later else end) if action is None and (
        not tail or later) and "会" in meetings and "、" not in meetings else None
    found = _first(actions, following.group(1)) if following else None
    if found and found[0] == 0:  # 召开市委常委会会议15次，研究法治建设重要事项: the meetings' purpose follows them
        action, action_at = found, following.start(1)
    if action is None and said.startswith("其中", clause_start):  # …集体学法11次，其中市委理论学习中心组6次: its parent's
        parent = last_body(actions, said[marks[-2] if len(marks) > 1 else 0:clause_start])
        action, action_at = (parent, cut) if parent else (None, 0)
    if action is None:  # 县委常委会听取2次全面依法治县工作汇报: the number stands inside the action
        head = said[clause_start:cut]
        action = last_body(actions, head + tail)
        if action is None or not action[0] < len(head) < action[1]:
            return None
        action_at = cut
    item = said.rfind("、", clause_start, min(action_at, cut)) + 1  # the list item the action is said in
    if item and _OWN_MEETING.search(said, item, min(action_at, cut)) and not last_body(
            bodies, said[item:min(action_at, cut)]):
        return None  # 中心组专题研讨12次、党员大会集中学习33次: the item names its own meeting, not the group's
    after = None if tail.startswith("、") else _first(  # 11次区政府常务会议: the body follows (not the next item's)
        bodies, tail[:action[0]] if action_at > end else tail)
    body = (end + after[0], after[2], False) if after and after[0] <= _NEAR else _subject(
        (bodies, actions), said, clause_start, min(action_at, cut))
    kind = "study_law" if body and body[2] and action[2] == "study" else action[2]  # 开展相关学习: of the plan's law
    if kind == "study_law" and action_at < cut and mixed_topics(said[clause_start:action_at],
                                                                said[action_at:clause_start + action[1]]):
        kind = "study"  # 习近平法治思想、总体国家安全观…等专题学习12次: study of several subjects, law among them
    metric = table.get((body[1], kind, family)) if body else None
    if not metric:
        return None
    first = sentence.start + min(body[0], action_at, cut)
    rule = Rule(f"session:{body[1]}+{kind}", metric, quantity.unit, None, None, None, "", PRIORITY)
    return rule, (first, quantity.end)
