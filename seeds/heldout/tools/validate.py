"""Re-implementation (Python) of the checks of org.entente.facts.FactsValidator, for hand-curated files only."""
import sys, re, os, yaml, datetime, hashlib, unicodedata
SOURCE_KEYS={"id","title","publisher","url","published","text","path"}
TOP={"source","entities","relationships","claims"}
PREFIX={"Person":"person","Country":"country","Organization":"org","Treaty":"treaty","Place":"place","Event":"event"}
ECOMMON={"id","kind","name","aliases","mentions","wikidata","description"}
EKEYS={"Person":{"cameo"},"Country":{"iso2","iso3","demonyms","capital","cameo"},"Organization":{"orgType","cameo"},
       "Treaty":{"signed","inForce","expires","status"},"Place":set(),"Event":{"date","endDate"}}
DATE_KEYS={"signed","inForce","expires","date","endDate","since","until","published"}
RCOMMON={"type","from","to","quote","confidence"}
RKEYS={"LEADS":{"title","since","until"},"MEMBER_OF":{"role","since","until"},"WORKS_FOR":{"role","since","until"},
       "SPEAKS_FOR":{"role","since","until"},"PART_OF":set(),"PARTY_TO":{"since","until"},"SUCCEEDS":set(),"MET":{"date","place"}}
END={"LEADS":({"Person"},{"Country","Organization"}),"MEMBER_OF":({"Person","Country","Organization"},{"Organization"}),
     "WORKS_FOR":({"Person"},{"Organization","Country"}),"SPEAKS_FOR":({"Person"},{"Person","Organization","Country"}),
     "PART_OF":({"Organization","Place"},{"Country","Organization","Place"}),"PARTY_TO":({"Country","Organization"},{"Treaty"}),
     "SUCCEEDS":({"Treaty"},{"Treaty"}),"MET":({"Person"},{"Person"})}
CKEYS={"id","kind","parties","about","topic","summary","date","modality","quote","attributedTo","confidence","cameo","goldstein"}
CKINDS={"AGREEMENT","DISAGREEMENT","COOPERATION","CONFLICT","MEETING","NEGOTIATION","STATEMENT"}
MODS={"ASSERTED","REPORTED","PLANNED","DENIED"}
JAVA_WS=set('\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000')
FOLD={'“':'"','”':'"','„':'"','″':'"','‘':"'",'’':"'",'‚':"'",'′':"'"}
# As SourceText.fold: every space separator (Unicode Zs: U+00A0 no-break, U+202F narrow no-break, U+2009 thin, ...)
# reads as a space, so a quote may write U+202F as a plain space or as "\u202f".
def fold(t):
    out=[];space=False
    for ch in t:
        c=FOLD.get(ch,ch)
        if unicodedata.category(c)=='Zs': c=' '
        if c in JAVA_WS:
            if not space and out: out.append(' ')
            space=True
        else:
            out.append(c); space=False
    return ''.join(out)
def jstrip(s):
    i,j=0,len(s)
    while i<j and s[i] in JAVA_WS: i+=1
    while j>i and s[j-1] in JAVA_WS: j-=1
    return s[i:j]
def isdate(v):
    if isinstance(v,(datetime.date,)): return False  # unquoted date: YAML type, flag it
    v=str(v)
    if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',v): return False
    try:
        if len(v)==10: datetime.date.fromisoformat(v)
        elif len(v)==7: datetime.date.fromisoformat(v+'-01')
        return True
    except ValueError: return False
def main(path):
    P=[]
    d=yaml.safe_load(open(path,encoding='utf-8'))
    for k in d:
        if k not in TOP: P.append(f"unknown top key {k}")
    s=d['source']
    for k in s:
        if k not in SOURCE_KEYS: P.append(f"source: unknown key {k}")
    if not re.fullmatch(r'[a-z0-9][a-z0-9._-]*',s['id']): P.append("bad source id")
    if 'published' in s and not isdate(s['published']): P.append("bad published")
    text=open(os.path.join(os.path.dirname(path),s['text']),encoding='utf-8').read()
    ftext=fold(text)
    def quote_ok(q,where):
        n=fold(jstrip(q))
        if not n or n not in ftext: P.append(f"{where}: quote not in text: {q[:80]!r}")
    kinds={}
    for i,e in enumerate(d['entities']):
        w=f"entities[{i}] {e.get('id')}"
        k=e.get('kind')
        if k not in PREFIX: P.append(f"{w}: bad kind"); continue
        for key in e:
            if key not in ECOMMON|EKEYS[k]: P.append(f"{w}: unknown key {key}")
        if not str(e.get('name','')).strip(): P.append(f"{w}: empty name")
        pre=PREFIX[k]+':'
        if not e['id'].startswith(pre) or not re.fullmatch(r'[a-z0-9][a-z0-9._-]*',e['id'][len(pre):]): P.append(f"{w}: bad id")
        if k=='Country' and not re.fullmatch(r'country:[a-z]{3}',e['id']): P.append(f"{w}: bad country id")
        if e['id'] in kinds: P.append(f"{w}: duplicate")
        kinds[e['id']]=k
        for key in DATE_KEYS & set(e):
            if not isdate(e[key]): P.append(f"{w}: bad date {key}")
        if 'wikidata' in e and not re.fullmatch(r'Q[1-9][0-9]*',str(e['wikidata'])): P.append(f"{w}: bad wikidata")
        if 'aliases' in e and not isinstance(e['aliases'],list): P.append(f"{w}: aliases not list")
        for a in e.get('aliases',[]):
            if not isinstance(a,str): P.append(f"{w}: alias not text {a!r}")
    def ref(v,allowed,w):
        if v not in kinds: P.append(f"{w}: unknown entity {v}"); return
        if allowed and kinds[v] not in allowed: P.append(f"{w}: {v} is {kinds[v]}, allowed {allowed}")
    rkeys=set()
    for i,r in enumerate(d.get('relationships',[])):
        w=f"relationships[{i}] {r.get('type')} {r.get('from')}->{r.get('to')}"
        t=r['type']
        if t not in RKEYS: P.append(f"{w}: bad type"); continue
        for key in r:
            if key not in RCOMMON|RKEYS[t]: P.append(f"{w}: unknown key {key}")
        ref(r['from'],END[t][0],w); ref(r['to'],END[t][1],w)
        for key in DATE_KEYS & set(r):
            if not isdate(r[key]): P.append(f"{w}: bad date {key}")
        if 'confidence' in r and not (0<=r['confidence']<=1): P.append(f"{w}: confidence")
        quote_ok(r['quote'],w)
        key=(t,r['from'],r['to'],r.get('date'))
        if key in rkeys: P.append(f"{w}: duplicate relationship")
        rkeys.add(key)
    cids=set()
    for i,c in enumerate(d.get('claims',[])):
        w=f"claims[{i}] {c.get('kind')} {c.get('topic','')[:50]}"
        for key in c:
            if key not in CKEYS: P.append(f"{w}: unknown key {key}")
        if c['kind'] not in CKINDS: P.append(f"{w}: kind")
        if not c.get('parties'): P.append(f"{w}: no parties")
        ids=[]
        for p in c['parties']:
            if isinstance(p,dict):
                for key in p:
                    if key not in {"id","side","role"}: P.append(f"{w}: party key {key}")
                if 'role' in p and p['role'] not in ('actor','target'): P.append(f"{w}: role")
                ref(p['id'],None,w); ids.append(p['id'])
            else: ref(p,None,w); ids.append(p)
        if len(set(ids))!=len(ids): P.append(f"{w}: repeated party")
        for a in c.get('about',[]) or []: ref(a,None,w)
        if set(c.get('about',[]) or []) & set(ids): P.append(f"{w}: about overlaps parties (warning)")
        if not str(c.get('topic','')).strip(): P.append(f"{w}: topic")
        if 'modality' in c and c['modality'] not in MODS: P.append(f"{w}: modality")
        if 'attributedTo' in c: ref(c['attributedTo'],{"Person","Organization"},w)
        if 'cameo' in c and not (isinstance(c['cameo'],str) and re.fullmatch(r'[0-9]{2,4}',c['cameo'])): P.append(f"{w}: cameo")
        if 'goldstein' in c and not (-10<=c['goldstein']<=10): P.append(f"{w}: goldstein")
        if 'date' in c and not isdate(c['date']): P.append(f"{w}: date")
        if 'confidence' in c and not (0<=c['confidence']<=1): P.append(f"{w}: confidence")
        quote_ok(c['quote'],w)
        key=(c['kind'],tuple(sorted(ids)),c['topic'],c['quote'])
        if key in cids: P.append(f"{w}: duplicate claim")
        cids.add(key)
    used=set()
    for r in d.get('relationships',[]): used|={r['from'],r['to']}
    for c in d.get('claims',[]):
        used|={p['id'] if isinstance(p,dict) else p for p in c['parties']}; used|=set(c.get('about',[]) or []); 
        if 'attributedTo' in c: used.add(c['attributedTo'])
    unused=set(kinds)-used
    print(path, f"entities={len(d['entities'])} relationships={len(d.get('relationships',[]))} claims={len(d.get('claims',[]))}")
    if unused: print("  unused entities (warning):",sorted(unused))
    for p in P: print("  PROBLEM:",p)
    print("  OK" if not [p for p in P if 'warning' not in p] else "  FAILED")
for p in sys.argv[1:]: main(p)
