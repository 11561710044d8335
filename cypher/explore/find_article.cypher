// The source (article) with this id, if the graph holds it.
// Parameters: $id
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, toString(a.importedAt) AS importedAt
