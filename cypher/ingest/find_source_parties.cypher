// What has a source stated so far: its claims (with what their tallies need) and the entities that are parties to them?
// Used before a source is re-written or removed, so that the tallies of those claims can be taken back and the
// derived AGREES_WITH / DISAGREES_WITH edges of exactly those entities rebuilt afterwards.
// Parameters: $sourceId
OPTIONAL MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $sourceId})
WITH c, [(e:Entity)-[:PARTY]->(c) | e.id] AS parties
WITH collect(CASE WHEN c IS NOT NULL THEN c {.id, .kind, .modality, .date, .goldstein, .quad, parties: parties} END) AS claims,
     reduce(all = [], p IN collect(parties) | all + [x IN p WHERE NOT x IN all]) AS ids
RETURN ids, claims
