// Storefront regions and the warehouse serving each; operators can switch a region's warehouse.
package staticfields.case16;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/regions")
public class RegionAdminController {

    private static final List<String> REGION_CODES = List.of("eu-west", "eu-central", "us-east", "ap-south");
    private static final String[] PRIMARY_WAREHOUSE = {"DUB1", "FRA2", "IAD1", "BOM1"}; // static

    @PutMapping("/{region}/warehouse")
    public ResponseEntity<Void> switchWarehouse(@PathVariable String region, @RequestBody WarehouseChange change) {
        int index = REGION_CODES.indexOf(region);
        if (index < 0) {
            return ResponseEntity.notFound().build();
        }
        PRIMARY_WAREHOUSE[index] = change.warehouseCode();
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    public Map<String, String> warehouses() {
        return IntStream.range(0, REGION_CODES.size())
                .boxed()
                .collect(Collectors.toMap(REGION_CODES::get, i -> PRIMARY_WAREHOUSE[i]));
    }

    public record WarehouseChange(String warehouseCode) {
    }
}
