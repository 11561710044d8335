// Recompute entities from what their sources say: the name given by the most recently added source, the aliases
// of all, attributes overlaid in the order the sources were first imported, and the list of sources. Re-importing
// a source keeps its place in that order, so it changes nothing. An entity no source names any more goes.
// Parameters: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, m, a
ORDER BY a.importedAt, a.id
WITH e, collect(m) AS declarations, collect(a.id) AS sources
REMOVE e.wikidata, e.description, e.iso2, e.iso3, e.demonyms, e.capital, e.orgType, e.cameo,
       e.signed, e.inForce, e.expires, e.status, e.date, e.endDate
FOREACH (m IN declarations | SET e += properties(m))
SET e.name = coalesce(last(declarations).name, e.name),
    e.sources = sources
SET e.aliases = [alias IN reduce(all = [], m IN declarations | all + [x IN m.aliases WHERE NOT x IN all])
                 WHERE alias <> e.name]
WITH e, declarations
WHERE size(declarations) = 0
DETACH DELETE e
