package org.entente.ingest.gdelt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.gazetteer.Gazetteer.Entry;
import org.entente.extract.gazetteer.Slugs;

/**
 * The entity a GDELT actor is in the graph, with the same ids the article extractor gives: an organization the
 * gazetteer knows by the actor's CAMEO code ({@code IGOWSTNAT} → {@code org:nato}); else the actor's country
 * ({@code USAGOV} → {@code country:usa}, role {@code GOV}); else an organization of the code itself
 * ({@code REFCVL} → {@code org:cameo-refcvl}, named as GDELT names the actor; {@code org:gdelt-<name>} for the rare
 * actor with a name and no code). Facts ids of organizations begin with {@code org:}, so kept codes are
 * {@code org:cameo-…} rather than {@code cameo:…}. Millions of rows use a few thousand codes: each code is resolved once.
 * Thread-safe.
 */
public final class GdeltActors {

    /**
     * An actor as the graph needs it: {@code id}, {@code kind} and {@code name} of the entity; {@code role} the CAMEO
     * sectors the code adds to it ({@code GOV}, {@code GOV MIL}), or {@code null}; {@code code} GDELT's actor code.
     */
    public record ActorEntity(String id, String kind, String name, String role, String code) {
    }

    /** Words a title-cased GDELT name keeps in lower case ("Bank of England"). */
    private static final Set<String> SMALL_WORDS = Set.of("OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "DE", "AL");

    private final Gazetteer gazetteer;
    private final CameoOrganizations organizations;
    private final Map<String, ActorEntity> byCode = new ConcurrentHashMap<>();

    public GdeltActors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.organizations = new CameoOrganizations(gazetteer);
    }

    /** The entity of an actor, {@code null} for none. */
    public ActorEntity entity(GdeltActor actor) {
        if (actor == null || (actor.code() == null && actor.name() == null)) {
            return null;
        }
        if (actor.code() == null) {
            return new ActorEntity("org:gdelt-" + Slugs.idSlug(actor.name()), "Organization", titleCase(actor.name()), null, null);
        }
        var entity = byCode.computeIfAbsent(actor.code() + "\t" + Objects.requireNonNullElse(actor.countryCode(), ""),
                key -> resolve(actor));
        // a kept code is named as GDELT names the actor in this row ("POLICE", "POLICE OFFICER")
        return entity.name() != null ? entity : new ActorEntity(entity.id(), entity.kind(), name(actor), entity.role(), entity.code());
    }

    /** How many CAMEO codes name an organization of the gazetteer. */
    public int organizationCodes() {
        return organizations.size();
    }

    /** The entity of a code and country; a kept code's has no name, which each row gives. */
    private ActorEntity resolve(GdeltActor actor) {
        var code = actor.code();
        var organization = organizations.exactly(code);
        var prefix = organization != null ? code : organizations.longestKnownPrefix(code);
        if (prefix != null) {
            return of(organizations.exactly(prefix), code.substring(prefix.length()), code);
        }
        var iso3 = country(actor);
        var country = iso3 == null ? null : gazetteer.country(iso3);
        if (country != null) {
            return of(country, code.startsWith(iso3) ? code.substring(3) : "", code);
        }
        return new ActorEntity("org:cameo-" + Slugs.idSlug(code), "Organization", null, null, code);
    }

    /**
     * The actor's country code: GDELT's column, else the code's first three letters, unless GDELT filed them as another
     * part of the code (the religion {@code MUS} is also Mauritius's alpha-3 code).
     */
    private static String country(GdeltActor actor) {
        if (actor.countryCode() != null) {
            return actor.countryCode().matches("[A-Z]{3}") ? actor.countryCode() : null;
        }
        var first = actor.code().length() >= 3 ? actor.code().substring(0, 3) : "";
        var otherParts = Stream.of(actor.knownGroupCode(), actor.ethnicCode(), actor.religion1Code(), actor.religion2Code(),
                actor.type1Code(), actor.type2Code(), actor.type3Code()).filter(Objects::nonNull).toList();
        return first.matches("[A-Z]{3}") && !otherParts.contains(first) ? first : null;
    }

    private static ActorEntity of(Entry entry, String rest, String code) {
        return new ActorEntity(entry.id(), entry.kind(), entry.name(), role(rest), code);
    }

    /** "GOVMIL" → "GOV MIL"; {@code null} for nothing. */
    private static String role(String rest) {
        if (rest.isEmpty()) {
            return null;
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < rest.length(); i += 3) {
            parts.add(rest.substring(i, Math.min(rest.length(), i + 3)));
        }
        return String.join(" ", parts);
    }

    private static String name(GdeltActor actor) {
        return actor.name() == null ? actor.code() : titleCase(actor.name());
    }

    /** "THE EU" → "The EU", "BANK OF ENGLAND" → "Bank of England", "AL-SHABAAB" → "Al-Shabaab": GDELT writes names in capitals. */
    static String titleCase(String name) {
        var words = List.of(name.strip().split("\\s+"));
        var out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i).toUpperCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && SMALL_WORDS.contains(word)) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else if (word.length() == 2 && !SMALL_WORDS.contains(word)) {
                out.append(word); // UN, EU, US
            } else {
                out.append(capitalized(word));
            }
        }
        return out.toString();
    }

    private static String capitalized(String word) {
        var out = new StringBuilder(word.toLowerCase(Locale.ROOT));
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || out.charAt(i - 1) == '-' || (i == 2 && out.charAt(1) == '\'')) { // O'Brien, not People'S
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
