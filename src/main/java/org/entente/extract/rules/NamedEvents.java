package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.extract.gazetteer.Slugs;
import org.entente.extract.mentions.Draft;
import org.entente.extract.mentions.Mention;
import org.entente.facts.Facts;

/**
 * The events an article names in its own words, which no gazetteer lists: "the Ebola outbreak", "Azerbaijan's
 * parliamentary elections", "the attack on the U.S. Embassy in Baghdad", "World Humanitarian Day", "the 2014 coup".
 * A noun phrase whose head is a noun of {@link #HEADS} (an election, an attack, a summit, an outbreak...) names an
 * event when it says which one: a name, a state or a year among its words, or a capitalized head ("Independence
 * Day"). Later "the election", "this attack", "their historic presidential election" (a determiner or a possessive
 * pronoun, no name) refer to the last event named with a head of the same kind before them ({@link #SAME}), and become
 * its aliases; with none named before, a demonstrative ("this coup") names the event the article is about, anything
 * else nothing. The claims of a sentence that names an event are about it.
 *
 * <p>Not a mention in the tokens' stream: the event phrase holds the names it is made of ("Kazakhstan's elections"
 * still names Kazakhstan for the claims), so it is added once the claims are made.
 */
public final class NamedEvents {

    /** Nouns that name something that happened or takes place (their lemma; "Day", "Exercise" only capitalized). */
    static final Set<String> HEADS = Set.of("election", "referendum", "summit", "conference", "forum", "dialogue", "attack",
            "bombing", "shooting", "massacre", "assassination", "coup", "invasion", "annexation", "war", "conflict", "crisis",
            "protest", "demonstration", "uprising", "revolution", "earthquake", "flood", "typhoon", "hurricane", "cyclone",
            "storm", "tsunami", "outbreak", "epidemic", "pandemic", "visit", "trip", "anniversary", "ceremony", "funeral",
            "cremation", "olympics", "inauguration", "genocide", "famine", "explosion", "crash", "hijacking", "shoot-down",
            "wildfire", "talks", "negotiations");
    private static final Set<String> CAPITALIZED_HEADS = Set.of("day", "exercise", "games", "operation", "week");
    /** Words that open a phrase that refers back ("the election", "their historic presidential election"). */
    private static final Set<String> REFERRING = Set.of("the", "this", "that", "these", "those", "its", "their", "our", "his",
            "her", "your", "my");
    /** Prepositions whose object, when it holds a name, says which event: "the invasion of Ukraine", "the attack on ...". */
    private static final Set<String> PLACING = Set.of("of", "in", "on", "against", "to");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    /** Demonstratives that point at an event the reader knows even when none was named ("this coup"). */
    private static final Set<String> DEMONSTRATIVE = Set.of("this", "these");
    /** Words of judgement and time that do not tell one event from another ("the ongoing crisis", "the recent elections"). */
    private static final Set<String> JUDGING = Set.of("ongoing", "recent", "latest", "current", "devastating", "successful",
            "historic", "deadly", "tragic", "horrific", "brutal", "heinous", "senseless", "cowardly", "terrible", "upcoming",
            "continuing", "most", "so-called", "violent", "reprehensible", "despicable", "barbaric", "appalling");
    /** Heads that name the same kind of event, for what refers back: "the crisis in Tigray", then "the conflict in Tigray". */
    private static final Map<String, String> SAME = Map.of("conflict", "crisis", "war", "crisis", "bombing", "attack", "shooting",
            "attack", "negotiations", "talks", "dialogue", "talks", "demonstration", "protest", "epidemic", "outbreak", "pandemic",
            "outbreak");

    /** One event the article names: its id, its name, how the text words it, and where (token ranges). */
    public record Found(String id, String name, Set<String> aliases, List<int[]> spans) {
    }

    private NamedEvents() {
    }

    /** The events the text names, in the order first named; none where a gazetteer mention already covers the head. */
    public static List<Found> find(Text text) {
        var builders = new ArrayList<Builder>();
        var lastByHead = new HashMap<String, Builder>(); // the event named last with a head of the class
        for (var sentence : text.sentences) {
            if (!text.readable(sentence)) {
                continue;
            }
            for (int h = sentence[0]; h < sentence[1]; h++) {
                var head = headLemma(text, h, sentence);
                if (head == null) {
                    continue;
                }
                var kind = SAME.getOrDefault(head, head);
                var known = text.namedAt(h);
                if (known != null) {
                    if (known.entity() != null && known.entity().startsWith("event:") && known.last() == h + 1) {
                        lastByHead.put(kind, Builder.known(known, builders)); // "COVID-19 pandemic", then "the pandemic"
                    }
                    continue;
                }
                int from = start(text, h, sentence);
                var opening = text.tokens.get(from).word().toLowerCase(Locale.ROOT);
                if (opening.equals("a") || opening.equals("an") || text.tokens.get(h).word().toLowerCase(Locale.ROOT).matches("crises|conflicts|wars")) {
                    continue; // "a clear attack on Ukraine's sovereignty", "the economic crises in Lebanon": no one event
                }
                int to = end(text, h, sentence);
                var names = names(text, from, to, h);
                if (names == null && to > h + 1) {
                    to = h + 1; // the phrase after the head named nothing: "the attack on civilians"
                }
                var surface = text.body(from, to);
                var earlier = lastByHead.get(kind);
                var key = key(text, from, to);
                if (names != null) {
                    // "the crisis in Tigray" after "the ongoing crisis in Ethiopia's Tigray region": the same crisis
                    var b = earlier != null && earlier.names.containsAll(names) && !names.isEmpty() ? earlier
                            : builders.stream().filter(x -> x.key.equals(key)).findFirst().orElse(null);
                    if (b == null) {
                        b = new Builder(plain(text, from, to), key, kind, names, builders);
                    }
                    b.add(text, from, to);
                    if (to > h + 1 && names(text, from, h + 1, h) != null) {
                        b.add(text, from, h + 1); // "the Ebola outbreak" of "the Ebola outbreak in Guinea"
                    }
                    lastByHead.put(kind, b);
                } else if (REFERRING.contains(opening) && earlier != null) {
                    earlier.add(text, from, to);
                } else if (DEMONSTRATIVE.contains(opening) && earlier == null) {
                    // "this coup", "this deadly attack in 2005" with none named before: the event the article is about
                    var b = new Builder(plain(text, from, to), key, kind, Set.of(), builders);
                    b.add(text, from, to);
                    lastByHead.put(kind, b);
                }
            }
        }
        var out = new ArrayList<Found>();
        for (var b : builders) {
            if (b.spans.isEmpty()) {
                continue;
            }
            var id = b.known != null ? b.known : "event:" + (b.dated(text.published) ? text.published.substring(0, 4) + "-" : "") + Slugs.nameSlug(b.name);
            out.add(new Found(id, b.name, b.aliases, b.spans));
        }
        return out;
    }

    /**
     * The claims, each about the events named in its sentence besides what it was about (not an event that is one of
     * its parties); their parties stay as they were.
     */
    public static List<Facts.Claim> about(Text text, List<Facts.Claim> claims, List<Found> events) {
        var bySentence = new HashMap<Integer, Set<String>>(); // sentence index -> the events it names
        for (var e : events) {
            for (var span : e.spans()) {
                bySentence.computeIfAbsent(text.sentenceAt(span[0]), k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        var out = new ArrayList<Facts.Claim>(claims.size());
        for (var c : claims) {
            var named = bySentence.get(text.sentenceOf(c.evidence()));
            if (named == null || c.about().containsAll(named)) {
                out.add(c);
                continue;
            }
            var about = new LinkedHashSet<>(c.about());
            named.stream().filter(id -> c.parties().stream().noneMatch(p -> id.equals(p.id()))).forEach(about::add);
            out.add(new Facts.Claim(c.id(), c.kind(), c.parties(), List.copyOf(about), c.topic(), c.summary(), c.date(), c.modality(),
                    c.evidence(), c.attributedTo(), c.confidence(), c.cameo(), c.goldstein()));
        }
        return out;
    }

    /** Enters the events among the article's entities (a known one takes the words the text gives it), with their mentions. */
    public static void enter(Text text, List<Found> events, Map<String, Draft> entities) {
        for (var e : events) {
            var draft = entities.computeIfAbsent(e.id(), k -> new Draft(k, "Event", e.name(), null));
            draft.aliases.addAll(e.aliases());
            for (var span : e.spans()) {
                var first = text.tokens.get(span[0]);
                var last = text.tokens.get(span[1] - 1);
                draft.mentions.add(new Mention(first.sentence(), span[0], span[1], first.begin(), last.end(), text.body(span[0], span[1]),
                        "EVENT", e.id(), null));
            }
        }
    }

    /** The head lemma when token {@code h} ends a noun phrase headed by an event noun, else {@code null}. */
    private static String headLemma(Text text, int h, int[] sentence) {
        var t = text.tokens.get(h);
        if (!t.noun()) {
            return null;
        }
        if (h + 1 < sentence[1] && (text.tokens.get(h + 1).noun() || text.tokens.get(h + 1).word().equals("-"))) {
            return null; // "election observers", "summit meeting": the phrase goes on
        }
        var lemma = t.lemma().toLowerCase(Locale.ROOT);
        var word = t.word().toLowerCase(Locale.ROOT);
        if (HEADS.contains(lemma) || HEADS.contains(word)) {
            return HEADS.contains(lemma) ? lemma : word;
        }
        return CAPITALIZED_HEADS.contains(lemma) && t.capitalized() ? lemma : null;
    }

    /** Where the noun phrase ending at head {@code h} starts: back over determiners, adjectives, nouns, numbers and possessors. */
    private static int start(Text text, int h, int[] sentence) {
        int from = h;
        while (from - 1 >= sentence[0]) {
            var t = text.tokens.get(from - 1);
            var pos = t.pos();
            boolean opening = pos.equals("DT") || pos.equals("PRP$");
            if (pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || t.possessive() || pos.equals("HYPH")
                    || t.word().equals("-") || pos.equals("VBN") && from - 2 >= sentence[0] && text.tokens.get(from - 2).pos().equals("DT")) {
                from--;
            } else if (opening) {
                from--;
                break;
            } else {
                break;
            }
        }
        while (from < h && (text.tokens.get(from).possessive() || text.tokens.get(from).word().equals("-"))) {
            from++;
        }
        return from;
    }

    /**
     * Where the phrase ends: after the head, or after up to two "of/in/on/against/to" phrases that hold a name ("the
     * attack on the U.S. Embassy in Baghdad", "the outbreak of measles in Samoa"); a phrase that names no one ends it.
     */
    private static int end(Text text, int h, int[] sentence) {
        int end = h + 1;
        int at = h + 1;
        boolean named = false;
        for (int phrases = 0; phrases < 2 && at + 1 < sentence[1] && PLACING.contains(text.tokens.get(at).word().toLowerCase(Locale.ROOT)); phrases++) {
            int to = at + 1;
            int last = -1;
            while (to < sentence[1] && to < at + 9) {
                var t = text.tokens.get(to);
                var m = text.namedAt(to);
                if (m != null && !t.pos().startsWith("PRP")) {
                    to = Math.max(to + 1, m.last());
                    last = to;
                    named = true;
                    // after a name only its possessive or a noun of the same phrase ("Ethiopia's Tigray region"), not
                    // a verb the tagger took for a plural noun ("the outbreak in Guinea worries France")
                    if (to < sentence[1] && !text.tokens.get(to).possessive() && !text.tokens.get(to).pos().matches("NNP?")) {
                        break;
                    }
                    continue;
                }
                if (t.pos().equals("DT") && to == at + 1 || t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.possessive()
                        || t.pos().equals("CD") || t.word().equals("-")) {
                    to++;
                    if (t.pos().startsWith("NN") || t.pos().equals("CD")) {
                        last = to;
                    }
                    named |= YEAR.matcher(t.word()).matches(); // "this deadly attack in 2005", "in April 2017"
                    continue;
                }
                break;
            }
            if (last < 0) {
                break;
            }
            at = last;
            if (named) {
                end = last;
            }
        }
        return end;
    }

    /**
     * What in tokens [from, to) says which event, or {@code null} when nothing does: the entities named there (none
     * when a proper noun, a year or a capitalized head says it: "Election Day", "the 2005 attack").
     */
    private static Set<String> names(Text text, int from, int to, int h) {
        var ids = new LinkedHashSet<String>();
        boolean says = text.tokens.get(h).pos().startsWith("NNP") && h > from;
        for (int t = from; t < to; t++) {
            if (t == h) {
                continue;
            }
            var token = text.tokens.get(t);
            var m = text.namedAt(t);
            if (m != null && !token.pos().startsWith("PRP")) { // not "our" visit
                ids.add(m.entity());
                says = true;
            } else if (token.pos().startsWith("NNP") || YEAR.matcher(token.word()).matches()) {
                says = true;
            }
        }
        return says ? ids : null;
    }

    /** The words of tokens [from, to) without the word that opens them and without words of judgement or time. */
    private static String plain(Text text, int from, int to) {
        var out = new StringBuilder();
        int begin = -1;
        for (int t = from; t < to; t++) {
            var token = text.tokens.get(t);
            var word = token.word().toLowerCase(Locale.ROOT);
            if (t == from && REFERRING.contains(word) || JUDGING.contains(word)) {
                if (begin >= 0) {
                    out.append(text.article.body(), begin, text.tokens.get(t - 1).end()).append(' ');
                    begin = -1;
                }
                continue;
            }
            if (begin < 0) {
                begin = token.begin();
            }
        }
        if (begin >= 0) {
            out.append(text.article.body(), begin, text.tokens.get(to - 1).end());
        }
        return out.toString().strip();
    }

    private static String key(Text text, int from, int to) {
        return plain(text, from, to).toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        final String name;
        final String key;
        final String kind;
        final Set<String> names;
        final String known;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<int[]> spans = new ArrayList<>();

        Builder(String name, String key, String kind, Set<String> names, List<Builder> all) {
            this(name, key, kind, names, null, all);
        }

        private Builder(String name, String key, String kind, Set<String> names, String known, List<Builder> all) {
            this.name = name;
            this.kind = kind;
            this.key = key;
            this.names = names;
            this.known = known;
            all.add(this);
        }

        static Builder known(Mention m, List<Builder> all) {
            return all.stream().filter(b -> m.entity().equals(b.known)).findFirst()
                    .orElseGet(() -> new Builder(m.text(), m.text().toLowerCase(Locale.ROOT), null, Set.of(), m.entity(), all));
        }

        /** Words as the text has them, and without words of judgement ("the ongoing crisis": "the crisis"). */
        void add(Text text, int from, int to) {
            var surface = text.body(from, to);
            aliases.add(surface);
            var plain = plain(text, from, to);
            var unopened = REFERRING.contains(text.tokens.get(from).word().toLowerCase(Locale.ROOT)) ? text.body(from + 1, to) : surface;
            if (!plain.isEmpty() && !plain.equals(unopened)) {
                aliases.add(plain);
            }
            spans.add(new int[] {from, to});
        }

        /**
         * Whether the id takes the year the article was published: every event but a conflict (which goes on over
         * years: "Western Sahara conflict") and one whose name holds its year, so that two articles' "Election Day" or
         * "ECOWAS Summit" stay two events.
         */
        boolean dated(String published) {
            return !"crisis".equals(kind) && published != null && published.length() >= 4 && !YEAR.matcher(name).find();
        }
    }
}
