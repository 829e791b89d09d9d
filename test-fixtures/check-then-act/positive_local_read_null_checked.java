// The value read from a concurrent map field into a local just before the if, null-checked, then put: `V v = m.get(k); if (v == null) { v = ...; m.put(k, v); }` and the `!= null` early-return variant `V v = m.get(k); if (v != null) return v; ... m.put(k, v);`, with explicit types and `var`.
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

interface JwksClient {
    PublicKey fetch(String keyId);
}

@Service
class JwtSigningKeyCache {

    private static final Logger log = LoggerFactory.getLogger(JwtSigningKeyCache.class);

    private final ConcurrentHashMap<String, PublicKey> keysById = new ConcurrentHashMap<>();
    private final JwksClient jwks;

    JwtSigningKeyCache(JwksClient jwks) {
        this.jwks = jwks;
    }

    PublicKey key(String keyId) {
        PublicKey key = keysById.get(keyId);
        if (key == null) { // expect: check-then-act "`keysById`"
            log.debug("fetching signing key {}", keyId);
            key = jwks.fetch(keyId);
            keysById.put(keyId, key);
        }
        return key;
    }
}

@Service
class ProductCatalogCache {

    record Product(String sku, String title, List<String> categories, Instant loadedAt) {
    }

    interface CatalogClient {
        Product load(String sku);
    }

    private final Map<String, Product> bySku = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<String>> categoriesBySku = new ConcurrentHashMap<>();
    private final CatalogClient client;

    ProductCatalogCache(CatalogClient client) {
        this.client = client;
    }

    Product product(String sku) {
        var cached = bySku.get(sku);
        if (cached != null) { // expect: check-then-act "`bySku`"
            return cached;
        }
        var loaded = client.load(sku);
        bySku.put(sku, loaded);
        return loaded;
    }

    List<String> categories(String sku) {
        var categories = categoriesBySku.get(sku);
        if (categories != null) return categories; // expect: check-then-act "`categoriesBySku`"
        categories = client.load(sku).categories().stream().map(String::toLowerCase).sorted().toList();
        categoriesBySku.put(sku, categories);
        return categories;
    }

    List<String> refreshCategories(String sku) {
        final List<String> existing = categoriesBySku.get(sku);
        if (existing == null) { // expect: check-then-act "`categoriesBySku`"
            List<String> fresh = List.copyOf(client.load(sku).categories());
            categoriesBySku.put(sku, fresh);
            return fresh;
        }
        return existing;
    }
}
