// Remove the claims a source stated, so that re-importing it replaces them instead of adding to them.
// A claim stated by another source too is kept.
// Parameters: $sourceId
MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
WHERE NOT EXISTS { (c)-[:STATED_IN]->(other:Article) WHERE other.id <> $sourceId }
DETACH DELETE c
