"""Second, independent check of the hand-curated files (no project code run): ids against the gazetteer,
quotes verbatim in the text (only runs of whitespace collapsed; curly quotes and U+00A0 must match as
written, after U+00A0 is read as a space), special characters in the texts, counts."""
import sys, re, json, yaml, glob, os, collections
G='/work/main/seeds/gazetteer'
countries={c['cca3'].lower() for c in json.load(open(f'{G}/countries.json'))}
gaz={}
for f in ['organizations.yaml','places.yaml','events.yaml','treaties.yaml']:
    for e in yaml.safe_load(open(f'{G}/{f}')) or []:
        gaz[e['id']]=e.get('name')
def norm(s): return re.sub(r'\s+',' ',s.replace('\u00a0',' ')).strip()
for y in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','*.yaml'))):
    d=yaml.safe_load(open(y,encoding='utf-8'))
    raw=open(os.path.join(os.path.dirname(y),d['source']['text']),encoding='utf-8').read()
    text=norm(raw)
    print(os.path.basename(y))
    special=collections.Counter(ch for ch in raw if ord(ch)>127)
    print('  non-ASCII in text:',{f'U+{ord(k):04X}':v for k,v in special.items()})
    paras=raw.strip('\n').split('\n\n'); print('  body words (after title and byline line):',len(' '.join(paras[2:]).split()))
    ids={e['id'] for e in d['entities']}
    for e in d['entities']:
        i=e['id']
        if i.startswith('country:'): print('  ',i,'in countries.json' if i[8:] in countries else 'NOT IN countries.json')
        elif i in gaz: print('  ',i,'= gazetteer', repr(gaz[i]), '' if gaz[i]==e['name'] else f'(name here: {e["name"]!r})')
        else: print('  ',i,'new id')
    bad=0
    items=[('relationships',r) for r in d.get('relationships',[])]+[('claims',c) for c in d.get('claims',[])]
    for kind,x in items:
        q=norm(x['quote'])
        if q not in text: print('  QUOTE NOT VERBATIM:',kind,q[:80]); bad+=1
        refs=[x.get('from'),x.get('to'),x.get('attributedTo')]+[p['id'] if isinstance(p,dict) else p for p in x.get('parties',[])]+list(x.get('about',[]) or [])
        for r in refs:
            if r and r not in ids: print('  DANGLING',r); bad+=1
    print('  counts: entities',len(d['entities']),'relationships',len(d.get('relationships',[])),'claims',len(d.get('claims',[])),
          collections.Counter(c['kind'] for c in d['claims']))
    print('  OK' if not bad else f'  {bad} PROBLEMS')
