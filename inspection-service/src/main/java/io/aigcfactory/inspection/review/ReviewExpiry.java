package io.aigcfactory.inspection.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Decides the items nobody decided in time, as {@code aigc.inspection.review} says. */
@Component
class ReviewExpiry {

	private static final Logger logger = LoggerFactory.getLogger(ReviewExpiry.class);

	private final ReviewQueue queue;

	ReviewExpiry(ReviewQueue queue) {
		this.queue = queue;
	}

	/** One pass; how many items it decided. */
	@Scheduled(fixedDelayString = "${aigc.inspection.review.expiry-interval}")
	int expire() {
		int decided = 0;
		for (Reviews.Key key : this.queue.expired()) {
			try {
				if (this.queue.expire(key.tenantId(), key.asset())) {
					decided++;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Cannot expire the review of asset {}; the next pass tries again: {}", key.asset(),
						ex.toString());
			}
		}
		return decided;
	}

}
