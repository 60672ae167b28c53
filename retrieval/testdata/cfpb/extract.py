import xml.etree.ElementTree as ET, json, re, sys
N='{eregs}'
def text(e, skip=()):
    # all text of e, excluding sub-elements whose tag is in skip
    out=[]
    def walk(x):
        tag=x.tag.replace(N,'')
        if tag in skip: return
        if tag in ('analysis','footnote','graphic'): 
            if x.tail: out.append(x.tail)
            return
        if x.text: out.append(x.text)
        for c in x: walk(c)
        if x.tail: out.append(x.tail)
    if e is None: return ""
    if e.text: out.append(e.text)
    for c in e: walk(c)
    return re.sub(r'\s+',' ',''.join(out)).strip()
def para_text(p):
    parts=[]
    def walk(x,depth):
        m=x.get('marker','')
        t=x.find(N+'title'); c=x.find(N+'content')
        s=' '.join(filter(None,[m if depth>0 else '', text(t) if t is not None else '', text(c) if c is not None else '']))
        if s: parts.append(s)
        for ch in x.findall(N+'paragraph'): walk(ch,depth+1)
        for ch in x.findall(N+'interpParagraph'): walk(ch,depth+1)
    walk(p,0)
    return ' '.join(parts).strip()
recs=[]
for r in sys.argv[1:]:
    root=ET.parse(f'{r}.xml').getroot()
    for sec in root.iter(N+'section'):
        lab=sec.get('label') or ''
        if not re.match(r'^\d+-\d+$',lab): continue
        subj=text(sec.find(N+'subject'))
        num=lab.split('-')[1]
        ps=sec.findall(N+'paragraph')
        if not ps:
            c=sec.find(N+'content')
            if c is not None and text(c):
                recs.append({'id':f'cfr{r}-{num}','title':f'§ {r}.{num}','text':text(c)})
            continue
        for i,p in enumerate(ps):
            m=p.get('marker','') or ''
            if not p.get('label'): p.set('label',f'{lab}-p{i+1}')
            t=para_text(p)
            if len(t)<20: continue
            recs.append({'id':'cfr'+p.get('label'),'title':f'§ {r}.{num}{m}','text':t})
    for ip in root.iter(N+'interpretations'):
        for ps in ip.iter(N+'interpParagraph'):
            lab=ps.get('label')
            if not re.search(r'-Interp-\d+$',lab): continue
            t=para_text(ps)
            if len(t)<20: continue
            # "1005-2-a-Interp-1" -> Comment 2(a)-1
            core,n=lab.split('-Interp-')
            bits=core.split('-')[1:]
            ref=bits[0]+''.join(f'({b})' for b in bits[1:])
            recs.append({'id':'cfr'+lab,'title':f'Comment {r} {ref}-{n}','text':t})
seen=set(); out=[]
for x in recs:
    if x['id'] in seen: continue
    seen.add(x['id']); out.append(x)
with open('cfpb-regs.jsonl','w') as f:
    for x in out: f.write(json.dumps(x,ensure_ascii=False)+'\n')
import statistics
print(len(out), statistics.mean(len(x['text'].split()) for x in out), max(len(x['text'].split()) for x in out))
