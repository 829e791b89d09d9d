package nulls.case29;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Memory-sensitive cache of rendered thumbnails; the JVM may clear entries under pressure.
 */
@Component
public class ThumbnailCache {

    public interface ThumbnailRenderer {
        byte[] render(String imageId, int size);
    }

    private static final int SIZE = 256;

    private final Map<String, SoftReference<byte[]>> cache = new ConcurrentHashMap<>();
    private final AtomicLong bytesServedFromCache = new AtomicLong();
    private final ThumbnailRenderer renderer;

    public ThumbnailCache(ThumbnailRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] thumbnail(String imageId) {
        SoftReference<byte[]> ref = cache.get(imageId);
        if (ref == null) {
            byte[] rendered = renderer.render(imageId, SIZE);
            cache.put(imageId, new SoftReference<>(rendered));
            return rendered;
        }
        byte[] data = ref.get();
        bytesServedFromCache.addAndGet(data.length); // deref
        return data;
    }

    public long bytesServedFromCache() {
        return bytesServedFromCache.get();
    }
}
