package com.pushly.devices;

import java.io.IOException;
import java.util.Map;

public interface PushGateway {

    void deliver(String deviceToken, PushMessage message) throws IOException;

    record PushMessage(String title, String body, Map<String, String> data) {
    }
}
