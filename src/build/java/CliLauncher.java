import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step, after the command-line jar is assembled: the launcher {@code target/ci-callback} and the
 * class-data archive it starts the JVM with ({@code target/ci-callback-cli.jsa}, AppCDS), which spares a run
 * of the tool most of its class loading and verification. The archive is made by a training run of the jar,
 * {@code validate} over every example of every type (both formats: the readers and the validators of record),
 * in the JVM that builds, which is the one it serves: another JVM, or a changed jar, ignores it and starts
 * as {@code java -jar} does. The launcher also keeps the JVM to its first compiler tier, which a run of a
 * few seconds never outgrows.
 *
 * <p>Usage: {@code java CliLauncher.java TARGET_DIR SCHEMA_DIR}
 */
public final class CliLauncher {

    private static final String SCRIPT = """
            #!/bin/sh
            # ci-callback's command line (written by the build): the jar, with the class-data archive the build
            # made for it by a training run (start-up), on the JVM's first compiler tier (a short run). Another JVM
            # ignores the archive; `java -jar ci-callback-cli.jar` runs the same tool without either.
            dir=$(dirname "$0")
            exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:SharedArchiveFile="$dir/ci-callback-cli.jsa" -Xshare:auto \\
                -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar "$dir/ci-callback-cli.jar" "$@"
            """;

    public static void main(String[] args) throws Exception {
        var target = Path.of(args[0]);
        var schemas = Path.of(args[1]);
        var launcher = target.resolve("ci-callback");
        Files.writeString(launcher, SCRIPT);
        try {
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: run it with sh.
        }
        var archive = target.resolve("ci-callback-cli.jsa");
        Files.deleteIfExists(archive);
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", target.resolve("ci-callback-cli.jar").toString(), "validate"));
        try (Stream<Path> files = Files.walk(schemas)) {
            files.filter(f -> f.getParent().getFileName().toString().equals("examples"))
                    .filter(f -> f.toString().endsWith(".xml") || f.toString().endsWith(".json"))
                    .sorted().forEach(f -> command.add(f.toString()));
        }
        var process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the training run failed: " + command);
        }
        if (!Files.exists(archive)) {
            System.err.println("CliLauncher: this JVM made no class-data archive; the launcher runs without one");
        }
    }

    private CliLauncher() {
    }
}
