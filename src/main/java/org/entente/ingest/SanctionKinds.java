package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.facts.ClaimKind;
import org.entente.ingest.gdelt.GdeltImport;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings GDELT events of CAMEO root 16 (reduce relations: sanctions, aid cut, diplomats expelled) that an import before
 * 2026-12-03 filed as CONFLICTs up to today's kind, once per store, at start-up: a DISAGREEMENT, or a STATEMENT with one
 * party ({@link GdeltImport#kindOf}), with its label; their monthly tallies move the claim from the conflicts to the
 * disagreements (taken back as the old kind, counted again as the new, a page of claims per transaction). Stance edges
 * stay as they are: a DISAGREEMENT puts its two parties on different sides as a CONFLICT does, and a one-party claim
 * makes none. Without it a store imported on both sides of that change counts the same sanctions in two kinds, and a
 * re-import skips the events it has. The store records the upgrade ({@code (:Upgrade {name: 'gdelt-root16-kinds'})});
 * stopped half-way, it goes on at the next start-up from the claims still filed the old way.
 */
@Component
public class SanctionKinds extends StoreUpgrade {

    public static final String NAME = "gdelt-root16-kinds";
    private static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(SanctionKinds.class);

    private final Graph graph;
    private final TallyLinks tallyLinks;

    public SanctionKinds(Graph graph, TallyLinks tallyLinks) {
        super(graph, NAME);
        this.graph = graph;
        this.tallyLinks = tallyLinks;
    }

    @Override
    protected void before() {
        tallyLinks.ensureDone(); // the tallies are linked and counted before claims move between their kinds
    }

    /** Relabels the claims filed the old way. */
    @Override
    protected void work() {
        var after = "";
        long moved = 0;
        while (true) {
            var from = after;
            var last = graph.write(tx -> {
                var read = Cypher.run(tx, "ingest/upgrade/find_gdelt_root16_conflicts", Map.of("after", from, "limit", PAGE))
                        .list(r -> r.get("claim"));
                if (read.isEmpty()) {
                    return null;
                }
                var before = read.stream().map(GraphWriter::tallied).toList();
                var now = new ArrayList<Tallies.Claim>(before.size());
                var rows = new ArrayList<Map<String, Object>>(before.size());
                for (int i = 0; i < before.size(); i++) {
                    var c = before.get(i);
                    var kind = GdeltImport.kindOf(read.get(i).get("cameo").asString(), c.parties().size());
                    now.add(new Tallies.Claim(c.id(), kind, c.modality(), c.date(), c.goldstein(), c.quad(), c.parties()));
                    rows.add(Map.of("id", c.id(), "kind", kind, "label", ClaimKind.labelOf(kind)));
                }
                GraphWriter.tally(tx, before, -1);
                GraphWriter.run(tx, "ingest/upgrade/relabel_claims", Map.of("rows", rows));
                GraphWriter.tally(tx, now, 1);
                return before.get(before.size() - 1).id();
            });
            if (last == null) {
                break;
            }
            if (moved == 0) {
                log.info("Filing GDELT sanctions (CAMEO root 16) imported as conflicts as disagreements (once for this store)");
            }
            moved += PAGE;
            after = last;
        }
        if (moved > 0) {
            log.info("GDELT sanctions filed as disagreements");
        }
    }
}
