package com.peoplehub.directory.api;

import java.util.Collection;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/departments")
public class EmployeeController {

    private final EmployeeDirectoryService directory;

    public EmployeeController(EmployeeDirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping("/{code}/employees")
    public ResponseEntity<Collection<Employee>> employees(@PathVariable String code) {
        String normalized = code.trim().toUpperCase();
        if (!directory.isKnownDepartment(normalized)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(directory.employeesIn(normalized));
    }
}
