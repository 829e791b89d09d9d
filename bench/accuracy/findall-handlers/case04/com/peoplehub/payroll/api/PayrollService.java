package com.peoplehub.payroll.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class PayrollService {

    private static final Logger log = LoggerFactory.getLogger(PayrollService.class);

    private final PayslipRepository payslipRepository;

    public PayrollService(PayslipRepository payslipRepository) {
        this.payslipRepository = payslipRepository;
    }

    public Optional<Payslip> payslip(long id) {
        return payslipRepository.findById(id);
    }

    public List<Payslip> payslipsFor(YearMonth period) {
        return payslipRepository.findByPeriod(period.toString());
    }

    @Scheduled(cron = "0 30 2 1 * *")
    public void exportPreviousMonth() {
        YearMonth previous = YearMonth.now().minusMonths(1);
        List<Payslip> payslips = payslipsFor(previous);
        log.info("exporting {} payslips for {}", payslips.size(), previous);
    }
}
