// What removing a source takes, read in the transaction that removes it: whether the source is curated, and which
// entities only it names that other sources still need. Facts written by hand carry no `path` (the extractor writes
// the file it read there, see find_source), a GDELT article has no title, a data set is marked as one: so a curated
// source is one with a title, no path and no data set mark. An entity only this source names goes with it; one that
// claims of other sources still name (a data set names the actors of the events of its articles) would leave those
// claims without parties, so the source cannot go while such entities remain (`needed`, the first ten; `neededCount`).
// Parameters: $id
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
  WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(other:Article) WHERE other <> a }
    AND EXISTS { (e)--(:Claim)-[:STATED_IN]->(other:Article) WHERE other <> a }
WITH a, collect(e.id) AS needed
RETURN a.id AS id, a.title AS title,
       a.title IS NOT NULL AND a.path IS NULL AND NOT coalesce(a.dataset, false) AS curated,
       needed[..10] AS needed, size(needed) AS neededCount
