#!/usr/bin/env python3
"""Set up one blind curator (CURATING.md, "Setting up a curator"): its worktree and branch, its jar, its scratch
folder, and its brief /tmp/briefs/curator-N.md (a header, the topic paragraph, then CURATING.md's common part).

    seeds/heldout/make-brief.py N ORDINAL TOPIC OTHERS JAR [COUNT]

N: the pair's number; ORDINAL: "five hundred and tenth"; TOPIC: the global topic; OTHERS: the topics of the other
curators working at the same time ("; "-separated; not this curator's own, which a curator otherwise reports as a
clash); JAR: a jar of the current head, built once (hard-linked as /tmp/heldoutN.jar); COUNT: how the held-out set's
size reads in words. Run from the main checkout; it writes only under /tmp and /work/wt-heldoutN. Start the helper
with: "Read the brief in /tmp/briefs/curator-N.md and do exactly what it says. It is your whole task. Do not run git
log or git stash. Count your searches carefully and stay within the limit the brief gives."
"""
import datetime
import os
import subprocess
import sys

if len(sys.argv) < 6:
    sys.exit(__doc__)
n, ordinal, topic, others, jar = sys.argv[1:6]
count = sys.argv[6] if len(sys.argv) > 6 else "the texts of seeds/heldout"
here = os.path.dirname(os.path.abspath(__file__))
main = os.path.dirname(os.path.dirname(here))
today = datetime.date.today().isoformat()
subprocess.run(["git", "worktree", "add", "-q", "-b", f"heldout{n}", f"/work/wt-heldout{n}", "HEAD"], cwd=main, check=True)
if os.path.exists(f"/tmp/heldout{n}.jar"):
    os.remove(f"/tmp/heldout{n}.jar")
os.link(jar, f"/tmp/heldout{n}.jar")
os.makedirs(f"/tmp/ho{n}-scratch", exist_ok=True)
os.makedirs("/tmp/briefs", exist_ok=True)
curating = open(os.path.join(here, "CURATING.md"), encoding="utf-8").read()
common = curating[curating.index("### What the held-out set is for"):]
common = common.replace("JAR", f"/tmp/heldout{n}.jar").replace("SCRATCH", f"/tmp/ho{n}-scratch")
header = f"""# Brief for the curator of held-out pair {n}

- **Your pair**: number {n}; its record is `seeds/heldout/pairs/{n}.md`, heading "# The {ordinal} pair: ... (curated {today})".
- **Worktree**: `/work/wt-heldout{n}` on branch `heldout{n}` (already made; work only there). **Jar**: `/tmp/heldout{n}.jar`
  (prebuilt; use it only as the importer below). **Scratch folder**: `/tmp/ho{n}-scratch`.
- **Date of this brief**: {today}. **Time limit**: 35 minutes. **Searches**: at most 25, all `search` with corpus `pages`.
- The held-out set now has {count}.
- **Other curators working at the same time**, each on a pair of its own (do not take their topics): {others}.

## Your topic and sources
Your global topic: **{topic}**. Any year, any U.S. federal publisher: the White House (readouts, statements,
presidential statements, often whole on presidency.ucsb.edu), the State Department (press statements, media notes,
remarks; FRUS documents on history.state.gov are allowed and count as a genre of their own: a telegram, a memorandum
of conversation), the U.S. Mission to the UN or to the OSCE (written statements), the Defense Department, USAID,
Voice of America reports (staff-written, not wire copy). **The first text must be on the global topic itself.** The
second should be too; if no partner of another genre comes up whole on the topic itself, it may be on a neighbouring
topic (the same states, the same years, or the same kind of question elsewhere); say so in the record. First check
that the topic is not already covered: `grep -h '^#' seeds/heldout/pairs/*.md seeds/dev/README.md | grep -icE "WORDS"`
with the topic's main words, and `grep -il` of the gold files for its main names. If it is covered, say so and
choose the nearest uncovered topic.

"""
path = f"/tmp/briefs/curator-{n}.md"
open(path, "w", encoding="utf-8").write(header + common)
print(path)
