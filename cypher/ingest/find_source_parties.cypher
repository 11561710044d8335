// Which entities are parties to the claims a source has stated so far?
// Used before a source is re-written, so the derived AGREES_WITH / DISAGREES_WITH edges of exactly those
// entities can be rebuilt afterwards.
// Parameters: $sourceId
MATCH (e:Entity)-[:PARTY]->(:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
RETURN collect(DISTINCT e.id) AS ids
