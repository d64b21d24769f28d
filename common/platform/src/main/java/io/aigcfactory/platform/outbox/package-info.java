/**
 * Transactional outbox: events are written with the state change that caused them and
 * relayed to Kafka after commit.
 */
@NullMarked
package io.aigcfactory.platform.outbox;

import org.jspecify.annotations.NullMarked;
