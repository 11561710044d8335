// Question: Who opposes an entity, or who sides with it? The parties on the other side of its disagreements and
// conflicts ($opposed true), or on its side of its agreements and cooperation ($opposed false), with the claims.
// Parameters: $id (an entity id), $opposed (true or false), $limit (1..100)
// Example: {id: 'country:rus', opposed: true, limit: 25}
// The entity also acts through those who lead it, speak for it or are part of it (the Kremlin for Russia); they are
// not counted as its opponents or supporters, and those who act for another party on the same side of a claim count
// as that party. Claims the text denies count for neither.
MATCH (e:Entity {id: $id})<-[:LEADS|SPEAKS_FOR|PART_OF*0..2]-(x:Entity)-[rx:PARTY]->(c:Claim)<-[ry:PARTY]-(y:Entity)
WHERE y <> e AND y <> x AND coalesce(c.modality, '') <> 'DENIED'
  AND NOT (y)-[:LEADS|SPEAKS_FOR|PART_OF*1..2]->(e)
  // the White House beside the United States on one side of a claim is the United States
  AND NOT EXISTS { MATCH (y)-[:LEADS|SPEAKS_FOR|PART_OF*1..2]->(:Entity)-[rz:PARTY]->(c) WHERE rz.side = ry.side }
  AND CASE WHEN $opposed THEN c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND rx.side <> ry.side
           ELSE c.kind IN ['AGREEMENT', 'COOPERATION'] AND rx.side = ry.side END
WITH DISTINCT y, c
OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
WITH y, c, head(collect({quote: s.quote, source: a {.id, .title, .url, .publisher, .published}})) AS stated
ORDER BY c.date, c.id
WITH y, collect(c {.id, .kind, .topic, .date, .modality, quote: stated.quote, source: stated.source}) AS claims
RETURN y {.id, .name, kind: [l IN labels(y) WHERE l <> 'Entity'][0]} AS other, size(claims) AS count, claims[..10] AS claims
ORDER BY count DESC, other.name
LIMIT $limit
