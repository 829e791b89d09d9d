package com.docuflow.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;

@Service
public class ArchiveUploader {

    private static final Log log = LogFactory.getLog(ArchiveUploader.class);

    private final SftpSessionFactory sessions;

    public ArchiveUploader(SftpSessionFactory sessions) {
        this.sessions = sessions;
    }

    public boolean upload(Path localFile, String remoteDir) {
        String remotePath = remoteDir + "/" + localFile.getFileName();
        try (SftpSessionFactory.SftpSession session = sessions.open();
                InputStream in = Files.newInputStream(localFile)) {
            session.mkdirs(remoteDir);
            session.put(in, remotePath);
            if (log.isInfoEnabled()) {
                log.info("Archived " + localFile + " to " + remotePath);
            }
            return true;
        } catch (IOException e) {
            log.error(e.getMessage());
            return false;
        }
    }
}
