// Question: How are two entities connected by two hops, through the claims they share or anything else?
// Parameters: $from, $to (entity ids), $a, $b (the two ids in order, as a tally names its pair), $types (hop types allowed), $limit (per kind of path)
// Example: {from: 'country:usa', to: 'country:rus', a: 'country:rus', b: 'country:usa', types: ['PARTY', 'ABOUT', 'ATTRIBUTED_TO', 'LEADS'], limit: 45}
// Two-hop paths: through claims both are parties to, newest first, found from the pair's monthly tallies (add_tallies
// links them to their claims); and every other two-hop path, found from the few relationships of the two that are
// not PARTY. The API runs this when no relationship joins the two directly (find_direct_connections), instead of
// find_connections: the shortest paths then have two hops when this finds any, and the breadth-first search of
// find_connections between two hubs would go through each of the tens of thousands of claims they share before a few
// are kept.
CALL () {
  WITH 'PARTY' IN $types AS allowed
  WHERE allowed
  MATCH (t:Tally)
  WHERE t.a = $a AND t.b = $b
  WITH t ORDER BY t.month DESC
  MATCH (t)-[:COUNTS]->(c:Claim)
  MATCH (x:Entity {id: $from})-[r1:PARTY]->(c)<-[r2:PARTY]-(y:Entity {id: $to})
  RETURN [x, c, y] AS ns, [r1, r2] AS rs
  LIMIT $limit
  UNION
  // a first hop other than PARTY from either end, then any allowed hop to the other end
  UNWIND [[$from, $to], [$to, $from]] AS ends
  MATCH (x:Entity {id: ends[0]})-[r1:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|ABOUT|ATTRIBUTED_TO|MENTIONED_IN]-(m)
  WHERE type(r1) IN $types AND NOT m.id IN [$from, $to]
  MATCH (m)-[r2]-(y:Entity {id: ends[1]})
  WHERE type(r2) IN $types
  WITH ends, x, r1, m, r2, y
  LIMIT $limit
  RETURN CASE WHEN ends[0] = $from THEN [x, m, y] ELSE [y, m, x] END AS ns,
         CASE WHEN ends[0] = $from THEN [r1, r2] ELSE [r2, r1] END AS rs
}
// a node's label: its kind for an entity (Person …), Claim for a claim (which carries its kind as a second label)
RETURN [n IN ns | n {.id, .name, .topic, .kind, .date, .title,
                      label: CASE WHEN n:Claim THEN 'Claim' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END}] AS nodes,
       [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
