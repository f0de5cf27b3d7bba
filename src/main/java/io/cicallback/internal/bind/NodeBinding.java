package io.cicallback.internal.bind;

import io.cicallback.internal.schema.ModelTarget;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.value.CallbackDecimal;
import io.cicallback.value.CallbackTime;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One documented node of the compiled grammar and its place in the model: the model object a container becomes,
 * how a leaf's text becomes a value ({@link LeafText}, as the JAXB adapters convert it), and the field of its
 * parent that takes the value (set, or added to for a repeatable node). The grammar names the class and field
 * ({@link ModelTarget}); they are looked up once, on the node's first use, as method handles, so that a read
 * uses no reflection and a body loads only the model classes it holds. Thread-safe.
 */
public final class NodeBinding {

    /** What leaf text becomes, by the model field's type: the same conversions as the JAXB adapters'. */
    private static final Map<Class<?>, Function<String, ?>> CONVERSIONS = Map.of(
            String.class, Function.identity(),
            Long.class, LeafText::toLong,
            Integer.class, LeafText::toInteger,
            CallbackDecimal.class, LeafText::toDecimal,
            CallbackTime.class, LeafText::toTime);

    private static final MethodType CREATE = MethodType.methodType(Object.class);
    private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class);

    private final SchemaNode node;
    private final ModelTarget target;
    /** The parent's model class, by binary name; {@code null} for the root. */
    private final String parentType;
    private volatile Access access;

    /** The handles a node needs: {@code create} for a container, {@code get} and {@code set} below the root. */
    private record Access(MethodHandle create, MethodHandle get, MethodHandle set, Function<String, ?> convert) {
    }

    /**
     * @param node       the node
     * @param target     where it goes in the model
     * @param parentType the binary name of its parent's model class; {@code null} for the root
     */
    public NodeBinding(SchemaNode node, ModelTarget target, String parentType) {
        this.node = node;
        this.target = target;
        this.parentType = parentType;
    }

    /** @return whether leaf text can be converted to values of this type */
    static boolean converts(Class<?> type) {
        return CONVERSIONS.containsKey(type);
    }

    /** @return the node */
    public SchemaNode node() {
        return node;
    }

    /** @return where the node goes in the model */
    public ModelTarget target() {
        return target;
    }

    /** @return whether this is the root, which has no parent to fill */
    public boolean isRoot() {
        return parentType == null;
    }

    /** Looks the node's class and field up now, not on its first use. */
    public void prepare() {
        access();
    }

    /** @return a new, empty model object for this container */
    Object newContainer() {
        try {
            return (Object) access().create().invokeExact();
        } catch (Throwable e) {
            throw failure("create", e);
        }
    }

    /** @return the leaf's value, or {@code null} when its text holds none */
    Object value(String text) {
        return access().convert().apply(text);
    }

    /**
     * @return the node's value in the parent: a leaf's value or a container's object, or, for a repeatable node,
     *         its list; {@code null} when absent
     */
    public Object valueIn(Object parent) {
        try {
            return (Object) access().get().invokeExact(parent);
        } catch (Throwable e) {
            throw failure("get", e);
        }
    }

    /** @return a leaf value's text, as the reader took it: the inverse of the conversion by type */
    public static String textOf(Object value) {
        if (value instanceof CallbackDecimal decimal) {
            return decimal.text();
        }
        if (value instanceof CallbackTime time) {
            return time.text();
        }
        return value.toString(); // text, or a whole number written as Long or Integer write it
    }

    /** Gives the value to the parent: as its field's value, or as one more entry of a repeatable node's list. */
    @SuppressWarnings("unchecked")
    void put(Object parent, Object value) {
        var handles = access();
        try {
            if (node.repeatable()) {
                var list = (List<Object>) (Object) handles.get().invokeExact(parent);
                if (list == null) {
                    list = new ArrayList<>();
                    handles.set().invokeExact(parent, (Object) list);
                }
                list.add(value);
            } else {
                handles.set().invokeExact(parent, value);
            }
        } catch (Throwable e) {
            throw failure("fill", e);
        }
    }

    private Access access() {
        var resolved = access;
        if (resolved == null) {
            resolved = resolve();
            access = resolved; // a race resolves twice, to equal handles
        }
        return resolved;
    }

    private Access resolve() {
        try {
            MethodHandle create = null;
            MethodHandle get = null;
            MethodHandle set = null;
            Function<String, ?> convert = null;
            if (!node.isLeaf()) {
                var type = type(target.type());
                create = lookup(type).findConstructor(type, MethodType.methodType(void.class)).asType(CREATE);
            }
            if (parentType != null) {
                var parent = type(parentType);
                var fieldType = type(target.fieldType());
                var lookup = lookup(parent);
                get = lookup.findGetter(parent, target.field(), fieldType).asType(GET);
                set = lookup.findSetter(parent, target.field(), fieldType).asType(SET);
                if (node.isLeaf()) {
                    convert = CONVERSIONS.get(type(target.type()));
                }
            }
            return new Access(create, get, set, convert);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the model does not match the compiled grammar at " + node.name()
                    + " (" + parentType + "." + target.field() + ")", e);
        }
    }

    /** @return the type of one value: the field's, or its list's entries' for a repeatable node */
    static Class<?> valueType(java.lang.reflect.Field field, SchemaNode node) {
        if (!node.repeatable()) {
            return field.getType();
        }
        if (field.getType() != List.class
                || !(field.getGenericType() instanceof java.lang.reflect.ParameterizedType list)) {
            throw new IllegalStateException(field + " holds the repeatable node " + node.name() + " but is no list");
        }
        return (Class<?>) list.getActualTypeArguments()[0];
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, false, NodeBinding.class.getClassLoader());
    }

    private static MethodHandles.Lookup lookup(Class<?> type) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    }

    private IllegalStateException failure(String what, Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("cannot " + what + " " + node.name() + " in the model", e);
    }
}
