package org.glassbox.net.cachetests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glassbox.LoadException;
import org.glassbox.net.Network;

/**
 * One test's client side (upstream, {@code makeTest} in {@code client/test.mjs}): registers the
 * test's requests with the origin under a fresh id, makes them one after another through
 * Glassbox's network layer and HTTP cache, checking each response and pausing where the test
 * says, then checks what reached the origin. Like a browser tab, it shares the cache with every
 * other test; the fresh id gives it URLs of its own.
 */
final class Replay {

    /** How long {@code pause_after} waits: long enough for a response with max-age=2 to go stale. */
    private static final Duration PAUSE = Duration.ofSeconds(3);

    private final CacheTest test;
    private final Network network;
    private final Origin origin;
    private final String uuid = UUID.randomUUID().toString();

    Replay(CacheTest test, Network network, Origin origin) {
        this.test = test;
        this.network = network;
        this.origin = origin;
    }

    /** Runs the test to its first failed check, or to the end. */
    TestResult run() throws InterruptedException {
        origin.register(uuid, test.requests());
        try {
            List<FetchedResponse> responses = new ArrayList<>();
            for (int number = 1; number <= test.requests().size(); number++) {
                TestRequest entry = test.requests().get(number - 1);
                FetchedResponse response = fetch(entry, number);
                responses.add(response);
                new ResponseChecks(uuid, entry, number, response).run();
                if (entry.pausesAfter()) {
                    Thread.sleep(PAUSE.toMillis());
                }
            }
            new OriginChecks(test.requests(), responses, origin.received(uuid)).run();
            return TestResult.PASS;
        } catch (CheckFailed failed) {
            return failed.result();
        }
    }

    /**
     * Makes request {@code number}. A fetch that brings nothing back fails the test as a page's
     * {@code fetch()} does, with a TypeError; a crash of the network layer fails it too, named
     * after the exception, so that one bug does not hide every other result.
     */
    private FetchedResponse fetch(TestRequest entry, int number) {
        try {
            return FetchedResponse.of(network.fetch(entry.fetchRequest(origin.url(entry.path(uuid)), test.id(), number)));
        } catch (LoadException e) {
            throw new CheckFailed(TestResult.error("TypeError", "Request " + number + " failed: " + e.getMessage()));
        } catch (RuntimeException e) {
            throw new CheckFailed(TestResult.error(e.getClass().getSimpleName(),
                    "Request " + number + " crashed Glassbox: " + e.getMessage()));
        }
    }
}
