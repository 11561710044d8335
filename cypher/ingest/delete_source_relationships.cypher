// Remove the structural relationships a source stated (each source has its own edges), so that re-importing it
// replaces them. Both ends of a relationship are declared in the same source, so starting from the entities the
// source mentions finds them all without scanning the graph. Runs before the source's mentions are withdrawn.
// Parameters: $sourceId
MATCH (:Article {id: $sourceId})<-[:MENTIONED_IN]-(:Entity)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
WHERE $sourceId IN r.sources
WITH DISTINCT r
DELETE r
