// Question: How are two entities connected by the shortest chain of relationships and claims, and what is the evidence at each step?
// Parameters: $from, $to (entity ids)
// Example: {from: 'person:yevgeny-volk', to: 'person:barack-obama'}
// All the shortest paths of at most 6 hops through structural relationships (LEADS, WORKS_FOR, MET, PARTY_TO ...) and
// claims (a claim joins its parties, the entities it is about and whoever is quoted on it). Articles (MENTIONED_IN,
// STATED_IN) and the derived AGREES_WITH / DISAGREES_WITH edges are never hops. `route` reads the path in words,
// claims in brackets; `steps` gives each hop with its evidence: the quote and article of a structural relationship,
// or, for a hop into or out of a claim, the claim's quote and article. `path` draws it in Neo4j Browser. At most 10 paths.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET|PARTY|ABOUT|ATTRIBUTED_TO*..6]-(b))
WITH p, [n IN nodes(p) | CASE WHEN n:Claim THEN '[' + toLower(n.kind) + ': ' + n.topic + ']' ELSE n.name END] AS names
LIMIT 10
CALL (p, names) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS r, nodes(p)[i] AS n1, nodes(p)[i + 1] AS n2
  WITH i, r, CASE WHEN n1:Claim THEN n1 WHEN n2:Claim THEN n2 END AS claim,
       CASE WHEN startNode(r) = n1 THEN ' -' + type(r) + '-> ' ELSE ' <-' + type(r) + '- ' END AS arrow
  OPTIONAL MATCH (claim)-[s:STATED_IN]->(art:Article)
  WITH i, r, claim, arrow, head(collect({quote: s.quote, article: art.title})) AS stated
  ORDER BY i
  WITH collect({step: i + 1, from: names[i], relationship: type(r), to: names[i + 1],
                  quote: CASE WHEN claim IS NULL THEN r.quote ELSE stated.quote END,
                  article: CASE WHEN claim IS NULL
                                THEN head(COLLECT { MATCH (src:Article) WHERE src.id IN coalesce(r.sources, []) RETURN src.title AS t ORDER BY t })
                                ELSE stated.article END}) AS steps,
       collect(arrow + names[i + 1]) AS hops
  RETURN steps, reduce(s = names[0], x IN hops | s + x) AS route
}
RETURN length(p) AS hops, route, steps, p AS path
ORDER BY hops, route
