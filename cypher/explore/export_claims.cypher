// Question: Which claims does an export hold, each with its parties (sides, roles), topics, speaker, quote and source?
// Parameters: $ids (entity ids, or null for every entity), $from, $to (first and last day, yyyy-MM-dd, or null)
// Example: {ids: ['country:usa', 'country:rus', 'country:geo', 'person:barack-obama', 'person:dmitry-medvedev'], from: '2009-01-01', to: null}
// With $ids, a claim is exported when every entity it names (party, topic, speaker) is in $ids. With a bound, a claim
// counts when any day of its period (2009, 2009-07, 2009-04-01) falls within it; undated claims are left out. No sort
// and no aggregation, so the rows stream. Topics come in the order the claim lists them (ABOUT.rank),
// so an import of the export lists them in that order again.
CALL () {
  WITH $ids AS ids
  WHERE ids IS NULL
  MATCH (c:Claim)
  RETURN c
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (:Entity {id: id})-[:PARTY|ABOUT|ATTRIBUTED_TO]-(c:Claim)
  WITH DISTINCT c
  RETURN c
}
WITH c,
     CASE size(c.date) WHEN 4 THEN c.date + '-01-01' WHEN 7 THEN c.date + '-01' ELSE c.date END AS first,
     CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END AS last
WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
  AND ($ids IS NULL OR all(x IN [(c)-[:PARTY|ABOUT|ATTRIBUTED_TO]-(x:Entity) | x.id] WHERE x IN $ids))
WITH c, head([(c)-[s:STATED_IN]->(src:Article) | {quote: s.quote, sentence: s.sentence, start: s.start, end: s.end,
                                                   source: src {.id, .title, .url, .publisher, .published, .path,
                                                                .sha256, importedAt: toString(src.importedAt)}}]) AS stated
RETURN c {.id, .kind, .topic, .summary, .date, .modality, .confidence, .cameo, .goldstein, .quad,
          parties: COLLECT { MATCH (pe:Entity)-[pr:PARTY]->(c) RETURN {id: pe.id, side: pr.side, role: pr.role} ORDER BY pr.rank },
          about: COLLECT { MATCH (c)-[ab:ABOUT]->(t:Entity) RETURN t.id ORDER BY ab.rank },
          attributedTo: head([(c)-[:ATTRIBUTED_TO]->(w:Entity) | w.id]),
          quote: stated.quote, sentence: stated.sentence, start: stated.start, end: stated.end,
          source: stated.source} AS claim
