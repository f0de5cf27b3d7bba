package app;

import io.cicallback.model.Callback;
import io.cicallback.model.TaskFinishCallback;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A service as a user writes it from the README: the same code on Spring MVC and on WebFlux. */
@SpringBootApplication
public class CallbackApp {

    public static void main(String[] args) {
        SpringApplication.run(CallbackApp.class, args);
    }

    @RestController
    static class CallbackController {
        @PostMapping("/callbacks")
        String receive(@RequestBody TaskFinishCallback callback) {
            return callback.getJobs().get(0).getJobId();
        }

        @PostMapping("/callbacks/any")
        String receiveAny(@RequestBody Callback callback) {
            return callback.getEventName() + " " + callback.deduplicationKey();
        }
    }

    /** The catch-all many services have. */
    @RestControllerAdvice
    static class CatchAllAdvice {
        @ExceptionHandler(Exception.class)
        ResponseEntity<Map<String, String>> any(Exception e) {
            return ResponseEntity.internalServerError().body(Map.of("error", e.getClass().getSimpleName()));
        }
    }
}
