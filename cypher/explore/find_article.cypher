// Question: Does the graph hold the source (article) with this id?
// Parameters: $id (a source id)
// Example: {id: 'rferl-2009-04-01-medvedev-obama'}
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, toString(a.importedAt) AS importedAt
