package org.entente.explore.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.explore.Circles;
import org.entente.explore.ClaimView;
import org.entente.explore.DateRange;
import org.entente.explore.EntityRef;
import org.entente.explore.SourceRef;
import org.entente.explore.Wording;
import org.entente.explore.resolve.EntitySummary;
import org.entente.facts.ClaimKind;
import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/**
 * What happened, oldest first: dated claims, meetings, and the events and treaty milestones those claims refer to
 * (the 2008 war a dispute is about; the expiry of the treaty talks are to replace). A person's timeline counts what
 * the state it led did while it led it; a state's counts what its leaders and spokesmen did for it.
 */
@Repository
public class TimelineRepository {

    private final Graph graph;
    private final Circles circles;

    public TimelineRepository(Graph graph, Circles circles) {
        this.graph = graph;
        this.circles = circles;
    }

    /**
     * One dated thing. {@code precision} is day, month or year: "2009-07" is July 2009, no day is invented.
     * {@code kind}: claim, meeting, event or treaty; {@code claims} are the ids of the claims that refer to an event
     * or treaty.
     */
    public record Item(String date, String precision, String kind, String what, ClaimView claim, EntityRef entity,
                String quote, List<SourceRef> sources, List<String> claims) {
    }

    /**
     * {@code complete}: false when there are more dated claims than the {@code limit} oldest that were read (two states
     * with thousands of claims between them); {@code total} then counts the items found among those, and a later
     * {@code from} reads on.
     */
    public record Timeline(EntitySummary entity, EntitySummary with, String from, String to, List<Circles.Member> members,
                    List<Circles.Member> withMembers, int total, boolean complete, List<Item> items) {
    }

    public Timeline timeline(EntitySummary entity, EntitySummary with, DateRange range, int limit) {
        var members = circles.of(entity.id());
        var others = with == null ? null : circles.of(with.id());
        var params = new HashMap<String, Object>();
        params.put("members", Circles.parameters(members, entity));
        params.put("others", others == null ? null : Circles.parameters(others, with));
        params.put("from", range.first());
        params.put("to", range.last());
        // the oldest claims, one more than the items asked for (to know whether there are more): the first items are
        // among them and the events and treaties they refer to (a treaty signed in 1991 that a 2009 claim is about),
        // and the meetings; a hub's thousands of claims are not read
        params.put("limit", limit + 1);
        params.put("expand", StancesRepository.HUB_CLAIMS);
        var items = new ArrayList<Item>();
        var claims = with == null ? "explore/find_timeline_claims" : "explore/find_timeline_pair_claims";
        var inRange = graph.query(claims, params, r -> r.get("claim"));
        boolean complete = inRange.size() <= limit;
        for (var v : complete ? inRange : inRange.subList(0, limit)) {
            var claim = ClaimView.of(v);
            items.add(new Item(claim.date(), DateRange.precision(claim.date()), "claim", Wording.claim(claim), claim, null,
                    claim.quote(), sources(claim), null));
        }
        // events and treaty dates count by their own date, whenever the claims that refer to them were made
        var referring = range.equals(DateRange.ALL) ? inRange : graph.query(claims,
                withoutRange(params), r -> r.get("claim"));
        var referred = new LinkedHashMap<String, Referred>();
        for (var v : referring) {
            var claim = ClaimView.of(v);
            claim.about().forEach(t -> referred.computeIfAbsent(t.id(), id -> new Referred(t, claim)).claims.add(claim.id()));
        }
        graph.remembered("explore/find_entity", Map.of("id", entity.id()), r -> EntityRef.of(r.get("properties")))
                .forEach(t -> referred.putIfAbsent(entity.id(), new Referred(t.withKind(entity.kind()), null)));
        referred.values().forEach(r -> items.addAll(r.items()));
        graph.query("explore/find_timeline_meetings", params, r -> r).forEach(m -> {
            var date = m.get("date").asString();
            var a = EntityRef.of(m.get("a"));
            var b = EntityRef.of(m.get("b"));
            boolean asClaim = items.stream().anyMatch(i -> i.claim() != null && i.claim().kind() == ClaimKind.MEETING
                    && date.equals(i.date()) && i.claim().hasParty(a.id()) && i.claim().hasParty(b.id()));
            if (!asClaim) {
                var place = m.get("place").asString(null);
                items.add(new Item(date, DateRange.precision(date), "meeting",
                        a.name() + " met " + b.name() + (place == null ? "" : " in " + place),
                        null, null, m.get("quote").asString(null), m.get("sources").asList(SourceRef::of), null));
            }
        });
        var kept = items.stream().filter(i -> range.overlaps(i.date()))
                .sorted(Comparator.comparing((Item i) -> DateRange.firstDay(i.date()))
                        .thenComparing(i -> i.date().length()).thenComparing(Item::kind).thenComparing(Item::what))
                .toList();
        return new Timeline(entity, with, range.first(), range.last(), members, others, kept.size(), complete,
                kept.stream().limit(limit).toList());
    }

    private static List<SourceRef> sources(ClaimView claim) {
        return claim.source() == null ? List.of() : List.of(claim.source());
    }

    private static Map<String, Object> withoutRange(Map<String, Object> params) {
        var all = new HashMap<>(params);
        all.put("from", null);
        all.put("to", null);
        return all;
    }

    /**
     * An entity that dated claims refer to: an event has its dates, a treaty its signing, entry into force, expiry.
     * The first claim that refers to it is its evidence.
     */
    private record Referred(EntityRef entity, ClaimView first, List<String> claims) {

        Referred(EntityRef entity, ClaimView first) {
            this(entity, first, new ArrayList<>());
        }

        List<Item> items() {
            var items = new ArrayList<Item>();
            var kind = entity.kind();
            var name = Wording.capitalise(Wording.the(entity.name(), kind));
            var ref = new EntityRef(entity.id(), name, kind);
            if ("Event".equals(kind)) {
                var date = entity.date();
                var end = entity.endDate();
                if (date != null) {
                    items.add(item(date, "event", name + (end != null && !end.equals(date) ? " (until " + end + ")" : ""), ref));
                }
            } else if ("Treaty".equals(kind)) {
                milestone(items, entity.signed(), name + " is signed", ref);
                milestone(items, entity.inForce(), name + " enters into force", ref);
                milestone(items, entity.expires(), name + " expires", ref);
            }
            return items;
        }

        private void milestone(List<Item> items, String date, String what, EntityRef ref) {
            if (date != null) {
                items.add(item(date, "treaty", what, ref));
            }
        }

        private Item item(String date, String kind, String what, EntityRef ref) {
            return new Item(date, DateRange.precision(date), kind, what, null, ref, first == null ? null : first.quote(),
                    first == null ? null : sources(first), claims.isEmpty() ? null : claims);
        }
    }
}
