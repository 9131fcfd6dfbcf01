package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.LoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavigatorTest {

    @TempDir
    Path dir;

    @Test
    void keepsAddressesThatHaveAScheme() {
        Navigator navigator = new Navigator(dir);
        assertThat(navigator.resolve("http://example.com/a?b=c")).hasToString("http://example.com/a?b=c");
        assertThat(navigator.resolve("HTTPS://example.com/")).hasToString("HTTPS://example.com/");
        assertThat(navigator.resolve("file:///tmp/page.html")).hasToString("file:///tmp/page.html");
    }

    @Test
    void givesHostsWithoutASchemeHttps() {
        Navigator navigator = new Navigator(dir);
        assertThat(navigator.resolve("example.com")).hasToString("https://example.com/");
        assertThat(navigator.resolve("example.com/docs/page.html")).hasToString("https://example.com/docs/page.html");
        assertThat(navigator.resolve("localhost:8080/x")).hasToString("https://localhost:8080/x");
    }

    @Test
    void turnsPathsIntoFileUrls() throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Path page = Files.writeString(dir.resolve("pages/index.html"), "<p>hi");
        Navigator navigator = new Navigator(dir);

        assertThat(navigator.resolve("pages/index.html")).isEqualTo(page.toUri());
        assertThat(navigator.resolve("./pages/../pages/index.html")).isEqualTo(page.toUri());
        assertThat(navigator.resolve(page.toString())).isEqualTo(page.toUri());
    }

    @Test
    void aMissingRelativePathIsStillAFileNotAHost() {
        assertThat(new Navigator(dir).resolve("testpages/missing.html").getScheme()).isEqualTo("file");
        assertThat(new Navigator(dir).resolve("missing.html").getScheme()).isEqualTo("file");
    }

    @Test
    void rejectsWhatCannotBeAnAddress() {
        Navigator navigator = new Navigator(dir);
        assertThatThrownBy(() -> navigator.resolve("  ")).isInstanceOf(LoadException.class).hasMessage("empty address");
        assertThatThrownBy(() -> navigator.resolve("http://exa mple.com/"))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("not a valid address: http://exa mple.com/");
    }
}
