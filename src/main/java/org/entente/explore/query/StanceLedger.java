package org.entente.explore.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.explore.ClaimView;
import org.entente.explore.EntityRef;
import org.entente.explore.Issues;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;

/**
 * Per issue between two entities: how many claims have them agreeing and how many disagreeing, the balance of the
 * two, the first and last date, and the claims behind it. One claim can count for several issues.
 */
public final class StanceLedger {

    /** A claim as the ledger cites it; the full claim is in the lists beside the ledger. */
    public record Entry(String id, String stance, ClaimKind kind, Modality modality, String date, String topic) {
    }

    /**
     * {@code balance}: agreement or disagreement, whichever has more claims, mixed when as many; where the two never
     * agreed or disagreed in words, conflict or cooperation by what they did; none when only other claims remain.
     */
    /** {@code issueId} for an issue of the list, {@code entity} for a claim filed under what it is about. */
    public record Line(String issue, String issueId, String entity, String balance, int agreements, int disagreements, int cooperation,
                int conflict, int other, String first, String last, List<Entry> claims) {
    }

    private StanceLedger() {
    }

    /**
     * {@code pair}: the ids of the two entities asked about. An issue made of one of them ("Iran" between Iran and the
     * United States) says nothing, so it is left out; a claim in no other issue is filed under the first entity it
     * is about besides the two (the South China Sea), else under other.
     */
    public static List<Line> of(List<ClaimView> agreements, List<ClaimView> disagreements, List<ClaimView> other, Issues issues,
                         Set<String> pair) {
        var byIssue = new LinkedHashMap<String, List<Entry>>();
        var names = new LinkedHashMap<String, String>();
        var filer = new Filer(issues, pair, byIssue, names);
        agreements.forEach(c -> filer.add(c, "agreement"));
        disagreements.forEach(c -> filer.add(c, "disagreement"));
        for (var c : other) {
            var denied = c.modality() == Modality.DENIED;
            var stance = denied ? "other" : c.kind() == ClaimKind.CONFLICT ? "conflict" : c.kind() == ClaimKind.COOPERATION ? "cooperation" : "other";
            filer.add(c, stance);
        }
        var lines = new ArrayList<Line>();
        byIssue.forEach((id, entries) -> {
            entries.sort(Comparator.comparing((Entry e) -> e.date() == null ? "" : e.date()).thenComparing(Entry::id));
            int agree = count(entries, "agreement");
            int disagree = count(entries, "disagreement");
            int cooperation = count(entries, "cooperation");
            int conflict = count(entries, "conflict");
            var dates = entries.stream().map(Entry::date).filter(d -> d != null).sorted().toList();
            lines.add(new Line(names.get(id), id.equals("other") || id.contains(":") ? null : id, id.contains(":") ? id : null, balance(agree, disagree, cooperation, conflict),
                    agree, disagree, cooperation, conflict, entries.size() - agree - disagree - cooperation - conflict,
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                    List.copyOf(entries)));
        });
        // the relationship as a whole after the issues, what fits no issue at the end
        lines.sort(Comparator.comparing((Line l) -> l.issueId() == null && l.entity() == null)
                .thenComparing(l -> "relations".equals(l.issueId()))
                .thenComparing(l -> -(l.agreements() + l.disagreements() + l.cooperation() + l.conflict()))
                .thenComparing(l -> -l.claims().size()).thenComparing(Line::issue));
        return lines;
    }

    private record Filer(Issues issues, Set<String> pair, Map<String, List<Entry>> byIssue, Map<String, String> names) {

        void add(ClaimView c, String stance) {
            var about = c.about().stream().map(EntityRef::id).toList();
            var of = issues.of(c.topic(), about).stream().filter(i -> i.entities().stream().noneMatch(pair::contains)).toList();
            var entry = new Entry(c.id(), stance, c.kind(), c.modality(), c.date(), c.topic());
            if (of.isEmpty()) {
                // a person is no subject of dispute; the first place, treaty, organization or event is, for a claim
                // that takes a stance (a meeting in London is not about London)
                var subject = "other".equals(stance) ? java.util.Optional.<EntityRef>empty()
                        : c.about().stream().filter(a -> !pair.contains(a.id()) && !String.valueOf(a.id()).startsWith("person:"))
                        .findFirst();
                var key = subject.map(EntityRef::id).orElse("other");
                names.putIfAbsent(key, subject.map(EntityRef::name).orElse("other"));
                byIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
            for (var issue : of) {
                names.putIfAbsent(issue.id(), issue.name());
                byIssue.computeIfAbsent(issue.id(), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    private static int count(List<Entry> entries, String stance) {
        return (int) entries.stream().filter(e -> e.stance().equals(stance)).count();
    }

    private static String balance(int agree, int disagree, int cooperation, int conflict) {
        if (agree + disagree > 0) {
            return agree > disagree ? "agreement" : disagree > agree ? "disagreement" : "mixed";
        }
        if (cooperation + conflict > 0) {
            return cooperation > conflict ? "cooperation" : conflict > cooperation ? "conflict" : "mixed";
        }
        return "none";
    }
}
