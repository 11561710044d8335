package org.entente.explore.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.explore.ask.Question.Asks;
import org.entente.explore.ask.Question.Relation;

/**
 * Reads a question into its slots with a small grammar: the question word, a period taken out wherever it stands
 * ("in 2009", "since April 2009", "from 2009-01 to 2009-06"), the first word of the relation lexicon (meet, agree,
 * lead, expire …) which cuts the rest into what stands before it (the subject) and after it (the object, and a topic
 * after "about", "on", "over"). Names stay as typed; resolving them is the graph's job. Pure: no database.
 */
public final class QuestionReader {

    /** A question is a sentence, not a document; longer text is refused before any work. */
    public static final int MAX_LENGTH = 300;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    /** Full month names and their abbreviations ("Nov", "Nov.", "Sept"). */
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(?:" + MONTH + "\\s+(?:of\\s+)?\\d{4}|\\d{4}(?:-\\d{2}){0,2})";

    private record Period(Pattern pattern, boolean from, boolean to) {
    }

    private static final List<Period> PERIODS = List.of(
            new Period(Pattern.compile("\\s+(?:from|between)\\s+(" + DATE + ")\\s+(?:to|and|until|till)\\s+(" + DATE + ")", FLAGS), true, true),
            new Period(Pattern.compile("\\s+since\\s+(" + DATE + ")", FLAGS), true, false),
            new Period(Pattern.compile("\\s+(?:before|until|till|by)\\s+(" + DATE + ")", FLAGS), false, true),
            new Period(Pattern.compile("\\s+(?:in|during)\\s+(" + DATE + ")", FLAGS), true, true));
    /** A month without a year: which year is meant cannot be told, so it is read but not used. */
    private static final Pattern YEARLESS = Pattern.compile("\\s+(?:in|during|since|before|until)\\s+((?:" + MONTHS + "))\\b(?!\\s+(?:of\\s+)?\\d)", FLAGS);

    private record Verb(Relation relation, Pattern pattern) {
    }

    /** The relation lexicon, most specific first: the first that occurs names the relation asked about. */
    /** Offices a question may name ("the president of Russia"). */
    private static final String TITLES = "president|prime minister|premier|chancellor|king|queen|secretary of state|foreign minister|"
            + "spokesman|spokesperson|press secretary|chairman|secretary general";
    private static final List<Verb> LEXICON = List.of(
            verb(Relation.STANCES, "who agrees and who disagrees|who is for and (?:who is )?against|who (?:supports|is for) and who "
                    + "(?:opposes|is against)|(?:what are )?the (?:stances|positions|sides) (?:on|about|over)"),
            verb(Relation.PARTY_TO, "^(?:which|what) treat(?:y|ies)\\b(?=.*\\b(?:party|parties|signator(?:y|ies)|signed|sign|joined|join|ratified|ratify)\\b)"),
            verb(Relation.TREATIES, "^(?:which|what) treat(?:y|ies)\\b"),
            verb(Relation.RELATIONSHIP, "\\b(?:relationship|relations)\\b(?=\\s+(?:between|of)\\b)|\\b(?:relationship|relations)\\b$"),
            verb(Relation.CONNECTED, "\\b(?:connected|linked|related|tied)\\b|^what (?:connects|links|ties)\\b|\\b(?:connection|link)s? between\\b"),
            verb(Relation.THINK_OF, "\\b(?:think|thinks|thought|feel|feels|felt)\\s+(?:of|about)\\b|\\b(?:view|views|opinion|opinions|take)\\s+(?:of|on)\\b|"
                    + "\\b(?:view|views|viewed|regard|regards|regarded|see|sees)\\b"),
            verb(Relation.SAY, "\\b(?:say|says|said|claim|claims|claimed|stated|told|tells)\\b|(?<!\\bof |\\bislamic )\\bstate\\b|\\btell\\b(?!\\s+me\\b)"),
            verb(Relation.MEET, "\\b(?:meet|meets|met|meeting|meetings)\\b"),
            verb(Relation.DISAGREE, "\\bdisagree(?:s|d|ment|ments)?\\b|\\b(?:differ|differs|differed|differences)\\b|\\b(?:dispute|disputes|disputed)\\b"),
            verb(Relation.AGREE, "\\bagree(?:s|d|ment|ments)?\\b"),
            verb(Relation.HAPPENED, "\\b(?:happened|happen|happens|went on|took place|timeline)\\b"),
            verb(Relation.CONFLICT, "\\b(?:fight|fights|fought|war|conflict|conflicts|clash|clashed|attack|attacked|invade|invaded)\\b"),
            verb(Relation.OPPOSE, "\\b(?:oppose|opposes|opposed|against|object|objects|objected|reject|rejects|rejected)\\b"),
            verb(Relation.SUPPORT, "\\b(?:support|supports|supported|back|backs|backed|favou?rs?|sides? with|sided with|cooperates?|cooperated|allied|advocates?)\\b"),
            verb(Relation.EXPIRE, "\\b(?:expire|expires|expired|expiry|run out|runs out|lapse|lapses)\\b"),
            verb(Relation.SIGNED, "\\b(?:signed|sign)\\b"),
            verb(Relation.IN_FORCE, "\\b(?:in force|ratified|enter(?:s|ed)? into force)\\b"),
            verb(Relation.STATUS, "\\bstatus\\b"),
            verb(Relation.LEAD, "\\b(?:leads|lead|led|leader|leaders|head|heads|headed|runs|ran|rules|ruled|governs|governed)\\b|\\b(?:" + TITLES + "|head of state)\\b(?=\\s+of\\b)|(?<='s )(?:president|prime minister|premier|chancellor|leader|head)\\b"),
            verb(Relation.ROLE, "\\b(?:role|roles|job|title|position)\\b|\\b(?:speaks?|spoke|works?|worked) for\\b"));

    private static final Pattern TITLE = Pattern.compile("\\b(" + TITLES + ")\\b", FLAGS);
    /** Question words and auxiliaries that open a question and name nothing. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:on what|in what|on which|who's|what's|where's|how's|who|whom|whose|what|when|where|which|how|why|did|do|does|"
            + "is|are|was|were|has|have|had|can|could|will|would|should|tell me|tell|me|describe|show|list|give|about|much|many|"
            + "often|far|else|one|ones|issues?|things?|the|a|an|there|any|anything|something|you|we|i|explain|characteri[sz]e|"
            + "summari[sz]e)\\b\\s*)+", FLAGS);
    /** Auxiliaries and fillers that may end a subject before the verb ("the US party to", "Obama and Medvedev ever"). */
    private static final Pattern CLOSING = Pattern.compile("(?:(?:^|\\s+)(?:is|are|was|were|has|have|had|did|do|does|been|being|ever|first|last|"
            + "both|each other|one another|all|really|a|the|by|of|to|in|on|at|play|plays|hold|holds|party|parties|signatory|"
            + "signatories|signed|sign|joined|join|ratified|ratify|involved|involved in|part of|called|named|plan|plans|planned|"
            + "planning|want|wants|wanted|intend|intends|intended|going|due))+$", FLAGS);
    private static final Pattern LEADING = Pattern.compile("^(?:(?:to|with|of|and|between|by|from|at|in|on|upon|for|among|"
            + "against|is|are|was|were|does|do|did|has|have|each other|one another|play|plays|hold|holds|treaty|"
            + "what|the|a|an|and|each other|party|parties|signatory|signatories|into force|in force|its|his|her|their|about|over|"
            + "involve|involves|concern|concerns|include|includes|cover|covers|bind|binds|called|named|anything|something|everything)\\b\\s*)+", FLAGS);
    private static final Pattern TOPIC = Pattern.compile("(?:^|\\s+)(?:(?:about|on|over|regarding|concerning|with regard to|in respect of|as to)\\s+)+(.+)$", FLAGS);
    private static final Pattern IDENTITY = Pattern.compile("^(?:(?:who|what)(?:'s| is| are| was| were)|tell me about|describe|"
            + "what do you know about|who's)\\s+(.+)$", FLAGS);
    /** "the two leaders", "both presidents", "both sides": a pair named without names ("they" needs a previous question). */
    private static final Pattern PAIR_WORDS = Pattern.compile("^(?:(?:the )?two|both(?: the)?|the) (?:leaders|presidents|men|sides|countries|"
            + "states|governments)$", FLAGS);
    /** "Tell me about X": a question about who or what X is, whatever words X holds. */
    private static final Pattern ABOUT = Pattern.compile("^(?:tell me about|describe|what do you know about)\\s", FLAGS);
    /** "US-Russia relations", "U.S.-Russian ties": a pair named by a hyphen. */
    private static final Pattern HYPHENATED = Pattern.compile("\\b([A-Z][\\w.]*)[-–]([A-Z][\\w.]*) (?:relations|relationship|ties)\\b");
    /** A place at the end of what follows the verb: "in London", "at the G20 summit". */
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|at)\\s+((?:the\\s+)?\\p{Lu}.*)$");
    private static final Pattern CONNECTED_TO = Pattern.compile("\\s+(?:to|with)\\s+", FLAGS);
    private static final Pattern PAIR = Pattern.compile("\\s+(?:and|&)\\s+|\\s*,\\s*", FLAGS);

    private QuestionReader() {
    }

    public static Question read(String text) {
        var q = normal(text);
        var unread = new ArrayList<String>();
        String from = null;
        String to = null;
        for (var period : PERIODS) {
            var m = period.pattern().matcher(q);
            if (m.find()) {
                if (period.from()) {
                    from = month(m.group(1));
                }
                if (period.to()) {
                    to = month(period.from() && m.groupCount() > 1 && m.group(2) != null ? m.group(2) : m.group(1));
                }
                q = cut(q, m);
                break;
            }
        }
        var yearless = YEARLESS.matcher(q);
        if (from == null && to == null && yearless.find()) {
            unread.add("'" + yearless.group().strip() + "': a month without a year, so no period could be read");
            q = cut(q, yearless);
        }
        var asks = asks(q);
        Verb found = null;
        Matcher at = null;
        for (var verb : ABOUT.matcher(q).find() ? List.<Verb>of() : LEXICON) {
            var m = verb.pattern().matcher(q);
            if (m.find()) {
                found = verb;
                at = m;
                break;
            }
        }
        var names = new ArrayList<String>();
        String topic = null;
        String title = null;
        String place = null;
        Relation relation;
        var pair = HYPHENATED.matcher(q);
        if (pair.find()) {
            // "What are US-Russia relations like?"
            relation = Relation.RELATIONSHIP;
            names.add(pair.group(1));
            names.add(pair.group(2));
        } else if (found == null) {
            var identity = IDENTITY.matcher(q);
            if (identity.matches() && !strip(identity.group(1)).isEmpty()) {
                relation = Relation.IDENTITY;
                names.add(name(identity.group(1)));
            } else {
                relation = Relation.NONE;
            }
        } else {
            relation = found.relation();
            var before = subject(q.substring(0, at.start()));
            var after = q.substring(at.end());
            if (relation == Relation.LEAD) {
                var t = TITLE.matcher(at.group());
                title = t.find() ? t.group(1).toLowerCase(Locale.ROOT) : null;
            }
            var topicAt = relation == Relation.CONNECTED || relation == Relation.RELATIONSHIP ? null : TOPIC.matcher(after);
            if (topicAt != null && topicAt.find()) {
                topic = name(topicAt.group(1));
                after = after.substring(0, topicAt.start());
            }
            var object = strip(after);
            var in = relation == Relation.HAPPENED ? null : PLACE.matcher(object);
            if (in != null && in.find()) {
                // "Did Medvedev meet with Obama in London?": where, apart from whom
                place = name(in.group(1));
                object = object.substring(0, in.start()).strip();
            }
            if (relation == Relation.SAY && before.isEmpty() && after.strip().toLowerCase(Locale.ROOT).startsWith("by ")) {
                // "What was said by Volk?"
                before = object;
                object = "";
            }
            if (relation == Relation.SAY && !object.isEmpty() && topic == null) {
                // "What did Obama tell Medvedev?": whom it was said to is what it is about
                topic = name(object);
                object = "";
            }
            if (!before.isEmpty()) {
                names.add(name(before));
            }
            var link = relation == Relation.CONNECTED && before.isEmpty() ? CONNECTED_TO.matcher(object) : null;
            if (link != null && link.find()) {
                // "What links the Kremlin to the White House?"
                names.add(name(object.substring(0, link.start())));
                object = object.substring(link.end());
            }
            if (!object.isEmpty()) {
                names.add(name(object));
            }
        }
        names.removeIf(String::isBlank);
        return new Question(text.strip(), asks, relation, List.copyOf(names), topic == null || topic.isBlank() ? null : topic,
                title, place, from, to, List.copyOf(unread));
    }

    /** A name phrase that may name two: "X and Y", "the two leaders". */
    public static boolean isPair(String phrase) {
        return PAIR_WORDS.matcher(phrase.strip()).matches() || PAIR.matcher(phrase).find();
    }

    /** "the two leaders", "they": a pair named without names. */
    public static boolean isPairWords(String phrase) {
        return PAIR_WORDS.matcher(phrase.strip()).matches();
    }

    /** The ways to cut "the US and Russia" into two names, at each "and", "&" or comma, the first cut first. */
    public static List<String[]> splits(String pair) {
        var cuts = new ArrayList<String[]>();
        var m = PAIR.matcher(pair);
        while (m.find()) {
            var left = name(pair.substring(0, m.start()));
            var right = name(pair.substring(m.end()));
            if (!left.isEmpty() && !right.isEmpty()) {
                cuts.add(new String[] {left, right});
            }
        }
        return cuts;
    }

    private static Asks asks(String q) {
        var first = q.toLowerCase(Locale.ROOT).split("[\\s']+")[0];
        return switch (first) {
            case "who", "whom", "whose" -> Asks.WHO;
            case "when" -> Asks.WHEN;
            case "where" -> Asks.WHERE;
            case "which" -> Asks.WHICH;
            case "how" -> Asks.HOW;
            case "did", "do", "does", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would" -> Asks.WHETHER;
            default -> Asks.WHAT;
        };
    }

    /** What stands before the verb, without the question words: "What did Obama" → "Obama". */
    private static String subject(String before) {
        var s = OPENING.matcher(before.strip()).replaceFirst("");
        return CLOSING.matcher(s).replaceFirst("").strip();
    }

    private static String strip(String after) {
        var s = LEADING.matcher(after.strip()).replaceFirst("");
        return CLOSING.matcher(s).replaceFirst("").strip();
    }

    private static String cut(String q, Matcher m) {
        return (q.substring(0, m.start()) + " " + q.substring(m.end())).replaceAll("\\s+", " ").strip();
    }

    private static Verb verb(Relation relation, String regex) {
        return new Verb(relation, Pattern.compile(regex, FLAGS));
    }

    /** "April 2009", "Nov. 2013", "November of 2013" → "2009-04", "2013-11"; an ISO date stays as it is. */
    private static String month(String period) {
        var parts = period.split("\\s+");
        if (parts.length < 2) {
            return period;
        }
        var name = parts[0].toLowerCase(Locale.ROOT).replace(".", "");
        int month = 0;
        var months = MONTHS.split("\\|");
        for (int i = 0; i < months.length; i++) {
            if (months[i].startsWith(name.length() >= 3 ? name.substring(0, 3) : name)) {
                month = i + 1;
                break;
            }
        }
        return parts[parts.length - 1] + "-" + (month < 10 ? "0" : "") + month;
    }

    private static String normal(String text) {
        // a final full stop goes, the one of an abbreviation stays ("the U.S.?")
        return text.strip().replaceAll("\\s+", " ").replaceAll("[?!\\s]+$", "").replaceAll("(?<![A-Z])\\.+$", "")
                .replace('’', '\'');
    }

    /** A name as asked: without quotes, "the" is kept (resolution ignores it), a possessive "'s" dropped. */
    static String name(String s) {
        var n = s.strip().replaceAll("^[\"“”']+|[\"“”']+$", "").strip();
        n = n.replaceAll("(?i)'s$", "").replaceAll("(?i)'s\\s", " ").replaceAll("(?i)s'$", "s");
        return n.strip();
    }
}
