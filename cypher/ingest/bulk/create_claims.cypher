// Create the claims of a batch of coded events that are not in the graph yet (find_claims said which), each stated
// in the article it was coded from, with its parties: actor and target, with the actor's role code (GOV, MIL) as
// `agent`, and its place in the list as `rank` (the actor first). Each claim carries its kind as its second label (`label`: Agreement, Conflict … from the writer's fixed list
// of kinds, ClaimKind.label).
// Parameters: $rows [{id, label, properties, article, parties [{id, side, role, agent}]}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (c:Claim)
SET c = row.properties, c.id = row.id, c:$(row.label)
CREATE (c)-[:STATED_IN]->(a)
WITH c, row
UNWIND range(0, size(row.parties) - 1) AS rank
WITH c, row.parties[rank] AS party, rank
MATCH (e:Entity {id: party.id})
CREATE (e)-[:PARTY {side: party.side, role: party.role, agent: party.agent, rank: rank}]->(c)
