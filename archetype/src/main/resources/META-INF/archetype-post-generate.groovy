// Only the Virtual Server pages are bundled with scpgen. For another service the project starts with an empty
// src/main/scp-docs/ (its README says how to fetch the pages) and without the Virtual Server program and its test,
// which would not compile against another service's SDK; their package folders stay, for the user's code.
import java.nio.file.Files
import java.nio.file.Paths

def project = Paths.get(request.outputDirectory, request.artifactId)
if (request.properties.getProperty('service') != 'virtualserver') {
    def docs = project.resolve('src/main/scp-docs')
    Files.walk(docs).withCloseable { it.sorted(Comparator.reverseOrder()).toList() }.findAll { it != docs }
            .each { Files.delete(it) }
    def packagePath = request.packageName.replace('.', '/')
    Files.delete(project.resolve("src/main/java/${packagePath}/ListImages.java"))
    Files.delete(project.resolve("src/test/java/${packagePath}/ListImagesTest.java"))
}
