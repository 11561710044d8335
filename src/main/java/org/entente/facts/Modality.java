package org.entente.facts;

/**
 * How a source holds a claim: stated as fact, reported from someone, planned ("agreed to start talks"), or denied
 * ("have not settled on a new cap").
 */
public enum Modality {
    ASSERTED, REPORTED, PLANNED, DENIED
}
