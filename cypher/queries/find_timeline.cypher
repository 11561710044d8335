// Question: What happened to this entity, and when: its claims, meetings and treaty dates in order?
// Parameters: $id (an entity id)
// Example: {id: 'country:rus'}
// Dated events, oldest first: the claims the entity (or one who acts for it) is a party to or is quoted on, and
// those about the entity itself; the meetings (MET) of the entity and of those who act for it; and the signature,
// entry into force and expiry of the treaties it is a party to (or of the treaty itself). As in the API, an entity
// counts with those who lead it, speak for it, work for it or are part of it, up to two steps (Medvedev and the
// Kremlin for Russia); unlike the API's timeline, the dates between which such a link held are not checked here.
// Dates keep the precision of the text (2008-08, 2009-04-01), so they sort as text: 2009 before 2009-01 before
// 2009-01-15. Undated claims are left out. `who` reads "A + B" for parties on one side, "A vs B" for opposite sides.
// At most 500 rows.
MATCH (e:Entity {id: $id})
CALL (e) {
  CALL (e) {
    MATCH (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(:Entity)-[:PARTY|ATTRIBUTED_TO]-(c:Claim)
    WHERE c.date IS NOT NULL
    RETURN c
    UNION
    MATCH (e)<-[:ABOUT]-(c:Claim)
    WHERE c.date IS NOT NULL
    RETURN c
  }
  CALL (c) {
    MATCH (p:Entity)-[r:PARTY]->(c)
    WITH r.side AS side, p.name AS name
    ORDER BY side, name
    WITH side, collect(name) AS names
    ORDER BY side
    WITH collect(reduce(s = head(names), n IN tail(names) | s + ' + ' + n)) AS groups
    RETURN reduce(s = head(groups), g IN tail(groups) | s + ' vs ' + g) AS sides
  }
  OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
  WITH c, sides, head(collect({quote: s.quote, article: a.title})) AS stated
  RETURN c.date AS date, c.kind AS event, c.topic AS what, sides AS who, c.modality AS modality,
         stated.quote AS quote, stated.article AS article
  UNION
  MATCH (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(:Entity)-[m:MET]-(:Entity)
  WHERE m.date IS NOT NULL
  WITH DISTINCT m
  RETURN m.date AS date, 'MET' AS event,
         startNode(m).name + ' met ' + endNode(m).name + coalesce(' in ' + m.place, '') AS what,
         startNode(m).name + ' + ' + endNode(m).name AS who, null AS modality, m.quote AS quote,
         head(COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(m.sources, []) RETURN a.title AS t ORDER BY t }) AS article
  UNION
  MATCH (t:Treaty)
  WHERE t = e OR EXISTS { (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(:Entity)-[:PARTY_TO]->(t) }
  UNWIND [['SIGNED', t.signed], ['IN FORCE', t.inForce], ['EXPIRES', t.expires]] AS milestone
  WITH t, milestone
  WHERE milestone[1] IS NOT NULL
  RETURN milestone[1] AS date, 'TREATY ' + milestone[0] AS event, t.name AS what,
         reduce(s = '', n IN COLLECT { MATCH (p:Entity)-[:PARTY_TO]->(t) RETURN p.name AS n ORDER BY n }
                | s + CASE s WHEN '' THEN '' ELSE ' + ' END + n) AS who,
         null AS modality, null AS quote,
         head(COLLECT { MATCH (t)-[:MENTIONED_IN]->(a:Article) RETURN a.title AS x ORDER BY x }) AS article
}
RETURN date, event, what, who, modality, quote, article
ORDER BY date, event, what
LIMIT 500
