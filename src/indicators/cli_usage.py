"""A mistyped command line reads like every other refusal: Chinese first, then click's English.

Click prints its own `Error: No such option '--bogus'.` after the usage, in English only, while every refusal of the
package reads `错误：…。Error: …` (errors.one_line). The group below turns click's usage errors into one such line, keeping
click's usage, its help hint, its English message (with its "Did you mean") and its exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from indicators.errors import Problem, one_line


class UsageLine(click.UsageError):
    """Click's usage error, shown as the package's refusal line."""

    def show(self, file: IO[Any] | None = None) -> None:
        file = file or sys.stderr  # click.get_text_stream is deprecated since click 8.2
        if self.ctx is not None:
            hint = (f"Try '{self.ctx.command_path} {self.ctx.help_option_names[0]}' for help.\n"
                    if self.ctx.command.get_help_option(self.ctx) is not None else "")
            click.echo(f"{self.ctx.get_usage()}\n{hint}", file=file)
        click.echo(one_line(Problem("usage", self.format_message())), file=file)


@contextmanager
def _read_as_refusals() -> Iterator[None]:
    try:
        yield
    except click.UsageError as error:
        if isinstance(error, UsageLine):
            raise
        raise UsageLine(error.format_message(), error.ctx) from error


class ChineseFirstGroup(click.Group):
    """A group whose own and whose commands' usage errors (parsed in `make_context` and `invoke`) are `UsageLine`s."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with _read_as_refusals():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with _read_as_refusals():
            return super().invoke(ctx)
