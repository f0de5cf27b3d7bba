package io.cicallback.internal.http;

import io.cicallback.model.Callback;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.Location;
import io.cicallback.validate.Severity;
import java.util.ArrayList;

/**
 * The parameter types every integration binds a callback body to, and what each is given: {@link ReadResult},
 * {@link Callback} (either event), or one event's class ({@code TaskFinishCallback}, {@code
 * WorkflowFinishCallback}), which refuses the other event as {@link FindingKind#UNHANDLED_EVENT}.
 */
public final class CallbackParameters {

    private CallbackParameters() {
    }

    /**
     * @param type a parameter's type
     * @return whether the integrations read a callback body into it
     */
    public static boolean isCallbackType(Class<?> type) {
        return type == ReadResult.class || Callback.class.isAssignableFrom(type);
    }

    /**
     * @param result what was read
     * @param type   the parameter's type, one {@link #isCallbackType} accepts
     * @return the value to pass
     * @throws CallbackRejectedException when the callback is of an event the type does not take
     */
    public static Object argument(ReadResult result, Class<?> type) throws CallbackRejectedException {
        if (type == ReadResult.class) {
            return result;
        }
        var callback = result.callback();
        if (type.isInstance(callback)) {
            return callback;
        }
        var findings = new ArrayList<>(result.findings());
        findings.add(new Finding(Severity.ERROR, FindingKind.UNHANDLED_EVENT, "Response.EventName", Location.nowhere(),
                "this endpoint takes " + type.getSimpleName() + "; the body is a " + callback.getEventName().text()
                        + " callback", callback.getRawEventName()));
        throw new CallbackRejectedException(findings);
    }
}
