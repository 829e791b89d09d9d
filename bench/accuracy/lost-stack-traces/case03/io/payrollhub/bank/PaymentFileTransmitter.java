package io.payrollhub.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

@Component
public class PaymentFileTransmitter {

    private static final Log log = LogFactory.getLog(PaymentFileTransmitter.class);

    private final BankChannel channel;

    public PaymentFileTransmitter(BankChannel channel) {
        this.channel = channel;
    }

    public TransmissionStatus transmit(Path file, LocalDate valueDate) {
        String remoteName = "PAY_" + valueDate + "_" + file.getFileName();
        try (OutputStream out = channel.upload(remoteName)) {
            long bytes = Files.copy(file, out);
            log.info("Transmitted " + file + " (" + bytes + " bytes) as " + remoteName);
            return TransmissionStatus.SENT;
        } catch (IOException e) {
            log.error("Upload of payment file " + file + " failed: " + e.getMessage(), e);
            return TransmissionStatus.RETRY;
        }
    }

    public enum TransmissionStatus {
        SENT, RETRY
    }

    public interface BankChannel {
        OutputStream upload(String remoteName) throws IOException;
    }
}
