package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;
import org.entente.facts.Facts;

/**
 * "The Russian leader", "the U.S. president", "his Russian counterpart": a title with a state, where the article says
 * who holds that title for that state (a LEADS relationship), is a mention of that person.
 */
public final class TitleReferences {

    private static final Set<String> TITLES = Set.of("leader", "president", "counterpart", "premier", "chancellor", "head");

    private TitleReferences() {
    }

    public static void resolve(Text text, Resolver.Result resolved, List<Facts.Relationship> relationships) {
        var added = new ArrayList<Mention>();
        for (var m : text.mentions) {
            if (m.entity() == null || !m.entity().startsWith("country:") || m.last() >= text.tokens.size()) {
                continue;
            }
            var title = text.tokens.get(m.last());
            if (!title.noun() || !TITLES.contains(title.lemma().toLowerCase()) || title.sentence() != m.sentence()
                    || (m.last() + 1 < text.tokens.size() && text.tokens.get(m.last() + 1).ner().equals("PERSON"))) {
                continue; // "U.S. President Barack Obama" names him already
            }
            var leaders = relationships.stream().filter(r -> r.type().equals("LEADS") && r.to().equals(m.entity())
                    && !r.properties().containsKey("until")).map(Facts.Relationship::from).distinct().toList();
            if (leaders.size() != 1 || !resolved.entities().containsKey(leaders.get(0))) {
                continue;
            }
            int first = m.first() > 0 && text.tokens.get(m.first() - 1).is("the", "his", "her", "their") ? m.first() - 1 : m.first();
            var start = text.tokens.get(first);
            var mention = new Mention(m.sentence(), first, m.last() + 1, start.begin(), title.end(),
                    text.article.body().substring(start.begin(), title.end()), "PERSON", leaders.get(0), null);
            added.add(mention);
            resolved.entities().get(leaders.get(0)).mentions.add(mention);
        }
        text.mentions.addAll(added);
        text.mentions.sort(java.util.Comparator.comparingInt(Mention::first));
    }
}
