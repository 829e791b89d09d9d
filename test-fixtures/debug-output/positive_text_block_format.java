// A transactional settlement service that prints a text-block summary with System.out.format and System.err.format.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

record SettlementLine(String merchantId, BigDecimal gross, BigDecimal fee) {
}

@Service
class MerchantSettlementService {

    @Transactional
    BigDecimal settle(LocalDate day, List<SettlementLine> lines) {
        BigDecimal gross = lines.stream().map(SettlementLine::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = lines.stream().map(SettlementLine::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = gross.subtract(fees);
        System.out.format( // expect: debug-output "System.out"
                """
                Settlement for %s
                  merchants: %d
                  gross:     %s
                  fees:      %s
                  net:       %s
                %n""", day, lines.size(), gross, fees, net);
        if (net.signum() < 0) {
            System.err.format("Negative settlement %s on %s%n", net, day); // expect: debug-output "System.err"
        }
        return net;
    }
}
