// Question: How many entities, structural relationships and claims would an export hold (the API refuses one over its limit before writing a byte)?
// Parameters: $ids (entity ids, or null for every entity), $from, $to (first and last day, yyyy-MM-dd, or null)
// Example: {ids: ['country:usa', 'country:rus', 'country:geo'], from: null, to: '2009-12-31'}
// The same choice as export_entities, export_relationships and export_claims; ExportIT holds them to the same counts.
CALL () {
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
  RETURN count(e) AS entities
}
CALL () {
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
  RETURN count(r) AS relationships
}
CALL () {
  CALL () {
    WITH $ids AS ids
    WHERE ids IS NULL
    MATCH (c:Claim)
    RETURN c
    UNION ALL
    UNWIND coalesce($ids, []) AS id
    MATCH (:Entity {id: id})-[:PARTY|ABOUT|ATTRIBUTED_TO]-(c:Claim)
    WITH DISTINCT c
    RETURN c
  }
  WITH c,
       CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
       CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last
  WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
    AND ($ids IS NULL OR all(x IN [(c)-[:PARTY|ABOUT|ATTRIBUTED_TO]-(x:Entity) | x.id] WHERE x IN $ids))
  RETURN count(c) AS claims
}
RETURN entities, relationships, claims
