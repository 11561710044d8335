// The articles a batch of events was coded from (GDELT's SOURCEURL), one node per URL, kept once.
// Parameters: $rows [{id, url, publisher, published}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.url = row.url, a.publisher = row.publisher, a.published = row.published, a.importedAt = datetime()
