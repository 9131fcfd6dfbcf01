/**
 * The shell: the {@code glassbox} command around the engine, built with picocli. It owns the
 * command line, the console and the files: {@code render} writes a PNG (of the whole page or the
 * viewport, at a device pixel ratio, and with {@code --overlay} a second one showing every box's
 * areas), {@code dump} prints one phase's artifact, and {@code ConsoleLog} prints the engine's
 * story to stderr, one line a phase. Both load pages with their scripts running, or, with
 * {@code --no-js}, as a browser with JavaScript turned off. Given a directory or a list file of
 * pages, {@code render} renders each to a PNG of its own ({@code BatchPages} names them,
 * {@code BatchRender} goes on past failures and reports each page, a {@code ProgressBar} shows
 * how far it got on a terminal), on every core: a worker per processor, each with an engine of
 * its own, the report in the pages' order.
 *
 * <p>A {@code Timeline} listens with the console log and keeps what happened when: the phases,
 * the messages, each fetch's {@code FetchTiming}. From it and the loaded page,
 * {@code --dump-dir} (on {@code render} and {@code step}) writes every artifact as a file ({@code ArtifactFiles}), the timings
 * among them as Chrome trace events ({@code TraceEvents}), and {@code report} writes one
 * self-contained HTML page ({@code Report}, with the template, style and script under
 * {@code src/main/resources}). Not yet in the report: the scripts' own timings, each element's
 * computed style, and the inline styles and presentational hints (cssom.txt has them).
 *
 * <p>{@code step} (and {@code render --step}) is debug stepping: the {@code Stepper}, one more
 * listener, pauses the engine after each phase, fetch and script and reads commands from
 * standard input — print or save the artifact ({@code Artifacts}), run until a phase, follow one
 * element through every phase so far ({@code Inspector}). It cannot step backwards, stop inside a
 * phase other than at a fetch or a script, or show paint commands drawn with rounded corners
 * when it inspects an element.
 *
 * <p>{@code serve} is the other end of the wire: a loopback file server ({@code FileServer}) on
 * the JDK's {@code com.sun.net.httpserver}, with the validators and conditional requests of
 * RFC 9110 §8.8 and §13, Cache-Control from a {@code _headers} file, gzip, and endpoints for
 * redirects, slow responses and cookies, so the engine's HTTP cache can be watched at work.
 * It does not support range requests, If-Match, If-Unmodified-Since or If-Range, the obsolete
 * date formats of RFC 9110 §5.6.7, or files too large to read into memory.
 *
 * <p>{@code bench} renders pages many times with one engine and prints the median of each phase
 * ({@code PhaseTimes}, one more listener, adds them up per run; {@code BenchTable} lays them
 * out); {@code bench --scale} renders generated pages ({@code ScalePage}) of 1,000, 10,000 and
 * 100,000 elements and shows how each phase grows from one to the next. Not yet: the cold start.
 */
package org.glassbox.shell;
