package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Offices;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;
import org.entente.facts.Facts;

/**
 * "The Russian leader", "the U.S. president", "his Russian counterpart": a title with a state, where the article says
 * who holds that title for that state (a LEADS relationship), is a mention of that person. "The Deputy Secretary",
 * after "Deputy Secretary of State Wendy Sherman", is Wendy Sherman: the title a person was named with, used again
 * without the name, is a mention of the last person named with it; so is "the Secretary" after "Secretary Blinken",
 * a surname alone after its title.
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
        added.clear();
        var titled = new TreeMap<Integer, Map.Entry<String, String>>(); // title run by position → (title, person)
        for (var m : text.mentions) {
            if (m.entity() != null && m.category().equals("PERSON")) {
                int k = m.first();
                while (k > 0 && text.tokens.get(k - 1).sentence() == m.sentence()
                        && (titleWord(text.tokens.get(k - 1)) || text.tokens.get(k - 1).is("of") && k >= 2 && titleWord(text.tokens.get(k - 2)))) {
                    k--;
                }
                while (k < m.first() && !Offices.title(text.tokens.get(k))) {
                    k++; // "Russian President": the title is "President"
                }
                if (k < m.first()) {
                    titled.put(m.first(), Map.entry(text.body(k, m.first()).toLowerCase(), m.entity()));
                }
            }
        }
        for (int i = 0; i + 1 < text.tokens.size(); i++) {
            if (!text.tokens.get(i).is("the") || titled.isEmpty()) {
                continue;
            }
            int last = i + 1;
            while (last < text.tokens.size() && text.tokens.get(last).sentence() == text.tokens.get(i).sentence()
                    && text.tokens.get(last).capitalized() && titleWord(text.tokens.get(last)) && !text.inMention(last)) {
                last++;
            }
            if (last == i + 1 || !Offices.title(text.tokens.get(last - 1))
                    || (last < text.tokens.size() && text.tokens.get(last).ner().equals("PERSON"))) {
                continue; // no title, or one that names its holder: "the Deputy Secretary Wendy Sherman"
            }
            var words = text.body(i + 1, last).toLowerCase();
            var before = titled.headMap(i, false).descendingMap().values().stream()
                    .filter(e -> e.getKey().equals(words) || e.getKey().startsWith(words + " ")).findFirst().orElse(null);
            if (before == null || !resolved.entities().containsKey(before.getValue())) {
                continue;
            }
            var start = text.tokens.get(i);
            var end = text.tokens.get(last - 1);
            var mention = new Mention(start.sentence(), i, last, start.begin(), end.end(), text.article.body().substring(start.begin(), end.end()),
                    "PERSON", before.getValue(), null);
            added.add(mention);
            resolved.entities().get(before.getValue()).mentions.add(mention);
            i = last - 1;
        }
        text.mentions.addAll(added);
        text.mentions.sort(Comparator.comparingInt(Mention::first));
    }

    /** A word of a title as written before a name: "Deputy", "Secretary", "State" in "Deputy Secretary of State". */
    private static boolean titleWord(Token t) {
        return t.capitalized() && (t.pos().startsWith("NNP") || t.pos().equals("JJ") || Offices.title(t));
    }
}
