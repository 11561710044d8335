// Question: Which topics are the most contested: about which entities do parties disagree or fight most often?
// Parameters: none
// Example: {}
// A topic is an entity a claim is about (its ABOUT links: Georgia, the Russo-Georgian War, Central Europe ...);
// claims about no entity are not ranked here. `contested` counts the DISAGREEMENT and CONFLICT claims about it (the
// text not denying them), `agreements` the AGREEMENT and COOPERATION claims, for contrast. `opponents` are the pairs
// on opposite sides, with how many claims; `topics` the claims' own words, `quote` the words of the latest (10 of each at
// most). The most contested first. At most 25 topics.
MATCH (c:Claim)-[:ABOUT]->(t:Entity)
WHERE c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND coalesce(c.modality, '') <> 'DENIED'
WITH t, c
ORDER BY c.date DESC, c.topic
WITH t, collect(c) AS claims
WITH t, claims, size(claims) AS contested
ORDER BY contested DESC, t.name
LIMIT 25
CALL (claims) {
  UNWIND claims AS c
  MATCH (x:Entity)-[rx:PARTY]->(c)<-[ry:PARTY]-(y:Entity)
  WHERE rx.side <> ry.side AND x.name < y.name
  WITH x.name + ' vs ' + y.name AS pair, count(DISTINCT c) AS n
  ORDER BY n DESC, pair
  RETURN collect(pair + ' (' + n + ')') AS opponents
}
WITH t, claims, contested, opponents, head(claims) AS latest
OPTIONAL MATCH (latest)-[s:STATED_IN]->(a:Article)
WITH t, claims, contested, opponents, latest, head(collect({quote: s.quote, article: a.title})) AS stated
RETURN t.name AS topic, t.id AS topicId, [l IN labels(t) WHERE l <> 'Entity'][0] AS kind,
       contested,
       size([c IN claims WHERE c.kind = 'DISAGREEMENT']) AS disagreements,
       size([c IN claims WHERE c.kind = 'CONFLICT']) AS conflicts,
       COUNT { MATCH (o:Claim)-[:ABOUT]->(t) WHERE o.kind IN ['AGREEMENT', 'COOPERATION'] AND coalesce(o.modality, '') <> 'DENIED' } AS agreements,
       opponents[..10] AS opponents,
       [c IN claims[..10] | coalesce(c.date, 'undated') + ' ' + c.topic] AS topics,
       latest.date AS latest, stated.quote AS quote, stated.article AS article
ORDER BY contested DESC, topic
