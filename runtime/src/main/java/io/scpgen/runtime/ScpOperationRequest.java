package io.scpgen.runtime;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The base of every generated request class: the call's {@link ScpRequestOverrides}, beside its parameters. The
 * overrides configure the call, they are not its parameters: they take no part in a request's {@code equals},
 * {@code hashCode} or {@code toString}.
 */
public abstract class ScpOperationRequest {
    private final ScpRequestOverrides overrides;

    /**
     * A request with these overrides.
     *
     * @param overrides the call's overrides; {@code null} for none
     */
    protected ScpOperationRequest(ScpRequestOverrides overrides) {
        this.overrides = overrides == null ? ScpRequestOverrides.none() : overrides;
    }

    /** {@return what this call changes of its client's configuration; {@link ScpRequestOverrides#none()} if nothing} */
    public final ScpRequestOverrides overrideConfiguration() {
        return overrides;
    }

    /**
     * Starts the runtime request of this operation, named and carrying this request's overrides: the generated
     * {@code toScpRequest} adds the version and the parameters.
     *
     * @param operationName the generated client's method, e.g. {@code listImages}
     * @param method the HTTP method
     * @param pathTemplate the documented path, e.g. {@code /v1/images/{image_id}}
     * @param responseType the class the response is read into
     * @param <T> the response's type
     * @return the runtime request's builder
     */
    protected final <T> ScpRequest.Builder<T> scpRequest(String operationName, HttpMethod method, String pathTemplate,
                                                         Class<T> responseType) {
        return ScpRequest.builder(method, pathTemplate, responseType).operationName(operationName).overrides(overrides);
    }

    /**
     * The base of every generated request builder.
     *
     * @param <B> the generated builder itself, which the setters here return
     */
    public abstract static class Builder<B extends Builder<B>> {
        private ScpRequestOverrides overrides = ScpRequestOverrides.none();

        /** A builder without overrides. */
        protected Builder() {
        }

        /**
         * Sets the call's overrides, replacing earlier ones.
         *
         * @param overrides the overrides
         * @return this builder
         */
        public final B overrideConfiguration(ScpRequestOverrides overrides) {
            this.overrides = Objects.requireNonNull(overrides, "overrides");
            return self();
        }

        /**
         * Changes the call's overrides, starting from those set so far:
         * {@code .overrideConfiguration(o -> o.requestTimeout(Duration.ofSeconds(5)))}.
         *
         * @param change what to change
         * @return this builder
         */
        public final B overrideConfiguration(Consumer<ScpRequestOverrides.Builder> change) {
            ScpRequestOverrides.Builder builder = overrides.toBuilder();
            change.accept(builder);
            this.overrides = builder.build();
            return self();
        }

        /** {@return the overrides set so far, for the generated {@code build()}} */
        protected final ScpRequestOverrides overrideConfiguration() {
            return overrides;
        }

        // B is this builder's own class by the type parameter's contract: generated builders need no self()
        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
