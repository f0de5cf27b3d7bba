package io.cicallback.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.validate.InputLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's reading recipe, run as written on every body the repository has: the examples of every type,
 * Tencent's abridged samples that lenient mode reads on (no State, no EventName), and every must-reject file.
 * It answers 204 or 400 and never throws, handles a redelivery once, stores what succeeded and alerts on what
 * failed.
 */
class ReadingRecipeTest {

    @Test
    void everyBodyIsAnsweredAndNoneThrows() {
        var recipe = new ReadingRecipe();
        var bodies = new ArrayList<Path>(Fixtures.allExamples());
        bodies.addAll(Fixtures.lenientExamples());
        var rejected = new ArrayList<Path>();
        Fixtures.badFolders().forEach(folder -> rejected.addAll(Fixtures.filesIn(folder)));
        for (var file : bodies) {
            assertThat(recipe.receive(Fixtures.bytes(file), null)).as(file.toString()).isEqualTo(204);
        }
        var handledOnce = List.copyOf(recipe.stored);
        for (var file : bodies) { // delivered again: nothing is handled twice
            assertThat(recipe.receive(Fixtures.bytes(file), null)).as(file.toString()).isEqualTo(204);
        }
        assertThat(recipe.stored).isEqualTo(handledOnce).isNotEmpty();
        assertThat(recipe.alerts).isNotEmpty();
        assertThat(recipe.tagged).isNotEmpty();
        for (var file : rejected) {
            assertThat(recipe.receive(Fixtures.bytes(file), null)).as(file.toString()).isIn(204, 400);
        }
    }

    @Test
    void theLimitsSnippetSetsTheBodyLimit() {
        assertThat(ReadingRecipe.limitedReader().limits()).isEqualTo(InputLimits.builder().maxBodyBytes(1 << 20).build());
    }

    @Test
    void theModelSnippetBuildsACallbackTheWriterWrites() throws Exception {
        var xml = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml"));
        var json = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        var written = ModelRecipe.build(io.cicallback.read.CallbackReader.create(), xml, json);
        assertThat(written).contains("<JobId>j1</JobId>").contains("<State>Failed</State>");
        var asserted = ModelRecipe.class.desiredAssertionStatus();
        assertThat(asserted).as("assertions are on in tests, so the snippet's assert ran").isTrue();
    }
}
