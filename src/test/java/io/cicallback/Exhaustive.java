package io.cicallback;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class of the second tier: generated corpora over every leaf position, the fast path against
 * the validators of record, bodies at the size limit, memory kept. {@code mvn test} (the unit tier) leaves
 * them out; {@code mvn verify} runs them with the integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Exhaustive.TAG)
public @interface Exhaustive {
    /** The JUnit tag, which the build selects the tiers by. */
    String TAG = "exhaustive";
}
