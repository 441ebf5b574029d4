// The old snapshot is the reference page alone; the new one is all five seed pages.
def old = new File(basedir, 'src/old-docs')
def docs = new File(basedir, 'src/main/scp-docs')
[old, docs]*.mkdirs()
new File(old, 'virtualserver-api-reference-print-1.1.txt').bytes =
        new File(seedDocs, 'virtualserver-api-reference-print-1.1.txt').bytes
new File(seedDocs).listFiles().findAll { it.name.endsWith('.txt') }.each { page ->
    new File(docs, page.name).bytes = page.bytes
}
return true
