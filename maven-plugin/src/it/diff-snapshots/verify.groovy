def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/scpgen/diff.html')

// newer docs add versions and deprecate 1.1: nothing breaks, so failOnBreaking lets the build pass
assert log.contains('scpgen: diff 0 breaking, 113 warning, 19 info written to')
assert report.isFile()
def html = report.getText('UTF-8')
assert html.contains('<table class="summary" id="summary">')
assert html.contains('response ImageListResponse -&gt; ImageListResponseV1Dot2 (+ images[].scp_gpu_driver)')
return true
