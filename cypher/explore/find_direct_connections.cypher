// Question: Are two entities joined directly, by one hop? Their relationships of the allowed types.
// Parameters: $from, $to (entity ids), $types (hop types allowed), $limit
// Example: {from: 'person:barack-obama', to: 'person:dmitry-medvedev', types: ['MET', 'LEADS'], limit: 15}
// When there are any, they are all the shortest paths between the two (find_connections would find just these).
// Only structural relationships join two entities (claims and articles stand between them), and a dense node keeps
// its relationships by type, so this reads none of a hub's thousands of PARTY relationships.
MATCH p = (a:Entity {id: $from})-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-(b:Entity {id: $to})
WHERE type(r) IN $types
RETURN [n IN nodes(p) | n {.id, .name, .topic, .kind, .date, .title,
                             label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
LIMIT $limit
