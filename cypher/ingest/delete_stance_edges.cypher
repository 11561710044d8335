// Drop the derived AGREES_WITH / DISAGREES_WITH edges of the given entities before they are rebuilt.
// Parameters: $ids
MATCH (e:Entity)-[r:AGREES_WITH|DISAGREES_WITH]-()
WHERE e.id IN $ids
DELETE r
