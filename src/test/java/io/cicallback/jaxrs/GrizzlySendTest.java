package io.cicallback.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.cli.CliMain;
import io.cicallback.read.CallbackReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * {@code send} against the Jersey resource on Grizzly, which leaves a client that offers an HTTP/2 upgrade
 * waiting to its timeout: a fixture and a built callback are answered (exit 0), never left to time out (exit 4).
 */
class GrizzlySendTest {

    @Test
    void sendIsAnsweredByJerseyOnGrizzly() throws Exception {
        var config = new ResourceConfig(JerseyServerTest.CallbackResource.class)
                .register(new CallbackFeature(CallbackReader.create()));
        var server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        try {
            var url = "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/callbacks";
            for (var args : new String[][] {{"--fixture", "doc-en-workflow.json"}, {"--state", "Failed"}}) {
                var out = new ByteArrayOutputStream();
                var all = new String[args.length + 4];
                all[0] = "send";
                all[1] = url;
                System.arraycopy(args, 0, all, 2, args.length);
                all[all.length - 2] = "--timeout";
                all[all.length - 1] = "120"; // an upgrade offer would hang to it: exit 4, not 0
                int exit = CliMain.run(new CliMain.CliIo(new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())), all);
                assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("200");
            }
        } finally {
            server.shutdownNow();
        }
    }
}
