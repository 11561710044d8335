package org.entente.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BulkWriterTests {

    private static BulkEvent event(String id, String kind, String modality, String date, String sideA, String sideB) {
        var a = new BulkEvent.Entity("country:usa", "Country", "United States", List.of(), "USA");
        var b = new BulkEvent.Entity("country:rus", "Country", "Russia", List.of(), "RUS");
        var properties = new java.util.HashMap<String, Object>(Map.of("kind", kind, "date", date));
        properties.put("modality", modality);
        return new BulkEvent(id, properties, List.of(new BulkEvent.Party(a, sideA, "actor", "GOV"),
                new BulkEvent.Party(b, sideB, "target", null)), new BulkEvent.Source("gdelt-1", "https://x.org/1", "x.org", date));
    }

    @Test
    void shouldAddCooperationOnOneSideAsAgreementAndConflictAcrossSidesAsDisagreement() {
        var rows = BulkWriter.stanceRows(List.of(
                event("c1", "COOPERATION", "ASSERTED", "2019-10-01", "joint", "joint"),
                event("c2", "CONFLICT", "ASSERTED", "2019-10-03", "country:usa", "country:rus"),
                event("c3", "CONFLICT", "ASSERTED", "2019-09-03", "country:usa", "country:rus")));
        assertThat(rows).hasSize(2);
        var disagrees = rows.stream().filter(r -> r.get("type").equals("DISAGREES_WITH")).findFirst().orElseThrow();
        assertThat(disagrees).containsEntry("a", "country:rus").containsEntry("b", "country:usa").containsEntry("count", 2L)
                .containsEntry("first", "2019-09-03").containsEntry("last", "2019-10-03");
        assertThat(disagrees.get("claims")).isEqualTo(List.of("c2", "c3"));
    }

    @Test
    void shouldAddNothingForDeniedClaimsStatementsOrConflictOnOneSide() {
        assertThat(BulkWriter.stanceRows(List.of(
                event("c1", "AGREEMENT", "DENIED", "2019-10-01", "joint", "joint"),
                event("c2", "STATEMENT", "ASSERTED", "2019-10-01", "country:usa", "country:rus"),
                event("c3", "CONFLICT", "ASSERTED", "2019-10-01", "joint", "joint"),
                event("c4", "COOPERATION", "ASSERTED", "2019-10-01", "country:usa", "country:rus")))).isEmpty();
    }
}
