// Category icons for the storefront menu: an SVG per icon name, read from the asset bucket on
// first use and kept for the lifetime of the instance.
package checkthenact.case27;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

@Component
public class ProductIconResolver {

    private final ConcurrentMap<String, String> svgByName = new ConcurrentHashMap<>();
    private final ResourceLoader resources;
    private final String assetBase;

    public ProductIconResolver(ResourceLoader resources, @Value("${assets.icons-base}") String assetBase) {
        this.resources = resources;
        this.assetBase = assetBase;
    }

    public String svg(String iconName) {
        if (svgByName.containsKey(iconName)) {
            return svgByName.get(iconName);
        }
        var loaded = read(resources.getResource(assetBase + iconName + ".svg"));
        var winner = svgByName.putIfAbsent(iconName, loaded);
        return winner != null ? winner : loaded;
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing icon " + resource.getDescription(), e);
        }
    }
}
