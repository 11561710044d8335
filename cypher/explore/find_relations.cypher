// Question: What is there between two entities? Every claim with one of them on a side and the other on a side.
// Parameters: $a, $b (entity ids), $limit (1..5000)
// Example: {a: 'country:usa', b: 'country:rus', limit: 500}
// An entity also stands for those who lead it, speak for it or are part of it, up to two steps away (Obama for the
// United States, the Kremlin for Russia, Gibbs for the White House and so for the United States); `via` names each
// such stand-in and the relationships that make it one. `together` / `opposed` tell whether the two were on the same
// side or on different sides. At most $limit claims, oldest first.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH pathA = (a)<-[:LEADS|SPEAKS_FOR|PART_OF*0..2]-(partyA:Entity)
MATCH pathB = (b)<-[:LEADS|SPEAKS_FOR|PART_OF*0..2]-(partyB:Entity)
MATCH (partyA)-[ra:PARTY]->(c:Claim)<-[rb:PARTY]-(partyB)
WHERE partyA <> partyB
WITH c, collect(ra.side = rb.side) AS sameSide,
     [x IN collect(DISTINCT CASE WHEN length(pathA) > 0 THEN {party: partyA {.id, .name}, for: a {.id, .name},
        through: reverse([r IN relationships(pathA) | type(r)]), chain: reverse([n IN nodes(pathA) | n.name])} END)
      + collect(DISTINCT CASE WHEN length(pathB) > 0 THEN {party: partyB {.id, .name}, for: b {.id, .name},
        through: reverse([r IN relationships(pathB) | type(r)]), chain: reverse([n IN nodes(pathB) | n.name])} END)
      WHERE x IS NOT NULL] AS via
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, sameSide, via, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          together: any(x IN sameSide WHERE x),
          opposed: any(x IN sameSide WHERE NOT x),
          via: via,
          parties: [(p:Entity)-[r:PARTY]->(c) | {id: p.id, name: p.name, side: r.side}],
          about: [(c)-[:ABOUT]->(t:Entity) | {id: t.id, name: t.name}],
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
LIMIT $limit
