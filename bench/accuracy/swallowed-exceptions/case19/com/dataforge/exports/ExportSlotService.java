package com.dataforge.exports;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ExportSlotService {

    private static final Logger log = LoggerFactory.getLogger(ExportSlotService.class);

    private final Semaphore slots;

    public ExportSlotService(@Value("${exports.max-concurrent:4}") int maxConcurrent) {
        this.slots = new Semaphore(maxConcurrent, true);
    }

    public boolean tryStartExport(String tenant) {
        try {
            return slots.tryAcquire(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            log.warn("Interrupted while waiting for an export slot for tenant {}", tenant);
            Thread.currentThread().interrupt();
        }
        return false;
    }

    public void finishExport() {
        slots.release();
    }
}
