// The evidence behind path hops: claims with their quote and source, and articles by id.
// Parameters: $claimIds, $articleIds
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
