package dev.backlint.flow.timeouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.TempProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an {@code http-missing-timeout} finding says and points at, read from a scan. */
class ClientTimeoutsTest {

    @TempDir
    Path root;

    private List<Finding> scan(String file, String text) {
        TempProject project = new TempProject(root);
        project.write(file, text);
        return new Analyzer().analyze(project.request().enable(Set.of("http-missing-timeout")).build()).reported();
    }

    @Test
    void namesTheBranchThatMissesTheTimeoutAndPointsAtTheSend() throws Exception {
        List<Finding> findings = scan("Quotes.java", """
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;
                import java.time.Duration;

                class Quotes {
                    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

                    String quote(URI uri, boolean interactive) throws Exception {
                        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
                        if (interactive) {
                            request.timeout(Duration.ofSeconds(2));
                        }
                        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
                    }
                }
                """);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(11, finding.location().range().startLine());
        assertTrue(finding.message().contains("on the path where `interactive` is false"), finding.message());
        assertEquals(1, finding.related().size(), finding.related().toString());
        assertEquals(15, finding.related().get(0).location().range().startLine());
        assertTrue(finding.message().contains("`send()` [here](1)"), finding.message());
    }

    @Test
    void readsUrlsBuiltFromTextButNotUrlsItIsHanded() {
        List<Finding> findings = scan("Feeds.java", """
                import java.io.InputStream;
                import java.net.URL;

                class Feeds {
                    byte[] remote(String feedUrl) throws Exception {
                        try (InputStream in = new URL(feedUrl).openStream()) {
                            return in.readAllBytes();
                        }
                    }

                    byte[] handed(URL location) throws Exception {
                        try (InputStream in = location.openStream()) {
                            return in.readAllBytes();
                        }
                    }

                    byte[] bundled() throws Exception {
                        try (InputStream in = getClass().getResource("/feed.xml").openStream()) {
                            return in.readAllBytes();
                        }
                    }
                }
                """);
        assertEquals(List.of(6), findings.stream().map(f -> f.location().range().startLine()).toList(),
                findings.toString());
    }

    @Test
    void anApacheClientHandedToASpringFactoryIsJudgedByTheTemplate() {
        List<Finding> findings = scan("Billing.java", """
                import org.apache.hc.client5.http.impl.classic.HttpClients;
                import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
                import org.springframework.web.client.RestTemplate;

                class Billing {
                    RestTemplate template() {
                        return new RestTemplate(new HttpComponentsClientHttpRequestFactory(HttpClients.createDefault()));
                    }
                }
                """);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("`RestTemplate` created"), findings.get(0).message());
    }
}
