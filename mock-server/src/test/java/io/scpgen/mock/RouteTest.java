package io.scpgen.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTest {

    private final Route any = Route.of("GET", "/");
    private final Route dns = Route.of("GET", "/").withService("dns");
    private final Route dns11 = Route.of("GET", "/").withApiVersion("dns 1.1");

    @Test
    void aServiceRouteMatchesAnyVersionOfItsServiceOrNone() {
        assertThat(dns.matches("GET", "/", "dns 1.1")).isTrue();
        assertThat(dns.matches("GET", "/", "dns")).isTrue();
        assertThat(dns.matches("GET", "/", " dns  1.0 ")).isTrue();
        assertThat(dns.matches("GET", "/", "dnssec 1.0")).isFalse();
        assertThat(dns.matches("GET", "/", "filestorage 1.0")).isFalse();
        assertThat(dns.matches("GET", "/", null)).isFalse();
        assertThat(dns.service()).contains("dns");
    }

    @Test
    void anExactVersionWinsOverItsServiceAndTheServiceOverNoRestriction() {
        assertThat(dns11.specificity()).isGreaterThan(dns.specificity());
        assertThat(dns.specificity()).isGreaterThan(any.specificity());
    }

    @Test
    void routesDifferingOnlyInServiceAreDifferentRoutes() {
        assertThat(dns).isNotEqualTo(any).isNotEqualTo(Route.of("GET", "/").withService("filestorage"))
                .isEqualTo(Route.of("GET", "/").withService("dns"))
                .hasSameHashCodeAs(Route.of("GET", "/").withService("dns"));
        assertThat(dns).hasToString("GET / [dns *]");
    }
}
