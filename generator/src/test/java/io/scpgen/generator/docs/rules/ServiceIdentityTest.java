package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three places a page names its service: the header's {@code OpenAPI URL}
 * (virtualserver-api-reference-print-1.1.txt line 21), the example request's {@code Scp-Api-Version}
 * (image-import-1.3.txt line 35) and the CLI command (cli-image-member-list-1.3.txt line 5).
 */
class ServiceIdentityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://virtualserver.{region}.{environment}.samsungsdscloud.com,   virtualserver",
        "https://direct-connect.{region}.{environment}.samsungsdscloud.com,  direct-connect",
        "https://baremetal-blockstorage.{region}.{environment}.samsungsdscloud.com, baremetal-blockstorage",
        "'  https://product.{environment}.samsungsdscloud.com  ',            product",  // a global service
        "https://dns.{region}.{environment}.samsungsdscloud.com/,            dns",
    })
    void theOpenApiUrlNamesTheServiceInItsHost(String line, String service) {
        assertThat(ServiceIdentity.fromOpenApiUrl(line)).contains(service);
    }

    @ParameterizedTest(name = "[{0}] names no service")
    @ValueSource(strings = {
        "https://virtualserver.kr-west1.e.samsungsdscloud.com",         // a real endpoint, not the template
        "OpenAPI URL",
        "https://{region}.{environment}.samsungsdscloud.com",          // no service label
        "see https://virtualserver.{region}.{environment}.samsungsdscloud.com for details",
    })
    void otherLinesAreNoOpenApiUrl(String line) {
        assertThat(ServiceIdentity.fromOpenApiUrl(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"Scp-Api-Version = virtualserver 1.3\"                                    | virtualserver",
        "\"Accept-Language = ko-KR\",\\n\"Scp-Api-Version = baremetal-blockstorage 1.0\" | baremetal-blockstorage",
        "Scp-Api-Version: direct-connect 1.0                                        | direct-connect",
        "\"scp-api-version = DNS 1.1\"                                              | dns",
    })
    void theExampleRequestHeaderNamesTheService(String text, String service) {
        assertThat(ServiceIdentity.fromApiVersionHeader(text.replace("\\n", "\n"))).contains(service);
    }

    @ParameterizedTest(name = "[{0}] names no service")
    @ValueSource(strings = {
        "\"Scp-Accesskey = 2sd2gg=2agbdSD26svcD\",",
        "\"Scp-Api-Version = virtualserver\"",            // no version: the line was cut
        "Scp-Api-Version",
    })
    void otherHeadersNameNoService(String text) {
        assertThat(ServiceIdentity.fromApiVersionHeader(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "scp-cli virtualserver image member list,  virtualserver",
        "scpcli filestorage volume list,           filestorage",
        "'scp-cli  direct-connect  list',          direct-connect",
    })
    void theCliCommandNamesTheServiceFirst(String command, String service) {
        assertThat(ServiceIdentity.fromCliCommand(command)).contains(service);
    }

    @ParameterizedTest(name = "[{0}] names no service")
    @ValueSource(strings = {"scp-cli", "scp-cli --help", "aws ec2 describe-instances"})
    void otherCommandsNameNoService(String command) {
        assertThat(ServiceIdentity.fromCliCommand(command)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anIdLongerThanADnsLabelNamesNoService() {
        String label63 = "a".repeat(63);

        assertThat(ServiceIdentity.fromApiVersionHeader("\"Scp-Api-Version = " + label63 + " 1.0\"")).contains(label63);
        assertThat(ServiceIdentity.fromApiVersionHeader("\"Scp-Api-Version = " + label63 + "a 1.0\"")).isEmpty();
        assertThat(ServiceIdentity.fromCliCommand("scp-cli " + "b".repeat(300) + " list")).isEmpty();
        assertThat(ServiceIdentity.fromOpenApiUrl("https://" + "c".repeat(64) + ".{region}.{environment}.x.com")).isEmpty();
    }
}
