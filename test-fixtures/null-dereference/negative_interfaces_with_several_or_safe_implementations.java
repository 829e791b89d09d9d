// A call on an interface whose implementations are several (which one runs is not known), whose one implementation never returns null, or returns null only for the state of the objects passed (not for a key looked up), is not a source.
import java.util.HashMap;
import java.util.Map;

interface PriceList {
    Long price(String sku);
}

interface TaxTable {
    Double rate(String region);
}

class RetailPriceList implements PriceList {
    private final Map<String, Long> prices = new HashMap<>();

    @Override
    public Long price(String sku) {
        Long price = prices.get(sku);
        if (price == null) {
            return null;
        }
        return price;
    }
}

class FixedPriceList implements PriceList {
    @Override
    public Long price(String sku) {
        return 100L;
    }
}

class FlatTaxTable implements TaxTable {
    @Override
    public Double rate(String region) {
        return region.isEmpty() ? 0.0 : 0.2;
    }
}

record Release(String tag) {
}

interface VersionChain {
    Release previous(java.util.List<Release> history, Release version);
}

class ListVersionChain implements VersionChain {
    @Override
    public Release previous(java.util.List<Release> history, Release version) {
        int at = history.indexOf(version);
        if (at <= 0) {
            return null;
        }
        return history.get(at - 1);
    }
}

class Checkout {

    private final PriceList prices;
    private final TaxTable taxes;

    Checkout(PriceList prices, TaxTable taxes) {
        this.prices = prices;
        this.taxes = taxes;
    }

    long total(String sku, String region) {
        Long price = prices.price(sku);
        return price.longValue() + Math.round(price * taxes.rate(region).doubleValue());
    }

    String rollBack(VersionChain chain, java.util.List<Release> history) {
        if (history.size() > 1) {
            return chain.previous(history, history.get(history.size() - 1)).tag();
        }
        return "";
    }

    boolean hasPrevious(VersionChain chain, java.util.List<Release> history, Release version) {
        return chain.previous(history, version) != null;
    }

    boolean priced(String sku) {
        return prices.price(sku) != null && taxes.rate("") != null;
    }
}
