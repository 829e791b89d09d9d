// static final HashMap, HashSet, ArrayList, TreeMap and EnumMap mutated from methods (put, remove, clear, add, computeIfAbsent, merge), through local aliases, in a record and an enum, and by a helper shared with the static block.
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

record CatalogProduct(String sku, String name, long priceCents) {
}

interface CatalogProductRepository {
    CatalogProduct load(String sku);
}

final class ProductCatalogCache {

    private static final HashMap<String, CatalogProduct> BY_SKU = new HashMap<>(); // expect: mutable-static-field "`BY_SKU`"

    private ProductCatalogCache() {
    }

    static CatalogProduct find(String sku, CatalogProductRepository repository) {
        CatalogProduct product = BY_SKU.get(sku);
        if (product == null) {
            product = repository.load(sku);
            BY_SKU.put(sku, product);
        }
        return product;
    }

    static void evict(String sku) {
        BY_SKU.remove(sku);
    }
}

class LoginThrottle {

    private static final HashSet<String> BLOCKED_ADDRESSES = new HashSet<>(); // expect: mutable-static-field "`BLOCKED_ADDRESSES`"

    void block(String address) {
        BLOCKED_ADDRESSES.add(address);
    }

    boolean isBlocked(String address) {
        return BLOCKED_ADDRESSES.contains(address);
    }

    void unblockAll() {
        BLOCKED_ADDRESSES.clear();
    }
}

class AuditTrail {

    private static final ArrayList<String> RECENT_EVENTS = new ArrayList<>(); // expect: mutable-static-field "`RECENT_EVENTS`"
    private static final TreeMap<Instant, String> PENDING_EXPORTS = new TreeMap<>(); // expect: mutable-static-field "`PENDING_EXPORTS`"

    void record(String event) {
        ArrayList<String> recent = RECENT_EVENTS;
        recent.add(Instant.now() + " " + event);
        if (recent.size() > 500) {
            recent.remove(0);
        }
    }

    void scheduleExport(Instant at, String target) {
        var pending = PENDING_EXPORTS;
        pending.put(at, target);
    }
}

record CurrencyCode(String code) {

    private static final HashMap<String, CurrencyCode> INTERNED = new HashMap<>(); // expect: mutable-static-field "`INTERNED`"

    static CurrencyCode of(String code) {
        return INTERNED.computeIfAbsent(code.toUpperCase(), CurrencyCode::new);
    }
}

enum SalesChannel {
    WEB, MOBILE, PARTNER;

    private static final EnumMap<SalesChannel, Long> ORDERS = new EnumMap<>(SalesChannel.class); // expect: mutable-static-field "`ORDERS`"

    void countOrder() {
        ORDERS.merge(this, 1L, Long::sum);
    }

    long orders() {
        return ORDERS.getOrDefault(this, 0L);
    }
}

final class MessageTemplates {

    private static final Map<String, String> TEMPLATES = new HashMap<>(); // expect: mutable-static-field "`TEMPLATES`"

    static {
        register("welcome", "Welcome, {name}!");
        register("reset", "Use this link to reset your password: {link}");
    }

    private MessageTemplates() {
    }

    private static void register(String key, String template) {
        TEMPLATES.put(key, template);
    }

    static void override(String key, String template) {
        register(key, template);
    }

    static String template(String key) {
        return TEMPLATES.get(key);
    }
}
