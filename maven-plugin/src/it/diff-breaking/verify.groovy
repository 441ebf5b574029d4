def log = new File(basedir, 'build.log').text

// 1.2 and 1.3 are gone: two service versions and three operations' two versions each
assert log.contains('8 breaking changes (failOnBreaking is on; the report is ')
assert log.contains('GET /v1/pending-images 1.3: version 1.3 removed')
assert log.contains('service 1.2: version 1.2 removed')
assert !log.contains('at io.scpgen')
// the report is written before the build fails
def report = new File(basedir, 'target/scpgen/diff.md').getText('UTF-8')
assert report.contains('| BREAKING | 8 |')
return true
