// The data set a bulk import comes from (GDELT), as the source that names the entities its events involve: every
// entity keeps at least one source that declares it, so removing an article never removes an entity a data set needs.
// Parameters: $dataset {id, title, publisher, url}
MERGE (d:Article {id: $dataset.id})
SET d.title = $dataset.title, d.publisher = $dataset.publisher, d.url = $dataset.url, d.dataset = true,
    d.importedAt = coalesce(d.importedAt, datetime())
