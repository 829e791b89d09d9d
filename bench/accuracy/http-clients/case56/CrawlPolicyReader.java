// Reads the crawl policy file of a partner site before the product crawler visits it.
package httpclients.case56;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.springframework.stereotype.Component;

@Component
public class CrawlPolicyReader {

    public List<String> disallowedPaths(URL siteRoot) throws IOException {
        Object content = new URL(siteRoot, "/crawl-policy.txt").getContent(); // hang
        if (!(content instanceof InputStream in)) {
            return List.of();
        }
        try (in) {
            return new String(in.readAllBytes(), UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith("Disallow:"))
                    .map(line -> line.substring("Disallow:".length()).strip())
                    .toList();
        }
    }
}
