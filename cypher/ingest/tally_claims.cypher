// Add claims to (or take them back from) the monthly tallies of each pair of their parties: how many claims, of which
// kind and quad class, and the sum of their Goldstein scores. Answers about two entities with thousands of claims
// between them read these few nodes (one per pair and month) instead of every claim. Both writers keep them: a
// source's claims are taken back before it is re-written or removed and added after; a bulk import adds the claims
// it created. DENIED claims ("have not settled on a cap") are not counted, as for the stance edges.
// A tally's pair is unordered: `a` is the smaller id. `month` is yyyy-MM (yyyy for a claim dated by its year only,
// '' when undated). A tally that falls to zero goes.
// Parameters: $ids (claim ids), $sign (1: add; -1: take back)
// Example: {ids: ['claim:rferl-2009-04-01-obama-medvedev:3'], sign: 1}
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c.modality IS NULL OR c.modality <> 'DENIED'
MATCH (x:Entity)-[:PARTY]->(c)<-[:PARTY]-(y:Entity)
WHERE x.id < y.id
WITH DISTINCT x.id AS a, y.id AS b, c
WITH a, b, coalesce(left(c.date, 7), '') AS month, c
WITH a, b, month,
     count(c) AS n, sum(coalesce(c.goldstein, 0.0)) AS goldstein,
     count(CASE c.kind WHEN 'AGREEMENT' THEN 1 END) AS agreement,
     count(CASE c.kind WHEN 'COOPERATION' THEN 1 END) AS cooperation,
     count(CASE c.kind WHEN 'DISAGREEMENT' THEN 1 END) AS disagreement,
     count(CASE c.kind WHEN 'CONFLICT' THEN 1 END) AS conflict,
     count(CASE c.kind WHEN 'MEETING' THEN 1 END) AS meeting,
     count(CASE c.kind WHEN 'NEGOTIATION' THEN 1 END) AS negotiation,
     count(CASE c.kind WHEN 'STATEMENT' THEN 1 END) AS statement,
     count(CASE c.quad WHEN 1 THEN 1 END) AS q1, count(CASE c.quad WHEN 2 THEN 1 END) AS q2,
     count(CASE c.quad WHEN 3 THEN 1 END) AS q3, count(CASE c.quad WHEN 4 THEN 1 END) AS q4
MERGE (t:Tally {key: a + ' ' + b + ' ' + month})
  ON CREATE SET t.a = a, t.b = b, t.month = month, t.count = 0, t.goldstein = 0.0,
                t.agreement = 0, t.cooperation = 0, t.disagreement = 0, t.conflict = 0, t.meeting = 0,
                t.negotiation = 0, t.statement = 0, t.q1 = 0, t.q2 = 0, t.q3 = 0, t.q4 = 0
SET t.count = t.count + $sign * n, t.goldstein = t.goldstein + $sign * goldstein,
    t.agreement = t.agreement + $sign * agreement, t.cooperation = t.cooperation + $sign * cooperation,
    t.disagreement = t.disagreement + $sign * disagreement, t.conflict = t.conflict + $sign * conflict,
    t.meeting = t.meeting + $sign * meeting, t.negotiation = t.negotiation + $sign * negotiation,
    t.statement = t.statement + $sign * statement,
    t.q1 = t.q1 + $sign * q1, t.q2 = t.q2 + $sign * q2, t.q3 = t.q3 + $sign * q3, t.q4 = t.q4 + $sign * q4
WITH t
WHERE t.count <= 0
DELETE t
