// Question: Which treaties involve an entity? The treaties it is party to, and those that claims with it as a party
// are about, each with the quote that says so and its source.
// Parameters: $ids (the entity and those counted with it, e.g. the state a leader leads), $limit (1..200)
// Example: {ids: ['country:rus'], limit: 50}
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (x)-[r:PARTY_TO]->(t:Treaty)
  RETURN t, 'party to' AS how, r.quote AS quote, null AS claim,
         COLLECT { MATCH (s:Article) WHERE s.id IN coalesce(r.sources, []) RETURN s {.id, .title, .url, .publisher, .published} } AS sources
  UNION
  MATCH (x)-[:PARTY]->(c:Claim)-[:ABOUT]->(t:Treaty)
  OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
  RETURN t, toLower(c.kind) AS how, s.quote AS quote, c {.id, .kind, .topic, .date, .modality} AS claim,
         [x IN collect(a {.id, .title, .url, .publisher, .published}) WHERE x IS NOT NULL] AS sources
}
WITH t, collect({entity: x {.id, .name}, how: how, quote: quote, claim: claim, sources: sources}) AS involvement
RETURN t {.id, .name, .status, .signed, .inForce, .expires} AS treaty, involvement[..10] AS involvement
ORDER BY size(involvement) DESC, treaty.name
LIMIT $limit
