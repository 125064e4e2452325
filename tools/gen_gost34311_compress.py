"""Writes the body of `_compress` in ehealth_wizard/core/signing/ua/gost34311.py.

The compression step is straight-line code: four unrolled 32-round GOST 28147 encryptions over
the table-driven round, then ψ^12, ψ and ψ^61 as XORs of 16-bit words. Those XOR sets come from
ψ's feedback taps (w0, w1, w2, w3, w12, w15) and are computed here, not typed in.

    python tools/gen_gost34311_compress.py           # rewrite the body in place
    python tools/gen_gost34311_compress.py --check   # exit 1 when the file differs
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "ehealth_wizard/core/signing/ua/gost34311.py"
BEGIN = '    h0, h1, h2, h3, h4, h5, h6, h7 = unpack8(h.to_bytes(32, "little"))\n'
END = "\n\n\nclass _Engine:"

PSI_TAPS = (0, 1, 2, 3, 12, 15)
A_STEP = "((%s >> 8) & t012) | ((%s ^ (%s >> 8)) & t0) << 24"
KEYS = (
    "    # key 1: P(H ⊕ M)\n"
    '    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((ht ^ mt).to_bytes(32, "little"))\n',
    "    # key 2: U = A(H), V = A²(M)\n"
    f"    u = {A_STEP % ('ht', 'ht', 'ht')}\n"
    f"    v = {A_STEP % ('mt', 'mt', 'mt')}\n"
    f"    v = {A_STEP % ('v', 'v', 'v')}\n"
    '    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))\n',
    "    # key 3: U = A(U) ⊕ C3, V = A²(V)\n"
    f"    u = ({A_STEP % ('u', 'u', 'u')}) ^ c3t\n"
    f"    v = {A_STEP % ('v', 'v', 'v')}\n"
    f"    v = {A_STEP % ('v', 'v', 'v')}\n"
    '    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))\n',
    "    # key 4: U = A(U), V = A²(V)\n"
    f"    u = {A_STEP % ('u', 'u', 'u')}\n"
    f"    v = {A_STEP % ('v', 'v', 'v')}\n"
    f"    v = {A_STEP % ('v', 'v', 'v')}\n"
    '    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))\n',
)
PSI_COMMENT = (
    "    # ψ^12, ψ and ψ^61 on the sixteen 16-bit words (w0 lowest): each output word of ψ^n"
    " is\n    # the XOR of a fixed set of input words (precomputed from ψ's feedback taps).\n"
)
ROUND = "    t = {src} + k{k}\n    {dst} ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]\n"


def psi(words: list[frozenset[int]]) -> list[frozenset[int]]:
    """ψ on words given as sets of input words XORed together (w0 lowest)."""
    feedback: frozenset[int] = frozenset()
    for tap in PSI_TAPS:
        feedback = feedback ^ words[tap]
    return [*words[1:], feedback]


def psi_power(n: int) -> list[frozenset[int]]:
    words = [frozenset({i}) for i in range(16)]
    for _ in range(n):
        words = psi(words)
    return words


def xor(prefix: str, words: frozenset[int]) -> str:
    return " ^ ".join(f"{prefix}{i}" for i in sorted(words))


def encryption(half: int) -> str:
    """One 32-round encryption of the block (h{2·half}, h{2·half+1}); S gets (b, a)."""
    out = [f"    a = h{2 * half}\n", f"    b = h{2 * half + 1}\n"]
    order = [*range(8), *range(8), *range(8), *reversed(range(8))]
    for n, k in enumerate(order):
        src, dst = ("a", "b") if n % 2 == 0 else ("b", "a")
        out.append(ROUND.format(src=src, dst=dst, k=k))
    out.append(f"    s{2 * half}, s{2 * half + 1} = b, a\n")
    return "".join(out)


def body() -> str:
    out = [BEGIN]
    for half in range(4):
        out.append(KEYS[half])
        out.append(encryption(half))
    out.append(PSI_COMMENT)
    for i in range(8):
        out.append(f"    w{2 * i} = s{i} & 0xFFFF\n    w{2 * i + 1} = s{i} >> 16\n")
    out.append('    mw = unpack16(m.to_bytes(32, "little"))\n')
    out.append('    hw = unpack16(h.to_bytes(32, "little"))\n')
    for i, words in enumerate(psi_power(12)):
        out.append(f"    x{i} = {xor('w', words)} ^ mw[{i}]\n")
    for i, words in enumerate(psi_power(1)):
        out.append(f"    y{i} = {xor('x', words)} ^ hw[{i}]\n")
    out.append("    return int.from_bytes(\n        pack16(\n")
    for words in psi_power(61):
        out.append(f"            {xor('y', words)},\n")
    out.append('        ),\n        "little",\n    )')
    return "".join(out)


def main(argv: list[str]) -> int:
    text = TARGET.read_text(encoding="utf-8")
    start = text.index(BEGIN)
    end = text.index(END, start)
    new = text[:start] + body() + text[end:]
    if "--check" in argv:
        if new != text:
            print(f"{TARGET}: _compress differs from the generator's output", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
