"""The extractor on real report excerpts (tests/extract/real/): `make test` prints the table and fails
when a measure falls below what it reached (round 1 and 2, blind, blind2 since round 3, blind3 since round 4 and
blind4 since round 5, blind5 since round 6, blind6 since round 7, blind7 since round 8, blind8 since round 9, blind9
since round 10, blind10 since round 11, blind11 since round 12, blind12 since round 13, blind13 since round 14,
blind14 since round 15, blind15 since round 16: all tuned on; each batch's first measure is kept in a comment). The
newest batches (blind16 and blind17, two samples of the code after round 16), never tuned on, are scored and printed
with the others; a batch's floor is its first measure, added once the lead has taken it."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.extract.devset import read_sources, score_rounds, table
from indicators.extract.rules import load_rules

REAL = Path(__file__).parent / "extract" / "real"


# What each later batch must keep: recall (found), precision (rows that are figures), units, named, named right
# and right share, with its first measure, taken once before anyone tuned on it, in the comment.
FLOORS: dict[str, dict[str, float]] = {
    # first measure at a1edebf, once the vocabulary was final (85.9% found, 94.3% rows, units 100%, 58 of 231
    # named, 46 of them right); tuned on since round 3, which reached 92.2% found (248/269), 96.1% rows, units
    # 100%, 99 of 248 named, 92 right; since round 5: 92.9% found (250/269), 96.9% rows, 101 named, 95 right;
    # since round 6: 114 of 250 named, 109 right; since round 7: 117 named, 112 right; since round 8: 95.2% found
    # (256/269), 99.2% rows, 118 named, 113 right
    # round 9 (tune9a): fuzhou's ten 2009-2012 totals relabelled to no metric (totals over several years): 108, 103
    # round 10 (tune10a): 对123项行政审批事项…调整 (the items an action is done to) no longer licensing_items: 107
    # round 11 (tune11a): 不予受理或作其他处理403件 (two outcomes summed) no longer reconsideration_not_accepted: 106
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 105 named, 102 right
    # since round 11 (both tuners merged): 107 named, 104 right
    # round 14 (tune14a): counts over several levels' reconsideration bodies relabelled to no metric (the lead's
    # decision: the several-levels convention applies to reconsideration) and no longer named: shaanxi's corrected 374
    # and its four kinds, the nation's corrected 3万: 101 named, 98 right
    # round 16 (tune16b): an amount whose unit is its 万 alone read at a clause's end; Jingmen's 健康码注册人数达272.56万,
    # a figure its curator did not list, is now a row: 98.9% rows (258/261), no right name lost; quoted speech read:
    # 95.9% found (258/269)
    "blind2": {"recall": 0.95, "precision": 0.98, "units": 0.99, "named": 101, "named_right": 98, "right_share": 0.95},
    # first measure at ed5f83b after round 3 (83.3% found, 97.9% rows, units 100%, 39 of 229 named, 32 of them
    # right; 32 of the 80 curated metrics found); tuned on since round 4, which reached 95.3% found (262/275),
    # 98.1% rows, units 100%, 76 of 262 named, 72 right; since round 5: 81 of 262 named, 77 right; since round 6:
    # 103 named, 99 right; since round 7: 96.0% found (264/275), 98.9% rows, 108 named, 107 right; since round 8:
    # 96.4% found (265/275), 99.3% rows
    # since round 9: 96.7% found (266/275)
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 106 named, 105 right
    # since round 11 (both tuners merged): 106 named, 105 right
    # round 13 (tune13b: wordings of clause forms two jurisdictions wrote, the audience in 人次): 108 named, 107 right
    # round 14 (tune14a): counts over several levels' reconsideration bodies relabelled to no metric (the lead's
    # decision: the several-levels convention applies to reconsideration) and no longer named: the nation's concluded
    # 92万 (2013): 107 named, 106 right
    # round 14 (tune14a): 执法人员27人 of one bureau's office, no certificate named, no longer enforcement_officers: 106
    # named, 106 right
    # round 16 (tune16b): amounts whose unit is their 万 alone (Shanghai's 一网通办 users): 98.5% found (271/275)
    # round 17 (tune17): the text that opens with 行政复议法颁布实施14年来 (a count of years in digits, now a span) states
    # the nation's 14 years' outcomes over every level's bodies: 53万, 13万, 19万 and the 35% rate relabelled to no
    # metric by the settled conventions (several years' totals; several levels) and no longer named: 102 named, 102 right
    "blind3": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 102, "named_right": 102, "right_share": 0.98},
    # first measure at 229e2f1 after round 4 (84.4% found, 87.9% rows, units 96.5%, 49 of 313 named, 37 of them
    # right; 37 of the 102 curated metrics found); tuned on since round 5, which reached 97.8% found (363/371),
    # 98.6% rows, units 100%, 108 of 363 named, 100 of them right; since round 6: 154 named, 147 right; since round 7:
    # 169 named, 162 right; since round 8: 98.4% found (365/371), 99.2% rows, 170 named, 163 right
    # round 9 (tune9a): two 2011-2015 totals no longer named (a span before them in their sentence): 168 named
    # since round 9: 168 named, 164 right
    # round 10 (tune10a): 承接和下放29项 (two actions summed) no longer named powers_received and one field's cases
    # (…领域行政处罚案件12件) no longer enforcement_penalty_cases, two wrong names: 166 named
    # round 11 (tune11a): 备案规章、规范性文件198件 (two kinds summed) no longer normative_docs_filed, a wrong name: 165
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 163 named, 162 right
    # since round 11 (both tuners merged): 169 named, 168 right
    # since round 12 (both tuners merged): 170 named, 169 right
    # round 13 (tune13a): 审查备案行政规范性文件11件 beside the clean-up's own clause is the legality review: 170 right
    # round 13 (tune13b: wordings, the audience in 人次 relabelled, fines in 元): 175 named, 174 right
    # since round 13 (both tuners merged): 175 named, 175 right
    "blind4": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 175, "named_right": 175, "right_share": 0.99},
    # first measure at d1bbd04 after round 5 (92.2% found, 296/321, 98.0% rows, units 99.7%, 74 of 296 named, 52 of
    # them right; 52 of the 106 curated metrics found); tuned on since round 6, which reached 96.6% found (310/321),
    # 98.1% rows, units 99.7%, 129 of 310 named, 121 of them right; since round 7: 145 named, 137 right; since round 8:
    # 97.5% found (313/321), 99.1% rows, 148 named, 141 right
    # round 9 (tune9a): a five-year review's total no longer named (the text opens with 五年来): 147 named
    # since round 9: 98.1% found (315/321)
    # round 10 (tune10a): 为农民和农民工提供法律咨询 (one group's consultations) no longer legal_consultations: 146
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 145 named, 140 right
    # since round 11 (both tuners merged): 147 named, 141 right
    # since round 12 (both tuners merged): 148 named, 142 right
    # round 13 (tune13a): shanxi's 省、市、县三级 legal advisers (387人) relabelled to no metric and the province's own
    # part under 其中 (省政府…9人) to legal_advisers, the settled several-levels convention; the own part is named
    # (the subject named last before each figure decides): 148 named, 142 right, unchanged
    # round 13 (tune13b: wordings): 149 named, 143 right
    # since round 13 (both tuners merged): 149 named, 143 right
    # round 14 (tune14b: power lists named by their powers and departments): 151 named, 145 right
    # round 16 (tune16b: village_legal_advisers, a metric grown for round 16, relabelled): 152 named, 146 right
    "blind5": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 152, "named_right": 146, "right_share": 0.95},
    # first measure at 1baeeb2 after round 6: 91.7% found (289/315), 93.5% rows, units 100%, 70 of 289 named, 53 of
    # them right; 53 of the 118 curated metrics found; tuned on since round 7, which reached 96.8% found (305/315),
    # 98.7% rows, units 100%, 139 of 305 named, 132 of them right; since round 8: 97.5% found (307/315), 99.4% rows,
    # 146 named, 140 right
    # since round 9: 98.1% found (309/315), 146 named, 143 right
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 144 named, 141 right
    # since round 11 (both tuners merged): 144 named, 141 right
    # since round 12 (both tuners merged): 146 named, 143 right
    # round 13 (tune13b: wordings, the audience in 人次 relabelled): 148 named, 145 right
    # round 14 (tune14a): counts over several levels' reconsideration bodies relabelled to no metric (the lead's
    # decision: the several-levels convention applies to reconsideration) and no longer named: chongqing's concluded
    # 3086 and the ministry's 25.4万: 146 named, 143 right
    # round 16 (tune16b: topical training in a sentence on the law as law_lectures): 147 named, 144 right
    "blind6": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 147, "named_right": 144, "right_share": 0.97},
    # first measure at 118ea06 after round 7: 89.9% found (266/296), 92.4% rows, units 98.5%, 49 of 266 named, 31 of
    # them right; 31 of the 107 curated metrics found; tuned on since round 8, which reached 96.6% found (286/296),
    # 99.3% rows, units 98.6%, 68 of 286 named, 59 of them right (86.8%)
    # since round 9: 98.6% found (292/296), 85 named, 77 right (90.6%)
    # round 10 (tune10a): 学习、培训、宣讲8100余场 (several kinds of events summed) no longer named publicity_events,
    # a wrong name: 84 named; and zhengding's counts summed over several rounds (分5次…191项, 7项), two wrong names: 83
    # since round 10: 83 named, 80 right (96.4%)
    # since round 11 (both tuners merged): 84 named, 81 right
    # since round 12 (both tuners merged): 85 named, 82 right
    # round 13 (tune13b: wordings; the mediation committees and mediators, metrics grown for round 13, relabelled):
    # 92 named, 90 right
    # round 14 (tune14b: enforcement staff's training sessions, a metric grown for round 14, relabelled): 93 named, 91
    # right
    # round 16 (tune16b): the 最多跑一趟 list named (+1 right); topical training in a sentence on the law named
    # law_lectures, as three jurisdictions' curators read it, names Fangxian's 开展专题培训60期, which its curator reads
    # as no law topic: a wrong name, no right name lost: 95 named, 92 right (96.8%)
    "blind7": {"recall": 0.98, "precision": 0.99, "units": 0.98, "named": 95, "named_right": 92, "right_share": 0.96},
    # first measure at dc7c9a4 after round 8, never tuned on: 94.3% found (281/298), 98.9% rows, units 100%, 94 of
    # 281 named, 69 of them right; 69 of the 122 curated metrics found
    # round 9 (tune9a): nine wrong names removed (several-year totals: 三年来, 2006年以来, a plan's review), three
    # made right (a court's caseload), two unnamed now right: 87 named, 74 right
    # tuned on since round 9, which reached 98.0% found (292/298), 99.0% rows, units 100%, 99 of 292 named, 88 right
    # (88.9%)
    # round 10 (tune10a): an office's conduct rated (作风…满意率) no longer named service satisfaction, a wrong name: 98
    # and 州级以下行政许可事项394项 (the lower levels' items) no longer licensing_items: 97
    # since round 10: 99.3% found (296/298), 99.0% rows, 98 named, 89 right (90.8%)
    # since round 11 (both tuners merged): 99 named, 91 right
    # since round 12 (both tuners merged): 104 named, 97 right
    # round 13 (tune13a): 全年至少举办法治专题讲座2期以上 (a requirement's floor) no longer law_lectures, a wrong name:
    # 103 named, 97 right (94.2%); “三书”按期办复率 (courts' and procurators' recommendations) no longer the
    # suggestions' reply rate: 102 named, 97 right (95.1%)
    # round 13 (tune13b: wordings): 108 named, 101 right
    # since round 13 (both tuners merged): 106 named, 101 right
    # round 15 (tune15a): publicity events over several levels' bodies (全区各级普法办…6830余场次) no longer named (a
    # wrong name gone, no right one): 105 named, 101 right (96.2%)
    # round 16 (tune16b: touring talks of a 普法宣讲团 as publicity_events): 106 named, 102 right
    "blind8": {"recall": 0.99, "precision": 0.98, "units": 0.99, "named": 106, "named_right": 102, "right_share": 0.96},
    # first measure at d296ca2 after round 9, never tuned on: 89.7% found (401/447), 95.9% rows, units 98.3%, 97 of
    # 401 named, 81 of them right (83.5%); 81 of the 150 curated metrics found
    # round 10 (tune10a): parts no longer named as their wholes (one respondent's outcomes, 涉企, one window, two
    # actions summed, legal services' satisfaction): wrong names dropped, 95 named
    # tuned on since round 10, which reached 98.4% found (440/447; tune10b: a table's column names give its bare
    # counts their unit, signed changes), 99.1% rows, units 99.5%, 101 of 440 named, 99 right (98.0%)
    # round 11 (tune11a): 行政机关正职负责人出庭6件 (principal heads only) no longer litigation_appearances: 100 named
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 98 named, 97 right
    # since round 11 (both tuners merged): 106 named, 104 right
    # since round 12 (both tuners merged): 118 named, 117 right
    # round 13 (tune13b: wordings): 124 named, 123 right
    # round 16 (tune16b: quoted speech read, topical training as law_lectures): 98.9% found, 125 named, 124 right
    "blind9": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 125, "named_right": 124, "right_share": 0.99},
    # first measure at c6c85a3 after round 10, never tuned on: 97.8% found (440/450), 98.9% rows, units 99.3%, 127
    # of 440 named, 92 of them right (72.4%); 92 of the 184 curated metrics found
    # round 11 (tune11a): wrong names dropped (two outcomes summed, a part of a caseload, another process's rate, a
    # five-year review's totals) where none was right: 121 named, 99 right
    # round 11 (tune11a): counts over several levels' bodies (各级复议机关) relabelled to no metric by the
    # convention the catalog's definitions settle, and no longer named: 118 named, 92 right
    # tuned on since round 11 (tune11a: sums of two outcomes, parts, whose sessions, the headline caseload; tune11b:
    # a passage's domain carried to its clauses, lists of periods, the count of a noun): 97.8% found (440/450),
    # 98.9% rows, units 99.3%, 144 of 440 named, 128 right (88.9%); 128 of the 181 curated metrics found
    # since round 12 (both tuners merged): 150 named, 136 right
    # round 13 (tune13a): enforcement cases' on-time rate (立案查处…按期办结率100%) no longer service_ontime_rate_stated,
    # a wrong name: 149 named, 136 right (91.3%); and “四个百分百”(…纠错100%建议), a quoted name spelt out in brackets,
    # no longer reconsideration_correction_rate_stated: 148 named, 136 right (91.9%)
    # round 13 (tune13b: wordings, fines in 元, the audience in 人次 relabelled): 156 named, 142 right
    # since round 13 (both tuners merged): 154 named, 142 right
    # round 14 (tune14a): counts over several levels' reconsideration bodies relabelled to no metric (the lead's
    # decision: the several-levels convention applies to reconsideration) and no longer named: chifeng's not accepted
    # 39 and applicants 620, chongqing's concluded 5828: 151 named, 139 right
    # round 14 (tune14a): seminars under 其中 of a study count (其中…集体学习研讨2次) no longer study_seminars: 150 named,
    # 139 right
    # round 14 (tune14b: a published list's powers named by the powers): 155 named, 143 right
    # since round 14 (both tuners merged): 151 named, 140 right
    # round 15 (tune15a): a count over sessions of several kinds (研讨班、专题讲座615场次) no longer law_lectures, and
    # the province's own 专题讲座2次 named law_lectures as curated: 151 named, 141 right
    # round 16 (tune16b: quoted speech read, YYYY年以后 to date, 人民调解组织突破6000个 a stock, topical training):
    # 98.9% found (445/450), 99.3% rows, 153 named, 143 right
    "blind10": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 153, "named_right": 143, "right_share": 0.93},
    # first measure at 7139ade after round 11, never tuned on: 98.0% found (344/351), 99.7% rows, units 98.3%, 132
    # of 344 named, 103 of them right (78.0%); 103 of the 157 curated metrics found
    # round 12 (tune12a): 15 wrong names removed (totals over a span stated once where the text opens, 2021-2025年度…总结
    # 报告 and 党的十八大以来: 8; stocks, sums and parts: 6; “第一议题” study: 1), 4 wrong turned right, 2 unnamed named
    # right: 119 named, 109 right
    # tuned on since round 12 (both tuners merged; tune12b: a kind of case takes its own metric, attendance after
    # sessions, lists writing the measure word once): 98.6% found (346/351), 99.7% rows, units 98.3%, 131 of 346
    # named, 122 right (93.1%); 122 of the 157 curated metrics found
    # round 13 (tune13a): 县级2528个政务服务事项全部进驻县政务服务中心 (all of them) is the list, government_service_items:
    # 131 named, 123 right
    # round 13 (tune13b: wordings, the audience in 人次 relabelled): 137 named, 128 right (93.4%)
    # since round 13 (both tuners merged): 137 named, 129 right
    # round 14 (tune14b: a named rule-of-law classroom's sessions, enforcement staff's training sessions, a metric grown
    # for round 14, relabelled): 139 named, 131 right
    # round 15 (tune15b: a plan's tasks set out before the count): 140 named, 132 right
    # round 16 (tune16b: 大类 a measure word, 在岗行政执法持证人员 enforcement_officers): 98.9% found, 141 named, 133 right
    "blind11": {"recall": 0.98, "precision": 0.99, "units": 0.98, "named": 141, "named_right": 133, "right_share": 0.94},
    # first measure at 0bafcec after round 12, never tuned on: 98.2% found (380/387), 99.7% rows, units 99.2%, 87
    # of 380 named, 53 of them right (60.9%); 53 of the 112 curated metrics found
    # round 13 (tune13a): a province's clean-up, its whole over four levels (全省…13707件, 6838, 742, 6127) no longer
    # named and its own part under 其中 (省政府及各部门…4577件, 234, 2360) named: 4 wrong names gone, 3 right; an average
    # over the counties (平均…267项, 67项), a rate's change (比率同比下降2.74%): 3 wrong names gone; 审核区政府规范性文件
    # 26件, two study groups 分别开展4次 and 行政许可180项精简合并了62项 (the list before the cut) turned right; village
    # legal advisers' opinions and settled disputes (2) no longer named: tuned on since round 13, 81 of 380 named, 59
    # right (72.8%)
    # tuned on since round 13 (tune13b: wordings of clause forms two or more jurisdictions wrote, the audience in 人次
    # and the mediation committees and mediators, metrics grown for round 13, relabelled): 104 of 380 named, 71 right
    # (68.3%); 71 of the 114 curated metrics found
    # since round 13 (both tuners merged): 99 named, 77 right
    # round 14 (tune14a): the nation's several levels' concluded 35.2万 and enterprise cases 1.9万, 3.98万 (curated
    # without a metric) no longer named: 3 wrong names gone, 96 named, 77 right (80.2%)
    # round 14 (tune14a): officers counted with no certificate named and no jurisdiction as their whole (a town's 10
    # with those awaiting the exam, a merged 626) no longer enforcement_officers, the town's certified 8 named: 95
    # named, 78 right (82.1%)
    # round 14 (tune14b: power lists named by their powers and departments, 双随机 inspections' entities): 102 named,
    # 80 right
    # since round 14 (both tuners merged): 98 named, 81 right
    # round 15 (tune15b: publicity events counted after the campaigns listed with 等): 99 named, 82 right
    # round 16 (tune16a): a study group listed with another kind of study (中心组常态化学法、党政联席会议会前学法制度)
    # no longer central_group_law_study_sessions, and 25461项电子证照材料在州县乡村四级实现共享 (several levels) no longer
    # electronic_licences_shared (two wrong names gone, no right one); the study group listed with 党政联席会议 then
    # named leadership_law_study_sessions as curated: 98 named, 83 right (84.7%)
    # round 16 (tune16b: “最多跑一次事项” quoted whole): 100 named, 83 right (83.0%)
    # since round 16 (both tuners merged): 98.4% found (381/387), 99 named, 84 right
    "blind12": {"recall": 0.98, "precision": 0.99, "units": 0.99, "named": 99, "named_right": 84, "right_share": 0.84},
    # first measure at 4923828 after round 13, never tuned on: 96.8% found (240/248), 97.2% rows, units 100%, 71 of
    # 240 named, 51 of them right (71.8%); 51 of the 93 curated metrics found
    # round 14 (tune14a): a bureau's own 执法人员43名, no certificate named, no longer enforcement_officers: 70 named,
    # 51 right (72.9%)
    # round 14 (tune14a): seminars under 其中 of a study count (其中…交流研讨1次) no longer study_seminars: 69 named, 51
    # right (73.9%)
    # round 14 (tune14a): counts over several levels' bodies of legality review (各级合法性审核机构…备案审查1602件, 合作协议
    # 8963件, 政策文件2.04万件) and of labour inspection (各级劳动保障监察机构…38.9万件) no longer named: 65 named, 51
    # right (78.5%)
    # tuned on since round 14 (tune14b: a clean-up's declared outcomes, a law test sat, the rule of law taken up as a
    # topic, a named classroom, power lists, 双随机 entities, publicity material, enforcement training, a metric grown for
    # round 14, relabelled): 96.8% found (240/248), 97.2% rows, units 100%, 87 of 240 named, 67 right (77.0%); 67 of
    # the 94 curated metrics found
    # since round 14 (both tuners merged): 81 named, 67 right
    # round 15 (tune15a): a count over sessions of several kinds (法治培训、会前学法60余次) no longer
    # department_law_study_sessions (a wrong name gone, no right one): 80 named, 67 right (83.8%)
    # round 15 (tune15b: mediation committees by their short name 调委会, mediators counted with them): 82 named, 69 right
    # since round 15 (both tuners merged): 81 named, 69 right (85.2%)
    # round 16 (tune16a): a study group listed with another body or kind of study (中心組、委務會; 中心组学法和“周三夜学”)
    # the items a site holds up to now (到目前累计主动公开…100条) and licence standards (7个电子证照标准) no longer named
    # (four wrong names gone, no right one): 77 named, 69 right (89.6%)
    # round 16 (tune16b: 大类 a measure word, 判决行政机关败诉 litigation_lost): 97.2% found (241/248), 82 named, 70 right
    # since round 16 (both tuners merged): 97.2% found (241/248), 78 named, 70 right
    "blind13": {"recall": 0.97, "precision": 0.97, "units": 0.99, "named": 78, "named_right": 70, "right_share": 0.89},
    # first measure at 78d8551 after round 14, never tuned on: 92.6% found (262/283), 92.6% rows, units 99.6%, 82 of
    # 262 named, 67 of them right (81.7%); 67 of the 115 curated metrics found
    # tuned on since round 15 (tune15a): a count over sessions of several kinds (学法、研讨、主题党课、各类讲座12余次)
    # no longer law_lectures; a court's caseload of every kind (该市…共受理各类行政案件21544件，审结20631件) is the
    # court's received and concluded count: 81 named, 69 right (85.2%); publicity events over several levels' bodies
    # (全市各级党委…，开展习近平法治思想宣讲281场次) no longer named: 80 named, 69 right (86.3%)
    # round 15 (tune15b: thousands set apart by a blank read whole, 始于2015年 a span to date, a plan's tasks set out
    # before the count or with 法治 before 重点任务, mediation committees as 调委会 and mediators as 调解人员, publicity
    # events after the campaigns listed with 等): 96.8% found (274/283), 96.8% rows, 88 named, 73 right (83.0%)
    # since round 15 (both tuners merged): 96.8% found (274/283), 96.8% rows, 86 named, 75 right (87.2%)
    # round 16 (tune16b: wordings of meetings, enforcement officers, 最多跑一次 items; village_legal_advisers, a metric
    # grown for round 16, relabelled): 91 named, 80 right (87.9%)
    "blind14": {"recall": 0.96, "precision": 0.96, "units": 0.99, "named": 91, "named_right": 80, "right_share": 0.87},
    # first measure at 004cf7f after round 15, never tuned on: 89.2% found (290/325), 90.9% rows, units 100%, 70 of
    # 290 named, 53 of them right (75.7%); 53 of the 89 found figures with a curated metric named with it
    # tuned on since round 16; round 16 (tune16a: a study group listed with another body, a caseload over every
    # instance, the items a site holds, a study group listed with 班子会 as the leadership's joint study): 89.2% found
    # (290/325), 90.9% rows, 68 named, 57 right (83.8%)
    # round 16 (tune16b: 较之 and a point of a year 在2012年底前是 in periods, amounts in 万/亿 alone,
    # quoted speech, 历经7年 a duration, wordings; village_legal_advisers, a metric grown for round 16, relabelled): 93.8%
    # found (305/325), 94.7% rows, units 100%, 78 named, 61 right (78.2%)
    # since round 16 (both tuners merged): 93.8% found (305/325), 76 named, 65 right
    "blind15": {"recall": 0.93, "precision": 0.94, "units": 0.99, "named": 76, "named_right": 65, "right_share": 0.85},
    # first measure at 7d689ac after round 16, never tuned on: 94.3% found (232/246), 95.9% rows, units 99.6%, 59 of
    # 232 named, 46 of them right (78.0%); 46 of the 91 found figures with a curated metric named with it
    # round 17 (tune17): a count of years in digits opens a span (10年来): four decade totals of a province's page no
    # longer named, all wrong: 55 named, 46 right (83.6%)
    # round 17 (tune17): topical training whose clause names enforcement (执法办案) no longer law_lectures, a wrong name
    # (the curator reads it as enforcement training): 54 named, 46 right (85.2%)
    # round 17 (tune17): 注销了43名执法人员证件 (certificates taken away) no longer enforcement_officers, a wrong name:
    # 53 named, 46 right (86.8%)
    "blind16": {"recall": 0.94, "precision": 0.95, "units": 0.99, "named": 53, "named_right": 46, "right_share": 0.86},
    # first measure at c36712d after round 16 (written after it, beside blind16 as a second sample), never tuned on:
    # 93.1% found (134/144), 95.0% rows, units 100%, 46 of 134 named, 34 of them right (73.9%); 34 of the 68 found
    # figures with a curated metric named with it
    "blind17": {"recall": 0.93, "precision": 0.95, "units": 0.99, "named": 46, "named_right": 34, "right_share": 0.73},
}


@pytest.fixture(scope="module")
def rounds():
    return score_rounds(REAL, load_rules())


def test_every_excerpt_has_its_address_and_curated_figures() -> None:
    sources = read_sources(REAL)
    assert len(sources) >= 25
    for source in sources:
        assert source["url"].startswith(("http://", "https://")), source
        assert (REAL / f"{source['report']}.txt").is_file() and (REAL / f"{source['report']}.csv").is_file()


def test_the_real_set_scores_at_least_what_it_reached(rounds, capsys) -> None:
    with capsys.disabled():
        print("\n\nindicators extract on real report excerpts (tests/extract/real):\n" + "\n".join(table(rounds)))
    tuned = rounds["round1"] + rounds["round2"]
    # since round 3 (tables one cell a line, 分别为 lists, years without 年): 228 of 237 found, 228 of 230 rows
    assert tuned.recall >= 0.96 and tuned.precision >= 0.99 and tuned.units >= 0.99
    # since the vocabulary grew for #17 and round 3: 137 of 228 named, 136 right, 136 of 141 curated metrics found;
    # since round 5: 138 of 228 named, 137 right, 137 of 142 curated metrics found
    # round 14 (tune14a): six counts of the ministry's and shanghai's several levels' reconsideration bodies, with a
    # change and a share stated of them, relabelled to no metric by the lead's decision and no longer named: 135 of
    # 233 named (57.9%), all right
    assert tuned.named_share >= 0.57 and tuned.right_share >= 0.99 and tuned.with_metric_right >= 0.96 * tuned.with_metric
    blind = rounds["blind"]  # first measure: 96.4% / 96.4%, units 96.2%, 4 of 7 named right
    assert blind.recall >= 0.96 and blind.precision >= 0.96 and blind.units >= 0.96
    # now (tuned on since, relabelled with the grown catalog): 25 of 53 named, 24 right
    assert blind.named_share >= 0.47 and blind.named_right >= 24 and blind.right_share >= 0.95
    for batch, floor in FLOORS.items():
        score = rounds[batch]
        for measure, least in floor.items():
            assert getattr(score, measure) >= least, (batch, measure, getattr(score, measure), least)
