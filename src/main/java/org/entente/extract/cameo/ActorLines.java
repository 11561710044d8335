package org.entente.extract.cameo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a PETRARCH/TABARI dictionary ({@code .actors}, {@code .agents}) without their comments, each told apart
 * by its form. Comments are {@code <!-- … -->} (also over several lines), lines that begin with {@code <!}, and
 * whatever follows {@code #} or {@code ;} on a line. Forms:
 * <pre>
 * GONDOR [GON]                    NAME: a name, words joined by _ or spaces, with codes or without
 * +MINAS_TIRITH                   SYNONYM of the name above
 *     [HOBGOV 19950601-19990815]  CODES of the name above, one or more brackets
 * TROOPS {} [~MIL]                NAME with a plural in braces and an agent code (agents files)
 * !PERSON! = MAN, MEN, WOMAN      MARKER: a substitution set for agent names such as CONGRESS!PERSON!
 * </pre>
 * A line keeps the problems found in it instead of failing, so that each reader decides: a user's dictionary is
 * refused with the first one, the shipped Phoenix dictionaries skip what they cannot read (a few of their 200,000
 * brackets hold no code, such as {@code [s]}).
 */
public final class ActorLines {

    public enum Kind { NAME, SYNONYM, CODES, MARKER }

    /**
     * One line: {@code name} is the text before the codes as written ({@code ARNOR_}, {@code HAMAS WING}), or the whole
     * marker line; {@code plural} the text in braces, or {@code null} without braces.
     */
    public record Line(int number, Kind kind, String name, String plural, List<ActorCode> codes, List<String> problems) {
    }

    private static final Pattern PLURAL = Pattern.compile("\\{([^}]*)}");

    private ActorLines() {
    }

    public static List<Line> of(String text) {
        var lines = new ArrayList<Line>();
        boolean inComment = false;
        var raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            var line = raw[i];
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 3);
                inComment = false;
            }
            line = line.replaceAll("[#;].*", "").replaceAll("<!--.*?-->", "");
            if (line.contains("<!--")) {
                line = line.substring(0, line.indexOf("<!--"));
                inComment = true;
            }
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("<!")) {
                lines.add(read(i + 1, line));
            }
        }
        return lines;
    }

    private static Line read(int number, String line) {
        var problems = new ArrayList<String>();
        if (line.startsWith("!") && line.contains("=")) {
            return new Line(number, Kind.MARKER, line, null, List.of(), problems);
        }
        int bracket = line.indexOf('[');
        var name = (bracket < 0 ? line : line.substring(0, bracket)).strip();
        var codes = codes(bracket < 0 ? "" : line.substring(bracket), problems);
        if (name.startsWith("+")) {
            if (!codes.isEmpty()) {
                problems.add("a synonym (+NAME) takes no code: put the codes on the line of its name or on a line of their own");
            }
            return new Line(number, Kind.SYNONYM, name.substring(1).strip(), null, List.of(), problems);
        }
        if (name.isEmpty()) {
            return new Line(number, Kind.CODES, null, null, codes, problems);
        }
        String plural = null;
        var braces = PLURAL.matcher(name);
        if (braces.find()) {
            plural = braces.group(1).strip();
            name = name.substring(0, braces.start()).strip();
        } else if (name.contains("{")) {
            problems.add("a '{' without '}': a plural goes in braces, e.g. TROOP {TROOPS} [~MIL]");
        }
        return new Line(number, Kind.NAME, name, plural, codes, problems);
    }

    /** The codes of "[A] [B 950601]"; nothing but brackets may follow the first one. */
    private static List<ActorCode> codes(String text, List<String> problems) {
        var codes = new ArrayList<ActorCode>();
        var rest = text.strip();
        while (!rest.isEmpty()) {
            int close = rest.indexOf(']');
            if (!rest.startsWith("[")) {
                problems.add("'" + rest + "' after the codes: a line holds a name, then codes in brackets");
                break;
            }
            if (close < 0) {
                problems.add("a '[' without ']'");
                break;
            }
            try {
                codes.addAll(ActorCode.parse(rest.substring(1, close)));
            } catch (ActorCode.Invalid e) {
                problems.add(e.getMessage());
            }
            rest = rest.substring(close + 1).strip();
        }
        return codes;
    }
}
