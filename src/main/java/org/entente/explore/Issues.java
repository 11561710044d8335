package org.entente.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.explore.resolve.Names;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The issues states agree or disagree on (arms control, Georgia, missile defense …), from
 * {@code seeds/gazetteer/issues.yaml}. Claim topics are free text written by a curator or the extractor, so two
 * claims on one subject rarely share a topic; an issue gathers them by the entities they are about and by words.
 */
@Component
public class Issues {

    /** One issue; {@code words} and {@code entities} decide which claims belong to it. */
    public record Issue(String id, String name, List<String> aliases, List<String> words, List<String> entities) {
    }

    private record Matcher(Issue issue, Pattern anyCase, Pattern capitals, Set<String> entities) {

        boolean matches(String text, Collection<String> aboutIds) {
            if (aboutIds.stream().anyMatch(entities::contains)) {
                return true;
            }
            return text != null && ((anyCase != null && anyCase.matcher(text).find())
                    || (capitals != null && capitals.matcher(text).find()));
        }
    }

    private final List<Matcher> matchers;

    public Issues() {
        this(read("gazetteer/issues.yaml"));
    }

    public Issues(List<Issue> issues) {
        this.matchers = issues.stream().map(Issues::matcher).toList();
    }

    public List<Issue> all() {
        return matchers.stream().map(Matcher::issue).toList();
    }

    /** The issue called so, by id, name or alias, ignoring case and a leading "the". */
    public Optional<Issue> find(String text) {
        var wanted = Names.normal(text);
        return all().stream().filter(i -> Names.normal(i.id()).equals(wanted) || Names.normal(i.name()).equals(wanted)
                || i.aliases().stream().anyMatch(a -> Names.normal(a).equals(wanted))).findFirst();
    }

    /**
     * The issues a claim belongs to, by its topic and the ids of the entities it is about; in the order of the list,
     * which puts the relationship as a whole last.
     */
    public List<Issue> of(String topic, Collection<String> aboutIds) {
        return matchers.stream().filter(m -> m.matches(topic, aboutIds)).map(Matcher::issue).toList();
    }

    private static Matcher matcher(Issue issue) {
        var capitals = issue.words().stream().filter(w -> w.equals(w.toUpperCase()) && w.chars().anyMatch(Character::isLetter)).toList();
        var anyCase = issue.words().stream().filter(w -> !capitals.contains(w)).toList();
        return new Matcher(issue, pattern(anyCase, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), pattern(capitals, 0),
                Set.copyOf(issue.entities()));
    }

    private static Pattern pattern(List<String> words, int flags) {
        if (words.isEmpty()) {
            return null;
        }
        // whole words; a space in a listed word also matches a hyphen ("missile defense" in "missile-defense proposal")
        var alternatives = words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E[\\s-]+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", flags);
    }

    private static List<Issue> read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            List<Issue> issues = YAMLMapper.builder().build().readValue(in, new TypeReference<List<Issue>>() { });
            return issues.stream().map(i -> new Issue(i.id(), i.name(), orEmpty(i.aliases()), orEmpty(i.words()),
                    orEmpty(i.entities()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the issues list " + resource, e);
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
