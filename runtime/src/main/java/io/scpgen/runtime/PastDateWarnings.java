package io.scpgen.runtime;

import io.scpgen.runtime.version.ScpApiVersion;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warns once per handler and API version when a call goes through a version whose documented supported-until date
 * is before today (UTC, by the configuration's clock): the docs said it may stop, so the call may fail any day.
 */
final class PastDateWarnings {
    private final String serviceName;
    private final Map<String, ScpApiVersion> documented = new LinkedHashMap<>();
    private final ScpClientConfiguration configuration;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    PastDateWarnings(String serviceName, List<ScpApiVersion> documented, ScpClientConfiguration configuration) {
        this.serviceName = serviceName;
        this.configuration = configuration;
        documented.forEach(version -> this.documented.put(version.version(), version));
    }

    /**
     * Warns if {@code apiVersion}'s date has passed and this handler has not warned about it yet.
     *
     * @param newestApiVersion the newest version the docs document for the operation, or {@code null} if unknown
     */
    void beforeCall(String operationName, String apiVersion, String newestApiVersion) {
        ScpApiVersion version = documented.get(apiVersion);
        LocalDate until = version == null ? null : version.notBefore().orElse(null);
        if (until == null || !until.isBefore(LocalDate.ofInstant(configuration.clock().instant(), ZoneOffset.UTC))
                || !warned.add(apiVersion)) {
            return;
        }
        String newest = newestApiVersion == null ? ""
                : newestApiVersion.equals(apiVersion) ? " The docs document no newer version of " + operationName + "."
                : " The newest version the docs document for " + operationName + " is " + newestApiVersion + ".";
        VersionLog.LOG.log(Level.WARNING, serviceName + " API version " + apiVersion + " was supported until " + until
                + ", a date now past: its calls may stop working." + newest);
    }
}
