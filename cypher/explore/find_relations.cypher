// What is there between two entities: every claim with one of them on a side and the other on a side, where an
// entity also stands for those who lead it, speak for it or are part of it, up to two steps away (Obama for the
// United States, the Kremlin for Russia, Gibbs for the White House and so for the United States). `together` / `opposed` tell whether they were on the same side or on different sides.
// At most $limit claims, oldest first.
// Parameters: $a, $b (entity ids), $limit
MATCH (a:Entity {id: $a})<-[:LEADS|SPEAKS_FOR|PART_OF*0..2]-(pa:Entity)-[ra:PARTY]->(c:Claim)
      <-[rb:PARTY]-(pb:Entity)-[:LEADS|SPEAKS_FOR|PART_OF*0..2]->(b:Entity {id: $b})
WHERE pa <> pb
WITH c, collect(ra.side = rb.side) AS sameSide
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, sameSide, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          together: any(x IN sameSide WHERE x),
          opposed: any(x IN sameSide WHERE NOT x),
          parties: [(p:Entity)-[r:PARTY]->(c) | {id: p.id, name: p.name, side: r.side}],
          about: [(c)-[:ABOUT]->(t:Entity) | {id: t.id, name: t.name}],
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
LIMIT $limit
