package io.scpgen.runtime;

import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionStatus;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The opt-in version check ({@link ScpClientConfiguration#versionCheck()}): on a handler's first call, once and
 * without blocking it, reads the service's live version list and warns about each version the client uses that is
 * DEPRECATED there, unknown to the service, or within {@link ScpClientConfiguration#maxRemainDays()} of its date.
 * Bounded by {@link ScpClientConfiguration#versionCheckTimeout()}; a failed check is one INFO line, never an error.
 */
final class VersionCheck {
    private final String serviceName;
    private final List<String> usedVersions;
    private final ScpClientConfiguration configuration;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile CompletableFuture<Void> finished = CompletableFuture.completedFuture(null);

    VersionCheck(String serviceName, List<String> usedVersions, ScpClientConfiguration configuration) {
        this.serviceName = serviceName;
        this.usedVersions = List.copyOf(usedVersions);
        this.configuration = configuration;
    }

    /**
     * Starts the check if it is on and has not started yet.
     *
     * @param liveList starts the read of the live list with the given overrides
     */
    void startOnce(Function<ScpRequestOverrides, CompletableFuture<List<ScpApiVersion>>> liveList) {
        if (!configuration.versionCheck() || usedVersions.isEmpty() || !started.compareAndSet(false, true)) {
            return;
        }
        long timeoutMillis = configuration.versionCheckTimeout().toMillis();
        // one attempt: a retry would outlast the timeout the user gave the check
        ScpRequestOverrides oneShot = ScpRequestOverrides.builder().requestTimeout(configuration.versionCheckTimeout())
                .retryPolicy(RetryPolicy.none()).build();
        try {
            finished = liveList.apply(oneShot).orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .handle((live, error) -> {
                        if (error != null) {
                            failed(error);
                        } else {
                            warnings(live).forEach(warning -> VersionLog.LOG.log(Level.WARNING, warning));
                        }
                        return null;
                    });
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** {@return completes once the check has logged what it found; complete at once when none started} */
    CompletableFuture<Void> finished() {
        return finished;
    }

    private void failed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String reason = cause instanceof TimeoutException
                ? "no version list within " + configuration.versionCheckTimeout().toMillis() + " ms"
                : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        VersionLog.LOG.log(Level.INFO, "the " + serviceName + " version check failed, no version was checked: "
                + reason);
    }

    /** The warnings about the used versions, in their order, given the service's live list. */
    List<String> warnings(List<ScpApiVersion> live) {
        Map<String, ScpApiVersion> byVersion = live.stream()
                .collect(Collectors.toMap(ScpApiVersion::version, version -> version, (first, second) -> first,
                        LinkedHashMap::new));
        LocalDate today = LocalDate.ofInstant(configuration.clock().instant(), ZoneOffset.UTC);
        LocalDate windowEnd = today.plusDays(configuration.maxRemainDays());
        List<String> warnings = new ArrayList<>();
        for (String used : usedVersions) {
            String subject = serviceName + " API version " + used + ", which this client uses,";
            ScpApiVersion version = byVersion.get(used);
            LocalDate date = version == null ? null : version.notBefore().orElse(null);
            if (version == null) {
                warnings.add(subject + " is unknown to the service, which lists "
                        + (byVersion.isEmpty() ? "no version" : String.join(", ", byVersion.keySet()))
                        + ": regenerate the SDK from the current docs");
            } else if (version.status() == ScpApiVersionStatus.DEPRECATED) {
                warnings.add(subject + " is DEPRECATED on the service" + (date == null ? "" : ", supported until " + date));
            } else if (date != null && !date.isAfter(windowEnd)) {
                warnings.add(subject + " is supported until " + date + ", within " + configuration.maxRemainDays()
                        + " days (max-remain-days)");
            }
        }
        return warnings;
    }
}
