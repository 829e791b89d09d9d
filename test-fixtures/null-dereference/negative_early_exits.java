// Nullable values checked by an exit that covers every later path: `if (x == null) return`, `throw`, `continue` in a loop and `break` out of one.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WarehouseStockController {

    private final Map<String, Integer> stockBySku;
    private final Map<String, String> aliasBySku;

    WarehouseStockController(Map<String, Integer> stockBySku, Map<String, String> aliasBySku) {
        this.stockBySku = stockBySku;
        this.aliasBySku = aliasBySku;
    }

    @GetMapping("/stock")
    int stock(HttpServletRequest request) {
        String sku = request.getParameter("sku");
        if (sku == null) {
            return 0;
        }
        Integer level = stockBySku.get(sku.trim());
        if (level == null) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        return level;
    }

    int totalStock(List<String> skus) {
        int total = 0;
        for (String sku : skus) {
            Integer level = stockBySku.get(sku);
            if (level == null) {
                continue;
            }
            total += level;
        }
        return total;
    }

    List<String> aliasesUntilGap(List<String> skus) {
        List<String> aliases = new ArrayList<>();
        for (String sku : skus) {
            String alias = aliasBySku.get(sku);
            if (alias == null) {
                break;
            }
            aliases.add(alias.toUpperCase());
        }
        return aliases;
    }

    @GetMapping("/stock/owner")
    String owner(HttpServletRequest request) {
        String owner = request.getHeader("X-Owner");
        if (owner == null || owner.isBlank()) {
            return "unassigned";
        }
        return owner.trim();
    }
}
