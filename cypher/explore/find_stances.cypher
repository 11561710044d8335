// Question: Who agrees and who disagrees about an issue? Every claim about the given entities or with one of them as
// a party, or whose topic, summary or quote matches the given words, with its parties and their sides, its quote and
// its source.
// Parameters: $ids (entity ids the claims are about or have as a party; [] for none), $text (a Lucene query over claim topics and
//   summaries, built by the application from escaped words; null for none), $limit (1..1000), $expand (an entity with
//   at most this many claims has all of them read; one with more, only its newest)
// Example: {ids: ['country:geo'], text: null, limit: 200, expand: 10000}
// The application groups the parties into sides; `text` finds claims on a subject that is no entity (missile
// defense), the full-text index `claim_text` ranks them and the $limit best are kept (the newest first among equals),
// then listed oldest first.
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE COUNT { (e)-[:ABOUT|PARTY]-() } <= $expand
  MATCH (e)-[:ABOUT|PARTY]-(c:Claim)
  RETURN c, 1000.0 AS score
  UNION
  // an entity with more claims than $expand (a state in a million GDELT events): its $limit newest, found by walking
  // the claims' date index from the newest and keeping those it is in, not by reading all of its claims
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE COUNT { (e)-[:ABOUT|PARTY]-() } > $expand
  CALL (e) {
    MATCH (c:Claim)
    WHERE c.date IS NOT NULL
    WITH c ORDER BY c.date DESC
    WHERE EXISTS { (c)-[:ABOUT|PARTY]-(e) }
    RETURN c
    LIMIT $limit
  }
  RETURN c, 1000.0 AS score
  UNION
  WITH $text AS text
  WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', text) YIELD node, score
  RETURN node AS c, score
  UNION
  // the words in the quote count too, below any topic match
  WITH $text AS text
  WHERE text IS NOT NULL
  CALL db.index.fulltext.queryRelationships('claim_quotes', text) YIELD relationship, score
  RETURN startNode(relationship) AS c, score / 10 AS score
}
WITH c, max(score) AS score
ORDER BY score DESC, c.date DESC, c.id
LIMIT $limit
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          parties: COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c)
                             RETURN {id: pe.id, name: pe.name, kind: [l IN labels(pe) WHERE l <> 'Entity'][0], side: pr.side, role: pr.role}
                             ORDER BY pr.rank },
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity) RETURN {id: t.id, name: t.name} ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
