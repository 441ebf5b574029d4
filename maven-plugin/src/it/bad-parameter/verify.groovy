def log = new File(basedir, 'build.log').text
assert log.contains('versions [9.9] not in the docs, which document [1.0, 1.1, 1.2, 1.3]')
assert !log.contains('at io.scpgen')
return true
