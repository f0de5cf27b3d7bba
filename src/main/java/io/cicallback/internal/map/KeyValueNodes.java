package io.cicallback.internal.map;

import io.cicallback.model.KeyValueNode;
import java.lang.reflect.InvocationTargetException;
import org.mapstruct.TargetType;

/**
 * Maps the key/value nodes for MapStruct, which finds no properties on them: their entries are not properties
 * but the model object's unknown nodes, which the reader hangs on ({@link UnknownNodePlacement}) and the writer
 * writes on either side of the mapping. So only the empty objects are made here.
 */
public final class KeyValueNodes {

    private KeyValueNodes() {
    }

    /** For {@link JsonToModelMapper}: applies to a key/value target only. */
    public static final class FromJson {
        /** @return an empty model object of the type MapStruct asks for, or {@code null} for {@code null} */
        public <T extends KeyValueNode> T toModel(Object json, @TargetType Class<T> type) {
            return json == null ? null : create(type);
        }
    }

    /** For {@link ModelToJsonMapper}: applies to a key/value source only. */
    public static final class ToJson {
        /** @return an empty JSON object of the type MapStruct asks for, or {@code null} for {@code null} */
        public <T> T toJson(KeyValueNode model, @TargetType Class<T> type) {
            return model == null ? null : create(type);
        }
    }

    private static <T> T create(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("the generated class " + type.getName() + " has no public constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + type.getName() + " failed", e.getCause());
        }
    }
}
