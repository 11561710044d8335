"""Agreement study (seeds/heldout/agreement/README.md): the claim score of CuratedComparison re-implemented, then
with the forgiving rules the study proposes, one at a time and together, to show what each would change.
V0 reproduces the Java scorer's numbers (checked against ScoreFacts); the variants are proposals, not project code.
Usage: python3 variants.py PREDICTED.yaml GOLD.yaml"""
import sys, yaml, unicodedata, re

POL = {"AGREEMENT": 1, "COOPERATION": 1, "DISAGREEMENT": -1, "CONFLICT": -1}

def norm(s):
    s = s.replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def load(path):
    d = yaml.safe_load(open(path, encoding="utf-8"))
    return d

def names(e):
    return {norm(e["name"])} | {norm(a) for a in e.get("aliases", []) or []}

def alias_map(pred, gold):
    """predicted id -> gold id when the ids differ but kind and the full name (or an alias) agree."""
    gold_ids = {e["id"] for e in gold["entities"]}
    m = {}
    for p in pred["entities"]:
        if p["id"] in gold_ids:
            continue
        for g in gold["entities"]:
            if g["kind"] == p["kind"] and norm(g["name"]) in names(p) | {norm(p["name"])}:
                m[p["id"]] = g["id"]
    return m

def state_of(facts):
    """entity id -> its state, from the file's own relationships: a person who WORKS_FOR / LEADS / SPEAKS_FOR a Country,
    or a government body (orgType "government body") PART_OF a Country, directly or through other government bodies
    (OFAC -> Treasury -> United States). Armed forces and other organizations are never folded (the IRGC-QF stays)."""
    ents = {e["id"]: e for e in facts["entities"]}
    kind = lambda i: ents.get(i, {}).get("kind")
    gov = lambda i: kind(i) == "Organization" and ents[i].get("orgType") == "government body"
    up = {}
    for r in facts.get("relationships", []) or []:
        f, t = r["from"], r["to"]
        if kind(f) == "Person" and r["type"] in ("WORKS_FOR", "LEADS", "SPEAKS_FOR") and kind(t) == "Country":
            up.setdefault(f, t)
        if gov(f) and r["type"] == "PART_OF" and (kind(t) == "Country" or gov(t)):
            up.setdefault(f, t)
    def fold(i, seen=()):
        while i in up and i not in seen:
            seen += (i,)
            i = up[i]
        return i if kind(i) == "Country" else None
    return {i: fold(i) for i in ents if fold(i)}

def parties(c, rename, fold):
    ids = [rename.get(p if isinstance(p, str) else p["id"], p if isinstance(p, str) else p["id"]) for p in c["parties"]]
    return frozenset(fold.get(i, i) for i in ids)

def matches(p, g, opt, rp, rg, fp, fg):
    if parties(p, rp, fp) != parties(g, rg, fg):
        return False
    if opt.get("kind") == "exact" and p["kind"] != g["kind"]:
        return False
    if opt.get("kind") != "any" and POL.get(p["kind"], 0) != POL.get(g["kind"], 0):
        return False
    ga = {rg.get(a, a) for a in g.get("about", []) or []}
    pa = {rp.get(a, a) for a in p.get("about", []) or []}
    if opt.get("about") == "strict" and ga and not (ga & pa):
        return False
    if opt.get("about") == "both" and ga and pa and not (ga & pa):
        return False
    return True

def count(pred, gold, ok):
    owner = [-1] * len(gold)
    def aug(p, seen):
        for g in range(len(gold)):
            if not seen[g] and ok(pred[p], gold[g]):
                seen[g] = True
                if owner[g] < 0 or aug(owner[g], seen):
                    owner[g] = p
                    return True
        return False
    for p in range(len(pred)):
        aug(p, [False] * len(gold))
    return sum(1 for o in owner if o >= 0)

VARIANTS = [
    ("V0 project scorer (parties by id, polarity, about overlap when gold has about)", dict(about="strict"), False, False),
    ("V1 + ids resolved by name/alias", dict(about="strict"), True, False),
    ("V2 + about checked only when both sides name about", dict(about="both"), True, False),
    ("V3 + parties folded to their state (bodies PART_OF, officials WORKS_FOR/LEADS/SPEAKS_FOR a country)", dict(about="both"), True, True),
    ("V3 but exact kind required (no polarity forgiveness)", dict(about="both", kind="exact"), True, True),
]

def main(pp, gp):
    pred, gold = load(pp), load(gp)
    for label, opt, alias, fold in VARIANTS:
        rp = alias_map(pred, gold) if alias else {}
        fp = state_of(pred) if fold else {}
        fg = state_of(gold) if fold else {}
        if fold:  # fold in the gold file's id space
            fp = {rp.get(k, k): v for k, v in fp.items()}
        rp2 = dict(rp)
        fp2 = {**{k: v for k, v in fp.items()}}
        ok = lambda p, g: matches(p, g, opt, rp2, {}, fp2, fg)
        m = count(pred["claims"], gold["claims"], ok)
        n_p, n_g = len(pred["claims"]), len(gold["claims"])
        P, R = m / n_p if n_p else 0, m / n_g if n_g else 0
        F = 2 * P * R / (P + R) if P + R else 0
        print(f"{label:100s} {m:3d}/{n_p:3d}/{n_g:3d}  P {P:.3f} R {R:.3f} F1 {F:.3f}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
