package org.entente.support;

import org.entente.ingest.Importer;
import org.entente.system.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test that asks the running application over real HTTP ({@link #api}), on the shared engine seeded with the curated
 * article, with the graph and the importer at hand for fixtures and for checking that nothing moved.
 */
@GraphTest
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Graph graph;

    @Autowired
    protected Importer importer;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
