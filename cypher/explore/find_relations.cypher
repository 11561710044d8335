// Question: What is there between two entities? Every claim with someone counted as the one on a side and someone
// counted as the other on a side, whether on the same side or on different sides.
// Parameters: $members, $others (who counts as each entity: lists of {id, self, since, until, through, role, for}
//   from find_circle, since/until as first and last day or null), $limit (1..5000)
// Example: {members: [{id: 'country:usa', self: true, for: {id: 'country:usa', name: 'United States'}}, {id: 'person:barack-obama', self: false, since: '2009-01-01', through: ['LEADS'], role: 'acts for it', for: {id: 'country:usa', name: 'United States'}}], others: [{id: 'country:rus', self: true, for: {id: 'country:rus', name: 'Russia'}}, {id: 'person:dmitry-medvedev', self: false, through: ['LEADS'], role: 'acts for it', for: {id: 'country:rus', name: 'Russia'}}], limit: 500}
// A state counts with those who lead it, speak for it, work for it or are part of it (Obama and the White House for
// the United States, the Kremlin for Russia); a person or an organization with what it leads, speaks for or works
// for (Obama: the United States from 2009-01), each only while the link held. `via` names each stand-in: who, for
// whom, through which relationships. `together` / `opposed`: the two were on the same side / on different sides.
// At most $limit claims, oldest first.
UNWIND $members AS ma
MATCH (pa:Entity {id: ma.id})-[ra:PARTY]->(c:Claim)<-[rb:PARTY]-(pb:Entity)
WHERE pa <> pb
WITH ma, pa, ra, c, rb, pb, [o IN $others WHERE o.id = pb.id][0] AS mb,
     CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
     CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last
WHERE mb IS NOT NULL
  AND (ma.since IS NULL OR last >= ma.since) AND (ma.until IS NULL OR first <= ma.until)
  AND (mb.since IS NULL OR last >= mb.since) AND (mb.until IS NULL OR first <= mb.until)
WITH c, collect(ra.side = rb.side) AS sameSide,
     [x IN collect(DISTINCT CASE WHEN NOT ma.self THEN {party: pa {.id, .name}, for: ma.for, through: ma.through, role: ma.role} END)
      + collect(DISTINCT CASE WHEN NOT mb.self THEN {party: pb {.id, .name}, for: mb.for, through: mb.through, role: mb.role} END)
      WHERE x IS NOT NULL] AS via
ORDER BY c.date, c.kind, c.topic
LIMIT $limit
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH c, sameSide, via, head(collect({quote: s.quote, sentence: s.sentence, source: src {.id, .title, .url, .publisher, .published}})) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein,
          together: any(x IN sameSide WHERE x),
          opposed: any(x IN sameSide WHERE NOT x),
          via: via,
          parties: [(p:Entity)-[r:PARTY]->(c) | {id: p.id, name: p.name, side: r.side, role: r.role}],
          about: [(c)-[:ABOUT]->(t:Entity) | {id: t.id, name: t.name}],
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | {id: w.id, name: w.name}]),
          quote: stated.quote, sentence: stated.sentence, source: stated.source} AS claim
ORDER BY claim.date, claim.kind, claim.topic
