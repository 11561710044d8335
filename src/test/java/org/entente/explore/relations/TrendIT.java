package org.entente.explore.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

/** GET /api/relations/trend and its chart, on the seed: the monthly tallies the writer keeps, read back. */
public class TrendIT extends HttpTest {

    @Test
    void shouldCountTheSeedsClaimsBetweenTheUnitedStatesAndRussiaByMonth() {
        var body = api.get("/api/relations/trend", "a", "United States", "b", "Russia").ok();
        assertThat(body.get("a").get("id").asString()).isEqualTo("country:usa");
        assertThat(body.get("by").asString()).isEqualTo("month");
        var points = list(body.get("points"));
        assertThat(points).extracting(p -> p.get("period").asString()).contains("2009-04").isSorted();
        var april = points.stream().filter(p -> p.get("period").asString().equals("2009-04")).findFirst().orElseThrow();
        assertThat(april.get("claims").asLong()).isPositive();
        assertThat(april.get("agreement").asLong() + april.get("disagreement").asLong()).isPositive();
        assertThat(body.get("claims").asLong()).isEqualTo(points.stream().mapToLong(p -> p.get("claims").asLong()).sum());
    }

    @Test
    void shouldGroupByYearAndKeepToThePeriodAsked() {
        var years = list(api.get("/api/relations/trend", "a", "Russia", "b", "United States", "by", "year").ok().get("points"));
        assertThat(years).extracting(p -> p.get("period").asString()).contains("2009").allMatch(p -> p.length() == 4);
        var only2009 = list(api.get("/api/relations/trend", "a", "Russia", "b", "United States", "from", "2009",
                "until", "2009").ok().get("points"));
        assertThat(only2009).isNotEmpty().allMatch(p -> p.get("period").asString().startsWith("2009"));
        // other tests may add later claims to this shared graph: whatever is there lies after the bound
        assertThat(list(api.get("/api/relations/trend", "a", "Russia", "b", "United States", "from", "2010-01")
                .ok().get("points"))).extracting(p -> p.get("period").asString()).allMatch(p -> p.compareTo("2010-01") >= 0);
    }

    @Test
    void shouldTallyTheRelationsOfThePairBesideTheirClaims() {
        var years = api.get("/api/relations/trend", "a", "United States", "b", "Russia", "by", "year").ok();
        var tally = api.get("/api/relations", "a", "United States", "b", "Russia").ok().get("tally");
        assertThat(tally.get("period").asString()).isEqualTo("all");
        assertThat(tally.get("claims").asLong()).isEqualTo(years.get("claims").asLong()).isPositive();
        assertThat(tally.get("disagreement").asLong()).isPositive();
    }

    @Test
    void shouldRefuseAPeriodOrAGroupingItDoesNotKnow() {
        var badPeriod = api.get("/api/relations/trend", "a", "Russia", "b", "United States", "from", "April 2009");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body().toString()).contains("2019-10");
        assertThat(api.get("/api/relations/trend", "a", "Russia", "b", "United States", "by", "week").status()).isEqualTo(400);
        assertThat(api.get("/api/relations/trend", "a", "Russia", "b", "Russia").status()).isEqualTo(400);
    }

    @Test
    void shouldDrawTheTrendAsAnSvgChart() {
        var chart = api.get("/api/relations/trend.svg", "a", "United States", "b", "Russia");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body().asString()).contains("<svg").contains("United States and Russia").contains("2009-04");
    }
}
