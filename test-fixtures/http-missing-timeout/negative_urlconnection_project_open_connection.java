// Methods named openConnection, openStream and getContent on project types that are not java.net.URL, and a URLConnection received as a parameter.
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

interface PrinterConnection extends AutoCloseable {
    void print(String document) throws IOException;

    @Override
    void close() throws IOException;
}

interface LabelPrinter {
    PrinterConnection openConnection() throws IOException;
}

final class StoredBlob {

    private final byte[] data;

    StoredBlob(byte[] data) {
        this.data = data;
    }

    InputStream openStream() {
        return new ByteArrayInputStream(data);
    }

    Object getContent() {
        return new String(data, StandardCharsets.UTF_8);
    }
}

@Service
class ShippingLabelService {

    private final LabelPrinter printer;

    ShippingLabelService(LabelPrinter printer) {
        this.printer = printer;
    }

    void printLabel(String zpl) throws IOException {
        try (PrinterConnection connection = printer.openConnection()) {
            connection.print(zpl);
        }
    }

    byte[] copy(StoredBlob blob) throws IOException {
        try (InputStream in = blob.openStream()) {
            return in.readAllBytes();
        }
    }

    String text(StoredBlob blob) {
        return (String) blob.getContent();
    }

    String contentTypeOf(URLConnection connection) throws IOException {
        try (InputStream in = connection.getInputStream()) {
            return URLConnection.guessContentTypeFromStream(in);
        }
    }
}
