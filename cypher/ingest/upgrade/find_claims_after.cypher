// The next $limit claims in the order of their ids, after $after ('' for the first), with what their tallies need:
// for counting the tallies again from every claim, a page at a time.
// Parameters: $after, $limit
MATCH (c:Claim)
WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.id, .kind, .modality, .date, .goldstein, .quad, parties: [(e:Entity)-[:PARTY]->(c) | e.id]} AS claim
