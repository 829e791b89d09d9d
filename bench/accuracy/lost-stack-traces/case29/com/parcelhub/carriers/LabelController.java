package com.parcelhub.carriers;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LabelController {

    private final LabelService labels;

    public LabelController(LabelService labels) {
        this.labels = labels;
    }

    @PostMapping(path = "/shipments/{id}/label", produces = MediaType.APPLICATION_PDF_VALUE)
    public byte[] label(@PathVariable long id, @RequestHeader("X-Carrier") String carrier) {
        return labels.render(id, CarrierCode.fromHeader(carrier));
    }

    public interface LabelService {
        byte[] render(long shipmentId, CarrierCode carrier);
    }
}
