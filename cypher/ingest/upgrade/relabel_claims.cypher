// Give claims a new kind and the label that goes with it, for an upgrade of how a kind is derived. The label is one
// of the seven of ClaimKind.labels(), chosen by the writer from the kind, never text from the graph.
// Parameters: $rows: [{id, kind, label}]
// Example: {rows: [{id: 'claim:gdelt:1', kind: 'DISAGREEMENT', label: 'Disagreement'}]}
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
REMOVE c:Agreement:Disagreement:Cooperation:Conflict:Meeting:Negotiation:Statement
SET c.kind = row.kind, c:$(row.label)
