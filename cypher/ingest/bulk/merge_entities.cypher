// Declare the entities of a batch of events as named by the data set (one MENTIONED_IN per entity and data set, kept
// once). Returns the ids whose declaration is new: only those need refresh_entities, so a batch of events among
// known actors writes nothing here.
// Parameters: $datasetId, $rows [{id, kind, name, aliases, code}]
MATCH (d:Article {id: $datasetId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.kind), e.name = row.name
WITH d, e, row
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(d) }
CREATE (e)-[:MENTIONED_IN {name: row.name, aliases: row.aliases, cameo: row.code}]->(d)
RETURN collect(e.id) AS declared
