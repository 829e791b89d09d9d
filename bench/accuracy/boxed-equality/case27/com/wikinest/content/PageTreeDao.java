package com.wikinest.content;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PageTreeDao {

    private static final String SQL = """
            select id, parent_id, title
              from page
             where space_key = ?
             order by parent_id nulls first, position
            """;

    private final JdbcTemplate jdbc;

    public PageTreeDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the pages of a space and returns the children of the given root page. */
    public List<PageNode> childrenOf(String spaceKey, PageNode root) {
        List<PageNode> children = new ArrayList<>();
        jdbc.query(SQL, rs -> {
            Long parentId = rs.getObject("parent_id", Long.class);
            if (parentId != null && parentId == root.getId()) {
                children.add(new PageNode(rs.getLong("id"), parentId, rs.getString("title")));
            }
        }, spaceKey);
        return children;
    }
}
