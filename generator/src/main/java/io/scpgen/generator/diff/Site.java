package io.scpgen.generator.diff;

/**
 * Where a change is: the operation, the versions compared and a JSON path inside them.
 *
 * @param operation null for the service as a whole
 */
record Site(String operation, String oldVersion, String newVersion, String path) {

    static Site of(String operation, String oldVersion, String newVersion) {
        return new Site(operation, oldVersion, newVersion, "");
    }

    /** The member {@code name} of this place: {@code responses} then {@code responses.200}. */
    Site at(String name) {
        return new Site(operation, oldVersion, newVersion, path.isEmpty() ? name : path + "." + name);
    }

    /** The elements of the array at this place: {@code images[]}. */
    Site items() {
        return new Site(operation, oldVersion, newVersion, path + "[]");
    }

    /** The values of the map at this place: {@code labels{}}. */
    Site values() {
        return new Site(operation, oldVersion, newVersion, path + "{}");
    }

    /** The same versions and operation with a path counted from here, for changes summarized inside another one. */
    Site relative() {
        return new Site(operation, oldVersion, newVersion, "");
    }
}
