package io.aigcfactory.distribution.publication;

import java.time.Clock;
import java.time.Instant;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.observability.DeferredTraces;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a publication for every target channel of each approved asset, with the trace
 * context of the inspection that approved it, which its delivery continues.
 */
@Service
public class PublicationIntake {

	private final Publications publications;

	private final DeliveryWorker worker;

	private final Clock clock;

	private final DeferredTraces traces;

	PublicationIntake(Publications publications, DeliveryWorker worker, Clock clock, DeferredTraces traces) {
		this.publications = publications;
		this.worker = worker;
		this.clock = clock;
		this.traces = traces;
	}

	public void onInspected(AssetInspected asset) {
		if (asset.verdict() != Verdict.APPROVED) {
			return;
		}
		Instant now = Instant.now(this.clock);
		for (String channel : asset.channels()) {
			if (this.publications.enqueue(asset, channel, now)) {
				this.traces.remember(Publications.traceSubject(asset.assetId(), channel));
			}
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					PublicationIntake.this.worker.wakeUp();
				}

			});
		}
		else {
			this.worker.wakeUp();
		}
	}

}
