#!/usr/bin/env bash
# Checks that the repository's references to the design resolve, and that the documentation's
# relative links point to files that exist.
#
#   scripts/check-docs.sh        (from any directory)
#
# 1. Every reference to a section of docs/design.md in a tracked file (and in new files not yet
#    added, unless ignored), outside docs/design.md itself and node_modules, must name a section
#    that has a heading there. The forms recognised:
#      DESIGN x / DESIGN x.y / DESIGN section x.y / DESIGN sections x.y and x.z / DESIGN §x.y
#      DESIGN.md section x / DESIGN x.y, x.z / DESIGN x.y to x.w (every section in the range)
#      docs/design.md, section x.y (and "sections ...", as the crate docs write it)
#      design x.y (in docs/architecture.md only)
#    A section "x.y" resolves to a heading "### x.y ..."; a bare "x" to a heading "## x. ...".
#    The reference may continue on the next comment line ("(DESIGN" then "4.2 and 5.4)").
# 2. Step numbers of the epoch: "DESIGN 4.4 step N" (or "steps N to M") anywhere, and "step N"
#    in the epoch's code (primitives/yuma/src, pallets/subtensor/src/epoch.rs), must be items of
#    the numbered list of steps in section 4.4.
# 3. Every relative link in README.md, docs/design.md and docs/architecture.md points to an
#    existing file or directory; a link with an anchor into a Markdown file must name one of its
#    headings (GitHub's anchors).
#
# On failure prints one line per problem, `file:line: ...`, and exits 1; on success prints a
# one-line summary. Needs bash, git and python3.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
cd "$(git rev-parse --show-toplevel)"

command -v python3 >/dev/null || {
	echo "check-docs: python3 is needed" >&2
	exit 2
}

python3 - <<'PY'
import os
import subprocess
import re
import sys

DESIGN = "docs/design.md"
LINKED = ["README.md", "docs/design.md", "docs/architecture.md"]
SELF = "scripts/check-docs.sh"
STEP_FILES = re.compile(r"^(primitives/yuma/src/.*\.rs|pallets/subtensor/src/epoch\.rs)$")

problems = []


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
        return None


# --- docs/design.md: its section numbers, the steps of 4.4, its anchors -----------------------
design = read(DESIGN)
if design is None:
    print(f"check-docs: {DESIGN} is missing", file=sys.stderr)
    sys.exit(1)

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SECTION = re.compile(r"^(\d+)(?:\.(\d+))?\.?\s")


def headings(text):
    """(level, title, line number) of every heading outside fenced code blocks."""
    fence = None
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            marker = stripped[:3]
            fence = None if fence == marker else (fence or marker)
            continue
        if fence:
            continue
        m = HEADING.match(line)
        if m:
            yield len(m.group(1)), m.group(2), number


sections = set()
for level, title, _ in headings(design):
    m = SECTION.match(title + " ")
    if not m:
        continue
    if m.group(2) is None and level == 2:
        sections.add(m.group(1))
    elif m.group(2) is not None:
        sections.add(f"{m.group(1)}.{m.group(2)}")

# The numbered steps of 4.4: the first ordered list of the section that starts at 1.
steps = set()
lines = design.split("\n")
inside = False
listing = False
for line in lines:
    m = HEADING.match(line)
    if m:
        if inside and len(m.group(1)) <= 3:
            break
        inside = SECTION.match(m.group(2) + " ") is not None and m.group(2).startswith("4.4 ")
        continue
    if not inside:
        continue
    item = re.match(r"^(\d+)\.\s", line)
    if not listing:
        if item and item.group(1) == "1":
            listing = True
            steps.add(1)
        continue
    if item:
        steps.add(int(item.group(1)))
    elif line.strip() and not line.startswith((" ", "\t")):
        break

# --- 1. and 2. references in every file ------------------------------------------------------
NUM = r"\d+(?:\.\d+)?"
SEP = r"\s*(?:,|and|or|to|-|–)\s*"
LIST = rf"(?:(?:sections?|§)\s*)?{NUM}(?:{SEP}(?:(?:sections?|§)\s*)?{NUM})*"
REFERENCE = re.compile(
    rf"(?<![\w/])DESIGN(?:\.md)?(?![\w])[ \t]*,?[ \t]*(?:\n[ \t]*(?:///?!?|#|\*|--)?[ \t]*)?(?P<list>{LIST})"
    rf"|docs/design\.md,?[ \t]*(?P<list2>(?:sections?|§)[ \t]*{NUM}(?:{SEP}(?:(?:sections?|§)\s*)?{NUM})*)"
)
# docs/architecture.md cites the design as "design 4.4".
LOWER_REFERENCE = re.compile(rf"(?<![\w/.])[Dd]esign (?P<list>{NUM}(?:{SEP}{NUM})*)(?![\w])")
STEPS_AFTER = re.compile(rf"^\s*,?\s*steps?\s+(\d+)(?:\s*(?:to|-|–)\s*(\d+))?")
BARE_STEP = re.compile(r"(?<![\w-])[Ss]teps?\s+(\d+)(?:\s*(?:to|-|–)\s*(\d+))?(?!\w)(?!\.\d)")


def expand(text):
    """The section numbers of a reference list; "a.b to a.c" includes the sections between."""
    numbers = re.findall(rf"{NUM}|\bto\b|–|-", text)
    out = []
    pending_range = False
    for token in numbers:
        if token in ("to", "–", "-"):
            pending_range = True
            continue
        if pending_range and out:
            first = out[-1]
            a, b = first.split(".") if "." in first else (first, None)
            c, d = token.split(".") if "." in token else (token, None)
            if b is not None and d is not None and a == c and int(b) < int(d):
                out.extend(f"{a}.{k}" for k in range(int(b) + 1, int(d)))
            elif b is None and d is None and int(a) < int(c):
                out.extend(str(k) for k in range(int(a) + 1, int(c)))
        pending_range = False
        out.append(token)
    return out


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


references = 0
step_references = 0
files_with_references = set()

files = subprocess.run(
    ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    check=True,
    capture_output=True,
).stdout.decode("utf-8", "surrogateescape")
for path in files.split("\0"):
    if not path or path == DESIGN or path == SELF or "node_modules/" in path:
        continue
    if not os.path.isfile(path):
        continue
    text = read(path)
    if text is None or ("DESIGN" not in text and "design.md" not in text and "step" not in text.lower()):
        continue
    matches = list(REFERENCE.finditer(text))
    if path == "docs/architecture.md":
        matches += list(LOWER_REFERENCE.finditer(text))
    for m in matches:
        listed = m.groupdict().get("list") or m.groupdict().get("list2")
        number = line_of(text, m.start())
        files_with_references.add(path)
        for section in expand(listed):
            references += 1
            if section not in sections:
                problems.append(f"{path}:{number}: DESIGN {section} has no heading in {DESIGN}")
        if listed.rstrip().endswith("4.4"):
            s = STEPS_AFTER.match(text[m.end():])
            if s:
                for step in filter(None, s.groups()):
                    step_references += 1
                    if int(step) not in steps:
                        problems.append(f"{path}:{number}: DESIGN 4.4 step {step} is not a step of section 4.4 in {DESIGN}")
    if STEP_FILES.match(path):
        for m in BARE_STEP.finditer(text):
            for step in filter(None, m.groups()):
                step_references += 1
                if int(step) not in steps:
                    problems.append(f"{path}:{line_of(text, m.start())}: step {step} is not a step of section 4.4 in {DESIGN}")

# --- 3. relative links ---------------------------------------------------------------------
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")


def slug(title):
    """The anchor GitHub gives a heading."""
    title = re.sub(r"`([^`]*)`", r"\1", title)
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title)
    title = title.strip().lower()
    title = re.sub(r"[^\w\- ]", "", title)
    return title.replace(" ", "-")


def anchors(path):
    text = read(path) or ""
    seen = {}
    out = set()
    for _, title, _ in headings(text):
        base = slug(title)
        n = seen.get(base, 0)
        out.add(base if n == 0 else f"{base}-{n}")
        seen[base] = n + 1
    return out


def without_code(text):
    """The text with fenced code blocks and inline code blanked, line numbers kept."""
    out = []
    fence = None
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            marker = stripped[:3]
            fence = None if fence == marker else (fence or marker)
            out.append("")
            continue
        out.append("" if fence else re.sub(r"`[^`]*`", "", line))
    return "\n".join(out)


links = 0
for doc in LINKED:
    text = read(doc)
    if text is None:
        problems.append(f"{doc}:1: the file is missing")
        continue
    clean = without_code(text)
    found = [(m.group(1), m.start()) for m in LINK.finditer(clean)]
    for number, line in enumerate(clean.split("\n"), 1):
        m = REFDEF.match(line)
        if m:
            found.append((m.group(1), sum(len(l) + 1 for l in clean.split("\n")[: number - 1])))
    for target, offset in found:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
            continue  # http:, https:, mailto: ...
        links += 1
        number = line_of(clean, offset)
        path, _, anchor = target.partition("#")
        resolved = os.path.normpath(os.path.join(os.path.dirname(doc), path)) if path else doc
        if resolved.startswith(".."):
            problems.append(f"{doc}:{number}: link {target} leaves the repository")
            continue
        if not os.path.exists(resolved):
            problems.append(f"{doc}:{number}: link {target} points to {resolved}, which does not exist")
            continue
        if anchor and resolved.endswith(".md") and anchor not in anchors(resolved):
            problems.append(f"{doc}:{number}: link {target}: {resolved} has no heading with the anchor #{anchor}")

if problems:
    print("\n".join(problems))
    print(f"check-docs: {len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)

print(
    f"check-docs: OK: {references} DESIGN references in {len(files_with_references)} files resolve to "
    f"the {len(sections)} section headings of {DESIGN}; {step_references} epoch step references name "
    f"steps 1-{max(steps) if steps else 0} of section 4.4; {links} relative links in "
    f"{len(LINKED)} documents point to existing files"
)
PY
