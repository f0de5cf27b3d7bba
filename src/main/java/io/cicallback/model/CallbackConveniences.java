package io.cicallback.model;

/**
 * The typed event name of a {@link TaskFinishCallback}, which implements this; the generated property keeps
 * the text as sent.
 */
public interface CallbackConveniences {

    /** @return the event name, as sent (generated) */
    String getRawEventName();

    /** @param value the event name, as sent (generated) */
    void setRawEventName(String value);

    /** @return the event; a reader accepts only {@link EventName#TASK_FINISH} */
    default EventName getEventName() {
        return EventName.of(getRawEventName());
    }

    /** @param event the event; not {@link EventName#UNKNOWN} */
    default void setEventName(EventName event) {
        if (event == EventName.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no text: set the raw event name instead");
        }
        setRawEventName(event == null ? null : event.text());
    }
}
