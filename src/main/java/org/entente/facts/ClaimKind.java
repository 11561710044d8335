package org.entente.facts;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a claim records, as DESIGN.md's graph model names it; the {@code kind} of a Facts claim is one of these. */
public enum ClaimKind {
    AGREEMENT, DISAGREEMENT, COOPERATION, CONFLICT, MEETING, NEGOTIATION, STATEMENT;

    /** Kinds whose parties stand together unless told otherwise. */
    public static final Set<ClaimKind> JOINT = Set.of(AGREEMENT, COOPERATION, MEETING, NEGOTIATION);
    /** Kinds that put their parties on opposite sides: disagreement in words and in deeds. */
    public static final Set<ClaimKind> OPPOSING = Set.of(DISAGREEMENT, CONFLICT);
    /** Kinds that put their parties on one side. */
    public static final Set<ClaimKind> AGREEING = Set.of(AGREEMENT, COOPERATION);

    /**
     * The second label a claim of this kind carries beside {@code Claim} ({@code :Claim:Agreement}), so that Neo4j
     * Browser can colour claims by kind and Cypher can match them by label. The writers set it from this, never from
     * text they were given: a label cannot be a query parameter, and only these seven are ever written.
     */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every kind's label by the kind's name ({@code AGREEMENT → Agreement}), for Cypher that labels stored claims. */
    public static Map<String, String> labels() {
        return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ClaimKind::name, ClaimKind::label));
    }

    /** The label of a kind given by name, as a Facts claim or a coded event names it. */
    public static String labelOf(String kind) {
        return valueOf(kind).label();
    }
}
