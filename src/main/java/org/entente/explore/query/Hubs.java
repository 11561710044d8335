package org.entente.explore.query;

/**
 * Where an answer stops reading all of an entity's claims. An entity with more claims than {@link #CLAIMS} (a state in
 * a million GDELT events) has its newest or oldest claims found by walking the claims' date index instead of reading
 * and sorting all of them (find_stances, find_timeline_claims); below it, reading them all is the quicker way.
 */
final class Hubs {

    /** Claims (PARTY, ABOUT, ATTRIBUTED_TO relationships) above which an entity is read as a hub. */
    static final int CLAIMS = 10_000;

    private Hubs() {
    }
}
