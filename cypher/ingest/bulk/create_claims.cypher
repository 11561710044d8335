// Create the claims of a batch of coded events that are not in the graph yet: one claim per event id, whatever the
// number of times a file is imported. Each has its parties (actor and target, with the actor's role code such as
// GOV or MIL as `agent`) and the article it was coded from. Returns the ids created, for the tallies and stance edges.
// Parameters: $rows [{id, properties, parties [{id, side, role, agent}], article}]
UNWIND $rows AS row
WITH row
WHERE NOT EXISTS { MATCH (:Claim {id: row.id}) }
MATCH (a:Article {id: row.article})
CREATE (c:Claim {id: row.id})
SET c += row.properties
CREATE (c)-[:STATED_IN]->(a)
WITH c, row
CALL (c, row) {
  UNWIND row.parties AS party
  MATCH (e:Entity {id: party.id})
  CREATE (e)-[:PARTY {side: party.side, role: party.role, agent: party.agent}]->(c)
}
RETURN collect(c.id) AS created
