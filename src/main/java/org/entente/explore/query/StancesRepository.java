package org.entente.explore.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.explore.ClaimView;
import org.entente.explore.EntityRef;
import org.entente.explore.Issues;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.resolve.Names;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/**
 * Who stands where on an issue. Claims carry sides per claim only ("the United States" against "Russia" in one
 * disagreement); across claims, entities that were ever on one side of a disagreement together form one side here,
 * and each side lists the sides it faced. Agreements and everything else are listed beside the sides.
 */
@Repository
public class StancesRepository {

    private static final Set<ClaimKind> OPPOSING = ClaimKind.OPPOSING;
    private static final Set<ClaimKind> AGREEING = ClaimKind.AGREEING;
    /** Words of an issue find claims in the full-text index; the issue's own rules then keep the true ones. */
    private static final int ISSUE_CANDIDATES = 1000;
    /**
     * Where an answer stops reading all of an entity's claims: an entity with more claims than this (PARTY, ABOUT,
     * ATTRIBUTED_TO; a state in a million GDELT events) has its newest or oldest claims found by walking the claims'
     * date index instead of reading and sorting all of them (find_stances here, find_timeline_claims in
     * {@link TimelineRepository}); below it, reading them all is the quicker way.
     */
    static final int HUB_CLAIMS = 10_000;

    private final Graph graph;
    private final Issues issues;

    public StancesRepository(Graph graph, Issues issues) {
        this.graph = graph;
        this.issues = issues;
    }

    /** What the stances are about: an entity, an issue of the issue list, or words of a topic. */
    public record Subject(String kind, String id, String name) {
    }

    public record Side(List<EntityRef> entities, List<EntityRef> opposes, List<ClaimView> claims) {
    }

    public record Stances(Subject about, int claims, List<Side> sides, List<ClaimView> agreements, List<ClaimView> other) {
    }

    public Stances aboutEntity(EntitySummary entity, int limit) {
        return group(new Subject("entity", entity.id(), entity.name()), claims(List.of(entity.id()), null, limit));
    }

    public Stances aboutIssue(Issues.Issue issue, int limit) {
        var candidates = claims(issue.entities(), Names.anyPhraseQuery(issue.words()), ISSUE_CANDIDATES);
        var kept = candidates.stream().filter(c -> issues.of(c.topic(), c.entityIds().toList()).contains(issue)).limit(limit)
                .toList();
        return group(new Subject("issue", issue.id(), issue.name()), kept);
    }

    public Stances aboutText(String text, int limit) {
        var query = Names.allWordsQuery(text);
        var found = query == null ? List.<ClaimView>of() : claims(List.of(), query, limit);
        return group(new Subject("text", null, text.strip()), found);
    }

    private List<ClaimView> claims(List<String> ids, String text, int limit) {
        var params = new HashMap<String, Object>();
        params.put("ids", ids);
        params.put("text", text);
        params.put("limit", limit);
        params.put("expand", HUB_CLAIMS);
        return graph.query("explore/find_stances", params, r -> ClaimView.of(r.get("claim")));
    }

    /** Every claim of the stances once: the sides' claims, then agreements, then the rest. */
    public static List<ClaimView> all(Stances stances) {
        var all = new ArrayList<ClaimView>();
        stances.sides().forEach(s -> s.claims().stream().filter(c -> !all.contains(c)).forEach(all::add));
        all.addAll(stances.agreements());
        all.addAll(stances.other());
        return all;
    }

    public static Stances group(Subject about, List<ClaimView> claims) {
        var sides = new Sides();
        var agreements = new ArrayList<ClaimView>();
        var other = new ArrayList<ClaimView>();
        var opposing = new ArrayList<ClaimView>();
        for (var c : claims) {
            boolean denied = c.modality() == Modality.DENIED;
            if (!denied && OPPOSING.contains(c.kind()) && c.sideCount() >= 2) {
                opposing.add(c);
                sides.join(c);
            } else if (!denied && AGREEING.contains(c.kind())) {
                agreements.add(c);
            } else {
                other.add(c);
            }
        }
        return new Stances(about, claims.size(), sides.list(opposing), agreements, other);
    }

    /** Union-find over entities that shared a side in a disagreement. */
    private static final class Sides {

        private final Map<String, String> parent = new LinkedHashMap<>();
        private final Map<String, EntityRef> entities = new LinkedHashMap<>();

        void join(ClaimView c) {
            var bySide = new LinkedHashMap<String, List<String>>();
            for (var p : c.parties()) {
                entities.putIfAbsent(p.id(), p.entity());
                parent.putIfAbsent(p.id(), p.id());
                bySide.computeIfAbsent(p.side(), s -> new ArrayList<>()).add(p.id());
            }
            bySide.values().forEach(ids -> ids.forEach(id -> union(ids.get(0), id)));
        }

        List<Side> list(List<ClaimView> opposing) {
            var members = new LinkedHashMap<String, List<String>>();
            parent.keySet().forEach(id -> members.computeIfAbsent(find(id), r -> new ArrayList<>()).add(id));
            var sides = new ArrayList<Side>();
            members.forEach((root, ids) -> {
                var claims = opposing.stream().filter(c -> c.parties().stream().anyMatch(p -> ids.contains(p.id()))).toList();
                var faced = new LinkedHashSet<String>();
                claims.forEach(c -> c.parties().stream().map(ClaimView.Party::id).filter(other -> !find(other).equals(root))
                        .forEach(faced::add));
                sides.add(new Side(ids.stream().map(entities::get).toList(), faced.stream().map(entities::get).toList(), claims));
            });
            sides.sort(Comparator.comparing((Side s) -> -s.claims().size())
                    .thenComparing(s -> s.entities().get(0).name()));
            return sides;
        }

        private String find(String id) {
            var p = parent.get(id);
            if (!p.equals(id)) {
                p = find(p);
                parent.put(id, p);
            }
            return p;
        }

        private void union(String a, String b) {
            var ra = find(a);
            var rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }
}
