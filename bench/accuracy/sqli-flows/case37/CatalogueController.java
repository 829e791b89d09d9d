package eval5.case37;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CatalogueController {

    private final CatalogueService catalogueService;

    public CatalogueController(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
    }

    @GetMapping("/api/catalogue")
    public List<CatalogueDao.Product> browse(
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean clearance) {
        return catalogueService.browse(category, clearance);
    }
}
