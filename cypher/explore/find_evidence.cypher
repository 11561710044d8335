// Question: What is the evidence behind the hops of a path? Claims with their date, modality, quote and source, and articles by id.
// Parameters: $claimIds, $articleIds
// Example: {claimIds: ['claim:rferl-2009-04-01-medvedev-obama:062168878cd2'], articleIds: ['rferl-2009-04-01-medvedev-obama']}
CALL () {
  UNWIND $claimIds AS claimId
  MATCH (c:Claim {id: claimId})-[s:STATED_IN]->(src:Article)
  RETURN collect({id: c.id, date: c.date, modality: c.modality, quote: s.quote, source: src {.id, .title, .url, .publisher, .published}}) AS claims
}
CALL () {
  MATCH (src:Article) WHERE src.id IN $articleIds
  RETURN collect(src {.id, .title, .url, .publisher, .published}) AS articles
}
RETURN claims, articles
