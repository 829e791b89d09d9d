// Renders one thumbnail of an uploaded image next to the original.
package ignoredfutures.case01;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

@Component
public class ThumbnailRenderer {

    public enum Size {
        SMALL(160), MEDIUM(480), LARGE(1024);

        final int width;

        Size(int width) {
            this.width = width;
        }
    }

    public Path render(Path original, Size size) throws IOException {
        BufferedImage source = ImageIO.read(original.toFile());
        int height = source.getHeight() * size.width / source.getWidth();
        var target = new BufferedImage(size.width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        graphics.drawImage(source.getScaledInstance(size.width, height, Image.SCALE_SMOOTH), 0, 0, null);
        graphics.dispose();
        Path out = original.resolveSibling(original.getFileName() + "." + size.name().toLowerCase() + ".jpg");
        ImageIO.write(target, "jpg", out.toFile());
        return out;
    }
}
