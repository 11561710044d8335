// Question: Who disagrees with this entity, or is in conflict with it, on what, in which words and according to which article?
// Parameters: $id (an entity id)
// Example: {id: 'country:rus'}
// Disagreement: a DISAGREEMENT or CONFLICT claim with the other party on the other side; claims the text denies do
// not count. The entity counts with those who act for it, as the API counts it: those who lead it, speak for it,
// work for it or are part of it, up to two steps (the Kremlin's quarrel with the White House is Russia's);
// `through` names that stand-in, null when it is the entity itself. Those who act for the entity are not counted as
// its opponents, and someone acting for another party on the same side of a claim counts as that party (the White
// House beside the United States is the United States). `about` names what the claim is about (Georgia, the 2008
// war ...). One row per claim and other party: the parties with the most such claims first, then oldest first.
// At most 500 rows.
MATCH (e:Entity {id: $id})<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(x:Entity)-[rx:PARTY]->(c:Claim)<-[ry:PARTY]-(y:Entity)
WHERE c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND coalesce(c.modality, '') <> 'DENIED'
  AND rx.side <> ry.side AND y <> e AND y <> x
  AND NOT (y)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]->(e)
  AND NOT EXISTS { MATCH (y)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]->(:Entity)-[rz:PARTY]->(c) WHERE rz.side = ry.side }
WITH y, c, min(CASE WHEN x = e THEN '' ELSE x.name END) AS through
WITH y, collect({c: c, through: CASE WHEN through = '' THEN null ELSE through END}) AS claims
UNWIND claims AS row
WITH y, size(claims) AS disagreements, row.c AS c, row.through AS through
OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
WITH y, disagreements, c, through, head(collect({quote: s.quote, article: a.title})) AS stated
RETURN y.name AS disagrees, y.id AS disagreesId, disagreements,
       through, c.kind AS kind, c.topic AS topic, c.date AS date, c.modality AS modality,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Entity) RETURN t.name AS n ORDER BY n } AS about,
       stated.quote AS quote, stated.article AS article, c.id AS claim
ORDER BY disagreements DESC, disagrees, date, topic
LIMIT 500
