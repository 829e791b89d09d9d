// Finance uploads the cost center list of a tenant as JSON from the ERP export; cost centers
// not yet known for the tenant are created, known ones are left alone.
package checkthenact.case30;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CostCenterImportController {

    private final CostCenterRepository costCenters;

    public CostCenterImportController(CostCenterRepository costCenters) {
        this.costCenters = costCenters;
    }

    @PostMapping("/finance/tenants/{tenantId}/cost-centers/import")
    public ImportSummary importCostCenters(@PathVariable long tenantId, @RequestBody List<CostCenterRow> rows) {
        var created = 0;
        for (var row : rows) {
            if (!costCenters.existsByTenantIdAndCode(tenantId, row.code())) { // race
                costCenters.save(new CostCenter(tenantId, row.code(), row.name(), row.ownerEmail()));
                created++;
            }
        }
        return new ImportSummary(rows.size(), created);
    }

    public record CostCenterRow(String code, String name, String ownerEmail) {
    }

    public record ImportSummary(int received, int created) {
    }
}
