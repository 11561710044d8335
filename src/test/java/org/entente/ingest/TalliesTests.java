package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TalliesTests {

    @Test
    void shouldCountEveryPairOfPartiesOncePerMonthWithKindQuadAndGoldstein() {
        var rows = Tallies.rows(List.of(
                new Tallies.Claim("c1", "CONFLICT", "ASSERTED", "2019-10-24", -9.0, 4, List.of("country:usa", "country:rus")),
                new Tallies.Claim("c2", "AGREEMENT", "ASSERTED", "2019-10-02", 4.0, 1, List.of("country:rus", "country:usa")),
                new Tallies.Claim("c3", "MEETING", null, "2009", null, null, List.of("country:rus", "country:usa", "person:obama"))), 1);
        var october = rows.stream().filter(r -> r.get("month").equals("2019-10")).findFirst().orElseThrow();
        assertThat(october).containsEntry("key", "country:rus country:usa 2019-10").containsEntry("a", "country:rus")
                .containsEntry("count", 2L).containsEntry("goldstein", -5.0).containsEntry("conflict", 1L)
                .containsEntry("agreement", 1L).containsEntry("q4", 1L).containsEntry("q1", 1L).containsEntry("q2", 0L)
                .containsEntry("claims", List.of("c1", "c2"));
        // a claim of three parties is in three pairs; one dated by its year is in that year
        assertThat(rows).filteredOn(r -> r.get("month").equals("2009")).extracting(r -> r.get("key"))
                .containsExactlyInAnyOrder("country:rus country:usa 2009", "country:rus person:obama 2009", "country:usa person:obama 2009");
    }

    @Test
    void shouldTakeBackWithTheOppositeSignAndLinkNothing() {
        var rows = Tallies.rows(List.of(
                new Tallies.Claim("c1", "DISAGREEMENT", "ASSERTED", null, -2.0, 3, List.of("a", "b")),
                new Tallies.Claim("c3", "STATEMENT", "ASSERTED", "2009-04", 0.0, 1, List.of("a"))), -1);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("month", "").containsEntry("count", -1L)
                .containsEntry("disagreement", -1L).containsEntry("goldstein", 2.0).containsEntry("claims", List.of()));
    }

    @Test
    void shouldLinkADeniedClaimAndCountNothingOfIt() {
        var rows = Tallies.rows(List.of(
                new Tallies.Claim("c2", "AGREEMENT", "DENIED", "2009-04", 3.0, 1, List.of("a", "b"))), 1);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("month", "2009-04")
                .containsEntry("count", 0L).containsEntry("agreement", 0L).containsEntry("q1", 0L)
                .containsEntry("goldstein", 0.0).containsEntry("claims", List.of("c2")));
    }
}
