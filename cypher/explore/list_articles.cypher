// Question: Which sources does the graph hold, and how much was extracted from each?
// Parameters: $limit (1..1000)
// Example: {limit: 10}
// Newest published first (undated sources last), then by id; `total` counts every source, so a client sees
// when the list was cut. The counts are taken only for the sources listed. A source's structural relationships
// are found from the entities it mentions: the writer only accepts relationships between entities the same source
// declares, so walking out of those entities finds them all without scanning every relationship in the graph
// (relationship lists such as `sources` have no index).
MATCH (any:Article)
WITH count(any) AS total
MATCH (a:Article)
WITH total, a
ORDER BY a.published IS NULL, a.published DESC, a.id
LIMIT $limit
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  WITH c.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect([kind, n]) AS claimsByKind, sum(n) AS claims
}
RETURN total,
       a {.id, .title, .publisher, .url, .published, .path, .sha256, importedAt: toString(a.importedAt)} AS article,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
               MATCH (e)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
               WHERE a.id IN r.sources } AS relationships,
       claims, claimsByKind
ORDER BY article.published IS NULL, article.published DESC, article.id
LIMIT $limit
