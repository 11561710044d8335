package org.entente.extract.text;

import java.util.Arrays;

/**
 * Text built from pieces of an input, remembering for every character where it came from, so that a mention
 * found in cleaned text can be reported as offsets into the file the analyst gave us.
 */
final class MappedText {

    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[256];
    private int[] originEnd = new int[256];

    /** Appends {@code input[from, to)} character by character, each mapped to its own position. */
    MappedText appendSource(CharSequence input, int from, int to) {
        for (int i = from; i < to; i++) {
            append(input.charAt(i), i);
        }
        return this;
    }

    /** Appends one character that stands for the input at {@code at} (a decoded entity, a separator). */
    MappedText append(char c, int at) {
        return append(c, at, at + 1);
    }

    /** Appends a character that stands for the input [at, end), such as a character reference "&amp;". */
    MappedText append(char c, int at, int end) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
            originEnd = Arrays.copyOf(originEnd, originEnd.length * 2);
        }
        origin[text.length()] = at;
        originEnd[text.length()] = end;
        text.append(c);
        return this;
    }

    /** Appends a separator (paragraph break) that maps to the end of what precedes it. */
    MappedText separator(String separator) {
        int at = text.length() == 0 ? 0 : originEnd[text.length() - 1];
        for (int i = 0; i < separator.length(); i++) {
            append(separator.charAt(i), at, at);
        }
        return this;
    }

    /** Copies {@code other[from, to)} with its mapping. */
    /**
     * Appends {@code other[from, to)}, keeping where each character came from; the no-break, narrow and thin spaces of
     * typeset text ("Department of\u202fthe\u202fTreasury") become plain spaces, or the tokenizer would glue the words.
     */
    MappedText appendMapped(MappedText other, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = other.text.charAt(i);
            append(Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c, other.origin[i], other.originEnd[i]);
        }
        return this;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    String text() {
        return text.toString();
    }

    /** The input offset of the character at {@code i}. */
    int originOf(int i) {
        return origin[i];
    }

    /** The input offset just past the character at {@code i - 1}: the end of a span ending at {@code i}. */
    int originEnd(int i) {
        return i == 0 ? 0 : originEnd[i - 1];
    }
}
