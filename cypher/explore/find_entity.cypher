// Question: What is the entity with this id, and what are all its properties?
// Parameters: $id (an entity id)
// Example: {id: 'person:dmitry-medvedev'}
MATCH (e:Entity {id: $id})
RETURN e.id AS id,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       properties(e) AS properties
