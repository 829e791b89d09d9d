package com.medirun.lab.results;

public record LabResult(String analyte, double value, String unit, Double referenceLow, Double referenceHigh) {

    public boolean outOfRange() {
        return (referenceLow != null && value < referenceLow) || (referenceHigh != null && value > referenceHigh);
    }
}
