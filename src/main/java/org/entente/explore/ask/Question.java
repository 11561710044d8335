package org.entente.explore.ask;

import java.util.List;

/**
 * A question read into its parts (slots): what it asks for ({@link Asks}), the relation asked about, the names it
 * mentions as typed (a pair "the US and Russia" stays one phrase, to be cut where both halves name entities), a topic
 * ("about Afghanistan"), a title ("the president of"), a place ("in London"), a period, and the parts that could not be read, with why.
 * Forms are chosen by these slots, not by the wording.
 */
public record Question(String text, Asks asks, Relation relation, List<String> names, String topic, String title,
                       String place, String from, String to, List<String> unread) {

    /** The question word: what kind of answer is wanted. WHETHER is a yes/no question ("Did X and Y meet?"). */
    public enum Asks { WHO, WHAT, WHEN, WHERE, WHICH, HOW, WHETHER }

    /** The relation asked about; NONE when no word of the lexicon names one. */
    public enum Relation {
        STANCES, RELATIONSHIP, CONNECTED, TREATIES, PARTY_TO, SAY, THINK_OF, MEET, DISAGREE, AGREE, HAPPENED,
        CONFLICT, OPPOSE, SUPPORT, EXPIRE, SIGNED, IN_FORCE, STATUS, LEAD, ROLE, IDENTITY, NONE
    }

    /** The parts of a question a form may read; what a form leaves unused is said in the answer's interpretation. */
    public enum Slot { NAMES, TOPIC, TITLE, PLACE, TIME }

    public boolean has(Slot slot) {
        return switch (slot) {
            case NAMES -> !names.isEmpty();
            case TOPIC -> topic != null;
            case TITLE -> title != null;
            case PLACE -> place != null;
            case TIME -> from != null || to != null;
        };
    }

    /** The part of the question a slot was read from, in words, for the interpretation. */
    public String part(Slot slot) {
        return switch (slot) {
            case NAMES -> String.join(", ", names);
            case TOPIC -> "about " + topic;
            case TITLE -> "the title " + title;
            case PLACE -> "in " + place;
            case TIME -> from != null && from.equals(to) ? "in " + from
                    : (from == null ? "" : "from " + from) + (from != null && to != null ? " " : "") + (to == null ? "" : "to " + to);
        };
    }

    /** A pair named as one phrase ("Obama and Medvedev", "the two leaders") or as two names. */
    public boolean namesTwo() {
        return names.size() == 2 || (names.size() == 1 && QuestionReader.isPair(names.get(0)));
    }

    /** One name phrase, which may still be a pair ("Bosnia and Herzegovina" is one country). */
    public boolean namesOne() {
        return names.size() == 1;
    }

    public boolean is(Relation... relations) {
        return List.of(relations).contains(relation);
    }
}
