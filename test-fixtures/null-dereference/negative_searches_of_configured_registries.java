// Searches that return null only for a kind nobody registered, over a registry the container configures: a list set by an @Autowired setter, a list injected into a field, and what an abstract getter gives (its implementations provide the beans). Callers in other classes look kinds up by a name or a stored type.
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

class FacetConfiguration {

    static final class Facet {
        private final String name;
        private final int limit;

        Facet(String name, int limit) {
            this.name = name;
            this.limit = limit;
        }

        String getName() {
            return name;
        }

        int getLimit() {
            return limit;
        }
    }

    private List<Facet> sidebarFacets;

    @Autowired(required = true)
    public void setSidebarFacets(List<Facet> sidebarFacets) {
        this.sidebarFacets = sidebarFacets;
    }

    public List<Facet> getSidebarFacets() {
        return sidebarFacets;
    }

    public Facet getSidebarFacet(String name) {
        for (Facet facet : sidebarFacets) {
            if (facet.getName().equals(name)) {
                return facet;
            }
        }
        return null;
    }
}

class ExporterRegistry {

    interface Exporter {
        String format();

        byte[] export(Object value);
    }

    @Autowired
    private List<Exporter> exporters;

    public Exporter byFormat(String format) {
        for (Exporter exporter : this.exporters) {
            if (exporter.format().equalsIgnoreCase(format)) {
                return exporter;
            }
        }
        return null;
    }
}

abstract class IndexFactories {

    interface IndexFactory {
        String getType();

        Object find(String id);
    }

    public abstract List<IndexFactory> getIndexFactories();

    public IndexFactory getIndexFactoryByType(String type) {
        for (IndexFactory factory : getIndexFactories()) {
            if (factory.getType().equalsIgnoreCase(type)) {
                return factory;
            }
        }
        return null;
    }
}

class SearchResultConverter {

    private final FacetConfiguration configuration;
    private final ExporterRegistry exporters;
    private final IndexFactories factories;

    SearchResultConverter(FacetConfiguration configuration, ExporterRegistry exporters, IndexFactories factories) {
        this.configuration = configuration;
        this.exporters = exporters;
        this.factories = factories;
    }

    int facetLimit(String facetName) {
        FacetConfiguration.Facet facet = configuration.getSidebarFacet(facetName);
        return facet.getLimit();
    }

    byte[] export(String format, Object value) {
        return exporters.byFormat(format).export(value);
    }

    Object resolve(Map<String, Object> document) {
        String type = (String) document.get("resource_type");
        String id = (String) document.get("resource_id");
        IndexFactories.IndexFactory factory = factories.getIndexFactoryByType(type);
        return factory.find(id);
    }
}
