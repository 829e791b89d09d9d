package com.cloudvault.uploads.multipart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class MultipartUploader {

    private static final Logger log = LoggerFactory.getLogger(MultipartUploader.class);

    private final ObjectStoreClient client;

    public MultipartUploader(ObjectStoreClient client) {
        this.client = client;
    }

    public void upload(String bucket, String key, Collection<byte[]> chunks) {
        String uploadId = client.startMultipartUpload(bucket, key);
        List<String> etags = new ArrayList<>(chunks.size());
        try {
            Iterator<byte[]> it = chunks.iterator();
            for (int part = 1; part <= chunks.size(); part++) {
                byte[] chunk = it.next();
                etags.add(client.uploadPart(bucket, key, uploadId, part, chunk));
                log.debug("Uploaded part {}/{} of {}/{}", part, chunks.size(), bucket, key);
            }
            client.completeMultipartUpload(bucket, key, uploadId, etags);
        } catch (RuntimeException e) {
            client.abortMultipartUpload(bucket, key, uploadId);
            throw e;
        }
    }
}
