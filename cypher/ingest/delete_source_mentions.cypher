// Withdraw what a source said about entities (their names, aliases and attributes), before it says it again.
// Returns the entities concerned, to be recomputed from what the remaining sources say.
// Parameters: $sourceId
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $sourceId})
DELETE m
RETURN collect(e.id) AS ids
