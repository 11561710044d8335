// Add to (or take from) the monthly tallies of pairs of entities: how many claims have both as parties, of which kind
// and quad class, and the sum of their Goldstein scores; and link each tally to the claims it counts. Answers about two
// entities with thousands of claims between them read these few nodes, one per pair and month, instead of every claim:
// the trend (find_trend) their counts, the relations (find_relations) the claims they link to, month by month. The
// writers count the rows from the claims they write or take back (Tallies.java), one row per pair and month, negative
// when taking back. `a` is the smaller id of the pair; `month` is yyyy-MM (yyyy for a claim dated by its year only, ''
// when undated). A claim the text denies is linked and counts for nothing. A tally that counts nothing and links to no
// claim goes (claims taken back are deleted first, with their links).
// Parameters: $rows [{key, a, b, month, count, goldstein, agreement, cooperation, disagreement, conflict, meeting,
//   negotiation, statement, q1, q2, q3, q4, claims (ids of the claims added, [] when taking back)}]
UNWIND $rows AS row
MERGE (t:Tally {key: row.key})
  ON CREATE SET t.a = row.a, t.b = row.b, t.month = row.month, t.count = 0, t.goldstein = 0.0,
                t.agreement = 0, t.cooperation = 0, t.disagreement = 0, t.conflict = 0, t.meeting = 0,
                t.negotiation = 0, t.statement = 0, t.q1 = 0, t.q2 = 0, t.q3 = 0, t.q4 = 0
SET t.count = t.count + row.count, t.goldstein = t.goldstein + row.goldstein,
    t.agreement = t.agreement + row.agreement, t.cooperation = t.cooperation + row.cooperation,
    t.disagreement = t.disagreement + row.disagreement, t.conflict = t.conflict + row.conflict,
    t.meeting = t.meeting + row.meeting, t.negotiation = t.negotiation + row.negotiation,
    t.statement = t.statement + row.statement,
    t.q1 = t.q1 + row.q1, t.q2 = t.q2 + row.q2, t.q3 = t.q3 + row.q3, t.q4 = t.q4 + row.q4
WITH t, row
CALL (t, row) {
  UNWIND row.claims AS id
  MATCH (c:Claim {id: id})
  MERGE (t)-[:COUNTS]->(c)
}
WITH t
WHERE t.count <= 0 AND NOT EXISTS { (t)-[:COUNTS]->() }
DELETE t
