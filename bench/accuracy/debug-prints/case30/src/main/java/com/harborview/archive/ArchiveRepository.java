package com.harborview.archive;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

@Repository
public class ArchiveRepository {

    private final JdbcTemplate jdbc;

    public ArchiveRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int archiveVoyagesBefore(LocalDate cutoff) {
        int copied = jdbc.update("INSERT INTO voyages_archive SELECT * FROM voyages WHERE arrived_on < ?", cutoff);
        int removed = jdbc.update("DELETE FROM voyages WHERE arrived_on < ?", cutoff);
        if (copied != removed) {
            throw new IllegalStateException("Archived " + copied + " voyages but removed " + removed);
        }
        return removed;
    }

    public List<String> archivedVesselNames() {
        return jdbc.queryForList("SELECT DISTINCT vessel_name FROM voyages_archive ORDER BY vessel_name", String.class);
    }
}
