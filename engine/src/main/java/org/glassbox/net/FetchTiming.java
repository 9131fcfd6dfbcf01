package org.glassbox.net;

import java.util.List;

/**
 * When one fetch happened and how long each of its steps took, as a browser's network waterfall
 * draws it (the Resource Timing standard's phases): {@code dns}, {@code connect} (TCP),
 * {@code tls}, {@code waiting} (from sending the request to the response's first byte) and
 * {@code download} (to its last byte); a file read is one step, {@code read}. A step the fetch
 * did not take is absent: a pooled connection skips DNS, TCP and TLS, a cache hit skips them all.
 *
 * @param request the method and URL, such as {@code GET https://example.com/style.css}
 * @param startNanos when the fetch began, on the clock of {@link System#nanoTime()}, so that it
 *     can be placed among the phases' timings
 * @param millis how long the whole fetch took
 * @param steps its steps in the order they began, each in ms since the fetch began
 * @param cacheVerdict what the HTTP cache did, such as {@code hit (age 3 s, …)}; empty if not from HTTP
 */
public record FetchTiming(String request, long startNanos, double millis, List<Step> steps, String cacheVerdict) {

    public FetchTiming {
        steps = List.copyOf(steps);
    }

    /** One step of a fetch, such as {@code dns}, from {@code start} to {@code end} ms after the fetch began. */
    public record Step(String name, double start, double end) {}
}
