package org.glassbox.shell;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * What the file server answers to one request: a status, header fields and a body, with a note
 * for the log saying why, such as {@code If-None-Match matched}. A handler builds it, the server
 * writes it and logs it. The JDK's server adds Date to every response itself (RFC 9110 §6.6.1).
 */
record Reply(int status, Headers headers, byte[] body, String note) {

    private static final Map<Integer, String> REASON_PHRASES = Map.of(
            200, "OK", 301, "Moved Permanently", 302, "Found", 304, "Not Modified",
            404, "Not Found", 405, "Method Not Allowed", 500, "Internal Server Error");

    /** A small HTML page with {@code title} as its heading above {@code html}. */
    static Reply page(int status, String title, String html) {
        Headers headers = new Headers();
        headers.set("Content-Type", "text/html; charset=utf-8");
        String page = "<!DOCTYPE html>\n<meta charset=utf-8>\n<title>" + escape(title) + "</title>\n<h1>"
                + escape(title) + "</h1>\n" + html + "\n";
        return new Reply(status, headers, page.getBytes(UTF_8), "");
    }

    /** 404, with a page that names the path. */
    static Reply notFound(String path) {
        return page(404, "404 Not Found", "<p>Nothing is served at <code>" + escape(path) + "</code>.</p>");
    }

    /** 405: a 405 must list the methods that would work in Allow (RFC 9110 §15.5.6). */
    static Reply methodNotAllowed(String method) {
        return page(405, "405 Method Not Allowed", "<p>This server answers GET and HEAD, not "
                + escape(method) + ".</p>").withField("Allow", "GET, HEAD");
    }

    /** A redirect (RFC 9110 §15.4) to {@code location}, with a link for clients that do not follow it. */
    static Reply redirect(int status, String location) {
        return page(status, status + " " + REASON_PHRASES.get(status), "<p>Go on to <a href=\"" + escape(location)
                + "\">" + escape(location) + "</a>.</p>").withField("Location", location).noted("Location: " + location);
    }

    /** 500 for a handler that failed; the server itself goes on. */
    static Reply serverError(Exception e) {
        return page(500, "500 Internal Server Error", "<p>" + escape(e.toString()) + "</p>").noted(e.toString());
    }

    /** {@code text} with the characters that mean something in HTML escaped. */
    static String escape(String text) {
        return Entities.escape(text);
    }

    /** Adds a header field; a reply is built in one place, then written once. */
    Reply withField(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** This reply with {@code text} as its note for the log. */
    Reply noted(String text) {
        return new Reply(status, headers, body, text);
    }

    /** The log's account of the reply, such as {@code 200 OK, 1234 bytes (gzip)}. */
    String summary() {
        String size = body.length > 0 ? ", " + body.length + " bytes" : "";
        return status + " " + REASON_PHRASES.getOrDefault(status, "") + size + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
