package io.cicallback.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies under a size limit. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * Reads a stream to its end, stopping as soon as it passes the limit so that an endless or huge body
     * costs at most {@code limit} bytes of memory.
     *
     * @param in    the body; not closed
     * @param limit the largest body accepted
     * @return the body's bytes
     * @throws BodyTooLargeException when the body is larger than the limit
     * @throws IOException           when the stream fails
     */
    public static byte[] readAll(InputStream in, int limit) throws IOException {
        var out = new ByteArrayOutputStream(Math.min(limit, 8192));
        var buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1L - total))) > 0) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
