package com.oakridge.billing.printing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

@Service
public class InvoicePrintService {

    private static final Logger log = LoggerFactory.getLogger(InvoicePrintService.class);

    private final String printerName;
    private final InvoicePdfRenderer renderer;

    public InvoicePrintService(@Value("${billing.print.printer-name}") String printerName, InvoicePdfRenderer renderer) {
        this.printerName = printerName;
        this.renderer = renderer;
    }

    public boolean printInvoice(String invoiceNumber, int copies) {
        byte[] pdf = renderer.render(invoiceNumber);
        PrintService printer = Arrays.stream(PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF, null))
                .filter(service -> service.getName().equalsIgnoreCase(printerName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Printer not found: " + printerName));
        DocPrintJob job = printer.createPrintJob();
        Doc doc = new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(new JobName("invoice-" + invoiceNumber, null));
        try {
            job.print(doc, attributes);
            log.info("Sent invoice {} ({} copies) to {}", invoiceNumber, copies, printerName);
            return true;
        } catch (PrintException e) {
            log.error("Printing invoice {} on {} failed", invoiceNumber, printerName, e);
            return false;
        }
    }
}
