package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Versions the docs deprecate are {@code @Deprecated} in the SDK; the current one is not. */
class DeprecationTest {

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedVersionsClientsAreAnnotated() {
        assertThat(io.scpgen.scp.virtualserver.v1_0.VirtualServerClient.class.isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(io.scpgen.scp.virtualserver.v1_1.VirtualServerClient.class.isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(io.scpgen.scp.virtualserver.v1_2.VirtualServerClient.class.isAnnotationPresent(Deprecated.class))
                .isFalse();
        assertThat(io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.class.isAnnotationPresent(Deprecated.class))
                .isFalse();
    }

    @Test
    void eachClientSendsItsOwnVersion() {
        assertThat(io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.API_VERSION).isEqualTo("1.3");
        assertThat(io.scpgen.scp.virtualserver.v1_2.VirtualServerClient.API_VERSION).isEqualTo("1.2");
    }
}
