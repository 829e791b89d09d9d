package com.insightly.exports.job;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

@Entity
public class ExportJob {

    @Id
    @GeneratedValue
    private Long id;

    private String dataset;

    private String format;

    private LocalDate rangeFrom;

    private LocalDate rangeTo;

    private String location;

    private Instant completedAt;

    protected ExportJob() {
    }

    public ExportJob(String dataset, String format, LocalDate rangeFrom, LocalDate rangeTo) {
        this.dataset = dataset;
        this.format = format;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
    }

    public void complete(String location, Instant when) {
        this.location = location;
        this.completedAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getDataset() {
        return dataset;
    }

    public String getFormat() {
        return format;
    }

    public LocalDate getRangeFrom() {
        return rangeFrom;
    }

    public LocalDate getRangeTo() {
        return rangeTo;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
