package com.finledger.erp;

import java.time.LocalDate;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class JournalExportJob {

    private static final Logger LOGGER = LogManager.getLogger(JournalExportJob.class);

    private final JournalRepository journal;
    private final ErpClient erp;

    public JournalExportJob(JournalRepository journal, ErpClient erp) {
        this.journal = journal;
        this.erp = erp;
    }

    @Scheduled(cron = "0 15 1 * * *")
    public void exportYesterday() {
        LocalDate day = LocalDate.now().minusDays(1);
        List<JournalRepository.Entry> entries = journal.unexportedEntries(day);
        for (var entry : entries) {
            try {
                String erpId = erp.postEntry(entry.account(), entry.amount(), entry.currency(), entry.bookedOn());
                journal.markExported(entry.id(), erpId);
            } catch (ErpClient.ErpException e) {
                LOGGER.log(Level.ERROR, "Journal entry {} for {} could not be posted to the ERP", entry.id(), day, e);
            }
        }
    }
}
