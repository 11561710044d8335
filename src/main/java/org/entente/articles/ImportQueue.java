package org.entente.articles;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.entente.system.EntenteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Back-pressure for imports through the API. Extracting an article keeps a core busy for seconds, so at most
 * {@code entente.import-workers} run at once (half the cores by default, so questions keep the rest) and {@code entente.import-queue} more wait;
 * a request beyond that is turned away at once with 503 and {@code Retry-After}, instead of piling up threads and
 * memory while the questions of everyone else slow down.
 */
@Component
class ImportQueue {

    /** What a client is told to wait: about what one import takes on this machine. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore admitted;
    private final Semaphore running;
    private final int workers;
    private final int queue;

    @Autowired
    ImportQueue(EntenteProperties properties) {
        this(properties.importWorkerCount(), properties.importQueue());
    }

    ImportQueue(int workers, int queue) {
        this.workers = workers;
        this.queue = Math.max(0, queue);
        this.admitted = new Semaphore(workers + this.queue);
        this.running = new Semaphore(workers, true);
    }

    <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw ArticleProblem.busy("The server is importing " + workers + " article" + (workers == 1 ? "" : "s")
                    + " with " + queue + " more waiting; try again in " + RETRY_AFTER_SECONDS + " s.", RETRY_AFTER_SECONDS);
        }
        try {
            running.acquire();
            try {
                return work.get();
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ArticleProblem.busy("The server is stopping; try again later.", RETRY_AFTER_SECONDS);
        } finally {
            admitted.release();
        }
    }
}
