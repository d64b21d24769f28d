package io.aigcfactory.distribution.publication;

import java.time.Clock;
import java.time.Instant;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Verdict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Queues a publication for every target channel of each approved asset. */
@Service
public class PublicationIntake {

	private final Publications publications;

	private final DeliveryWorker worker;

	private final Clock clock;

	PublicationIntake(Publications publications, DeliveryWorker worker, Clock clock) {
		this.publications = publications;
		this.worker = worker;
		this.clock = clock;
	}

	public void onInspected(AssetInspected asset) {
		if (asset.verdict() != Verdict.APPROVED) {
			return;
		}
		Instant now = Instant.now(this.clock);
		for (String channel : asset.channels()) {
			this.publications.enqueue(asset, channel, now);
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
