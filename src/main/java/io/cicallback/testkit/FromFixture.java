package io.cicallback.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter that {@link FixtureExtension} fills from a shipped fixture, as the type asks:
 * {@link io.cicallback.model.Callback} or one event's class (read strictly), {@code byte[]} or {@code String} (the body),
 * or {@link Fixture} itself.
 *
 * <pre>{@code
 * @ExtendWith(FixtureExtension.class)
 * class CallbackControllerTest {
 *     @Test
 *     void storesTheOutputs(@FromFixture(Fixture.DOC_EN_WORKFLOW_JSON) byte[] body,
 *                           @FromFixture("VoiceSeparate/doc-en-workflow.json") TaskFinishCallback expected) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FromFixture {

    /** @return the name of the fixture to inject, {@code <Tag>/<file>}, e.g. {@code VoiceSeparate/doc-en-job.xml} */
    String value();
}
