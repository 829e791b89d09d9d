package eval5.case53;

import javax.sql.DataSource;

/** Picks the product search backend; the SQL one is the only backend in this deployment. */
public final class SearchEngines {

    private SearchEngines() {
    }

    public static ProductSearch create(DataSource dataSource) {
        return new SqlProductSearch(dataSource);
    }
}
