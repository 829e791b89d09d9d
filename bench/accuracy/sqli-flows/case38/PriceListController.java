package eval5.case38;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceListController {

    private final PriceListService priceListService;

    public PriceListController(PriceListService priceListService) {
        this.priceListService = priceListService;
    }

    @GetMapping("/api/pricing/{sku}")
    public List<PriceListService.Price> prices(
            @RequestHeader("X-Tenant-Id") String tenantId,
            @PathVariable String sku,
            @RequestParam(defaultValue = "EUR") String currency) {
        return priceListService.prices(tenantId, sku, currency);
    }
}
