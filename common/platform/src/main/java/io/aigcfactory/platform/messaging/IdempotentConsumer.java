package io.aigcfactory.platform.messaging;

import io.aigcfactory.events.FactoryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a listener's work at most once per event and consumer, in one transaction with the
 * record of having done it. Kafka delivers at least once; this makes handling exactly
 * once as far as the service's own state is concerned.
 */
public class IdempotentConsumer {

	private static final Logger logger = LoggerFactory.getLogger(IdempotentConsumer.class);

	private final ProcessedEvents processed;

	private final TransactionOperations transactions;

	private final MessagingSettings settings;

	IdempotentConsumer(ProcessedEvents processed, TransactionOperations transactions, MessagingSettings settings) {
		this.processed = processed;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Runs the work unless this consumer has handled the event before.
	 * @param consumer a name for the consuming feature, stable across releases
	 * @param event the event being handled
	 * @param work what handling means; its database writes share the transaction
	 * @return whether the work ran
	 */
	public boolean handle(String consumer, FactoryEvent event, Runnable work) {
		Boolean ran = this.transactions.execute((status) -> {
			if (!this.processed.markProcessed(consumer, event.metadata().eventId())) {
				return false;
			}
			work.run();
			return true;
		});
		if (!Boolean.TRUE.equals(ran)) {
			logger.debug("{} skipped duplicate {} {}", consumer, event.getClass().getSimpleName(),
					event.metadata().eventId());
		}
		return Boolean.TRUE.equals(ran);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldEvents() {
		int forgotten = this.processed.forgetOlderThan(this.settings.processedEventsRetention());
		logger.debug("Forgot {} processed event ids", forgotten);
	}

}
