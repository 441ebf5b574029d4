package io.scpgen.runtime;

import io.scpgen.runtime.interceptor.ScpCallContext;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one call that interceptors and the wire log see. Written by one attempt at a time, but an asynchronous
 * call's attempts run on different threads: fields are volatile and the store concurrent.
 */
final class CallContext implements ScpCallContext {
    private static final int NO_STATUS = -1;

    private final String serviceName;
    private final PreparedCall<?> call;
    private final long startNanos = System.nanoTime();
    /** Made by the first {@link #put}: most calls have no interceptor that keeps anything. */
    private volatile Map<Key<?>, Object> attributes;
    private volatile int attempts;
    private volatile int lastStatus = NO_STATUS;

    CallContext(String serviceName, PreparedCall<?> call) {
        this.serviceName = serviceName;
        this.call = call;
    }

    /** Counts a new attempt; returns its number. */
    int startAttempt() {
        return ++attempts;
    }

    void statusReceived(int status) {
        lastStatus = status;
    }

    @Override
    public String serviceName() {
        return serviceName;
    }

    @Override
    public String operationName() {
        return call.operationName();
    }

    @Override
    public String apiVersion() {
        return call.apiVersion();
    }

    @Override
    public HttpMethod method() {
        return call.method();
    }

    @Override
    public String pathAndQuery() {
        return call.pathAndQuery();
    }

    @Override
    public int attempts() {
        return attempts;
    }

    @Override
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public OptionalInt lastStatus() {
        int status = lastStatus;
        return status == NO_STATUS ? OptionalInt.empty() : OptionalInt.of(status);
    }

    @Override
    public synchronized <T> void put(Key<T> key, T value) {
        Objects.requireNonNull(key, "key");
        if (attributes == null) {
            attributes = new ConcurrentHashMap<>();
        }
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    @Override
    @SuppressWarnings("unchecked") // put() only stores a T under a Key<T>
    public <T> Optional<T> get(Key<T> key) {
        Objects.requireNonNull(key, "key");
        Map<Key<?>, Object> kept = attributes;
        return kept == null ? Optional.empty() : Optional.ofNullable((T) kept.get(key));
    }

    @Override
    public String toString() {
        return "ScpCallContext[" + call.operationName() + ", " + call.method() + " " + call.pathAndQuery()
                + ", attempts=" + attempts + "]";
    }
}
