// Question: Who are "the two leaders" of a question that names no one? The two people of the latest dated meeting (MET),
// both leading something (LEADS) when $leaders is true.
// Parameters: $leaders (true for "the two leaders", "both presidents"; false for "the two men")
// Example: {leaders: true}
MATCH (a:Person)-[m:MET]->(b:Person)
WHERE m.date IS NOT NULL AND (NOT $leaders OR (EXISTS { (a)-[:LEADS]->() } AND EXISTS { (b)-[:LEADS]->() }))
RETURN a {.id, kind: 'Person', .name, aliases: coalesce(a.aliases, [])} AS a,
       b {.id, kind: 'Person', .name, aliases: coalesce(b.aliases, [])} AS b
ORDER BY m.date DESC, a.id, b.id
LIMIT 1
