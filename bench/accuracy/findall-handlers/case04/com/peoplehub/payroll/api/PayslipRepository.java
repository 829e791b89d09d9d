package com.peoplehub.payroll.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PayslipRepository extends JpaRepository<Payslip, Long> {

    List<Payslip> findByPeriod(String period);
}

@Entity
class Payslip {

    @Id
    @GeneratedValue
    private Long id;

    private String employeeNumber;

    private String period;

    private BigDecimal gross;

    private BigDecimal net;

    protected Payslip() {
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getNet() {
        return net;
    }
}
