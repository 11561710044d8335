// GDELT events of CAMEO root 16 (reduce relations: sanctions, cuts in aid, expulsions) that an import before
// 2026-12-03 filed as CONFLICTs by their quad class; Entente files them as DISAGREEMENTs now (STATEMENTs with one
// party), as CameoCodes.kind has it. The next $limit of them after $after in the order of their ids, with what their
// tallies need, for relabelling a page at a time (ingest/gdelt/SanctionKinds). Claims of articles and curated Facts
// are not read: an article imported again gets today's kinds, and a curator's kind is the curator's.
// Parameters: $after, $limit
// Example: {after: '', limit: 5000}
MATCH (c:Claim:Conflict)
WHERE c.id > $after AND c.id STARTS WITH 'claim:gdelt:' AND c.cameo STARTS WITH '16'
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.id, .kind, .cameo, .modality, .date, .goldstein, .quad, parties: [(e:Entity)-[:PARTY]->(c) | e.id]} AS claim
