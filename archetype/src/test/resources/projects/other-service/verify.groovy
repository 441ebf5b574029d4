// A service whose pages scpgen does not bundle: the project starts with an empty docs folder and a README saying
// how to fetch the pages, and its build stops at generate-sources saying the same.
def project = context.projectDir as File
def log = new File(project, 'build.log').text

def docs = new File(project, 'src/main/scp-docs')
assert docs.isDirectory() && docs.list().length == 0
assert !new File(project, 'src/main/java/com/example/network/ListImages.java').exists()
assert !new File(project, 'src/test/java/com/example/network/ListImagesTest.java').exists()

def readme = new File(project, 'README.md').text
assert readme.contains('scpgen.jar fetch --out src/main/scp-docs/site')
assert readme.contains('/apireference/<category>/direct-connect/_print/')
assert readme.contains('`com.example.network.directconnect.<Title>Client`')
assert new File(project, 'pom.xml').text.contains('<service>direct-connect</service>')

assert log.contains('docsDirectory ' + docs.absolutePath + ': no doc page found (no .txt, .md, .html or .htm file):'
        + " fetch the service's pages first, with scpgen fetch --url <the service's doc page> --out <the docs folder>")
assert log.contains('BUILD FAILURE')
// a user error, not a crash (the IT runs Maven with -e, so the trace is in the log; a user sees the line above)
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: docsDirectory ')
return true
