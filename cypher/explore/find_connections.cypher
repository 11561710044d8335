// Question: How are two entities connected? All the shortest paths between them whose every hop is of an allowed type.
// Parameters: $from, $to (entity ids), $limit, $types (hop types allowed); the hop bound (1..6) is written into the pattern
// Example: {from: 'person:yevgeny-volk', to: 'person:barack-obama', limit: 15, types: ['LEADS', 'WORKS_FOR', 'PARTY', 'ABOUT', 'ATTRIBUTED_TO']}
// The API runs this only when the two are not joined directly (find_direct_connections) nor by two hops
// (find_connections_through_claims): the shortest paths are then three hops or more.
// Paths go through structural relationships, claims (a claim joins its parties, the entities it is about and
// whoever said it) and, when $types allows MENTIONED_IN, articles that name both ends. STATED_IN and the derived
// AGREES_WITH / DISAGREES_WITH edges are never hops. The search is a bidirectional breadth-first search
// (allShortestPaths), which stays fast next to entities with thousands of claims; paths longer than the shortest
// allowed ones are not listed. Shortest paths never visit a node twice.
// Relationship types cannot be parameters of a pattern ($any($types) in a variable-length pattern is silently
// ignored by 5.26), so the pattern names every hop type and the WHERE keeps those in $types: a predicate on all
// relationships of the path is checked per relationship during the search (PROFILE: one ShortestPath operator, no
// fallback), so the shortest path among the allowed types is found even when a shorter one uses others.
// The length bound is in the pattern, where the search stops at it. A bound cannot be a parameter either: the API
// writes the asked maxHops (an integer 1..6 it has checked) in place of the 6 below. Filtering by length after the search
// instead would first enumerate every shortest path, however long (minutes on a dense graph, past any timeout);
// a WHERE on length(p) makes the planner add an exhaustive fallback search.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|PARTY|ABOUT|ATTRIBUTED_TO|MENTIONED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
// a node's label: its kind for an entity (Person …), Claim for a claim (which carries its kind as a second label)
RETURN [n IN nodes(p) | n {.id, .name, .topic, .kind, .date, .title,
                             label: CASE WHEN n:Claim THEN 'Claim' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
LIMIT $limit
