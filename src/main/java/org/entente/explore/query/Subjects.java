package org.entente.explore.query;

import org.entente.explore.Issues;
import org.entente.explore.resolve.EntityNotFoundException;
import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
import org.springframework.stereotype.Component;

/**
 * What a question is about: an entity if the text names one (as everywhere: id, name, alias, surname), else an issue
 * of the issue list ("missile defense"), else the words themselves, to be looked for in claim topics.
 */
@Component
public class Subjects {

    public sealed interface Subject permits OfEntity, OfIssue, OfText {
    }

    public record OfEntity(EntitySummary entity) implements Subject {
    }

    public record OfIssue(Issues.Issue issue) implements Subject {
    }

    public record OfText(String text) implements Subject {
    }

    private final EntityResolver resolver;
    private final Issues issues;

    public Subjects(EntityResolver resolver, Issues issues) {
        this.resolver = resolver;
        this.issues = issues;
    }

    public Subject resolve(String text) {
        try {
            return new OfEntity(resolver.resolve(text));
        } catch (EntityNotFoundException e) {
            return issues.find(text).<Subject>map(OfIssue::new).orElseGet(() -> new OfText(text.strip()));
        }
    }

    /** Nothing in the graph is about the text: 404, with the names that come nearest. */
    public EntityNotFoundException nothingAbout(String text) {
        var near = resolver.search(text, null, 5);
        return new EntityNotFoundException(text, near, "No entity, issue or claim topic matches '" + text + "'."
                + (near.isEmpty() ? "" : " Did you mean " + String.join(", ", near.stream()
                        .map(s -> s.name() + " (" + s.id() + ")").toList()) + "?")
                + " Issues: " + String.join(", ", issues.all().stream().map(Issues.Issue::name).toList()) + ".");
    }
}
