package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fetch() and XMLHttpRequest against a server on loopback, which is two origins: by the name localhost and by its address. */
class ScriptFetchTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchResolvesWithTheResponseAndItsJsonInATaskAfterTheScript() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"message\": \"loaded\"}").build());

        PageRun page = PageRun.of("""
                <p id=p>empty</p>
                <script>
                  fetch('data.json').then(function (response) {
                    console.log(response.ok, response.status, response.statusText, response.headers.get('Content-Type'),
                        response.url.endsWith('/app/data.json'), response instanceof Response);
                    return response.json();
                  }).then(function (data) { document.getElementById('p').textContent = data.message; });
                  console.log('script done');
                </script>""", page("/app/page.html"));

        assertThat(server.takeRequest().getTarget()).isEqualTo("/app/data.json");
        assertThat(page.infos()).containsExactly("console.log: script done", "console.log: true 200 OK application/json true true");
        assertThat(page.html("p")).isEqualTo("loaded");
        assertThat(page.details()).contains("task: GET " + server.url("/app/data.json") + " at 0 ms");
    }

    @Test
    void jsonThatDoesNotParseRejectsWithASyntaxError() {
        server.enqueue(new MockResponse.Builder().body("{not json").build());

        PageRun page = PageRun.of("""
                <script>
                  fetch('data.json').then(function (response) { return response.json(); })
                    .catch(function (error) { console.log(error.name); });
                </script>""", page("/page.html"));

        assertThat(page.infos()).containsExactly("console.log: SyntaxError");
    }

    @Test
    void fetchSendsTheMethodHeadersAndBodyAndResolvesFor404Too() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("no such thing").build());

        PageRun page = PageRun.of("""
                <script>
                  fetch('/api', {method: 'post', headers: {'X-Token': 'abc'}, body: 'q=1'})
                    .then(function (response) { console.log(response.ok, response.status, response.statusText); return response.text(); })
                    .then(function (text) { console.log(text); });
                </script>""", page("/page.html"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("X-Token")).isEqualTo("abc");
        assertThat(request.getBody().utf8()).isEqualTo("q=1");
        assertThat(page.infos()).containsExactly("console.log: false 404 Client Error", "console.log: no such thing");
    }

    @Test
    void aCrossOriginResponseWithoutPermissionIsANetworkError() throws Exception {
        server.enqueue(new MockResponse.Builder().body("secret").build());

        PageRun page = PageRun.of("""
                <script>
                  fetch('%s').then(function () { console.log('read it'); },
                                   function (error) { console.log(error.name, error.message); });
                </script>""".formatted(otherOrigin("/secret")), page("/page.html"));

        assertThat(server.takeRequest().getHeaders().get("Origin")).isEqualTo(origin());
        assertThat(page.infos()).containsExactly("console.log: TypeError Failed to fetch");
        assertThat(page.warnings()).containsExactly("GET " + otherOrigin("/secret") + " blocked by the same-origin policy: "
                + otherOrigin("/secret") + " is another origin, and its Access-Control-Allow-Origin is missing");
    }

    @Test
    void aCrossOriginResponseThatAllowsThePagesOriginCanBeRead() {
        server.enqueue(new MockResponse.Builder().addHeader("Access-Control-Allow-Origin", origin()).body("shared").build());
        server.enqueue(new MockResponse.Builder().addHeader("Access-Control-Allow-Origin", "https://example.com").body("x").build());

        PageRun page = PageRun.of("""
                <script>
                  fetch('%1$s').then(function (r) { return r.text(); }).then(function (text) { console.log(text); });
                  fetch('%1$s').catch(function (error) { console.log('refused'); });
                </script>""".formatted(otherOrigin("/shared")), page("/page.html"));

        assertThat(page.infos()).containsExactly("console.log: shared", "console.log: refused");
    }

    @Test
    void xmlHttpRequestGoesThroughItsStatesAndLoads() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/plain").body("hello").build());

        PageRun page = PageRun.of("""
                <script>
                  var states = [];
                  var xhr = new XMLHttpRequest();
                  xhr.onreadystatechange = function () { states.push(xhr.readyState); };
                  xhr.open('GET', 'hello.txt');
                  xhr.onload = function () {
                    console.log(states.join(''), xhr.status, xhr.statusText, xhr.responseText, xhr.getResponseHeader('content-type'));
                  };
                  xhr.addEventListener('loadend', function () { console.log('loadend', XMLHttpRequest.DONE); });
                  xhr.send();
                  console.log('sent', xhr.readyState);
                </script>""", page("/page.html"));

        assertThat(page.infos()).containsExactly("console.log: sent 1", "console.log: 1234 200 OK hello text/plain",
                "console.log: loadend 4");
    }

    @Test
    void aRefusedXmlHttpRequestEndsInError() {
        server.enqueue(new MockResponse.Builder().body("secret").build());

        PageRun page = PageRun.of("""
                <script>
                  var xhr = new XMLHttpRequest();
                  xhr.open('GET', '%s');
                  xhr.onerror = function () { console.log('error', xhr.readyState, xhr.status, JSON.stringify(xhr.responseText)); };
                  xhr.onload = function () { console.log('loaded'); };
                  xhr.send();
                  try { new XMLHttpRequest().open('GET', 'x', false); } catch (e) { console.log(e.message); }
                </script>""".formatted(otherOrigin("/secret")), page("/page.html"));

        assertThat(page.infos()).containsExactly("console.log: XMLHttpRequest: synchronous requests are not supported",
                "console.log: error 4 0 \"\"");
    }

    @Test
    void aCrossOriginXmlHttpRequestLoadsWhenTheResponseAllowsAnyOrigin() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Access-Control-Allow-Origin", "*").body("public").build());

        PageRun page = PageRun.of("""
                <script>
                  var xhr = new XMLHttpRequest();
                  xhr.open('GET', '%s');
                  xhr.onload = function () { console.log('loaded', xhr.status, xhr.responseText); };
                  xhr.onerror = function () { console.log('error'); };
                  xhr.send();
                </script>""".formatted(otherOrigin("/public")), page("/page.html"));

        assertThat(server.takeRequest().getHeaders().get("Origin")).isEqualTo(origin());
        assertThat(page.infos()).containsExactly("console.log: loaded 200 public");
        assertThat(page.warnings()).isEmpty();
    }

    /** A same-origin URL cannot launder another origin's response: the check is made where the response came from. */
    @Test
    void aSameOriginRequestRedirectedToAnotherOriginIsCheckedThere() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", otherOrigin("/secret")).build());
        server.enqueue(new MockResponse.Builder().body("secret").build());
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", otherOrigin("/secret")).build());
        server.enqueue(new MockResponse.Builder().body("secret").build());

        PageRun page = PageRun.of("""
                <script>
                  fetch('/go').then(function () { console.log('fetch read it'); }, function () { console.log('fetch refused'); });
                  var xhr = new XMLHttpRequest();
                  xhr.open('GET', '/go');
                  xhr.onload = function () { console.log('XMLHttpRequest read it'); };
                  xhr.onerror = function () { console.log('XMLHttpRequest refused'); };
                  xhr.send();
                </script>""", page("/page.html"));

        assertThat(page.infos()).containsExactly("console.log: fetch refused", "console.log: XMLHttpRequest refused");
        assertThat(page.warnings()).hasSize(2).allSatisfy(warning -> assertThat(warning)
                .endsWith("blocked by the same-origin policy: " + otherOrigin("/secret")
                        + " is another origin, and its Access-Control-Allow-Origin is missing"));
    }

    private String page(String path) {
        return server.url(path).toString();
    }

    /** The page's origin: the server by the name its URLs use. */
    private String origin() {
        return "http://" + server.url("/").host() + ":" + server.getPort();
    }

    /** A URL on the same server by another name, its address or localhost: another origin. */
    private String otherOrigin(String path) {
        String otherName = server.url("/").host().equals("localhost") ? "127.0.0.1" : "localhost";
        return "http://" + otherName + ":" + server.getPort() + path;
    }

    /** HTML §3.1.5: document.cookie is the engine's cookie jar for the page, without its HttpOnly cookies, and what a script sets goes with the page's requests. */
    @Test
    void documentCookieReadsAndWritesTheJarButNeverAnHttpOnlyCookie() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie", "session=secret; Path=/; HttpOnly")
                .addHeader("Set-Cookie", "theme=dark; Path=/").body("{}").build());
        server.enqueue(new MockResponse.Builder().body("{}").build());

        PageRun page = PageRun.of("""
                <script>
                  console.log(JSON.stringify(document.cookie));
                  fetch('login').then(function () {
                    document.cookie = 'visits=3; path=/';
                    document.cookie = 'session=stolen; path=/';
                    console.log(document.cookie);
                    return fetch('next');
                  });
                </script>""", page("/app/page.html"));

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("session=secret; theme=dark; visits=3");
        assertThat(page.infos()).containsExactly("console.log: \"\"", "console.log: theme=dark; visits=3");
    }
}
