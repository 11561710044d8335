import subprocess,re,html,sys
repo='/work/.mirror/markschaver+State-Department-PR/repo'
def get(commit, link):
    data=subprocess.run(['git','-C',repo,'show',f'{commit}:data.rss'],capture_output=True).stdout.decode()
    for item in re.findall(r'<item>(.*?)</item>',data,re.S):
        if f'<link>{link}</link>' in item:
            t=html.unescape(re.search(r'<title>(.*?)</title>',item,re.S).group(1).strip())
            c=re.search(r'<content:encoded>(.*?)</content:encoded>',item,re.S).group(1)
            c=c.replace('<![CDATA[','').replace(']]>','')
            paras=re.findall(r'<p[^>]*>(.*?)</p>',c,re.S)
            out=[t]
            for p in paras:
                s=html.unescape(re.sub(r'<[^>]+>','',p))
                s=s.rstrip(' \xa0\u202f').lstrip()
                if s: out.append(s)
            return out, c
if __name__=='__main__':
    out,c=get(sys.argv[1],sys.argv[2])
    if len(sys.argv)>3: print(c)
    print('\n\n'.join(out))
    print('BODY WORDS', len(' '.join(out[2:]).split()))
