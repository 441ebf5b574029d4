// The reverse direction: the old snapshot is the committed spec of all five pages, the new one the reference page.
def docs = new File(basedir, 'src/main/scp-docs')
docs.mkdirs()
new File(docs, 'virtualserver-api-reference-print-1.1.txt').bytes =
        new File(seedDocs, 'virtualserver-api-reference-print-1.1.txt').bytes
new File(basedir, 'virtualserver.json').bytes = new File(seedDocs, '../../virtualserver.json').bytes
return true
