package io.cicallback.internal.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies under a size limit. */
public final class Bodies {

    /** Zero-byte reads tolerated in a row before the stream counts as stalled. */
    private static final int MAX_IDLE_READS = 1000;

    private Bodies() {
    }

    /**
     * @return whether the body starts as a gzip stream does ({@code 1F 8B}): a compressed body, which no
     *         callback format starts with and which is refused with that said, not as bytes of a broken encoding
     */
    public static boolean isGzip(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1F && body[1] == (byte) 0x8B;
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
        int idleReads = 0;
        while (true) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1L - total));
            if (n < 0) {
                return out.toByteArray();
            }
            if (n == 0) {
                // A stream may not return 0 for a non-empty buffer; one that keeps doing so has stalled, and
                // taking that as the end would silently truncate the body.
                if (++idleReads > MAX_IDLE_READS) {
                    throw new IOException("the body stream returned no data " + MAX_IDLE_READS + " times in a row");
                }
                continue;
            }
            idleReads = 0;
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
    }
}
