package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code versions} goal against the docs mock serving the seed docs' version list with a version added (1.4, as
 * after a release): it logs the same table as {@code scpgen versions} and fails only with {@code failOnStale}.
 */
class VersionsMojoTest {

    private static final Path SEED = Path.of(System.getProperty("scpgen.projectRoot", ".."))
            .resolve("spec/docs/virtualserver");

    @TempDir
    Path home;

    private final List<String> logged = new ArrayList<>();
    private MockScpServer live;

    @BeforeEach
    void startTheLiveServiceWithAVersionTheDocsLack() {
        ObjectNode spec = SpecJson.mapper().valueToTree(SpecFromDocs.withAllReaders().load(List.of(SEED), null)
                .specs().get(0));
        ((ArrayNode) spec.path("versions")).addObject().put("version", "1.4").put("status", "CURRENT");
        live = DocsMock.start(spec);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private VersionsMojo mojo() {
        VersionsMojo mojo = new VersionsMojo();
        mojo.docsDirectory = SEED.toFile();
        mojo.endpoint = live.baseUri().toString();
        mojo.environment = Map.of("SCP_ACCESS_KEY", DocsMock.CREDENTIALS.accessKey(),
                "SCP_SECRET_KEY", DocsMock.CREDENTIALS.secretKey())::get;
        mojo.home = home;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                logged.add("INFO " + line);
            }

            @Override
            public void warn(CharSequence line) {
                logged.add("WARN " + line);
            }
        });
        return mojo;
    }

    @Test
    void staleDocsAreLoggedAsWarningsWithoutFailingByDefault() throws Exception {
        mojo().execute();

        assertThat(logged).contains("WARN   1.4      -           -           CURRENT     -",
                "WARN stale: virtualserver 1.4 is CURRENT live and not in the docs");
    }

    @Test
    void failOnStaleFailsTheBuildNamingTheVersion() {
        VersionsMojo mojo = mojo();
        mojo.failOnStale = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "the docs are stale (failOnStale is on):\nvirtualserver 1.4 is CURRENT live and not in the docs");
        assertThat(logged).contains("WARN stale: virtualserver 1.4 is CURRENT live and not in the docs");
    }

    @Test
    void withoutAnEndpointOrConfigurationTheDocsAreListedAndTheBuildPasses() throws Exception {
        VersionsMojo mojo = mojo();
        mojo.endpoint = null;
        mojo.environment = name -> null;
        mojo.failOnStale = true;

        mojo.execute();

        assertThat(logged).containsSubsequence("INFO virtualserver: docs only (no endpoint given or configured:"
                + " SCP_ENDPOINT_URL, SCP_REGION and SCP_ENVIRONMENT, or ~/.scpconf/config.json)",
                "INFO   version  docs        until",
                "INFO   1.3      CURRENT     -");
        assertThat(logged).noneMatch(line -> line.contains("stale"));
    }

    @Test
    void aBadEndpointFailsWithOneLine() {
        VersionsMojo mojo = mojo();
        mojo.endpoint = "not a url";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("no versions compared: endpoint 'not a url' is not an http or https URL such as"
                        + " https://virtualserver.kr-west1.e.samsungsdscloud.com");
    }
}
