package io.cicallback.cli;

import io.cicallback.model.AudioStream;
import io.cicallback.model.Job;
import io.cicallback.model.MediaFormat;
import io.cicallback.model.SubtitleStream;
import io.cicallback.model.VideoStream;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.value.CallbackTime;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.Comparator;
import java.lang.reflect.Method;
import io.cicallback.model.Operation;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.model.WorkflowExecution;
import io.cicallback.model.WorkflowFinishCallback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code inspect [--strict] [--format xml|json] FILE...}: a short human summary per job. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarises each callback: each job (identity, state, input, timings, media, outputs, the job type's own settings and results, workflow), or the workflow run and its tasks.",
                "Reads leniently unless --strict; findings go to standard error. Exit 0, 1 when one is rejected, 2 when one is unreadable."})
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Mixin
    ReadOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Callback files; - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        var io = main.io;
        var reader = options.reader();
        return Inputs.forEach(files, io, input -> {
            var name = input.name();
            try {
                var result = Inputs.readCallback(reader, input, options.format);
                Inputs.print(io.err(), name, result.format(), result.findings());
                if (result.callback() instanceof WorkflowFinishCallback run) {
                    io.out().println(DisplayText.escape(name) + ": WorkflowFinish (" + result.format() + ")");
                    summarise(run.getWorkflowExecution(), io.out());
                    return CliMain.OK;
                }
                var jobs = ((TaskFinishCallback) result.callback()).getJobs();
                io.out().println(DisplayText.escape(name) + ": TaskFinish, "
                        + ValidateCommand.plural(jobs.size(), "job") + " (" + result.format() + ")");
                jobs.forEach(job -> summarise(job, io.out()));
                return CliMain.OK;
            } catch (CallbackRejectedException e) {
                Inputs.print(io.err(), name, Inputs.formatOf(input, options.format), e.findings());
                io.err().println(DisplayText.escape(name) + ": rejected");
                return CliMain.REJECTED;
            }
        });
    }

    private static void summarise(Job job, PrintStream out) {
        out.println();
        out.println("Job " + DisplayText.escape(job.getJobId()));
        row(out, "Tag", job.getRawTag());
        var failed = !job.succeeded();
        row(out, "State", job.getRawState() + (failed && (job.getCode() != null || job.getMessage() != null)
                ? " (code " + job.getCode() + (job.getMessage() == null ? "" : ": " + job.getMessage()) + ")" : ""));
        if (job.getInput() != null) {
            var in = job.getInput();
            row(out, "Input", joined(" / ", in.getRegion(), in.getBucketId(), in.getObject()));
            in.getCosHeaders().forEach(h -> row(out, "  header", h.getKey() + ": " + h.getValue()));
        }
        row(out, "Created", text(job.getCreationTime()));
        row(out, "Started", text(job.getStartTime()));
        row(out, "Ended", text(job.getEndTime()));
        row(out, "Queued for", between(job.getCreationTime(), job.getStartTime()));
        row(out, "Ran for", between(job.getStartTime(), job.getEndTime()));
        var operation = job.getOperation();
        if (operation != null) {
            row(out, "Template", joined(" ", operation.getTemplateName(),
                    operation.getTemplateId() == null ? null : "(" + operation.getTemplateId() + ")"));
            typeSpecific(operation, out);
            if (operation.getMediaInfo() != null) {
                var media = operation.getMediaInfo();
                row(out, "Media", format(media.getFormat()));
                if (media.getStream() != null) {
                    var streams = new ArrayList<String>();
                    media.getStream().getAudioStreams().forEach(a -> streams.add(audio(a)));
                    media.getStream().getVideoStreams().forEach(v -> streams.add(video(v)));
                    media.getStream().getSubtitleStreams().forEach(s -> streams.add(subtitle(s)));
                    streams.forEach(s -> row(out, "  stream", s));
                }
            }
            if (operation.getMediaResult() != null && operation.getMediaResult().getOutputFile() != null) {
                var output = operation.getMediaResult().getOutputFile();
                row(out, "Output", joined(" / ", output.getRegion(), output.getBucket()));
                var md5ByName = output.getMd5Infos().stream().filter(m -> m.getObjectName() != null)
                        .collect(Collectors.toMap(m -> m.getObjectName(), m -> Objects.toString(m.getMd5(), "?"), (a, b) -> a));
                output.getObjectNames().forEach(name ->
                        row(out, "  object", name + (md5ByName.containsKey(name) ? "  md5 " + md5ByName.get(name) : "")));
            } else if (operation.getOutput() != null) {
                var output = operation.getOutput();
                row(out, "Output to", joined(" / ", output.getRegion(), output.getBucket(),
                        joined(", ", output.getAuObject(), output.getObject())));
            }
            row(out, "User data", operation.getUserData());
        }
        if (job.getWorkflow() != null) {
            var wf = job.getWorkflow();
            row(out, "Workflow", joined(" ", wf.getWorkflowName(), wf.getWorkflowId() == null ? null : "(" + wf.getWorkflowId() + ")",
                    wf.getRunId() == null ? null : "run " + wf.getRunId(), wf.getName() == null ? null : "node " + wf.getName()));
        }
    }

    /** Nodes of Operation every job type has, which {@link #summarise(Job, PrintStream)} prints in its own rows. */
    private static final Set<String> SHARED_OPERATION_NODES = Set.of("getTemplateId", "getTemplateName",
            "getMediaInfo", "getMediaResult", "getOutput", "getUserData");

    /**
     * Prints the job type's own settings and results, whichever the type: every other node of Operation that
     * is present, one row each, in the model's readable form.
     */
    private static void typeSpecific(Operation operation, PrintStream out) {
        Stream.of(Operation.class.getMethods())
                .filter(m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                        && m.getDeclaringClass() == Operation.class && !SHARED_OPERATION_NODES.contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .forEach(getter -> {
                    Object value;
                    try {
                        value = getter.invoke(operation);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + getter, e);
                    }
                    if (value != null && !(value instanceof Collection<?> list && list.isEmpty())) {
                        row(out, getter.getName().substring(3), value.toString());
                    }
                });
    }

    private static void summarise(WorkflowExecution run, PrintStream out) {
        out.println();
        out.println("Run " + DisplayText.escape(String.valueOf(run.getRunId())));
        row(out, "Workflow", joined(" ", run.getWorkflowName(),
                run.getWorkflowId() == null ? null : "(" + run.getWorkflowId() + ")"));
        row(out, "State", run.getState());
        row(out, "Input", joined(" / ", run.getBucketId(), run.getObject()));
        run.getCosHeaders().forEach(h -> row(out, "  header", h.getKey() + ": " + h.getValue()));
        row(out, "Created", text(run.getCreateTime()));
        for (var task : run.getTasks()) {
            row(out, "Task", joined(" ", task.getType(), task.getState(),
                    task.getJobId() == null ? null : "job " + task.getJobId(),
                    task.getName() == null ? null : "node " + task.getName()));
            row(out, "  ran", joined(" to ", text(task.getStartTime() == null ? task.getCreateTime() : task.getStartTime()),
                    text(task.getEndTime())));
            var results = task.getResultInfo();
            if (results != null) {
                results.getObjectInfo().forEach(o -> row(out, "  object", o.getObjectName()));
                results.getSpriteObjectInfo().forEach(o -> row(out, "  sprite", o.getObjectName()));
            }
        }
    }

    private static String format(MediaFormat format) {
        if (format == null) {
            return null;
        }
        return joined(", ", format.getFormatName(),
                format.getDuration() == null ? null : format.getDuration().text() + " s",
                format.getBitrate() == null ? null : format.getBitrate().text() + " kbit/s",
                format.getSize() == null ? null : format.getSize() + " bytes",
                format.getNumStream() == null ? null : format.getNumStream() + " stream(s)");
    }

    private static String audio(AudioStream a) {
        return joined(" ", "audio #" + a.getIndex(), a.getCodecName(),
                a.getSampleRate() == null ? null : a.getSampleRate() + " Hz",
                a.getChannel() == null ? null : a.getChannel() + " ch",
                a.getDuration() == null ? null : a.getDuration().text() + " s");
    }

    private static String video(VideoStream v) {
        return joined(" ", "video #" + v.getIndex(), v.getCodecName(),
                v.getWidth() == null ? null : v.getWidth() + "x" + v.getHeight(),
                v.getFps() == null ? null : v.getFps() + " fps",
                v.getDuration() == null ? null : v.getDuration().text() + " s");
    }

    private static String subtitle(SubtitleStream s) {
        return joined(" ", "subtitle #" + s.getIndex(), s.getLanguage());
    }

    private static String text(CallbackTime time) {
        if (time == null) {
            return null;
        }
        return time.isNotYet() ? "- (not yet)" : time.text();
    }

    private static String between(CallbackTime from, CallbackTime to) {
        if (from == null || to == null) {
            return null;
        }
        return from.toOffsetDateTime().flatMap(a -> to.toOffsetDateTime().map(b -> Duration.between(a, b)))
                .map(d -> d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s")
                .orElse(null);
    }

    private static String joined(String separator, String... parts) {
        var text = Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }

    private static void row(PrintStream out, String label, String value) {
        if (value != null) {
            out.printf("  %-11s %s%n", label + ":", DisplayText.escape(value));
        }
    }
}
