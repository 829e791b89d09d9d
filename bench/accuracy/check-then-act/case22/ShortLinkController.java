// Short links of the campaign tool: marketing picks a slug for a target URL, visitors are
// redirected; the links live in memory and are re-imported from the campaign export at startup.
package checkthenact.case22;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShortLinkController {

    private final Map<String, URI> targetsBySlug = new ConcurrentHashMap<>();

    @PostMapping("/admin/links")
    public ResponseEntity<String> create(@RequestBody NewLink link) {
        var slug = link.slug().strip();
        if (targetsBySlug.get(slug) == null) { // race
            targetsBySlug.put(slug, link.target());
            return ResponseEntity.created(URI.create("/l/" + slug)).body(slug);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body("slug in use: " + slug);
    }

    @GetMapping("/l/{slug}")
    public ResponseEntity<Void> follow(@PathVariable String slug) {
        var target = targetsBySlug.get(slug);
        if (target == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }

    public record NewLink(String slug, URI target) {
    }
}
