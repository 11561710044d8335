package org.entente.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.extract.cameo.CameoVerbs;
import org.entente.extract.events.EventClaims;
import org.entente.extract.events.Event;
import org.entente.extract.events.EventFinder;
import org.entente.extract.events.Parse;
import org.entente.extract.events.Voices;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.gazetteer.Slugs;
import org.entente.extract.mentions.ActorPhrases;
import org.entente.extract.mentions.Descriptions;
import org.entente.extract.mentions.Draft;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.MentionFinder;
import org.entente.extract.mentions.References;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Successors;
import org.entente.extract.mentions.Tokens;
import org.entente.extract.rules.ClaimRules;
import org.entente.extract.rules.Crises;
import org.entente.extract.rules.NamedEvents;
import org.entente.extract.rules.RelationRules;
import org.entente.extract.rules.Text;
import org.entente.extract.rules.PlaceReferences;
import org.entente.extract.rules.TitleReferences;
import org.entente.extract.text.ArticleCleaner;
import org.entente.extract.text.ArticleText;
import org.entente.facts.Facts;
import org.entente.facts.FactsReader;

/**
 * Article in, Facts out (DESIGN §1): clean the file, run CoreNLP, find and resolve mentions against the gazetteer,
 * then apply the relation and stance rules. A pure function: no database, no files written, safe to call from many
 * threads (the pipeline and gazetteer are shared and read-only).
 */
public final class Extractor {

    /** Article files larger than this are not news articles (a long HTML page is about 1 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern DATE_IN_NAME = Pattern.compile("(19|20)\\d{2}-\\d{2}-\\d{2}");

    /** What the caller knows about the article; each value overrides what the file says, and may be {@code null}. */
    public record Options(String id, String title, String publisher, String url, String published) {

        public static Options none() {
            return new Options(null, null, null, null, null);
        }
    }

    /**
     * The Facts and what led to them: the cleaned text, its tokens, every mention the rules read (named or not) and the
     * referring expressions an analyst would mark ({@link References}: titles, pronouns, places named by what they are).
     */
    public record Extraction(Facts facts, ArticleText article, List<Mention> mentions, List<Mention> references, List<Event> events,
                             int tokens) {

        /** Mentions as [start, end) offsets into the input file, with their category and entity (may be null). */
        public List<Span> spans() {
            return spans(mentions);
        }

        /** Referring expressions as [start, end) offsets into the input file, with their category and entity (may be null). */
        public List<Span> referenceSpans() {
            return spans(references);
        }

        private List<Span> spans(List<Mention> list) {
            return list.stream().map(m -> new Span(article.start(m.begin()), article.end(m.end()), m.category(), m.entity())).toList();
        }
    }

    /** A mention located in the input file. */
    public record Span(int start, int end, String category, String entity) {
    }

    private final Gazetteer gazetteer;
    private final CameoVerbs verbs;
    private final String claimsMode;
    private final ArticleCleaner cleaner = new ArticleCleaner();

    public Extractor() {
        this(Gazetteer.shared());
    }

    /** An extractor that knows what {@code gazetteer} knows, such as actors of the user's ({@link Gazetteer#withActors}). */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, CameoVerbs.shared());
    }

    /**
     * An extractor that codes events with a verb dictionary of its own (PETRARCH's format), such as a test suite's.
     * The cue table, whose codes are those of the default CAMEO dictionary, then stays silent: one sentence, one code
     * system.
     */
    public Extractor(Gazetteer gazetteer, CameoVerbs verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
        this.claimsMode = verbs == CameoVerbs.shared() ? "cues-first" : "events";
    }

    /** Reads an article file, refusing what is no file or too large to be an article before reading it. */
    public static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArticleException(file + ": no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file.toString(), size);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read the file: " + e.getMessage());
        }
    }

    private static ArticleException tooLarge(String name, long bytes) {
        return new ArticleException(name + ": the file has " + bytes / 1024 / 1024 + " MB; an article is at most "
                + MAX_BYTES / 1024 / 1024 + " MB");
    }

    /** Extracts the Facts of one article file; {@code fileName} tells the format (.html, .md, else plain text). */
    public Extraction extract(String fileName, byte[] bytes, Options options) {
        var input = decode(fileName, bytes);
        var article = cleaner.clean(fileName, input);
        var meta = article.meta();
        var published = first(options.published(), meta.published(), dateIn(fileName));
        if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new ArticleException(fileName + ": the publication date '" + published + "' is not a day of the form yyyy-MM-dd");
        }
        var id = first(options.id(), sourceId(fileName));
        if (id.isEmpty()) {
            throw new ArticleException(fileName + ": cannot make a source id from the file name; give one");
        }
        var source = new Facts.Source(id, first(options.title(), meta.title(), baseName(fileName)), first(options.publisher(), meta.publisher()),
                first(options.url(), meta.url()), published, fileName, FactsReader.sha256(bytes), input);
        if (article.body().isBlank()) {
            return new Extraction(new Facts(source, List.of(), List.of(), List.of()), article, List.of(), List.of(), List.of(), 0);
        }
        // the source notes between sentences are no part of them ("(U.N. Document S/5030) Adlai Stevenson … criticized")
        var doc = Nlp.annotate(org.entente.extract.text.Citations.blanked(article.body()), published);
        var tokens = Tokens.of(doc, gazetteer);
        var resolved = new Resolver(gazetteer, published).resolve(new MentionFinder(gazetteer).find(tokens, article.body()));
        var mentions = new ArrayList<>(resolved.mentions());
        Successors.find(tokens, article.body(), gazetteer, published, resolved, mentions);
        ActorPhrases.find(tokens, article.body(), gazetteer, mentions);
        mentions.sort(Comparator.comparingInt(Mention::first));
        Descriptions.resolve(mentions, gazetteer, resolved.entities());
        Descriptions.treaties(tokens, article.body(), mentions, resolved.entities());
        var text = new Text(article, doc, tokens, mentions, published);
        var relationRules = new RelationRules(gazetteer, text, resolved);
        var relationships = new ArrayList<>(relationRules.find());
        TitleReferences.resolve(text, resolved, relationships.stream().filter(r -> !relationRules.describes(r)).toList());
        PlaceReferences.resolve(text, resolved);
        // "she raised our concerns": "he" and "she" are mentions of the person who leads the talk, for both claim layers
        text.mentions.addAll(References.personPronouns(tokens, article.body(), mentions));
        text.mentions.sort(Comparator.comparingInt(Mention::first));
        var parse = Parse.of(doc, tokens);
        relationships.addAll(Voices.find(text, parse, gazetteer, resolved, source.publisher()));
        // the event stage first: the talks it finds tell both layers who "the two sides" are (Text.sides)
        var finder = new EventFinder(text, parse, verbs, gazetteer, resolved, source.publisher());
        var events = finder.find();
        // the cue table sees the publisher's own "we" and "our" (not a quoted speaker's) as the state it speaks for
        // ("Our support for Ukraine's sovereignty": the United States' support, not an agreement between Ukraine and
        // Russia, named further on)
        var publisher = EventFinder.publisherState(gazetteer, source.publisher());
        var publisherWe = publisher == null ? List.<Mention>of() : finder.speakerMentions().getOrDefault(publisher, List.of());
        text.mentions.addAll(publisherWe);
        text.mentions.sort(Comparator.comparingInt(Mention::first));
        // a cue under a refusal or in what an appeal asks for names what has not happened: the parse speaks there; a
        // cue or a name in what is discussed is the topic of talks
        // ("President Biden will sign an Executive Order" signs no agreement: the cue "sign" is silent there, as "fight"
        // is in "are fighting drought")
        var voices = relationships.stream().filter(r -> !relationRules.describes(r)).toList();
        var evented = EventClaims.of(text, events);
        var parsed = evented.stream().mapToInt(c -> text.sentenceOf(c.evidence())).boxed().collect(Collectors.toSet());
        var cued = new ClaimRules(gazetteer, text, resolved, voices, t -> finder.deniedAbove(t) || finder.appealedAbove(t),
                t -> finder.discussedAbove(t) || finder.signsAnActOfItsOwn(t) || finder.fightsAnIll(t),
                s -> parsed.contains(s) || finder.coded(s)).find();
        // where the parse finds the publisher's "we" acting, or those at the meeting just reported ("They discussed …",
        // "The group noted …"), the parse speaks for the sentence: the cue table sees neither
        var acting = spokenBy(evented, e -> publisher != null && e.parties().get(0).id().equals(publisher), at(article, publisherWe));
        // (unless the cue table found them too: "The presidents announced that the two sides will pursue a deal")
        acting.addAll(spokenBy(evented, e -> e.parties().size() >= 2 && !foundToo(cued, e), at(article, finder.meetingMentions())));
        var merged = ClaimsMerge.merge(cued, evented, System.getProperty("entente.claims", claimsMode), acting);
        var claims = ClaimsMerge.distinct(addressed(Crises.about(text, ClaimsMerge.embed(merged, EventClaims.of(text, finder.embedded()))), text));
        // the events the article names in its own words ("the Ebola outbreak", "Azerbaijan's parliamentary elections")
        var named = NamedEvents.find(text);
        claims = NamedEvents.about(text, claims, named);
        NamedEvents.enter(text, named, resolved.entities());
        // an unnamed group that acts on its own ("militiamen", "coalition forces") is an entity of the article
        finder.groups().forEach(resolved.entities()::putIfAbsent);
        // "we" and "our" are mentions of whoever speaks there, also a state the text never names (an official publisher)
        finder.speakerMentions().forEach((speaker, spoken) -> {
            var draft = resolved.entities().computeIfAbsent(speaker, k -> gazetteer.byId(k).map(Draft::of).orElse(null));
            if (draft != null) {
                draft.mentions.addAll(spoken);
            }
        });
        relationships.addAll(relationRules.met(claims));
        declare(claims, relationships, resolved);
        var references = References.of(tokens, article.body(), mentions);
        var entities = resolved.entities().values().stream().map(d -> entity(d, article, references)).toList();
        var found = new ArrayList<>(events);
        found.addAll(finder.embedded());
        return new Extraction(new Facts(source, entities, relationships, claims), article, mentions, references, found, tokens.size());
    }

    /**
     * A welcome or an appeal that names no one it is addressed to is addressed to those the same speaker addressed in
     * the sentence before, in the same paragraph ("… strong support for the efforts of UNITAMS, the AU and IGAD … We
     * welcome the outreach and progress made to date": to the three). Only a one-party statement of CAMEO 02 (appeal) or
     * 05 (praise, welcome) takes them, from a statement of the same actor with targets.
     */
    static List<Facts.Claim> addressed(List<Facts.Claim> claims, Text text) {
        // the sentence of each claim (-1 without evidence)
        var sentenceOf = claims.stream().mapToInt(c -> text.sentenceOf(c.evidence())).toArray();
        var out = new ArrayList<Facts.Claim>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            var c = claims.get(i);
            int s = sentenceOf[i];
            if (s > 0 && c.kind().equals("STATEMENT") && c.parties().size() == 1 && c.cameo() != null
                    && (c.cameo().startsWith("02") || c.cameo().startsWith("05")) && !paragraphBreak(text, s)
                    && namesOnly(text, s, c.parties().get(0).id())) {
                var actor = c.parties().get(0).id();
                var before = java.util.stream.IntStream.range(0, claims.size()).filter(j -> sentenceOf[j] == s - 1).mapToObj(claims::get)
                        .filter(p -> p.kind().equals("STATEMENT") && p.parties().size() >= 2
                                && p.parties().get(0).id().equals(actor) && "actor".equals(p.parties().get(0).role()))
                        .findFirst();
                if (before.isPresent()) {
                    var parties = new ArrayList<Facts.Party>();
                    parties.add(new Facts.Party(actor, c.parties().get(0).side(), "actor"));
                    before.get().parties().stream().filter(p -> "target".equals(p.role()) && !c.about().contains(p.id())).forEach(parties::add);
                    if (parties.size() >= 2) {
                        out.add(new Facts.Claim(c.id(), c.kind(), parties, c.about(), c.topic(), c.summary(), c.date(), c.modality(),
                                c.evidence(), c.attributedTo(), c.confidence(), c.cameo(), c.goldstein()));
                        continue;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Whether sentence {@code s} names no one but {@code actor} and those who act for it ("We", "Secretary Blinken"). */
    private static boolean namesOnly(Text text, int s, String actor) {
        int[] sentence = text.sentences.get(s);
        return text.mentionsIn(sentence[0], sentence[1]).stream().allMatch(m -> m.entity() == null || m.entity().equals(actor)
                || actor.equals(text.affiliations.get(m.entity())));
    }

    /** Whether a paragraph ends before sentence {@code s}. */
    private static boolean paragraphBreak(Text text, int s) {
        var body = text.article.body();
        int end = text.tokens.get(text.sentences.get(s - 1)[1] - 1).end();
        int begin = text.tokens.get(text.sentences.get(s)[0]).begin();
        return body.substring(end, begin).contains("\n\n") || text.heading(text.sentences.get(s - 1));
    }

    /** Whether a claim of the cue table in the sentence of {@code e} names all of its parties. */
    private static boolean foundToo(List<Facts.Claim> cued, Facts.Claim e) {
        return cued.stream().anyMatch(c -> c.evidence().start().equals(e.evidence().start()) && ClaimsMerge.ids(c).containsAll(ClaimsMerge.ids(e)));
    }

    /** Where each mention starts in the input (a mention's offsets are the cleaned body's). */
    private static List<Integer> at(ArticleText article, List<Mention> mentions) {
        return mentions.stream().map(m -> article.start(m.begin())).toList();
    }

    /**
     * The sentences (by the start of their evidence) where the parse finds someone acting through words the cue table
     * cannot read ({@code words}: the speaker's "We strongly condemn …", "They discussed …"): an event claim that
     * {@code acts} holds for, in the sentence of one of the words ({@code words}: where they start in the input, as
     * evidence is given).
     */
    static Set<Integer> spokenBy(List<Facts.Claim> evented, java.util.function.Predicate<Facts.Claim> acts, List<Integer> words) {
        var out = new java.util.HashSet<Integer>();
        for (var e : evented) {
            if (!e.parties().isEmpty() && acts.test(e) && e.evidence() != null
                    && e.evidence().start() != null
                    && words.stream().anyMatch(at -> at >= e.evidence().start() && at < e.evidence().end())) {
                out.add(e.evidence().start());
            }
        }
        return out;
    }

    /**
     * Every entity a claim or relationship names is declared: a state that acts only through its leader ("Obama and
     * Medvedev agreed") comes from the gazetteer, without mentions; a fact naming an id nobody knows is dropped.
     */
    private void declare(List<Facts.Claim> claims, List<Facts.Relationship> relationships, Resolver.Result resolved) {
        var drafts = resolved.entities();
        java.util.function.Predicate<String> knowable = id -> drafts.containsKey(id) || gazetteer.byId(id).isPresent();
        claims.removeIf(c -> !c.parties().stream().allMatch(p -> knowable.test(p.id())) || !c.about().stream().allMatch(knowable)
                || (c.attributedTo() != null && !knowable.test(c.attributedTo())));
        // nothing the validator refuses: a relationship between kinds its type does not join ("Calenardhon leader
        // Calimehtar", Calenardhon a place no gazetteer knows), or one found twice (two sentences of one meeting)
        java.util.function.Function<String, String> kind = id -> drafts.containsKey(id) ? drafts.get(id).kind
                : gazetteer.byId(id).orElseThrow().kind();
        var seen = new java.util.HashSet<String>();
        relationships.removeIf(r -> !knowable.test(r.from()) || !knowable.test(r.to())
                || !Facts.Relationship.joins(r.type(), kind.apply(r.from()), kind.apply(r.to())) || !seen.add(r.identity()));
        var named = new java.util.LinkedHashSet<String>();
        claims.forEach(c -> {
            c.parties().forEach(p -> named.add(p.id()));
            named.addAll(c.about());
        });
        relationships.forEach(r -> {
            named.add(r.from());
            named.add(r.to());
        });
        for (var id : named) {
            if (!drafts.containsKey(id)) {
                var entry = gazetteer.byId(id).orElseThrow();
                drafts.put(id, Draft.of(entry));
            }
        }
    }

    /**
     * An entity with its mentions: where the article names it, as the referring expression that does so when there is
     * one ("Defense Secretary Ash Carter" rather than "Ash Carter"), and the pronouns that stand for it.
     */
    private static Facts.Entity entity(Draft draft, ArticleText article, List<Mention> references) {
        var spans = new java.util.TreeMap<Integer, Mention>();
        var own = references.stream().filter(r -> draft.id.equals(r.entity())).toList();
        for (var m : draft.mentions) {
            var wider = own.stream().filter(r -> r.begin() <= m.begin() && m.end() <= r.end()).findFirst().orElse(m);
            spans.putIfAbsent(wider.begin(), wider);
        }
        for (var r : own) {
            if (spans.values().stream().noneMatch(m -> m.begin() < r.end() && r.begin() < m.end())) {
                spans.put(r.begin(), r);
            }
        }
        var mentions = spans.values().stream().map(m -> {
            int start = article.start(m.begin());
            int end = article.end(m.end());
            return new Facts.Mention(start, end, article.input().substring(start, end));
        }).toList();
        return new Facts.Entity(draft.id, draft.kind, draft.name, draft.aliasList(), draft.properties, mentions);
    }

    private static String decode(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName, bytes.length);
        }
        var text = FactsReader.decodeUtf8(bytes);
        if (text == null) {
            throw new ArticleException(fileName + ": the file is not UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleException(fileName + ": the file is binary, not an article (.txt, .html or .md)");
        }
        if (text.isBlank()) {
            throw new ArticleException(fileName + ": the file is empty");
        }
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

    /** The source id of an article file: its name without the extension, as a slug. */
    public static String sourceId(String fileName) {
        return Slugs.slug(baseName(fileName));
    }

    private static String baseName(String fileName) {
        var name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String dateIn(String fileName) {
        var m = DATE_IN_NAME.matcher(baseName(fileName));
        return m.find() ? m.group() : null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (var v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
