package com.pressroom.web.seo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PublishedPageRepository {

    public record PageRef(String path, LocalDate modifiedOn) {
    }

    private final JdbcClient jdbc;

    public PublishedPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PageRef> findPublished() {
        return jdbc.sql("SELECT path, modified_on FROM page WHERE status = 'PUBLISHED' ORDER BY path")
                .query((rs, i) -> new PageRef(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list();
    }
}
