// The parties of newly created claims: actor and target, with the actor's role code (GOV, MIL) as `agent`.
// Parameters: $rows [{claim, entity, side, role, agent}]
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (e:Entity {id: row.entity})
CREATE (e)-[:PARTY {side: row.side, role: row.role, agent: row.agent}]->(c)
