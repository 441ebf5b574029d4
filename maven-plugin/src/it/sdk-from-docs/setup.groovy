// The project's docs are a copy of some of the seed pages: the three newer endpoint pages, which have no service
// header: their service is named only by their example requests' "Scp-Api-Version = virtualserver 1.3".
def docs = new File(basedir, 'src/main/scp-docs')
docs.mkdirs()
['pending-images-list-1.3.txt', 'image-members-list-1.3.txt', 'image-import-1.3.txt'].each { name ->
    new File(docs, name).bytes = new File(seedDocs, name).bytes
}
return true
