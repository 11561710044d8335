// Question: Where do two parties agree and where do they disagree, topic by topic?
// Parameters: $a, $b (entity ids)
// Example: {a: 'country:usa', b: 'country:rus'}
// Topics are the entities the claims are about (the claim's ABOUT entities: Georgia, START, Central Europe ...), not
// topic text; a claim about several counts under each, and ABOUT links to the two parties themselves are ignored.
// Claims about nothing else ("mutual distrust", "new progress in relations") are filed under the topic
// '(the relationship itself)', listed last. Each side counts with those who act for it, as the API counts it (those
// who lead it, speak for it, work for it or are part of it, up to two steps: Obama and Medvedev's meetings are the
// two countries'). Per topic: agreements (AGREEMENT with the two on one side), disagreements (DISAGREEMENT with
// them on opposite sides), cooperation, conflict, other (meetings, negotiations, statements, denied agreements),
// the first and last date, the balance (agreement or disagreement, whichever has more claims, `mixed` when as many;
// else cooperation or conflict; `none` when only other claims) and the claims with their quotes. Topics with the
// most agreements and disagreements first. At most 200 topics, 50 claims each.
MATCH (ea:Entity {id: $a}), (eb:Entity {id: $b})
MATCH (ea)<-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]-(pa:Entity)-[ra:PARTY]->(c:Claim)<-[rb:PARTY]-(pb:Entity)-[:LEADS|SPEAKS_FOR|WORKS_FOR|PART_OF*0..2]->(eb)
WHERE pa <> pb
WITH ea, eb, c, any(x IN collect(ra.side = rb.side) WHERE x) AS together, any(x IN collect(ra.side <> rb.side) WHERE x) AS opposed
WITH ea, eb, c,
     CASE WHEN c.modality = 'DENIED' THEN 'other'
          WHEN c.kind = 'AGREEMENT' AND together THEN 'agreement'
          WHEN c.kind = 'DISAGREEMENT' AND opposed THEN 'disagreement'
          WHEN c.kind = 'COOPERATION' AND together THEN 'cooperation'
          WHEN c.kind = 'CONFLICT' AND opposed THEN 'conflict'
          ELSE 'other' END AS stance
OPTIONAL MATCH (c)-[:ABOUT]->(t:Entity)
WHERE t <> ea AND t <> eb
WITH c, stance, collect(t) AS topics
UNWIND CASE WHEN size(topics) = 0 THEN [null] ELSE topics END AS t
OPTIONAL MATCH (c)-[s:STATED_IN]->(src:Article)
WITH t, c, stance, head(collect({quote: s.quote, article: src.title})) AS stated
ORDER BY c.date, c.topic
WITH t, collect({stance: stance, kind: c.kind, date: c.date, modality: c.modality, topic: c.topic,
                 quote: stated.quote, article: stated.article}) AS claims
WITH t, claims,
     size([x IN claims WHERE x.stance = 'agreement']) AS agreements,
     size([x IN claims WHERE x.stance = 'disagreement']) AS disagreements,
     size([x IN claims WHERE x.stance = 'cooperation']) AS cooperation,
     size([x IN claims WHERE x.stance = 'conflict']) AS conflict
RETURN coalesce(t.name, '(the relationship itself)') AS topic,
       t.id AS topicId,
       CASE WHEN agreements > disagreements THEN 'agreement'
            WHEN disagreements > agreements THEN 'disagreement'
            WHEN agreements > 0 THEN 'mixed'
            WHEN cooperation > conflict THEN 'cooperation'
            WHEN conflict > cooperation THEN 'conflict'
            WHEN cooperation > 0 THEN 'mixed'
            ELSE 'none' END AS balance,
       agreements, disagreements, cooperation, conflict,
       size(claims) - agreements - disagreements - cooperation - conflict AS other,
       claims[0].date AS first,
       reduce(last = null, x IN claims | CASE WHEN last IS NULL OR x.date > last THEN x.date ELSE last END) AS last,
       claims[..50] AS claims
ORDER BY t IS NULL, agreements + disagreements DESC, size(claims) DESC, topic
LIMIT 200
