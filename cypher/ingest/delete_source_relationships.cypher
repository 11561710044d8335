// Withdraw a source's support from structural relationships; a relationship no source supports any more goes.
// Both ends of a relationship are declared in the same source, so starting from the entities the source
// mentions finds them all without scanning the graph. Runs before the source's mentions are withdrawn.
// Parameters: $sourceId
MATCH (:Article {id: $sourceId})<-[:MENTIONED_IN]-(:Entity)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
WHERE $sourceId IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $sourceId]
WITH r
WHERE size(r.sources) = 0
DELETE r
