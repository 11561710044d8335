package org.entente.ingest.gdelt;

/**
 * CAMEO event codes with the leading zeros that spreadsheets and integer columns drop ({@code 061} read as {@code 61}).
 * Root codes are two digits (01–20); event codes three or four, beginning with their root's two; base codes three. The
 * root decides what a short code was: {@code 101} under root {@code 01} was {@code 0101}, under root {@code 10} it is
 * {@code 101}. Without a root a code is read as CAMEO allows: no root above 20, so {@code 841} was {@code 0841}.
 */
final class CameoEventCodes {

    private CameoEventCodes() {
    }

    /** The two-digit root code, or {@code null} when {@code raw} is not one or two digits. */
    static String root(String raw) {
        if (!digits(raw, 1, 2)) {
            return null;
        }
        return raw.length() == 1 ? "0" + raw : raw;
    }

    /** The event code (three or four digits) under {@code root}, or {@code null} when there is none. */
    static String event(String raw, String root) {
        return restore(raw, root, 3, 4);
    }

    /** The base code (three digits) under {@code root}, or {@code null} when there is none. */
    static String base(String raw, String root) {
        return restore(raw, root, 3, 3);
    }

    /** The root a code falls under when the file gives none. */
    static String rootOf(String raw) {
        if (!digits(raw, 1, 4)) {
            return null;
        }
        var padded = raw.length() < 3 ? "0".repeat(3 - raw.length()) + raw : raw;
        return Integer.parseInt(padded.substring(0, 2)) > 20 ? "0" + padded.charAt(0) : padded.substring(0, 2);
    }

    private static String restore(String raw, String root, int shortest, int longest) {
        if (!digits(raw, 1, longest) || root == null) {
            return null;
        }
        for (var code = raw; code.length() <= longest; code = "0" + code) {
            if (code.length() >= shortest && code.startsWith(root)) {
                return code;
            }
        }
        return null;
    }

    private static boolean digits(String s, int min, int max) {
        if (s == null || s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
