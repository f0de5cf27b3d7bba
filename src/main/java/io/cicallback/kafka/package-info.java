/**
 * Kafka integration: callbacks Tencent delivers to a Kafka topic ({@code CallBackType=Kafka}) read from record
 * values by the same reader as on HTTP, as a {@code Deserializer} and a {@code Serde} configured through the
 * client's properties. {@code kafka-clients} is an optional dependency.
 */
package io.cicallback.kafka;
