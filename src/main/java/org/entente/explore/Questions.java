package org.entente.explore;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a plain-English relationship question into one of the forms Entente answers, with the names it mentions
 * still as text (resolving them is the graph's job). Pure: no database. The forms, most specific first:
 * connections, agreement, disagreement, stances, treaties, who said what, what happened, who opposes or supports,
 * who is.
 */
final class Questions {

    /** A question is a sentence, not a document; longer text is refused before any work. */
    static final int MAX_LENGTH = 300;

    enum Form {
        CONNECTION("How is X connected to Y?"),
        AGREEMENT("Where do X and Y agree?"),
        DISAGREEMENT("What do X and Y disagree about?"),
        STANCES("Who agrees and who disagrees about X?"),
        TREATIES("Which treaties involve X?"),
        PARTY_TO("Which treaties is X party to?"),
        SAID_ABOUT("Who said what about X?"),
        SAID_BY("What did X say?"),
        HAPPENED("What happened between X and Y in 2009?"),
        OPPOSES("Who opposes X?"),
        SUPPORTS("Who supports X?"),
        WHO_IS("Who is X?");

        final String example;

        Form(String example) {
            this.example = example;
        }
    }

    /**
     * A question read: its form, the name(s) it asks about ({@code pair}: "the US and Russia", to be split where both
     * halves name entities), and the period it asks about, if any.
     */
    record Question(Form form, String first, String second, String pair, String from, String to) {
    }

    private record Rule(Form form, Pattern pattern, Shape shape) {
    }

    /** How a pattern's groups map to the question: one subject, two subjects, or a pair "X and Y" to split. */
    private enum Shape { ONE, TWO, PAIR }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    /** Full month names and their abbreviations ("Nov", "Nov.", "Sept"). */
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?";

    private static final String PERIOD = "(?:\\s+(?:in|during)\\s+((?:" + MONTH + ")\\s+(?:of\\s+)?\\d{4}|\\d{4}(?:-\\d{2})?)|\\s+(?:from|between)\\s+(\\d{4}(?:-\\d{2})?)\\s+(?:to|and|until)\\s+(\\d{4}(?:-\\d{2})?)|\\s+since\\s+(\\d{4}(?:-\\d{2})?))?";

    private static final List<Rule> RULES = List.of(
            rule(Form.CONNECTION, Shape.TWO, "how (?:is|are|was|were) (.+?) (?:connected|linked|related|tied) (?:to|with) (.+)"),
            rule(Form.CONNECTION, Shape.PAIR, "how (?:are|were) (.+) (?:connected|linked|related|tied)(?: to each other| to one another)?"),
            rule(Form.CONNECTION, Shape.TWO, "what (?:connects|links|ties) (.+?) (?:to|with) (.+)"),
            rule(Form.CONNECTION, Shape.PAIR, "what (?:connects|links|ties) (.+)"),
            rule(Form.CONNECTION, Shape.PAIR, "(?:what is |what's )?the (?:connection|link) between (.+)"),
            rule(Form.STANCES, Shape.ONE, "who agrees and who disagrees (?:about|on|over) (.+)"),
            rule(Form.STANCES, Shape.ONE, "what are the (?:stances|positions|sides) (?:on|about|over) (.+)"),
            rule(Form.STANCES, Shape.ONE, "who is for and (?:who is )?against (.+)"),
            rule(Form.STANCES, Shape.ONE, "who (?:supports|is for) and who (?:opposes|is against) (.+)"),
            rule(Form.AGREEMENT, Shape.PAIR, "(?:where|on what|what|on which issues|which issues|in what|how) do(?:es)? (.+) agree(?: on| about| over)?"),
            rule(Form.AGREEMENT, Shape.PAIR, "(?:where|on what|what) did (.+) agree(?: on| about| over)?"),
            rule(Form.AGREEMENT, Shape.PAIR, "do (.+) agree(?: on anything)?"),
            rule(Form.AGREEMENT, Shape.TWO, "(?:where|on what|what) do(?:es)? (.+?) agree with (.+?)(?: on| about| over)?"),
            rule(Form.DISAGREEMENT, Shape.PAIR, "(?:where|on what|what|on which issues|which issues|in what|how) do(?:es)? (.+) disagree(?: on| about| over)?"),
            rule(Form.DISAGREEMENT, Shape.PAIR, "(?:where|on what|what) did (.+) disagree(?: on| about| over)?"),
            rule(Form.DISAGREEMENT, Shape.PAIR, "do (.+) disagree(?: on anything)?"),
            rule(Form.DISAGREEMENT, Shape.TWO, "(?:where|on what|what) do(?:es)? (.+?) disagree with (.+?)(?: on| about| over)?"),
            rule(Form.TREATIES, Shape.ONE, "(?:which|what) treaties (?:involve|concern|include|cover|bind) (.+)"),
            rule(Form.PARTY_TO, Shape.ONE, "(?:which|what) treaties (?:is|are|was|were) (.+?) (?:a )?(?:party|parties|signatory|signatories) to"),
            rule(Form.PARTY_TO, Shape.ONE, "(?:which|what) treaties (?:has|have|did) (.+?) (?:signed|sign|joined|join|ratified|ratify)"),
            rule(Form.TREATIES, Shape.ONE, "(?:which|what) treaties (?:is|are|was|were) (.+?) (?:in|part of|involved in)"),
            rule(Form.SAID_ABOUT, Shape.ONE, "who said what (?:about|on|of) (.+)"),
            rule(Form.SAID_ABOUT, Shape.ONE, "what (?:was|has been|have people|did people|do people) (?:said|say|said) (?:about|on|of) (.+)"),
            rule(Form.SAID_ABOUT, Shape.ONE, "who (?:said|says) (?:anything |something )?(?:about|on) (.+)"),
            rule(Form.SAID_BY, Shape.ONE, "what (?:did|does|has) (.+?) (?:say|said|claim|claimed|state|stated)(?: (?:about|on) .+)?"),
            rule(Form.SAID_BY, Shape.ONE, "what (?:was|has been) said by (.+)"),
            rule(Form.HAPPENED, Shape.PAIR, "what (?:happened|went on|took place|has happened) between (.+?)" + PERIOD),
            rule(Form.HAPPENED, Shape.ONE, "what (?:happened|has happened) (?:to|with) (.+?)" + PERIOD),
            rule(Form.HAPPENED, Shape.ONE, "(?:what is |what's |show )?the timeline (?:of|for) (.+?)" + PERIOD),
            rule(Form.OPPOSES, Shape.ONE, "who (?:opposes|opposed|is against|was against|disagrees with|disagreed with|objects to|objected to|is opposed to|is in conflict with|fought) (.+)"),
            rule(Form.SUPPORTS, Shape.ONE, "who (?:supports|supported|backs|backed|agrees with|agreed with|is for|sides with|sided with|cooperates with|cooperated with|is allied with) (.+)"),
            rule(Form.WHO_IS, Shape.ONE, "(?:who|what)(?: is| are| was| were|'s| 's) (.+)"),
            rule(Form.WHO_IS, Shape.ONE, "(?:tell me about|describe) (.+)"));

    private Questions() {
    }

    /** The forms understood, each with an example, for a question that fits none. */
    static List<String> understood() {
        return java.util.Arrays.stream(Form.values()).map(f -> f.example).toList();
    }

    static Optional<Question> read(String text) {
        var q = normal(text);
        for (var rule : RULES) {
            var m = rule.pattern().matcher(q);
            if (!m.matches()) {
                continue;
            }
            String from = null;
            String to = null;
            if (rule.form() == Form.HAPPENED) {
                int g = 2;
                if (m.group(g) != null) {
                    from = month(m.group(g));
                    to = from;
                } else if (m.group(g + 1) != null) {
                    from = m.group(g + 1);
                    to = m.group(g + 2);
                } else if (m.group(g + 3) != null) {
                    from = m.group(g + 3);
                }
            }
            var first = name(m.group(1));
            if (first.isEmpty()) {
                continue;
            }
            return Optional.of(switch (rule.shape()) {
                case ONE -> new Question(rule.form(), first, null, null, from, to);
                case TWO -> new Question(rule.form(), first, name(m.group(2)), null, from, to);
                case PAIR -> new Question(rule.form(), null, null, first, from, to);
            });
        }
        return Optional.empty();
    }

    /** The ways to cut "the US and Russia" into two names, at each "and", "&" or comma, the first cut first. */
    static List<String[]> splits(String pair) {
        var cuts = new java.util.ArrayList<String[]>();
        var m = Pattern.compile("\\s+(?:and|&)\\s+|\\s*,\\s*", Pattern.CASE_INSENSITIVE).matcher(pair);
        while (m.find()) {
            var left = name(pair.substring(0, m.start()));
            var right = name(pair.substring(m.end()));
            if (!left.isEmpty() && !right.isEmpty()) {
                cuts.add(new String[] {left, right});
            }
        }
        return cuts;
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

    private static Rule rule(Form form, Shape shape, String regex) {
        return new Rule(form, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), shape);
    }

    private static String normal(String text) {
        // a final full stop goes, the one of an abbreviation stays ("the U.S.?")
        return text.strip().replaceAll("\\s+", " ").replaceAll("[?!\\s]+$", "").replaceAll("(?<![A-Z])\\.+$", "")
                .replace('’', '\'');
    }

    /** A name as asked: without quotes, "the" is kept (resolution ignores it), a possessive "'s" dropped. */
    private static String name(String s) {
        var n = s.strip().replaceAll("^[\"“”']+|[\"“”']+$", "").strip();
        return n.toLowerCase(Locale.ROOT).endsWith("'s") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }
}
