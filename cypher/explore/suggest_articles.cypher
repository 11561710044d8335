// Question: Which stored sources have an id or title containing one of these words?
// Parameters: $words (lower-case words of an id that is not stored), $limit (1..5)
// Example: {words: ['medvedev', 'summit'], limit: 5}
// Suggestions for an unknown article id: the sources matching the most words first, then the newest. A plain
// scan of the sources: they are few next to entities and claims, and the statement is bounded by the timeout.
MATCH (a:Article)
WITH a, size([w IN $words WHERE a.id CONTAINS w OR toLower(coalesce(a.title, '')) CONTAINS w]) AS hits
WHERE hits > 0
RETURN a.id AS id, a.title AS title
ORDER BY hits DESC, a.published IS NULL, a.published DESC, a.id
LIMIT $limit
