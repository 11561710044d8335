// How are two entities connected? All the shortest paths between them, through structural relationships and
// claims: a claim joins its parties, the entities it is about and whoever said it. STATED_IN and MENTIONED_IN are
// left out on purpose: being named in the same article is not a connection. The search is a bidirectional
// breadth-first search (allShortestPaths), which stays fast next to entities with thousands of claims; paths
// longer than the shortest are not listed. Shortest paths never visit a node twice.
// Parameters: $from, $to (entity ids), $maxHops (1..6; the pattern's own bound is 6), $limit
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|PARTY|ABOUT|ATTRIBUTED_TO*..6]-(b))
// filter after the search: a WHERE on the shortest-path MATCH itself makes the planner add an exhaustive
// fallback expansion when no shortest path is short enough (seconds next to entities with thousands of claims)
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.id, .name, .topic, .kind, .date,
                             label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
LIMIT $limit
