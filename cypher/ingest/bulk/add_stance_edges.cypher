// Add newly created claims to the derived AGREES_WITH / DISAGREES_WITH edges without reading the claims already
// counted: a bulk import adds, it never re-derives a hub's edges. The rows are counted by the writer (BulkWriter) by
// the rule of rebuild_stance_edges: same side of an AGREEMENT or COOPERATION, different sides of a DISAGREEMENT or
// CONFLICT, DENIED counting for neither. `claims` keeps the first 100 ids, `count` counts all.
// The edge is merged by its type written out, one FOREACH per type: Neo4j 5.26 plans MERGE with a dynamic type
// (`[r:$(row.type)]`) as a scan of every relationship in the store, where a static type expands between the two nodes.
// Parameters: $rows [{a, b, type, claims, count, first, last}] (a < b; type AGREES_WITH or DISAGREES_WITH)
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
FOREACH (_ IN CASE row.type WHEN 'AGREES_WITH' THEN [1] ELSE [] END | MERGE (a)-[:AGREES_WITH]->(b))
FOREACH (_ IN CASE row.type WHEN 'DISAGREES_WITH' THEN [1] ELSE [] END | MERGE (a)-[:DISAGREES_WITH]->(b))
WITH a, b, row
MATCH (a)-[r:AGREES_WITH|DISAGREES_WITH]->(b)
WHERE type(r) = row.type
SET r.claims = (coalesce(r.claims, []) + row.claims)[..100],
    r.topics = coalesce(r.topics, []),
    r.count = coalesce(r.count, 0) + row.count,
    r.first = CASE WHEN r.first IS NULL OR row.first < r.first THEN row.first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR row.last > r.last THEN row.last ELSE r.last END
