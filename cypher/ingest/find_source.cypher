// The stored source with this id and the file it was extracted from (null for Facts written by hand).
// Parameters: $id
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.path AS path
