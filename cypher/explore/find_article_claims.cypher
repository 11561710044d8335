// Question: Which claims (agreements, disagreements, meetings ...) does this source state?
// Parameters: $id (an article id), $limit (1..5000)
// Example: {id: 'rferl-2009-04-01-medvedev-obama', limit: 10}
// Oldest first, each with its parties, topic entities, speaker and the quote and sentence it rests on: the
// shape of find_entity_claims, less the source, which is the article asked for.
MATCH (a:Article {id: $id})<-[s:STATED_IN]-(c:Claim)
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          parties: COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c) RETURN {id: pe.id, name: pe.name, side: pr.side, role: pr.role} ORDER BY pr.rank },
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity) RETURN {id: t.id, name: t.name} ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: s.quote, sentence: s.sentence} AS claim
ORDER BY claim.date, claim.kind, claim.topic, claim.id
LIMIT $limit
