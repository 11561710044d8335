package org.entente.ingest;

import java.util.Map;

import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * An upgrade of a store's graph model that runs once per store, at start-up ({@link TallyLinks}, {@link SanctionKinds}):
 * unless the store records it done ({@code (:Upgrade {name})}), its work runs, then the store records it; a store with
 * no claims has nothing to bring up to date and records it at once. Stopped half-way, the work runs again at the next
 * start-up, so it must be safe to run twice.
 */
public abstract class StoreUpgrade implements SmartInitializingSingleton {

    private final Graph graph;
    private final String name;
    private volatile boolean done;

    protected StoreUpgrade(Graph graph, String name) {
        this.graph = graph;
        this.name = name;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureDone();
    }

    /** Runs the upgrade unless this store has had it. */
    public synchronized void ensureDone() {
        if (done) {
            return;
        }
        before();
        var state = graph.read(tx -> Cypher.run(tx, "ingest/upgrade/find_upgrade", Map.of("name", name)).single());
        if (!state.get("done").asBoolean()) {
            if (state.get("claims").asBoolean()) {
                work();
            }
            graph.write(tx -> {
                GraphWriter.run(tx, "ingest/upgrade/save_upgrade", Map.of("name", name));
                return null;
            });
        }
        done = true;
    }

    /** What must be in place first (the schema, an earlier upgrade). */
    protected abstract void before();

    /** Brings the store's graph up to date. */
    protected abstract void work();
}
