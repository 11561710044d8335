package org.entente.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.extract.cameo.CameoCodes;
import org.entente.extract.cameo.CameoVerbs;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;
import org.entente.extract.rules.Actors;
import org.entente.extract.rules.Dates;
import org.entente.extract.rules.Text;

/**
 * Events from the grammar of each sentence: a verb the CAMEO dictionary codes, its subject as the actor (the agent of
 * a passive; conjuncts "Gondor and Arnor" both; "Arnor's foreign minister" and "the representative of Arnor" stand for
 * Arnor; "we" and "my delegation" for whoever speaks), its object or prepositional object as the target. Two names in
 * one sentence are never enough: an entity becomes a party only through a grammatical role of the event verb.
 *
 * <p>How the event is put comes from the parse as well: negation makes it DENIED, and a refused or negated cooperation
 * ("we do not accept Japan's protests") a rejection (CAMEO 120); "will", or an infinitive under "plan", "intend"
 * …, makes it PLANNED; the complement of a reporting verb is REPORTED and attributed to the reporter. Conditionals
 * ("if Russia attacks"), hypotheticals ("could", "might") and questions assert nothing and give no event.
 */
public final class EventFinder {

    /** Nouns of worry: a concern about a state's conduct is disapproval of that state. */
    private static final Set<String> CONCERNS = Set.of("concern", "worry", "alarm", "disquiet", "unease");
    /** Words of a speaker's worry ("We are deeply concerned by …"): a comment, or disapproval of a state's conduct. */
    private static final Set<String> WORRIED = Set.of("concerned", "alarmed", "troubled", "worried", "disturbed", "dismayed", "appalled",
            // CAMEO's DISMAY set (110), whose "&TOBEVERB *" pattern makes the one who "is disappointed" the one who disapproves
            "disappointed", "saddened", "disheartened", "discouraged", "frustrated", "outraged", "angered", "shocked");
    /** Words of a speaker's approval, whose subject feels it: "we are encouraged by", "pleased with". */
    private static final Set<String> PLEASED = Set.of("encouraged", "heartened", "pleased", "delighted", "gratified", "reassured");
    /** Adjectives of thanks, CAMEO's THANK (051) said as a feeling: "We are grateful to Norway for hosting the talks". */
    private static final Set<String> GRATEFUL = Set.of("grateful", "thankful", "appreciative");
    /** "take into account", "take part", "take note", "the leadership role they took": "take" that seizes nothing. */
    private static final Set<String> TAKE_IDIOMS = Set.of("into", "part", "note", "place", "step", "measure", "stock", "care", "action",
            "account", "advantage", "responsibility", "role", "lead", "initiative", "position", "stand", "look");
    /** Verbs whose subject is what happens to it: "twelve villagers died". */
    private static final Set<String> UNACCUSATIVE = Set.of("die", "perish", "drown", "starve");
    /** Prepositions that introduce the other side of an event ("met with", "fought against", "appealed to"). */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "to", "toward", "towards", "on", "upon", "at",
            "into");
    private static final Set<String> SPEAKER_NOUNS = Set.of("delegation", "government", "country", "administration", "nation",
            "state", "people");
    /** Sectors of groups that are actors by what they are (armed, police, opposition), named as such wherever they are named. */
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "UAF", "MIL", "RAD", "OPP", "COP", "SPY");
    /** CAMEO agent sectors of groups that act on their own: the armed ones, and civilians and refugees where they take part. */
    private static final Set<String> GROUP_SECTORS = java.util.stream.Stream.concat(ARMED_SECTORS.stream(), java.util.stream.Stream.of("CVL", "REF"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Nouns that, as "all parties" or "the parties", name whoever the text is about ({@link #allParties}). */
    private static final Set<String> PARTIES = Set.of("party", "side", "stakeholder");
    /** Nouns for a state's government, which the text may name without the state ("the transition government"). */
    private static final Set<String> GOVERNMENTS = Set.of("government", "authority", "authorities", "regime", "junta", "administration");
    /**
     * A state's forces named without the state, beside "security forces" ({@link #governmentOf}): "the police". ("The
     * military" is the armed forces named before it, {@link org.entente.extract.mentions.Descriptions}.)
     */
    private static final Set<String> FORCES = Set.of("police");
    /** Whom a state's possessive ("its", "their") names as the state itself: its governments, leaders, officials, people. */
    private static final Set<String> ORGANS = java.util.stream.Stream.concat(GOVERNMENTS.stream(),
            Set.of("leader", "leadership", "official", "people", "citizen", "president", "parliament", "institution").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Verbs that only carry an event noun, their object, and lend it their subject ("continue assistance to", "launched
     * an offensive on", "imposed restrictions on"); where the dictionary has no pattern of its own for the verb and the
     * noun, the noun's code is the event's.
     */
    private static final Set<String> SUPPORT_VERBS = Set.of("continue", "provide", "give", "offer", "extend", "deliver", "maintain",
            "launch", "conduct", "resume", "increase", "expand", "step", "intensify", "renew", "keep",
            "impose", "reimpose", "levy", "announce", "introduce", "adopt", "enact", "place", "tighten");
    /** Who does what an event noun names: its possessor, a name or demonym before it, its "by" or "from". */
    private static final Set<String> NOUN_AGENT_RELATIONS = Set.of("nmod:poss", "compound", "amod");
    private static final Set<String> NOUN_AGENT_PREPOSITIONS = Set.of("by", "agent", "from");
    /** Nouns of talks, the object of a support verb ("held talks with"), and their CAMEO codes. */
    private static final java.util.Map<String, String> TALKS = java.util.Map.of("talk", "046", "negotiation", "046", "discussion", "040",
            "consultation", "040", "meeting", "040", "dialogue", "040");
    /** Nouns that, with "two" or "both", name the two sides of the talks ("the two sides", "both delegations"). */
    private static final Set<String> PAIR_NOUNS = Set.of("side", "team", "delegation", "leader", "country", "government", "nation",
            "president", "minister", "party", "counterpart");
    /** Kinds of entity that act: states, persons, organizations and groups (entity id prefixes). */
    private static final Set<String> ACTING = Set.of("country:", "person:", "org:", "group:");
    /** Verbs of an act weighed or prepared, not yet done, whose subject intends the noun's act ("considering aid for"). */
    private static final Set<String> WEIGHING = Set.of("consider", "prepare", "plan", "weigh", "contemplate");
    /** Nouns of whoever gives what an aid noun names: "the largest donor of humanitarian assistance to Yemen". */
    private static final Set<String> GIVERS = Set.of("donor", "provider", "contributor", "supplier");
    /** Verbs of a state's deeds against those it rules, said in the passive ("journalists were detained in Belarus"). */
    private static final Set<String> RIGHTS_DONE = Set.of("detain", "arrest", "imprison", "jail", "torture", "harass",
            "persecute", "deport", "intimidate", "prosecute", "sentence", "convict", "censor");
    /**
     * What is held when a meeting, a vote or a ceremony is: the dictionary files HOLD under CONFINE (170), which
     * "elections were held in Kenya" and "the talks were held in Washington" are not (lemmas of the held noun).
     */
    private static final Set<String> CONVENED = Set.of("talk", "meeting", "election", "referendum", "vote", "poll",
            "summit", "conference", "session", "consultation", "negotiation", "dialogue", "forum", "ceremony", "exercise",
            "drill", "rally", "hearing", "funeral", "discussion", "event", "celebration", "festival", "parade", "debate",
            "briefing", "round", "seminar", "workshop", "inauguration", "congress", "convention", "assembly");
    /** Nouns of what is said to have happened, which a concern looks through ("concerned by reports of arrests"). */
    private static final Set<String> REPORTS = Set.of("report", "allegation", "account", "claim", "evidence", "news");
    /** Nouns of a state's abuse of those it rules ("abuses in Xinjiang"), whose place names who answers for them. */
    private static final Set<String> RIGHTS_CONDUCT = Set.of("abuse", "violation", "repression", "crackdown", "persecution",
            "atrocity", "detention", "arrest", "imprisonment", "jailing", "harassment", "intimidation", "restriction", "censorship",
            "prosecution", "conviction", "sentencing", "torture", "suppression", "deportation", "expulsion");
    /** Nouns that, said of a state's conduct, accuse it ("Russia's actions constitute a flagrant violation of …"). */
    private static final Set<String> ACCUSING = Set.of("violation", "breach", "disrespect", "rejection", "affront", "contravention",
            "infringement", "disregard", "flouting", "assault", "abrogation");
    /**
     * Words of disapproval a speaker says of conduct (CAMEO 111): "unacceptable", "irresponsible", "unjustified"; not
     * words that only describe ("brutal", "dangerous", "violent").
     */
    private static final Set<String> DISAPPROVING = Set.of("unacceptable", "regrettable", "deplorable", "reprehensible",
            "irresponsible", "reckless", "outrageous", "counterproductive", "provocative", "inexcusable", "intolerable",
            "unjustifiable", "unjustified", "unprovoked", "shameful", "appalling", "abhorrent", "egregious", "indefensible",
            "unconscionable", "cynical", "heinous", "despicable", "cowardly");
    /** Nouns that name an act by what it is, not what was done: "this decision", "such steps", "these actions". */
    private static final Set<String> ACTS = Set.of("decision", "step", "action", "move", "measure", "behavior", "behaviour",
            "conduct", "act", "announcement");
    /**
     * Ills fought that are no one's side: "combat terrorism in Somalia", "Kenya and Somalia are fighting drought", "fight
     * corruption" are no conflict with anyone (CAMEO's own "* WITH CORRUPTION [---]", "* CROSS-BORDER &CRIME [---]").
     */
    private static final Set<String> ILLS = Set.of("corruption", "terrorism", "extremism", "radicalization", "radicalisation",
            "poverty", "hunger", "famine", "drought", "disease", "pandemic", "epidemic", "outbreak", "malaria", "tuberculosis",
            "polio", "hiv", "aids", "ebola", "covid-19", "covid", "coronavirus", "cancer", "virus", "crime", "impunity",
            "trafficking", "smuggling", "laundering", "fraud", "narcotics", "disinformation", "misinformation", "propaganda",
            "fire", "wildfire", "flood", "locust", "inflation", "unemployment", "discrimination", "racism", "antisemitism",
            "xenophobia", "intolerance", "hate", "illiteracy", "inequality", "injustice", "pollution", "deforestation",
            "desertification", "change");
    /** Offices whose designations are sanctions: the Treasury and its Office of Foreign Assets Control. */
    private static final Set<String> SANCTIONERS = Set.of("org:ofac", "org:us-treasury");
    /** The kinds of the gazetteer's events whose participants it lists attacker first (events.yaml). */
    private static final Set<String> NAMED_DEEDS = Set.of("attack", "invasion", "annexation");
    /** Words of approval whose denial disapproves ("Russia's actions are not acceptable", "is not justified"). */
    private static final Set<String> APPROVING = Set.of("acceptable", "justified", "justifiable", "legitimate", "tolerable",
            "defensible", "excusable");
    /** Verbs by which someone says what a thing is ("called the measures regrettable", "considers the decision unacceptable"). */
    private static final Set<String> CALLING = Set.of("call", "consider", "find", "deem", "describe", "label", "term");
    /** Verbs that only say what a thing is ("constitutes", "represents", "amounts to"), and nouns that only say of what kind. */
    private static final Set<String> COPULAR = Set.of("constitute", "represent", "amount");
    private static final Set<String> INSTANCES = Set.of("example", "case", "instance", "sign", "demonstration", "reminder");
    /** What a state owes by its own word, whose breach is that state's ("a rejection of Russia's commitments"). */
    private static final Set<String> COMMITMENTS = Set.of("commitment", "obligation", "pledge", "promise", "undertaking");
    /** How many sentences after a meeting is reported "they" and "the delegations" still name those at it. */
    private static final int MEETING_REACH = 4;
    /** What a government signs on its own: an order, a law, a decree (not a treaty, an agreement, a memorandum). */
    private static final Set<String> OWN_ACTS = Set.of("order", "law", "decree", "bill", "proclamation", "directive", "ordinance");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    /** CAMEO roots of what is said rather than done: statements, appeals, intents, praise, demands, disapproval, rejections, threats. */
    private static final Set<Integer> VERBAL_ROOTS = Set.of(1, 2, 3, 5, 10, 11, 12, 13);
    /**
     * Words of commitment whose complement is the act intended ("pledged to provide aid", "stands ready to assist",
     * "remains committed to supporting"): CAMEO's intents (03) and threats (13).
     */
    private static final Set<String> COMMITTING = Set.of("commit", "committed", "pledge", "vow", "promise", "ready", "willing",
            "prepared", "prepare", "determined", "determine", "offer", "intend", "undertake");
    /**
     * Verbs of expectation: "We trust the transition government of Mali will turn its attention to …", "We expect the
     * Taliban to honor their commitments", "We hope Armenia and Azerbaijan will resume talks" ask it of whom the
     * expected act names: an appeal (CAMEO 020) to them, and the act has not happened.
     */
    private static final Set<String> EXPECTING = Set.of("trust", "expect", "hope");
    /** Deeds that the event nouns do not list, whose "against", "on" or "upon" is whom they were done to. */
    private static final Set<String> DEEDS = Set.of("violence", "abuse", "atrocity", "crime", "brutality");
    private static final Set<String> DEED_PREPOSITIONS = Set.of("against", "on", "upon");
    /** Nouns of what someone said, whose "of" is who said it: "the accusations of the Russian delegate". */
    private static final Set<String> SPOKEN = Set.of("accusation", "allegation", "claim", "charge", "assertion", "statement",
            "remark", "comment", "proposal", "demand", "threat", "ultimatum", "offer", "denial", "rhetoric", "lie", "narrative");
    /** Modal auxiliaries of obligation: "Russia must withdraw", "Iran should stop". */
    private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
    /** Adjectives that make "it is … that" a demand: "It is imperative that Libya continue …". */
    private static final Set<String> NEEDFUL = Set.of("imperative", "essential", "vital", "critical", "crucial", "necessary",
            "urgent");
    /**
     * Verbs of talks whose object is what is talked about ("discussed Russia's aggression"), not whom one talks with
     * ("met Medvedev", "consulted allies").
     */
    private static final Set<String> DISCUSSING = Set.of("discuss", "review", "debate", "examine", "explore", "consider");
    /** Prepositions that make what follows a verb of talks its topic: "talked about", "consulted regarding". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("obl:about", "obl:regarding", "obl:concerning");
    /** Verbs whose object is whom one speaks to: "told reporters", "briefed the Council", "assured allies". */
    private static final Set<String> AUDIENCE_VERBS = Set.of("tell", "brief", "inform", "assure", "remind", "address", "update");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "myself", "ourselves");
    /** The first person plural: an institution speaking ("we call on", "our concerns"). */
    private static final Set<String> WE = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> I = Set.of("i", "me", "myself");

    private final Text text;
    private final Parse parse;
    private final Clauses clauses;
    private final NounPhrases nouns;
    private final CameoVerbs verbs;
    private final Gazetteer gazetteer;
    private final Resolver.Result resolved;
    private final java.util.Map<String, org.entente.extract.mentions.Draft> groups = new java.util.LinkedHashMap<>();
    private final Set<String> parties = new java.util.HashSet<>();
    private final java.util.Map<String, List<Mention>> spoken = new java.util.LinkedHashMap<>();
    /** The words that name those at the last meeting ({@link #participants}), by token. */
    private final java.util.Map<Integer, Mention> meetingWords = new java.util.TreeMap<>();
    private final java.util.Map<String, String> sectors = new java.util.HashMap<>();
    private final List<Event> embedded = new ArrayList<>();
    /** The events of the verbs of the sentences read so far; what {@link #find()} returns. */
    private final List<Event> events = new ArrayList<>();
    /** The verbs the dictionary codes as appeals (CAMEO 02: "urged", "called on"), by token. */
    private final Set<Integer> appeals = new java.util.HashSet<>();
    /** The verbs the dictionary codes as disapproval or rejection (CAMEO 11, 12), known once {@link #find()} has run. */
    private final Set<Integer> disapprovals = new java.util.HashSet<>();
    /** The sentences (by index) where some verb matched a pattern of the dictionary ({@link #coded(int)}). */
    private final Set<Integer> codedSentences = new java.util.HashSet<>();
    /** Acts that a verb of expectation asks for ({@link #EXPECTING}): no event of their own, what an appeal asks. */
    private final Set<Integer> expected = new java.util.HashSet<>();
    /** Verbs the dictionary codes as consultation (CAMEO 04: discuss, meet, consult). */
    private final Set<Integer> consulting = new java.util.HashSet<>();
    private String lastSpeaker;
    /** The sides of the last meeting or consultation that named two or more, and the sentence that reported it. */
    private Set<String> lastMeeting = Set.of();
    private int lastMeetingSentence = -1;
    /** The state of the text's publisher, who speaks where no one else is quoted ({@link #publisherState}). */
    private final String publisherSpeaker;
    /** The persons the text's salutations name ({@link #salutations}), found on first need. */
    private List<Mention> salutations;
    private String lastPerson;
    private int lastPersonSentence;
    private String body;

    public EventFinder(Text text, Parse parse, CameoVerbs verbs, Gazetteer gazetteer, Resolver.Result resolved) {
        this(text, parse, verbs, gazetteer, resolved, null);
    }

    /**
     * @param publisher who publishes the text; when that is a government body the gazetteer knows ("U.S. Department of
     *                  State", "the Kremlin"), its state speaks for "we" until the text names another speaker
     */
    public EventFinder(Text text, Parse parse, CameoVerbs verbs, Gazetteer gazetteer, Resolver.Result resolved, String publisher) {
        this.lastSpeaker = publisherState(gazetteer, publisher);
        this.publisherSpeaker = lastSpeaker;
        this.text = text;
        this.parse = parse;
        this.clauses = new Clauses(text, parse);
        this.nouns = new NounPhrases(text, parse, t -> entityAt(t) != null);
        this.verbs = verbs;
        this.gazetteer = gazetteer;
        this.resolved = resolved;
    }

    /** A state's mission abroad: "United States Mission to the United Nations", "Permanent Mission of France to …". */
    private static final java.util.regex.Pattern MISSION = java.util.regex.Pattern.compile(
            "(?i)^(?:the\\s+)?(?:(?:permanent\\s+)?(?:mission|embassy|delegation|consulate(?:\\s+general)?)\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s+(?:to|in|at)\\s.*)?"
            + "|(.+?)\\s+(?:permanent\\s+)?(?:mission|embassy|delegation|consulate(?:\\s+general)?)(?:\\s.*)?)$");

    /**
     * The state an official publisher speaks for: a country, a government body of one, or a state's mission or embassy
     * ("United States Mission to the United Nations"); else {@code null}.
     */
    public static String publisherState(Gazetteer gazetteer, String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return null;
        }
        var state = bodyState(gazetteer, publisher);
        if (state != null) {
            return state;
        }
        var mission = MISSION.matcher(publisher.strip());
        return mission.matches() ? bodyState(gazetteer, mission.group(1) != null ? mission.group(1) : mission.group(2)) : null;
    }

    private static String bodyState(Gazetteer gazetteer, String publisher) {
        for (var hit : gazetteer.lookup(Gazetteer.key(publisher))) {
            var entry = hit.entry();
            if (entry.kind().equals("Country")) {
                return entry.id();
            }
            if (entry.kind().equals("Organization") && "government body".equals(entry.properties().get("orgType"))
                    && entry.link("country") != null) {
                return "country:" + entry.link("country").toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Whether some verb of sentence {@code s} (its index) matched a pattern of the verb dictionary, whatever became of
     * the event (dropped as a question's, a musing's, an appeal's): the claim back-off codes only sentences no pattern
     * matched ("Iran should not accept the American proposal" is the dictionary's to read, and it reads no claim).
     * Known once {@link #find()} has run.
     */
    public boolean coded(int s) {
        return codedSentences.contains(s);
    }

    public List<Event> find() {
        // unnamed groups first, wherever the text names them, so that an actor and a later mention are one entity
        for (var m : List.copyOf(text.mentions)) {
            if (m.entity() == null && m.category().equals("ORGANIZATION")
                    && text.mentionsIn(m.first(), m.last()).stream().noneMatch(inner -> inner.entity() != null)) {
                group(m.last() - 1);
            }
        }
        for (int s = 0; s < text.sentences.size(); s++) {
            var sentence = text.sentences.get(s);
            if (!adoptingBody(sentence) && !opensWithVerb(sentence)) {
                body = null; // prose again: the resolution's clauses have ended
            }
            if (!text.readable(sentence) || sentence[1] - sentence[0] < 3) {
                continue;
            }
            var speaker = speaker(sentence);
            if (speaker != null && !(publisherSpeaker != null && speaker.startsWith("org:"))) {
                // in a state's own text, "The OSCE observation mission reported that …" quotes the body; "We call on
                // Kazakhstan", "I urge the Central Election Commission" after it are the state's again
                lastSpeaker = speaker;
            }
            // a person's "we" is the body he speaks for, which the text may not say: only a state's or an organization's
            var person = speakingPerson(sentence);
            if (person != null) {
                lastPerson = person;
                lastPersonSentence = s;
            }
            for (int t = sentence[0]; t < sentence[1]; t++) {
                var word = text.tokens.get(t).word().toLowerCase(java.util.Locale.ROOT);
                if (WE.contains(word) && lastSpeaker != null && !lastSpeaker.startsWith("person:")) {
                    spoken.computeIfAbsent(lastSpeaker, k -> new ArrayList<>()).add(speakerMention(t, lastSpeaker));
                } else if (I.contains(word) && text.tokens.get(t).pos().equals("PRP") && lastPerson != null && s - lastPersonSentence <= 3) {
                    // "I" is the person quoted in this sentence or one of the three before ("'I am sure,' Obama said")
                    spoken.computeIfAbsent(lastPerson, k -> new ArrayList<>()).add(speakerMention(t, lastPerson));
                }
            }
            if (text.question(sentence)) {
                continue; // a question takes no stance
            }
            var words = text.tokens(sentence).stream().map(Token::word).toList();
            var lemmas = text.tokens(sentence).stream().map(Token::lemma).toList();
            var coded = new java.util.HashMap<Integer, CameoVerbs.Coding>();
            for (int v = sentence[0]; v < sentence[1]; v++) {
                var coding = coding(sentence, words, lemmas, v);
                if (coding != null) {
                    coded.put(v, coding);
                    if (disapproves(CameoCodes.root(coding.code()))) {
                        disapprovals.add(v);
                    }
                    if (CameoCodes.root(coding.code()) == 2) {
                        appeals.add(v);
                        if (EXPECTING.contains(lemma(v))) {
                            expected.add(expectedAct(v));
                        }
                    }
                    if (CameoCodes.root(coding.code()) == 4) {
                        consulting.add(v);
                    }
                }
            }
            if (!coded.isEmpty()) {
                codedSentences.add(s);
            }
            var found = new ArrayList<Event>(demands(s, sentence));
            var intending = new java.util.HashSet<Integer>();
            for (int v = sentence[0]; v < sentence[1]; v++) {
                var coding = coded.get(v);
                if (coding == null || expected.contains(v)) {
                    continue; // "We hope Armenia and Azerbaijan will resume talks": no talks yet
                }
                int commitment = commitment(v, coded);
                if (commitment >= 0) {
                    // "pledged to provide aid to Jordan", "remains committed to supporting Ukraine": the act intended
                    // is the event, coded as its intent; the words of commitment say nothing of their own
                    var event = event(s, sentence, v, coding, commitment);
                    if (event != null) {
                        found.addAll(concernsListed(event, sentence));
                        intending.addAll(committing(commitment)); // "stands ready", "remains committed" say nothing
                    }
                    continue;
                }
                int joining = joinedIn(v);
                if (joining >= 0) {
                    // "joins Canada in calling on China to …": the act joined in is the event; joining says nothing
                    var event = event(s, sentence, v, coding, -1);
                    if (event != null) {
                        found.addAll(concernsListed(event, sentence));
                        intending.add(joining);
                    }
                    continue;
                }
                int governor = clauses.infinitiveGovernor(v);
                if (governor >= 0 && nouns.lightObject(governor) >= 0) {
                    // "urged the EU to take steps to impose sanctions": the light verb says nothing; what governs it may
                    governor = clauses.infinitiveGovernor(governor);
                }
                if (governor >= 0 && coded.containsKey(governor) && !Clauses.REFUSING.contains(lemma(governor))
                        && !Clauses.REPORTING.contains(lemma(governor)) && clauses.refusingNoun(v) < 0) {
                    continue; // "threatened to attack", "called on Ethiopia to meet its commitments": the governing verb speaks
                }
                var event = event(s, sentence, v, coding, -1);
                if (event != null) {
                    found.addAll(concernsListed(event, sentence));
                }
            }
            found.removeIf(e -> intending.contains(e.verb()));
            // a reporting verb whose complement gave an event reports it; it makes no statement of its own
            found.removeIf(e -> CameoCodes.root(e.code()) == 1 && Clauses.REPORTING.contains(lemma(e.verb()))
                    && found.stream().anyMatch(o -> o != e && clauses.reporter(o.verb()) == e.verb()));
            found.addAll(verdicts(s, sentence));
            found.addAll(judgements(s, sentence));
            var nouned = named(s, sentence);
            found.replaceAll(e -> {
                if (!e.targets().isEmpty()) {
                    return doerOfObjectDeed(e, nouned);
                }
                boolean disapproving = disapproves(CameoCodes.root(e.code()));
                // (or welcomed: "Huntsman welcomed the move": whoever made it; CAMEO's praise, 051)
                var deed = disapproving || e.code().startsWith("051") ? deedReferredTo(e.verb(), e.sentence()) : null;
                if (deed == null && disapproving) {
                    // "We condemn its attacks on Ukraine": whoever did the deed the object names, as the noun's event has it
                    deed = objectDeeds(e, nouned).findFirst().orElse(null);
                }
                var doer = deed == null && disapproving ? doerOfNamedDeed(e) : null;
                if (doer != null) {
                    // "We condemn the Hamas attack on Israel" (the October 7 attack, Hamas's): who did the attack the gazetteer names
                    return new Event(e.sentence(), e.verb(), e.code(), e.verbText(), e.actors(), List.of(doer), e.about(), e.topic(),
                            e.modality(), e.attributedTo());
                }
                // "China detained Michael Spavor … We continue to condemn these arbitrary detentions": whoever did it
                return deed == null ? e : new Event(e.sentence(), e.verb(), e.code(), e.verbText(), e.actors(),
                        deed.actors().stream().filter(a -> !e.actors().contains(a)).toList(), e.about(), e.topic(), e.modality(), e.attributedTo());
            });
            found.replaceAll(this::stateOfPlace);
            found.replaceAll(this::aidRecipient);
            events.addAll(found);
            embedded.addAll(nouned);
            if (text.sides.isEmpty()) {
                found.stream().filter(e -> CameoCodes.root(e.code()) == 4).map(this::sides).filter(sides -> sides.size() == 2).findFirst()
                        .ifPresent(text.sides::addAll);
            }
            for (var e : found) {
                var sides = CameoCodes.root(e.code()) == 4 ? sides(e) : Set.<String>of();
                if (sides.size() >= 2) {
                    lastMeeting = sides;
                    lastMeetingSentence = s;
                }
            }
        }
        concat(events, embedded).forEach(e -> {
            parties.addAll(e.actors());
            parties.addAll(e.targets());
        });
        return List.copyOf(events);
    }

    private CameoVerbs.Coding coding(int[] sentence, List<String> words, List<String> lemmas, int v) {
        var t = text.tokens.get(v);
        boolean worried = worried(v) && !parse.dependents(v, "nsubj", "nsubj:pass").isEmpty();
        if (signsAnActOfItsOwn(v)) {
            return null; // "will sign an Executive Order that will prohibit …": what the order does is the act
        }
        if (possessiveSubject(v)) {
            return null; // "directly contradicts Russia's claimed commitment": a participle before its noun, no clause
        }
        if (t.is("stand") && parse.children(v).stream().anyMatch(a -> a.rel().matches("(obl|advcl):in")
                && parse.subtree(a.dependent(), 20).stream().anyMatch(w -> text.tokens.get(w).pos().equals("VBG")))) {
            return null; // "We stand with our Ukrainian partners in condemning …": the act joined in speaks (joinedIn)
        }
        if (wordIn(v, GRATEFUL) && !parse.dependents(v, "nsubj").isEmpty()) {
            return new CameoVerbs.Coding("051", t.lemma(), "&TOBEVERB * TO +", 0, -1);
        }
        if ((!t.pos().startsWith("VB") && !worried && joinedIn(v) < 0) || parse.attachedAs(v, "aux", "cop")) {
            return null;
        }
        CameoVerbs.Coding coding = null;
        if (takesNothing(v, sentence) || namesAQuality(v)) {
            return null;
        }
        if (verbs.knows(t.lemma())) {
            // a reporting verb with a clause of its own ("told the Council that Russia attacked") only says; the clause acts
            int clauseEnd = Clauses.REPORTING.contains(lemma(v)) && !parse.dependents(v, "ccomp", "parataxis").isEmpty() ? v + 1 : sentence[1];
            coding = verbs.code(new CameoVerbs.Sentence(words, lemmas, v - sentence[0], clauseEnd - sentence[0],
                    i -> entityAt(sentence[0] + i) != null && withinReach(sentence[0] + i, v),
                    (i, target) -> complement(sentence[0] + i, sentence[0] + target, v)));
            if (coding != null && coding.code() != null && CameoCodes.root(coding.code()) >= 18 && fightsAnIll(v)) {
                return null; // "combat terrorism in Somalia", "are fighting drought": no one's side is fought
            }
        }
        if ((coding == null || coding.code() == null) && t.is("designate", "designates", "designated", "designating")
                && parse.dependents(v, "nsubj").stream().anyMatch(n -> parse.subtree(n, 12).stream()
                        .map(this::entityAt).anyMatch(m -> m != null && SANCTIONERS.contains(m.entity())))) {
            // "OFAC designated three Hizballah financiers": what a sanctions office designates, it sanctions (163), as
            // the dictionary's NAME block reads it only with "pursuant to" an order or "as" a terrorist
            return new CameoVerbs.Coding("163", t.lemma(), "SANCTIONER * ", 0, -1);
        }
        if (EXPECTING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && !expectedOf(v).isEmpty()) {
            return new CameoVerbs.Coding("020", t.lemma(), "* + TO", 0, -1);
        }
        var talks = coding == null || coding.code() == null ? talks(v) : null;
        if (talks != null) {
            // "continue discussions with the Taliban", "held talks with Gondor": the noun is the event, the verb supports it
            return new CameoVerbs.Coding(talks, t.lemma(), "* " + lemma(parse.dependents(v, "obj").get(0)).toUpperCase() + " WITH +", 0, -1);
        }
        if ((coding == null || coding.pattern() == null) && SUPPORT_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "imposed restrictions on Ethiopia", "announced a visa restriction policy for": the verb carries the noun's event
            for (int object : parse.dependents(v, "obj", "nsubj:pass")) {
                int n = nouns.eventNounIn(object);
                var noun = n < 0 ? null : nouns.eventNoun(n);
                if (noun != null && !nouns.hedged(n) && !nouns.hedged(object) && !namesItsActor(n, noun)) {
                    return new CameoVerbs.Coding(nouns.nounCode(n, noun, v), t.lemma(), "* " + lemma(n).toUpperCase(), 0, -1);
                }
            }
        }
        if ((coding == null || coding.code() == null) && (worried || voicesConcern(v))) {
            // a verb the dictionary does not code that voices a concern ("raised concerns about …") expresses it, as
            // CAMEO codes "* CONCERN" (012); about a state's conduct it becomes disapproval (concernedWith)
            return new CameoVerbs.Coding("012", t.lemma(), "* CONCERN", 0, -1);
        }
        if (COPULAR.contains(lemma(v)) && parse.dependents(v, "obj", "obl:to").stream()
                .anyMatch(o -> ACCUSING.contains(lemma(o)) || INSTANCES.contains(lemma(o)))) {
            return null; // "Russia's actions constitute a violation of …" enacts nothing: a verdict (verdicts)
        }
        return coding == null || coding.code() == null ? null : coding;
    }

    /** "called China's measures regrettable", "called the talks productive": a verb of calling that says what a thing is, not a call. */
    private boolean namesAQuality(int v) {
        return CALLING.contains(lemma(v)) && parse.dependents(v, "xcomp").stream().anyMatch(x -> text.tokens.get(x).pos().startsWith("JJ"));
    }

    /**
     * "take" that seizes nothing: an idiom's word right after it ("take into account Burkina Faso's challenges"), as its
     * object, or as the noun its relative clause describes ("the leadership role the three governments took").
     */
    private boolean takesNothing(int v, int[] sentence) {
        return lemma(v).equals("take") && (v + 1 < sentence[1] && TAKE_IDIOMS.contains(lemma(v + 1))
                || parse.children(v).stream().anyMatch(a -> Set.of("obj", "obl").contains(a.base()) && TAKE_IDIOMS.contains(lemma(a.dependent())))
                || TAKE_IDIOMS.contains(lemma(parse.governor(v, "acl:relcl"))));
    }

    /**
     * The act a verb of expectation asks for: its clause ("hope that the talks will succeed", "expect the Taliban to
     * honor"), or the verb the parser made its head ("We hope Armenia … will resume talks": csubj of "resume"); else -1.
     */
    private int expectedAct(int v) {
        var complements = parse.dependents(v, "ccomp", "xcomp");
        if (!complements.isEmpty()) {
            return complements.get(0);
        }
        return parse.governor(v, "csubj");
    }

    /**
     * Whom a verb of expectation asks the act of, as argument heads: its objects ("expect the Taliban to …", "trust the
     * government of Mali will …"), else the subject of the act's clause; empty when they name no party.
     */
    private List<Integer> expectedOf(int v) {
        var heads = parse.dependents(v, "obj");
        int act = expectedAct(v);
        if (heads.isEmpty() && act >= 0 && act > v) {
            heads = parse.dependents(act, "nsubj");
        }
        return act < 0 || parties(heads, 2).isEmpty() ? List.of() : heads;
    }

    /**
     * The word of commitment whose complement {@code v} is, if {@code v}'s act has an intent in CAMEO and the
     * dictionary did not code the commitment itself as one ("- * STEP_UP ECONOMIC ASSISTANCE TO + [0331]" under
     * PLEDGE); else -1. The parser attaches the act as the infinitive of the word ("pledged to impose", "ready to
     * assist"), as an adverbial clause with "to" ("committed to working with"), or misreads a gerund as an adjective of
     * its object ("committed to supporting Ukraine's sovereignty": amod of the noun that the word governs with "to").
     */
    private int commitment(int v, java.util.Map<Integer, CameoVerbs.Coding> coded) {
        if (CameoCodes.intent(coded.get(v).code()) == null) {
            return -1;
        }
        int up = parse.governor(v, "xcomp", "dep");
        if (up >= 0 && text.tokens.get(up).is("to") && parse.governor(up, "dep") >= 0) {
            up = parse.governor(up, "dep"); // "look forward to continuing our cooperation": the parser hangs the gerund on "to"
        }
        if (up < 0) {
            up = parse.governor(v, "advcl");
            if (up >= 0 && clauses.infinitiveMark(v) < 0 && !parse.attachedAs(v, "advcl:to")) {
                up = -1;
            }
        }
        if (up < 0 && text.tokens.get(v).pos().equals("VBG")) {
            int noun = parse.governor(v, "amod");
            up = noun >= 0 && parse.attachedAs(noun, "obl:to") ? parse.governor(noun, "obl:to") : -1;
        }
        if (up < 0 || !COMMITTING.contains(lemma(up)) && !looksForward(up, coded.get(v).code()) || clauses.refusingNoun(v) >= 0) {
            return -1;
        }
        for (int at : committing(up)) {
            var own = coded.get(at);
            if (own != null && own.pattern() != null && CameoCodes.intends(own.code())) {
                return -1; // the dictionary knows this commitment: it speaks
            }
        }
        return up;
    }

    /**
     * The verb of joining whose act {@code v} is, or -1: "joins Canada in calling on China to release …", "join the
     * international community in condemning …", "We stand with our partners in urging Russia to …". The act is a gerund
     * after "in", which the parser hangs on the verb as obl:in or advcl:in (tagging it a noun or a verb), or on an
     * adverb "in".
     */
    private int joinedIn(int v) {
        if (!text.tokens.get(v).word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
            return -1;
        }
        int up = parse.governor(v, "obl:in", "advcl:in");
        if (up < 0) {
            int in = parse.governor(v, "dep");
            up = in >= 0 && text.tokens.get(in).is("in") ? parse.governor(in, "advmod") : -1;
        }
        if (up < 0 || !(lemma(up).equals("join") || lemma(up).equals("stand") && !parse.dependents(up, "obl:with").isEmpty())) {
            return -1;
        }
        return up;
    }

    /**
     * "look forward to working with Chile", "looks forward to continuing the partnership with the AUC": cooperation
     * (CAMEO 05-08) looked forward to is intended, as if pledged. Other acts stay the appeal CAMEO's "LOOK * TO" makes
     * of the words ("look forward to hearing from Burkina Faso's authorities on the next steps": what they will do).
     */
    private boolean looksForward(int word, String act) {
        int root = CameoCodes.root(act);
        return root >= 5 && root <= 8 && lemma(word).equals("look")
                && parse.children(word).stream().anyMatch(a -> lemma(a.dependent()).equals("forward"));
    }

    /**
     * A word of commitment and the verbs it completes, nearest first, at most three: "ready", then "stands" of "stands
     * ready"; "committed", then "remains".
     */
    private List<Integer> committing(int word) {
        var out = new ArrayList<Integer>();
        for (int at = word; at >= 0 && out.size() < 3 && !out.contains(at); at = parse.governor(at, "xcomp")) {
            out.add(at);
        }
        return out;
    }

    private Event event(int s, int[] sentence, int v, CameoVerbs.Coding coding, int commitment) {
        if (clauses.conditional(v)) {
            return null;
        }
        var code = commitment >= 0 ? CameoCodes.intent(coding.code()) : coding.code();
        var concerned = concernedWith(v, 11);
        if (!concerned.isEmpty()) {
            code = "110"; // "raised concerns about Beijing's conduct": disapproval of that state, as CAMEO codes "reiterate concern"
        }
        int root = CameoCodes.root(code);
        if (root == 17 && text.tokens.get(v).lemma().equals("hold") && parse.dependents(v, "obj", "nsubj:pass").stream()
                .anyMatch(n -> CONVENED.contains(text.tokens.get(n).lemma().toLowerCase(java.util.Locale.ROOT)))) {
            return null; // a meeting or a vote held is no one confined
        }
        // "citizens detained in the PRC": a past participle with no auxiliary modifies a noun; it is passive, whatever
        // the parser made its subject, and the noun is what it was done to
        // (one with an object of its own is active, auxiliary or not: "Ethiopia broken down a treaty, he said")
        boolean participle = text.tokens.get(v).pos().equals("VBN") && parse.dependents(v, "aux", "aux:pass", "obj").isEmpty()
                && (parse.governor(v, "acl", "dep", "ccomp") >= 0 || parse.governor(v, "advcl") >= 0 && parse.dependents(v, "nsubj").isEmpty());
        // "We are concerned by …", "The United States is encouraged by the outcomes of the summit": who feels acts, the
        // "by" is what he feels about
        boolean feels = feeling(v);
        boolean passive = !feels && (participle || !parse.dependents(v, "nsubj:pass").isEmpty());
        var subjects = passive ? parse.dependents(v, "obl:agent", "obl:by")
                : parse.dependents(v, "nsubj", "nsubj:xsubj", "csubj", feels ? "nsubj:pass" : "nsubj");
        int joining = joinedIn(v);
        if (joining >= 0 && !passive && parties(subjects, root).isEmpty()) {
            // "The United States joins Canada in calling on China to …", "We stand with our Ukrainian partners in
            // condemning …": who joins acts, with whom they join when that is a named party (not "the international
            // community", an unnamed group)
            var with = parse.dependents(joining, "obj", "obl:with").stream()
                    .filter(c -> parties(List.of(c), root).stream().anyMatch(id -> !groups.containsKey(id))).toList();
            subjects = concat(parse.dependents(joining, "nsubj"), with);
        }
        int refusing = clauses.refusingNoun(v);
        if (refusing >= 0 && parties(subjects, root).isEmpty()) {
            subjects = parse.dependents(refusing, "nmod:poss"); // "the PRC's unwillingness to cooperate": the PRC would not
        }
        var victims = new LinkedHashSet<String>();
        if (UNACCUSATIVE.contains(lemma(v))) {
            victims.addAll(parties(subjects, root)); // "villagers died": what happened to them, not what they did
            subjects = List.of();
        }
        int xcompOf = parse.governor(v, "xcomp");
        boolean light = xcompOf >= 0 && nouns.lightObject(xcompOf) >= 0;
        for (int at : commitment < 0 || passive ? List.<Integer>of() : committing(commitment)) {
            if (!parties(subjects, root).isEmpty()) {
                break;
            }
            // "We are committed to working with …", "The United States stands ready to assist …": who commits acts
            subjects = parse.dependents(at, "nsubj", "nsubj:pass");
        }
        if (parties(subjects, root).isEmpty() && !passive && light) {
            // "The United States is taking steps to impose visa restrictions": who takes the steps acts (the parser
            // makes "steps" the infinitive's subject)
            subjects = parse.dependents(xcompOf, "nsubj");
        }
        if (root == 4 && parties(subjects, root).isEmpty() && !passive && xcompOf >= 0) {
            // "West led a delegation to continue discussions with …", "sent envoys to meet …": who leads or sends the
            // delegation talks through it
            subjects = concat(subjects, parse.dependents(xcompOf, "nsubj"));
        }
        var actors = new LinkedHashSet<String>();
        for (var id : parties(subjects, root)) {
            // "Moscow rejected": a capital that acts is its state; "attacked Moscow" stays the city
            actors.add(actingState(id));
        }
        var targets = new LinkedHashSet<String>();
        int gerundOf = commitment >= 0 && text.tokens.get(v).pos().equals("VBG") ? parse.governor(v, "amod") : -1;
        boolean discussing = DISCUSSING.contains(lemma(v));
        if (root != 1 && coding.target() >= 0 && gerundOf < 0 && !discussing) {
            // the pattern says where the target stands: "* TALKS WITH +", "* AIRSTRIKE IN +"
            var named = entityAt(sentence[0] + coding.target());
            var party = named == null || victimOfDeed(sentence[0] + coding.target(), v, root, coding.pattern()) ? null : party(named, root);
            if (party != null) {
                targets.add(party);
                // the pattern points at one name; its conjuncts are targets too ("support the people of Guatemala,
                // Honduras, and El Salvador")
                targets.addAll(parties(conjuncts(named), root));
            }
        }
        if (root != 1 && targets.isEmpty()) {
            // a statement's object is its audience ("told the Council") or its content, never a party
            // what is discussed is the topic ("discussed Russia's aggression against Ukraine"), not whom one talks with
            var objects = discussing ? List.<Integer>of() : passive ? parse.dependents(v, "nsubj:pass") : parse.dependents(v, "obj", "iobj");
            if (root == 2 && EXPECTING.contains(lemma(v))) {
                objects = expectedOf(v);
                // who is expected to act acts: "expects Washington to initiate the effort" is the United States
                parties(objects, root).forEach(id -> targets.add(actingState(id)));
            }
            if (objects.isEmpty() && gerundOf >= 0) {
                // "committed to supporting ECOWAS and the governments of Mali": the parser made the gerund an adjective
                objects = concat(List.of(gerundOf), parse.dependents(gerundOf, "conj"));
            }
            targets.addAll(objectParties(objects, root));
            // "met with Poland"; else the object's own partner: "signed an agreement with Poland", "imposed sanctions on Iran";
            // not the victims of a deed that is disapproved ("condemns the violence against civilians" disapproves of no civilian)
            for (int head : targets.isEmpty() ? concat(List.of(v), objects) : List.<Integer>of()) {
                for (var arc : parse.children(head)) {
                    if ((arc.base().equals("obl") || arc.base().equals("nmod")) && TARGET_PREPOSITIONS.contains(arc.sub())
                            && !victimOfDeed(arc.dependent(), v, root, null)) {
                        // with its conjuncts: "the agreement between ECOWAS and Mali", "sanctions on Iran and Syria"
                        targets.addAll(parties(concat(List.of(arc.dependent()), conjuncts(arc.dependent(), arc.dependent() + 1)), root));
                    }
                }
                if (!targets.isEmpty()) {
                    break;
                }
            }
        }
        if (targets.isEmpty() && root != 1 && !discussing) {
            targets.addAll(firstInComplements(v, actors, root));
        }
        if (targets.isEmpty() && !discussing && (root >= 10 && root <= 13 || code.startsWith("016"))) {
            // "We reject the accusations of the Russian delegate", "rejects Russia's false claims": a rejection or a
            // denial of someone's words is aimed at whoever said them; the owner of a deed too ("condemns the Taliban's
            // attacks"), but not the "of" of a deed, which is whom it was done to ("condemns the killings of civilians")
            for (int object : parse.dependents(v, "obj")) {
                boolean spoken = SPOKEN.contains(lemma(object));
                var owners = spoken ? speakers(object) : parse.dependents(object, "nmod:poss");
                if (owners.isEmpty() && spoken) {
                    // "let me respond to the accusations of the Russian delegate … The United States rejects accusations
                    // that …": words named again without their speaker are those of the speaker named before
                    owners = spokenBefore(object);
                }
                parties(owners, root).forEach(id -> targets.add(actingState(id))); // "rejected Moscow's accusations"
                var ruled = owners.isEmpty() && !spoken ? ruledWhere(object) : null;
                if (ruled != null && !actors.contains(ruled)) {
                    targets.add(ruled); // "condemns the detention of journalists in Belarus": the state that detains there
                }
            }
        }
        if (targets.isEmpty() && !discussing && (root == 2 || root == 5 || root >= 10 && root <= 13)) {
            // "condemns the attack on the police station by al-Shabaab", "welcomes the release of political detainees by
            // the Sudanese military", "pressed for the implementation of measures by the Sudanese military": one praises,
            // blames or appeals to whoever does the deed the object names
            for (int object : parse.dependents(v, "obj", "obl:for")) {
                for (int t : conductIn(object)) {
                    if (t != object && entityAt(t) != null && parse.attachedAs(t, "nmod:by", "nmod:agent", "obl:agent", "obl:by")) {
                        parties(List.of(t), root).stream().filter(id -> !actors.contains(id)).forEach(targets::add);
                    }
                }
            }
        }
        if (code.startsWith("018") && targets.isEmpty()) {
            // condolences go to the state where the loss was: "condolences for the lives lost in the floods in Henan"
            var suffered = sufferedIn(v);
            if (suffered != null && !actors.contains(suffered)) {
                targets.add(suffered);
            }
        }
        if (actors.size() >= 2 && root <= 5 && coding.target() < 0 && (subjects.stream().anyMatch(this::pairPhrase) || jointly(v))) {
            // sides that act together act on what they name: "Obama and Medvedev agreed to work together on Afghanistan",
            // "the two sides discussed support for Afghanistan" (not "Russia and China condemned Japan", nor, as CAMEO
            // codes it, "Arnor and Gondor signed an agreement with Rohan")
            targets.clear();
        }
        if (participle) {
            // what was done to: the noun the participle modifies ("sailors detained by Ukraine"), nothing else
            targets.clear();
            var patients = new ArrayList<>(parse.dependents(v, "nsubj"));
            if (parse.governor(v, "acl") >= 0) {
                patients.add(parse.governor(v, "acl"));
            }
            if (parse.governor(v, "advcl") >= 0) {
                // "Rebuked by Eriador, Osgiliath is drawn into …": the main clause's subject
                patients.addAll(parse.dependents(parse.governor(v, "advcl"), "nsubj", "nsubj:pass"));
            }
            targets.addAll(parties(patients, root));
        }
        if (!concerned.isEmpty()) {
            targets.clear();
            targets.addAll(concerned);
        }
        if (targets.isEmpty() && !passive) {
            var other = addressee(v, root, actors);
            if (other != null) {
                targets.add(other); // "The Secretary urged restraint", after "Blinken spoke with Kuleba": said to Kuleba's side
            }
        }
        // a city attacked is where it happened, not a party (a state gone is a state: "protested to North Vietnam")
        targets.removeIf(id -> id.startsWith("place:") && !Actors.formerState(resolved.entities().get(id)));
        targets.removeAll(actors);
        if (root == 4 && !concat(List.copyOf(actors), List.copyOf(targets)).stream().allMatch(id -> id.startsWith("person:"))) {
            // persons meet as persons ("Obama met Medvedev"); an envoy who meets the Taliban meets them for his state
            fold(actors);
            fold(targets);
            targets.removeAll(actors);
        }
        if (actors.isEmpty() && operative(sentence, v) && body != null) {
            actors.add(body); // "The Security Council, … 2. Condemns the attack": the body that adopts the text acts
        }
        var ruler = root == 17 ? ruler(placeOf(v)) : null;
        if (actors.isEmpty() && ruler != null) {
            actors.add(ruler); // "citizens detained in the PRC": a state arrests, detains and represses where it rules
            targets.remove(ruler);
        }
        if (targets.isEmpty() && root >= 17 && actors.size() == 1) {
            // "arbitrary detentions among … people detained in Xinjiang", "Ethiopian forces shelled towns in Tigray": a
            // state that represses or fights in a region of its own does it to the people there (a city of another
            // state attacked stays where it happened)
            var where = placeOf(v);
            if (where != null && where.startsWith("place:") && actors.contains(ruler(where))) {
                targets.add(where);
            }
        }
        if (actors.isEmpty()) {
            // no one acts ("talks were held"); but violence is news where it happens: "Twelve villagers died in clashes
            // in Marib" is a material conflict there, with the place as its one party
            var where = root >= 18 ? placeOf(v) : null;
            targets.clear();
            targets.addAll(victims);
            if (where != null) {
                targets.add(where);
            }
            if (targets.isEmpty() || root < 18) {
                return null;
            }
        }
        int reporter = clauses.reporter(v);
        String attributedTo = null;
        String modality = "ASSERTED";
        if (reporter >= 0) {
            // whose words: a person or an organization ("the representative of Ukraine" is no one in particular)
            attributedTo = parse.dependents(reporter, "nsubj").stream().flatMap(h -> standsFor(h, 0).stream())
                    .filter(m -> m.category().equals("PERSON") || m.category().equals("ORGANIZATION"))
                    .map(Mention::entity).findFirst().orElse(null);
            modality = "REPORTED";
        }
        var aux = clauses.auxiliaries(v);
        // "decided to take steps to impose": the decision plans it, not the steps
        int planner = light ? parse.governor(xcompOf, "xcomp") : xcompOf;
        // "remains committed to supporting", "pledged to support" (coded by the dictionary as an intent): what is intended
        boolean intended = commitment >= 0 || CameoCodes.intends(code) && COMMITTING.contains(lemma(v));
        if (aux.stream().anyMatch(Dates.FUTURE_AUXILIARIES::contains) || Clauses.PLANNING.contains(lemma(planner)) || intended) {
            modality = "PLANNED";
        } else if (aux.stream().anyMatch(Clauses.HYPOTHETICAL::contains) && !refusal(v, coding, root, aux)) {
            // (a refusal is said now, asserted or reported: "the Soviet Government could not accept the proposal",
            // "Moscow would not agree to it", as "cannot accept" is)
            if (reporter < 0 || !aux.contains("would")) {
                return null; // "Russia could retaliate" asserts nothing
            }
            modality = "PLANNED"; // "said it would sign"
        }
        if (clauses.negated(v) && !Clauses.negatingPattern(coding)) {
            if (root == 3 || (root >= 5 && root <= 8)) {
                code = "120"; // "we do not accept Japan's protests", "refused to sign": a rejection, as said
            } else {
                modality = "DENIED";
            }
        }
        var parties = new LinkedHashSet<String>(actors);
        parties.addAll(targets);
        var about = about(v, parties, reporter);
        return new Event(s, v, code, coding.verb(), List.copyOf(actors), List.copyOf(targets), about, topic(v, sentence),
                modality, attributedTo);
    }

    /**
     * The voice's demands: "Russia must withdraw its forces", "Iran should stop enriching uranium", "All parties need to
     * show restraint", "It is imperative that Libya continue to make progress" say, in the voice of the text (an
     * official publisher, the last speaker named), what someone is to do: an appeal (CAMEO 020) by that voice to whom
     * the clause obliges, and the act obliged has not happened (no event of its own). A main clause only: "he said Russia
     * must withdraw" is someone else's demand, reported; and not the voice's own duty ("we must not be deterred").
     */
    private List<Event> demands(int s, int[] sentence) {
        if (lastSpeaker == null) {
            return List.of();
        }
        var out = new ArrayList<Event>();
        for (int v = sentence[0]; v < sentence[1]; v++) {
            if (parse.treeParent(v) != null || !text.tokens.get(v).pos().matches("VB.*|JJ")) {
                continue;
            }
            int act = -1;
            List<Integer> subjects = List.of();
            var xcomp = parse.dependents(v, "xcomp");
            var ccomp = parse.dependents(v, "ccomp", "csubj");
            if (parse.dependents(v, "aux").stream().anyMatch(a -> OBLIGING.contains(lemma(a)))) {
                act = v;
                subjects = parse.dependents(v, "nsubj");
            } else if (lemma(v).equals("need") && text.tokens.get(v).pos().startsWith("VB") && !xcomp.isEmpty()) {
                act = xcomp.get(0);
                subjects = parse.dependents(v, "nsubj");
            } else if (NEEDFUL.contains(lemma(v)) && !ccomp.isEmpty()) {
                act = ccomp.get(0);
                subjects = parse.dependents(act, "nsubj");
            }
            if (act < 0 || subjects.stream().anyMatch(h -> FIRST_PERSON.contains(text.tokens.get(h).word().toLowerCase()))) {
                continue;
            }
            var targets = new LinkedHashSet<String>();
            parties(subjects, 2).forEach(id -> targets.add(actingState(id)));
            targets.remove(lastSpeaker);
            if (targets.isEmpty()) {
                continue;
            }
            appeals.add(v);
            expected.add(v); // "need" says nothing of its own (the dictionary codes it as a demand, 106)
            // the act obliged, and the acts it goes on to ("continue to make progress"), happen in no event of their own
            for (int at = act; at >= 0 && expected.add(at); ) {
                var next = parse.dependents(at, "xcomp");
                at = next.isEmpty() ? -1 : next.get(0);
            }
            var named = new LinkedHashSet<>(targets);
            named.add(lastSpeaker);
            out.add(new Event(s, v, "020", text.tokens.get(v).word(), List.of(lastSpeaker), List.copyOf(targets),
                    about(act, named, -1), topic(act, sentence), "ASSERTED", null));
        }
        return out;
    }

    /**
     * Whether what the verb fights is an ill ({@link #ILLS}), "climate change" by its head, not anyone named: no conflict
     * for the parse nor for the cue table ("Kenya and Somalia are fighting drought").
     */
    public boolean fightsAnIll(int v) {
        var fought = parse.dependents(v, "obj", "obl:against");
        return !fought.isEmpty() && fought.stream().allMatch(o -> ILLS.contains(lemma(o)) && entityAt(o) == null
                && (!lemma(o).equals("change") || parse.children(o).stream().anyMatch(a -> a.rel().equals("compound")
                        && lemma(a.dependent()).equals("climate"))));
    }

    private boolean voicesConcern(int v) {
        return parse.dependents(v, "obj").stream().anyMatch(o -> CONCERNS.contains(lemma(o)))
                && parse.dependents(v, "nsubj").size() == 1;
    }

    /** A place that acts is the state it is part of ("Moscow rejected"); anything else acts as itself. */
    private String actingState(String id) {
        return id.startsWith("place:") ? resolved.partOf().getOrDefault(id, id) : id;
    }

    /** The state that rules a place: a country itself, or the state of a city or region the article placed in one. */
    private String ruler(String place) {
        var state = place == null ? null : actingState(place);
        if (state != null && state.startsWith("place:")) {
            // a region the gazetteer places in a state ("Xinjiang"), where the article does not say whose it is
            var country = gazetteer.byId(state).map(e -> gazetteer.country(e.link("country"))).orElse(null);
            state = country == null ? null : country.id();
        }
        return state != null && state.startsWith("country:") ? state : null;
    }

    /**
     * The states whose conduct a concern voiced by verb {@code v} is about: "raised concerns about a range of PRC
     * actions", "spoke about our concerns about Beijing's conduct in cyberspace", "expressed concern over Russia's
     * troop build-up"; capitals stand for their states. Empty when the concern names no state's conduct ("expressed
     * concern about the floods").
     */
    private Set<String> concernedWith(int v, int root) {
        var states = new LinkedHashSet<String>();
        for (int phrase : concernPhrases(v)) {
            states.addAll(conductOf(phrase, root));
        }
        return states;
    }

    /**
     * The states whose conduct one phrase of a concern names, anywhere in it: "about human rights, including Beijing's
     * crackdown", "a range of PRC actions", "abuses by the Malian Armed Forces", "violations committed by the Malian
     * Armed Forces" (the agent of a participle); not the place of what happened
     * ("floods in Henan").
     */
    private Set<String> conductOf(int phrase, int root) {
        var states = new LinkedHashSet<String>();
        for (int t : conductIn(phrase)) {
            var ruled = t == phrase || reportedIn(t, phrase) ? ruledWhere(t) : null;
            if (ruled != null) {
                states.add(ruled); // "the human rights situation in the PRC", "abuses in Xinjiang": whoever rules there
                continue;
            }
            if (!text.tokens.get(t).pos().startsWith("NN")
                    || (t != phrase && entityAt(t) == null && parse.dependents(t, "nmod:poss", "compound", "amod").isEmpty())) {
                continue;
            }
            if (t != phrase && entityAt(t) != null && !parse.attachedAs(t, "nmod:by", "nmod:poss", "nmod:agent", "obl:agent", "obl:by",
                    "conj", "appos")) {
                continue;
            }
            for (var id : parties(List.of(t), root)) {
                states.add(actingState(id));
            }
        }
        return states;
    }

    /**
     * Whether {@code t} is what the reports a concern is about report: "concerned by reports of mass arrests of
     * protesters in Belarus" is concerned about the arrests, as "concerned about the arrests of protesters in Belarus".
     */
    private boolean reportedIn(int t, int phrase) {
        return REPORTS.contains(lemma(phrase)) && (parse.governor(t, "nmod:of") == phrase || parse.governor(t, "ccomp") == phrase);
    }

    /** The heads of what a concern voiced by verb {@code v} is about ("concerns about X", "concerned by reports of X"). */
    private List<Integer> concernPhrases(int v) {
        var phrases = new ArrayList<Integer>();
        // "We are deeply concerned by reports of abuses by the Malian Armed Forces", "We remain concerned by …"
        int w = worried(v) ? v : parse.dependents(v, "xcomp").stream().filter(this::worried).findFirst().orElse(-1);
        if (w >= 0) {
            var arcs = new ArrayList<>(parse.children(w));
            if (w != v) {
                arcs.addAll(parse.children(v)); // the parser may hang "by …" on "remain"
            }
            for (var arc : arcs) {
                if (arc.base().equals("obl") && Set.of("about", "over", "at", "by", "agent", "regarding", "with").contains(arc.sub())) {
                    phrases.add(arc.dependent());
                }
            }
            // "We are deeply disappointed that Russia and China vetoed the resolution": who did what dismays (not who
            // suffered it: "saddened that civilians died")
            for (int clause : parse.dependents(w, "ccomp")) {
                if (!UNACCUSATIVE.contains(lemma(clause)) && parse.dependents(clause, "mark").stream().anyMatch(m -> lemma(m).equals("that"))) {
                    phrases.addAll(parse.dependents(clause, "nsubj"));
                    if (ruledWhereDone(clause) != null) {
                        phrases.add(clause); // "concerned that opposition leaders were arrested in Belarus": by Belarus
                    }
                }
            }
        }
        var nouns = new ArrayList<>(parse.dependents(v, "obj", "nsubj:pass"));
        for (var arc : parse.children(v)) {
            if (arc.base().equals("obl")) {
                nouns.add(arc.dependent());
            }
        }
        if (parse.dependents(v, "obj").stream().anyMatch(o -> CONCERNS.contains(lemma(o)))) {
            // "raised concerns in private – as we have in public – about PRC actions": the parser hangs "about" on the verb
            for (var arc : parse.children(v)) {
                if (arc.base().equals("obl") && Set.of("about", "over", "regarding", "concerning").contains(arc.sub())) {
                    phrases.add(arc.dependent());
                }
            }
        }
        for (int noun : nouns) {
            if (CONCERNS.contains(lemma(noun))) {
                for (var arc : parse.children(noun)) {
                    if (arc.base().equals("nmod") && Set.of("about", "over", "at", "regarding", "including").contains(arc.sub())) {
                        phrases.add(arc.dependent());
                    }
                }
            }
        }
        return phrases;
    }

    /**
     * A concern that lists what it is about is one stance a thing listed: "raised our concerns about human rights,
     * including Beijing's crackdown in Hong Kong; the ongoing genocide in Xinjiang; abuses in Tibet; and the curtailing
     * of media access" is a disapproval about Hong Kong, one about Xinjiang, one about Tibet, one about the press, each
     * of the states whose conduct it names (else of those the whole concern names), each about what it names. The list
     * is the phrases of the concern, their conjuncts and the noun phrases set after the verb with a semicolon; a
     * conjunct joined by a bare "and" ("genocide and crimes against humanity") stays in the thing before it. Anything
     * else, or a concern with one thing, is {@code event} as it is.
     */
    private List<Event> concernsListed(Event event, int[] sentence) {
        if (!event.code().equals("110") || event.targets().isEmpty()) {
            return List.of(event);
        }
        int v = event.verb();
        var heads = new java.util.TreeSet<Integer>();
        for (int phrase : concernPhrases(v)) {
            heads.add(phrase);
            heads.addAll(parse.dependents(phrase, "conj"));
        }
        for (int p : concat(parse.dependents(v, "parataxis"), parse.dependents(v, "conj"))) {
            // a noun, or a gerund with a determiner ("the curtailing of media access"): a thing, not another clause
            if (text.tokens.get(p).pos().startsWith("NN") || text.tokens.get(p).pos().equals("VBG") && !parse.dependents(p, "det").isEmpty()) {
                heads.add(p); // "…, including X; the genocide in Xinjiang; abuses in Tibet": the list goes on past the semicolon
                // (the parser hangs what follows a semicolon on the verb, as parataxis or as a conjunct)
                heads.addAll(parse.dependents(p, "conj"));
            }
        }
        heads.removeIf(h -> h <= v || h < sentence[0] || h >= sentence[1]);
        // a thing begins where its words begin; one joined to the one before by a bare "and" is part of it
        var starts = new ArrayList<Integer>();
        for (int h : heads) {
            int from = h;
            var words = parse.subtree(h, 40);
            while (from - 1 > sentence[0] && words.contains(from - 1)) {
                from--;
            }
            while (from < h && text.tokens.get(from).pos().matches(",|:|CC")) {
                from++;
            }
            int before = from - 1;
            while (before > sentence[0] && text.tokens.get(before).pos().matches("DT|CC")) {
                before--; // "; and the curtailing …"
            }
            if (starts.isEmpty() || text.tokens.get(before).word().matches("[;,]") || text.tokens.get(before).is("including")) {
                starts.add(from);
            }
        }
        // what "including" or "such as" opens is the list; the thing before it only names it ("human rights, including …")
        for (int i = 0; i + 1 < starts.size(); i++) {
            int next = starts.get(i + 1);
            var words = text.body(Math.max(next - 2, starts.get(i)), Math.min(next + 2, sentence[1])).toLowerCase(java.util.Locale.ROOT);
            if (words.contains("including") || words.contains("such as")) {
                starts.remove(i--);
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            while (from + 1 < sentence[1] && text.tokens.get(from).is("including", "such", "as")) {
                from++;
            }
            starts.set(i, from);
        }
        if (starts.size() < 2) {
            return List.of(event);
        }
        var out = new ArrayList<Event>();
        int root = CameoCodes.root(event.code());
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : sentence[1];
            while (to > from + 1 && text.tokens.get(to - 1).pos().matches(",|:|CC|\\.") ) {
                to--;
            }
            var targets = new LinkedHashSet<String>();
            var about = new LinkedHashSet<String>();
            for (int t = from; t < to; t++) {
                if (heads.contains(t)) {
                    targets.addAll(conductOf(t, root));
                }
            }
            targets.removeAll(event.actors());
            var named = new LinkedHashSet<String>();
            for (int t = from; t < to; t++) {
                var m = entityAt(t);
                if (m != null && !event.actors().contains(m.entity()) && !targets.contains(actingState(m.entity()))) {
                    named.add(m.entity()); // "Beijing's crackdown": Beijing acts for China, the target; Hong Kong is what it is about
                }
            }
            if (targets.isEmpty()) {
                // no one's conduct named: "abuses in Tibet" are the doing of the state that rules Tibet, "the detention of
                // journalists in Belarus" Belarus's; else the state the whole concern names
                named.stream().map(this::ruler).filter(java.util.Objects::nonNull).filter(id -> !event.actors().contains(id))
                        .findFirst().ifPresent(targets::add);
            }
            if (targets.isEmpty()) {
                targets.addAll(event.targets());
            }
            named.stream().filter(id -> !targets.contains(id)).forEach(about::add);
            out.add(new Event(event.sentence(), v, event.code(), event.verbText(), event.actors(), List.copyOf(targets),
                    List.copyOf(about), text.body(from, Math.min(to, from + 12)), event.modality(), event.attributedTo()));
        }
        return out;
    }

    /** Where the event took place: a named place or state in the verb's "in", "near", "at" … phrases, or -null. */
    private String placeOf(int v) {
        for (var arc : parse.children(v)) {
            if (!arc.base().equals("obl") || !Set.of("in", "near", "at", "outside", "across", "around", "inside").contains(arc.sub())) {
                continue;
            }
            for (int t : parse.subtree(arc.dependent(), 20)) {
                var m = entityAt(t);
                if (m != null && !inDateline(m) && (m.entity().startsWith("place:") || m.entity().startsWith("country:"))) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /** The state that rules the first place or state named after a verb of sympathy, in its phrase, or {@code null}. */
    private String sufferedIn(int v) {
        for (int t : new java.util.TreeSet<>(parse.subtree(v, 60))) {
            var m = t > v ? entityAt(t) : null;
            if (m != null && m.entity() != null && (m.entity().startsWith("place:") || m.entity().startsWith("country:"))) {
                return ruler(m.entity());
            }
        }
        return null;
    }

    /**
     * A resolution or statement opens with the body that adopts it ("The Security Council," / "The General Assembly,"),
     * a line with no verb of its own; its operative clauses follow, each opening with a verb.
     */
    private boolean adoptingBody(int[] sentence) {
        int first = sentence[0];
        if (text.tokens.get(first).is("the") && first + 1 < sentence[1]) {
            first++;
        }
        var m = entityAt(first);
        if (m == null || !m.category().equals("ORGANIZATION")) {
            return false;
        }
        boolean verbless = true;
        for (int i = m.last(); i < sentence[1]; i++) {
            if (text.tokens.get(i).pos().matches("VB[DZP]")) {
                verbless = false;
            }
        }
        if (verbless || text.tokens.get(m.last() < sentence[1] ? m.last() : m.last() - 1).word().equals(",")) {
            body = m.entity();
            return true;
        }
        return false;
    }

    /** A clause of a resolution: after any numbering, a capitalised verb ("Reaffirming", "2. Condemns"). */
    private boolean opensWithVerb(int[] sentence) {
        for (int i = sentence[0]; i < sentence[1]; i++) {
            var t = text.tokens.get(i);
            if (!t.word().matches("\\d+\\.?|\\(?[a-z0-9]+\\)|-LRB-|-RRB-|[.)]")) {
                return t.pos().startsWith("VB") && t.capitalized();
            }
        }
        return true; // a bare number: "1."
    }

    /** An operative clause: the verb opens the sentence, after any numbering ("2.", "(a)"), and is capitalised. */
    private boolean operative(int[] sentence, int v) {
        for (int i = sentence[0]; i < v; i++) {
            if (!text.tokens.get(i).word().matches("\\d+\\.?|\\(?[a-z0-9]+\\)|-LRB-|-RRB-|[.)]")) {
                return false;
            }
        }
        return Character.isUpperCase(text.tokens.get(v).word().charAt(0));
    }

    /**
     * The events that nouns name inside the sentences of the last {@link #find()} ("Beijing's crackdown in Hong Kong",
     * "the agreement between ECOWAS and Mali"): events of their own, whatever the sentence says of them.
     */
    public List<Event> embedded() {
        return List.copyOf(embedded);
    }

    /**
     * The events that nouns of {@link EventNouns} name in one sentence: the actor is the noun's possessor, its "by" or
     * "from", or a name before it ("U.S. assistance", "Russian aggression"); the target follows one of the noun's
     * prepositions ("crackdown in Hong Kong", "assistance to Afghanistan"); "between X and Y" names two sides. A noun
     * names no event without an actor and someone it is done to, nor under "no", "any", "possible" or "potential".
     */
    private List<Event> named(int s, int[] sentence) {
        var out = new ArrayList<Event>();
        for (int n = sentence[0]; n < sentence[1]; n++) {
            var t = text.tokens.get(n);
            var noun = nouns.eventNoun(n);
            int frame = nouns.frameOf(n);
            if (noun == null || nouns.hedged(n) || frame >= 0 && nouns.hedged(frame) || appealedAbove(n)) {
                continue; // "urge the Taliban to allow U.S. assistance to Afghanistan": asked for, not given
            }
            int verb = parse.governor(frame >= 0 ? frame : n, "obj");
            int asked = verb >= 0 ? verb : parse.governor(frame >= 0 ? frame : n, "obl:for");
            if (asked >= 0 && appeals.contains(asked)) {
                continue; // "We call for talks between Serbia and Kosovo", "urged a ceasefire": what an appeal asks for is not held
            }
            var code = nouns.nounCode(n, noun, verb);
            int root = CameoCodes.root(code);
            var actors = new LinkedHashSet<String>();
            var targets = new LinkedHashSet<String>();
            var arcs = new ArrayList<>(parse.children(n));
            if (frame >= 0) {
                // "a visa restriction policy for Ethiopian officials": the frame's phrase is the noun's
                parse.children(frame).stream().filter(a -> !a.base().equals("compound")).forEach(arcs::add);
            }
            if (verb >= 0) {
                // "condemned the Houthis' offensive on Marib": the parser often hangs the noun's phrase on the verb
                parse.children(verb).stream().filter(a -> a.base().equals("obl") && noun.targets().contains(a.sub()))
                        .forEach(a -> arcs.add(new Parse.Arc(verb, a.dependent(), "nmod:" + a.sub())));
                if (!parse.dependents(verb, "nsubj").isEmpty()) {
                    // "We condemn the detention of Ukrainian sailors by Russian forces": the parser hangs the deed's
                    // "by" on the verb, which has a subject of its own (it is not passive)
                    parse.children(verb).stream().filter(a -> a.rel().equals("obl:by") || a.rel().equals("obl:agent"))
                            .forEach(a -> arcs.add(new Parse.Arc(verb, a.dependent(), "nmod:by")));
                }
            }
            for (var arc : arcs) {
                int head = arc.dependent();
                boolean nmod = arc.base().equals("nmod");
                if (NOUN_AGENT_RELATIONS.contains(arc.rel()) || nmod && NOUN_AGENT_PREPOSITIONS.contains(arc.sub())) {
                    parties(List.of(head), root).forEach(id -> actors.add(actingState(id)));
                } else if (nmod && arc.sub().equals("between")) {
                    parties(List.of(head), root).forEach(id -> actors.add(actingState(id))); // its conjuncts too
                } else if (nmod && noun.targets().contains(arc.sub())) {
                    var hit = parties(List.of(head), root);
                    var inner = EventNouns.of(lemma(head));
                    if (hit.isEmpty() && inner != null) {
                        // "restrictions on assistance to Eritrea": done to whom the inner event is done to
                        parse.children(head).stream().filter(a -> a.base().equals("nmod") && inner.targets().contains(a.sub()))
                                .forEach(a -> hit.addAll(parties(List.of(a.dependent()), root)));
                    }
                    var place = entityAt(head);
                    if (hit.isEmpty() && root >= 14 && place != null && place.entity().startsWith("place:")) {
                        hit.add(place.entity()); // "the offensive on Marib": violence is done to a place as well
                    }
                    targets.addAll(hit);
                }
            }
            String modality = "ASSERTED";
            boolean weighed = verb >= 0 && WEIGHING.contains(lemma(verb)) && CameoCodes.intent(code) != null;
            if (actors.isEmpty() && verb >= 0 && (weighed || SUPPORT_VERBS.contains(lemma(verb)))) {
                // "We will continue humanitarian assistance to Ethiopia": a verb that only carries the noun lends it its
                // subject; "The IMF is considering additional aid for Argentina", "Russia is preparing an offensive
                // against Ukraine": who weighs or prepares the act intends it (CAMEO's 03 and 13 mirror the acts)
                if (clauses.conditional(verb) || clauses.negated(verb) || clauses.auxiliaries(verb).stream().anyMatch(Clauses.HYPOTHETICAL::contains)) {
                    continue;
                }
                parties(parse.dependents(verb, "nsubj", "nsubj:xsubj"), root).forEach(id -> actors.add(actingState(id)));
                code = weighed ? CameoCodes.intent(code) : code;
                modality = weighed || clauses.auxiliaries(verb).stream().anyMatch(Dates.FUTURE_AUXILIARIES::contains) ? "PLANNED" : modality;
            }
            int host = actors.isEmpty() && root == 4 && verb < 0 ? parse.governor(n, "obl:during", "obl:in", "obl:on") : -1;
            if (host >= 0 && !clauses.conditional(host) && !clauses.negated(host)) {
                // "During a phone call with Prime Minister Kishida, President Biden reaffirmed the alliance", "In a call
                // with Foreign Minister Lavrov, Secretary Blinken urged …": who acts in the time of the talks took part
                parties(parse.dependents(host, "nsubj"), root).forEach(id -> actors.add(actingState(id)));
            }
            int giver = actors.isEmpty() && (root == 6 || root == 7) ? parse.governor(frame >= 0 ? frame : n, "nmod:of") : -1;
            if (giver >= 0 && GIVERS.contains(lemma(giver))) {
                // "The United States is the largest donor of humanitarian assistance to Yemen": who is the giver gives
                int remains = parse.governor(giver, "xcomp"); // "Japan remains the top provider of aid to Vietnam"
                parties(concat(parse.dependents(giver, "nsubj"), remains >= 0 ? parse.dependents(remains, "nsubj") : List.of()), root)
                        .forEach(id -> actors.add(actingState(id)));
                // the parser may hang "to Vietnam" on the giver
                parse.children(giver).stream().filter(a -> a.base().equals("nmod") && noun.targets().contains(a.sub()))
                        .forEach(a -> targets.addAll(parties(List.of(a.dependent()), root)));
            }
            if (actors.isEmpty() && verb >= 0 && disapprovals.contains(verb)) {
                // "The United States cooperates with Turkey but opposes its offensive": no one disapproves of his own
                // deed, so "its" is the state named before, not the one who speaks
                for (int owner : parse.dependents(n, "nmod:poss")) {
                    if (thirdPossessive(owner)) {
                        var coordinated = coordinatedOwner(n);
                        var doer = coordinated != null ? coordinated : subjectBefore(owner);
                        actors.addAll(doer != null ? List.of(doer) : statesBefore(owner + 1, true, text.tokens.get(owner).is("their")));
                    }
                }
            }
            targets.removeAll(actors);
            boolean between = parse.children(n).stream().anyMatch(a -> a.rel().equals("nmod:between"));
            boolean unowned = false;
            if (actors.isEmpty() && root >= 17 && verb >= 0 && disapprovals.contains(verb) && referredTo(n, s) == null
                    && parse.children(n).stream().noneMatch(a -> a.rel().equals("nmod:with") || a.rel().equals("nmod:between"))) {
                // "We condemn the terrorist attack in Kabul", "deplores the violence that has claimed the lives of
                // protesters": a deed no one is named for is still a conflict, in the state where it happened (not
                // "conflict with the PRC": a side is named)
                var where = deedPlace(n, verb);
                if (where != null) {
                    targets.clear();
                    targets.add(where);
                    unowned = true;
                }
            }
            if (actors.isEmpty() && !unowned || targets.isEmpty() && !(between && actors.size() >= 2)) {
                continue;
            }
            var parties = new LinkedHashSet<String>(actors);
            parties.addAll(targets);
            out.add(new Event(s, n, code, t.lemma(), List.copyOf(actors), List.copyOf(targets), about(n, parties, -1),
                    phrase(n, sentence), modality, null));
        }
        return out;
    }

    /**
     * Whether the event noun at {@code n} (or its frame) says who acts, by a possessive, a name before it or "by" /
     * "from" ("the EU's sanctions on Russia", "Russia's attack on"): then a verb that carries it does not lend it its
     * subject ("Germany announced the EU's sanctions").
     */
    private boolean namesItsActor(int n, EventNouns.Noun noun) {
        int frame = nouns.frameOf(n);
        int root = CameoCodes.root(noun.code());
        for (int head : frame >= 0 ? List.of(n, frame) : List.of(n)) {
            for (var arc : parse.children(head)) {
                boolean agent = NOUN_AGENT_RELATIONS.contains(arc.rel())
                        || arc.base().equals("nmod") && NOUN_AGENT_PREPOSITIONS.contains(arc.sub());
                if (agent && !parties(List.of(arc.dependent()), root).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word is the complement of a refusal or of a negated verb that is not someone's words ("will not allow
     * its territory to be used to <i>attack</i> Ukraine"): what it names did not happen, or will not.
     */
    public boolean deniedAbove(int v) {
        return clauses.deniedAbove(v);
    }

    /**
     * Whether a word lies in what an appeal asks for ("We urge Russia and Ukraine to <i>sign</i> a ceasefire
     * <i>agreement</i>", "urged China to <i>cooperate</i> with the WHO", "called on the parties to resume talks"): the
     * infinitive or clause of a verb the dictionary codes as an appeal (CAMEO 02), at any depth. What it names has not
     * happened; the appeal is the event. Known once {@link #find()} has run.
     */
    public boolean appealedAbove(int token) {
        return above(token, at -> {
            // "We hope Armenia and Azerbaijan will resume talks": the act expected
            int up = clauses.infinitiveGovernor(at);
            if (up < 0) {
                up = parse.governor(at, "ccomp");
            }
            return expected.contains(at) || up >= 0 && appeals.contains(up);
        }, arc -> false, governor -> true);
    }

    /**
     * Whether a word lies in what is discussed ("The two sides discussed <i>Russia's aggression against Ukraine</i>",
     * "discussed the international community's humanitarian <i>support</i> for Afghanistan"): the object of a verb of
     * {@link #DISCUSSING}, or what "about", "regarding" bring to a verb the dictionary codes as consultation (CAMEO 04:
     * "talked about"), at any depth below it. Those named there are the topic, not who talks, and a stance word there
     * is what they talked about, not a stance the sentence takes. Known once {@link #find()} has run.
     */
    public boolean discussedAbove(int token) {
        return above(token, at -> false,
                arc -> DISCUSSING.contains(lemma(arc.governor())) && arc.rel().equals("obj")
                        || consulting.contains(arc.governor()) && TOPIC_PREPOSITIONS.contains(arc.rel()),
                governor -> !DISCUSSING.contains(lemma(governor)) && !consulting.contains(governor));
    }

    /**
     * Whether {@code token} is "sign" with an instrument of one's own as its object: "President Biden will sign an
     * Executive Order", "signed the bill into law" are acts of one government, not agreements ("signed an agreement
     * with Poland", "signed a memorandum of understanding" are).
     */
    public boolean signsAnActOfItsOwn(int token) {
        return lemma(token).equals("sign") && parse.dependents(token, "obj").stream().anyMatch(o -> OWN_ACTS.contains(lemma(o)));
    }

    /**
     * Up the parse from a word, breadth first, at most 24 words: whether a word on the way ({@code word}) or an arc
     * into one ({@code arc}) says so; {@code through} says which governors the walk goes on through.
     */
    private boolean above(int token, java.util.function.IntPredicate word, java.util.function.Predicate<Parse.Arc> arc,
                          java.util.function.IntPredicate through) {
        var seen = new java.util.HashSet<Integer>();
        var next = new java.util.ArrayDeque<Integer>(List.of(token));
        while (!next.isEmpty() && seen.size() < 24) {
            int at = next.poll();
            if (!seen.add(at)) {
                continue;
            }
            if (word.test(at)) {
                return true;
            }
            for (var up : parse.parents(at)) {
                if (arc.test(up)) {
                    return true;
                }
                if (up.governor() >= 0 && through.test(up.governor())) {
                    next.add(up.governor());
                }
            }
        }
        return false;
    }

    /** "They", "the group", "the delegations": the words that name those at the meeting just reported, in text order. */
    public List<Mention> meetingMentions() {
        return List.copyOf(meetingWords.values());
    }

    /** "We", "our", "us" by the entity they stand for: whoever speaks there (a quoted speaker, an official publisher). */
    public java.util.Map<String, List<Mention>> speakerMentions() {
        return java.util.Collections.unmodifiableMap(spoken);
    }

    /**
     * The unnamed groups that take part in an event ("militiamen attacked", "fired on protesters"), by id, with their
     * mentions; a group the text only names ("to protect civilians") is no entity of the article.
     */
    public java.util.Map<String, org.entente.extract.mentions.Draft> groups() {
        var out = new java.util.LinkedHashMap<String, org.entente.extract.mentions.Draft>();
        groups.forEach((id, draft) -> {
            if (parties.contains(id) || ARMED_SECTORS.contains(sectors.get(id))) {
                out.put(id, draft);
            }
        });
        return out;
    }

    /**
     * The target named deeper in the verb phrase, as CAMEO coders read it: the first actor in the verb's object or
     * complements ("welcomed the resumption of ties with Osgiliath", "vowed to wage war on the Rohans"), not past a
     * clause of its own.
     */
    private Set<String> firstInComplements(int v, Set<String> actors, int root) {
        var heads = new ArrayList<Integer>();
        for (var arc : parse.children(v)) {
            // and a gerund after "to" ("look forward to hearing from Burkina Faso's authorities", "to working with
            // Kenya"), which the parser attaches as an adverbial clause
            if ((Set.of("obj", "obl", "xcomp", "iobj").contains(arc.base()) || arc.base().equals("advcl")
                    && (clauses.infinitiveGovernor(arc.dependent()) == v || arc.rel().equals("advcl:to")))
                    && arc.dependent() > v) {
                heads.add(arc.dependent());
            }
        }
        var tokens = new java.util.TreeSet<Integer>();
        heads.forEach(h -> tokens.addAll(parse.subtree(h, 60)));
        for (int t : tokens) {
            if (t < v || parse.attachedAs(t, "ccomp", "advcl", "acl:relcl", "parataxis") || victimOfDeed(t, v, root, null)) {
                continue; // nor the victims of a deed disapproved of ("criticized the attacks on Mali")
            }
            var m = entityAt(t);
            if (m != null && (root >= 15 || linkedAsTarget(m)) && withinReach(t, v)) {
                // force used "in Syria" is used against it (CAMEO's reading); talks "in Berlin" are only held there
                var party = party(m, root);
                if (party != null && !actors.contains(party)) {
                    var out = new LinkedHashSet<String>();
                    out.add(party);
                    // with its conjuncts: "the agreement between ECOWAS and Mali"
                    for (var other : parties(conjuncts(m), root)) {
                        if (!actors.contains(other)) {
                            out.add(other);
                        }
                    }
                    return out;
                }
            }
        }
        return Set.of();
    }

    /**
     * Relations by which a clause with a subject of its own hangs under a word: a clause that modifies a noun ("talks
     * hosted by Kenya", "those who support Iran"), a clause that is said. Not xcomp ("agreed to work with Poland" works
     * with Poland as the one who agreed), advcl ("look forward to hearing from Burkina Faso") nor parataxis, where the
     * parser puts asides it misreads ("restore, it seems, full diplomatic ties with Gondor").
     */
    private static final Set<String> CLAUSES = Set.of("acl", "ccomp", "csubj");

    /**
     * Whether a name can be where a dictionary pattern, matched word by word, puts its target ({@code +}) or source
     * ({@code $}): not when it stands inside a clause below the verb other than as that clause's subject. "the need
     * for Russia to withdraw": Russia is the one the need is for; "the need for all parties to return to the talks
     * hosted by Kenya": Kenya, the agent of "hosted", is not. Only a name after that clause's verb, as English puts
     * a clause's objects.
     */
    private boolean withinReach(int name, int v) {
        int at = name;
        String cameBy = null;
        for (int steps = 0; steps < 40 && at != v; steps++) {
            var arc = parse.treeParent(at);
            if (arc == null && at > 0 && parse.children(at).isEmpty() && parse.parents(at).isEmpty()) {
                at--; // "AU" in "UNITAMS-AU-IGAD", a part of a split word, has no parse: it hangs where the first part does
                continue;
            }
            if (arc == null) {
                return true; // the verb is not above it: the pattern's own order decides
            }
            if (CLAUSES.contains(arc.base()) && cameBy != null && !cameBy.startsWith("nsubj") && name > at) {
                return false; // (a name before the clause's verb that is not its subject is the parser's slip: "ties
                              // with Gondor, five years after …, a senior official said" made "said" a relative clause)
            }
            cameBy = arc.rel();
            at = arc.governor();
        }
        return true;
    }

    /**
     * Whether a preposition (or an infinitive's "to") that a dictionary pattern puts after its target ("* + TO [043]",
     * welcome someone to a place) opens a complement of the verb or of its target: the word it marks hangs under the
     * verb, directly or as the conjunct of one that does, or under a word between the target and the verb (the parser
     * hangs "on your National Day" under "the people of Bangladesh"). "welcomed Xi to Washington", "urged Iran to
     * stop": yes; "commend Japan for its contribution to the Global Fund", "congratulate the people of Kyrgyzstan for
     * demonstrating their commitment to democracy": the "to" marks a word under another of the verb's phrases, so no
     * visit is hosted. Without a parse, yes.
     */
    private boolean complement(int word, int target, int v) {
        var arc = parse.treeParent(word);
        if (arc == null) {
            return true;
        }
        int marked = arc.governor();
        var up = parse.treeParent(marked);
        while (up != null && up.base().equals("conj")) {
            marked = up.governor();
            up = parse.treeParent(marked);
        }
        if (marked == v || up == null) {
            return true;
        }
        int head = up.governor();
        var possessor = parse.treeParent(target);
        if (possessor != null && possessor.rel().equals("nmod:poss") && head == possessor.governor()) {
            return false; // "welcomes Sweden's accession to NATO": the "to" completes the deed welcomed, no one is hosted
        }
        for (int at = target, steps = 0; at >= 0 && steps < 12; steps++) {
            if (at == head) {
                return true; // under the verb, the target, or a word of the phrase the target stands in
            }
            if (at == v) {
                return false;
            }
            var above = parse.treeParent(at);
            at = above == null ? -1 : above.governor();
        }
        return true; // the verb is not above the target: the pattern's own order decides
    }

    /** Whether a name deep in the verb phrase is linked as its other side: an object, or "with", "against", "of" … — not "in Berlin". */
    private boolean linkedAsTarget(Mention m) {
        for (int t = m.first(); t < m.last(); t++) {
            for (var arc : parse.parents(t)) {
                if (arc.governor() >= m.first() && arc.governor() < m.last()) {
                    continue;
                }
                if ((arc.base().equals("obl") || arc.base().equals("nmod")) && !arc.rel().equals("nmod:poss")
                        && !TARGET_PREPOSITIONS.contains(arc.sub()) && !Set.of("of", "between").contains(arc.sub())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a mention stands before the dash of a dateline that opens its sentence ("MOSCOW (Reuters) - …"). */
    private boolean inDateline(Mention m) {
        var sentence = text.sentences.get(text.tokens.get(m.first()).sentence());
        return m.first() < org.entente.extract.mentions.MentionFinder.datelineDash(text.tokens, sentence[0], sentence[1]);
    }

    /**
     * A disapproval whose object is a deed the sentence says who did ("The United States condemns the occupation of
     * Ukrainian territory by Russia"): the doer is the target, whom the deed was done to what it is about; the object
     * phrase had named the victims, the noun's "of". Unchanged where the deed has no doer ("the killing of Ukrainian
     * civilians") or its doer is already the target.
     */
    private Event doerOfObjectDeed(Event e, List<Event> nouned) {
        if (!disapproves(CameoCodes.root(e.code()))) {
            return e;
        }
        var deed = objectDeeds(e, nouned).filter(x -> !x.actors().isEmpty()).findFirst().orElse(null);
        if (deed == null) {
            return e;
        }
        var doers = deed.actors().stream().filter(a -> !e.actors().contains(a)).toList();
        if (doers.isEmpty() || e.targets().containsAll(doers)) {
            return e;
        }
        var about = new ArrayList<>(e.about());
        e.targets().stream().filter(t -> !doers.contains(t) && !about.contains(t)).forEach(about::add);
        about.removeAll(doers);
        return new Event(e.sentence(), e.verb(), e.code(), e.verbText(), e.actors(), doers, about, e.topic(), e.modality(), e.attributedTo());
    }

    /** The events of nouns ({@code nouned}) that are the object of event {@code e}'s verb ("condemn the occupation …"). */
    private java.util.stream.Stream<Event> objectDeeds(Event e, List<Event> nouned) {
        var objects = parse.dependents(e.verb(), "obj");
        return nouned.stream().filter(x -> objects.contains(x.verb()));
    }

    /** The entities that argument heads stand for, as claim parties. */
    private LinkedHashSet<String> parties(List<Integer> heads, int root) {
        return parties(heads, root, false);
    }

    /**
     * The parties of a verb's objects, as {@link #parties}; but a capital that owns, makes or sends what the object names
     * acts for its state ("rejected Washington's proposal", "protested the note of Moscow", "condemned the Tehran
     * regime"), where a capital that is the object itself stays the city ("attacked Moscow", "visited Beijing").
     */
    private LinkedHashSet<String> objectParties(List<Integer> heads, int root) {
        return parties(heads, root, true);
    }

    private LinkedHashSet<String> parties(List<Integer> heads, int root, boolean owned) {
        var out = new LinkedHashSet<String>();
        for (int head : heads) {
            for (var m : standsFor(head, 0)) {
                var party = party(m, root);
                if (party != null) {
                    out.add(owned && !(m.first() <= head && head < m.last()) ? actingState(party) : party);
                }
            }
        }
        return out;
    }

    /**
     * Whether a negated acceptance, agreement or yielding under "could" or "would" refuses ("could not accept the
     * proposal", "would not agree to the draft"), where "could", "might" or "should" alone only muse ("Russia could
     * accept", "Iran should not accept").
     */
    private boolean refusal(int v, CameoVerbs.Coding coding, int root, List<String> aux) {
        boolean refused = Clauses.negatingPattern(coding) ? root == 12 : root == 3 || root >= 5 && root <= 8; // "NOT ACCEPT" is 120
        return refused && clauses.negated(v) && aux.stream().filter(Clauses.HYPOTHETICAL::contains).allMatch(a -> a.equals("could") || a.equals("would"));
    }

    /** A person at a meeting is the party; otherwise the state a person or office acts for, if the text says one. */
    private String party(Mention m, int root) {
        if (inDateline(m)) {
            return null; // "MOSCOW (Reuters) -": the agency files the story, it does not act in it
        }
        if (root == 4 && m.category().equals("PERSON")) {
            return m.entity();
        }
        if (m.category().equals("SPEAKER") || m.category().equals("REFERENCE")) {
            return m.entity();
        }
        if (m.via() == org.entente.extract.gazetteer.Gazetteer.Via.CAPITAL && m.entity().startsWith("place:")) {
            return m.entity(); // the caller decides whether the city acts for its state
        }
        if (!ACTING.contains(m.entity().substring(0, m.entity().indexOf(':') + 1)) && !Actors.formerState(resolved.entities().get(m.entity()))) {
            return null; // a place, a treaty or an issue is what an event is about, not who acts in it (a state gone is a state)
        }
        var state = Actors.stateOf(m, text, gazetteer, resolved);
        return state != null ? state : m.entity();
    }

    /**
     * What the phrase headed by {@code head} names: the mention there, else its possessor or modifiers ("Arnor's
     * foreign minister", "the Russian government", "the representative of Arnor"), its conjuncts and appositions, and
     * the speaker for "we" or "my delegation".
     */
    private List<Mention> standsFor(int head, int depth) {
        var out = new ArrayList<Mention>();
        var here = entityAt(head);
        int teller = depth == 0 ? reportedSelf(head) : -1;
        var thanked = thanked(head);
        var addressed = thanked != null ? thanked : saluted(head);
        if (here != null) {
            out.add(here);
        } else if (speakerWord(head) && lastSpeaker != null) {
            out.add(speakerMention(head));
        } else if (addressed != null) {
            out.add(reference(head, addressed.entity())); // "Thank you, Special Representative Bathily … We welcome your efforts"
            var state = Actors.stateOf(addressed, text, gazetteer, resolved);
            var entry = state == null ? null : gazetteer.byId(state).orElse(null);
            if (entry != null && !state.equals(addressed.entity())) {
                // the one thanked or saluted and the state he speaks for, which a letter may never name ("Dear Mr.
                // Kosygin, … your Government": the Soviet Union's)
                resolved.entities().computeIfAbsent(state, id -> org.entente.extract.mentions.Draft.of(entry));
                out.add(reference(head, state));
            }
        } else if (publisherOffice(head)) {
            out.add(speakerMention(head, publisherSpeaker));
        } else if (teller >= 0) {
            out.addAll(standsFor(teller, 0)); // "Russia said it would retaliate": Russia; "the two sides said they …"
        } else if (depth < 2) {
            for (var arc : parse.children(head)) {
                if (Set.of("nmod:poss", "compound", "amod", "nmod:of", "nmod:for", "appos", "flat").contains(arc.rel())
                        || (Set.of("nmod:from", "nmod:in").contains(arc.rel()) && gazetteer.agent(lemma(head)) != null)) {
                    // "soldiers from Gondor", "lawmakers in Fornost" act for it; "talks in Turkey" are held there
                    out.addAll(standsFor(arc.dependent(), depth + 1));
                    if (Set.of("nmod:of", "nmod:for").contains(arc.rel())) {
                        // "the transition governments of Mali, Guinea, and Burkina Faso": each conjunct's
                        parse.dependents(arc.dependent(), "conj").stream().map(this::entityAt)
                                .filter(m -> m != null && !out.contains(m)).forEach(out::add);
                    }
                    if (!out.isEmpty() && !arc.rel().equals("amod")) {
                        break; // but "American and Canadian citizens" are both
                    }
                }
            }
        }
        if (depth == 0 && out.isEmpty() && pairPhrase(head)) {
            var pair = Actors.pair(text, gazetteer, resolved);
            if (pair.size() == 2) {
                pair.forEach(id -> out.add(reference(head, id)));
            }
        }
        if (depth == 0 && out.isEmpty() && allParties(head)) {
            // "We urge all parties to renounce violence": the states the text has just named, not whoever speaks to
            // them ("Kenya urged the parties to …": not Kenya)
            Actors.nearest(text, gazetteer, resolved, head, subjectsOf(parse.governor(head, "obj", "iobj", "obl")))
                    .forEach(id -> out.add(reference(head, id)));
        }
        int counted = depth == 0 && out.isEmpty() ? count(head) : 0;
        if (counted > 2) {
            // "the three governments", "all three countries": the states a nearby sentence names, as many as counted
            Actors.counted(text, gazetteer, resolved, head, counted, lastSpeaker)
                    .forEach(id -> out.add(reference(head, id)));
        }
        if (depth == 0 && out.isEmpty() && participants(head)) {
            // "They discussed …", "The group noted …", "thanked the Foreign Ministers": those at the meeting just reported
            lastMeeting.forEach(id -> out.add(reference(head, id)));
            meetingWords.put(head, out.get(0));
        }
        if (depth == 0 && out.isEmpty()) {
            governmentOf(head).forEach(state -> out.add(reference(head, state)));
        }
        if (depth == 0 && out.isEmpty()) {
            var group = group(head);
            if (group != null) {
                out.add(group);
            }
        }
        if (depth == 0) {
            for (var arc : parse.children(head)) {
                if (arc.base().equals("conj") || arc.base().equals("appos")) {
                    var m = entityAt(arc.dependent());
                    if (m != null && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "it" or "they" as the subject of what someone said, announced or made clear ("Russia said it would retaliate
     * against NATO", "The EU announced it will impose sanctions", "The Kremlin has made clear it expects Washington to
     * …"): the subject of the verb whose clause it is; else -1.
     */
    private int reportedSelf(int head) {
        if (!text.tokens.get(head).is("it", "they", "It", "They") || !parse.attachedAs(head, "nsubj")) {
            return -1; // not "Russia said it would be replaced": what is done to "it" may be anything named before
        }
        int clause = parse.governor(head, "nsubj");
        int up = clause < 0 ? -1 : parse.governor(clause, "ccomp");
        var subjects = up < 0 ? List.<Integer>of() : parse.dependents(up, "nsubj");
        return subjects.isEmpty() || subjects.get(0) == head ? -1 : subjects.get(0);
    }

    /**
     * An unnamed group that acts ("militiamen attacked a convoy", "rebels", "protesters"): an actor phrase headed by a
     * noun of the CAMEO agents dictionary (or a body: forces, militia) that names no state, becomes an organization of
     * its own words, typed by the agent's sector ({@code orgType: armed group}, …), with that phrase as its mention.
     */
    private Mention group(int head) {
        for (var m : text.mentions) {
            if (m.first() <= head && head < m.last() && m.entity() == null && m.category().equals("ORGANIZATION") && m.last() - 1 == head) {
                var words = text.body(m.first(), m.last()).replaceFirst("(?i)^(the|a|an|some|many|several|other|more|all|any|these|those) ", "");
                if (words.matches("(?i)(our|their|its|his|her|my|your|we|they) .*") || words.isBlank()
                        || org.entente.extract.mentions.Descriptions.armedForces(words)) {
                    return null; // "our partners", "the military": whose, the text does not say here
                }
                var sector = gazetteer.agent(text.tokens.get(head).lemma());
                if (sector == null || !GROUP_SECTORS.contains(sector)) {
                    return null; // "officials", "the two presidents", "both countries" act for someone the text names elsewhere
                }
                var id = "org:" + org.entente.extract.gazetteer.Slugs.slug(words);
                if (resolved.entities().containsKey(id) && !groups.containsKey(id)) {
                    return null;
                }
                var draft = groups.computeIfAbsent(id, k -> {
                    var d = new org.entente.extract.mentions.Draft(k, "Organization", words.substring(0, 1).toUpperCase() + words.substring(1), null);
                    d.properties.put("orgType", orgType(sector));
                    sectors.put(k, sector);
                    return d;
                });
                var resolvedMention = m.resolved(id, "ORGANIZATION");
                if (draft.mentions.stream().noneMatch(x -> x.first() == m.first())) {
                    draft.mentions.add(resolvedMention);
                }
                return resolvedMention;
            }
            if (m.first() > head) {
                break;
            }
        }
        return null;
    }

    /**
     * The two sides of a meeting event: its actors and targets, each as the state it acts for where it has one (the
     * envoy leading a delegation is his state), else as itself (the Taliban).
     */
    private Set<String> sides(Event meeting) {
        var sides = new LinkedHashSet<String>();
        for (var id : concat(meeting.actors(), meeting.targets())) {
            sides.add(side(id));
        }
        return sides;
    }

    /** The side of talks an entity is on: the state it acts for, if the text says one, else itself. */
    private String side(String id) {
        var state = Actors.stateOf(id, text, gazetteer, resolved);
        return state != null ? state : id;
    }

    /**
     * Whom one side of the talks a text reports spoke to, where the sentence does not say: the other side. A readout
     * ("Secretary Blinken spoke with Foreign Minister Kuleba") goes on in the past tense with what each side said in the
     * talks ("The Secretary urged restraint", "The Taliban reiterated their pledge"); a verbal event there (a statement,
     * an appeal, an intent, praise, a demand, disapproval, a rejection, a threat: CAMEO 01–03, 05, 10–13) by one side
     * alone is addressed to the other. Not what is reported ("said that …"), nor words to an audience the sentence names
     * ("Gibbs told reporters that …"), not the present tense ("The United States
     * supports …" is policy, not a word in the talks), not an act (aid, sanctions), and not before the talks are named.
     */
    private String addressee(int v, int root, Set<String> actors) {
        if (text.sides.size() != 2 || actors.size() != 1 || !VERBAL_ROOTS.contains(root) || !text.tokens.get(v).pos().equals("VBD")
                || clauses.reporter(v) >= 0 || AUDIENCE_VERBS.contains(lemma(v)) && !parse.dependents(v, "obj", "iobj").isEmpty()) {
            return null;
        }
        var side = side(actors.iterator().next());
        if (!text.sides.contains(side)) {
            return null;
        }
        return text.sides.stream().filter(s -> !s.equals(side)).findFirst().orElse(null);
    }

    /** Each person among {@code ids} as the state the text says he acts for, if it says one. */
    private void fold(LinkedHashSet<String> ids) {
        var folded = new LinkedHashSet<String>();
        for (var id : ids) {
            var state = id.startsWith("person:") ? Actors.stateOf(id, text, gazetteer, resolved) : null;
            folded.add(state != null ? state : id);
        }
        ids.clear();
        ids.addAll(folded);
    }

    /**
     * The CAMEO code of a support verb whose object is talks with someone ("held talks with", "continue discussions
     * with", "began negotiations with"): 046 for negotiations, 040 for consultations; else {@code null}.
     */
    private String talks(int v) {
        for (int object : parse.dependents(v, "obj")) {
            if (TALKS.containsKey(lemma(object)) && parse.children(object).stream().anyMatch(a -> a.rel().equals("nmod:with"))) {
                return TALKS.get(lemma(object));
            }
        }
        return null;
    }

    /**
     * The state a government named without its state stands for ("In Guinea, we urge the transition government to …",
     * "Mali … The authorities said"): the state the sentence opens with ("In Guinea,"), else the last state named
     * before it in its paragraph, other than the one who speaks and the subject of its own sentence; the same state for
     * a state's organs and people named by "its" or "their" ("We congratulate Kyrgyzstan … We will work with its elected
     * officials"), and the states named together for "their"; none when the phrase names whose it is ("the government of
     * Mali", "the Ethiopian government") or the text gives no state.
     */
    private List<String> governmentOf(int head) {
        var sentence = text.sentences.get(text.tokens.get(head).sentence());
        int opener = head - 1;
        while (opener >= sentence[0] && text.tokens.get(opener).pos().matches("JJ.*|NN|NNS|VBN|HYPH") && text.namedAt(opener) == null) {
            opener--; // "the transition government", "the military-led authorities"
        }
        // "its elected officials", "their new president": a state's own people and organs, the possessive says whose
        boolean its = opener >= sentence[0] && thirdPossessive(opener) && ORGANS.contains(lemma(head))
                && parse.children(head).stream().noneMatch(a -> a.rel().equals("nmod:of"));
        // "security forces", "the police": a state's forces, named without the state, as its government is
        boolean forces = FORCES.contains(lemma(head)) || lemma(head).equals("force")
                && parse.dependents(head, "compound", "amod").stream().anyMatch(c -> lemma(c).equals("security"));
        if (!its && (!(GOVERNMENTS.contains(lemma(head)) || forces)
                || parse.children(head).stream().anyMatch(a -> a.rel().equals("nmod:poss") || a.rel().equals("nmod:of")))) {
            return List.of();
        }
        boolean bare = forces && text.tokens.get(head).pos().equals("NNS") && opener >= sentence[0] && text.tokens.get(opener).pos().matches("IN|VB.*|CC|,");
        if (!its && !bare && (opener < sentence[0] || !text.tokens.get(opener).is("the", "a", "an"))) {
            return List.of(); // "the Ethiopian government", "Mali's authorities": the phrase says whose
        }
        if (!its && text.tokens.get(sentence[0]).is("in") && text.namedAt(sentence[0] + 1) != null) {
            var setting = text.namedAt(sentence[0] + 1);
            var state = Actors.stateOf(setting, text, gazetteer, resolved);
            if (state != null && setting.last() < head && text.tokens.get(setting.last()).word().equals(",")) {
                return List.of(state); // "In Guinea, we urge the transition government …"
            }
        }
        return statesBefore(head, its, text.tokens.get(opener).is("their"));
    }

    /** "its" or "their", not "its own": a possessive that names a state other than the one whose clause it is in. */
    private boolean thirdPossessive(int t) {
        return text.tokens.get(t).is("its", "their") && !text.tokens.get(t + 1).is("own");
    }

    /**
     * The state that owns the deed a deed is coordinated with: whose "its" a second deed names ("condemned Russia's
     * destabilizing actions in eastern Ukraine and its illegal occupation of Crimea": Russia's, not Ukraine's, the state
     * named last); {@code null} when the first deed has no state for its owner.
     */
    private String coordinatedOwner(int deed) {
        int first = parse.governor(deed, "conj");
        for (int owner : first < 0 ? List.<Integer>of() : parse.dependents(first, "nmod:poss")) {
            var named = text.namedAt(owner);
            if (named != null && named.entity() != null && named.entity().startsWith("country:")) {
                return named.entity();
            }
        }
        return null;
    }

    /**
     * The state that was the subject of a clause last before {@code head} ({@link #namedStatesBefore}): whose deed a
     * disapproved "its" names ("Russia has attacked Ukraine. We condemn its attacks on civilians": Russia's, not
     * Ukraine's, the state named last); {@code null} when no such subject is named.
     */
    private String subjectBefore(int head) {
        return namedStatesBefore(head).stream().filter(k -> parse.parents(k).stream().anyMatch(a -> a.rel().equals("nsubj")))
                .findFirst().map(k -> text.namedAt(k).entity()).orElse(null);
    }

    /**
     * The last state named before {@code head} ({@link #namedStatesBefore}) other than the subject of {@code head}'s
     * sentence and a possessor; with the states named together with it for {@code their} ("Ethiopia and Eritrea signed
     * … We commend their leaders"). For a possessive ({@code its}), the subject of a clause, not one the parser gives a
     * controlled verb ("we urge France and its government to help": France).
     */
    private List<String> statesBefore(int head, boolean its, boolean their) {
        for (int k : namedStatesBefore(head)) {
            boolean subject = text.tokens.get(k).sentence() == text.tokens.get(head).sentence() && (its
                    ? parse.parents(k).stream().anyMatch(a -> a.rel().equals("nsubj") || a.rel().equals("nsubj:pass"))
                    : parse.attachedAs(k, "nsubj", "nsubj:pass"));
            if (subject || parse.attachedAs(k, "nmod:poss")) {
                continue;
            }
            var owners = new LinkedHashSet<String>();
            if (their) {
                int first = parse.governor(k, "conj") >= 0 ? parse.governor(k, "conj") : k;
                var together = new ArrayList<>(List.of(first));
                together.addAll(parse.dependents(first, "conj"));
                together.stream().map(text::namedAt).filter(n -> n != null && n.entity() != null && n.entity().startsWith("country:"))
                        .sorted(java.util.Comparator.comparingInt(Mention::first)).forEach(n -> owners.add(n.entity()));
            }
            owners.add(text.namedAt(k).entity());
            return List.copyOf(owners);
        }
        return List.of();
    }

    /**
     * The tokens where states are named before {@code head}, nearest first, at most two sentences back and not past a
     * paragraph break (the government of whom, the text no longer says), other than the speaker.
     */
    private List<Integer> namedStatesBefore(int head) {
        var out = new ArrayList<Integer>();
        for (int k = head - 1; k >= 0 && text.tokens.get(head).sentence() - text.tokens.get(k).sentence() <= 2; k--) {
            if (text.body(k, head).contains("\n\n")) {
                break;
            }
            var m = text.namedAt(k);
            if (m != null && m.entity() != null && m.entity().startsWith("country:") && !m.entity().equals(lastSpeaker)) {
                out.add(k);
            }
            if (m != null) {
                k = m.first();
            }
        }
        return out;
    }

    /**
     * Whether the word at {@code t} names whom a deed was done to, in a deed that the verb disapproves of (its object, or
     * its subject in the passive: "criticized the
     * attacks on <i>Mali</i>", "violence against", "the killings of"): not its owner ("Russia's attacks"), nor a side
     * ("conflict with the PRC"); unless the pattern itself names the deed (CAMEO reads "condemn * ATTACKS AGAINST +" as
     * sympathy with the victim).
     */
    private boolean victimOfDeed(int t, int v, int root, String pattern) {
        if (!disapproves(root)) {
            return false;
        }
        for (int object : parse.dependents(v, "obj", "iobj", "nsubj:pass")) {
            if (pattern != null && pattern.contains(lemma(object).toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            var victims = victimPrepositions(object);
            for (var arc : parse.children(object)) {
                if ((arc.base().equals("nmod") || arc.base().equals("obl")) && victims.contains(arc.sub())
                        && parse.subtree(arc.dependent(), 60).contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The heads of the phrases coordinated with a name ("ECOWAS and <i>Mali</i>", "Guatemala, <i>Honduras</i>, and <i>El
     * Salvador</i>"): the conj arcs from any of its tokens to outside it ("the Republic of the Congo and Rwanda").
     */
    private List<Integer> conjuncts(Mention m) {
        return conjuncts(m.first(), m.last());
    }

    /** The heads coordinated with the words [first, last): conj arcs from any of them to outside them. */
    private List<Integer> conjuncts(int first, int last) {
        var out = new ArrayList<Integer>();
        for (int t = first; t < last; t++) {
            for (int c : parse.dependents(t, "conj")) {
                if ((c < first || c >= last) && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Disapproval and rejection (CAMEO 11, 12), not demands (10) nor threats (13): "threatened strikes on Israel" aims at Israel. */
    private static boolean disapproves(int root) {
        return root == 11 || root == 12;
    }

    /**
     * The prepositions that say whom a deed was done to, when the object is violence done to someone: an event noun of
     * material conflict by its own target prepositions but "in", "with", "between" ("attacks on, against", "killings
     * of"; not "conflict with the PRC", a side), a deed the event
     * nouns do not list by "against", "on", "upon" ("violence against"); none for anything else. Not "of" where it may
     * say who did it ("the crimes of the Assad regime").
     */
    private Set<String> victimPrepositions(int object) {
        if (DEEDS.contains(lemma(object))) {
            return DEED_PREPOSITIONS;
        }
        int n = nouns.eventNounIn(object);
        var noun = n < 0 ? null : nouns.eventNoun(n);
        if (noun == null || CameoCodes.root(noun.code()) < 14) {
            return Set.of();
        }
        var out = new java.util.HashSet<>(noun.targets());
        out.removeAll(Set.of("in", "with", "between")); // where, and the other side ("conflict with the PRC")
        return out;
    }

    /** "agreed to work together on …", "jointly", "with each other": the verb's phrase says its subjects act as one. */
    private boolean jointly(int v) {
        for (int t : parse.subtree(v, 40)) {
            if (t > v && (text.tokens.get(t).is("together", "jointly") || (text.tokens.get(t).is("other") && text.tokens.get(t - 1).is("each")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase headed by {@code head} names those at the meeting or consultation reported in this sentence's
     * paragraph or the {@value #MEETING_REACH} sentences before it, without counting them: "They" as a subject, "the
     * group", or a plural noun of {@link #PAIR_NOUNS} or "participants" after "the" ("the Foreign Ministers", "the
     * delegations", "the leaders"). Not "they" that is what it says ("Russia said they would …" is Russia's), not a
     * phrase that says whose ("the leaders of Gondor" names Gondor), not a noun with a number ("the three governments").
     */
    private boolean participants(int head) {
        int sentence = text.tokens.get(head).sentence();
        if (lastMeeting.isEmpty() || sentence - lastMeetingSentence > MEETING_REACH || count(head) > 0) {
            return false;
        }
        var t = text.tokens.get(head);
        if (t.is("they", "They")) {
            return parse.attachedAs(head, "nsubj") && reportedSelf(head) < 0;
        }
        boolean group = lemma(head).equals("group") && t.pos().equals("NN");
        // capitalized, "the Foreign Ministers" is tagged a proper noun, which the lemmatizer leaves as written
        boolean proper = t.pos().startsWith("NNP") && t.word().endsWith("s");
        var noun = proper ? edu.stanford.nlp.process.Morphology.lemmaStatic(t.word().toLowerCase(), "NNS") : lemma(head);
        boolean plural = (t.pos().equals("NNS") || proper) && (PAIR_NOUNS.contains(noun) || noun.equals("participant"));
        return (group || plural) && parse.children(head).stream().anyMatch(a -> a.rel().equals("det") && definite(a.dependent(), head))
                && parse.children(head).stream().noneMatch(a -> a.rel().startsWith("nmod") || a.rel().equals("acl:relcl"));
    }

    /** "the" that opens the noun phrase of {@code head}, with only modifiers between ("the Foreign Ministers"). */
    private boolean definite(int det, int head) {
        if (!text.tokens.get(det).is("the") || det > head || head - det > 3) {
            return false;
        }
        for (int t = det + 1; t < head; t++) {
            if (!text.tokens.get(t).pos().matches("JJ.*|NNP?|VBN")) {
                return false; // "Accent The Positive In First Meeting Presidents …": a headline the parser ran on
            }
        }
        return true;
    }

    /**
     * "all parties", "the parties (to the conflict)", "all sides", "all stakeholders": whoever the text is about, with no
     * word that says which ("all political parties", "the other side", "both sides" are not).
     */
    private boolean allParties(int head) {
        var t = text.tokens.get(head);
        if (!PARTIES.contains(lemma(head)) || !t.pos().equals("NNS")) {
            return false;
        }
        boolean all = false;
        for (var a : parse.children(head)) {
            var word = text.tokens.get(a.dependent());
            if (a.base().equals("det")) { // "det", "det:predet"
                if (!word.is("all", "the", "All", "The")) {
                    return false; // "both sides", "any party"
                }
                all = true;
            } else if (Set.of("amod", "compound", "nummod", "nmod:poss").contains(a.rel()) && !word.is("relevant", "concerned", "involved")) {
                return false;
            }
        }
        return all;
    }

    /** "the two sides", "both delegations", "the two leaders": the pair the article reports on. */
    private boolean pairPhrase(int head) {
        return count(head) == 2;
    }

    /**
     * How many a noun of {@link #PAIR_NOUNS} counts: "both delegations", "the two sides" 2, "the three governments",
     * "all five countries" 3 and 5; 0 when no number says.
     */
    private int count(int head) {
        if (!PAIR_NOUNS.contains(lemma(head))) {
            return 0;
        }
        for (var a : parse.children(head)) {
            if (!Set.of("det", "nummod", "amod", "det:predet").contains(a.base())) {
                continue;
            }
            var word = text.tokens.get(a.dependent());
            int at = word.is("both") ? 1 : NUMBERS.indexOf(lemma(a.dependent()));
            if (at >= 0) {
                return at + 1;
            }
            if (a.base().equals("nummod") && word.word().matches("[1-9]|1[0-2]")) {
                return Integer.parseInt(word.word());
            }
        }
        return 0;
    }

    /** The CAMEO agent sector as an organization type. */
    private static String orgType(String agent) {
        return switch (agent == null ? "" : agent) {
            case "REB", "INS", "UAF", "MIL", "RAD" -> "armed group";
            case "COP", "SPY" -> "security service";
            case "GOV", "LEG", "JUD" -> "government body";
            case "OPP", "PTY" -> "political group";
            default -> "group";
        };
    }

    /** "we", "I", "my delegation", "our Government". */
    private boolean speakerWord(int head) {
        var word = text.tokens.get(head).word().toLowerCase();
        if (FIRST_PERSON.contains(word)) {
            return true;
        }
        return SPEAKER_NOUNS.contains(lemma(head)) && parse.children(head).stream()
                .anyMatch(a -> a.rel().equals("nmod:poss") && Set.of("my", "our").contains(text.tokens.get(a.dependent()).word().toLowerCase()));
    }

    /**
     * "The Secretary", "the Deputy Secretary" in a government department's own text, no one with that office named
     * before ("The Secretary condemned Russia's attack on Ukraine" in a State Department readout): the department's
     * head or deputy speaks for its state; so does "the President" there ("Kissinger informed Dobrynin that the
     * President would not accept the proposal"), not "the President of the Council". Not "the UN Secretary", "the
     * Secretary-General", nor in a text no government publishes.
     */
    private boolean publisherOffice(int head) {
        boolean president = text.tokens.get(head).word().equals("President") && parse.dependents(head, "nmod:of").isEmpty();
        if (publisherSpeaker == null || !(lemma(head).equalsIgnoreCase("secretary") || president)) {
            return false;
        }
        var opener = parse.dependents(head, "det");
        return opener.size() == 1 && text.tokens.get(opener.get(0)).is("the")
                && parse.dependents(head, "compound", "amod").stream().allMatch(c -> lemma(c).toLowerCase(java.util.Locale.ROOT)
                        .matches("deputy|under|assistant|acting"))
                && parse.children(head).stream().noneMatch(a -> a.rel().equals("nmod:poss") || a.base().equals("appos")
                        || a.rel().equals("nmod:of") && entityAt(a.dependent()) != null && entityAt(a.dependent()).entity().startsWith("country:"));
    }

    /**
     * Whom "you" or "your" at {@code token} addresses: the person a speech thanks by name, in that sentence or the three
     * before it ("Thank you, Special Representative Bathily, for your update … We welcome your efforts"); else (another
     * word, an office without a name: "Thank you, Madam President", the room: "Thank you all") null.
     */
    private Mention thanked(int token) {
        if (!text.tokens.get(token).is("you", "your")) { // Token.is ignores case
            return null;
        }
        int here = text.tokens.get(token).sentence();
        for (int s = here; s >= 0 && s >= here - 3; s--) {
            var sentence = text.sentences.get(s);
            int t = sentence[0];
            if (sentence[1] - t < 4 || !text.tokens.get(t).is("Thank") || !text.tokens.get(t + 1).is("you") || !text.tokens.get(t + 2).is(",")) {
                continue;
            }
            for (int k = t + 3; k < sentence[1]; k++) {
                var m = text.namedAt(k);
                if (m != null) {
                    boolean closed = m.last() >= sentence[1] || text.tokens.get(m.last()).is(",", ".", "for");
                    return closed && m.entity() != null && m.category().equals("PERSON") ? m : null;
                }
                if (!text.tokens.get(k).capitalized() && !text.tokens.get(k).is("Mr.", "Ms.", "Mrs.", "Dr.")) {
                    break; // "Thank you, and welcome to …": no one is named here
                }
            }
        }
        return null;
    }

    /**
     * Whom "you" or "your" at {@code token} addresses in a letter: the person the last salutation before it names ("Dear
     * Mr. Kosygin, … I urge you to use your influence with the Vietnamese"); not "you" as a subject, which in a letter
     * sees, knows or is asked ("You will have seen that President Nasser …"); null where no salutation names one ("Dear
     * Mr. President," names an office; "Dear colleagues," no one).
     */
    private Mention saluted(int token) {
        boolean subject = parse.parents(token).stream().anyMatch(a -> Set.of("nsubj", "nsubj:pass").contains(a.rel()));
        if (!text.tokens.get(token).is("you", "your") || subject) {
            return null; // "You will have seen that …", "Since you know well that …": what he sees or knows is no act of his
        }
        if (salutations == null) {
            salutations = salutations();
        }
        return salutations.stream().filter(m -> m.last() < token).reduce((a, b) -> b).orElse(null);
    }

    /**
     * The persons the text's salutations name, in order: "Dear Mr. Kosygin," (a person's name within five capitalized
     * words of "Dear", then a comma or a colon).
     */
    private List<Mention> salutations() {
        var out = new ArrayList<Mention>();
        for (int k = 0; k < text.tokens.size(); k++) {
            if (!text.tokens.get(k).word().equals("Dear")) {
                continue;
            }
            for (int n = k + 1; n < text.tokens.size() && n <= k + 5; n++) {
                var m = text.namedAt(n);
                if (m != null) {
                    if (m.last() < text.tokens.size() && text.tokens.get(m.last()).is(",", ":") && m.entity() != null
                            && m.category().equals("PERSON")) {
                        out.add(m);
                    }
                    break;
                }
                if (!text.tokens.get(n).capitalized()) {
                    break;
                }
            }
        }
        return out;
    }

    /** A word that stands for an entity the text named elsewhere ("the two sides", "the transition government"). */
    private Mention reference(int head, String entity) {
        var t = text.tokens.get(head);
        return new Mention(t.sentence(), head, head + 1, t.begin(), t.end(), t.word(), "REFERENCE", entity, null);
    }

    private Mention speakerMention(int head) {
        return speakerMention(head, lastSpeaker);
    }

    private Mention speakerMention(int head, String entity) {
        var t = text.tokens.get(head);
        return new Mention(t.sentence(), head, head + 1, t.begin(), t.end(), t.word(), "SPEAKER", entity, null);
    }

    /** The person whose words a sentence reports: the subject of its reporting verb, if a named person. */
    private String speakingPerson(int[] sentence) {
        for (int v = sentence[0]; v < sentence[1]; v++) {
            if (text.tokens.get(v).pos().startsWith("VB") && Clauses.REPORTING.contains(lemma(v))) {
                for (int subject : parse.dependents(v, "nsubj")) {
                    var m = entityAt(subject);
                    if (m != null && m.category().equals("PERSON")) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Who speaks in a sentence: the subject of its reporting verb ("The representative of Arnor said", "Obama told
     * reporters"), resolved to an entity; the audience ("told the Council") never is.
     */
    private String speaker(int[] sentence) {
        for (int v = sentence[0]; v < sentence[1]; v++) {
            if (!text.tokens.get(v).pos().startsWith("VB") || !Clauses.REPORTING.contains(lemma(v))) {
                continue;
            }
            for (int subject : parse.dependents(v, "nsubj")) {
                if (FIRST_PERSON.contains(text.tokens.get(subject).word().toLowerCase()) || possessiveSubject(v)) {
                    continue;
                }
                for (var m : standsFor(subject, 0)) {
                    if (!m.category().equals("SPEAKER")) {
                        var state = Actors.stateOf(m, text, gazetteer, resolved);
                        return m.category().equals("PERSON") && state != null ? state : m.entity();
                    }
                }
            }
        }
        return null;
    }

    private List<String> about(int v, Set<String> parties, int reporter) {
        var about = new LinkedHashSet<String>();
        for (int t : parse.subtree(v, 80)) {
            var m = entityAt(t);
            if (m == null || parties.contains(m.entity())) {
                continue;
            }
            var state = Actors.stateOf(m, text, gazetteer, resolved);
            if (state == null || !parties.contains(state)) {
                about.add(m.entity());
            }
        }
        return List.copyOf(about);
    }

    /** The words the event is about: its object, or its first prepositional phrase, else the verb; at most twelve words. */
    private String topic(int v, int[] sentence) {
        // "We are concerned by reports of …": the worry's cause, not the worried
        var heads = new ArrayList<>(worried(v) ? List.<Integer>of() : parse.dependents(v, "obj", "nsubj:pass", "ccomp", "xcomp"));
        for (var arc : parse.children(v)) {
            if (arc.base().equals("obl")) {
                heads.add(arc.dependent());
            }
        }
        for (int head : heads) {
            var words = phrase(head, sentence);
            if (words != null && !words.isBlank()) {
                return words;
            }
        }
        return text.tokens.get(v).lemma();
    }

    /**
     * The words of the phrase headed by {@code head}, at most twelve, without the words before the head that only bring
     * it in ("including Beijing's crackdown", "to the Taliban"); {@code null} when the phrase leaves the sentence.
     */
    private String phrase(int head, int[] sentence) {
        var span = parse.subtree(head, 40);
        int from = span.get(0);
        int to = span.get(span.size() - 1) + 1;
        while (from < head && text.tokens.get(from).pos().matches("DT|IN|TO|,|CC|VBG")) {
            from++;
        }
        return from >= sentence[0] && to <= sentence[1] ? text.body(from, Math.min(to, from + 12)) : null;
    }

    /** The resolved mention covering a token, or {@code null}. */
    private Mention entityAt(int token) {
        return text.namedAt(token);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The speaker's verdicts on a state's conduct, CAMEO's accusations (112): "Russia's actions constitute a flagrant
     * violation of Ukraine's sovereignty", "China's actions are a violation of international law", "Russia's decision is
     * yet another example of President Putin's flagrant disrespect for international law", "This decision represents a
     * complete rejection of Russia's commitments". A noun of {@link #ACCUSING} that a copula or a verb of
     * {@link #COPULAR} says the subject is (directly or as "an example of" it): the one who speaks for the text, if any,
     * accuses the state whose conduct the subject or the noun names. Not denied ("is not a violation"), not asked, not
     * where no one speaks for the text (a reporter's own words).
     */
    private List<Event> verdicts(int s, int[] sentence) {
        var out = new ArrayList<Event>();
        if (lastSpeaker == null || text.question(sentence)) {
            return out;
        }
        for (int n = sentence[0]; n < sentence[1]; n++) {
            if (!ACCUSING.contains(lemma(n)) || !text.tokens.get(n).pos().startsWith("NN")) {
                continue;
            }
            int predicate = INSTANCES.contains(lemma(parse.governor(n, "nmod:of"))) ? parse.governor(n, "nmod:of") : n;
            int verb = COPULAR.contains(lemma(parse.governor(predicate, "obj"))) ? parse.governor(predicate, "obj")
                    : COPULAR.contains(lemma(parse.governor(predicate, "obl:to"))) ? parse.governor(predicate, "obl:to") : -1;
            int clause = verb >= 0 ? verb : !parse.dependents(predicate, "cop").isEmpty() ? predicate : -1;
            if (clause < 0 || clauses.negated(clause) || clauses.conditional(clause)) {
                continue;
            }
            var accused = new LinkedHashSet<String>();
            for (int subject : parse.dependents(clause, "nsubj")) {
                accused.addAll(conductOf(subject, 11));
            }
            // the noun's own author: "President Putin's flagrant disrespect", "a violation of the ceasefire by the Houthis",
            // "a rejection of Russia's commitments"; not whose sovereignty is violated ("a violation of Ukraine's sovereignty")
            var authors = new ArrayList<>(parse.dependents(n, "nmod:poss", "nmod:by", "nmod:agent"));
            for (int of : parse.dependents(n, "nmod:of")) {
                if (COMMITMENTS.contains(lemma(of))) {
                    authors.addAll(parse.dependents(of, "nmod:poss"));
                }
            }
            parties(authors, 11).forEach(id -> accused.add(actingState(id)));
            var verdict = stanceOn(s, n, "112", lastSpeaker, accused, clause, predicate, sentence);
            if (verdict != null) {
                out.add(verdict);
            }
        }
        return out;
    }

    /**
     * The speaker's stance, said in word {@code word} (a verdict, a judgement), toward those whose conduct it names,
     * about what else the clause names, with the words of {@code phrase} as topic; {@code null} when it names no one
     * but the speaker.
     */
    private Event stanceOn(int s, int word, String code, String speaker, Set<String> toward, int clause, int phrase, int[] sentence) {
        var targets = new LinkedHashSet<>(toward);
        targets.remove(speaker);
        if (targets.isEmpty()) {
            return null;
        }
        var parties = new LinkedHashSet<String>(targets);
        parties.add(speaker);
        var topic = phrase(phrase, sentence);
        return new Event(s, word, code, lemma(word), List.of(speaker), List.copyOf(targets), about(clause, parties, -1),
                topic == null ? lemma(word) : topic, "ASSERTED", null);
    }

    /**
     * The speaker's judgement of someone's conduct by a word of disapproval (CAMEO 111, criticize or denounce): said of
     * it ("China's decision to detain the two Canadians is unacceptable", "It is regrettable that Serbia continues to
     * block the talks"), called it ("Borrell called China's measures regrettable and unacceptable": Borrell judges), or
     * written into its name ("this unprovoked and unacceptable action by Russia", "Russia's cynical and irresponsible
     * behavior"), or approval denied of it ("Russia's actions are not acceptable", "is not justified"). Whose conduct is
     * judged is found as for a concern ({@link #conductOf}); the one who judges is the
     * subject of a verb of calling, else whoever speaks for the text. Nothing when no one's conduct is named ("The
     * weather is unacceptable"), when denied ("is not unacceptable") or asked.
     */
    private List<Event> judgements(int s, int[] sentence) {
        var out = new ArrayList<Event>();
        for (int a = sentence[0]; a < sentence[1]; a++) {
            var word = lemma(a).toLowerCase(java.util.Locale.ROOT);
            // "is not acceptable", "is not justified": approval denied is disapproval, said of the same conduct
            boolean denied = APPROVING.contains(word) && !parse.dependents(a, "cop").isEmpty() && clauses.negated(a);
            int conjunctOf = parse.governor(a, "conj");
            if (!(DISAPPROVING.contains(word) || denied) || !text.tokens.get(a).pos().matches("JJ|VBN")
                    || DISAPPROVING.contains(lemma(conjunctOf).toLowerCase(java.util.Locale.ROOT))) {
                continue; // "cynical and irresponsible": one judgement
            }
            String judge = lastSpeaker;
            int head;
            var judged = new LinkedHashSet<String>();
            int first = conjunctOf >= 0 ? conjunctOf : a; // "dangerous and irresponsible": the predicate is the first
            int caller = parse.governor(first, "xcomp");
            if (caller >= 0 && CALLING.contains(lemma(caller))) {
                // "called China's measures regrettable", "considers the decision unacceptable"
                var subject = parties(parse.dependents(caller, "nsubj"), 11);
                judge = subject.isEmpty() ? judge : subject.iterator().next();
                head = caller;
                for (int o : concat(parse.dependents(caller, "obj"), parse.dependents(first, "nsubj"))) {
                    judged.addAll(conductOf(o, 11));
                }
            } else if (!parse.dependents(first, "cop").isEmpty()) {
                head = first;
                var subjects = parse.dependents(first, "nsubj");
                for (int subject : subjects) {
                    if (!lemma(subject).equalsIgnoreCase("it")) {
                        judged.addAll(conductOf(subject, 11));
                    }
                }
                if (judged.isEmpty()) {
                    // "It is unacceptable that Serbia continues to block the talks", "China's decision to detain them is
                    // unacceptable" (the parser makes the decision the subject of "detain"): who does what the clause says
                    for (int clause : parse.dependents(first, "ccomp", "csubj")) {
                        parse.dependents(clause, "nsubj").forEach(n -> judged.addAll(conductOf(n, 11)));
                    }
                }
                for (int subject : judged.isEmpty() ? subjects : List.<Integer>of()) {
                    // "China detained two Canadians. These detentions are unacceptable": whoever did the deed referred to
                    var deed = referredTo(subject, s);
                    if (deed != null) {
                        deed.actors().forEach(id -> judged.add(actingState(id)));
                    }
                }
            } else if (parse.attachedAs(first, "amod") && text.tokens.get(parse.governor(first, "amod")).pos().startsWith("NN")) {
                head = parse.governor(first, "amod");
                judged.addAll(conductOf(head, 11));
                int verb = parse.governor(head, "obj");
                if (judged.isEmpty() && verb >= 0) {
                    // "condemn this unprovoked action by Russia": the parser hangs "by" on the verb; "Russia continues its
                    // unjustified aggression": "its" is the doer's
                    judged.addAll(parties(parse.dependents(verb, "obl:by", "obl:agent"), 11));
                    if (judged.isEmpty() && parse.dependents(head, "nmod:poss").stream().anyMatch(p -> text.tokens.get(p).pos().startsWith("PRP"))) {
                        parties(parse.dependents(verb, "nsubj"), 11).forEach(id -> judged.add(actingState(id)));
                    }
                }
            } else {
                continue;
            }
            if (judge == null || clauses.negated(head) != denied || clauses.conditional(head) || appealedAbove(head)) {
                continue;
            }
            var judgement = stanceOn(s, a, "111", judge, judged, head, head, sentence);
            if (judgement != null) {
                out.add(judgement);
            }
        }
        return out;
    }

    /**
     * The state that rules where the abuses a noun names happen ("human rights abuses in Xinjiang", "the human rights
     * situation in the PRC", "repression in Belarus"): a state answers for the rights of those it rules. {@code null}
     * for a noun of no such conduct ("the crisis in Tigray", "floods in Henan") or a place no state rules.
     */
    private String ruledWhere(int noun) {
        if (text.tokens.get(noun).pos().startsWith("VB")) {
            return ruledWhereDone(noun);
        }
        boolean rights = RIGHTS_CONDUCT.contains(lemma(noun)) || lemma(noun).equals("situation")
                && parse.dependents(noun, "compound").stream().anyMatch(c -> lemma(c).equals("right"));
        if (!rights || parse.children(noun).stream().anyMatch(a -> Set.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound")
                .contains(a.rel()) && entityAt(a.dependent()) != null)) {
            return null; // "Beijing's crackdown in Hong Kong", "abuses by the Malian Armed Forces in Mali": the noun says whose
        }
        var where = namedIn(noun);
        // "the detention of journalists in Belarus", "restrictions on civil society in Egypt": the parser hangs the place
        // on those it was done to
        for (var arc : parse.children(noun)) {
            if (where != null) {
                break;
            }
            if (arc.base().equals("nmod") && Set.of("of", "on", "against").contains(arc.sub()) && entityAt(arc.dependent()) == null) {
                where = namedIn(arc.dependent());
            }
        }
        return where == null ? null : ruler(where.entity());
    }

    /**
     * The state that rules where a state's deed was done to someone, said as a verb with no doer: "(reports that)
     * journalists were detained in Azerbaijan", "opposition leaders were arrested in Belarus", as the noun says it
     * ({@link #ruledWhere}); null when the clause names who did it or no place.
     */
    private String ruledWhereDone(int verb) {
        if (!RIGHTS_DONE.contains(lemma(verb)) || parse.dependents(verb, "nsubj:pass").isEmpty()
                || !parse.dependents(verb, "obl:agent", "obl:by").isEmpty()) {
            return null;
        }
        for (int place : parse.dependents(verb, "obl:in")) {
            var m = entityAt(place);
            if (m != null) {
                return ruler(m.entity());
            }
        }
        return null;
    }

    /**
     * A deed no one is named for, done in a place the gazetteer does not know, happened in the state the sentence puts
     * that place in ("large numbers of people killed earlier this week in the village of Mourah in the Mopti region of
     * central Mali": a conflict in Mali, about Mourah), as the curators file it. A place the gazetteer places in a state
     * ("people detained in Xinjiang") stays the target; so does a village the sentence puts in no state.
     */
    private Event stateOfPlace(Event e) {
        if (!e.actors().isEmpty() || e.targets().isEmpty() || CameoCodes.root(e.code()) < 14
                || !e.targets().stream().allMatch(id -> id.startsWith("place:") && gazetteer.byId(id).isEmpty())) {
            return e;
        }
        var state = lastStateIn(e.verb(), 60); // "in the village of Mourah in the Mopti region of central Mali": Mali
        if (state == null) {
            return e;
        }
        var about = new LinkedHashSet<>(e.targets());
        about.addAll(e.about());
        about.remove(state);
        return new Event(e.sentence(), e.verb(), e.code(), e.verbText(), e.actors(), List.of(state), List.copyOf(about), e.topic(), e.modality(), e.attributedTo());
    }

    /**
     * Who did the attack, invasion or annexation that the object of a disapproval names, as the gazetteer records it:
     * the first of its participants, the attacker ("We condemn the Hamas attack on Israel": the October 7 attack, whose
     * participants are Hamas and Israel), where it lists attacker and target, and not whoever disapproves; {@code null}
     * otherwise.
     */
    private String doerOfNamedDeed(Event e) {
        for (int object : parse.dependents(e.verb(), "obj", "nsubj:pass")) {
            for (int t : parse.subtree(object, 30)) {
                var m = entityAt(t);
                var entry = m == null || m.first() != t || !m.entity().startsWith("event:") ? null : gazetteer.byId(m.entity()).orElse(null);
                var participants = entry == null || !NAMED_DEEDS.contains(entry.link("type"))
                        ? List.<String>of() : entry.linkList("participants");
                if (participants.size() >= 2) {
                    var first = participants.get(0);
                    var state = first.contains(":") ? null : gazetteer.country(first); // "ISR" or "org:hamas"
                    var doer = state != null ? state.id() : first;
                    return e.actors().contains(doer) || e.actors().stream().anyMatch(a -> doer.equals(ruler(a))) ? null : doer;
                }
            }
        }
        return null;
    }

    /**
     * Aid given or promised (CAMEO 07, 033) to no one named goes to the state where those it is for are: "USAID airlifted
     * hygiene kits for 5,000 families in Nicaragua", "will provide 50 million euros for refugees in Jordan" (the last
     * state the verb's object or its "for", "to", "in" phrase names, not the giver's own).
     */
    private Event aidRecipient(Event e) {
        if (!e.targets().isEmpty() || e.actors().isEmpty() || !(CameoCodes.root(e.code()) == 7 || e.code().startsWith("033"))) {
            return e;
        }
        String state = null;
        for (var a : parse.children(e.verb())) {
            var where = a.rel().matches("obj|iobj|obl:(for|to|in)") ? lastStateIn(a.dependent(), 40) : null;
            state = where != null ? where : state;
        }
        var recipient = state;
        if (recipient == null || e.actors().stream().anyMatch(a -> a.equals(recipient) || recipient.equals(ruler(a)))) {
            return e;
        }
        var about = new ArrayList<>(e.about());
        about.remove(recipient);
        return new Event(e.sentence(), e.verb(), e.code(), e.verbText(), e.actors(), List.of(recipient), about, e.topic(), e.modality(), e.attributedTo());
    }

    /**
     * The state where a deed that no one is named for happened: the last state its phrase names, or rules a place it
     * names ("the killing of civilians in the village of Mourah in Mali", "the attack in Kabul", "the attack on the
     * Kenyan police station"); where the phrase names nothing, the one state the text has named before it, besides who
     * speaks ("… in Togo. We deplore the violence that has claimed the lives of protesters"). {@code null} when what it
     * names is no state's, or the text has named several.
     */
    private String deedPlace(int noun, int verb) {
        var where = lastStateIn(noun, 40); // "civilians in the village of Mourah in Mali": Mali
        if (where != null || parse.subtree(noun, 40).stream().anyMatch(t -> entityAt(t) != null && entityAt(t).first() == t)) {
            return where;
        }
        // the one state the text has named so far, besides who speaks: "… in Togo. We deplore the violence"; where it
        // has named several, which one is not said
        var speakers = subjectsOf(verb);
        var before = new LinkedHashSet<String>();
        for (var m : text.mentions) {
            if (m.first() >= noun) {
                break;
            }
            if (m.entity() != null && m.entity().startsWith("country:") && !speakers.contains(m.entity())) {
                before.add(m.entity());
            }
        }
        return before.size() == 1 ? before.iterator().next() : null;
    }

    /**
     * The last state the phrase under {@code head} names, or rules a place it names (at most {@code limit} words), besides
     * whoever speaks for the text; {@code null} when it names none.
     */
    private String lastStateIn(int head, int limit) {
        String state = null;
        for (int t : parse.subtree(head, limit)) {
            var m = entityAt(t);
            var ruled = m == null || m.first() != t ? null : ruler(m.entity());
            if (ruled != null && !ruled.equals(lastSpeaker)) {
                state = ruled;
            }
        }
        return state;
    }

    /**
     * The deed that the object of a disapproval refers back to ("We condemn <i>this attack</i>", "continue to condemn
     * <i>these arbitrary detentions</i>"): an event noun under "this", "these", "that", "those" or "such", and the last
     * event of its CAMEO root in the five sentences before, with someone who did it; a noun that names an act by what
     * it is ({@link #ACTS}: "this decision", "such steps"), the last event in the two sentences before done by someone
     * other than the speaker; {@code null} otherwise.
     */
    private Event deedReferredTo(int verb, int sentence) {
        for (int object : parse.dependents(verb, "obj", "nsubj:pass")) {
            var deed = referredTo(object, sentence);
            if (deed != null) {
                return deed;
            }
        }
        return null;
    }

    private Event referredTo(int noun, int sentence) {
        var kind = nouns.eventNoun(noun);
        boolean act = ACTS.contains(lemma(noun));
        // an act named by what it is refers back with "the" too ("welcomed the move"), and so does a deed named by its
        // kind with nothing of its own but an unnamed victim ("the attack on the vessel"), to the sentence before only
        // ("the terrorist attack in Kabul" may be any)
        var determiners = plain(noun, act) ? "the|this|these|that|those|such" : "this|these|that|those|such";
        if (kind == null && !act || parse.children(noun).stream().noneMatch(a -> (a.base().equals("det") || a.base().equals("amod"))
                && text.tokens.get(a.dependent()).word().toLowerCase(java.util.Locale.ROOT).matches(determiners))) {
            return null;
        }
        int root = kind == null ? -1 : CameoCodes.root(kind.code());
        // "The Houthis attacked a ship. We condemn the attack.": a deed named by its kind under "the" is the one the
        // sentence before told of
        boolean definite = !act && parse.children(noun).stream().anyMatch(a -> a.base().equals("det") && text.tokens.get(a.dependent()).is("the"));
        Event last = null;
        for (var e : concat(events, embedded)) {
            // an act named by what it is ("this decision", "such steps") is the last one someone other than the speaker did
            boolean same = act ? e.sentence() >= sentence - 2 && !e.actors().contains(lastSpeaker) : CameoCodes.root(e.code()) == root;
            if (e.sentence() < sentence && e.sentence() >= sentence - (definite ? 1 : 5) && same && !e.actors().isEmpty()
                    && (last == null || e.sentence() > last.sentence() || e.sentence() == last.sentence() && e.verb() > last.verb())) {
                last = e;
            }
        }
        return last;
    }

    /**
     * Whether a noun has nothing of its own that would make it another deed than one told of before: only a determiner,
     * for an act named by what it is adjectives too ("the bold move"), for a deed named by its kind a victim no name is
     * given for ("the attack on the vessel"; not "the attack on Kabul", "the terrorist attack in Kabul").
     */
    private boolean plain(int noun, boolean act) {
        return parse.children(noun).stream().allMatch(a -> a.base().equals("det") || a.base().equals("case")
                || act && a.base().equals("amod")
                || !act && a.rel().matches("nmod:(on|against)") && parse.subtree(a.dependent(), 40).stream().allMatch(t -> entityAt(t) == null));
    }

    /** Who speaks through a verb: the text's speaker and the states its subjects stand for ("Kenya condemned …": Kenya). */
    private Set<String> subjectsOf(int verb) {
        var speakers = new java.util.HashSet<String>();
        if (lastSpeaker != null) {
            speakers.add(lastSpeaker);
        }
        parse.dependents(verb, "nsubj").forEach(subject -> standsFor(subject, 1).forEach(m -> {
            speakers.add(m.entity());
            speakers.add(Actors.stateOf(m, text, gazetteer, resolved));
        }));
        return speakers;
    }

    /** The named place of a noun's "in" phrase ("abuses in Xinjiang"), or {@code null}. */
    private Mention namedIn(int noun) {
        for (var arc : parse.children(noun)) {
            if (arc.base().equals("nmod") && arc.sub().equals("in") && entityAt(arc.dependent()) != null) {
                return entityAt(arc.dependent());
            }
        }
        return null;
    }

    /**
     * The words of a phrase, without where things happened: "the crisis in Ethiopia's Tigray region" is about a place,
     * not Ethiopia's conduct; "Beijing's crackdown in Hong Kong" keeps Beijing.
     */
    private List<Integer> conductIn(int phrase) {
        var out = new ArrayList<Integer>();
        var stack = new java.util.ArrayDeque<Integer>(List.of(phrase));
        while (!stack.isEmpty() && out.size() < 60) {
            int t = stack.pop();
            out.add(t);
            for (var arc : parse.children(t)) {
                if (!(arc.base().equals("nmod") && Set.of("in", "near", "at", "across", "within", "inside", "along").contains(arc.sub()))) {
                    stack.push(arc.dependent());
                }
            }
        }
        return out;
    }

    private boolean worried(int token) {
        return wordIn(token, WORRIED);
    }

    /** A word of feeling, whose subject is the one who feels ("We are concerned by", "encouraged by", "grateful to"). */
    private boolean feeling(int token) {
        return wordIn(token, WORRIED) || wordIn(token, GRATEFUL) || wordIn(token, PLEASED);
    }

    private boolean wordIn(int token, Set<String> words) {
        return words.contains(text.tokens.get(token).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the parser made a possessor the subject of a participle ("Russia's claimed commitment to diplomacy":
     * nsubj(claimed, Russia) with "'s" as its case): the verb modifies the noun after it and says nothing by itself.
     */
    private boolean possessiveSubject(int v) {
        var subjects = parse.dependents(v, "nsubj");
        return !subjects.isEmpty() && subjects.stream().allMatch(s -> parse.dependents(s, "case").stream()
                .anyMatch(c -> text.tokens.get(c).pos().equals("POS")));
    }

    /**
     * The speaker of the same words (a noun of {@link #SPOKEN} of the same lemma, with its owner or its "of") in one of
     * the three sentences before that of {@code noun}, the nearest first; empty when none names them, or when
     * {@code noun} is new ("an accusation").
     */
    private List<Integer> spokenBefore(int noun) {
        if (parse.dependents(noun, "det").stream().anyMatch(d -> text.tokens.get(d).is("a", "an", "another"))) {
            return List.of();
        }
        int here = text.tokens.get(noun).sentence();
        for (int s = here - 1; s >= 0 && s >= here - 3; s--) {
            int[] sentence = text.sentences.get(s);
            for (int t = sentence[1] - 1; t >= sentence[0]; t--) {
                if (lemma(t).equals(lemma(noun)) && text.tokens.get(t).noun()) {
                    var owners = speakers(t);
                    if (!owners.isEmpty()) {
                        return owners;
                    }
                }
            }
        }
        return List.of();
    }

    /** Who said the words a noun of {@link #SPOKEN} names: its owner or its "of" ("the accusations of the Russian delegate"). */
    private List<Integer> speakers(int noun) {
        return parse.dependents(noun, "nmod:poss", "nmod:of");
    }

    private String lemma(int token) {
        return token < 0 ? "" : text.tokens.get(token).lemma().toLowerCase();
    }
}
