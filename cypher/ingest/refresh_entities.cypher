// Recompute entities from what their sources say: the name of the latest declaration, the aliases of all,
// attributes overlaid oldest first, and the list of sources. An entity no source names any more goes.
// Parameters: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, m, a
ORDER BY m.declaredAt, a.id
WITH e, collect(m) AS declarations, collect(a.id) AS sources
REMOVE e.wikidata, e.description, e.iso2, e.iso3, e.demonyms, e.capital, e.orgType,
       e.signed, e.inForce, e.expires, e.status, e.date, e.endDate
FOREACH (m IN declarations | SET e += properties(m))
REMOVE e.declaredAt
SET e.name = coalesce(last(declarations).name, e.name),
    e.sources = sources
SET e.aliases = [alias IN reduce(all = [], m IN declarations | all + [x IN m.aliases WHERE NOT x IN all])
                 WHERE alias <> e.name]
WITH e, declarations
WHERE size(declarations) = 0
DETACH DELETE e
