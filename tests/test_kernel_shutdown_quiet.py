"""A successful `indicators run` printed "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." (the
lead once, trial 20 in 2 runs of 6): jupyter_client sends SIGINT before every shutdown, and when it lands
while ipykernel finishes the last request, ipykernel logs that line. The run's kernel managers send no
interrupt when shutting down; an interrupt asked for while the kernel runs is still sent."""

from __future__ import annotations

import signal

import pytest

from indicators.publish.kernels import QuietAsyncKernelManager
from indicators.publish.warm_kernel import KeptKernelManager


class Recording:
    """Records the signals the manager would send instead of sending them."""

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def __call__(self, signum: int) -> None:
        self.sent.append(signum)


@pytest.mark.parametrize("manager_class", [QuietAsyncKernelManager, KeptKernelManager])
def test_no_interrupt_is_sent_to_a_kernel_being_shut_down(manager_class, monkeypatch) -> None:
    manager = manager_class(kernel_name="python3")
    recording = Recording()
    monkeypatch.setattr(manager, "_async_signal_kernel", recording)
    monkeypatch.setattr(type(manager), "has_kernel", property(lambda self: True))
    manager.kernel_spec  # noqa: B018 - loaded before the shutdown reads its interrupt_mode
    manager.shutting_down = True
    _run(manager._async_interrupt_kernel())
    assert recording.sent == []
    manager.shutting_down = False
    _run(manager._async_interrupt_kernel())
    assert recording.sent == [signal.SIGINT]


def _run(coroutine) -> None:
    import asyncio

    asyncio.run(coroutine)
