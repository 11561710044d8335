// Rebuild the derived AGREES_WITH / DISAGREES_WITH edges between the given pairs of entities from their claims.
// Two parties agree when an AGREEMENT or COOPERATION claim has them on the same side, and disagree when a
// DISAGREEMENT or CONFLICT claim has them on different sides. DENIED claims ("have not settled on a cap") count
// for neither. The edge points from the smaller id to the larger one; read it as undirected. The claims of a pair are
// read through the pair's monthly tallies (add_tallies links each tally to the claims it counts, a denied claim
// included), so the cost follows the claims the two share, not all the claims of a hub: the United States and Russia
// in a million events share thousands, the United States alone has hundreds of thousands. `count` counts every
// claim; `claims` keeps the first 100 ids. The edge is merged by its type written out (see bulk/add_stance_edges: a
// MERGE with a dynamic type scans every relationship in the store).
// Parameters: $pairs [{a, b}] (a < b)
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})
MATCH (b:Entity {id: pair.b})
CALL (a, b) {
  MATCH (t:Tally {a: a.id, b: b.id})
  USING INDEX t:Tally(a, b)
  MATCH (t)-[:COUNTS]->(c:Claim)
  WHERE c.kind IN ['AGREEMENT', 'COOPERATION', 'DISAGREEMENT', 'CONFLICT'] AND c.modality <> 'DENIED'
  // the sides are read from the claim (two parties or so), never by expanding the hub's side
  WITH DISTINCT c, [(c)<-[p:PARTY]-(a) | p.side] AS sidesA, [(c)<-[p:PARTY]-(b) | p.side] AS sidesB
  WHERE any(x IN sidesA WHERE any(y IN sidesB WHERE
          (c.kind IN ['AGREEMENT', 'COOPERATION'] AND x = y) OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND x <> y)))
  RETURN CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN 'AGREES_WITH' ELSE 'DISAGREES_WITH' END AS type, c
}
ORDER BY c.id
WITH a, b, type, collect(c.id) AS claims, collect(DISTINCT c.topic) AS topics, min(c.date) AS first, max(c.date) AS last
FOREACH (_ IN CASE type WHEN 'AGREES_WITH' THEN [1] ELSE [] END | MERGE (a)-[:AGREES_WITH]->(b))
FOREACH (_ IN CASE type WHEN 'DISAGREES_WITH' THEN [1] ELSE [] END | MERGE (a)-[:DISAGREES_WITH]->(b))
WITH a, b, type, claims, topics, first, last
MATCH (a)-[r:AGREES_WITH|DISAGREES_WITH]->(b)
WHERE type(r) = type
SET r.claims = claims[..100], r.topics = topics[..100], r.count = size(claims), r.first = first, r.last = last
