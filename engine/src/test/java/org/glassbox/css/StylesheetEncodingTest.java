package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StylesheetEncodingTest {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] bytes(String text, Charset encoding) {
        return text.getBytes(encoding);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }

    @Test
    void aByteOrderMarkWinsOverTheResponseAndTheCharsetRuleAndIsNotPartOfTheText() {
        byte[] sheet = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("@charset \"shift-jis\"; .平和 {}", StandardCharsets.UTF_16LE));

        StylesheetEncoding.Decoded decoded = StylesheetEncoding.decode(sheet, Optional.of(WINDOWS_1252), StandardCharsets.UTF_8);

        assertThat(decoded.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.text()).isEqualTo("@charset \"shift-jis\"; .平和 {}");
    }

    @Test
    void theResponsesCharsetWinsOverTheCharsetRule() {
        byte[] sheet = bytes("@charset \"shift-jis\"; .é {}", WINDOWS_1252);

        assertThat(StylesheetEncoding.decode(sheet, Optional.of(WINDOWS_1252), StandardCharsets.UTF_8).text()).contains(".é");
    }

    @Test
    void theCharsetRuleWinsOverTheReferrersEncoding() {
        byte[] sheet = bytes("@charset \"Shift-JIS\";.平和{color: green}", SHIFT_JIS);

        StylesheetEncoding.Decoded decoded = StylesheetEncoding.decode(sheet, Optional.empty(), WINDOWS_1252);

        assertThat(decoded.encoding()).isEqualTo(SHIFT_JIS);
        assertThat(decoded.text()).contains(".平和{");
    }

    @Test
    void aCharsetRuleThatSaysUtf16MeansUtf8() {
        byte[] sheet = bytes("@charset \"utf-16be\"; .平和 {}", StandardCharsets.UTF_8);

        assertThat(StylesheetEncoding.decode(sheet, Optional.empty(), WINDOWS_1252).encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharsetRuleMustBeWrittenExactlyOrItIsIgnored() {
        byte[] sheet = bytes("@charset 'shift-jis'; .é {}", WINDOWS_1252);

        assertThat(StylesheetEncoding.decode(sheet, Optional.empty(), WINDOWS_1252).encoding()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void anUnknownLabelFallsBackToTheReferrersEncoding() {
        byte[] sheet = bytes("@charset \"bogus\"; .é {}", WINDOWS_1252);

        assertThat(StylesheetEncoding.decode(sheet, Optional.empty(), WINDOWS_1252).text()).contains(".é");
    }

    @Test
    void labelsMeanWhatTheEncodingStandardSays() {
        assertThat(StylesheetEncoding.forLabel(" ISO-8859-1 ")).contains(WINDOWS_1252);
        assertThat(StylesheetEncoding.forLabel("shift_jis")).contains(SHIFT_JIS);
        assertThat(StylesheetEncoding.forLabel("utf-16")).contains(StandardCharsets.UTF_16LE);
        assertThat(StylesheetEncoding.forLabel("")).isEmpty();
    }
}
