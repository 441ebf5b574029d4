package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ApiVersion;

/** The service's API versions between snapshots: added, removed (BREAKING), or moved along their lifecycle. */
final class ApiVersionRules {

    private final DiffContext context;

    ApiVersionRules(DiffContext context) {
        this.context = context;
    }

    void betweenSnapshots() {
        for (Matched<ApiVersion> version : Matched.by(context.oldSpec().versions(), context.newSpec().versions(),
                ApiVersion::version, ApiVersion.VERSION_ORDER)) {
            if (version.old() == null) {
                String lifecycle = LifecycleRules.describe(version.now().lifecycle());
                context.report(ChangeKind.API_VERSION_ADDED, site(version.key(), null, version.key()), null, lifecycle,
                        "version " + version.key() + " added (" + lifecycle + ")");
            } else if (version.now() == null) {
                context.report(ChangeKind.API_VERSION_REMOVED, site(version.key(), version.key(), null),
                        LifecycleRules.describe(version.old().lifecycle()), null,
                        "version " + version.key() + " removed");
            } else {
                new LifecycleRules(context).compare(site(version.key(), version.key(), version.key()),
                        version.old().lifecycle(), version.now().lifecycle());
            }
        }
    }

    /** {@code versions[1.2]}: where a service-wide change to a version is. */
    static Site site(String version, String oldVersion, String newVersion) {
        return new Site(null, oldVersion, newVersion, "versions[" + version + "]");
    }
}
