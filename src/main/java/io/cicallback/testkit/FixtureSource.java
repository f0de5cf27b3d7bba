package io.cicallback.testkit;

import io.cicallback.value.WireFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a JUnit Jupiter {@code @ParameterizedTest} once per shipped {@link Fixture}: all of them, the ones
 * named, or those of some types or one format.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @FixtureSource(format = WireFormat.JSON)
 * void endpointAcceptsEveryDocumentedJsonCallback(Fixture fixture) { ... fixture.bytes() ... }
 * }</pre>
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(FixtureArgumentsProvider.class)
public @interface FixtureSource {

    /** @return the names of the fixtures to run with ({@code <Tag>/<file>}); all of them when empty */
    String[] value() default {};

    /** @return only fixtures of these types (job Tags, or {@code WorkflowFinish}); all types when empty */
    String[] type() default {};

    /** @return only fixtures of this format; both when empty */
    WireFormat[] format() default {};
}
