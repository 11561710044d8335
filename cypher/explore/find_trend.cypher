// Question: How have relations between two entities gone over time? Per month (or year): how many claims have both
// as parties, of which kind and quad class, and the sum of their Goldstein scores (−10 conflict … +10 cooperation),
// read from the monthly tallies the writers keep (cypher/ingest/add_tallies.cypher), not from the claims: a pair
// with tens of thousands of events costs one index lookup and a few hundred rows.
// Only the two entities themselves count, not those who act for them (find_relations counts those).
// Claims dated by their year only are counted in that year's period when by = 'year' and left out by month;
// undated claims are left out, and so are months whose only claims the text denies (they count for nothing).
// Parameters: $a, $b (entity ids, $a the smaller: a tally's pair is unordered), $by ('month' or 'year'),
//   $from, $until (yyyy-MM, or null)
// Example: {a: 'country:rus', b: 'country:usa', by: 'month', from: null, until: null}
MATCH (t:Tally)
WHERE t.a = $a AND t.b = $b AND t.month <> '' AND t.count > 0
  AND ($by = 'year' OR size(t.month) = 7)
  AND ($from IS NULL OR t.month >= left($from, size(t.month)))
  AND ($until IS NULL OR t.month <= left($until, size(t.month)))
WITH CASE $by WHEN 'year' THEN left(t.month, 4) ELSE t.month END AS period, t
RETURN period, sum(t.count) AS claims, sum(t.goldstein) AS goldstein,
       sum(t.agreement) AS agreement, sum(t.cooperation) AS cooperation, sum(t.disagreement) AS disagreement,
       sum(t.conflict) AS conflict, sum(t.meeting) AS meeting, sum(t.negotiation) AS negotiation,
       sum(t.statement) AS statement,
       sum(t.q1) AS verbalCooperation, sum(t.q2) AS materialCooperation, sum(t.q3) AS verbalConflict,
       sum(t.q4) AS materialConflict
ORDER BY period
