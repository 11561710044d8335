package org.entente.extract.cameo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.entente.extract.cameo.ActorLines.Kind;

/**
 * An actor dictionary in the PETRARCH/TABARI format, as an analyst writes one for actors the shipped gazetteer does
 * not know ({@code PETR.Validate.actors.txt}, {@code Phoenix.International.actors.txt}). As PETRARCH reads it, each
 * name line starts an actor; the {@code +SYNONYM} lines and the code lines below it belong to that actor. A name line
 * whose code carries a tilde ({@code TROOP [~MIL]}) is an agent, so one reader takes {@code .agents} files too.
 * A dictionary with a mistake is refused whole, naming the file and line, rather than coding with half of it.
 */
public final class ActorDictionary {

    /**
     * An actor: its name and synonyms as written ({@code MINAS_TIRITH}), its codes in the order given.
     *
     * @param line where its name stands in the file
     */
    public record Actor(String name, List<String> synonyms, List<ActorCode> codes, int line) {

        /** The code the actor has when no date says otherwise: its first code without dates, else its first; null if none codes an actor. */
        public String code() {
            var coding = codes.stream().filter(ActorCode::isActor).toList();
            return coding.stream().filter(c -> !c.dated()).findFirst().or(() -> coding.stream().findFirst())
                    .map(ActorCode::code).orElse(null);
        }
    }

    /** An agent noun and its code with the tilde ({@code ~MIL}: after the actor's code; {@code NGO~}: before it). */
    public record Agent(String noun, String code, int line) {
    }

    private static final Pattern MARKER = Pattern.compile("!([A-Z_]+)!\\s*=(.*)");
    private static final Pattern MARKED = Pattern.compile("!([A-Z_]+)!");

    private final List<Actor> actors = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();

    private ActorDictionary() {
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Agent> agents() {
        return agents;
    }

    /** Reads a dictionary file (UTF-8); {@link DictionaryException} names the file and line of the first mistake. */
    public static ActorDictionary read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new DictionaryException(file + ": the file is not UTF-8 text");
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot read the file (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    /** Reads a dictionary's text; {@code source} names it in errors. */
    public static ActorDictionary parse(String source, String text) {
        var dictionary = new ActorDictionary();
        var markers = new HashMap<String, List<String>>();
        var lines = ActorLines.of(text);
        var problems = lines.stream().filter(l -> !l.problems().isEmpty()).map(l -> source + ":" + l.number() + ": " + l.problems().get(0)).toList();
        if (!problems.isEmpty()) {
            // every mistake at once: a dictionary copied from Phoenix has a few, and one run should name them all
            throw new DictionaryException(String.join("\n", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "\n… and " + (problems.size() - 10) + " more" : ""));
        }
        Actor current = null;
        for (var line : lines) {
            if (line.kind() == Kind.MARKER) {
                marker(source, line, markers);
            } else if (line.kind() == Kind.NAME && line.codes().stream().anyMatch(ActorCode::isAgent)) {
                var code = line.codes().stream().filter(ActorCode::isAgent).findFirst().orElseThrow().code();
                for (var noun : expand(source, line, markers)) {
                    dictionary.agents.add(new Agent(noun, code, line.number()));
                }
                current = null;
            } else if (line.kind() == Kind.NAME) {
                current = new Actor(line.name(), new ArrayList<>(), new ArrayList<>(line.codes()), line.number());
                dictionary.actors.add(current);
            } else if (current == null) {
                throw new DictionaryException(source + ":" + line.number() + ": "
                        + (line.kind() == Kind.SYNONYM ? "a synonym (+NAME)" : "codes") + " before any actor's name");
            } else if (line.kind() == Kind.SYNONYM) {
                current.synonyms().add(line.name());
            } else {
                current.codes().addAll(line.codes());
            }
        }
        if (dictionary.actors.isEmpty() && dictionary.agents.isEmpty()) {
            throw new DictionaryException(source + ": no actor or agent in the file (a line like GONDOR [GON] or TROOP [~MIL])");
        }
        return dictionary;
    }

    /** "!PERSON! = MAN, MEN, WOMAN": names like CONGRESS!PERSON! stand for CONGRESSMAN, CONGRESSMEN … */
    private static void marker(String source, ActorLines.Line line, Map<String, List<String>> markers) {
        var m = MARKER.matcher(line.name());
        if (!m.matches()) {
            throw new DictionaryException(source + ":" + line.number() + ": a substitution set reads !NAME! = WORD, WORD, …");
        }
        markers.put(m.group(1), List.of(m.group(2).strip().split("\\s*,\\s*")));
    }

    private static List<String> expand(String source, ActorLines.Line line, Map<String, List<String>> markers) {
        var m = MARKED.matcher(line.name());
        if (!m.find()) {
            return List.of(line.name());
        }
        var words = markers.get(m.group(1));
        if (words == null) {
            throw new DictionaryException(source + ":" + line.number() + ": the substitution set !" + m.group(1)
                    + "! is not defined above (!" + m.group(1) + "! = WORD, WORD, …)");
        }
        var prefix = line.name().substring(0, m.start());
        var suffix = line.name().substring(m.end());
        return words.stream().map(w -> prefix + w + suffix).toList();
    }
}
