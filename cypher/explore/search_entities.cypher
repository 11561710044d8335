// Question: Which entities have a name or alias like the query? Fuzzy full-text search over names and aliases.
// Parameters: $query (Lucene syntax built by the application from escaped words), $kind (Person, Country, ... or
//   null), $limit (1..100)
// Example: {query: '"kremlin"^4 OR kremlin^2 OR kremlin~1 OR kremlin*', kind: null, limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $kind IS NULL OR $kind IN labels(node)
RETURN node.id AS id,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS kind,
       node.name AS name,
       coalesce(node.aliases, []) AS aliases,
       score
ORDER BY score DESC, name
LIMIT $limit
