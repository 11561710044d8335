// Create claims with their parties (and sides), the entities they are about, who said them, and where.
// Parameters: $sourceId, $rows [{id, label, properties, parties [{id, side, role}], about [id], attributedTo, quote, sentence, start, end}]
// label: the claim's kind as its second label (Agreement, Disagreement, Cooperation, Conflict, Meeting, Negotiation,
// Statement), which the writer takes from its fixed list of kinds (ClaimKind.label), never from the text it was given.
// The source's claims were deleted just before (delete_source_claims), so every claim here is new and has no other.
// role: actor or target for a directed event (who did what to whom), null otherwise
// PARTY.rank and ABOUT.rank: the entity's place in the claim's parties and about lists (0 first), which readers order
// by: parties come as the Facts gave them (the actor first), and the ledger files a claim under the first entity it is about
MATCH (source:Article {id: $sourceId})
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row.properties
SET c:$(row.label)
MERGE (c)-[s:STATED_IN]->(source)
SET s.quote = row.quote, s.sentence = row.sentence, s.start = row.start, s.end = row.end
WITH c, row
CALL (c, row) {
  UNWIND range(0, size(row.parties) - 1) AS rank
  WITH row.parties[rank] AS party, rank
  MATCH (e:Entity {id: party.id})
  MERGE (e)-[p:PARTY]->(c)
  SET p.side = party.side, p.role = party.role, p.rank = rank
}
CALL (c, row) {
  UNWIND range(0, size(row.about) - 1) AS rank
  MATCH (e:Entity {id: row.about[rank]})
  MERGE (c)-[a:ABOUT]->(e)
  SET a.rank = rank
}
CALL (c, row) {
  UNWIND CASE WHEN row.attributedTo IS NULL THEN [] ELSE [row.attributedTo] END AS speakerId
  MATCH (e:Entity {id: speakerId})
  MERGE (c)-[:ATTRIBUTED_TO]->(e)
}
