package io.aigcfactory.inspection.verdict;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalitySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes approved assets that the originality index lacks to it: an approval is written
 * to the index only after its transaction commits, and a crash (or a failed write) in
 * between would otherwise lose it. The first pass, at start, checks every approval; later
 * passes check those recorded since shortly before the previous pass began.
 */
@Component
class IndexRecovery {

	private static final Logger logger = LoggerFactory.getLogger(IndexRecovery.class);

	private final Inspections inspections;

	private final OriginalityCheck originality;

	private final OriginalitySettings settings;

	private final Clock clock;

	private Instant since = Instant.EPOCH;

	IndexRecovery(Inspections inspections, OriginalityCheck originality, OriginalitySettings settings, Clock clock) {
		this.inspections = inspections;
		this.originality = originality;
		this.settings = settings;
		this.clock = clock;
	}

	/** One pass; the number of approvals it wrote to the index. */
	@Scheduled(fixedDelayString = "${aigc.inspection.originality.recovery-interval}")
	synchronized int recover() {
		Instant started = Instant.now(this.clock);
		AtomicInteger restored = new AtomicInteger();
		this.inspections.eachApprovedSince(this.since, (tenantId, asset, fingerprint) -> {
			if (this.originality.restore(tenantId, asset, fingerprint)) {
				restored.incrementAndGet();
			}
		});
		// An approval committed just after this pass began may carry an earlier time.
		this.since = started.minus(this.settings.recoveryInterval());
		if (restored.get() > 0) {
			logger.info("Wrote {} approved assets missing from the originality index to it", restored.get());
		}
		return restored.get();
	}

}
