// Add newly created claims to the derived AGREES_WITH / DISAGREES_WITH edges, by the rule of rebuild_stance_edges
// (same side of an AGREEMENT or COOPERATION, different sides of a DISAGREEMENT or CONFLICT, DENIED counts for
// neither), without reading the claims already counted: a bulk import adds, it never re-derives a hub's edges.
// Parameters: $ids (claim ids created by this batch)
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c.kind IN ['AGREEMENT', 'COOPERATION', 'DISAGREEMENT', 'CONFLICT'] AND c.modality <> 'DENIED'
MATCH (x:Entity)-[px:PARTY]->(c)<-[py:PARTY]-(y:Entity)
WHERE x.id < y.id
  AND ((c.kind IN ['AGREEMENT', 'COOPERATION'] AND px.side = py.side)
    OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND px.side <> py.side))
WITH x AS a, y AS b, CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN 'AGREES_WITH' ELSE 'DISAGREES_WITH' END AS type, c
WITH DISTINCT a, b, type, c
ORDER BY c.id
WITH a, b, type, collect(c.id) AS claims, collect(DISTINCT c.topic) AS topics, min(c.date) AS first, max(c.date) AS last
MERGE (a)-[r:$(type)]->(b)
SET r.claims = (coalesce(r.claims, []) + claims)[..100],
    r.topics = (coalesce(r.topics, []) + [t IN topics WHERE NOT t IN coalesce(r.topics, [])])[..100],
    r.count = coalesce(r.count, 0) + size(claims),
    r.first = CASE WHEN r.first IS NULL OR first < r.first THEN first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR last > r.last THEN last ELSE r.last END
