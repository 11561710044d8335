// Entente schema. Applied at every start-up; every statement is idempotent (IF NOT EXISTS).
// One statement per block, each ending with a semicolon at the end of a line.

// Entities are found by their readable id (person:barack-obama, country:rus, treaty:start-i).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Sources (articles) by id.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Reified claims (agreements, disagreements, meetings ...) by id. A claim also carries its kind as a second label:
// :Claim:Agreement, :Claim:Disagreement, :Claim:Cooperation, :Claim:Conflict, :Claim:Meeting, :Claim:Negotiation or
// :Claim:Statement (the kind property in words), so that Neo4j Browser colours claims by kind and Cypher can say
// (c:Agreement|Cooperation). The writers set it (ingest/merge_claims, ingest/bulk/create_claims); claims written before
// they did get it at start-up (system/label_claims). Neo4j's label index finds them: no index of our own is needed.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;

// Names and aliases, for search and for resolving "Obama", "the Kremlin", "U.S." to an entity.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Claims by date, for timelines.
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);

// Claims by kind (AGREEMENT, DISAGREEMENT ...).
CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind);

// Claim topics and summaries, for stances and questions about a subject that is no entity ("missile defense").
// English stemming: "enrichment" finds "enrich".
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.topic, c.summary]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// The quotes claims are stated in, for subjects a topic does not name.
CREATE FULLTEXT INDEX claim_quotes IF NOT EXISTS FOR ()-[s:STATED_IN]-() ON EACH [s.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// The sentences behind claims (quote and sentence of STATED_IN) and behind structural relationships, for questions no
// form of `/api/ask` fits: their closest evidence.
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS
FOR ()-[r:STATED_IN|LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]-() ON EACH [r.quote, r.sentence]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// Monthly tallies of the claims between two entities (cypher/ingest/tally_claims.cypher), one node per pair and month.
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (t:Tally) REQUIRE t.key IS UNIQUE;

// Tallies of one pair, for relations and their trend over time.
CREATE INDEX tally_pair IF NOT EXISTS FOR (t:Tally) ON (t.a, t.b);

// Where a bulk import stopped (a crash, Ctrl-C), so that running it again goes on from there.
CREATE CONSTRAINT import_checkpoint IF NOT EXISTS FOR (p:ImportCheckpoint) REQUIRE p.file IS UNIQUE;

// Upgrades of the graph model a store has had (TallyLinks), each run once.
CREATE CONSTRAINT upgrade_name IF NOT EXISTS FOR (u:Upgrade) REQUIRE u.name IS UNIQUE;
