package nulls.case10;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog")
public class CatalogController {

    public record CatalogItem(String sku, String title, long priceCents) {
    }

    public interface CatalogService {
        List<CatalogItem> listing();

        List<String> legacyListing();
    }

    private final CatalogService catalogService;

    public CatalogController(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @GetMapping
    public ResponseEntity<?> catalog(HttpServletRequest request) {
        String header = request.getHeader("X-Api-Version");
        String version = header == null ? "2" : header.strip();
        return switch (version) {
            case "1" -> ResponseEntity.ok(catalogService.legacyListing());
            case "2" -> ResponseEntity.ok(catalogService.listing());
            default -> ResponseEntity.badRequest().body("unsupported API version " + header);
        };
    }
}
