package com.forumly.threads;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ReplyDao {

    private static final String SQL = """
            select id, parent_id, author, body, posted_at
              from reply
             where thread_id = ?
             order by posted_at
            """;

    private final JdbcTemplate jdbc;

    public ReplyDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the direct answers to a reply of a thread. */
    public List<Reply> answersTo(long threadId, Reply reply) {
        List<Reply> answers = new ArrayList<>();
        jdbc.query(SQL, rs -> {
            long parentId = rs.getLong("parent_id");
            if (!rs.wasNull() && parentId == reply.id()) {
                answers.add(new Reply(rs.getLong("id"), parentId, rs.getString("author"),
                        rs.getString("body"), rs.getTimestamp("posted_at").toInstant()));
            }
        }, threadId);
        return answers;
    }
}
