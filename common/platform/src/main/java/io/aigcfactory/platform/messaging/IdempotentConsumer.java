package io.aigcfactory.platform.messaging;

import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.platform.observability.StageMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a listener's work at most once per event and consumer, in one transaction with the
 * record of having done it. Kafka delivers at least once; this makes handling exactly
 * once as far as the service's own state is concerned. Each call is measured as the
 * consumer's stage ({@link StageMeters}).
 */
public class IdempotentConsumer {

	private static final Logger logger = LoggerFactory.getLogger(IdempotentConsumer.class);

	private final ProcessedEvents processed;

	private final TransactionOperations transactions;

	private final MessagingSettings settings;

	private final StageMeters meters;

	IdempotentConsumer(ProcessedEvents processed, TransactionOperations transactions, MessagingSettings settings,
			StageMeters meters) {
		this.processed = processed;
		this.transactions = transactions;
		this.settings = settings;
		this.meters = meters;
	}

	/**
	 * Runs the work unless this consumer has handled the event before.
	 * @param consumer a name for the consuming feature, stable across releases
	 * @param event the event being handled
	 * @param work what handling means; its database writes share the transaction
	 * @return whether the work ran
	 */
	public boolean handle(String consumer, FactoryEvent event, Runnable work) {
		StageMeters.Handling handling = this.meters.start(consumer, event);
		Boolean ran;
		try {
			ran = this.transactions.execute((status) -> {
				if (!this.processed.markProcessed(consumer, event.metadata().eventId())) {
					return false;
				}
				work.run();
				return true;
			});
		}
		catch (RuntimeException | Error ex) {
			handling.end("failed");
			throw ex;
		}
		handling.end(Boolean.TRUE.equals(ran) ? "done" : "duplicate");
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
