// A shipping fee service whose conditional expressions mix a boxed Long with a primitive long branch, so the conditional is a primitive long and == compares numerically.
import org.springframework.stereotype.Service;

record ShippingQuote(Long carrierId, Long fallbackCarrierId, boolean express) {
}

@Service
class ShippingFeeService {

    private static final long NO_CARRIER = -1L;

    public boolean usesCarrier(ShippingQuote quote, Long carrierId) {
        return (quote.express() ? quote.carrierId() : NO_CARRIER) == carrierId;
    }

    public boolean fallsBackTo(ShippingQuote quote, Long carrierId) {
        long chosen = quote.fallbackCarrierId() != null ? quote.fallbackCarrierId() : NO_CARRIER;
        return chosen == carrierId;
    }

    public boolean standardCarrier(ShippingQuote quote, Long carrierId) {
        return carrierId != (quote.express() ? 0L : quote.carrierId());
    }
}
