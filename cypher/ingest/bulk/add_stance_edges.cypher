// Add newly created claims to the derived AGREES_WITH / DISAGREES_WITH edges without reading the claims already
// counted: a bulk import adds, it never re-derives a hub's edges. The rows are counted by the writer (BulkWriter) by
// the rule of rebuild_stance_edges: same side of an AGREEMENT or COOPERATION, different sides of a DISAGREEMENT or
// CONFLICT, DENIED counting for neither. `claims` keeps the first 100 ids, `count` counts all.
// Parameters: $rows [{a, b, type, claims, count, first, last}] (a < b)
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:$(row.type)]->(b)
SET r.claims = (coalesce(r.claims, []) + row.claims)[..100],
    r.topics = coalesce(r.topics, []),
    r.count = coalesce(r.count, 0) + row.count,
    r.first = CASE WHEN r.first IS NULL OR row.first < r.first THEN row.first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR row.last > r.last THEN row.last ELSE r.last END
