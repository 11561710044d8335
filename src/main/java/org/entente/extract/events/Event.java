package org.entente.extract.events;

import java.util.List;

/**
 * Who did what to whom in one clause: the event verb (token index), its CAMEO code, the actors (subjects) and
 * targets (objects) as entity ids, what else the clause names, how it is put, and who said so.
 *
 * @param modality ASSERTED, REPORTED, PLANNED or DENIED
 * @param attributedTo the entity whose words these are (reported speech), or {@code null}
 * @param topic the words the event is about (its object or prepositional phrase), never empty
 */
public record Event(int sentence, int verb, String code, String verbText, List<String> actors, List<String> targets,
                    List<String> about, String topic, String modality, String attributedTo) {

    public Event {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        about = List.copyOf(about);
    }
}
