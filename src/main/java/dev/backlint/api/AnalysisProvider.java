package dev.backlint.api;

import java.util.List;

/**
 * Makes an analysis that rules ask for through {@link RuleContext#analysis}: one instance
 * per file checked, so that it may memoise what it computes for that file. Providers are
 * listed in {@code META-INF/services/dev.backlint.api.AnalysisProvider}, like rules.
 *
 * @param <A> the query interface rules see
 */
public interface AnalysisProvider<A> {

    /** The query interface this provider makes. */
    Class<A> type();

    /** The analysis for the file of {@code context}. */
    A create(RuleContext context);

    /** The kinds of facts the analysis reads of other files. */
    default List<FactKind<?>> facts() {
        return List.of();
    }

    /**
     * The text indexes the analysis may read. A scan with a cache works out what an edited
     * file says for each, so that the results that read an index stay valid while it is
     * the same; an index not declared makes them stale at any edit.
     */
    default List<TextIndexKind> textIndexes() {
        return List.of();
    }
}
