package org.entente.extract.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.entente.extract.eval.PetrarchRecords.Event;

/**
 * The baseline event coder: the first keyword of the sentence gives the CAMEO code, the first actor named is the
 * source and the second the target. One or two keywords for each CAMEO root, taken from the CAMEO codebook's headings,
 * not from any test sentence.
 */
final class KeywordCoder {

    private static final List<Map.Entry<Pattern, String>> KEYWORDS = List.of(
            keyword("said|says|stated|announc\\w*|declar\\w*", "010"),
            keyword("appeal\\w*|urg\\w*|call(s|ed)? (on|for)", "020"),
            keyword("promis\\w*|pledg\\w*|offer\\w*|intend\\w*", "030"),
            keyword("met|meet\\w*|visit\\w*|host\\w*|consult\\w*", "040"),
            keyword("negotiat\\w*|talks", "046"),
            keyword("prais\\w*|commend\\w*|endors\\w*", "051"),
            keyword("recogni[sz]\\w*", "054"),
            keyword("apologi[sz]\\w*", "055"),
            keyword("agree\\w*|sign\\w*|accord|treaty", "057"),
            keyword("cooperat\\w*|trade\\w*", "060"),
            keyword("aid|assist\\w*|donat\\w*|relief", "070"),
            keyword("releas\\w*|withdr[ae]w\\w*|lift\\w*|eas(e|ed|es)", "080"),
            keyword("investigat\\w*|probe\\w*|inquir\\w*", "090"),
            keyword("demand\\w*", "100"),
            keyword("condemn\\w*|critici[sz]\\w*|denounc\\w*|deplor\\w*", "111"),
            keyword("accus\\w*|blam\\w*", "112"),
            keyword("reject\\w*|refus\\w*|veto\\w*|den(y|ied|ies)", "120"),
            keyword("threat\\w*|warn\\w*", "130"),
            keyword("protest\\w*|demonstrat\\w*|strike\\w*", "140"),
            keyword("mobili[sz]\\w*|deploy\\w*|alert", "150"),
            keyword("sever\\w*|expel\\w*|suspend\\w*|sanction\\w*|embargo\\w*|boycott\\w*", "160"),
            keyword("arrest\\w*|detain\\w*|seiz\\w*|confiscat\\w*|deport\\w*", "170"),
            keyword("kidnap\\w*|abduct\\w*|hostage\\w*|assassinat\\w*", "180"),
            keyword("attack\\w*|kill\\w*|bomb\\w*|shell\\w*|fight\\w*|clash\\w*|invad\\w*", "190"),
            keyword("massacre\\w*|genocide", "200"));

    private KeywordCoder() {
    }

    /** The event of a sentence, given the codes of the actors it names in order; none without a keyword. */
    static List<Event> code(String sentence, List<String> actors) {
        var text = sentence.toLowerCase(Locale.ROOT);
        int first = Integer.MAX_VALUE;
        String code = null;
        for (var keyword : KEYWORDS) {
            var m = keyword.getKey().matcher(text);
            if (m.find() && m.start() < first) {
                first = m.start();
                code = keyword.getValue();
            }
        }
        if (code == null) {
            return List.of();
        }
        return List.of(new Event(actors.isEmpty() ? null : actors.get(0), actors.size() < 2 ? null : actors.get(1), code));
    }

    private static Map.Entry<Pattern, String> keyword(String words, String code) {
        return Map.entry(Pattern.compile("\\b(" + words + ")\\b"), code);
    }
}
