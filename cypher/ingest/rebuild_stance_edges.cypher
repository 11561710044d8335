// Rebuild the derived AGREES_WITH / DISAGREES_WITH edges of the given entities from the claims.
// Two parties agree when an AGREEMENT or COOPERATION claim has them on the same side, and disagree when a
// DISAGREEMENT or CONFLICT claim has them on different sides. DENIED claims ("have not settled on a cap") count
// for neither. The edge points from the smaller id to the larger one; read it as undirected.
// Parameters: $ids
MATCH (a:Entity)-[pa:PARTY]->(c:Claim)<-[pb:PARTY]-(b:Entity)
WHERE a.id < b.id AND (a.id IN $ids OR b.id IN $ids) AND c.modality <> 'DENIED'
  AND ((c.kind IN ['AGREEMENT', 'COOPERATION'] AND pa.side = pb.side)
    OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND pa.side <> pb.side))
WITH a, b, CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN 'AGREES_WITH' ELSE 'DISAGREES_WITH' END AS type, c
ORDER BY c.id
WITH a, b, type, collect(c.id) AS claims, collect(DISTINCT c.topic) AS topics, min(c.date) AS first, max(c.date) AS last
MERGE (a)-[r:$(type)]->(b)
SET r.claims = claims, r.topics = topics, r.count = size(claims), r.first = first, r.last = last
