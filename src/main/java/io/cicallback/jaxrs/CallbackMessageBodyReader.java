package io.cicallback.jaxrs;

import io.cicallback.validate.CallbackRejection;
import io.cicallback.internal.http.CallbackParameters;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Binds a request body to a resource method's {@link io.cicallback.model.Callback} (either event, or one
 * event's class) or {@link ReadResult} parameter
 * through the library's reader, whatever Content-Type Tencent or curl send (the reader detects XML or JSON
 * from the body when the header does not say). A rejected body becomes a {@link CallbackRejection}, which
 * {@link CallbackRejectionMapper} answers with 400 and the findings. Register both with {@link CallbackFeature}.
 */
@Consumes(MediaType.WILDCARD)
public final class CallbackMessageBodyReader implements MessageBodyReader<Object> {

    private final CallbackReader reader;

    /** @param reader the reader to use; build once and share */
    public CallbackMessageBodyReader(CallbackReader reader) {
        this.reader = reader;
    }

    /**
     * Reads and drops what is left of a body the reader stopped reading (one over the size limit), up to
     * another limit's worth, as servlet containers do: a server that closes a connection with unread bytes in
     * it resets it, and the client never sees the answer. Past that, the connection is given up.
     */
    private void swallowRest(InputStream entityStream) {
        try {
            long left = reader.limits().maxBodyBytes();
            var buffer = new byte[8192];
            for (int n; left > 0 && (n = entityStream.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // The connection is going anyway; the answer may still get through.
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CallbackParameters.isCallbackType(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        try {
            var result = reader.read(entityStream, mediaType == null ? null : mediaType.toString());
            return CallbackParameters.argument(result, type);
        } catch (CallbackRejectedException e) {
            swallowRest(entityStream);
            throw new CallbackRejection(e);
        }
    }
}
