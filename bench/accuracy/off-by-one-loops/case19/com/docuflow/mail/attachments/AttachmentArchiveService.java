package com.docuflow.mail.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

@Service
public class AttachmentArchiveService {

    public byte[] zip(List<Attachment> attachments) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (int i = 1; i <= attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                zip.putNextEntry(new ZipEntry(String.format("%02d-%s", i, sanitize(attachment.fileName()))));
                zip.write(attachment.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build attachment archive", e);
        }
        return buffer.toByteArray();
    }

    private static String sanitize(String fileName) {
        String name = fileName == null ? "attachment" : fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
        return name.isBlank() ? "attachment" : name;
    }
}
