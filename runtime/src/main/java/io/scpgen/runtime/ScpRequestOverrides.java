package io.scpgen.runtime;

import io.scpgen.runtime.interceptor.ScpInterceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one call changes of its client's configuration, as the AWS SDK's {@code overrideConfiguration}: its own
 * request timeout and retry policy, extra headers and extra interceptors. What is not set here comes from the
 * {@link ScpClientConfiguration}. Immutable; every value is checked when it is set, so a bad override fails where it
 * is built, not when the call is sent.
 *
 * <pre>{@code
 * client.images().showImage(ShowImageRequest.builder().imageId(id)
 *         .overrideConfiguration(o -> o.requestTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()))
 *         .build());
 * }</pre>
 */
public final class ScpRequestOverrides {
    private static final ScpRequestOverrides NONE = new Builder().build();

    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final Map<String, String> headers;
    private final List<ScpInterceptor> interceptors;

    private ScpRequestOverrides(Builder builder) {
        this.requestTimeout = builder.requestTimeout;
        this.retryPolicy = builder.retryPolicy;
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(builder.headers);
        this.headers = Collections.unmodifiableMap(headers);
        this.interceptors = List.copyOf(builder.interceptors);
    }

    /** {@return overrides that change nothing} */
    public static ScpRequestOverrides none() {
        return NONE;
    }

    /** {@return a builder that changes nothing yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these overrides, to change some} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.requestTimeout = requestTimeout;
        builder.retryPolicy = retryPolicy;
        builder.headers.putAll(headers);
        builder.interceptors.addAll(interceptors);
        return builder;
    }

    /**
     * {@return how long each attempt of the call may take, from sending to the last body byte, if it differs from the
     * configuration's}
     */
    public Optional<Duration> requestTimeout() {
        return Optional.ofNullable(requestTimeout);
    }

    /** {@return the call's retry policy, if it differs from the configuration's} */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** {@return headers sent with every attempt of the call, by case-insensitive name} */
    public Map<String, String> headers() {
        return headers;
    }

    /** {@return interceptors of this call, run after the configuration's} */
    public List<ScpInterceptor> interceptors() {
        return interceptors;
    }

    /** Header values are left out: a header may carry a token. */
    @Override
    public String toString() {
        return "ScpRequestOverrides[requestTimeout=" + requestTimeout + ", retryPolicy=" + retryPolicy
                + ", headers=" + headers.keySet() + ", interceptors=" + interceptors.size() + "]";
    }

    /** Collects the overrides of a call. */
    public static final class Builder {
        private Duration requestTimeout;
        private RetryPolicy retryPolicy;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final List<ScpInterceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        /**
         * How long each attempt of the call may take, from sending to the last byte of the response body.
         *
         * @param requestTimeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder requestTimeout(Duration requestTimeout) {
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (requestTimeout.isZero() || requestTimeout.isNegative()) {
                throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
            }
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * When the call is repeated, e.g. {@link RetryPolicy#none()} for a call that must not be.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sends a header with every attempt of the call, replacing an earlier value of the same name here and a
         * header of the same name the request itself sets.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException right away, naming the header, for an invalid name, a value with CR, LF or
         *     NUL, a header the HTTP client controls ({@code Host}, {@code Content-Length}, {@code Connection}...) or
         *     one the SDK computes (the signing headers, {@code Scp-Api-Version})
         */
        public Builder putHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            HeaderValues.requireSettable(name, Objects.requireNonNull(value, "value"));
            headers.put(name, value);
            return this;
        }

        /**
         * Adds an interceptor of this call only; it runs after the configuration's and earlier added ones.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder addInterceptor(ScpInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** {@return the overrides} */
        public ScpRequestOverrides build() {
            return new ScpRequestOverrides(this);
        }
    }
}
