// Question: By which names do these entities go? Each entity's name and aliases.
// Parameters: $ids (entity ids, at most 100 are read)
// Example: {ids: ['country:rus', 'country:usa']}
UNWIND $ids[..100] AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
