// Create or update structural relationships (LEADS, MET, PARTY_TO, ...) with their evidence. Each source has its
// own edge: the `id` (source/type:from->to, plus @date for MET) keys the MERGE, so a re-import changes nothing and
// two sources stating the same fact give two edges, each with its own quote.
// Parameters: $sourceId, $rows [{id, type, from, to, properties, quote, sentence, confidence}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties,
    r.quote = row.quote,
    r.sentence = row.sentence,
    r.confidence = row.confidence,
    r.sources = [$sourceId]
