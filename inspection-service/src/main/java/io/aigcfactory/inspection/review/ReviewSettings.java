package io.aigcfactory.inspection.review;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.aigcfactory.events.Verdict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The review queue.
 *
 * @param expireAfter how long an undecided item waits before the expiry policy decides it
 * @param expiryVerdict what the expiry policy decides: {@code REJECTED} (the asset is
 * written again) or {@code APPROVED}
 * @param expiryInterval how often expired items are looked for
 * @param claimTimeout how long a claim holds an item for its reviewer; after that another
 * reviewer may claim it
 * @param sampleRates per tenant, the share of otherwise approved assets sent to review
 * for a human audit (0 to 1; e.g. 1 while a new tenant's first materials are checked by
 * hand)
 * @param maxListed the most items one listing returns
 */
@Validated
@ConfigurationProperties("aigc.inspection.review")
public record ReviewSettings(@NotNull Duration expireAfter, @NotNull Verdict expiryVerdict,
		@NotNull Duration expiryInterval, @NotNull Duration claimTimeout,
		Map<String, @DecimalMin("0.0") @DecimalMax("1.0") Double> sampleRates, @Positive int maxListed) {

	public ReviewSettings {
		sampleRates = (sampleRates != null) ? Map.copyOf(sampleRates) : Map.of();
		if (expiryVerdict == Verdict.REVIEW) {
			throw new IllegalArgumentException("aigc.inspection.review.expiry-verdict must be APPROVED or REJECTED");
		}
	}

}
