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
 * named, or those of one format.
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

    /** @return the fixtures to run with; all of them when empty */
    Fixture[] value() default {};

    /** @return only fixtures of this format; both when empty */
    WireFormat[] format() default {};
}
