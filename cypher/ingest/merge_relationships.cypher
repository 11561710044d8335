// Create or update structural relationships (LEADS, MET, PARTY_TO, ...) with their evidence. Each source has its
// own edge: the `id` (source/type:from->to, plus @date for MET) keys it, so a re-import changes nothing and
// two sources stating the same fact give two edges, each with its own quote. An edge with the id is replaced: it is
// found by its types written out, between the two entities, and created with the row's type (a MERGE with a dynamic
// type, `[r:$(row.type)]`, is planned by Neo4j 5.26 as a scan of every relationship in the store).
// Parameters: $sourceId, $rows [{id, type, from, to, properties, quote, sentence, confidence}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET {id: row.id}]->(b)
DELETE old
CREATE (a)-[r:$(row.type)]->(b)
SET r.id = row.id,
    r += row.properties,
    r.quote = row.quote,
    r.sentence = row.sentence,
    r.confidence = row.confidence,
    r.sources = [$sourceId]
