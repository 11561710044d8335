// Question: What is the life of a treaty: its parties, when it was signed, came into force and expires, what it replaced, what replaces it, and what was negotiated about it?
// Parameters: $id (a treaty id, such as 'treaty:start-i')
// Example: {id: 'treaty:start-i'}
// One row. `parties` are the PARTY_TO relationships; `replaces` / `replacedBy` follow SUCCEEDS (New START SUCCEEDS
// START). `negotiations` are the NEGOTIATION claims about the treaty or about a treaty that replaces it or that it
// replaces (talks on START's successor are part of START's story); `claims` are the other claims about the treaty
// itself (agreements to replace it, disputes over it ...). Every claim with its parties, quote and article, oldest
// first. `milestones` puts the dates in order, the treaty's own and those of the claims. At most 100 of each.
MATCH (t:Treaty {id: $id})
CALL (t) {
  OPTIONAL MATCH (t)-[:SUCCEEDS]-(kin:Treaty)
  WITH t, collect(kin) AS kin
  UNWIND [t] + kin AS about
  MATCH (c:Claim)-[:ABOUT]->(about)
  WHERE c.kind = 'NEGOTIATION' OR about = t
  WITH DISTINCT c
  OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
  WITH c, head(collect({quote: s.quote, article: a.title})) AS stated
  ORDER BY c.date IS NULL, c.date, c.topic
  LIMIT 200
  RETURN collect({date: c.date, kind: c.kind, modality: c.modality, topic: c.topic,
                  parties: COLLECT { MATCH (p:Entity)-[:PARTY]->(c) RETURN p.name AS n ORDER BY n },
                  about: COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x.name AS n ORDER BY n },
                  quote: stated.quote, article: stated.article}) AS all
}
WITH t, [x IN all WHERE x.kind = 'NEGOTIATION'] AS negotiations, [x IN all WHERE x.kind <> 'NEGOTIATION'] AS claims
RETURN t.name AS treaty, t.id AS id, coalesce(t.aliases, []) AS aliases, t.status AS status,
       t.signed AS signed, t.inForce AS inForce, t.expires AS expires,
       COLLECT { MATCH (p:Entity)-[:PARTY_TO]->(t) RETURN p.name AS n ORDER BY n LIMIT 100 } AS parties,
       COLLECT { MATCH (t)-[:SUCCEEDS]->(old:Treaty) RETURN old.name AS n ORDER BY n LIMIT 100 } AS replaces,
       COLLECT { MATCH (new:Treaty)-[:SUCCEEDS]->(t) RETURN new.name AS n ORDER BY n LIMIT 100 } AS replacedBy,
       negotiations[..100] AS negotiations,
       claims[..100] AS claims,
       COLLECT {
         UNWIND [{date: t.signed, event: 'signed'}, {date: t.inForce, event: 'in force'}, {date: t.expires, event: 'expires'}]
                + [x IN negotiations + claims | {date: x.date, event: toLower(x.kind) + ': ' + x.topic}] AS m
         WITH m WHERE m.date IS NOT NULL
         RETURN m.date + ' ' + m.event AS line ORDER BY line LIMIT 100
       } AS milestones
LIMIT 1
