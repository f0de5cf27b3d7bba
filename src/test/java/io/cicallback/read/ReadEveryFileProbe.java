package io.cicallback.read;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.JsonCallbackValidator;
import io.cicallback.validate.XmlCallbackValidator;
import io.cicallback.validate.ValidationMode;
import io.cicallback.write.CallbackWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link OrgJsonVariantsIT}: reads every file named, in both modes, and validates it with
 * the validator of record of its format, and prints one line per read with its outcome and a digest of the model
 * or the findings, and one per validation, so that two classpaths can be compared line for line. Uses the public
 * API only.
 */
public final class ReadEveryFileProbe {

    private ReadEveryFileProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (var mode : ValidationMode.values()) {
            var reader = CallbackReader.builder().mode(mode).build();
            for (var name : args) {
                var body = Files.readAllBytes(Path.of(name));
                String outcome;
                try {
                    var result = reader.read(body, null);
                    outcome = result.format() + " accepted " + CallbackWriter.toJson(result.callback()).hashCode()
                            + " " + result.findings().size();
                } catch (CallbackRejectedException e) {
                    outcome = "rejected " + e.errors().stream().map(f -> f.kind() + "@" + f.path()).toList();
                }
                System.out.println(Path.of(name).getFileName() + " " + mode + " " + outcome);
                // The validators of record, which run everit (and its org.json) on JSON.
                var report = name.endsWith(".json") ? new JsonCallbackValidator().validate(body, mode)
                        : new XmlCallbackValidator().validate(body, mode);
                System.out.println(Path.of(name).getFileName() + " " + mode + " validated "
                        + (report.accepted() ? "accepted " : "rejected ") + report.findings().size());
            }
        }
    }
}
