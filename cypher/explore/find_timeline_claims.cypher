// Question: What did an entity do, say or undergo, and when? Dated claims, oldest first. (What happened between two
// entities: find_timeline_pair_claims.)
// Parameters: $members (a list of {id, self, since, until} from find_circle: the entity and those who act for it, with the first and last day the link held as yyyy-MM-dd or null), $from, $to (first and last day, yyyy-MM-dd, or null), $limit (1..1001: the items asked for and one more), $expand (members with at most this many claims in all have all of them read)
// Example: {members: [{id: 'person:barack-obama', self: true}, {id: 'country:usa', self: false, since: '2009-01-01'}], from: null, to: null, limit: 200, expand: 10000}
// A member counts as a party or a speaker; the entity itself also when a claim is about it. Dates are ISO at the
// precision the text gives (2009, 2009-07, 2009-04-01); a claim counts when any day of its period falls in the bounds.
// The claims of the members are read and sorted when they have $expand claims or fewer in all; a hub (a state in a
// million GDELT events) has the claims' date index walked from the oldest (or from $from's year) instead, keeping those
// a member is in, until $limit are kept: the oldest claims either way, ties of one date in no set order for a hub.
CALL () {
  UNWIND $members AS ma
  MATCH (x:Entity {id: ma.id})
  RETURN sum(COUNT { (x)-[:PARTY|ATTRIBUTED_TO|ABOUT]-() }) AS degree
}
CALL (degree) {
  WITH degree
  WHERE degree <= $expand
  UNWIND $members AS ma
  MATCH (:Entity {id: ma.id})-[:PARTY|ATTRIBUTED_TO|ABOUT]-(c:Claim)
  WHERE c.date IS NOT NULL
  WITH DISTINCT c
  ORDER BY c.date, c.id
  RETURN c
  UNION ALL
  WITH degree
  WHERE degree > $expand
  MATCH (c:Claim)
  WHERE c.date >= coalesce(left($from, 4), '')
  WITH c ORDER BY c.date
  RETURN c
}
WITH c,
     CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
     CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last,
     [(e:Entity)-[r:PARTY|ATTRIBUTED_TO|ABOUT]-(c) | {id: e.id, about: type(r) = 'ABOUT'}] AS links
WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
  AND any(l IN links WHERE any(ma IN $members WHERE ma.id = l.id AND (ma.self OR NOT l.about)
        AND (ma.since IS NULL OR last >= ma.since) AND (ma.until IS NULL OR first <= ma.until)))
WITH c LIMIT $limit
WITH c ORDER BY c.date, c.id
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
