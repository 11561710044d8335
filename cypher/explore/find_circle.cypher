// Question: Who acts for an entity, and for whom does it act? The entity itself; those who lead it, speak for it,
// work for it or are part of it (up to two steps: Obama and the White House for the United States, Gibbs through the
// White House); and, for a person or an organization, what it leads, speaks for, works for or is part of (Obama: the
// United States), with the dates between which each link held (a relationship's since and until).
// Parameters: $id (an entity id)
// Example: {id: 'person:barack-obama'}
// Timelines count what the members did as what the entity did, while the link held.
MATCH (e:Entity {id: $id})
CALL (e) {
  RETURN e AS member, 'self' AS role, [] AS links
  UNION
  MATCH p = (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]-(m:Entity)
  RETURN m AS member, 'acts for it' AS role, relationships(p) AS links
  UNION
  MATCH p = (e)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]->(m:Entity)
  WHERE e:Person OR e:Organization
  RETURN m AS member, 'it acts for' AS role, relationships(p) AS links
}
RETURN member.id AS id, member.name AS name, role,
       [r IN links | type(r)] AS through,
       reduce(s = null, r IN links | CASE WHEN r.since IS NOT NULL AND (s IS NULL OR r.since > s) THEN r.since ELSE s END) AS since,
       reduce(u = null, r IN links | CASE WHEN r.until IS NOT NULL AND (u IS NULL OR r.until < u) THEN r.until ELSE u END) AS until
ORDER BY size(through), id
LIMIT 1000
