package io.aigcfactory.platform.boot;

import org.springframework.context.SmartLifecycle;

/**
 * The {@link SmartLifecycle} phases that set the order in which a service stops. Spring
 * stops the highest phase first, so a service stops in this order: the web server drains
 * its requests ({@code server.shutdown: graceful}, phase {@value #WEB_DRAIN}), the Kafka
 * listeners stop, the outbox relay sends what their last records wrote, and the workers
 * that call out of the service (deliveries) stop last. They start in the reverse order.
 */
public final class ShutdownOrder {

	/** Spring Boot's graceful web server shutdown: the first to stop. */
	public static final int WEB_DRAIN = SmartLifecycle.DEFAULT_PHASE - 1024;

	/** Kafka listener containers: stop once no request is in flight. */
	public static final int LISTENERS = WEB_DRAIN - 100;

	/**
	 * The outbox relay: stops after the listeners, with a last round that sends what they
	 * wrote.
	 */
	public static final int OUTBOX = LISTENERS - 100;

	/** Workers that deliver outside the service: stop after the outbox. */
	public static final int WORKERS = OUTBOX - 100;

	private ShutdownOrder() {
	}

}
