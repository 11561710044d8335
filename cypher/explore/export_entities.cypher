// Question: Which entities does an export hold, with all their properties: every entity, or those of a subgraph?
// Parameters: $ids (entity ids, or null for every entity)
// Example: {ids: ['person:barack-obama', 'country:usa']}
// mentions: what each source says of the entity (its name, aliases and attributes there), with the source, so that
// an export can be imported again source by source. Rows stream in no set order (no sort, so a million-claim store exports without holding its rows).
CALL () {
  WITH $ids AS ids
  WHERE ids IS NULL
  MATCH (e:Entity)
  RETURN e
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (e:Entity {id: id})
  RETURN e
}
RETURN e {.*, kind: [l IN labels(e) WHERE l <> 'Entity'][0],
          mentions: [(e)-[m:MENTIONED_IN]->(a:Article) | m {.*, source: a {.id, .title, .url, .publisher, .published,
                                                                         .path, .sha256,
                                                                         importedAt: toString(a.importedAt)}}]} AS entity
