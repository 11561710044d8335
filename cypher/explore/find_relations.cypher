// Question: What is there between two entities? Every claim with someone counted as the one on a side and someone
// counted as the other on a side, whether on the same side or on different sides.
// Parameters: $members, $others (who counts as each entity: lists of {id, self, since, until, through, role, for}
//   from find_circle, since/until as first and last day or null), $limit (1..5000)
// Example: {members: [{id: 'country:usa', self: true, for: {id: 'country:usa', name: 'United States'}}, {id: 'person:barack-obama', self: false, since: '2009-01-01', through: ['LEADS'], role: 'acts for it', for: {id: 'country:usa', name: 'United States'}}], others: [{id: 'country:rus', self: true, for: {id: 'country:rus', name: 'Russia'}}, {id: 'person:dmitry-medvedev', self: false, through: ['LEADS'], role: 'acts for it', for: {id: 'country:rus', name: 'Russia'}}], limit: 500}
// A state counts with those who lead it, speak for it, work for it or are part of it (Obama and the White House for
// the United States, the Kremlin for Russia); a person or an organization with what it leads, speaks for or works
// for (Obama: the United States from 2009-01), each only while the link held. `via` names each stand-in: who, for
// whom, through which relationships. `together` / `opposed`: the two were on the same side / on different sides.
// At most $limit claims, oldest first (ordered by date, kind and topic at the end; which claims of the last day kept
// are kept is the store's order: a month of a busy pair holds hundreds of claims, and reading three properties of each
// to sort them was a fifth of the statement's time).
// The claims are found from the monthly tallies of each pair of one member and one other (add_tallies links a tally to
// the claims it counts), month by month, oldest first, until $limit claims are kept: between two states with tens of
// thousands of claims this reads a few hundred tallies and the claims of the first months, never every claim of either
// (their PARTY relationships are only read from the claim's side). Undated claims come last. Each claim's date is read
// once, and its source by a pattern comprehension rather than an OPTIONAL MATCH and an aggregation grouped by the
// claim's parties (8.4 against 10.0 ms for US–Russia on the 1M-event store, the same rows).
UNWIND $members AS ma
UNWIND $others AS mb
WITH ma, mb
WHERE ma.id <> mb.id
WITH DISTINCT CASE WHEN ma.id < mb.id THEN [ma.id, mb.id] ELSE [mb.id, ma.id] END AS pair
MATCH (t:Tally)
WHERE t.a = pair[0] AND t.b = pair[1]
WITH t.month AS month, collect(t) AS tallies
ORDER BY month = '', month
CALL (tallies) {
  UNWIND tallies AS t
  MATCH (t)-[:COUNTS]->(c:Claim)
  WITH DISTINCT c
  RETURN c
  ORDER BY c.date
}
WITH c, c.date AS date
WITH c,
     CASE size(date) WHEN 4 THEN date + '-01-01' WHEN 7 THEN date + '-01' ELSE date END AS first,
     CASE size(date) WHEN 4 THEN date + '-12-31' WHEN 7 THEN date + '-31' ELSE date END AS last,
     COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c) RETURN {id: pe.id, name: pe.name, side: pr.side, role: pr.role} ORDER BY pr.rank } AS parties
// each party that counts as one of the two, while its link held, with the member it counts as
WITH c, parties,
     [x IN [p IN parties | {p: p, m: head([m IN $members WHERE m.id = p.id
          AND (m.since IS NULL OR last >= m.since) AND (m.until IS NULL OR first <= m.until)])}] WHERE x.m IS NOT NULL] AS xs,
     [y IN [p IN parties | {p: p, m: head([m IN $others WHERE m.id = p.id
          AND (m.since IS NULL OR last >= m.since) AND (m.until IS NULL OR first <= m.until)])}] WHERE y.m IS NOT NULL] AS ys
WITH c, parties,
     reduce(s = [], x IN xs | s + [y IN ys WHERE y.p.id <> x.p.id | x.p.side = y.p.side]) AS sameSide,
     [x IN xs WHERE NOT x.m.self AND any(y IN ys WHERE y.p.id <> x.p.id)
      | {party: {id: x.p.id, name: x.p.name}, for: x.m.for, through: x.m.through, role: x.m.role}]
     + [y IN ys WHERE NOT y.m.self AND any(x IN xs WHERE x.p.id <> y.p.id)
      | {party: {id: y.p.id, name: y.p.name}, for: y.m.for, through: y.m.through, role: y.m.role}] AS via
WHERE size(sameSide) > 0
LIMIT $limit
WITH c, parties, sameSide, via,
     head([(c)-[s:STATED_IN]->(src:Article) | {quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}}]) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          together: any(x IN sameSide WHERE x),
          opposed: any(x IN sameSide WHERE NOT x),
          via: via,
          parties: parties,
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity) RETURN {id: t.id, name: t.name} ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
