package com.tidewater.fulfillment.labels;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

@Component
public class ZplNetworkLabelPrinter implements LabelPrinter {

    private final String hostPattern;
    private final int port;

    public ZplNetworkLabelPrinter(@Value("${fulfillment.printers.host-pattern:zebra-%s.warehouse.local}") String hostPattern,
                                  @Value("${fulfillment.printers.port:9100}") int port) {
        this.hostPattern = hostPattern;
        this.port = port;
    }

    @Override
    public void print(ShippingLabel label, String station) {
        String zpl = """
                ^XA
                ^FO50,50^A0N,40,40^FD%s^FS
                ^FO50,110^A0N,30,30^FD%s^FS
                ^FO50,160^A0N,30,30^FD%s^FS
                ^FO50,260^BCN,120,Y,N,N^FD%s^FS
                ^XZ
                """.formatted(label.recipient(), label.address().replace("\n", " / "),
                label.countryCode(), label.trackingNumber());
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPattern.formatted(station), port), 3000);
            socket.setSoTimeout(5000);
            var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII));
            out.print(zpl);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Label printer at station " + station + " unreachable", e);
        }
    }
}
