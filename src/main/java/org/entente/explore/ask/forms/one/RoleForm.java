package org.entente.explore.ask.forms.one;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.ConnectionRepository;
import org.entente.explore.query.EntityRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "What is Gibbs's role?", "Who does Gibbs speak for?": what an entity leads, works for, speaks for, belongs to. */
@Component
@Order(130)
class RoleForm extends Form {

    private static final Set<String> ROLES = Set.of("LEADS", "WORKS_FOR", "SPEAKS_FOR", "MEMBER_OF", "PART_OF");

    private final EntityRepository entities;
    private final References references;

    RoleForm(EntityRepository entities, References references) {
        super("ROLE", "role, job, title, position, speaks for, works for and one name", "What is Gibbs's role?", Slot.NAMES);
        this.entities = entities;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.ROLE) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        var entity = references.one(q.names().get(0));
        var profile = entities.profile(entity, 1);
        var self = new ConnectionRepository.Node(entity.id(), entity.kind(), entity.name());
        var roles = new ArrayList<String>();
        var evidence = new ArrayList<Evidence>();
        profile.relationships().forEach((type, rows) -> rows.stream().filter(r -> ROLES.contains(type) && r.out()).forEach(r -> {
            roles.add(r.sentence(type, self));
            evidence.add(new Evidence(null, type, r.text("since"), r.text("quote"), r.sources()));
        }));
        var the = Wording.capitalise(Wording.the(entity));
        var description = profile.attributes().get("description") instanceof String d ? " (" + d.strip() + ")" : "";
        var text = roles.isEmpty() ? "The graph records no role for " + Wording.the(entity) + description + "."
                : the + description + " " + String.join("; ", roles) + ".";
        return AnswerParts.answer(q.text(), name(), "What is the role of " + AnswerParts.named(entity) + "?", List.of(entity), null,
                Asker.see("/api/entities/" + entity.id()), text, evidence);
    }
}
