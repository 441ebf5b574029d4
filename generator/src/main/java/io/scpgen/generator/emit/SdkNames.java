package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.ServiceSpec;

/** The names of the generated SDK's packages and classes, in one place. */
public final class SdkNames {

    private final String basePackage;
    private final String service;
    private final String servicePackage;
    private final boolean regional;
    private final String serviceTitle;
    private final String serviceClass;

    public SdkNames(String basePackage, ServiceSpec spec) {
        this.basePackage = basePackage;
        this.service = spec.name();
        this.servicePackage = basePackage + "." + JavaNames.servicePackage(spec.name());
        this.regional = spec.regional();
        this.serviceTitle = spec.title() != null ? spec.title() : spec.name();
        this.serviceClass = JavaNames.upperCamel(serviceTitle);
    }

    /** The service as the docs title it ({@code Virtual Server}), else its name. */
    public String serviceTitle() {
        return serviceTitle;
    }

    /** The service id as {@code Scp-Api-Version} and the endpoint host use it ({@code direct-connect}). */
    public String serviceName() {
        return service;
    }

    /** Whether the service's endpoint has a region: {@link ServiceSpec#regional()}. */
    public boolean regional() {
        return regional;
    }

    /** {@code io.scpgen.scp.virtualserver}, {@code io.scpgen.scp.directconnect}: the service's own package. */
    public String servicePackage() {
        return servicePackage;
    }

    /** {@code io.scpgen.scp.virtualserver.model}. */
    public String modelPackage() {
        return servicePackage + ".model";
    }

    /** {@code io.scpgen.scp.virtualserver.v1_3}. */
    public String versionPackage(String version) {
        return servicePackage + "." + JavaNames.versionPackage(version);
    }

    /** The package of a client's classes: the version's, or the service's own for the current client (null). */
    private String clientPackage(String version) {
        return version == null ? servicePackage : versionPackage(version);
    }

    /** {@code VirtualServerClient} (the current client, {@code version} null), {@code v1_3.VirtualServerClient}. */
    public ClassName client(String version) {
        return ClassName.get(clientPackage(version), serviceClass + "Client");
    }

    /** {@code ImagesApi} (the current client's), {@code v1_3.ImagesApi}. */
    public ClassName resourceApi(String version, String group) {
        return ClassName.get(clientPackage(version), JavaNames.upperCamel(group) + "Api");
    }

    /** {@code VirtualServerApiVersions}: the docs' version table, which every client's handler knows. */
    public ClassName apiVersions() {
        // bounded as a whole, as the other names: a long title must not give a long file name
        return ClassName.get(servicePackage, JavaNames.upperCamel(serviceTitle + " Api Versions"));
    }

    /** {@code io.scpgen.scp.virtualserver.request}: the request classes every client shares. */
    public String requestPackage() {
        return servicePackage + ".request";
    }

    /** {@code request.ListImagesRequest}, {@code request.ListImagesRequestV1Dot2} for {@code suffix} V1Dot2. */
    public ClassName request(Operation operation, String suffix) {
        return ClassName.get(requestPackage(), JavaNames.upperCamel(operation.id()) + "Request" + suffix);
    }

    /** {@code ImagesApiTest} (the current client's), {@code v1_3.ImagesApiTest}. */
    public ClassName resourceApiTest(String version, String group) {
        return ClassName.get(clientPackage(version), JavaNames.upperCamel(group) + "ApiTest");
    }

    /** {@code io.scpgen.scp.virtualserver.SdkTestSupport}: what every generated test shares. */
    public ClassName testSupport() {
        return ClassName.get(servicePackage, "SdkTestSupport");
    }

    /** The accessor of a resource group on the client: {@code images()}. */
    public static String groupAccessor(String group) {
        return JavaNames.lowerCamel(group);
    }

    /** The client method of an operation: {@code listImages}. */
    public static String operationMethod(Operation operation) {
        return JavaNames.lowerCamel(operation.id());
    }
}
