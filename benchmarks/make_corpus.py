"""A synthetic national corpus in the raw format, for benchmarks and batch runs. Never real data.

`python benchmarks/make_corpus.py --jurisdictions 2850 --years 10 --seed 7 --out /tmp/fazhi-corpus`
writes `<out>/data/raw/{catalog,reports,figures}` (so that `INDICATORS_ROOT=<out>` points every
command and notebook at it) and `<out>/SYNTHETIC.md`. The catalogs are copied from the project's
`data/raw/catalog` except `jurisdictions.csv`, which lists only made-up jurisdictions: real province
prefixes (so that provincial targets apply) under names that say they are synthetic
("合成县0001（合成）", "Synthetic county 0001"); every report's metadata says so in `source` and
its title. Each report states every metric the analysis reads (indicator terms and stated values,
targets, consistency rules: about 90, like a real report's few dozen figures; `--every-metric` states all
of the catalog's, four times as many since the extraction vocabulary grew) for its year, those of one
dimension restated for the year before, in sentences whose text is the figure's quote, verbatim; values obey the catalog's
consistency rules, so a build accepts the corpus. The output is a pure function of the arguments.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_values beside this file, however it is loaded
from corpus_values import metric_values  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "data" / "raw" / "catalog"
# real two-digit province prefixes of GB/T 2260; Guangdong first so that a small corpus meets its targets
PROVINCES = ("44", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
             "41", "42", "43", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")
COUNTIES_PER_PREFECTURE = 12
FIGURE_COLUMNS = ["metric_id", "period", "value", "unit", "qualifier", "quote", "note"]
# metrics also restated for the previous year: a whole dimension, so that every consistency rule
# of a restated period finds all its parts
RESTATED_DIMENSION = "functions"
FILLER = (
    "{name}坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,加快建设法治政府",
    "全面落实党政主要负责人履行推进法治建设第一责任人职责,将法治政府建设纳入年度绩效考核",
    "健全重大行政决策程序,严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定",
    "深化“放管服”改革,持续优化营商环境,推动政务服务事项标准化、规范化、便利化",
    "加强行政执法队伍建设,全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度",
    "完善矛盾纠纷多元化解机制,推进行政复议规范化建设,依法支持人民法院受理和审理行政案件",
    "自觉接受人大法律监督、政协民主监督,认真办理人大代表建议和政协委员提案",
    "组织开展“谁执法谁普法”普法责任制落实工作,营造办事依法、遇事找法、解决问题用法的良好氛围",
)


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name_zh: str
    name_en: str
    level: str
    parent_code: str
    province_code: str


def jurisdictions(count: int) -> list[Jurisdiction]:
    """Provinces, prefectures and `count` counties with real-looking codes and synthetic names."""
    counties: list[Jurisdiction] = []
    parents: dict[str, Jurisdiction] = {}
    for i in range(count):
        province = PROVINCES[i % len(PROVINCES)]
        slot = i // len(PROVINCES)
        prefecture = f"{province}{71 + slot // COUNTIES_PER_PREFECTURE:02d}00"
        code = f"{prefecture[:4]}{1 + slot % COUNTIES_PER_PREFECTURE:02d}"
        parents.setdefault(province, Jurisdiction(f"{province}0000", f"合成省{province}（合成）",
                                                  f"Synthetic province {province}", "province", "", f"{province}0000"))
        parents.setdefault(prefecture, Jurisdiction(prefecture, f"合成市{prefecture[:4]}（合成）",
                                                    f"Synthetic prefecture {prefecture[:4]}", "prefecture",
                                                    f"{province}0000", f"{province}0000"))
        counties.append(Jurisdiction(code, f"合成县{i + 1:04d}（合成）", f"Synthetic county {i + 1:04d}", "county",
                                     prefecture, f"{province}0000"))
    return sorted(parents.values(), key=lambda j: j.code) + counties


def report_years(years: int) -> list[int]:
    """`years` consecutive years that always include 2017, the year of the bundled report and its targets."""
    first = 2017 - (years - 1) // 2
    return list(range(first, first + years))


def copy_catalogs(raw: Path) -> None:
    """The project's catalogs into a corpus's raw folder, all but jurisdictions.csv (the corpus's own).

    A reused corpus gets them again: its figures stay, but a catalog whose columns changed since the corpus
    was made (indicator_terms.csv's `alternative`) would make every build of it fail."""
    for path in sorted(CATALOG.glob("*.csv")):
        if path.name != "jurisdictions.csv":
            shutil.copyfile(path, raw / "catalog" / path.name)


def read_catalog(name: str) -> list[dict[str, str]]:
    with open(CATALOG / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def value_text(value: float, unit_kind: str) -> str:
    """The value as a report writes it: whole numbers without decimals, rates with two, areas with one."""
    if unit_kind == "percent":
        return f"{value:.2f}"
    if unit_kind == "area":
        return f"{value:.1f}"
    return str(int(value))


def short_name(name_zh: str) -> str:
    return re.sub(r"（[^）]*）", "", name_zh)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def yaml_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def make_corpus(out: Path, n_jurisdictions: int, n_years: int, seed: int, every_metric: bool = False) -> dict[str, int]:
    """Write the corpus under `out`; returns counts of reports, figures and text bytes."""
    out = Path(out).resolve()
    if out == ROOT or ROOT / "data" in out.parents or out == ROOT / "data":
        raise SystemExit(f"make_corpus: refusing to write into the project's data folder ({out})")
    raw = out / "data" / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    for folder in ("catalog", "reports", "figures"):
        (raw / folder).mkdir(parents=True)
    copy_catalogs(raw)
    places = jurisdictions(n_jurisdictions)
    write_csv(raw / "catalog" / "jurisdictions.csv", ["jurisdiction_code", "name_zh", "name_en", "level", "parent_code",
                                                      "province_code"],
              [[j.code, j.name_zh, j.name_en, j.level, j.parent_code, j.province_code] for j in places])
    counties = [j for j in places if j.level == "county"]
    metrics = read_catalog("metrics")
    units = {row["unit"]: row["kind"] for row in read_catalog("units")}
    headings = {row["dimension_id"]: row["outline_heading_zh"] for row in read_catalog("dimensions")}
    years = report_years(n_years)
    rng = np.random.default_rng(seed)
    values = metric_values([m["metric_id"] for m in metrics], (len(counties), len(years) + 1), rng)
    texts = {m["metric_id"]: {} for m in metrics}
    for m in metrics:
        kind = units[m["unit"]]
        texts[m["metric_id"]] = np.vectorize(lambda x, k=kind: value_text(x, k), otypes=[object])(values[m["metric_id"]])
    numerals = "一二三四五六七八九十"
    # values are drawn for every metric (parts follow their totals), but reports state only these
    analysed = analysed_metric_ids()
    stated = [m for m in metrics if every_metric or m["metric_id"] in analysed]
    figures_total = text_bytes = 0
    for ji, place in enumerate(counties):
        for yi, year in enumerate(years, start=1):
            report_id = f"{place.code}-{year}"
            rows: list[list[str]] = []
            lines = [f"{place.name_zh}人民政府关于{year}年度法治政府建设情况的报告（合成数据）", "",
                     f"本报告为基准测试生成的合成数据,并非真实报告。{FILLER[0].format(name=place.name_zh)}。"]
            for d, (dimension, heading) in enumerate(headings.items()):
                sentences = [FILLER[1 + (d + ji + yi) % (len(FILLER) - 1)]]
                for m in stated:
                    if m["dimension_id"] != dimension:
                        continue
                    metric_id, name = m["metric_id"], short_name(m["name_zh"])
                    current = texts[metric_id][ji, yi]
                    quote = f"{year}年{name}为{current}{m['unit']}"
                    sentences.append(quote)
                    rows.append([metric_id, str(year), current, m["unit"], "", quote, "synthetic"])
                    if dimension == RESTATED_DIMENSION:
                        before = texts[metric_id][ji, yi - 1]
                        quote = f"上年同期({year - 1}年){name}为{before}{m['unit']}"
                        sentences.append(quote)
                        rows.append([metric_id, str(year - 1), before, m["unit"], "", quote, "synthetic, restated"])
                lines += ["", f"{numerals[d]}、{heading}", "", "。".join(sentences) + "。"]
            lines += ["", f"{place.name_zh}人民政府", f"{year}年12月28日", ""]
            data = "\n".join(lines).encode("utf-8")
            (raw / "reports" / f"{report_id}.txt").write_bytes(data)
            meta = {
                "report_id": report_id, "jurisdiction_code": place.code, "jurisdiction_name": place.name_zh,
                "report_year": str(year), "title": f"{place.name_zh}人民政府关于{year}年度法治政府建设情况的报告（合成数据）",
                "issuer": f"{place.name_zh}人民政府", "signed_date": f"{year}-12-28", "published_date": f"{year + 1}-01-05",
                "text_file": f"{report_id}.txt", "encoding": "utf-8", "sha256": hashlib.sha256(data).hexdigest(),
                "source": f"SYNTHETIC: generated by benchmarks/make_corpus.py --seed {seed}; not a real report",
            }
            (raw / "reports" / f"{report_id}.meta.yml").write_text(
                "# Synthetic benchmark report: not real data.\n"
                + "".join(f"{k}: {yaml_value(v)}\n" for k, v in meta.items()), encoding="utf-8")
            write_csv(raw / "figures" / f"{report_id}.csv", FIGURE_COLUMNS, rows)
            figures_total += len(rows)
            text_bytes += len(data)
    (out / "SYNTHETIC.md").write_text(
        f"# Synthetic corpus: NOT real data\n\nGenerated by `benchmarks/make_corpus.py --jurisdictions {n_jurisdictions} "
        f"--years {n_years} --seed {seed}`. Jurisdiction codes look real; names, reports and figures are made up.\n"
        "Never copy anything from here into data/raw of the project.\n", encoding="utf-8")
    return {"jurisdictions": len(counties), "reports": len(counties) * len(years), "figures": figures_total,
            "text_bytes": text_bytes}


def analysed_metric_ids() -> set[str]:
    """The metrics some indicator, target or consistency rule reads: what the benchmarks time.

    The extraction vocabulary names many more (breakdowns, stated shares and changes); stating them all
    would make the national corpus four times the 2.2 M figures issue #19's goals were set on."""
    ids = {row["metric_id"] for row in read_catalog("indicator_terms")}
    ids |= {row["stated_metric_id"] for row in read_catalog("indicators") if row["stated_metric_id"]}
    ids |= {row["measure_id"] for row in read_catalog("targets") if row["measure_kind"] == "metric"}
    for rule in read_catalog("consistency_rules"):
        ids |= {rule["total_metric_id"], *rule["part_metric_ids"].split()}
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jurisdictions", type=int, default=2850, help="county-level jurisdictions (default 2850)")
    parser.add_argument("--years", type=int, default=10, help="report years per jurisdiction, always including 2017")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("/tmp/fazhi-corpus"), help="scratch folder (default /tmp/fazhi-corpus)")
    parser.add_argument("--every-metric", action="store_true",
                        help="state every catalog metric, not only those the analysis reads")
    args = parser.parse_args(argv)
    if args.jurisdictions < 1 or not 1 <= args.years <= 10:
        parser.error("--jurisdictions must be at least 1 and --years between 1 and 10")
    counts = make_corpus(args.out, args.jurisdictions, args.years, args.seed, args.every_metric)
    print(f"Wrote {counts['reports']} synthetic reports ({counts['figures']} figures, "
          f"{counts['text_bytes'] / 1e6:.1f} MB of text) under {args.out.resolve() / 'data' / 'raw'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
