package io.scpgen.runtime.interceptor;

import io.scpgen.runtime.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One call as interceptors see it: what is called and how it is going so far, and a store for what an interceptor
 * carries from one hook to the next (a timer, a span). One context per call, shared by all its interceptors.
 */
public interface ScpCallContext {

    /** {@return the service called, e.g. {@code virtualserver}} */
    String serviceName();

    /**
     * {@return the operation's name: the generated client's method, e.g. {@code listImages}; for a request built by
     * hand without one, its method and path template, e.g. {@code GET /v1/images/{image_id}}}
     */
    String operationName();

    /**
     * {@return the API version the call sends, e.g. {@code 1.3}; empty for the version list
     * ({@code ScpClientHandler.apiVersions()}), which is sent without one}
     */
    String apiVersion();

    /** {@return the HTTP method} */
    HttpMethod method();

    /** {@return the encoded path and query, e.g. {@code /v1/images?limit=20}} */
    String pathAndQuery();

    /** {@return how many attempts have started so far: 0 before the first, 1 during and after it} */
    int attempts();

    /** {@return the time since the call started} */
    Duration elapsed();

    /** {@return the status of the latest attempt that got a response; empty before one did} */
    OptionalInt lastStatus();

    /**
     * Keeps a value for the rest of the call, replacing an earlier one under the same key.
     *
     * @param key the key
     * @param value the value; {@code null} removes it
     * @param <T> the value's type
     */
    <T> void put(Key<T> key, T value);

    /**
     * {@return the value kept under {@code key}, if any}
     *
     * @param key the key
     * @param <T> the value's type
     */
    <T> Optional<T> get(Key<T> key);

    /**
     * A key of the context's store, compared by identity: an interceptor keeps its keys in constants.
     *
     * @param <T> the type of the values stored under it
     */
    final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * {@return a new key, distinct from every other}
         *
         * @param name a name for messages and debugging
         * @param <T> the type of the values stored under it
         */
        public static <T> Key<T> named(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
