// Create the claims of a batch of coded events that are not in the graph yet (find_claims said which), each stated
// in the article it was coded from. Their parties follow (create_parties).
// Parameters: $rows [{id, properties, article}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (c:Claim)
SET c = row.properties, c.id = row.id
CREATE (c)-[:STATED_IN]->(a)
