package eval5.case11;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/backoffice/suppliers")
public class SupplierController {

    private final SupplierListingDao supplierListingDao;

    public SupplierController(SupplierListingDao supplierListingDao) {
        this.supplierListingDao = supplierListingDao;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(name = "name", required = false) String namePrefix) {
        return supplierListingDao.list(namePrefix, 100);
    }
}
