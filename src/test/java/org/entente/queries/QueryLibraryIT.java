package org.entente.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.entente.support.GraphTest;
import org.entente.system.Graph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analyst's library, {@code cypher/queries/}: every file is one statement headed by its question, its parameters
 * and an example parameter map, and run with that example on the seeded graph its rows say what the seed says.
 * Other tests in the same JVM import more sources into the shared graph (a second Georgia, a Nabucco dispute between
 * Russia and the EU, posted articles on US-Russian talks), so rows are checked by containment and order, and exact
 * numbers only where they are filtered to the seed's own source.
 */
@GraphTest
class QueryLibraryIT {

    static final Path ROOT = Path.of("cypher/queries");
    static final String SEED = "rferl-2009-04-01-medvedev-obama";
    static final String SEED_TITLE = "Medvedev, Obama Accent The Positive In First Meeting";

    static final Pattern QUESTION = Pattern.compile("// Question: [A-Z].*\\?");
    static final Pattern PARAMETERS = Pattern.compile("// Parameters: (none|\\$.+)");
    static final Pattern EXAMPLE = Pattern.compile("// Example: (\\{.*})");
    static final Pattern FILE_NAME = Pattern.compile("[a-z]+_[a-z_]+\\.cypher");
    static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    static final Pattern VARIABLE_LENGTH = Pattern.compile("\\*(\\d*)\\s*\\.\\.\\s*(\\d*)\\s*]");
    static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'");

    /** What each file's rows must show on the seed, by file name. */
    final Map<String, Consumer<List<Map<String, Object>>>> checks = new LinkedHashMap<>();

    @Autowired
    Graph graph;

    {
        checks.put("find_entity_profile", this::entityProfile);
        checks.put("find_agreements_with", this::agreementsWith);
        checks.put("find_disagreements_with", this::disagreementsWith);
        checks.put("find_stance_ledger", this::stanceLedger);
        checks.put("find_claims_on_issue", this::claimsOnIssue);
        checks.put("find_treaty_lifecycle", this::treatyLifecycle);
        checks.put("find_meetings_of", this::meetingsOf);
        checks.put("find_shortest_path", this::shortestPath);
        checks.put("rank_contested_topics", this::contestedTopics);
        checks.put("rank_active_pairs", this::activePairs);
        checks.put("rank_brokers", this::brokers);
        checks.put("find_timeline", this::timeline);
        checks.put("find_claim_evidence", this::claimEvidence);
        checks.put("find_article_contribution", this::articleContribution);
    }

    @Test
    void everyQueryFileShouldHaveItsChecksAndEveryCheckItsFile() {
        assertThat(names()).hasSizeGreaterThanOrEqualTo(12).containsExactlyInAnyOrderElementsOf(checks.keySet());
    }

    /** Header, one bounded statement, parameters exactly those of the example; then the rows, asserted. */
    @TestFactory
    Stream<DynamicTest> everyQueryShouldAnswerItsExampleOnTheSeed() {
        return names().stream().map(name -> dynamicTest(name, () -> {
            var query = Query.read(name);
            var rows = run(query);
            assertThat(rows).as(name + " with " + query.example()).isNotEmpty();
            assertThat(checks).as("rows of " + name + " are checked").containsKey(name);
            checks.get(name).accept(rows);
        }));
    }

    // --- the queries, on the seed ------------------------------------------------------------------------------------

    void entityProfile(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        var medvedev = rows.get(0);
        assertThat(medvedev).containsEntry("id", "person:dmitry-medvedev").containsEntry("kind", "Person")
                .containsEntry("name", "Dmitry Medvedev").containsEntry("description", "President of Russia (2008-2012)");
        assertThat(strings(medvedev.get("aliases"))).contains("Medvedev");
        assertThat(maps(medvedev.get("relationships"))).extracting(r -> r.get("relationship")).contains(
                "Dmitry Medvedev LEADS Russia (President)", "Barack Obama MET Dmitry Medvedev (2009-04-01, London)");
        assertThat(maps(medvedev.get("relationships"))).allSatisfy(r -> assertThat((String) r.get("quote")).isNotBlank());
        assertThat(maps(medvedev.get("claims"))).extracting(c -> c.get("kind")).contains("AGREEMENT", "MEETING", "STATEMENT");
        assertThat(strings(medvedev.get("agreesWith"))).anyMatch(s -> s.startsWith("Barack Obama ("));
        assertThat(strings(medvedev.get("sources"))).contains(SEED_TITLE);
    }

    void agreementsWith(List<Map<String, Object>> rows) {
        assertThat(rows.get(0)).containsEntry("agreesId", "country:usa");
        var startDeal = only(rows, r -> "country:usa".equals(r.get("agreesId"))
                && "a new nuclear arms reduction deal to replace START".equals(r.get("topic")));
        assertThat(startDeal).containsEntry("agrees", "United States").containsEntry("kind", "AGREEMENT")
                .containsEntry("modality", "PLANNED").containsEntry("date", "2009-04-01").containsEntry("article", SEED_TITLE)
                .containsEntry("quote", "The presidents announced in a joint statement that the two sides will pursue a new"
                        + " nuclear arms reduction deal.");
        assertThat(startDeal.get("through")).isNull();
        assertThat(strings(startDeal.get("about"))).containsExactly("New START", "Strategic Arms Reduction Treaty");
        assertThat((Long) startDeal.get("agreements")).isGreaterThanOrEqualTo(13);
        // Medvedev acts for Russia: his rapport with Obama is Russia's
        assertThat(only(rows, r -> "good personal rapport and \"a common language\"".equals(r.get("topic"))))
                .containsEntry("agreesId", "person:barack-obama").containsEntry("through", "Dmitry Medvedev");
        assertThat(rows).extracting(r -> r.get("topic")).doesNotContain("a new cap on nuclear warheads");
        assertThat(rows).extracting(r -> r.get("agreesId")).doesNotContain("country:rus", "org:kremlin", "person:dmitry-medvedev");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("kind")).isIn("AGREEMENT", "COOPERATION"));
    }

    void disagreementsWith(List<Map<String, Object>> rows) {
        assertThat(rows.get(0)).containsEntry("disagreesId", "country:usa");
        var us = rows.stream().filter(r -> "country:usa".equals(r.get("disagreesId"))).toList();
        assertThat(us).extracting(r -> r.get("topic")).contains("Georgia", "Georgia joining NATO",
                "causes and sequence of the military actions in the 2008 war in Georgia",
                "post-Cold War nadir in U.S.-Russian relations over the Georgia war",
                "U.S. missile defense plans in Central Europe", "who should make concessions to restore relations");
        assertThat(us.stream().filter(r -> strings(r.get("about")).contains("Georgia") && SEED_TITLE.equals(r.get("article"))))
                .hasSize(4).allSatisfy(r -> assertThat((String) r.get("quote")).isNotBlank());
        assertThat(only(rows, r -> "Russian invasion of Georgia".equals(r.get("topic"))))
                .containsEntry("disagreesId", "country:geo").containsEntry("kind", "CONFLICT").containsEntry("date", "2008-08");
        // the Kremlin and the White House quarrel for their states: one row, United States against Russia itself
        assertThat(only(rows, r -> "who should make concessions to restore relations".equals(r.get("topic"))))
                .containsEntry("disagreesId", "country:usa").containsEntry("through", null);
        assertThat(rows).extracting(r -> r.get("disagreesId")).doesNotContain("org:white-house", "org:kremlin", "country:rus");
    }

    void stanceLedger(List<Map<String, Object>> rows) {
        var georgia = only(rows, r -> "country:geo".equals(r.get("topicId")));
        assertThat(georgia).containsEntry("topic", "Georgia").containsEntry("balance", "disagreement")
                .containsEntry("agreements", 0L).containsEntry("first", "2008-08");
        var fromSeed = maps(georgia.get("claims")).stream().filter(c -> SEED_TITLE.equals(c.get("article"))).toList();
        assertThat(fromSeed).hasSize(4).allSatisfy(c -> assertThat(c).containsEntry("stance", "disagreement"));
        assertThat(fromSeed).extracting(c -> c.get("topic")).contains("Georgia joining NATO");
        assertThat(fromSeed).allSatisfy(c -> assertThat((String) c.get("quote")).isNotBlank());
        assertThat(only(rows, r -> "country:afg".equals(r.get("topicId")))).containsEntry("balance", "agreement");
        assertThat(only(rows, r -> "place:central-europe".equals(r.get("topicId"))))
                .containsEntry("balance", "disagreement").containsEntry("cooperation", 1L);
        // the two themselves are no topic; what is about nothing else comes last
        assertThat(rows).extracting(r -> r.get("topicId")).doesNotContain("country:usa", "country:rus");
        assertThat(rows.get(rows.size() - 1)).containsEntry("topic", "(the relationship itself)");
        assertThat(rows.indexOf(georgia)).isLessThan(rows.size() - 1);
    }

    void claimsOnIssue(List<Map<String, Object>> rows) {
        assertThat(rows).extracting(r -> r.get("topic")).contains("U.S. missile defense plans in Central Europe",
                "possible future cooperation on missile defense", "enthusiasm for the missile-defense proposal",
                "scrapping missile defense in return for Russian help curbing Iran's nuclear ambitions");
        assertThat(only(rows, r -> "U.S. missile defense plans in Central Europe".equals(r.get("topic"))))
                .containsEntry("kind", "DISAGREEMENT").containsEntry("sides", "Russia vs United States")
                .containsEntry("article", SEED_TITLE).containsEntry("published", "2009-04-01")
                .containsEntry("quote", "The two presidents also acknowledged that there were lingering differences over"
                        + " Washington's plans to build elements of a missile defense system in Central Europe.");
        assertThat(only(rows, r -> "possible future cooperation on missile defense".equals(r.get("topic"))))
                .containsEntry("sides", "Russia + United States");
        assertThat(rows).allSatisfy(r -> assertThat((String) r.get("quote")).isNotBlank());
        assertThat(rows).extracting(r -> r.get("topic")).doesNotContain("Georgia", "cooperation on Afghanistan");
        assertOrdered(rows.stream().map(r -> (String) r.get("date")).filter(d -> d != null).toList());
    }

    void treatyLifecycle(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        var start = rows.get(0);
        assertThat(start).containsEntry("treaty", "Strategic Arms Reduction Treaty").containsEntry("signed", "1991-07-31")
                .containsEntry("inForce", "1994-12-05").containsEntry("expires", "2009-12-05");
        assertThat(strings(start.get("parties"))).contains("Russia", "United States");
        assertThat(strings(start.get("replacedBy"))).containsExactly("New START");
        assertThat(strings(start.get("replaces"))).isEmpty();
        var negotiations = maps(start.get("negotiations"));
        assertThat(negotiations).extracting(n -> n.get("topic")).contains("talks on an agreement replacing START",
                "first results of the talks on a START replacement");
        assertThat(negotiations).allSatisfy(n -> {
            assertThat(n).containsEntry("kind", "NEGOTIATION");
            assertThat((String) n.get("quote")).isNotBlank();
        });
        assertThat(only(negotiations, n -> "talks on an agreement replacing START".equals(n.get("topic"))))
                .containsEntry("date", "2009-04-01").containsEntry("modality", "PLANNED").containsEntry("article", SEED_TITLE);
        assertThat(strings(only(negotiations, n -> "talks on an agreement replacing START".equals(n.get("topic"))).get("parties")))
                .containsExactly("Russia", "United States");
        assertThat(maps(start.get("claims"))).extracting(c -> c.get("topic"))
                .contains("a new nuclear arms reduction deal to replace START");
        var milestones = strings(start.get("milestones"));
        assertThat(milestones).contains("1991-07-31 signed", "1994-12-05 in force", "2009-12-05 expires",
                "2009-04-01 negotiation: talks on an agreement replacing START");
        assertThat(milestones.get(0)).isEqualTo("1991-07-31 signed");
        assertOrdered(milestones);
    }

    void meetingsOf(List<Map<String, Object>> rows) {
        var london = only(rows, r -> "MET relationship".equals(r.get("record")));
        assertThat(london).containsEntry("who", "Barack Obama").containsEntry("met", "Dmitry Medvedev")
                .containsEntry("date", "2009-04-01").containsEntry("place", "London").containsEntry("article", SEED_TITLE);
        assertThat((String) london.get("quote")).contains("first face-to-face meeting");
        assertThat(rows).extracting(r -> r.get("topic")).contains("first face-to-face meeting of Obama and Medvedev",
                "Obama's visit to Moscow at Medvedev's invitation");
        assertThat(only(rows, r -> "Obama's visit to Moscow at Medvedev's invitation".equals(r.get("topic"))))
                .containsEntry("record", "MEETING claim").containsEntry("date", "2009-07").containsEntry("modality", "PLANNED");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("met", "Dmitry Medvedev"));
        assertOrdered(rows.stream().map(r -> (String) r.get("date")).toList());
    }

    void shortestPath(List<Map<String, Object>> rows) {
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).containsEntry("hops", 2L);
            assertThat((String) r.get("route")).startsWith("Yevgeny Volk ").endsWith(" Barack Obama");
            assertThat(((org.neo4j.driver.types.Path) r.get("path")).length()).isEqualTo(2);
            assertThat(maps(r.get("steps"))).hasSize(2).allSatisfy(step -> {
                assertThat((String) step.get("quote")).isNotBlank();
                assertThat(step).containsEntry("article", SEED_TITLE);
            });
        });
        var elites = only(rows, r -> ((String) r.get("route")).startsWith("Yevgeny Volk -PARTY-> "));
        assertThat(elites).containsEntry("route", "Yevgeny Volk -PARTY-> [statement: the role of the elites of both"
                + " countries in U.S.-Russian relations] -ABOUT-> Barack Obama");
        assertThat((String) maps(elites.get("steps")).get(1).get("quote"))
                .contains("Everything does not depend exclusively on Obama and Medvedev.");
    }

    void contestedTopics(List<Map<String, Object>> rows) {
        assertThat(rows.subList(0, 3)).extracting(r -> r.get("topicId")).contains("country:geo", "event:2008-russo-georgian-war");
        var georgia = only(rows, r -> "country:geo".equals(r.get("topicId")));
        assertThat((Long) georgia.get("disagreements")).isGreaterThanOrEqualTo(4);
        assertThat(strings(georgia.get("opponents"))).anyMatch(s -> s.startsWith("Russia vs United States ("));
        assertThat(strings(georgia.get("topics"))).contains("2009-04-01 Georgia joining NATO");
        assertThat((String) georgia.get("quote")).isNotBlank();
        var war = only(rows, r -> "event:2008-russo-georgian-war".equals(r.get("topicId")));
        assertThat((Long) war.get("conflicts")).isGreaterThanOrEqualTo(3);
        assertThat(strings(war.get("opponents"))).anyMatch(s -> s.startsWith("Georgia vs Russia ("));
        assertThat(rows).extracting(r -> (Long) r.get("contested")).isSortedAccordingTo(Comparator.reverseOrder());
    }

    void activePairs(List<Map<String, Object>> rows) {
        var first = rows.get(0);
        assertThat(first).containsEntry("aId", "country:rus").containsEntry("bId", "country:usa");
        assertThat((Long) first.get("claims")).isGreaterThanOrEqualTo(29);
        assertThat((Long) first.get("agreements")).isGreaterThanOrEqualTo(13);
        assertThat((Long) first.get("disagreements")).isGreaterThanOrEqualTo(10);
        assertThat(strings(first.get("byKind"))).anyMatch(s -> s.startsWith("NEGOTIATION "));
        assertThat(first).containsEntry("first", "2002");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("aId", "person:barack-obama")
                .containsEntry("bId", "person:dmitry-medvedev"));
        // one who acts for the other is no pair
        assertThat(rows).noneSatisfy(r -> assertThat(Set.of(r.get("aId"), r.get("bId")))
                .isEqualTo(Set.of("country:rus", "org:kremlin")));
        assertThat(rows).extracting(r -> (Long) r.get("claims")).isSortedAccordingTo(Comparator.reverseOrder());
    }

    void brokers(List<Map<String, Object>> rows) {
        assertThat(rows).extracting(r -> r.get("id")).containsAnyOf("country:usa", "country:rus");
        assertThat(rows).extracting(r -> ((Number) r.get("betweenness")).doubleValue())
                .allMatch(b -> b > 0).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows).allSatisfy(r -> assertThat(strings(r.get("pairs"))).isNotEmpty());
        assertThat(rows.size()).isLessThanOrEqualTo(20);
    }

    void timeline(List<Map<String, Object>> rows) {
        var dates = rows.stream().map(r -> (String) r.get("date")).toList();
        assertThat(dates).doesNotContainNull();
        assertOrdered(dates);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("date", "1991-07-31").containsEntry("event", "TREATY SIGNED")
                .containsEntry("what", "Strategic Arms Reduction Treaty"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("date", "2009-12-05").containsEntry("event", "TREATY EXPIRES"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("date", "2008-08").containsEntry("event", "CONFLICT")
                .containsEntry("what", "Russian invasion of Georgia").containsEntry("who", "Georgia vs Russia"));
        // Medvedev and the Kremlin act for Russia
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("date", "2009-04-01").containsEntry("event", "MET")
                .containsEntry("what", "Barack Obama met Dmitry Medvedev in London"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("what", "who should make concessions to restore relations")
                .containsEntry("who", "Kremlin + Russia vs United States + White House"));
        assertThat(rows).filteredOn(r -> SEED_TITLE.equals(r.get("article")) && r.get("quote") != null).hasSizeGreaterThan(30);
    }

    void claimEvidence(List<Map<String, Object>> rows) {
        var seed = only(rows, r -> SEED.equals(r.get("articleId")));
        assertThat(seed).containsEntry("article", SEED_TITLE).containsEntry("publisher", "RFE/RL")
                .containsEntry("published", "2009-04-01").containsEntry("kind", "DISAGREEMENT")
                .containsEntry("topic", "causes and sequence of the military actions in the 2008 war in Georgia");
        assertThat((String) seed.get("quote")).contains("continue to disagree about the \"causes and sequence of the military actions\"");
        assertThat((String) seed.get("sentence")).contains((String) seed.get("quote"));
        assertThat(strings(seed.get("parties"))).containsExactly("Russia (side: country:rus)", "United States (side: country:usa)");
        assertThat(strings(seed.get("about"))).containsExactly("Georgia", "Russo-Georgian War");
    }

    void articleContribution(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        var seed = rows.get(0);
        assertThat(seed).containsEntry("title", SEED_TITLE).containsEntry("publisher", "RFE/RL")
                .containsEntry("entities", 30L).containsEntry("relationships", 19L).containsEntry("claims", 42L)
                .containsEntry("claimsOnlyHere", 42L);
        assertThat(strings(seed.get("claimsByKind"))).containsExactly("AGREEMENT 11", "CONFLICT 3", "COOPERATION 5",
                "DISAGREEMENT 10", "MEETING 2", "NEGOTIATION 5", "STATEMENT 6");
        assertThat(strings(seed.get("entityList"))).hasSize(30).contains("Person: Yevgeny Volk", "Treaty: New START");
        assertThat(strings(seed.get("relationshipList"))).hasSize(19)
                .contains("Barack Obama MET Dmitry Medvedev", "New START SUCCEEDS Strategic Arms Reduction Treaty");
        assertThat(strings(seed.get("onlyHere"))).contains("Yevgeny Volk", "Heritage Foundation");
        assertThat(strings(seed.get("stancePairs"))).contains("Russia with United States (13)",
                "Russia against United States (10)", "Georgia against Russia (2)");
    }

    // --- reading and running the files -------------------------------------------------------------------------------

    record Query(String name, String example, String body) {

        static Query read(String name) {
            var file = ROOT.resolve(name + ".cypher");
            assertThat(FILE_NAME.matcher(file.getFileName().toString()).matches()).as(file + " is named verb_noun").isTrue();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(lines.size()).as(name).isGreaterThan(3);
            assertThat(lines.get(0)).as(name + ": first line").matches(QUESTION);
            assertThat(lines.get(1)).as(name + ": second line").matches(PARAMETERS);
            var example = EXAMPLE.matcher(lines.get(2));
            assertThat(example.matches()).as(name + ": third line is `// Example: {...}`, was " + lines.get(2)).isTrue();
            var header = lines.stream().takeWhile(l -> l.startsWith("//")).count();
            var body = String.join("\n", lines.subList((int) header, lines.size())).strip();
            assertThat(body).as(name + ": a statement after the header").isNotEmpty().doesNotContain("\n//");
            assertThat(body.lines()).as(name + ": one statement").noneMatch(l -> l.strip().endsWith(";"));
            var code = STRING_LITERAL.matcher(body).replaceAll("''");
            assertThat(code).as(name + ": bounded by LIMIT").containsPattern("\\bLIMIT\\s+\\d+");
            var hops = VARIABLE_LENGTH.matcher(code);
            while (hops.find()) {
                assertThat(hops.group(2)).as(name + ": variable-length pattern " + hops.group() + " has an upper bound").isNotEmpty();
                assertThat(Integer.parseInt(hops.group(2))).as(name + ": " + hops.group()).isLessThanOrEqualTo(6);
            }
            assertThat(code).as(name + ": no unbounded variable-length pattern").doesNotContainPattern("\\*\\s*]");
            var used = new TreeSet<String>();
            var parameters = PARAMETER.matcher(code);
            while (parameters.find()) {
                used.add(parameters.group(1));
            }
            if (used.isEmpty()) {
                assertThat(lines.get(1)).as(name).isEqualTo("// Parameters: none");
                assertThat(example.group(1)).as(name).isEqualTo("{}");
            }
            for (var parameter : used) {
                assertThat(lines.get(1)).as(name + " names the parameter it uses").contains("$" + parameter);
            }
            return new Query(name, example.group(1), body);
        }
    }

    List<Map<String, Object>> run(Query query) {
        return graph.read(tx -> {
            // test code reading a checked-in file: the map literal is the analyst's example, not user text
            Map<String, Object> parameters = tx.run("RETURN " + query.example() + " AS p").single().get("p").asMap();
            var used = new TreeSet<String>();
            var matcher = PARAMETER.matcher(STRING_LITERAL.matcher(query.body()).replaceAll("''"));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            assertThat(parameters.keySet()).as(query.name() + ": the example gives exactly the parameters used")
                    .containsExactlyInAnyOrderElementsOf(used);
            return tx.run(query.body(), parameters).list(r -> r.asMap());
        });
    }

    static List<String> names() {
        try (var files = Files.list(ROOT)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher"))
                    .map(f -> f.substring(0, f.length() - ".cypher".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- small helpers -----------------------------------------------------------------------------------------------

    static Map<String, Object> only(List<Map<String, Object>> rows, java.util.function.Predicate<Map<String, Object>> which) {
        var found = rows.stream().filter(which).toList();
        assertThat(found).as("exactly one row matches in " + rows).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        var list = new ArrayList<String>();
        for (var item : (List<?>) value) {
            list.add((String) item);
        }
        return list;
    }

    static void assertOrdered(List<String> values) {
        assertThat(values).isSortedAccordingTo(Comparator.naturalOrder());
    }
}
