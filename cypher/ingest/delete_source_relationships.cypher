// Withdraw a source's support from structural relationships; a relationship no source supports any more goes.
// Parameters: $sourceId
MATCH (:Entity)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity)
WHERE $sourceId IN r.sources
SET r.sources = [s IN r.sources WHERE s <> $sourceId]
WITH r
WHERE size(r.sources) = 0
DELETE r
