// Claim a new source id, inside the transaction that writes the source: the article_id constraint decides, so of two
// imports of the same new id at the same moment exactly one succeeds (the other waits for it, then fails).
// Parameters: $id
CREATE (:Article {id: $id})
