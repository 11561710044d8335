// Question: Whom did this person meet, or plan to meet, when and where, according to which article?
// Parameters: $id (an entity id: a person; for a country or an organization, the meetings of those who act for it)
// Example: {id: 'person:barack-obama'}
// Two records of a meeting: a MET relationship (with its date and place) and a MEETING claim (a meeting the text
// reports or announces, with its modality: ASSERTED, PLANNED ...); a meeting may be recorded both ways, and `record`
// says which this row is. A claim's place is the place or event it is about. The entity counts with those who
// act for it, as the API counts it (those who lead it, speak for it, work for it or are part of it, up to two steps),
// so the United States' meetings are Obama's; `who` is the one who met. Oldest first (undated last), at most 200.
MATCH (e:Entity {id: $id})<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(x:Entity)
CALL (x) {
  MATCH (x)-[m:MET]-(y:Entity)
  RETURN 'MET relationship' AS record, y.name AS met, m.date AS date, m.place AS place, null AS modality, null AS topic,
         m.quote AS quote,
         head(COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(m.sources, []) RETURN a.title AS t ORDER BY t }) AS article
  UNION
  MATCH (x)-[:PARTY]->(c:Claim {kind: 'MEETING'})<-[:PARTY]-(y:Entity)
  WHERE y <> x
  OPTIONAL MATCH (c)-[s:STATED_IN]->(a:Article)
  WITH x, y, c, head(collect({quote: s.quote, article: a.title})) AS stated
  RETURN 'MEETING claim' AS record, y.name AS met, c.date AS date,
         head(COLLECT { MATCH (c)-[:ABOUT]->(p:Place) RETURN p.name AS n ORDER BY n }) AS place,
         c.modality AS modality, c.topic AS topic, stated.quote AS quote, stated.article AS article
}
WITH DISTINCT x.name AS who, met, date, place, record, modality, topic, quote, article
RETURN who, met, date, place, record, modality, topic, quote, article
ORDER BY date IS NULL, date, who, met, record DESC
LIMIT 200
