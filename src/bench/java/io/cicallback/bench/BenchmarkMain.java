package io.cicallback.bench;

import com.qcloud.cos.internal.Unmarshallers;
import com.qcloud.cos.model.ciModel.job.MediaJobResponse;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.ValidationMode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark command: runs {@link ReaderBenchmark} (JMH JSON to {@code target/benchmarks/results.json}, the
 * two-thread benchmark to {@code results-two-threads.json})
 * and {@link WorstCaseBenchmark} ({@code results-worst-case.json}), each in {@value #FORKS} forks, times
 * start-up in fresh JVMs, checks which values each anchor keeps, times Kafka consumers ({@link
 * KafkaThroughput}), and writes all of it with the ratios to the targets in {@code
 * target/benchmarks/results.md}. Everything is measured in this one run; the README says how long it takes.
 */
public final class BenchmarkMain {

    private static final int STARTUP_RUNS = 5;
    /** Separate JVMs per benchmark: one JVM's JIT decisions can put a read 30% off another's. */
    static final int FORKS = 2;
    /** Iterations at the start and end of a fork's measurement compared to show the warm-up was enough. */
    private static final int DRIFT_ITERATIONS = 3;

    /**
     * Long enough for the anchors too: pooled JAXB's compiled code settles after a few seconds of slower reads on
     * two cores, longer when the machine is busy, and a fork still in that phase measures the compiler.
     */
    private static final int WARM_UP_ITERATIONS = 20;
    private static final int TWO_THREAD_WARM_UP_ITERATIONS = 15;
    private static final String TWO_THREADS = "TwoThreads";
    /** Every example in turn: each pass reads dozens of shapes, which the JIT takes longer to settle on. */
    private static final int EVERY_EXAMPLE_WARM_UP_ITERATIONS = 40;
    private static final String EVERY_EXAMPLE = "EveryExample";

    private BenchmarkMain() {
    }

    /**
     * @param only     the reader benchmarks whose names end in this, or {@code null} for all the others
     * @param warmUps  warm-up iterations per fork
     */
    private static org.openjdk.jmh.runner.options.ChainedOptionsBuilder readerOptions(String only, int warmUps) {
        var options = new OptionsBuilder()
                .include(ReaderBenchmark.class.getSimpleName() + (only != null ? ".*" + only + "$" : ""))
                .forks(FORKS)
                .warmupIterations(warmUps).warmupTime(TimeValue.milliseconds(400))
                .measurementIterations(6).measurementTime(TimeValue.milliseconds(400))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .resultFormat(ResultFormatType.JSON);
        return only != null ? options : options.exclude(TWO_THREADS).exclude(EVERY_EXAMPLE);
    }

    public static void main(String[] args) throws Exception {
        var target = Path.of(args.length > 0 ? args[0] : "target");
        var out = Files.createDirectories(target.resolve("benchmarks"));
        var readerResults = new ArrayList<RunResult>(new Runner(readerOptions(null, WARM_UP_ITERATIONS)
                .result(out.resolve("results.json").toString()).build()).run());
        readerResults.addAll(new Runner(readerOptions(EVERY_EXAMPLE, EVERY_EXAMPLE_WARM_UP_ITERATIONS)
                .result(out.resolve("results-every-example.json").toString()).build()).run());
        // Two reading threads on two cores leave the JIT compiler little time: it gets a single-threaded warm-up
        // first (ReaderBenchmark.SingleThreadWarmUp), and a longer one, run apart.
        readerResults.addAll(new Runner(readerOptions(TWO_THREADS, TWO_THREAD_WARM_UP_ITERATIONS)
                .result(out.resolve("results-two-threads.json").toString()).build()).run());
        var scores = scores(readerResults);
        var worstCase = new Runner(new OptionsBuilder()
                .include(WorstCaseBenchmark.class.getSimpleName())
                .include(ParserCostBenchmark.class.getSimpleName())
                .forks(FORKS)
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(500))
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("results-worst-case.json").toString())
                .build()).run();

        var report = new StringBuilder();
        targetsTable(scores, startup(target), report);
        speedTable(scores, report);
        worstCaseTable(worstCase, report);
        correctnessTable(report);
        report.append(KafkaThroughput.table());
        Files.writeString(out.resolve("results.md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written: " + out.resolve("results.json") + ", " + out.resolve("results.md"));
    }

    /**
     * One benchmark's throughput: the median over all measurement iterations of all forks, each fork's median,
     * and the drift within forks (the median over forks of the last iterations' median over the first ones';
     * near 1.00 when the warm-up was long enough).
     */
    record Score(double median, List<Double> forkMedians, double drift) {
        double microsPerOp() {
            return 1e6 / median;
        }

        double forkMin() {
            return forkMedians.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        double forkMax() {
            return forkMedians.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    private static Map<String, Score> scores(Collection<RunResult> results) {
        var scores = new LinkedHashMap<String, Score>();
        for (var result : results) {
            var label = result.getParams().getBenchmark();
            var name = label.substring(label.lastIndexOf('.') + 1);
            var all = new ArrayList<Double>();
            var forkMedians = new ArrayList<Double>();
            var drifts = new ArrayList<Double>();
            for (var fork : result.getBenchmarkResults()) {
                var iterations = fork.getIterationResults().stream().map(i -> i.getPrimaryResult().getScore()).toList();
                all.addAll(iterations);
                forkMedians.add(median(iterations));
                drifts.add(median(iterations.subList(iterations.size() - DRIFT_ITERATIONS, iterations.size()))
                        / median(iterations.subList(0, DRIFT_ITERATIONS)));
            }
            scores.put(name, new Score(median(all), forkMedians, median(drifts)));
        }
        return scores;
    }

    private static void speedTable(Map<String, Score> scores, StringBuilder out) {
        var pooled = scores.get("jaxbUnmarshalPooled").median();
        out.append("## Speed (single thread unless named)\n\n");
        out.append("| Benchmark | µs/op (median) | fork medians, µs/op (min-max) | ops/s (median) | drift, last/first iterations | cost vs jaxbUnmarshalPooled |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        scores.forEach((name, score) -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f-%.1f | %,.0f | %.2f | %.2fx |%n",
                name, score.microsPerOp(), 1e6 / score.forkMax(), 1e6 / score.forkMin(), score.median(), score.drift(),
                pooled / score.median())));
        out.append(String.format(Locale.ROOT, "%nJMH throughput mode, %d forks per benchmark, each " + WARM_UP_ITERATIONS + " warm-up (" + EVERY_EXAMPLE_WARM_UP_ITERATIONS + " for the every-example ones, run apart; " + TWO_THREAD_WARM_UP_ITERATIONS + " for the two-thread one, run apart after 8 s of single-threaded reads) and 6 measurement "
                + "iterations of 400 ms, 1 GiB heap. Medians are over all measurement iterations of all forks; the "
                + "range is of the forks' own medians; drift compares the median of each fork's last %d measurement "
                + "iterations with its first %d (1.00: flat, so the warm-up was long enough). Cost is µs/op over "
                + "jaxbUnmarshalPooled's.%n%n", FORKS, DRIFT_ITERATIONS, DRIFT_ITERATIONS));
    }

    private static void targetsTable(Map<String, Score> s, Startup startup, StringBuilder out) {
        Function<String, Double> ops = name -> s.get(name).median();
        double perStreamSmall = 1 / ops.apply("readXmlStrict") / BenchInputs.SMALL_COUNT;
        double perStreamLargeXml = 1 / ops.apply("readXmlStrictLarge") / BenchInputs.LARGE_COUNT;
        double perStreamSmallJson = 1 / ops.apply("readJsonStrict") / BenchInputs.SMALL_COUNT;
        double perStreamLargeJson = 1 / ops.apply("readJsonStrictLarge") / BenchInputs.LARGE_COUNT;
        var single = s.get("readXmlStrict").forkMedians();
        var two = s.get("readXmlStrictTwoThreads").forkMedians();
        double lowestTwoThreads = Double.MAX_VALUE;
        for (int fork = 0; fork < Math.min(single.size(), two.size()); fork++) {
            lowestTwoThreads = Math.min(lowestTwoThreads, two.get(fork) / single.get(fork));
        }
        out.append("## Targets\n\n| Target | Measured | Goal | Met |\n|---|---:|---:|:-:|\n");
        row(out, "strict XML read / jaxbUnmarshalPooled (cost)", ops.apply("jaxbUnmarshalPooled") / ops.apply("readXmlStrict"), 1.5, true);
        row(out, "strict JSON read / jacksonDatabindOnly (cost)", ops.apply("jacksonDatabindOnly") / ops.apply("readJsonStrict"), 2.0, true);
        row(out, "strict XML read / jaxbUnmarshalPooled, Transcode sample (cost)",
                ops.apply("jaxbUnmarshalPooledTranscode") / ops.apply("readXmlStrictTranscode"), 1.5, true);
        row(out, "strict JSON read / jacksonDatabindOnly, Transcode sample (cost)",
                ops.apply("jacksonDatabindOnlyTranscode") / ops.apply("readJsonStrictTranscode"), 2.0, true);
        row(out, "strict XML read / jaxbUnmarshalPooled, every example in turn (cost)",
                ops.apply("jaxbUnmarshalPooledEveryExample") / ops.apply("readXmlStrictEveryExample"), 1.5, true);
        row(out, "strict JSON read / jacksonDatabindOnly, every example in turn (cost)",
                ops.apply("jacksonDatabindOnlyEveryExample") / ops.apply("readJsonStrictEveryExample"), 2.0, true);
        row(out, "lenient XML read with one unknown node / strict read without it (cost)",
                ops.apply("readXmlStrict") / ops.apply("readXmlLenientUnknownNode"), 1.3, true);
        row(out, "lenient JSON read with one unknown node / strict read without it (cost)",
                ops.apply("readJsonStrict") / ops.apply("readJsonLenientUnknownNode"), 1.3, true);
        row(out, "first XML read in a fresh JVM, ms from JVM start (median of " + STARTUP_RUNS + ")", startup.xml().sinceJvmStart(), 300, true);
        row(out, "first JSON read in a fresh JVM, ms from JVM start (median of " + STARTUP_RUNS + ")", startup.json().sinceJvmStart(), 300, true);
        row(out, "first write as JSON in a fresh JVM, after a first read, ms (the write alone)", startup.jsonWrite(), 300, true);
        row(out, "first write as XML in a fresh JVM, after a first read, ms (the write alone)", startup.xmlWrite(), 300, true);
        row(out, "heap a warmed reader keeps (grammar, pools) after reading every example, MiB", startup.keptMebibytes(), 16, true);
        row(out, "2 threads / 1 thread throughput (strict XML)", ops.apply("readXmlStrictTwoThreads") / ops.apply("readXmlStrict"), 1.7, false);
        out.append(String.format(Locale.ROOT, "%nThe two-thread ratio fork by fork (fork i of each benchmark): lowest %.2f."
                + " The JDK's SAX scan alone, pooled, on the same two threads: %.2f of its one-thread throughput"
                + " (what this machine's two cores give a parse that shares nothing).%n",
                lowestTwoThreads, ops.apply("saxScanPooledTwoThreads") / ops.apply("saxScanPooled")));
        out.append("\nXML tokenizers, the scan of the doc sample alone (for the choice of the reader's tokenizer;"
                + " goal: cheaper than the JDK's parser, which the reader uses):\n\n"
                + "| Target | Measured | Goal | Met |\n|---|---:|---:|:-:|\n");
        row(out, "Aalto's SAX scan / the JDK's SAX scan (cost)", ops.apply("scanXmlJdk") / ops.apply("scanXmlAalto"), 1.0, true);
        row(out, "Woodstox's SAX scan / the JDK's SAX scan (cost)", ops.apply("scanXmlJdk") / ops.apply("scanXmlWoodstox"), 1.0, true);
        row(out, "strict XML read / the JDK's SAX scan alone (cost: what the walk and the model add)",
                ops.apply("scanXmlJdk") / ops.apply("readXmlStrict"), 2.0, true);
        out.append("\nEarlier targets, kept:\n\n| Target | Measured | Goal | Met |\n|---|---:|---:|:-:|\n");
        row(out, "strict XML read / jaxbUnmarshalOnly, the cold anchor (cost)", ops.apply("jaxbUnmarshalOnly") / ops.apply("readXmlStrict"), 1.8, true);
        row(out, "tencentSdkParse cost / strict XML read cost", ops.apply("readXmlStrict") / ops.apply("tencentSdkParse"), 1.0, false);
        row(out, "large XML cost per stream / small", perStreamLargeXml / perStreamSmall, 1.3, true);
        row(out, "large JSON cost per stream / small", perStreamLargeJson / perStreamSmallJson, 1.3, true);
        row(out, "  first XML read, of which in main(), ms", startup.xml().inMain(), 300, true);
        row(out, "  first JSON read, of which in main(), ms", startup.json().inMain(), 300, true);
        row(out, "first XML read after `warmUp()`, ms (the read alone)", startup.xmlWarm().readAlone(), 10, true);
        row(out, "first JSON read after `warmUp()`, ms (the read alone)", startup.jsonWarm().readAlone(), 10, true);
        row(out, "`java -jar target/ci-callback-cli.jar validate` of one file, wall ms (median of " + STARTUP_RUNS + ")", startup.cliWallMillis(), 1000, true);
        row(out, "`target/ci-callback validate` of one file (the launcher: class-data archive, first compiler tier), "
                + "wall ms (median of " + STARTUP_RUNS + "); goal 2.5 x a bare JVM's start (" + String.format(Locale.ROOT,
                "%.0f", startup.bareJvmMillis()) + " ms, an empty main, this run) + 250 ms", startup.launcherWallMillis(),
                2.5 * startup.bareJvmMillis() + 250, true);
        out.append("\nEvery ratio is of medians from this run (cost: the anchor's ops/s over the reader's, i.e. how many "
                + "times the anchor's time per read the reader takes). The unknown-node rows read the doc sample with one "
                + "`NewField` added, leniently; the strict rows read it as published. Per-stream cost divides time per "
                + "read by the audio streams in the callback (" + BenchInputs.SMALL_COUNT + " small, "
                + BenchInputs.LARGE_COUNT + " large). Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ".\n\n");
    }

    /**
     * Time and allocation per read of each worst-case shape at 1 MiB and 4 MiB, from this run, with the
     * growth of time per MiB from the small body to the large one (1.00 is exactly linear).
     */
    private static void worstCaseTable(Collection<RunResult> results, StringBuilder out) {
        record Cell(double millis, double mebibytesAllocated) {
        }
        var cells = new LinkedHashMap<String, Map<Integer, Cell>>();
        for (var result : results) {
            var params = result.getParams();
            var format = params.getParam("format") != null ? params.getParam("format")
                    : io.cicallback.HostileShapes.byKey(params.getParam("shape")).format().name();
            var key = params.getParam("shape") + " (" + format + ")";
            var allocated = result.getSecondaryResults().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm")).mapToDouble(e -> e.getValue().getScore())
                    .findFirst().orElse(Double.NaN);
            cells.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(Integer.parseInt(params.getParam("mebibytes")),
                    new Cell(result.getPrimaryResult().getScore(), allocated / (1024 * 1024)));
        }
        out.append("## Worst cases within the default limits (lenient read, 256 MiB heap, " + FORKS + " forks)\n\n"
                + "| Shape | ms/read, 1 MiB body | ms/read, 4 MiB body | MiB allocated/read, 4 MiB body | growth of ms per MiB, 1 → 4 MiB | ≤ 500 ms and ≤ 64 MiB |\n"
                + "|---|---:|---:|---:|---:|:-:|\n");
        cells.forEach((shape, bySize) -> {
            var small = bySize.get(1);
            var large = bySize.get(4);
            double growth = large.millis() / 4 / small.millis();
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f | %s |%n", shape, small.millis(),
                    large.millis(), large.mebibytesAllocated(), growth,
                    large.millis() <= 500 && large.mebibytesAllocated() <= 64 ? "yes" : "**no**"));
        });
        out.append("\nShapes (the doc sample's rows are in the speed table): digitRun, one Duration "
                + "of millions of digits; exponents, every numeric leaf of up to 10,000 video streams `1E+2147483647` "
                + "(a number token in JSON); tinyRepeatedNodes, 10,000 empty streams and the rest unknown empty nodes; "
                + "allInvalidList, every numeric leaf of up to 10,000 streams malformed; outOfOrderAtEnd, valid streams to the "
                + "limit, every leaf bound, and in XML one stream out of the documented order at the very end; "
                + "elementNames, attributeNames, keys: unknown nodes, attributes or keys with as many distinct names as "
                + "the limit allows, repeated to fill the body; declarations: namespace declarations to the limit in scope "
                + "and every element and attribute prefixed; attributeValue, one attribute value as large as the body; "
                + "wideUnknownAtDepth, an unknown node nested to the depth limit holding small subtrees; longKeys, keys "
                + "of the longest length allowed. Average time over 3 half-second "
                + "iterations after 2 of warm-up in each of " + FORKS + " forks; allocation from JMH's GC profiler.\n\n");
    }

    private static void row(StringBuilder out, String what, double measured, double goal, boolean atMost) {
        boolean met = atMost ? measured <= goal : measured >= goal;
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %s %.2f | %s |%n", what, measured, atMost ? "≤" : "≥", goal,
                met ? "yes" : "**no**"));
    }

    /** First reads in fresh JVMs, per format, without and with {@code warmUp()}; the CLI's wall time. */
    record Startup(Probe xml, Probe json, Probe xmlWarm, Probe jsonWarm, double cliWallMillis,
                   double launcherWallMillis, double bareJvmMillis, double jsonWrite, double xmlWrite,
                   double keptMebibytes) {
    }

    /** Medians of one probe: ms from JVM start and from main to the end of the first read, and the read. */
    record Probe(double sinceJvmStart, double inMain, double readAlone) {
    }

    private static Startup startup(Path target) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var cli = new ArrayList<Double>();
        var launcher = new ArrayList<Double>();
        var bare = new ArrayList<Double>();
        for (int i = 0; i < STARTUP_RUNS; i++) {
            cli.add(run(List.of(java, "-jar", target.resolve("ci-callback-cli.jar").toString(), "validate",
                    BenchInputs.XML.toString())).millis());
            launcher.add(run(List.of("sh", target.resolve("ci-callback").toString(), "validate",
                    BenchInputs.XML.toString())).millis());
            bare.add(run(List.of(java, "-cp", target.resolve("test-classes").toString(), BareJvm.class.getName()))
                    .millis());
        }
        var jsonWrite = new ArrayList<Double>();
        var xmlWrite = new ArrayList<Double>();
        var kept = new ArrayList<Double>();
        var classpath = target.resolve("ci-callback-cli.jar") + File.pathSeparator + target.resolve("test-classes");
        for (int i = 0; i < STARTUP_RUNS; i++) {
            jsonWrite.add(Double.parseDouble(run(List.of(java, "-cp", classpath, FirstWriteProbe.class.getName(),
                    BenchInputs.XML.toString(), "json")).out().strip()));
            xmlWrite.add(Double.parseDouble(run(List.of(java, "-cp", classpath, FirstWriteProbe.class.getName(),
                    BenchInputs.JSON.toString(), "xml")).out().strip()));
            kept.add(Double.parseDouble(run(List.of(java, "-cp", classpath, KeptHeapProbe.class.getName()))
                    .out().strip()));
        }
        return new Startup(probe(java, target, BenchInputs.XML, false), probe(java, target, BenchInputs.JSON, false),
                probe(java, target, BenchInputs.XML, true), probe(java, target, BenchInputs.JSON, true), median(cli),
                median(launcher), median(bare), median(jsonWrite), median(xmlWrite), median(kept));
    }

    private static Probe probe(String java, Path target, Path sample, boolean warmUp)
            throws IOException, InterruptedException {
        var sinceStart = new ArrayList<Double>();
        var inMain = new ArrayList<Double>();
        var alone = new ArrayList<Double>();
        // What a user's application has: the library and its dependencies (all in the CLI jar), no JMH.
        var classpath = target.resolve("ci-callback-cli.jar") + File.pathSeparator + target.resolve("test-classes");
        for (int i = 0; i < STARTUP_RUNS; i++) {
            var command = new ArrayList<>(List.of(java, "-cp", classpath, FirstReadProbe.class.getName(), sample.toString()));
            if (warmUp) {
                command.add("--warm-up");
            }
            var parts = run(command).out().strip().split(" ");
            sinceStart.add(Double.parseDouble(parts[0]));
            inMain.add(Double.parseDouble(parts[1]));
            alone.add(Double.parseDouble(parts[2]));
        }
        return new Probe(median(sinceStart), median(inMain), median(alone));
    }

    record Process(String out, double millis) {
    }

    private static Process run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + out);
        }
        return new Process(out, (System.nanoTime() - start) / 1e6);
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Which values of the two-stream workflow sample each way of reading it keeps. */
    private static void correctnessTable(StringBuilder out) throws Exception {
        var xml = BenchInputs.xml();
        var ours = (TaskFinishCallback) CallbackReader.builder().mode(ValidationMode.STRICT).build().read(xml, null).callback();
        var jaxb = (CallbackEnvelope) Bindings.jaxbContext().createUnmarshaller().unmarshal(new ByteArrayInputStream(xml));
        MediaJobResponse sdk = new Unmarshallers.JobUnmarshaller().unmarshall(new ByteArrayInputStream(xml));

        out.append("## What each keeps of the doc's two-stream workflow sample (doc-en-workflow.xml)\n\n");
        out.append("| Value | In the sample | ci-callback (readXmlStrict) | jaxbUnmarshalOnly | tencentSdkParse |\n");
        out.append("|---|---|---|---|---|\n");
        var ourJob = ours.getJobs().get(0);
        var jaxbJob = jaxb.getJobs().get(0);
        var sdkJob = sdk.getJobsDetail();
        var sdkOp = sdkJob.getOperation();
        var sdkOutput = sdkOp.getMediaResult().getOutputFile();
        correctRow(out, "Audio streams", "2", audio(ourJob), audio(jaxbJob),
                sdkOp.getMediaInfo().getStream().getAudio() == null ? "0" : "1 (one field)");
        correctRow(out, "Md5Info entries", "2", md5(ourJob), md5(jaxbJob), sdkOutput.getMd5Info() == null ? "0" : "1 (one field)");
        correctRow(out, "ObjectName entries", "2", names(ourJob), names(jaxbJob),
                sdkOutput.getObjectNames() == null ? "0" : String.valueOf(sdkOutput.getObjectNames().size()));
        correctRow(out, "Input.CosHeaders", "4", String.valueOf(ourJob.getInput().getCosHeaders().size()),
                String.valueOf(jaxbJob.getInput().getCosHeaders().size()), "no such field");
        correctRow(out, "Workflow", "present", ourJob.getWorkflow() == null ? "absent" : "present",
                jaxbJob.getWorkflow() == null ? "absent" : "present", "no such field");
        correctRow(out, "Format.Bitrate text", "128.147000", ourJob.getOperation().getMediaInfo().getFormat().getBitrate().text(),
                jaxbJob.getOperation().getMediaInfo().getFormat().getBitrate().text(),
                sdkOp.getMediaInfo().getFormat().getBitrate());
        correctRow(out, "Typed values", "-", "Long, CallbackDecimal, CallbackTime", "Long, CallbackDecimal, CallbackTime", "all String");
        correctRow(out, "Validated, findings", "-", "yes", "no", "no");
        out.append("\njacksonDatabindOnly binds the JSON form to the generated POJOs, which keep every value as text; "
                + "saxScanOnly binds nothing.\n");
    }

    private static String audio(io.cicallback.model.Job job) {
        return String.valueOf(job.getOperation().getMediaInfo().getStream().getAudioStreams().size());
    }

    private static String md5(io.cicallback.model.Job job) {
        return String.valueOf(job.getOperation().getMediaResult().getOutputFile().getMd5Infos().size());
    }

    private static String names(io.cicallback.model.Job job) {
        return String.valueOf(job.getOperation().getMediaResult().getOutputFile().getObjectNames().size());
    }

    private static void correctRow(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
