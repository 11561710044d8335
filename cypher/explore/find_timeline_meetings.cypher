// Question: When did an entity's people meet, or meet those of a second entity? MET relationships with a date.
// Parameters: $members, $others (as in find_timeline_claims: lists of {id, self, since, until}; $others null for
//   anyone), $from, $to (first and last day, yyyy-MM-dd, or null), $limit (1..1001)
// Example: {members: [{id: 'person:barack-obama', self: true}], others: [{id: 'person:dmitry-medvedev', self: true}], from: null, to: null, limit: 200}
UNWIND $members AS ma
MATCH (x:Entity {id: ma.id})-[m:MET]-(y:Entity)
WHERE m.date IS NOT NULL AND ($others IS NULL OR y.id IN [o IN $others | o.id])
WITH DISTINCT m, startNode(m) AS a, endNode(m) AS b,
     CASE size(m.date) WHEN 4 THEN m.date + '-01-01' WHEN 7 THEN m.date + '-01' ELSE m.date END AS first,
     CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END AS last
WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
RETURN m.date AS date, m.place AS place, m.quote AS quote,
       a {.id, .name} AS a, b {.id, .name} AS b,
       COLLECT { MATCH (s:Article) WHERE s.id IN coalesce(m.sources, []) RETURN s {.id, .title, .url, .publisher, .published} } AS sources
ORDER BY date
LIMIT $limit
