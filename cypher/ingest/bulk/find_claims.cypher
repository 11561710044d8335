// Which of these claim ids are in the graph already? A bulk import writes only the others, so an event imported twice
// (the same file again, a re-run after a crash) is one claim.
// Parameters: $ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN collect(c.id) AS found
