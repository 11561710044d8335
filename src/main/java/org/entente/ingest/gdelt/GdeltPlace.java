package org.entente.ingest.gdelt;

/**
 * Where an event happened (GDELT's ActionGeo). {@code type}: 1 country, 2 US state, 3 US city, 4 world city, 5 world
 * state. {@code countryCode} is FIPS 10-4 ({@code RS} is Russia), not ISO; {@code adm1Code} is the FIPS country code and
 * the division's ({@code RS48}, or {@code USTX} for Texas). {@code lat}, {@code lon} and the GNS/GNIS {@code featureId}
 * are {@code null} when GDELT gives none.
 */
public record GdeltPlace(int type, String fullName, String countryCode, String adm1Code, Double lat, Double lon,
                         String featureId) {
}
