// Question: What did one article contribute to the graph: how many entities, relationships and claims, which of them, and what would be lost without it?
// Parameters: $id (an article id)
// Example: {id: 'rferl-2009-04-01-medvedev-obama'}
// One row. `entities`, `relationships` and `claims` count what the article names (MENTIONED_IN), the structural
// relationships whose `sources` hold its id (LEADS, MET ...) and the claims it states (STATED_IN), as the import
// report and GET /api/articles count them; `claimsByKind` splits the claims. `onlyHere` lists the entities no other
// article names and `claimsOnlyHere` counts the claims no other article states: what would go with this article.
// `stancePairs` are the pairs of parties its agreements and disagreements put together or against each other. The
// lists hold at most 100 items (entities by kind and name, relationships by type).
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  WITH c.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect(kind + ' ' + n) AS claimsByKind, sum(n) AS claims
}
RETURN a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
               MATCH (e)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
               WHERE a.id IN r.sources } AS relationships,
       claims,
       claimsByKind,
       COLLECT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
                 RETURN [l IN labels(e) WHERE l <> 'Entity'][0] + ': ' + e.name AS x ORDER BY x LIMIT 100 } AS entityList,
       COLLECT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
                 WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(other:Article) WHERE other <> a }
                 RETURN e.name AS x ORDER BY x LIMIT 100 } AS onlyHere,
       COUNT { MATCH (c:Claim)-[:STATED_IN]->(a) WHERE NOT EXISTS { (c)-[:STATED_IN]->(other:Article) WHERE other <> a } } AS claimsOnlyHere,
       COLLECT { MATCH (e:Entity)-[:MENTIONED_IN]->(a)
                 MATCH (e)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(o:Entity)
                 WHERE a.id IN r.sources
                 RETURN e.name + ' ' + type(r) + ' ' + o.name AS x ORDER BY type(r), x LIMIT 100 } AS relationshipList,
       COLLECT { MATCH (x:Entity)-[rx:PARTY]->(c:Claim)-[:STATED_IN]->(a), (c)<-[ry:PARTY]-(y:Entity)
                 WHERE x.name < y.name AND coalesce(c.modality, '') <> 'DENIED'
                   AND ((c.kind IN ['AGREEMENT', 'COOPERATION'] AND rx.side = ry.side)
                     OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND rx.side <> ry.side))
                 WITH x.name + CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN ' with ' ELSE ' against ' END + y.name AS pair,
                      count(DISTINCT c) AS n
                 RETURN pair + ' (' + n + ')' AS line ORDER BY n DESC, line LIMIT 100 } AS stancePairs
LIMIT 1
