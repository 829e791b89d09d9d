package dev.backlint.engine;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One of {@code count} parts of a scan, for the jobs of a CI matrix: a file belongs to the
 * part its path's CRC-32 picks, so that every file is in exactly one part, the same one on
 * every machine. Every part still reads the whole tree for what files need of each other.
 *
 * @param index the part, from 1
 * @param count how many parts
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new ConfigurationException("--shard takes I/N with 1 <= I <= N, was " + index + "/" + count);
        }
    }

    /** Reads {@code I/N}. */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(text.substring(0, slash).strip()),
                        Integer.parseInt(text.substring(slash + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ConfigurationException("--shard takes I/N (the part and how many, as 2/4), not '" + text + "'");
    }

    /** Whether the file of this path (relative to the source root, with forward slashes) is in this part. */
    public boolean includes(String path) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
