// Create or update structural relationships (LEADS, MET, PARTY_TO, ...) with their evidence.
// The relationship's `id` (type:from->to, plus @date for MET) keys the MERGE, so a re-import changes nothing.
// Parameters: $sourceId, $rows [{id, type, from, to, properties, quote, sentence, confidence}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties,
    r.quote = row.quote,
    r.sentence = row.sentence,
    r.confidence = row.confidence,
    r.sources = CASE WHEN $sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $sourceId END
