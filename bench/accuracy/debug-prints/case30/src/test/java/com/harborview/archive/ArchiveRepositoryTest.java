package com.harborview.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

class ArchiveRepositoryTest {

    private JdbcTemplate jdbc;
    private ArchiveRepository repository;

    @BeforeEach
    void setUp() {
        jdbc = TestDatabase.create("archive");
        jdbc.update("DELETE FROM voyages");
        jdbc.update("DELETE FROM voyages_archive");
        repository = new ArchiveRepository(jdbc);
    }

    @Test
    void movesOldVoyagesToTheArchive() {
        jdbc.update("INSERT INTO voyages (id, vessel_name, arrived_on) VALUES (1, 'Nordic Star', DATE '2020-03-01')");
        jdbc.update("INSERT INTO voyages (id, vessel_name, arrived_on) VALUES (2, 'Cape Wind', DATE '2024-06-01')");

        int archived = repository.archiveVoyagesBefore(LocalDate.of(2023, 1, 1));

        System.out.println("archived: " + repository.archivedVesselNames());
        assertEquals(1, archived);
        assertEquals(List.of("Nordic Star"), repository.archivedVesselNames());
    }
}
