package com.acme.notify.worker;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class NotificationDispatchWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatchWorker.class);

    private final BlockingQueue<Notification> queue;
    private final NotificationSender sender;
    private volatile boolean running = true;

    public NotificationDispatchWorker(BlockingQueue<Notification> queue, NotificationSender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Notification next = queue.poll(500, TimeUnit.MILLISECONDS);
                if (next != null) {
                    deliver(next);
                }
            } catch (InterruptedException e) {
                log.info("Notification worker interrupted, stopping");
                running = false;
            }
        }
    }

    public void stop() {
        running = false;
    }

    private void deliver(Notification notification) {
        try {
            sender.send(notification);
        } catch (RuntimeException e) {
            log.error("Delivery of notification {} to {} failed", notification.id(), notification.recipient(), e);
        }
    }
}
