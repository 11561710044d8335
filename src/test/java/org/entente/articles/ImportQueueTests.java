package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ImportQueueTests {

    @Test
    void shouldTurnAwayAnImportBeyondTheWorkersAndTheQueueWithRetryAfter() throws Exception {
        var queue = new ImportQueue(1, 1);
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var running = CompletableFuture.supplyAsync(() -> queue.run(() -> {
            started.countDown();
            await(release);
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        var waiting = CompletableFuture.supplyAsync(() -> queue.run(() -> "second"));

        // one running, one waiting: a third is refused at once, not queued
        Thread.sleep(200);
        var refused = catchThrowableOfType(ArticleProblem.class, () -> queue.run(() -> "third"));
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo(Integer.toString(ImportQueue.RETRY_AFTER_SECONDS));
        assertThat(refused.getBody().getDetail()).contains("1 article").contains("1 more waiting");

        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(queue.run(() -> "fourth")).as("room again once they are done").isEqualTo("fourth");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
