package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox render DIR|LIST -o OUTDIR}: many pages, one PNG each, going on past failures. */
class BatchRenderTest {

    @TempDir
    Path dir;

    @Test
    void rendersEveryPageOfADirectoryAndReportsTheOneThatFailed() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("first.html"), "<p>one");
        Files.writeString(pages.resolve("second.htm"), "<p>two <img src=missing.png>"); // a broken image still renders
        Files.createSymbolicLink(pages.resolve("third.xht"), dir.resolve("nowhere")); // a page that cannot be read
        Files.writeString(pages.resolve("notes.md"), "not a page");
        Path out = dir.resolve("out/pngs");

        Run run = glassbox("render", pages.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).matches("ok first \\(\\d+ ms\\)\nok second \\(\\d+ ms\\)\n"
                + "FAILED third: no such file: .*third.xht\n2 rendered, 1 failed\n");
        assertThat(run.err()).as("no progress bar when stderr is not a terminal").doesNotContain("\r");
        try (var written = Files.list(out)) {
            assertThat(written.map(file -> file.getFileName().toString()).sorted()).containsExactly("first.png", "second.png");
        }
    }

    @Test
    void rendersTheAddressesOfAListFile() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<p>hello");
        Path list = dir.resolve("pages.txt");
        Files.writeString(list, "# a file and a server that is not there\n" + dir.resolve("page.html") + "\n\n"
                + "http://127.0.0.1:" + closedPort() + "/docs/guide.html\n");

        Run run = glassbox("render", list.toString(), "-o", dir.resolve("out").toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).matches("ok page \\(\\d+ ms\\)\nFAILED 127.0.0.1_\\d+_docs_guide: .*refused.*\n1 rendered, 1 failed\n");
        assertThat(dir.resolve("out/page.png")).isNotEmptyFile();
    }

    @Test
    void aBatchThatSucceedsExitsWithZero() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("only.html"), "<p>one");
        assertThat(glassbox("render", pages.toString(), "-o", dir.toString(), "-q").exitCode()).isZero();
        assertThat(dir.resolve("only.png")).isNotEmptyFile();
    }

    /**
     * Two workers, each with a renderer of its own, render two pages at the same time (each page
     * waits until the other has started); the first finishes last, yet its line comes first.
     */
    @Test
    void rendersPagesAtOnceEachWorkerWithItsOwnRendererAndReportsThemInOrder() throws IOException {
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger made = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        Supplier<BatchRender.PageRenderer> newRenderer = () -> {
            made.incrementAndGet();
            return new BatchRender.PageRenderer() {
                private final Set<Thread> mine = ConcurrentHashMap.newKeySet();

                @Override
                public void render(String address, Path png) throws IOException {
                    mine.add(Thread.currentThread());
                    threads.add(Thread.currentThread());
                    assertThat(mine).as("a renderer stays on its worker's thread").hasSize(1);
                    if (!address.equals("third")) {
                        await(bothStarted);
                    }
                    sleep(address.equals("first") ? 200 : 0);
                    Files.writeString(png, address);
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        };
        StringWriter out = new StringWriter();
        List<BatchPages.BatchPage> pages = List.of(new BatchPages.BatchPage("one", "first"),
                new BatchPages.BatchPage("two", "second"), new BatchPages.BatchPage("three", "third"));

        int exitCode = new BatchRender(newRenderer, 2, new PrintWriter(out), Optional.empty()).run(pages, dir);

        assertThat(exitCode).isZero();
        assertThat(out.toString()).matches("ok one \\(\\d+ ms\\)\nok two \\(\\d+ ms\\)\nok three \\(\\d+ ms\\)\n"
                + "3 rendered, 0 failed\n");
        assertThat(threads).hasSize(2);
        assertThat(made).hasValue(2);
        assertThat(closed).hasValue(2);
        assertThat(dir.resolve("three.png")).hasContent("third");
    }

    @Test
    void namesAPngAfterItsFileOrItsUrlsHostAndPath() {
        assertThat(BatchPages.nameOf("pages/intro.html")).isEqualTo("intro");
        assertThat(BatchPages.nameOf("https://example.com/a/b c.html?x=1")).isEqualTo("example.com_a_b_c");
        assertThat(BatchPages.nameOf("http://localhost:8080/")).isEqualTo("localhost_8080");
    }

    @Test
    void theProgressBarRedrawsOneLine() {
        StringWriter terminal = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), 4);
        bar.show(1, "second");
        bar.clear();
        assertThat(terminal.toString()).isEqualTo("\r\033[K[" + "#".repeat(7) + " ".repeat(23) + "] 1/4 second\r\033[K");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("the other page did not start while this one was rendering", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
