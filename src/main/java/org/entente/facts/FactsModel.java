package org.entente.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vocabulary of Facts (docs/facts.md): kinds, types, which keys each may carry, which endpoints each allows. */
final class FactsModel {

    static final Set<String> SOURCE_KEYS = Set.of("id", "title", "publisher", "url", "published", "text", "body", "path");
    static final Set<String> TOP_KEYS = Set.of("source", "entities", "relationships", "claims");

    static final Map<String, String> KIND_PREFIX = Map.of(
            "Person", "person", "Country", "country", "Organization", "org",
            "Treaty", "treaty", "Place", "place", "Event", "event");

    static final Set<String> ENTITY_COMMON_KEYS = Set.of("id", "kind", "name", "aliases", "mentions", "wikidata", "description");
    /** The keys of an entity that are fields of {@link Facts.Entity}; every other key is one of its properties. */
    static final Set<String> ENTITY_FIELDS = Set.of("id", "kind", "name", "aliases", "mentions");
    static final Map<String, Set<String>> ENTITY_KEYS = Map.of(
            "Person", Set.of("cameo"),
            "Country", Set.of("iso2", "iso3", "demonyms", "capital", "cameo"),
            "Organization", Set.of("orgType", "cameo"),
            "Treaty", Set.of("signed", "inForce", "expires", "status"),
            "Place", Set.of("cameo"),
            "Event", Set.of("date", "endDate"));
    static final Set<String> DATE_KEYS = Set.of("signed", "inForce", "expires", "date", "endDate", "since", "until", "published");
    static final Set<String> LIST_KEYS = Set.of("demonyms");

    /** The keys that are fields of {@link Facts.Relationship}; every other key is one of its properties. */
    static final Set<String> RELATIONSHIP_COMMON_KEYS = Set.of("type", "from", "to", "quote", "confidence");
    static final Map<String, Set<String>> RELATIONSHIP_KEYS = Map.of(
            "LEADS", Set.of("title", "since", "until"),
            "MEMBER_OF", Set.of("role", "since", "until"),
            "WORKS_FOR", Set.of("role", "since", "until"),
            "SPEAKS_FOR", Set.of("role", "since", "until"),
            "PART_OF", Set.of(),
            "PARTY_TO", Set.of("since", "until"),
            "SUCCEEDS", Set.of(),
            "MET", Set.of("date", "place"));
    /** type → [allowed kinds of {@code from}, allowed kinds of {@code to}] */
    static final Map<String, List<Set<String>>> ENDPOINTS = Map.of(
            "LEADS", List.of(Set.of("Person"), Set.of("Country", "Organization")),
            "MEMBER_OF", List.of(Set.of("Person", "Country", "Organization"), Set.of("Organization")),
            "WORKS_FOR", List.of(Set.of("Person"), Set.of("Organization", "Country")),
            "SPEAKS_FOR", List.of(Set.of("Person"), Set.of("Person", "Organization", "Country")),
            "PART_OF", List.of(Set.of("Organization", "Place"), Set.of("Country", "Organization", "Place")),
            "PARTY_TO", List.of(Set.of("Country", "Organization"), Set.of("Treaty")),
            "SUCCEEDS", List.of(Set.of("Treaty"), Set.of("Treaty")),
            "MET", List.of(Set.of("Person"), Set.of("Person")));

    static final Set<String> CLAIM_KEYS = Set.of("id", "kind", "parties", "about", "topic", "summary", "date", "modality",
            "quote", "attributedTo", "confidence", "cameo", "goldstein");
    static final Set<String> CLAIM_KINDS = names(ClaimKind.values());
    /** Kinds whose parties stand together unless told otherwise. */
    static final Set<String> JOINT_KINDS = names(ClaimKind.JOINT.toArray(ClaimKind[]::new));
    /** Kinds that put their parties on opposite sides: disagreement in words and in deeds. */
    static final Set<String> OPPOSING_KINDS = names(ClaimKind.OPPOSING.toArray(ClaimKind[]::new));
    static final Set<String> MODALITIES = names(Modality.values());
    /** key → {least, greatest} of the numbers that key may hold. */
    static final Map<String, double[]> RANGES = Map.of("confidence", new double[] {0, 1}, "goldstein", new double[] {-10, 10});

    private FactsModel() {
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
