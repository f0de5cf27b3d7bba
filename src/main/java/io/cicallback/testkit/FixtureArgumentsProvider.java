package io.cicallback.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Supplies {@link FixtureSource}'s fixtures; JUnit instantiates it. It implements the one-argument
 * {@code provideArguments}, the method every JUnit from 5.7 to 6 calls (5.13 and later deprecate it for one
 * taking a {@code ParameterDeclarations}, a type older JUnits lack: naming it here would break them).
 */
public final class FixtureArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<FixtureSource> {

    private List<Fixture> fixtures = List.of();

    @Override
    public void accept(FixtureSource source) {
        var named = source.value().length == 0 ? Fixture.all() : Arrays.stream(source.value()).map(Fixture::named).toList();
        var types = Arrays.asList(source.type());
        var formats = Arrays.asList(source.format());
        fixtures = named.stream().filter(f -> types.isEmpty() || types.contains(f.type()))
                .filter(f -> formats.isEmpty() || formats.contains(f.format())).toList();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return fixtures.stream().map(Arguments::of);
    }
}
