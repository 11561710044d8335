// Question: What are the sources and quotes behind a claim: which articles state it, in which words and in which sentence?
// Parameters: $id (a claim id, as the other queries return it in their `claim` column)
// Example: {id: 'claim:rferl-2009-04-01-medvedev-obama:2e355cb898a7'}
// One row per article that states the claim (STATED_IN), newest article first, with the claim itself (kind, topic,
// summary, date, modality, confidence), its parties and their sides, what it is about, who is quoted on it, and the
// article's title, publisher, date and address. `quote` is the words the claim rests on, `sentence` the whole
// sentence around them. At most 100 articles.
MATCH (c:Claim {id: $id})-[s:STATED_IN]->(a:Article)
RETURN c.kind AS kind, c.topic AS topic, c.summary AS summary, c.date AS date, c.modality AS modality,
       c.confidence AS confidence,
       COLLECT { MATCH (p:Entity)-[r:PARTY]->(c) RETURN p.name + ' (side: ' + r.side + ')' AS x ORDER BY r.side, x } AS parties,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Entity) RETURN t.name AS n ORDER BY n } AS about,
       head(COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(w:Entity) RETURN w.name AS n ORDER BY n }) AS saidBy,
       a.title AS article, a.publisher AS publisher, a.published AS published, a.url AS url, a.id AS articleId,
       s.quote AS quote, s.sentence AS sentence
ORDER BY published DESC, articleId
LIMIT 100
