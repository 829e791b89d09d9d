package com.acme.audit.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.stereotype.Component;

@Component
public class AuditSpoolWriter {

    public void append(Path spool, AuditRecord record) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(spool,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileLock lock = channel.lock();
            try {
                channel.write(ByteBuffer.wrap((record.toLine() + "\n").getBytes(StandardCharsets.UTF_8)));
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append audit record to " + spool, e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                }
            }
        }
    }
}
