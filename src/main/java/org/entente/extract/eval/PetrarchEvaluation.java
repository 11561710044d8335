package org.entente.extract.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.entente.extract.Extractor;
import org.entente.extract.eval.PetrarchRecords.Event;
import org.entente.extract.eval.PetrarchScore.Quad;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.facts.Facts;

/**
 * Scores events on PETRARCH2's validation suite: 284 sentences, mostly of invented states (Arnor, Gondor, Mordor), with
 * gold source, target and CAMEO code. The suite's own actors and agents are added to the gazetteer, each sentence is
 * extracted as a one-sentence article of its date, and each claim read as an event: its first party the source, its
 * second (if any) the target, its {@code cameo} the event code. An entity's actor code is its {@code cameo} property,
 * a real country's its alpha-3 code ({@code country:usa} → USA). {@link KeywordCoder} codes the same sentences, with
 * the actors Entente found, as the baseline.
 */
final class PetrarchEvaluation {

    private static final String RECORDS = "PETR.UnitTest.records.xml";

    private final List<Path> actors;

    /** {@code actors}: dictionaries of the user's, added after the suite's own. */
    PetrarchEvaluation(List<Path> actors) {
        this.actors = actors;
    }

    List<String> run(Path folder) {
        var sentences = PetrarchRecords.read(folder.resolve(RECORDS));
        var dictionaries = new ArrayList<>(List.of(folder.resolve("PETR.Validate.actors.txt"), folder.resolve("PETR.Validate.agents.txt")));
        dictionaries.addAll(actors);
        // the suite's verbs are its own (KEDS/WEIS-era codes such as 064 for "restore ties", test codes such as 903)
        var verbs = org.entente.extract.cameo.CameoVerbs.read(folder.resolve("PETR.Validate.verbs.txt"));
        var extractor = new Extractor(Gazetteer.withActors(dictionaries), verbs);
        var gold = new ArrayList<List<Event>>();
        var entente = new ArrayList<List<Event>>();
        var keywords = new ArrayList<List<Event>>();
        for (var sentence : sentences) {
            var facts = extractor.extract(sentence.id() + ".txt", sentence.text().getBytes(StandardCharsets.UTF_8),
                    new Extractor.Options(null, sentence.id(), "PETRARCH validation suite", null, sentence.date())).facts();
            gold.add(sentence.events());
            entente.add(events(facts));
            keywords.add(KeywordCoder.code(sentence.text(), actorsInOrder(facts)));
        }
        return table(PetrarchScore.of(gold, entente), PetrarchScore.of(gold, keywords), gold);
    }

    /**
     * Claims as events: each actor against each target where the parties have roles ("Gondor and Arnor attacked Mordor"
     * is two events, as PETRARCH codes it; "soldiers were killed near Kandahar" has a target and no source); else the
     * first party acts and the second is the target.
     */
    static List<Event> events(Facts facts) {
        var events = new ArrayList<Event>();
        for (var c : facts.claims()) {
            var actors = c.parties().stream().filter(p -> "actor".equals(p.role())).map(Facts.Party::id).toList();
            var targets = c.parties().stream().filter(p -> "target".equals(p.role())).map(Facts.Party::id).toList();
            if (actors.isEmpty() && targets.isEmpty()) {
                actors = c.parties().isEmpty() ? List.of() : List.of(c.parties().get(0).id());
                targets = c.parties().size() < 2 ? List.of() : List.of(c.parties().get(1).id());
            }
            for (var actor : actors.isEmpty() ? java.util.Collections.<String>singletonList(null) : actors) {
                for (var target : targets.isEmpty() ? java.util.Collections.<String>singletonList(null) : targets) {
                    events.add(new Event(actor == null ? null : actorCode(facts, actor), target == null ? null : actorCode(facts, target), c.cameo()));
                }
            }
        }
        return events;
    }

    /** The codes of the actors a sentence names, in the order it first names them. */
    private static List<String> actorsInOrder(Facts facts) {
        return facts.entities().stream().filter(e -> !e.mentions().isEmpty() && actorCode(facts, e.id()) != null)
                .sorted(Comparator.comparingInt(e -> e.mentions().get(0).start())).map(e -> actorCode(facts, e.id())).toList();
    }

    /** An entity's CAMEO actor code: what a dictionary gave it, else a country's alpha-3 code; {@code null} for others. */
    static String actorCode(Facts facts, String id) {
        var entity = facts.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (entity != null && entity.properties().get("cameo") != null) {
            return entity.properties().get("cameo").toString();
        }
        return id.startsWith("country:") ? id.substring("country:".length()).toUpperCase(Locale.ROOT) : null;
    }

    private static List<String> table(PetrarchScore entente, PetrarchScore keywords, List<List<Event>> gold) {
        var lines = new ArrayList<String>();
        long testCodesOnly = gold.stream().filter(g -> !g.isEmpty() && g.stream().allMatch(e -> Quad.of(e.code()) == Quad.NONE)).count();
        lines.add(String.format("== PETRARCH validation (%d sentences, %d with gold events, %d gold events): events, Entente beside "
                + "a keyword coder", entente.sentences(), entente.withEvents(), gold.stream().mapToInt(List::size).sum()));
        lines.add(String.format("   (%d sentences have only the suite's test codes outside CAMEO 01-20, such as 903: their class is none)",
                testCodesOnly));
        lines.add(String.format("%-44s %9s %9s", "on sentences with gold events", "Entente", "keywords"));
        lines.add(String.format("%-44s %9s %9s", "an event found", entente.found() + "/" + entente.withEvents(),
                keywords.found() + "/" + keywords.withEvents()));
        row(lines, "CAMEO root (first two digits)", entente.root(), keywords.root(), entente.withEvents());
        row(lines, "CAMEO code, exact", entente.code(), keywords.code(), entente.withEvents());
        row(lines, "source, first 3 letters of the code", entente.source3(), keywords.source3(), entente.withEvents());
        row(lines, "source, exact code", entente.source(), keywords.source(), entente.withEvents());
        row(lines, "target, first 3 letters of the code", entente.target3(), keywords.target3(), entente.withEvents());
        row(lines, "target, exact code", entente.target(), keywords.target(), entente.withEvents());
        lines.add(String.format("%-30s %6s | %-20s | %-20s", "quad class, all sentences", "gold", "Entente  P     R     F1",
                "keywords P     R     F1"));
        for (var quad : Quad.values()) {
            var e = entente.quads().get(quad);
            var k = keywords.quads().get(quad);
            lines.add(String.format("%-30s %6d |   %.3f %.3f %.3f  |   %.3f %.3f %.3f", quad.label, e.gold(), e.precision(),
                    e.recall(), e.f1(), k.precision(), k.recall(), k.f1()));
        }
        lines.add(String.format("%-30s %6s |               %.3f  |               %.3f", "macro-F1 (five classes)", "",
                entente.macroF1(), keywords.macroF1()));
        return lines;
    }

    private static void row(List<String> lines, String name, int entente, int keywords, int of) {
        lines.add(String.format("%-44s %9.3f %9.3f", name, of == 0 ? 0 : (double) entente / of, of == 0 ? 0 : (double) keywords / of));
    }
}
