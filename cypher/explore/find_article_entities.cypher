// Question: Which entities does this source name, and what does it say each is called?
// Parameters: $id (an article id), $limit (1..5000)
// Example: {id: 'rferl-2009-04-01-medvedev-obama', limit: 10}
// `declared` is what this source alone said (the MENTIONED_IN properties: its name, aliases and attributes such
// as wikidata or iso3); the entity's own name is merged from all its sources, so the two can differ. Mention
// offsets are not stored in the graph. By kind, then name.
MATCH (a:Article {id: $id})<-[m:MENTIONED_IN]-(e:Entity)
RETURN e.id AS id,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       e.name AS name,
       properties(m) AS declared
ORDER BY kind, name, id
LIMIT $limit
