package org.entente.explore.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;

import java.util.List;

import org.entente.explore.DateRange;
import org.entente.support.Api;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** GET /api/timeline over real HTTP against the seeded graph. */
public class TimelineIT extends HttpTest {

    @Test
    void shouldTellWhatHappenedBetweenObamaAndMedvedevOldestFirst() {
        var body = api.get("/api/timeline", "entity", "Obama", "with", "Medvedev").ok();
        var items = list(body.get("items"));
        var war = find(items, i -> i.get("kind").asString().equals("event") && i.get("what").asString().contains("Russo-Georgian War"));
        assertThat(war.get("date").asString()).isEqualTo("2008-08");
        assertThat(war.get("precision").asString()).isEqualTo("month");
        assertThat(list(war.get("claims"))).isNotEmpty();
        var meeting = find(items, i -> i.path("claim").path("kind").asString("").equals("MEETING")
                && i.get("date").asString().equals("2009-04-01"));
        assertThat(meeting.get("quote").asString()).contains("first face-to-face meeting");
        var visit = find(items, i -> i.path("claim").path("topic").asString("").contains("visit to Moscow"));
        assertThat(visit.get("date").asString()).isEqualTo("2009-07");
        assertThat(visit.get("precision").asString()).isEqualTo("month");
        assertThat(visit.get("claim").get("modality").asString()).isEqualTo("PLANNED");
        var expiry = find(items, i -> i.get("kind").asString().equals("treaty") && i.get("what").asString().contains("expires")
                && i.get("entity").get("id").asString().equals("treaty:start-i"));
        assertThat(expiry.get("date").asString()).startsWith("2009-12");
        // a claim's subjects carry an event's or a treaty's dates here; fields the graph lacks are absent, not null
        var aboutStart = items.stream().filter(i -> i.has("claim")).flatMap(i -> list(i.get("claim").get("about")).stream())
                .filter(t -> t.get("id").asString().equals("treaty:start-i")).findFirst().orElseThrow();
        assertThat(aboutStart.get("signed").asString()).isEqualTo("1991-07-31");
        assertThat(aboutStart.get("kind").asString()).isEqualTo("Treaty");
        assertThat(aboutStart.has("date")).isFalse();
        assertThat(list(meeting.get("claim").get("parties"))).allSatisfy(p -> {
            assertThat(p.get("side").asString()).isNotBlank();
            assertThat(p.has("kind")).as("this query gives parties no kind").isFalse();
        });
        var firstDays = items.stream().map(i -> DateRange.firstDay(i.get("date").asString())).toList();
        assertThat(firstDays).isSorted();
        assertThat(items.indexOf(war)).isLessThan(items.indexOf(meeting));
        assertThat(items.indexOf(visit)).isLessThan(items.indexOf(expiry));
    }

    @Test
    void shouldCountWhatTheStateDidOnlyWhileTheLeaderLedIt() {
        var body = api.get("/api/timeline", "entity", "Barack Obama", "with", "Russia").ok();
        var usa = list(body.get("members")).stream().filter(m -> m.get("id").asString().equals("country:usa")).findFirst().orElseThrow();
        assertThat(usa.get("since").asString()).isEqualTo("2009-01");
        // the 2002 SORT agreement and the August 2008 nadir came before Obama took office
        assertThat(list(body.get("items"))).noneMatch(i -> i.get("kind").asString().equals("claim")
                && DateRange.firstDay(i.get("date").asString()).compareTo("2009-01-01") < 0);
        var russia = api.get("/api/timeline", "entity", "Russia", "with", "United States").ok();
        assertThat(list(russia.get("items"))).anyMatch(i -> i.path("claim").path("date").asString("").equals("2002"));
    }

    @Test
    void shouldKeepToThePeriodAskedForWithoutInventingDays() {
        var body = api.get("/api/timeline", "entity", "country:usa", "with", "country:rus", "from", "2009-07", "to", "2009").ok();
        var items = list(body.get("items"));
        assertThat(items).isNotEmpty();
        // "2009" (a year) overlaps July to December 2009; "2009-04-01" does not
        assertThat(items).allMatch(i -> i.get("date").asString().equals("2009")
                || (i.get("date").asString().compareTo("2009-07") >= 0 && i.get("date").asString().startsWith("2009")));
        assertThat(items).anyMatch(i -> i.get("date").asString().equals("2009-07") && i.get("precision").asString().equals("month"));
        // before 2002 the United States made no claim here, but the treaties its claims are about were signed
        var early = list(api.get("/api/timeline", "entity", "country:usa", "to", "2001").ok().get("items"));
        assertThat(early).isNotEmpty().allMatch(i -> i.get("kind").asString().equals("treaty"));
        assertThat(early).anyMatch(i -> i.get("date").asString().equals("1991-07-31") && i.get("quote").asString().length() > 0);
    }

    @Test
    void shouldRefuseBadDatesAndLimitsWith400() {
        for (var params : List.of(new String[] {"from", "April 2009"}, new String[] {"to", "2009-13"},
                new String[] {"from", "2009-02-30"}, new String[] {"from", "2010", "to", "2009"}, new String[] {"limit", "-1"},
                new String[] {"limit", "5000"}, new String[] {"from", "2009' OR 1=1"})) {
            var args = new java.util.ArrayList<>(List.of("entity", "Obama"));
            args.addAll(List.of(params));
            var response = api.get("/api/timeline", args.toArray(String[]::new));
            assertThat(response.status()).as(String.join(" ", params)).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/timeline", "entity", "Nobody Atall").status()).isEqualTo(404);
        assertThat(api.get("/api/timeline", "entity", "Obama", "with", "Barack Obama").status()).isEqualTo(400);
    }

    @Test
    void shouldHonourTheLimit() {
        var body = api.get("/api/timeline", "entity", "Russia", "limit", "3").ok();
        assertThat(list(body.get("items"))).hasSize(3);
        assertThat(body.get("total").asInt()).isGreaterThan(3);
        // only the oldest claims are read (one more than asked for): the answer says there are more
        assertThat(body.get("complete").asBoolean()).isFalse();
        var all = api.get("/api/timeline", "entity", "Russia").ok();
        assertThat(all.get("complete").asBoolean()).isTrue();
    }


    private static JsonNode find(List<JsonNode> items, java.util.function.Predicate<JsonNode> test) {
        return items.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("not in the timeline: " + items));
    }
}
