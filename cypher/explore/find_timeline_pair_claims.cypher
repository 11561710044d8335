// Question: What happened between two entities, and when? Dated claims, oldest first (find_timeline_claims without a
// second entity).
// Parameters: $members, $others (lists of {id, self, since, until} from find_circle: each entity and those who act for
//   it, with the first and last day the link held as yyyy-MM-dd or null), $from, $to (first and last day, yyyy-MM-dd,
//   or null), $limit (1..1001: the items asked for and one more)
// Example: {members: [{id: 'person:barack-obama', self: true}, {id: 'country:usa', self: false, since: '2009-01-01'}], others: [{id: 'person:dmitry-medvedev', self: true}, {id: 'country:rus', self: false}], from: null, to: null, limit: 200}
// As in find_timeline_claims: a member of each side is a party or the speaker (the entity itself also when the claim
// is about it), two different entities, not both only what the claim is about, each while its link held. Claims with
// a party on each side are found from the pair's monthly tallies (add_tallies links them), month by month, oldest
// first, until $limit are kept: two states with tens of thousands of claims cost a few hundred tallies and the claims
// of the first months. Claims where one side only speaks or is spoken about are found from those few ATTRIBUTED_TO /
// ABOUT relationships.
CALL () {
  // a party on each side
  UNWIND $members AS ma
  UNWIND $others AS mb
  WITH ma, mb
  WHERE ma.id <> mb.id
  WITH DISTINCT CASE WHEN ma.id < mb.id THEN [ma.id, mb.id] ELSE [mb.id, ma.id] END AS pair
  MATCH (t:Tally)
  WHERE t.a = pair[0] AND t.b = pair[1] AND t.month <> ''
    AND ($from IS NULL OR t.month >= left($from, size(t.month))) AND ($to IS NULL OR t.month <= left($to, size(t.month)))
  WITH t.month AS month, collect(t) AS tallies
  ORDER BY month
  CALL (tallies) {
    UNWIND tallies AS t
    MATCH (t)-[:COUNTS]->(c:Claim)
    WITH DISTINCT c
    RETURN c
    ORDER BY c.date, c.id
  }
  WITH c,
       CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
       CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last,
       [(e:Entity)-[:PARTY]->(c) | e.id] AS parties
  WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
    AND any(x IN parties WHERE
          any(ma IN $members WHERE ma.id = x AND (ma.since IS NULL OR last >= ma.since) AND (ma.until IS NULL OR first <= ma.until))
          AND any(y IN parties WHERE y <> x
              AND any(mb IN $others WHERE mb.id = y AND (mb.since IS NULL OR last >= mb.since) AND (mb.until IS NULL OR first <= mb.until))))
  RETURN c
  LIMIT $limit
  UNION
  // one side (or both) the speaker or what the claim is about
  UNWIND $members + $others AS m
  MATCH (:Entity {id: m.id})-[:ATTRIBUTED_TO|ABOUT]-(c:Claim)
  WITH DISTINCT c,
       CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
       CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last
  WITH c, first, last, [(e:Entity)-[r:PARTY|ATTRIBUTED_TO|ABOUT]-(c) | {id: e.id, about: type(r) = 'ABOUT'}] AS links
  WHERE c.date IS NOT NULL
    AND ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
    AND any(x IN links WHERE
          any(ma IN $members WHERE ma.id = x.id AND (ma.self OR NOT x.about)
              AND (ma.since IS NULL OR last >= ma.since) AND (ma.until IS NULL OR first <= ma.until))
          AND any(y IN links WHERE y.id <> x.id AND NOT (x.about AND y.about)
              AND any(mb IN $others WHERE mb.id = y.id AND (mb.self OR NOT y.about)
                  AND (mb.since IS NULL OR last >= mb.since) AND (mb.until IS NULL OR first <= mb.until))))
  RETURN c
}
WITH DISTINCT c
ORDER BY c.date, c.id
LIMIT $limit
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          parties: COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c) RETURN {id: pe.id, name: pe.name, side: pr.side, role: pr.role} ORDER BY pr.rank },
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity)
                           RETURN t {.id, .name, .date, .endDate, .signed, .inForce, .expires,
                                     kind: [l IN labels(t) WHERE l <> 'Entity'][0]} ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.id
