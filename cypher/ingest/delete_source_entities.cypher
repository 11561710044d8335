// Withdraw a source's mention of entities; an entity that no source names and nothing connects goes.
// Parameters: $sourceId
MATCH (e:Entity)
WHERE $sourceId IN e.sources
SET e.sources = [s IN e.sources WHERE s <> $sourceId]
WITH e
WHERE size(e.sources) = 0 AND NOT EXISTS { (e)--() }
DELETE e
