// Question: Which structural relationships (LEADS, MET, PARTY_TO, ...) join the entities of an export, with their quote and sources?
// Parameters: $ids (entity ids, or null for every entity)
// Example: {ids: ['person:barack-obama', 'country:usa', 'org:white-house']}
// Both ends must be in the export. Derived AGREES_WITH / DISAGREES_WITH edges are left out: the claims are exported.
CALL () {
  WITH $ids AS ids
  WHERE ids IS NULL
  MATCH (a:Entity)
  RETURN a
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (a:Entity {id: id})
  RETURN a
}
MATCH (a)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(b:Entity)
WHERE $ids IS NULL OR b.id IN $ids
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relationship
