package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.kafka.CallbackDeserializer;
import io.cicallback.spring.CallbackProperties;
import io.cicallback.validate.InputLimits;
import java.beans.Introspector;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every limit of {@link InputLimits} can be set everywhere the README says, and the README says what each is:
 * its table lists every limit with its property and its default; Spring Boot's {@link CallbackProperties} and
 * the Kafka client's properties ({@link CallbackDeserializer}) both take that property and pass it on.
 */
class LimitSettingsTest {

    private static final Path README = Path.of(System.getProperty("cicallback.projectDir", ".")).resolve("README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(max\\w+)` \\| `(ci-callback\\.[a-z-]+)` \\| ([0-9,]+)( MiB)? \\|",
            Pattern.MULTILINE);

    /** @return each limit's README row: property and default */
    private static Map<String, Map.Entry<String, Integer>> readmeTable() throws Exception {
        var rows = new LinkedHashMap<String, Map.Entry<String, Integer>>();
        var matcher = ROW.matcher(Files.readString(README));
        while (matcher.find()) {
            int value = Integer.parseInt(matcher.group(3).replace(",", "")) * (matcher.group(4) == null ? 1 : 1 << 20);
            rows.put(matcher.group(1), Map.entry(matcher.group(2), value));
        }
        return rows;
    }

    private static int valueOf(InputLimits limits, RecordComponent limit) throws Exception {
        return (int) limit.getAccessor().invoke(limits);
    }

    @Test
    void theReadmeTableListsEveryLimitWithItsPropertyAndDefault() throws Exception {
        var table = readmeTable();
        var components = InputLimits.class.getRecordComponents();
        assertThat(table.keySet()).containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
        for (var limit : components) {
            var row = table.get(limit.getName());
            assertThat(row.getKey()).isEqualTo("ci-callback." + limit.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
            assertThat(row.getValue()).as(limit.getName()).isEqualTo(valueOf(InputLimits.defaults(), limit));
        }
    }

    @Test
    void springBootAndTheKafkaClientTakeEveryLimit() throws Exception {
        var spring = new CallbackProperties();
        var beans = Arrays.stream(Introspector.getBeanInfo(CallbackProperties.class).getPropertyDescriptors())
                .collect(java.util.stream.Collectors.toMap(d -> d.getName(), d -> d));
        var kafka = new HashMap<String, Object>();
        var components = InputLimits.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            var limit = components[i];
            var property = beans.get(limit.getName());
            assertThat(property).as("CallbackProperties." + limit.getName()).isNotNull();
            property.getWriteMethod().invoke(spring, 1000 + i);
            kafka.put(readmeTable().get(limit.getName()).getKey(), String.valueOf(1000 + i));
        }
        var deserializer = new CallbackDeserializer();
        deserializer.configure(kafka, false);
        var limitsMethod = CallbackProperties.class.getDeclaredMethod("limits");
        limitsMethod.setAccessible(true);
        var fromSpring = (InputLimits) limitsMethod.invoke(spring);
        for (int i = 0; i < components.length; i++) {
            assertThat(valueOf(fromSpring, components[i])).as("Spring " + components[i].getName()).isEqualTo(1000 + i);
            assertThat(valueOf(deserializer.reader().limits(), components[i])).as("Kafka " + components[i].getName())
                    .isEqualTo(1000 + i);
        }
    }
}
