// Question: Which entities broker the graph: which lie on the most shortest paths between the most connected countries and people?
// Parameters: none
// Example: {}
// A bounded betweenness. The endpoints are the 12 countries and people with the most relationships and claims
// (PARTY, ABOUT, ATTRIBUTED_TO and structural relationships counted), so at most 66 pairs are searched; each pair's
// shortest paths are at most 4 hops through structural relationships and claims (PARTY and ABOUT: a claim joins its
// parties and what it is about). A pair whose shortest path is longer contributes nothing. Each pair shares one
// point among the entities inside its shortest paths: an entity on k of the pair's n shortest paths gets k/n (claims
// on the way are hops, not brokers; the endpoints do not count). `pairs` names the pairs it stands between (10 at
// most). The bound keeps the cost at 66 bidirectional searches of depth 4, whatever the size of the graph beyond
// them (well under a second on the seed). At most 20 brokers.
MATCH (e:Entity)
WHERE e:Country OR e:Person
WITH e, COUNT { (e)-[:PARTY|ABOUT|ATTRIBUTED_TO|LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-() } AS degree
ORDER BY degree DESC, e.id
LIMIT 12
WITH collect(e) AS top
UNWIND top AS a
UNWIND top AS b
WITH a, b
WHERE a.id < b.id
MATCH p = allShortestPaths((a)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|PARTY|ABOUT*..4]-(b))
WITH a, b, collect(p) AS paths
UNWIND paths AS p
UNWIND [n IN nodes(p)[1..-1] WHERE n:Entity] AS broker
WITH a, b, size(paths) AS total, broker, count(*) AS through
WITH a, b, broker, toFloat(through) / total AS share
ORDER BY share DESC, a.name, b.name
WITH broker, sum(share) AS score, collect(a.name + ' – ' + b.name) AS pairs
RETURN broker.name AS broker, broker.id AS id, [l IN labels(broker) WHERE l <> 'Entity'][0] AS kind,
       round(score, 2) AS betweenness, size(pairs) AS pairCount, pairs[..10] AS pairs
ORDER BY betweenness DESC, broker
LIMIT 20
