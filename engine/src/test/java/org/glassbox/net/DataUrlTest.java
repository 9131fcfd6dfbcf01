package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassbox.LoadException;
import org.junit.jupiter.api.Test;

/** data: URLs as typed in, bodies and content types out. */
class DataUrlTest {

    /** A 1×1 transparent PNG. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==";

    private static Response fetch(String typed) {
        return DataUrl.fetch(DataUrl.parse(typed));
    }

    @Test
    void plainTextIsUsAsciiByDefault() {
        URI url = URI.create("data:,Hello%2C%20World!");
        Response response = DataUrl.fetch(url);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.url()).isEqualTo(url);
        assertThat(response.header("content-type")).hasValue("text/plain;charset=US-ASCII");
        assertThat(response.text()).isEqualTo("Hello, World!");
    }

    @Test
    void htmlTypedWithSpacesAndAngleBracketsWorks() {
        Response response = fetch("data:text/html,<h1>Hi there</h1>");

        assertThat(response.mediaType()).isEqualTo("text/html");
        assertThat(response.text()).isEqualTo("<h1>Hi there</h1>");
    }

    @Test
    void percentEscapesAreDecodedOnceAsBytes() {
        assertThat(fetch("data:text/plain,50%25 off").text()).isEqualTo("50% off");
        assertThat(fetch("data:text/plain;charset=UTF-8,caf%C3%A9").text()).isEqualTo("caf\u00e9");
    }

    @Test
    void base64IsDecodedWithOrWithoutWhitespace() {
        assertThat(fetch("data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==").text()).isEqualTo("Hello, World!");
        assertThat(fetch("data:text/plain ; BASE64,SGVs bG8s%0AIFdv cmxkIQ").text()).isEqualTo("Hello, World!");
    }

    @Test
    void theCharsetParameterIsKeptInTheContentType() {
        Response response = fetch("data:text/html;charset=UTF-8;base64,PHA+Y2Fmw6k8L3A+");

        assertThat(response.header("content-type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.charset()).hasValue(StandardCharsets.UTF_8);
        assertThat(response.text()).isEqualTo("<p>caf\u00e9</p>");
    }

    @Test
    void aMediaTypeOfOnlyParametersIsTextPlain() {
        assertThat(fetch("data:;charset=UTF-8,x").header("content-type")).hasValue("text/plain;charset=UTF-8");
        assertThat(fetch("data:nonsense,x").header("content-type")).hasValue("text/plain;charset=US-ASCII");
    }

    @Test
    void theFragmentIsNotPartOfTheData() {
        Response response = fetch("data:text/html,<p id=top>Hi</p>#top");

        assertThat(response.text()).isEqualTo("<p id=top>Hi</p>");
        assertThat(response.url().getFragment()).isEqualTo("top");
    }

    @Test
    void anImageDecodesToItsBytes() {
        Response response = fetch("data:image/png;base64," + PNG);

        assertThat(response.mediaType()).isEqualTo("image/png");
        assertThat(response.body()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void withoutACommaTheUrlIsMalformed() {
        assertThatThrownBy(() -> fetch("data:text/plain"))
                .isInstanceOf(LoadException.class).hasMessage("malformed data: URL: no comma");
    }

    @Test
    void badBase64IsMalformed() {
        assertThatThrownBy(() -> fetch("data:text/plain;base64,SGVsbG8!"))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("malformed data: URL: bad base64");
    }
}
