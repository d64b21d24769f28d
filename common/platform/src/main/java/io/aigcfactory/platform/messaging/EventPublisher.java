package io.aigcfactory.platform.messaging;

import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.events.Topic;

/**
 * Publishes events as part of the state change that caused them: the event is sent if and
 * only if the surrounding transaction commits.
 */
public interface EventPublisher {

	/**
	 * Records an event for publication on its topic once the current transaction commits.
	 * @throws IllegalStateException when no transaction is active
	 */
	<V extends FactoryEvent> void publish(Topic<V> topic, V event);

}
