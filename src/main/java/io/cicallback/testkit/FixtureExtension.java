package io.cicallback.testkit;

import io.cicallback.model.Callback;
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
        var fixture = Fixture.named(parameter.findAnnotation(FromFixture.class).orElseThrow().value());
        var type = parameter.getParameter().getType();
        if (Callback.class.isAssignableFrom(type)) {
            var callback = fixture.callback();
            if (!type.isInstance(callback)) {
                throw new ParameterResolutionException(fixture + " is a " + callback.getEventName().text()
                        + " callback, not a " + type.getSimpleName());
            }
            return callback;
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
        throw new ParameterResolutionException("@FromFixture fills a Callback type, byte[], String or Fixture, not "
                + type.getName());
    }
}
