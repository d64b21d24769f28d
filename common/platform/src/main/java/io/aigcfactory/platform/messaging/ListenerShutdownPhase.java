package io.aigcfactory.platform.messaging;

import io.aigcfactory.platform.boot.ShutdownOrder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;

/**
 * Puts the Kafka listener containers in their place in the {@link ShutdownOrder}: after
 * the web drain, before the outbox relay. The containers' registry takes its phase from
 * them.
 */
class ListenerShutdownPhase implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
			factory.setPhase(ShutdownOrder.LISTENERS);
		}
		return bean;
	}

}
