package com.peoplehub.hr.security;

public interface EmployeeDirectory {

    boolean isActive(String employeeId);
}
