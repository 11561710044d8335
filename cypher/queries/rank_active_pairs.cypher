// Question: Which pairs of parties have the most claims together, and how do those claims split between agreement, disagreement and the rest?
// Parameters: none
// Example: {}
// Two entities form a pair when both are parties to one claim, on the same side or on different sides; each claim
// counts once per pair. Parties as the claims name them: a president and his country are different parties here
// (find_stance_ledger counts them together), but one that acts for the other (leads it, speaks for it, works for
// it or is part of it, up to two steps: the Kremlin and Russia) is no pair. `agreements`: AGREEMENT and COOPERATION with the two on one side;
// `disagreements`: DISAGREEMENT and CONFLICT with them on different sides; `other`: meetings, negotiations,
// statements and claims the text denies. Also the first and last date and the kinds with their counts. The most
// claims first, at most 25 pairs. A scan of every claim with two or more parties.
MATCH (x:Entity)-[rx:PARTY]->(c:Claim)<-[ry:PARTY]-(y:Entity)
WHERE x.id < y.id
  AND NOT (x)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]->(y) AND NOT (y)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*1..2]->(x)
WITH x, y, c,
     CASE WHEN coalesce(c.modality, '') = 'DENIED' THEN 'other'
          WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] AND rx.side = ry.side THEN 'agreement'
          WHEN c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND rx.side <> ry.side THEN 'disagreement'
          ELSE 'other' END AS stance
WITH x, y, count(c) AS claims,
     sum(CASE stance WHEN 'agreement' THEN 1 ELSE 0 END) AS agreements,
     sum(CASE stance WHEN 'disagreement' THEN 1 ELSE 0 END) AS disagreements,
     min(c.date) AS first, max(c.date) AS last,
     collect(c.kind) AS kinds
ORDER BY claims DESC, x.name, y.name
LIMIT 25
RETURN x.name AS a, y.name AS b, x.id AS aId, y.id AS bId, claims, agreements, disagreements,
       claims - agreements - disagreements AS other,
       COLLECT { UNWIND kinds AS k WITH k, count(*) AS n RETURN k + ' ' + n AS line ORDER BY n DESC, line } AS byKind,
       first, last
ORDER BY claims DESC, a, b
