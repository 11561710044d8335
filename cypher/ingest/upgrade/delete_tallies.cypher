// Delete up to $limit monthly tallies and their links to claims (the tallies are then counted again from the claims).
// Parameters: $limit
MATCH (t:Tally)
WITH t LIMIT $limit
DETACH DELETE t
RETURN count(*) AS deleted
