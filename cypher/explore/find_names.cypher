// Question: By which names can a sentence name these entities? Each entity's name, aliases and demonyms, and the
// names of those who act for it (its leaders, spokesmen, officials and bodies, up to two steps).
// Parameters: $ids (entity ids, at most 100 are read)
// Example: {ids: ['country:rus', 'country:usa']}
UNWIND $ids[..100] AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       [e.name] + coalesce(e.aliases, []) + coalesce(e.demonyms, [])
       + COLLECT { MATCH (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]-(m:Entity) RETURN m.name }
       + reduce(all = [], names IN COLLECT { MATCH (e)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]-(m:Entity)
                                            RETURN coalesce(m.aliases, []) } | all + names) AS names
