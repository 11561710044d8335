// Remove the claims a source stated, so that re-importing it replaces them instead of adding to them.
// Claim ids are scoped to their source (claim:<source id>:...), so no other source shares them.
// Parameters: $sourceId
MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
DETACH DELETE c
