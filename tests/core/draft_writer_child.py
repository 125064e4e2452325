"""A process that saves one draft in a tight loop so a test can SIGKILL it mid-write.

Run as `python draft_writer_child.py DATA_DIR DRAFT_ID`. It imports everything once, prints
`ready`, then obeys one command per line on stdin:

- `fork`: fork a worker that prints `started <pid>` and saves the draft forever, alternating
  contents A and B; when the worker dies, print `reaped <pid> <signal number or -exit code>`.
  (Forking from an already-started interpreter lets the test kill hundreds of writers in
  seconds; a fresh interpreter costs ~0.1 s to import.)
- `self`: print `saving` and save forever in this very process (the test kills it and starts
  a new one).

The test imports `contents()` from here to know what A and B are.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from ehealth_wizard.core.drafts import DraftStore
from ehealth_wizard.core.model import ArchiveEntry, Registration, set_path


@cache  # frozen dataclasses: built once, forked workers start saving at once
def contents() -> tuple[Registration, Registration]:
    """Two registrations differing in every archive entry (files of ~25 KB, so a write takes
    long enough for kills to land inside it)."""

    def build(tag: str) -> Registration:
        reg = Registration.empty()
        reg = set_path(reg, "$.name", f"Клініка «{tag}»")
        reg = set_path(reg, "$.edrpou", "12345678" if tag == "A" else "87654321")
        archive = tuple(
            ArchiveEntry(date=f"20{i % 30:02d}-01-0{1 + i % 9}", place=f"Архів {tag} №{i} " * 4)
            for i in range(150)
        )
        return set_path(reg, "$.archive", archive)

    return build("A"), build("B")


def _save_forever(store: DraftStore, draft_id: str) -> None:
    regs = contents()
    draft = store.load(draft_id).draft
    i = 1 if draft.registration == regs[0] else 0  # the first save already changes the file
    while True:
        draft.registration = regs[i % 2]
        store.save(draft)
        i += 1


def main() -> None:
    base, draft_id = Path(sys.argv[1]), sys.argv[2]
    store = DraftStore(base)
    contents()
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "self":
            print("saving", flush=True)
            _save_forever(store, draft_id)
        elif command == "fork":
            pid = os.fork()
            if pid == 0:  # the worker
                try:
                    print(f"started {os.getpid()}", flush=True)
                    _save_forever(DraftStore(base), draft_id)
                finally:
                    os._exit(3)
            _, status = os.waitpid(pid, 0)
            code = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)
            print(f"reaped {pid} {code}", flush=True)
        elif command == "quit":
            return


if __name__ == "__main__":
    main()
