// Question: What are the structural relationships of an entity (who leads what, who works for whom, who met whom,
// ...)? Both directions, each with its evidence and the sources that support it.
// Parameters: $id (an entity id); at most 1000 relationships, by type and name
// Example: {id: 'person:yevgeny-volk'}
MATCH (e:Entity {id: $id})-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-(other:Entity)
RETURN type(r) AS type,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other {.id, .name, kind: [l IN labels(other) WHERE l <> 'Entity'][0]} AS other,
       properties(r) AS properties,
       COLLECT { MATCH (s:Article) WHERE s.id IN coalesce(r.sources, []) RETURN s {.id, .title, .url, .publisher, .published} } AS sources
ORDER BY type, other.name
LIMIT 1000
