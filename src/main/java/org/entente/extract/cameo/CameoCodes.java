package org.entente.extract.cameo;

import java.util.Map;

/**
 * What a CAMEO event code means for a claim: its root (the first two digits), its quad class (verbal/material ×
 * cooperation/conflict, as GDELT's QuadClass), its Goldstein score and the claim kind it becomes.
 *
 * <p>Goldstein scores (−10 … +10) follow the weights of Goldstein (1992) as GDELT tabulates them for CAMEO, here at the
 * level of three-digit codes; a four-digit code takes the score of its three-digit parent, an unknown one that of its root.
 */
public final class CameoCodes {

    /**
     * Quad classes as GDELT assigns them (checked on its event export): 1 verbal cooperation (01–05), 2 material
     * cooperation (06–09, investigation included), 3 verbal conflict (10–14), 4 material conflict (15–20).
     */
    public static int quadClass(String code) {
        int root = root(code);
        if (root <= 5) {
            return 1;
        }
        if (root <= 9) {
            return 2;
        }
        return root <= 14 ? 3 : 4;
    }

    public static int root(String code) {
        return Integer.parseInt(code.substring(0, 2));
    }

    /**
     * The claim kind of a code: statements (01), appeals (02), praise and verbal defence (051, 052: "we welcome",
     * "we commend", "we are encouraged by" — one side's approval, not two sides agreeing) are STATEMENTs; consultations (04) MEETINGs, or a
     * NEGOTIATION for 046; other verbal cooperation (03, 05) AGREEMENT; material cooperation (06–09) COOPERATION; verbal
     * conflict (10–14) DISAGREEMENT; material conflict (15–20) CONFLICT — the quad classes of GDELT — except reducing
     * relations (16: sanctions, visa restrictions, cutting aid, expelling diplomats), a DISAGREEMENT: a stance taken
     * without force, as the cue table ("sanction"), the seed (160) and the dev set's gold (162, 163) file it. Its quad
     * class stays GDELT's (4).
     */
    public static String kind(String code) {
        int root = root(code);
        return switch (root) {
            case 1, 2 -> "STATEMENT";
            case 4 -> code.startsWith("046") ? "NEGOTIATION" : "MEETING";
            case 3 -> "AGREEMENT";
            case 5 -> code.startsWith("051") || code.startsWith("052") ? "STATEMENT" : code.startsWith("050") ? "COOPERATION" : "AGREEMENT";
            case 6, 7, 8, 9 -> "COOPERATION";
            case 10, 11, 12, 13, 14, 16 -> "DISAGREEMENT";
            default -> "CONFLICT";
        };
    }

    /** Whether a code is an intent or a threat (CAMEO 03, 13): what someone says it will do. */
    public static boolean intends(String code) {
        return code != null && code.matches("\\d{2}.*") && (root(code) == 3 || root(code) == 13);
    }

    /**
     * The code of the intent to do what {@code code} codes, as CAMEO's "express intent to …" (03, cooperation) and
     * "threaten …" (13, conflict) mirror the acts: "pledged to provide aid" (07 → 033), "vowed to retaliate against"
     * (19 → 1384), "stands ready to assist" (06 → 031); an intent or a threat is itself; null for the verbal acts
     * CAMEO has no intent of (statements 01, appeals 02, demands 10, disapproval 11, rejections 12).
     */
    public static String intent(String code) {
        int root = root(code);
        var three = code.length() > 3 ? code.substring(0, 3) : code;
        return switch (root) {
            case 3, 13 -> code;
            case 4 -> "036";
            case 5 -> "032";
            case 6 -> java.util.List.of("061", "062", "063", "064").contains(three) ? "031" + three.charAt(2) : "031";
            case 7 -> java.util.List.of("071", "072", "073", "074").contains(three) ? "033" + three.charAt(2) : "033";
            case 8 -> switch (three) {
                case "081" -> "0351";
                case "082" -> "0352";
                case "083" -> "034";
                case "084" -> "0353";
                case "085" -> "0354";
                case "086" -> "0355";
                case "087" -> "0356";
                default -> "035";
            };
            case 9 -> "030";
            case 14 -> "133";
            case 15 -> "130";
            case 16 -> switch (three) {
                case "161" -> "1313";
                case "162" -> "1311";
                case "163" -> "1312";
                default -> "131";
            };
            case 17 -> "137";
            case 18 -> "1383";
            case 19 -> three.equals("191") ? "1381" : three.equals("192") ? "1382" : "1384";
            case 20 -> "1385";
            default -> null;
        };
    }

    public static double goldstein(String code) {
        var three = code.length() > 3 ? code.substring(0, 3) : code;
        var score = GOLDSTEIN.get(three);
        return score != null ? score : GOLDSTEIN.getOrDefault(code.substring(0, 2) + "0", 0.0);
    }

    private static final Map<String, Double> GOLDSTEIN = Map.ofEntries(
            Map.entry("010", 0.0), Map.entry("011", -0.1), Map.entry("012", -0.4), Map.entry("013", 0.4), Map.entry("014", 0.0),
            Map.entry("015", 0.0), Map.entry("016", -2.0), Map.entry("017", 0.0), Map.entry("018", 3.4), Map.entry("019", 3.4),
            Map.entry("020", 3.0), Map.entry("021", 3.4), Map.entry("022", 3.2), Map.entry("023", 3.4), Map.entry("024", -0.3),
            Map.entry("025", -0.3), Map.entry("026", 4.0), Map.entry("027", 4.0), Map.entry("028", 4.0),
            Map.entry("030", 4.0), Map.entry("031", 5.2), Map.entry("032", 4.5), Map.entry("033", 5.2), Map.entry("034", 7.0),
            Map.entry("035", 7.0), Map.entry("036", 4.0), Map.entry("037", 5.0), Map.entry("038", 7.0), Map.entry("039", 5.0),
            Map.entry("040", 1.0), Map.entry("041", 1.0), Map.entry("042", 1.9), Map.entry("043", 2.8), Map.entry("044", 2.5),
            Map.entry("045", 5.0), Map.entry("046", 7.0),
            Map.entry("050", 3.5), Map.entry("051", 3.4), Map.entry("052", 3.5), Map.entry("053", 3.8), Map.entry("054", 6.0),
            Map.entry("055", 7.0), Map.entry("056", 7.0), Map.entry("057", 8.0),
            Map.entry("060", 6.0), Map.entry("061", 6.4), Map.entry("062", 7.4), Map.entry("063", 7.4), Map.entry("064", 7.0),
            Map.entry("070", 7.0), Map.entry("071", 7.4), Map.entry("072", 8.3), Map.entry("073", 7.4), Map.entry("074", 8.5),
            Map.entry("075", 7.0),
            Map.entry("080", 5.0), Map.entry("081", 5.0), Map.entry("082", 5.0), Map.entry("083", 5.0), Map.entry("084", 7.0),
            Map.entry("085", 7.0), Map.entry("086", 9.0), Map.entry("087", 9.0),
            Map.entry("090", -2.0), Map.entry("091", -2.0), Map.entry("092", -2.0), Map.entry("093", -2.0), Map.entry("094", -2.0),
            Map.entry("100", -5.0), Map.entry("101", -5.0), Map.entry("102", -5.0), Map.entry("103", -5.0), Map.entry("104", -5.0),
            Map.entry("105", -5.0), Map.entry("106", -5.0), Map.entry("107", -5.0), Map.entry("108", -5.0),
            Map.entry("110", -2.0), Map.entry("111", -2.0), Map.entry("112", -2.0), Map.entry("113", -2.0), Map.entry("114", -2.0),
            Map.entry("115", -2.0), Map.entry("116", -2.0),
            Map.entry("120", -4.0), Map.entry("121", -4.0), Map.entry("122", -4.0), Map.entry("123", -4.0), Map.entry("124", -5.0),
            Map.entry("125", -5.0), Map.entry("126", -5.0), Map.entry("127", -5.0), Map.entry("128", -5.0), Map.entry("129", -5.0),
            Map.entry("130", -4.4), Map.entry("131", -5.8), Map.entry("132", -5.8), Map.entry("133", -5.8), Map.entry("134", -5.8),
            Map.entry("135", -5.8), Map.entry("136", -7.0), Map.entry("137", -7.0), Map.entry("138", -7.0), Map.entry("139", -7.0),
            Map.entry("140", -6.5), Map.entry("141", -6.5), Map.entry("142", -6.5), Map.entry("143", -6.5), Map.entry("144", -7.5),
            Map.entry("145", -7.5),
            Map.entry("150", -7.2), Map.entry("151", -7.2), Map.entry("152", -7.2), Map.entry("153", -7.2), Map.entry("154", -7.2),
            Map.entry("160", -4.0), Map.entry("161", -4.0), Map.entry("162", -5.6), Map.entry("163", -8.0), Map.entry("164", -7.0),
            Map.entry("165", -6.5), Map.entry("166", -7.0),
            Map.entry("170", -7.0), Map.entry("171", -9.2), Map.entry("172", -5.0), Map.entry("173", -5.0), Map.entry("174", -5.0),
            Map.entry("175", -9.0),
            Map.entry("180", -9.0), Map.entry("181", -9.0), Map.entry("182", -9.5), Map.entry("183", -10.0), Map.entry("184", -8.0),
            Map.entry("185", -8.0), Map.entry("186", -10.0),
            Map.entry("190", -10.0), Map.entry("191", -9.5), Map.entry("192", -9.5), Map.entry("193", -10.0), Map.entry("194", -10.0),
            Map.entry("195", -10.0), Map.entry("196", -9.5),
            Map.entry("200", -10.0), Map.entry("201", -9.5), Map.entry("202", -10.0), Map.entry("203", -10.0), Map.entry("204", -10.0));

    private CameoCodes() {
    }
}
