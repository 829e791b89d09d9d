// A label printer client that keeps a PrintStream field named out over a socket and prints ZPL commands to it.
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

record ShippingLabel(String trackingNumber, String recipient, String city) {
}

@Component
class ZebraLabelPrinterClient implements AutoCloseable {

    private final Socket socket = new Socket();
    private PrintStream out;

    void connect(String host) throws IOException {
        socket.connect(new InetSocketAddress(host, 9100), 3_000);
        out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    void print(ShippingLabel label) {
        out.println("^XA");
        out.printf("^FO50,50^A0N,40,40^FD%s^FS%n", label.recipient());
        out.printf("^FO50,110^A0N,30,30^FD%s^FS%n", label.city());
        out.print("^FO50,170^BCN,100,Y,N,N^FD" + label.trackingNumber() + "^FS");
        out.println("^XZ");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
