// Create or update entities: the kind label (Person, Country, ...) beside :Entity, names merged with what
// other sources said, and the source recorded. Re-running with the same rows changes nothing.
// Parameters: $sourceId, $rows [{id, kind, name, aliases, properties, mentions}]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.kind),
    e.name = row.name,
    e += row.properties,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
                       CASE WHEN alias IN acc OR alias = row.name THEN acc ELSE acc + alias END),
    e.sources = CASE WHEN $sourceId IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + $sourceId END
