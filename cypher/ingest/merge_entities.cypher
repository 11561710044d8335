// Record what a source says about each entity it names: its name, aliases and attributes, kept on the
// entity's MENTIONED_IN relationship to the source. The entity node itself is recomputed from all its
// sources by refresh_entities, so an edited file can take an alias or an attribute back.
// Parameters: $sourceId, $rows [{id, kind, name, aliases, properties}]
MATCH (source:Article {id: $sourceId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.kind)
MERGE (e)-[m:MENTIONED_IN]->(source)
SET m = row.properties,
    m.name = row.name,
    m.aliases = row.aliases
