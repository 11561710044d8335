// Which claims has a source stated so far, and which entities are parties to them?
// Used before a source is re-written or removed, so that the tallies of those claims can be taken back and the
// derived AGREES_WITH / DISAGREES_WITH edges of exactly those entities rebuilt afterwards.
// Parameters: $sourceId
OPTIONAL MATCH (e:Entity)-[:PARTY]->(c:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
RETURN collect(DISTINCT e.id) AS ids, collect(DISTINCT c.id) AS claims
