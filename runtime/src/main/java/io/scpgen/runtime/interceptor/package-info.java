/** Hooks into every call of a client: {@link io.scpgen.runtime.interceptor.ScpInterceptor} and what it sees. */
package io.scpgen.runtime.interceptor;
