package dev.backlint.engine;

import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The analyses a scan can hand to rules, by the query interface they answer: those
 * registered with {@link ServiceLoader} as {@link AnalysisProvider}s. The kinds of facts
 * extracted are those the analyses that the enabled rules use need.
 */
final class Analyses {

    private final Map<Class<?>, AnalysisProvider<?>> providers = new LinkedHashMap<>();

    private Analyses(Collection<AnalysisProvider<?>> all) {
        for (AnalysisProvider<?> provider : all) {
            AnalysisProvider<?> previous = providers.putIfAbsent(provider.type(), provider);
            if (previous != null && previous.getClass() != provider.getClass()) {
                throw new ConfigurationException("two analyses answer " + provider.type().getName() + ": "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
    }

    /** The providers registered as services of backlint's own class loader. */
    static Analyses standard() {
        List<AnalysisProvider<?>> found = new ArrayList<>();
        ServiceLoader.load(AnalysisProvider.class, Analyses.class.getClassLoader()).forEach(found::add);
        return new Analyses(found);
    }

    /** The text indexes the analyses declare they may read. */
    List<dev.backlint.api.TextIndexKind> textIndexes() {
        List<dev.backlint.api.TextIndexKind> kinds = new ArrayList<>();
        providers.values().forEach(provider -> kinds.addAll(provider.textIndexes()));
        return kinds;
    }

    AnalysisProvider<?> provider(Class<?> type) {
        AnalysisProvider<?> provider = providers.get(type);
        if (provider == null) {
            throw new IllegalStateException("no analysis answers " + type.getName());
        }
        return provider;
    }

    /**
     * The kinds of facts that the analyses {@code used} read, by id, in id order.
     *
     * @throws ConfigurationException when an analysis is unknown or two kinds share an id
     */
    Map<String, FactKind<?>> factKinds(Collection<Class<?>> used) {
        Map<String, FactKind<?>> kinds = new TreeMap<>();
        for (Class<?> type : used) {
            AnalysisProvider<?> provider = providers.get(type);
            if (provider == null) {
                throw new ConfigurationException("a rule uses " + type.getName() + ", which no analysis answers");
            }
            for (FactKind<?> kind : provider.facts()) {
                FactKind<?> previous = kinds.putIfAbsent(kind.id(), kind);
                if (previous != null && previous != kind) {
                    throw new ConfigurationException("two kinds of facts share the id " + kind.id());
                }
            }
        }
        return kinds;
    }
}
