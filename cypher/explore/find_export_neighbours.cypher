// Question: Which entities are one hop from these, for an export's subgraph: joined to one by a structural relationship, or named with one in a claim (as party, topic or speaker)?
// Parameters: $ids (entity ids)
// Example: {ids: ['person:yevgeny-volk']}
// The export asks once per hop, with the entities the last hop found. Derived AGREES_WITH / DISAGREES_WITH edges are
// not hops of their own: the claims they come from are.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-(n:Entity)
  RETURN n
  UNION
  MATCH (e)-[:PARTY|ABOUT|ATTRIBUTED_TO]-(:Claim)-[:PARTY|ABOUT|ATTRIBUTED_TO]-(n:Entity)
  RETURN n
}
RETURN DISTINCT n.id AS id
