package org.entente.extract.cameo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The CAMEO verb dictionary in PETRARCH's format ({@code CAMEO.verbpatterns.150430.txt}): blocks of synonymous verbs
 * with a default event code ({@code --- CONDEMN [111] ---}, a verb line may carry its own code), phrasal verbs
 * ({@code +GUN_DOWN}), and patterns that refine the code by the words around the verb
 * ({@code - * FOR SANCTIONS AGAINST + [1312]}: {@code *} the verb, {@code +} the target, {@code $} the source,
 * {@code &SET} any word of a synonym set, a word ending in {@code _} only itself, other words also as a stem).
 * A code of {@code ---} means "no event": "call" is a telephone call, not "call up the reserve".
 *
 * <p>Matching is looser than PETRARCH's, which walks a Penn Treebank parse: a pattern matches when its words occur
 * in its order, those before {@code *} earlier in the sentence and those after it within the verb's clause, and a
 * {@code +} or {@code $} where a name stands. Of the patterns that match, the one with most words wins.
 */
public final class CameoVerbs {

    /** One verb of the dictionary: its words ("gun", "down"), its own code or the block's, and the block's patterns. */
    record Verb(List<String> words, String code, Block block) {
    }

    /** A block of synonyms: the default code and the patterns every verb of the block shares. */
    record Block(String name, String code, List<Rule> rules) {
    }

    /**
     * A pattern: the elements before and after the verb, and its code ({@code null} for ---). {@code *_+} joins the
     * target to the verb (TABARI's connector: no word between): "$_*_+ [054]" of RECOGNISE is "Russia recognised
     * Abkhazia", not "France welcomed the progress of Honduras", which its block (ACCLAIM) shares. (The source side,
     * {@code $_*}, is left loose: auxiliaries and adverbs stand between a subject and its verb.)
     */
    record Rule(List<String> before, List<String> after, String code, String text, boolean targetAtVerb) {

        int weight() {
            return (int) (before.stream().filter(e -> !e.equals("+") && !e.equals("$")).count()
                    + after.stream().filter(e -> !e.equals("+") && !e.equals("$")).count());
        }
    }

    /** What the dictionary says of a verb in its sentence: the code ({@code null}: no event) and why. */
    /** What the dictionary says of a verb in its sentence: the code ({@code null}: no event), why, and where the pattern's {@code +} (the target) stood, or -1. */
    public record Coding(String code, String verb, String pattern, int particles, int target) {
    }

    /**
     * The sentence around a verb, as the matcher reads it: upper-case words and lemmas, where names stand, and which
     * words open a complement of the verb or of its target ({@code complement}, given the word and where the target
     * stands: the "to" of "welcomed Xi to Washington", not that of "commend Japan for its contribution to the Fund").
     */
    public record Sentence(List<String> words, List<String> lemmas, int verb, int clauseEnd, IntPredicate named,
            Complement complement) {

        /** A sentence without its parse: every word may open a complement. */
        public Sentence(List<String> words, List<String> lemmas, int verb, int clauseEnd, IntPredicate named) {
            this(words, lemmas, verb, clauseEnd, named, (word, target) -> true);
        }
    }

    /** Whether the word at {@code word} opens a complement of the verb or of the target at {@code target}. */
    @FunctionalInterface
    public interface Complement {
        boolean test(int word, int target);
    }

    /**
     * The prepositions (and the "to" of an infinitive) that open a second complement of the verb after its target in
     * a pattern: "* + TO [043]" (welcome someone to a place), "* + FOR [051]" (thank someone for something).
     */
    private static final java.util.Set<String> SECOND_COMPLEMENT = java.util.Set.of("TO", "IN", "FOR", "OF", "WITH",
            "ON", "FROM", "BY", "AGAINST", "OVER", "INTO", "AT", "ABOUT");

    private static final Pattern CODE = Pattern.compile("\\[([0-9-]{2,4})!?(?::[0-9-]*)?!?]");
    private static final Pattern BLOCK = Pattern.compile("^---\\s*(\\S+)\\s*(?:\\[([^]]*)])?.*");
    private static volatile CameoVerbs shared;

    private final Map<String, List<Verb>> byFirstWord = new HashMap<>();
    private final Map<String, List<String>> sets = new HashMap<>();
    private final Map<String, Block> blocks = new HashMap<>();
    /** Each set's members as word sequences, nested sets expanded ("+&TIETYPES"), built once after reading. */
    private final Map<String, List<List<String>>> members = new HashMap<>();
    private int verbs;
    private int rules;

    /** The dictionary shipped with Entente ({@code gazetteer/cameo/} on the classpath), read once per JVM. */
    public static CameoVerbs shared() {
        if (shared == null) {
            synchronized (CameoVerbs.class) {
                if (shared == null) {
                    shared = parse(org.entente.extract.gazetteer.Gazetteer.text("cameo/CAMEO.verbpatterns.150430.txt"),
                            org.entente.extract.gazetteer.Gazetteer.text("cameo/entente.verbpatterns.txt"));
                }
            }
        }
        return shared;
    }

    /** A verb dictionary file of the user's (or a test suite's), in the same format. */
    public static CameoVerbs read(java.nio.file.Path file) {
        try {
            return parse(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the verb dictionary: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A dictionary, then supplements of it in the same format: a supplement's block whose name the dictionary has
     * ({@code --- NAME [---] ---}) adds its patterns and verbs to that block, whose code stays, and takes out the
     * patterns it lists after a "~" ({@code ~ $_*_+ [054]}); a new name is a new block.
     * Entente ships one supplement, {@code entente.verbpatterns.txt}, beside the CAMEO file: patterns the 2015
     * dictionary lacks, each with the sentence that needed it.
     */
    public static CameoVerbs parse(String text, String... supplements) {
        var dictionary = new CameoVerbs();
        dictionary.read(text, "CAMEO verb dictionary", false);
        for (var supplement : supplements) {
            dictionary.read(supplement, "CAMEO verb supplement", true);
        }
        for (var name : dictionary.sets.keySet()) {
            dictionary.members.put(name, dictionary.expand(name, new java.util.LinkedHashSet<>()));
        }
        return dictionary;
    }

    /** Reads blocks; {@code supplement}: a block named as one read before adds to it (in one file, a name may recur). */
    private void read(String text, String what, boolean supplement) {
        Block block = null;
        String set = null; // the synonym set being listed, until the next block header
        int lineNo = 0;
        for (var raw : text.split("\n")) {
            lineNo++;
            var line = stripComment(raw).strip();
            if (line.isEmpty() || line.startsWith("<!--")) {
                continue;
            }
            if (line.startsWith("&")) {
                set = setName(line);
                sets.computeIfAbsent(set, k -> new ArrayList<>());
            } else if (line.startsWith("---")) {
                var m = BLOCK.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException(what + ", line " + lineNo + ": a block header reads '" + line + "'");
                }
                var known = supplement ? blocks.get(m.group(1)) : null;
                block = known != null ? known : new Block(m.group(1), code(m.group(2)), new ArrayList<>());
                blocks.putIfAbsent(block.name(), block);
                set = null;
            } else if (set != null && line.startsWith("+")) {
                sets.get(set).add(line.substring(1).strip().toUpperCase(Locale.ROOT));
            } else if (block == null) {
                throw new IllegalArgumentException(what + ", line " + lineNo + ": '" + line + "' stands before any block");
            } else {
                set = null; // a set inside a block ends where the block's lines go on
                if (supplement && line.startsWith("~")) {
                    // "~ $_*_+ [054]": the block's pattern of that text is taken out (written for one verb of the block)
                    var pattern = line.substring(1).strip();
                    int before = block.rules().size();
                    block.rules().removeIf(r -> r.text().equals(pattern));
                    if (block.rules().size() == before) {
                        throw new IllegalArgumentException(what + ", line " + lineNo + ": block " + block.name() + " has no pattern '" + pattern + "' to take out");
                    }
                    rules -= before - block.rules().size();
                } else if (line.startsWith("-")) {
                    rule(block, line.substring(1).strip());
                } else {
                    verb(block, line, supplement);
                }
            }
        }
    }

    /** The members of a set as word sequences ("SPECIAL_FORCES" → SPECIAL, FORCES), nested sets expanded; a cycle is an error. */
    private List<List<String>> expand(String name, java.util.Set<String> path) {
        if (!path.add(name)) {
            throw new IllegalArgumentException("CAMEO verb dictionary: the synonym set &" + name + " contains itself (&" + String.join(" → &", path) + " → &" + name + ")");
        }
        var out = new ArrayList<List<String>>();
        for (var member : sets.getOrDefault(name, List.of())) {
            if (member.startsWith("&")) {
                out.addAll(expand(setName(member), path));
                continue;
            }
            var words = new ArrayList<String>();
            for (var w : member.split("[ _]+(?=.)")) {
                if (!w.isBlank()) {
                    words.add(w.strip());
                }
            }
            if (member.endsWith("_") && !words.isEmpty() && !words.get(words.size() - 1).endsWith("_")) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "_");
            }
            if (!words.isEmpty()) {
                out.add(List.copyOf(words));
            }
        }
        path.remove(name);
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String setName(String line) {
        var name = line.substring(1).strip().split("\\s+")[0];
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    /** "040", "0110", "040:040" → the first code; "---", "" or none → {@code null}. */
    private static String code(String bracket) {
        if (bracket == null) {
            return null;
        }
        var code = bracket.strip().replace("!", "");
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        if (code.matches("\\d{2}")) {
            return code + "0"; // "[12]": the root's own code
        }
        return code.matches("\\d{3,4}") ? code : null;
    }

    /**
     * A verb of a block: "SAY {SAYS SAID SAYING}", "EXPRESS [0110]", "+GUN_DOWN {+GUNS_DOWN +GUNNED_DOWN} [193]". A
     * supplement's verb leaves any other block it was in (CAMEO lists CONDEMN among the verbs of BLAME, whose indictment
     * patterns are not a condemnation's: the supplement gives it a block of its own).
     */
    private void verb(Block block, String line, boolean supplement) {
        var m = CODE.matcher(line);
        String code = block.code();
        if (m.find()) {
            code = code(m.group(1));
            line = line.substring(0, m.start()) + line.substring(m.end());
        }
        var forms = new ArrayList<String>();
        int brace = line.indexOf('{');
        if (brace >= 0) {
            int close = line.indexOf('}', brace);
            for (var f : line.substring(brace + 1, close < 0 ? line.length() : close).split("\\s+")) {
                if (!f.isBlank()) {
                    forms.add(f);
                }
            }
            line = line.substring(0, brace);
        }
        forms.add(0, line.strip());
        for (var form : forms) {
            // "+GUN_DOWN": the verb and its particle; "RE_+ADMIT": the verb is the word after the plus
            int plus = form.indexOf('+');
            var verbPart = plus > 0 ? form.substring(plus + 1) : form.replace("+", "");
            var words = List.of(verbPart.toLowerCase(Locale.ROOT).split("_"));
            if (words.isEmpty() || words.get(0).isEmpty()) {
                continue;
            }
            var verb = new Verb(words.stream().filter(w -> !w.isEmpty()).toList(), code, block);
            var same = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            if (supplement) {
                same.removeIf(v -> v.words().equals(verb.words()) && v.block() != block);
            }
            same.add(verb);
        }
        verbs++;
    }

    /** "SAID + MUST * POLICY [100]": elements before and after the verb. */
    private void rule(Block block, String line) {
        var m = CODE.matcher(line);
        String code = null;
        String body = line;
        if (m.find()) {
            code = code(m.group(1));
            body = line.substring(0, m.start());
        } else if (!line.contains("[")) {
            return; // a pattern without a code says nothing (a few in the file)
        }
        var before = new ArrayList<String>();
        var after = new ArrayList<String>();
        boolean verbSeen = false;
        boolean targetAtVerb = false;
        for (var word : body.strip().split("\\s+")) {
            targetAtVerb |= word.contains("*_+");
            for (var part : word.split("_", -1)) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.equals("*")) {
                    verbSeen = true;
                } else if (!part.equals("^") && !part.equals("%")) {
                    (verbSeen ? after : before).add(part.toUpperCase(Locale.ROOT));
                }
            }
            if (word.endsWith("_") && !word.equals("_")) {
                var list = verbSeen ? after : before;
                if (!list.isEmpty() && !list.get(list.size() - 1).startsWith("&")) {
                    list.set(list.size() - 1, list.get(list.size() - 1) + "_");
                }
            }
        }
        if (!verbSeen) {
            return;
        }
        block.rules().add(new Rule(List.copyOf(before), List.copyOf(after), code, line, targetAtVerb));
        rules++;
    }

    public int verbCount() {
        return verbs;
    }

    public int ruleCount() {
        return rules;
    }

    /** Whether the dictionary knows a verb with this lemma or word as its first word. */
    public boolean knows(String lemma) {
        return byFirstWord.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the dictionary knows a phrasal verb of these two words ("partner with", "meet with"). */
    public boolean knows(String lemma, String particle) {
        return byFirstWord.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()).stream()
                .anyMatch(v -> v.words().size() == 2 && v.words().get(1).equalsIgnoreCase(particle));
    }

    /**
     * The code of the verb at {@code s.verb()}: the longest phrasal form that the following words complete ("gun down"),
     * then the best pattern of its block, else its own code. {@code null} when the dictionary has no such verb.
     */
    public Coding code(Sentence s) {
        var lemma = s.lemmas().get(s.verb()).toLowerCase(Locale.ROOT);
        var word = s.words().get(s.verb()).toLowerCase(Locale.ROOT);
        var candidates = new ArrayList<Verb>(byFirstWord.getOrDefault(lemma, List.of()));
        if (!word.equals(lemma)) {
            candidates.addAll(byFirstWord.getOrDefault(word, List.of()));
        }
        Verb best = null;
        int bestParticles = -1;
        for (var v : candidates) {
            int particles = particles(v, s);
            if (particles > bestParticles) {
                best = v;
                bestParticles = particles;
            }
        }
        if (best == null) {
            return null;
        }
        Rule chosen = null;
        int weight = -1;
        int target = -1;
        for (var rule : best.block().rules()) {
            int matched = rule.weight() > weight ? matches(rule, s, s.verb() + 1 + bestParticles) : NO_MATCH;
            if (matched != NO_MATCH) {
                chosen = rule;
                weight = rule.weight();
                target = matched;
            }
        }
        var verbName = String.join(" ", best.words());
        return chosen != null ? new Coding(appealed(best, chosen.code(), target), verbName, chosen.text(), bestParticles, target)
                : new Coding(best.code(), verbName, null, bestParticles, -1);
    }

    /**
     * An appeal to someone coded as an intent: the CALLED_FOR block (020) codes "* + TO &NEGOTIATION" and "* + TO
     * JOIN TALKS" as 036, the intent to meet or negotiate, where "We call on Armenia and Azerbaijan to return to
     * negotiations" asks it of them; CAMEO's appeals (02) mirror its intents (03) digit for digit (026 appeal to meet or
     * negotiate, 036 intent to), so a verb of appeal with a target codes the appeal.
     */
    private static String appealed(Verb verb, String code, int target) {
        return target >= 0 && code != null && verb.code() != null && CameoCodes.root(verb.code()) == 2 && CameoCodes.root(code) == 3
                ? "02" + code.substring(2) : code;
    }

    /** How many words after the verb its phrasal form needs ("up" of "step up"), or -1 when they are not there. */
    private static int particles(Verb v, Sentence s) {
        int at = s.verb() + 1;
        for (var w : v.words().subList(1, v.words().size())) {
            while (at < s.clauseEnd() && at < s.verb() + 3 && !equalsWord(w, s, at)) {
                at++;
            }
            if (at >= s.clauseEnd() || !equalsWord(w, s, at)) {
                return -1;
            }
            at++;
        }
        return v.words().size() - 1;
    }

    private static boolean equalsWord(String lower, Sentence s, int at) {
        return s.words().get(at).equalsIgnoreCase(lower) || s.lemmas().get(at).equalsIgnoreCase(lower);
    }

    private static final int NO_MATCH = -2;

    /** Whether the rule matches: {@link #NO_MATCH}, else where its {@code +} stood (-1 when it has none). */
    private int matches(Rule rule, Sentence s, int from) {
        int target = -1;
        int at = Math.max(0, s.verb() - 12);
        for (var e : rule.before()) {
            at = find(e, s, at, s.verb());
            if (at < 0) {
                return NO_MATCH;
            }
            target = e.equals("+") ? at : target;
            at++;
        }
        at = from;
        int end = Math.min(s.clauseEnd(), from + 14);
        for (int k = 0; k < rule.after().size(); k++) {
            var e = rule.after().get(k);
            // "*_+": the target right after the verb
            at = find(e, s, at, k == 0 && rule.targetAtVerb() ? Math.min(end, from + 1) : end);
            if (k > 0 && rule.after().get(k - 1).equals("+") && SECOND_COMPLEMENT.contains(e)) {
                // "+ TO": a complement of the verb or of its target, not a word deeper in another of its phrases
                while (at >= 0 && target >= 0 && !s.complement().test(at, target)) {
                    at = find(e, s, at + 1, end);
                }
            }
            if (at < 0) {
                return NO_MATCH;
            }
            target = e.equals("+") ? at : target;
            at++;
        }
        return target;
    }

    /** The first position in [from, to) where the element stands, or -1. */
    private int find(String element, Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (element.equals("+") || element.equals("$")) {
                if (s.named().test(i)) {
                    return i;
                }
            } else if (element.startsWith("&")) {
                for (var words : members.getOrDefault(element.substring(1).replaceAll("_$", ""), List.of())) {
                    if (sequenceAt(words, s, i, to)) {
                        return i;
                    }
                }
            } else if (wordMatches(element, s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the words stand one after the other from position {@code i} ("SPECIAL FORCES", not "special" alone). */
    private static boolean sequenceAt(List<String> words, Sentence s, int i, int to) {
        if (i + words.size() > Math.max(to, i + 1) || i + words.size() > s.words().size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!wordMatches(words.get(k), s, i + k)) {
                return false;
            }
        }
        return true;
    }

    /** A word ending in _ is only itself; a longer word also matches as a stem ("PROSECUT" → "prosecute"). */
    private static boolean wordMatches(String element, Sentence s, int i) {
        var word = s.words().get(i).toUpperCase(Locale.ROOT);
        var lemma = s.lemmas().get(i).toUpperCase(Locale.ROOT);
        if (element.endsWith("_")) {
            var exact = element.substring(0, element.length() - 1);
            return word.equals(exact) || lemma.equals(exact);
        }
        if (word.equals(element) || lemma.equals(element)) {
            return true;
        }
        return element.length() >= 5 && (word.startsWith(element) || lemma.startsWith(element));
    }
}
