package org.glassbox.script;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.mozilla.javascript.Scriptable;

/**
 * {@code btoa} and {@code atob} (HTML §8.3 "Base64 utility methods"): JavaScript strings whose
 * characters stand for bytes (U+0000 to U+00FF), to base64 and back. A character above U+00FF,
 * or input that is not base64, is an InvalidCharacterError.
 */
final class Base64Strings {

    /** Infra "forgiving-base64 decode": after whitespace and padding are removed, only these may remain. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*");

    private static final Pattern ASCII_WHITESPACE = Pattern.compile("[\\t\\n\\f\\r ]");

    private Base64Strings() {}

    static String btoa(Scriptable scope, String data) {
        if (!data.chars().allMatch(c -> c <= 0xFF)) {
            throw DomException.error("InvalidCharacterError",
                    "btoa: the string has characters outside Latin-1");
        }
        return Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Infra "forgiving-base64 decode": whitespace is ignored and padding may be left out. */
    static String atob(Scriptable scope, String data) {
        String text = ASCII_WHITESPACE.matcher(data).replaceAll("");
        if (text.length() % 4 == 0) {
            text = text.replaceFirst("==?$", "");
        }
        if (text.length() % 4 == 1 || !BASE64.matcher(text).matches()) {
            throw DomException.error("InvalidCharacterError", "atob: the string is not valid base64");
        }
        byte[] bytes = Base64.getDecoder().decode(text + "==".substring(0, (4 - text.length() % 4) % 4));
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
