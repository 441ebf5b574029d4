def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'target/generated-sources/scpgen/com/example/scp/virtualserver')
def tests = new File(basedir, 'target/generated-test-sources/scpgen/com/example/scp/virtualserver')

// these pages carry no service header, so the client is named after the service their examples name
assert new File(sources, 'v1_3/VirtualserverClient.java').isFile()
assert new File(sources, 'v1_1/VirtualserverClient.java').isFile()
assert !new File(sources, 'v1_2').exists() : 'only the configured versions are generated'
assert new File(sources, 'model/ImageListResponseV1Dot2.java').isFile()
assert new File(sources, 'VirtualserverClient.java').isFile() : 'the current client'
assert new File(sources, 'request/GetPendingImagesRequest.java').isFile() : 'one request class for both versions'
assert !new File(sources, 'v1_3/GetPendingImagesRequest.java').exists()
assert new File(tests, 'v1_3/ImagesApiTest.java').isFile()
assert new File(basedir, 'target/classes/com/example/scp/virtualserver/v1_3/ImagesApi.class').isFile()

// the generated tests ran and passed: 3 operations in each of the two versions, and in the current client
def testsRun = (log =~ /(?m)Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0\s*$/).collect { it[1] as int }
assert testsRun.contains(9) : 'the 9 generated tests ran and passed'

// the second build found nothing to do and left the generated files alone
assert log.contains('docs and configuration unchanged since the last run') : 'second build is an up-to-date no-op'
return true
