// Remove a source's node once what it said has been withdrawn (its claims, relationships and mentions).
// Parameters: $sourceId
MATCH (a:Article {id: $sourceId})
DETACH DELETE a
