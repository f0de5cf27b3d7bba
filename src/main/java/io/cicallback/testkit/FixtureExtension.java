package io.cicallback.testkit;

import io.cicallback.model.TaskFinishCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** JUnit Jupiter extension that fills {@link FromFixture} parameters. */
public final class FixtureExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(FromFixture.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var fixture = parameter.findAnnotation(FromFixture.class).orElseThrow().value();
        var type = parameter.getParameter().getType();
        if (type == TaskFinishCallback.class) {
            return fixture.callback();
        }
        if (type == byte[].class) {
            return fixture.bytes();
        }
        if (type == String.class) {
            return fixture.text();
        }
        if (type == Fixture.class) {
            return fixture;
        }
        throw new ParameterResolutionException("@FromFixture fills TaskFinishCallback, byte[], String or Fixture, not "
                + type.getName());
    }
}
