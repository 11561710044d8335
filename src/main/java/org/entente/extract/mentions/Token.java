package org.entente.extract.mentions;

/**
 * One token of the cleaned body: offsets into the body, CoreNLP's tags, and its sentence. Hyphenated words whose
 * parts are names ("U.S.-Russian", "pro-Moscow") come split, so each part can be a mention of its own.
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner, String normalized, int begin, int end) {

    public boolean capitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public boolean is(String... lemmas) {
        for (var l : lemmas) {
            if (lemma.equalsIgnoreCase(l) || word.equalsIgnoreCase(l)) {
                return true;
            }
        }
        return false;
    }

    /** "(", as CoreNLP may write it ("-LRB-"). */
    public boolean opensBracket() {
        return word.equals("(") || word.equals("-LRB-");
    }

    /** ")", as CoreNLP may write it ("-RRB-"). */
    public boolean closesBracket() {
        return word.equals(")") || word.equals("-RRB-");
    }

    /** The name without a leading "the": "the Council" is "Council". */
    public static String withoutArticle(String name) {
        return name.strip().replaceFirst("^(the|The)\\s+", "");
    }

    public boolean noun() {
        return pos.startsWith("NN");
    }

    /** "'s", "'" or "’" after a name, which the tagger may take for a quotation mark ("the United States’ condolences"). */
    public boolean possessive() {
        return pos.equals("POS") || word.matches("['’]s?");
    }

    public boolean verb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }
}
