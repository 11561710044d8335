package org.entente.ingest.gdelt;

/**
 * One of an event's two actors as GDELT codes it. {@code code} is the whole CAMEO actor code ({@code USAGOV},
 * {@code IGOUNODEVWBK}); the other codes are its parts as GDELT splits them out. Empty fields are {@code null}, so a
 * file that writes {@code NULL} and one that writes nothing give the same actor.
 */
public record GdeltActor(String code, String name, String countryCode, String knownGroupCode, String ethnicCode,
                         String religion1Code, String religion2Code, String type1Code, String type2Code,
                         String type3Code) {
}
