// Create or update the source (article) node.
// Parameters: $article {id, title, publisher, url, published, path, sha256}
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.publisher = $article.publisher,
    a.url = $article.url,
    a.published = $article.published,
    a.path = $article.path,
    a.sha256 = $article.sha256,
    a.importedAt = coalesce(a.importedAt, datetime())
