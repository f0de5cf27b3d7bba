package io.cicallback.cli;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Takes an HTTP response body up to a number of bytes, then cancels the rest: the connection is closed and
 * nothing past the cap is read or kept, however long the endpoint goes on sending.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Received> {

    /**
     * @param bytes  the body, up to the cap
     * @param cutOff whether the endpoint sent more than that
     */
    record Received(byte[] bytes, boolean cutOff) {
    }

    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<Received> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<Received> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return; // cut off already: what still arrives before the cancellation takes effect is dropped
        }
        for (var buffer : buffers) {
            int room = cap - kept.size();
            int take = Math.min(room, buffer.remaining());
            var chunk = new byte[take];
            buffer.get(chunk);
            kept.write(chunk, 0, take);
            if (buffer.hasRemaining()) {
                subscription.cancel();
                result.complete(new Received(kept.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Received(kept.toByteArray(), false));
    }
}
