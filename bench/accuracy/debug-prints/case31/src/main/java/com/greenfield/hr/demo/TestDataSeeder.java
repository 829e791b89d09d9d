package com.greenfield.hr.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Fills an empty database with demo employees for sales demos and local development.
 */
@Component
public class TestDataSeeder {

    private final JdbcTemplate jdbc;
    private final boolean enabled;

    public TestDataSeeder(JdbcTemplate jdbc, @Value("${hr.demo.seed:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Transactional
    public void seed() {
        if (!enabled) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM employees", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        List<DemoEmployee> employees = DemoEmployee.defaults();
        for (DemoEmployee e : employees) {
            jdbc.update("INSERT INTO employees (full_name, email, department, hired_on) VALUES (?, ?, ?, ?)",
                    e.fullName(), e.email(), e.department(), e.hiredOn());
        }
        System.out.printf("Seeded %d demo employees%n", employees.size());
    }

    record DemoEmployee(String fullName, String email, String department, LocalDate hiredOn) {

        static List<DemoEmployee> defaults() {
            return List.of(
                    new DemoEmployee("Ada Moreira", "ada.moreira@example.com", "Engineering", LocalDate.of(2019, 3, 4)),
                    new DemoEmployee("Tomás Reis", "tomas.reis@example.com", "Finance", LocalDate.of(2021, 9, 13)),
                    new DemoEmployee("Ines Carvalho", "ines.carvalho@example.com", "People", LocalDate.of(2022, 1, 10)));
        }
    }
}
