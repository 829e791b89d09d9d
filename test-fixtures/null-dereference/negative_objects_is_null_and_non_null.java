// Objects.isNull with an early return and Objects.nonNull as the condition of an if and of a stream filter applied before a dereference.
import java.util.List;
import java.util.Map;
import java.util.Objects;

class SupplierCatalogue {

    record Supplier(String code, String name) {
    }

    private final Map<String, Supplier> suppliersByCode;

    SupplierCatalogue(Map<String, Supplier> suppliersByCode) {
        this.suppliersByCode = suppliersByCode;
    }

    String name(String code) {
        Supplier supplier = suppliersByCode.get(code);
        if (Objects.isNull(supplier)) {
            return "";
        }
        return supplier.name().trim();
    }

    String displayCode(String code) {
        Supplier supplier = suppliersByCode.get(code);
        if (Objects.nonNull(supplier)) {
            return supplier.code().toUpperCase();
        }
        return code;
    }

    List<String> names(List<String> codes) {
        return codes.stream()
                .map(suppliersByCode::get)
                .filter(Objects::nonNull)
                .map(Supplier::name)
                .toList();
    }
}
