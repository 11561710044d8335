// How are two entities connected? The shortest paths between them, shortest first, through structural
// relationships and claims: a claim joins its parties, the entities it is about and whoever said it.
// STATED_IN is left out on purpose: being named in the same article is not a connection.
// A path never visits a node twice. Up to 200 shortest paths are considered before $limit applies.
// Parameters: $from, $to (entity ids), $maxHops (1..6; the pattern's own bound is 6), $limit
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 200 (a)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|PARTY|ABOUT|ATTRIBUTED_TO]-{1,6}(b)
WHERE length(p) <= $maxHops
  AND size(reduce(seen = [], n IN nodes(p) | CASE WHEN n IN seen THEN seen ELSE seen + [n] END)) = size(nodes(p))
RETURN [n IN nodes(p) | n {.id, .name, .topic, .kind, .date,
                             label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
ORDER BY size(relationships)
LIMIT $limit
