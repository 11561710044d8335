// Give claims written before claims carried their kind as a second label (:Claim:Agreement, DESIGN.md) that label:
// the next $limit claims that have none of the seven, each labelled after its kind. The schema initializer runs it at
// every start-up, a batch per transaction, until a batch labels fewer than $limit; a claim labelled already is not
// matched, so running it again changes nothing. The test is on labels alone (no property is read), so a store whose
// claims all have their label is passed over in a fraction of a second per million claims. $labels maps each kind to
// its label (ClaimKind.labels()): the labels written are those seven, never text from the graph. A claim whose kind is
// none of them is left as it is.
// Parameters: $labels, $limit
// Example: {labels: {AGREEMENT: 'Agreement', DISAGREEMENT: 'Disagreement', COOPERATION: 'Cooperation', CONFLICT: 'Conflict', MEETING: 'Meeting', NEGOTIATION: 'Negotiation', STATEMENT: 'Statement'}, limit: 10000}
MATCH (c:Claim)
WHERE NOT c:Agreement|Disagreement|Cooperation|Conflict|Meeting|Negotiation|Statement
  AND c.kind IN keys($labels)
WITH c LIMIT $limit
SET c:$($labels[c.kind])
RETURN count(c) AS labelled
