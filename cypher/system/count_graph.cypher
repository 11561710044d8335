// How big is the graph? What /actuator/info shows: entities, claims and sources, each read from Neo4j's count store
// (no scan, whatever the graph's size).
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Claim) } AS claims, COUNT { (:Article) } AS sources
