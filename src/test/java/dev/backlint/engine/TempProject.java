package dev.backlint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small source trees for tests. */
public final class TempProject {

    private final Path root;

    public TempProject(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request scanning the whole tree, paths reported relative to it. */
    public ScanRequest.Builder request() {
        return ScanRequest.builder().path(root).sourceRoot(root).threads(2);
    }
}
