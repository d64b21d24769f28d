/**
 * Kafka glue shared by every service: event serde, topic creation, dead-letter error
 * handling and idempotent consumption.
 */
@NullMarked
package io.aigcfactory.platform.messaging;

import org.jspecify.annotations.NullMarked;
