package com.peoplegrid.hr.web;

import com.peoplegrid.hr.model.Employee;
import jakarta.persistence.EntityManager;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

@RestController
@RequestMapping("/departments/{department}")
public class EmployeeController {

    private final EntityManager entityManager;

    public EmployeeController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/employees")
    @Transactional(readOnly = true)
    public ResponseEntity<List<Employee>> employees(@PathVariable String department) {
        List<Employee> staff = entityManager
                .createQuery("select e from Employee e where e.department = :dept and e.terminatedOn is null order by e.lastName", Employee.class)
                .setParameter("dept", department)
                .getResultList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(staff);
    }

    @GetMapping("/headcount")
    @Transactional(readOnly = true)
    public int headcount(@PathVariable String department) {
        Long count = entityManager
                .createQuery("select count(e) from Employee e where e.department = :dept and e.terminatedOn is null", Long.class)
                .setParameter("dept", department)
                .getSingleResult();
        return count.intValue();
    }
}
