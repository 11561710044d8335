package org.entente.facts;

import java.util.Set;

/** What a claim records, as DESIGN.md's graph model names it; the {@code kind} of a Facts claim is one of these. */
public enum ClaimKind {
    AGREEMENT, DISAGREEMENT, COOPERATION, CONFLICT, MEETING, NEGOTIATION, STATEMENT;

    /** Kinds whose parties stand together unless told otherwise. */
    public static final Set<ClaimKind> JOINT = Set.of(AGREEMENT, COOPERATION, MEETING, NEGOTIATION);
    /** Kinds that put their parties on opposite sides: disagreement in words and in deeds. */
    public static final Set<ClaimKind> OPPOSING = Set.of(DISAGREEMENT, CONFLICT);
    /** Kinds that put their parties on one side. */
    public static final Set<ClaimKind> AGREEING = Set.of(AGREEMENT, COOPERATION);
}
