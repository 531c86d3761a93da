"""Text the package writes from Jinja2 templates (`templates/`): HTML pages and Markdown documents.

One environment: HTML templates (`*.html.j2`) are autoescaped, so a jurisdiction name or an error
message holding `<b>` or `&` shows as text, never as markup; Markdown templates (`*.md.j2`) are not
(Markdown is not HTML), and escape table cells with the `cell` filter instead. Unknown variables
are errors, not empty text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from indicators.publish.display import number  # a target or indicator value as its document writes it: 80, 86.27

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
COMPARATORS = {">=": "≥", "<=": "≤", "=": "="}


def cell(value: object) -> str:
    """A value inside a Markdown table: pipes escaped, empty shown as —."""
    return "—" if value is None or value == "" else str(value).replace("|", "\\|")


def sign(comparator: str) -> str:
    return COMPARATORS.get(comparator, comparator)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
        keep_trailing_newline=True,  # whitespace is the templates' own: `-%}` where a tag's line must vanish
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(cell=cell, number=number, sign=sign)
    return env


def render(name: str, **context: object) -> str:
    """The template `templates/<name>` filled with `context`."""
    return environment().get_template(name).render(**context)
