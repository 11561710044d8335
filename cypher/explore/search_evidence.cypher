// Question: Which sentences of the sources come nearest a question that no form of /api/ask fits? Quotes and sentences
// of claims and of structural relationships, best first by the full-text index `evidence_text`.
// Parameters: $query (a Lucene query the application builds from escaped words), $limit (1..25)
// Example: {query: 'missile OR defense', limit: 5}
CALL db.index.fulltext.queryRelationships('evidence_text', $query, {limit: $limit * 4}) YIELD relationship AS r, score
WITH r, score, startNode(r) AS s, endNode(r) AS t
RETURN score,
       CASE WHEN type(r) = 'STATED_IN' THEN s.id END AS claim,
       CASE WHEN type(r) = 'STATED_IN' THEN s.kind ELSE type(r) END AS kind,
       CASE WHEN type(r) = 'STATED_IN' THEN s.date ELSE coalesce(r.date, r.since) END AS date,
       coalesce(r.quote, r.sentence) AS quote,
       CASE WHEN type(r) = 'STATED_IN' THEN [t {.id, .title, .url, .publisher, .published}]
            ELSE COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(r.sources, []) RETURN a {.id, .title, .url, .publisher, .published} }
       END AS sources
ORDER BY score DESC
LIMIT $limit
