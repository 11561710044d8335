// Question: Who or what is this entity: its attributes, its relationships, the claims it is in, whom it agrees and disagrees with, and the sources that name it?
// Parameters: $id (an entity id, such as 'person:dmitry-medvedev' or 'country:rus')
// Example: {id: 'person:dmitry-medvedev'}
// One row. `relationships`: the structural relationships in both directions, each as a line ("Dmitry Medvedev LEADS
// Russia (President)") with the words it rests on. `claims`: how many claims the entity is a party to, is about it
// or quote it, by kind. `agreesWith` / `disagreesWith`: the derived stance edges (the other party and how many claims).
// `sources`: the titles of the articles that name it, newest first. Lists hold at most 200 items.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:PARTY|ABOUT|ATTRIBUTED_TO]-(c:Claim)
  WITH DISTINCT c
  WITH c.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS claims
}
RETURN e.id AS id,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       e.description AS description,
       properties(e) AS properties,
       COLLECT {
         MATCH (e)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-(o:Entity)
         WITH r, o, [x IN [r.title, r.role, 'since ' + r.since, 'until ' + r.until, r.date, r.place] WHERE x IS NOT NULL] AS details
         ORDER BY type(r), o.name
         LIMIT 200
         RETURN {relationship: CASE WHEN startNode(r) = e THEN e.name + ' ' + type(r) + ' ' + o.name
                                    ELSE o.name + ' ' + type(r) + ' ' + e.name END
                               + CASE WHEN size(details) = 0 THEN ''
                                      ELSE ' (' + reduce(s = head(details), x IN tail(details) | s + ', ' + x) + ')' END,
                 quote: r.quote}
       } AS relationships,
       claims,
       COLLECT { MATCH (e)-[s:AGREES_WITH]-(o:Entity) RETURN o.name + ' (' + s.count + ')' AS x ORDER BY s.count DESC, x LIMIT 200 } AS agreesWith,
       COLLECT { MATCH (e)-[s:DISAGREES_WITH]-(o:Entity) RETURN o.name + ' (' + s.count + ')' AS x ORDER BY s.count DESC, x LIMIT 200 } AS disagreesWith,
       COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.title AS t ORDER BY a.published DESC, t LIMIT 200 } AS sources
LIMIT 1
