// The entity with this id, and all its properties.
// Parameters: $id
MATCH (e:Entity {id: $id})
RETURN e.id AS id,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       properties(e) AS properties
