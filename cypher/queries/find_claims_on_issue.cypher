// Question: What has been claimed about an issue, by whom, on which side, in which words and according to which article?
// Parameters: $topic (words, matched without regard to case or hyphens, such as 'missile defense' or 'Georgia')
// Example: {topic: 'missile defense'}
// A claim is on the issue when its topic or summary contains the words, or when it is about an entity whose name or
// an alias contains them (so 'Georgia' finds the claims about the country and the topic "Georgia joining NATO").
// The words are matched as one piece of text, not as a query language. `sides` reads "A + B" for parties on one
// side and "A vs B" for parties on different sides. Oldest first (undated last), at most 200 claims.
WITH replace(toLower($topic), '-', ' ') AS words
MATCH (c:Claim)
WHERE replace(toLower(coalesce(c.topic, '')), '-', ' ') CONTAINS words
   OR replace(toLower(coalesce(c.summary, '')), '-', ' ') CONTAINS words
   OR EXISTS { MATCH (c)-[:ABOUT]->(t:Entity)
               WHERE any(name IN [t.name] + coalesce(t.aliases, []) WHERE replace(toLower(name), '-', ' ') CONTAINS words) }
WITH c
ORDER BY c.date IS NULL, c.date, c.topic
LIMIT 200
CALL (c) {
  MATCH (p:Entity)-[r:PARTY]->(c)
  WITH r.side AS side, p.name AS name
  ORDER BY side, name
  WITH side, collect(name) AS names
  ORDER BY side
  WITH collect(reduce(s = head(names), n IN tail(names) | s + ' + ' + n)) AS groups
  RETURN reduce(s = head(groups), g IN tail(groups) | s + ' vs ' + g) AS sides
}
OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
WITH c, sides, head(collect({quote: s.quote, article: a.title, published: a.published})) AS stated
RETURN c.date AS date, c.kind AS kind, c.topic AS topic, c.modality AS modality, sides,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Entity) RETURN t.name AS n ORDER BY n } AS about,
       head(COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(w:Entity) RETURN w.name AS n ORDER BY n }) AS saidBy,
       stated.quote AS quote, stated.article AS article, stated.published AS published, c.id AS claim
ORDER BY date IS NULL, date, topic
