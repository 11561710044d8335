package org.entente.explore.ask.parts;

import java.util.Arrays;
import java.util.Set;

import org.entente.explore.ClaimView;
import org.entente.explore.Issues;
import org.entente.explore.resolve.EntityNotFoundException;
import org.entente.explore.resolve.Names;
import org.entente.explore.query.Subjects;
import org.springframework.stereotype.Component;

/**
 * The topic of a question ("about Afghanistan", "about missile defense", "about who should make concessions"): an
 * entity, else an issue of the issue list, else words, and which claims are on it. An entity's claims are those about
 * it or with it as a party; an issue's, those the issue list files under it; words', those whose topic, summary or
 * quote holds every word.
 */
@Component
public class Topics {

    private static final Set<String> FILLERS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "about", "for",
            "with", "over", "by", "its", "their", "his", "her");

    /** A topic read: what was asked, what it resolved to, and the test a claim must pass to be on it. */
    public record Topic(String asked, Subjects.Subject subject, String label, java.util.function.Predicate<ClaimView> test) {

        public boolean matches(ClaimView claim) {
            return test.test(claim);
        }
    }

    private final References references;
    private final Issues issues;

    Topics(References references, Issues issues) {
        this.references = references;
        this.issues = issues;
    }

    public Topic read(String text) {
        try {
            var e = references.one(text);
            return new Topic(text, new Subjects.OfEntity(e), org.entente.explore.Wording.the(e) + " (" + e.id() + ")",
                    c -> c.entityIds().anyMatch(e.id()::equals));
        } catch (EntityNotFoundException notAnEntity) {
            var issue = issues.find(text);
            if (issue.isPresent()) {
                var i = issue.get();
                return new Topic(text, new Subjects.OfIssue(i), i.name() + " (an issue)",
                        c -> issues.of(c.topic(), c.entityIds().toList()).contains(i));
            }
            var words = Arrays.stream(Names.normal(text).split(" ")).filter(w -> w.length() > 2 && !FILLERS.contains(w)).toList();
            return new Topic(text, new Subjects.OfText(text), "the words '" + text + "'", c -> {
                var said = " " + Names.normal(String.join(" ", nonNull(c.topic()), nonNull(c.summary()), nonNull(c.quote()))) + " ";
                return !words.isEmpty() && words.stream().allMatch(w -> said.contains(" " + w) );
            });
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
