// What has a source stated so far: its claims, with what their tallies need and their parties? Used before a source is
// re-written or removed, so that the tallies of those claims can be taken back and the derived AGREES_WITH /
// DISAGREES_WITH edges between their parties rebuilt afterwards.
// Parameters: $sourceId
OPTIONAL MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
WITH c, [(e:Entity)-[:PARTY]->(c) | e.id] AS parties
RETURN collect(CASE WHEN c IS NOT NULL THEN c {.id, .kind, .modality, .date, .goldstein, .quad, parties: parties} END) AS claims
