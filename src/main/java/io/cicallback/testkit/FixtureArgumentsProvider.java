package io.cicallback.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies {@link FixtureSource}'s fixtures; JUnit (5.13 or later) instantiates it. */
public final class FixtureArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<FixtureSource> {

    private List<Fixture> fixtures = List.of();

    @Override
    public void accept(FixtureSource source) {
        var named = source.value().length == 0 ? Arrays.asList(Fixture.values()) : Arrays.asList(source.value());
        var formats = Arrays.asList(source.format());
        fixtures = named.stream().filter(f -> formats.isEmpty() || formats.contains(f.format())).toList();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return fixtures.stream().map(Arguments::of);
    }
}
