// Question: Which claims does an entity take part in, is it the subject of, or did it make? Agreements,
// disagreements, meetings, ... oldest first, each with its parties, topic entities, quote and source.
// Parameters: $id (an entity id), $limit (1..1000)
// Example: {id: 'country:geo', limit: 200}
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:PARTY]->(c:Claim) RETURN c, 'party' AS role
  UNION
  MATCH (c:Claim)-[:ABOUT]->(e) RETURN c, 'about' AS role
  UNION
  MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e) RETURN c, 'speaker' AS role
}
WITH c, collect(role) AS roles
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, roles, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          roles: roles,
          parties: COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c) RETURN {id: pe.id, name: pe.name, side: pr.side, role: pr.role} ORDER BY pr.rank },
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity) RETURN {id: t.id, name: t.name} ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
LIMIT $limit
