package com.docuflow.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

public interface SftpSessionFactory {

    SftpSession open() throws IOException;

    interface SftpSession extends Closeable {

        void mkdirs(String directory) throws IOException;

        void put(InputStream content, String remotePath) throws IOException;
    }
}
