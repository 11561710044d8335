package org.entente.explore.ask.forms.pair;

import java.util.List;

import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.ConnectionRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "How is X connected to Y?": the shortest paths between two entities through relationships and claims, one sentence each. */
@Component
@Order(20)
class ConnectionForm extends Form {

    private static final int MAX_HOPS = 4;

    private final ConnectionRepository connections;
    private final References references;

    ConnectionForm(ConnectionRepository connections, References references) {
        super("CONNECTION", "two names and connected, linked, related, tied, connects, links", "How is Volk connected to Obama?", Slot.NAMES);
        this.connections = connections;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.CONNECTED) && q.namesTwo();
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        var a = two.get(0);
        var b = two.get(1);
        var paths = connections.paths(a.id(), b.id(), MAX_HOPS, 3, ConnectionRepository.DEFAULT_HOP_TYPES);
        var reading = "How is " + AnswerParts.named(a) + " connected to " + AnswerParts.named(b) + "?";
        var see = Asker.see("/api/connections", "from", a.id(), "to", b.id(), "maxHops", String.valueOf(MAX_HOPS));
        if (paths.isEmpty()) {
            return AnswerParts.answer(q.text(), name(), reading, List.of(a, b), null, see, "No connection between "
                    + Wording.the(a) + " and " + Wording.the(b) + " within " + MAX_HOPS + " steps through relationships and claims.",
                    List.of());
        }
        var evidence = paths.get(0).evidence().stream().map(e -> new Evidence(e.claim(), null, null, e.quote(), e.sources())).toList();
        var more = paths.size() > 1 ? " (" + paths.size() + " shortest paths; the first is shown.)" : "";
        return AnswerParts.answer(q.text(), name(), reading, List.of(a, b), null, see, paths.get(0).explanation() + more, evidence);
    }
}
