package com.archivio.dms.client;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.springframework.stereotype.Component;

@Component
public class DocumentArchiveClient {

    private final CloseableHttpClient dmsHttpClient;

    public DocumentArchiveClient(CloseableHttpClient dmsHttpClient) {
        this.dmsHttpClient = dmsHttpClient;
    }

    public int archive(String folder, Path pdf) throws IOException {
        HttpPut put = new HttpPut("https://" + DmsHttpClientConfig.DMS_HOST + "/api/folders/" + folder + "/" + pdf.getFileName());
        put.setEntity(new FileEntity(pdf.toFile(), ContentType.create("application/pdf")));
        return dmsHttpClient.execute(put, response -> response.getCode());
    }
}
