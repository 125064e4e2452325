"""Run the sandbox in-process: uvicorn on 127.0.0.1 in a background thread (`serving.py`).

The socket is bound before the app is built, so the app knows its own URL (mailbox links and
the QTSP addresses written into certificates need it) even on a free port (`port=0`).
"""

from __future__ import annotations

import socket
from pathlib import Path

from ehealth_wizard.core.atomic import atomic_write_text
from ehealth_wizard.sandbox import serving
from ehealth_wizard.sandbox.app import Sandbox, build_sandbox, create_app
from ehealth_wizard.sandbox.pipeline import Settings, SignatureService
from ehealth_wizard.sandbox.serving import HOST as HOST
from ehealth_wizard.sandbox.serving import (
    RunningServer,
    ServerStartFailed,
    serve_on_socket,
    url_of,
)

PORT_FILE = "port"


def _bind_sticky(data_dir: Path, port: int) -> socket.socket:
    if port == 0:
        try:
            previous = int((data_dir / PORT_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            previous = 0
        if 1024 <= previous <= 65535:
            try:
                return bind(previous)
            except OSError:
                pass
    return bind(port)


class SandboxStartFailed(ServerStartFailed):
    pass


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (never another interface)."""
    return serving.bind(port, inheritable=True)


class RunningSandbox(RunningServer):
    """A sandbox serving on `url` until `stop()` (also a context manager)."""

    def __init__(self, sandbox: Sandbox, running: RunningServer) -> None:
        super().__init__(running._server, running._thread, running.url)
        self.sandbox = sandbox

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @property
    def data_dir(self) -> Path:
        return self.sandbox.data_dir

    def stop(self) -> None:
        if not self.running:
            return
        self.sandbox.settings.stopping.set()  # running jobs end now, unfinished
        super().stop()
        self.sandbox.close()

    def __enter__(self) -> RunningSandbox:
        return self


def make_settings(
    url: str,
    stage_delay: float | None = None,
    invite_ttl: float | None = None,
    registry_delay: float | None = None,
) -> Settings:
    settings = Settings(base_url=url, stage_delay=stage_delay)
    if invite_ttl is not None:
        settings.invite_ttl = invite_ttl
    if registry_delay is not None:
        settings.registry_delay = registry_delay
    return settings


def start_sandbox(
    data_dir: Path | str,
    port: int = 0,
    stage_delay: float | None = None,
    *,
    edr_file: Path | str | None = None,
    invite_ttl: float | None = None,
    registry_delay: float | None = None,
    signature_service: SignatureService | None = None,
    log_level: str = "warning",
) -> RunningSandbox:
    """Start a sandbox on 127.0.0.1:`port` (0: a free one) keeping its state in `data_dir`.

    `stage_delay` None means a realistic 0.3–1.5 s per stage; 0 for tests. With `port=0` the
    port of the previous run in this data dir is tried first: the certificates the sandbox QTSP
    issued name its address, so keeping it lets demo keys reach their TSP after a restart.
    """
    data = Path(data_dir)
    sock = _bind_sticky(data, port)
    url = url_of(sock)
    settings = make_settings(url, stage_delay, invite_ttl, registry_delay)
    try:
        sandbox = build_sandbox(
            data, settings, Path(edr_file) if edr_file else None, signature_service
        )
        atomic_write_text(data / PORT_FILE, f"{sock.getsockname()[1]}\n")
    except BaseException:
        sock.close()
        raise
    try:
        running = serve_on_socket(
            create_app(sandbox), sock, name="ehealth-sandbox", log_level=log_level
        )
    except ServerStartFailed:
        sandbox.close()
        raise SandboxStartFailed(url) from None
    return RunningSandbox(sandbox, running)


def default_sandbox_dir(data_dir: Path | str | None = None) -> Path:
    """Where the embedded sandbox keeps its state: `<program data dir>/sandbox`.

    The CLI (`sandbox`, `demo-key`, `submit` without `--server`) and the GUI all use this one
    folder, so a demo key issued by one run is trusted by the next.
    """
    from ehealth_wizard.core.paths import AppPaths

    return AppPaths.resolve(data_dir).data_dir / "sandbox"
