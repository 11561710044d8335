// Question: Which structural relationships (who leads, works for, met ... whom) does this source state?
// Parameters: $id (an article id), $limit (1..5000)
// Example: {id: 'rferl-2009-04-01-medvedev-obama', limit: 10}
// Each relationship with the words it rests on. Found by walking out of the entities the source mentions, as the
// writer only accepts relationships between entities the same source declares. By type, then names.
MATCH (a:Article {id: $id})<-[:MENTIONED_IN]-(e:Entity)
      -[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(other:Entity)
WHERE a.id IN r.sources
RETURN type(r) AS type,
       e {.id, .name} AS from,
       other {.id, .name} AS to,
       r.quote AS quote,
       properties(r) AS properties
ORDER BY type, from.name, to.name, r.id
LIMIT $limit
