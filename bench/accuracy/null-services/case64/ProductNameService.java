package nulls.case64;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;

@Service
public class ProductNameService {

    public record Product(long id, String name, String brand) {
    }

    private final Map<Long, Product> cache = new ConcurrentHashMap<>();

    public void put(Product product) {
        cache.put(product.id(), product);
    }

    public List<String> names(List<Long> ids) {
        return ids.stream()
                .map(cache::get)
                .filter(Objects::nonNull)
                .map(Product::name)
                .toList();
    }

    public String searchTerm(HttpServletRequest request) {
        String q = request.getParameter("q");
        if (StringUtils.isNotBlank(q)) {
            return q.strip();
        }
        String brand = request.getParameter("brand");
        return StringUtils.isNotEmpty(brand) ? "brand:" + brand.toLowerCase() : "";
    }
}
