package com.dataforge.exports;

public interface ExportRunner {

    String run(String tenant);
}
