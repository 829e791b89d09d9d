package eval5.case21;

import javax.sql.DataSource;

public final class Readers {

    private Readers() {
    }

    public static OrderReader orders(DataSource dataSource) {
        return new JdbcOrderReader(dataSource);
    }
}
