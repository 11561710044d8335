// Question: Which source has this id, and how much was extracted from it?
// Parameters: $id (an article id)
// Example: {id: 'rferl-2009-04-01-medvedev-obama'}
// The same columns as list_articles (less `total`), for one source; no row when the graph does not hold it.
// Relationships are counted from the entities the source mentions (see list_articles for why).
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  WITH c.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect([kind, n]) AS claimsByKind, sum(n) AS claims
}
RETURN a {.id, .title, .publisher, .url, .published, .path, .sha256, importedAt: toString(a.importedAt)} AS article,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
               MATCH (e)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
               WHERE a.id IN r.sources } AS relationships,
       claims, claimsByKind
LIMIT 1
