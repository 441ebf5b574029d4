package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/** One generated top-level type: its name and its JavaPoet spec. Each generated type has a class of its own. */
public interface ClassSpec {

    ClassName className();

    TypeSpec poetSpec();
}
