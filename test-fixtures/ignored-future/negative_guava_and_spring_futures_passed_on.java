// Guava and Spring futures that are handled: Futures.addCallback on a submitted ListenableFuture, a listener added to a kept future, Futures.transform returned, Spring submitListenable returned, submitCompletable(..).join(), and ThreadPoolTaskExecutor.execute.
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

record GeocodedAddress(String line, double latitude, double longitude) {
}

@Service
class GeocodingService {

    private static final Logger log = LoggerFactory.getLogger(GeocodingService.class);

    private final ListeningExecutorService geocoders;
    private final Executor callbackExecutor = MoreExecutors.directExecutor();

    GeocodingService(ListeningExecutorService geocoders) {
        this.geocoders = geocoders;
    }

    void geocodeAndLog(String addressLine) {
        Futures.addCallback(geocoders.submit(() -> lookup(addressLine)), new FutureCallback<GeocodedAddress>() {
            @Override
            public void onSuccess(GeocodedAddress result) {
                log.info("{} is at {},{}", addressLine, result.latitude(), result.longitude());
            }

            @Override
            public void onFailure(Throwable failure) {
                log.error("geocoding {} failed", addressLine, failure);
            }
        }, callbackExecutor);
    }

    ListenableFuture<String> geocodeToText(String addressLine) {
        ListenableFuture<GeocodedAddress> lookup = geocoders.submit(() -> lookup(addressLine));
        lookup.addListener(() -> log.debug("lookup of {} finished", addressLine), callbackExecutor);
        return Futures.transform(lookup, a -> a.latitude() + "," + a.longitude(), callbackExecutor);
    }

    private GeocodedAddress lookup(String addressLine) {
        return new GeocodedAddress(addressLine, 52.37, 4.89);
    }
}

@Service
class DocumentConversionService {

    private final ThreadPoolTaskExecutor conversionExecutor;
    private final AsyncTaskExecutor applicationTaskExecutor;

    DocumentConversionService(ThreadPoolTaskExecutor conversionExecutor, AsyncTaskExecutor applicationTaskExecutor) {
        this.conversionExecutor = conversionExecutor;
        this.applicationTaskExecutor = applicationTaskExecutor;
    }

    void warmUpConverters(List<String> formats) {
        for (String format : formats) {
            conversionExecutor.execute(() -> load(format));
        }
    }

    org.springframework.util.concurrent.ListenableFuture<byte[]> convertLater(byte[] docx) {
        return conversionExecutor.submitListenable(() -> convert(docx));
    }

    byte[] convertNow(byte[] docx) {
        CompletableFuture<byte[]> conversion = applicationTaskExecutor.submitCompletable(() -> convert(docx));
        return conversion.join();
    }

    void convertAndWait(byte[] docx) {
        applicationTaskExecutor.submitCompletable(() -> convert(docx)).join();
    }

    private void load(String format) {
        if (format.isBlank()) {
            throw new IllegalArgumentException("no format");
        }
    }

    private byte[] convert(byte[] docx) {
        return docx.clone();
    }
}
