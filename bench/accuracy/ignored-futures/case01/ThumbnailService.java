// Media uploads: once the original image is stored, every thumbnail size is rendered on the
// image pool, one task per size, failures logged by the task itself.
package ignoredfutures.case01;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class ThumbnailService {

    private static final Logger log = LoggerFactory.getLogger(ThumbnailService.class);

    private final ExecutorService imagePool;
    private final ThumbnailRenderer renderer;

    public ThumbnailService(@Qualifier("imagePool") ExecutorService imagePool, ThumbnailRenderer renderer) {
        this.imagePool = imagePool;
        this.renderer = renderer;
    }

    public void onUploaded(String mediaId, Path original) {
        for (var size : ThumbnailRenderer.Size.values()) {
            imagePool.execute(() -> {
                try {
                    Path rendered = renderer.render(original, size);
                    log.debug("thumbnail {} of {} written to {}", size, mediaId, rendered);
                } catch (Exception e) {
                    log.warn("thumbnail {} of {} failed", size, mediaId, e);
                }
            });
        }
    }
}
