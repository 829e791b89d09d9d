package org.pixelforge.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

public class ThumbnailService {

    private static final Logger LOG = Logger.getLogger(ThumbnailService.class.getName());

    private final BlobStore store;

    public ThumbnailService(BlobStore store) {
        this.store = store;
    }

    public Optional<byte[]> thumbnail(String key, int width) {
        try (InputStream in = store.open(key)) {
            BufferedImage source = ImageIO.read(in);
            if (source == null) {
                LOG.fine(() -> "Not a readable image: " + key);
                return Optional.empty();
            }
            int height = Math.max(1, source.getHeight() * width / source.getWidth());
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            var out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "jpg", out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Thumbnail generation failed for " + key + " at width " + width);
            return Optional.empty();
        }
    }
}
