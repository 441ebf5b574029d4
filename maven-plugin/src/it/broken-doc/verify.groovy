def log = new File(basedir, 'build.log').text
// the failure names the file, the line and what was expected, and no stack trace of ours is shown
assert log.contains("things.txt:9: error: unknown schema 'integr' for 'limit': expected")
assert log.contains('have errors (strict is on)')
assert !log.contains('at io.scpgen')
assert !new File(basedir, 'target/generated-sources/scpgen').exists()
return true
