// The project the README's quick start makes: built offline (settings of the IT), its test passes against the docs
// mock.
def project = context.projectDir as File
def log = new File(project, 'build.log').text
def root = project.toPath().toAbsolutePath()
while (!root.resolve('spec/docs/virtualserver').toFile().isDirectory()) {
    root = root.parent
}

// the bundled pages, byte for byte (not passed through Velocity)
def seed = root.resolve('spec/docs/virtualserver').toFile()
def bundled = seed.listFiles().collect { it.name }.sort()
def copied = new File(project, 'src/main/scp-docs').listFiles().collect { it.name }.sort()
assert copied == bundled
bundled.each { name -> assert new File(project, "src/main/scp-docs/$name").bytes == new File(seed, name).bytes }

// the pom leaves no placeholder
def pom = new File(project, 'pom.xml').text
assert !(pom =~ /@[\w.-]+@/) && !pom.contains('${groupId}') && !pom.contains('${package}')
assert pom.contains('<service>virtualserver</service>')

assert new File(project, 'src/main/java/com/example/images/ListImages.java').isFile()
def sdk = new File(project, 'target/generated-sources/scpgen/com/example/images/virtualserver')
assert new File(sdk, 'VirtualServerClient.java').isFile()
assert new File(project, 'target/scpgen/virtualserver.json').isFile()

// the README's quick start is this project's command: the same properties, this build's versions
def quickStart = root.resolve('README.md').toFile().getText('UTF-8')
        .find(/(?s)## Quick start.*?```sh\n(.*?)```/) { all, block -> block }
def given = [:]
(quickStart =~ /-D([\w.]+)=(\S+)/).each { option -> given[option[1]] = option[2] }
def properties = new Properties()
new File(basedir, 'archetype.properties').withInputStream { properties.load(it) }
properties.each { key, value -> assert key == 'version' || given[key] == value }
assert given.archetypeGroupId == 'io.scpgen' && given.archetypeArtifactId == 'scpgen-archetype'
assert pom.contains("<scpgen.version>${given.archetypeVersion}</scpgen.version>")
def rootPom = root.resolve('pom.xml').toFile().text
assert quickStart.contains("maven-archetype-plugin:${(rootPom =~ /<maven-archetype.version>(.+?)</)[0][1]}:generate")
assert quickStart.contains("cd ${properties.artifactId}\nmvn verify")

// ListImagesTest ran and passed: the only test, the SDK's generated tests are off
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [\d.]+ s -- in [\w.]+ListImagesTest/
assert log =~ /(?m)Tests run: 1, Failures: 0, Errors: 0, Skipped: 0\s*$/
assert log.contains('BUILD SUCCESS')
return true
