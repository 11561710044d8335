// Rebuild the derived AGREES_WITH / DISAGREES_WITH edges of the given entities from the claims.
// Two parties agree when an AGREEMENT or COOPERATION claim has them on the same side, and disagree when a
// DISAGREEMENT or CONFLICT claim has them on different sides. DENIED claims ("have not settled on a cap") count
// for neither. The edge points from the smaller id to the larger one; read it as undirected. The search starts
// from the given entities, so its cost follows their claims, not the size of the graph. `count` counts every claim;
// `claims` keeps the first 100 ids (two states in a million events share tens of thousands).
// Parameters: $ids
UNWIND $ids AS id
MATCH (x:Entity {id: id})-[px:PARTY]->(c:Claim)<-[py:PARTY]-(y:Entity)
WHERE c.kind IN ['AGREEMENT', 'COOPERATION', 'DISAGREEMENT', 'CONFLICT'] AND c.modality <> 'DENIED'
  AND ((c.kind IN ['AGREEMENT', 'COOPERATION'] AND px.side = py.side)
    OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND px.side <> py.side))
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b,
     CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN 'AGREES_WITH' ELSE 'DISAGREES_WITH' END AS type, c
WITH DISTINCT a, b, type, c
ORDER BY c.id
WITH a, b, type, collect(c.id) AS claims, collect(DISTINCT c.topic) AS topics, min(c.date) AS first, max(c.date) AS last
MERGE (a)-[r:$(type)]->(b)
SET r.claims = claims[..100], r.topics = topics[..100], r.count = size(claims), r.first = first, r.last = last
