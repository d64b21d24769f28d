package io.aigcfactory.inspection.review;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;

import org.springframework.stereotype.Component;

/**
 * Picks a tenant's share of otherwise approved assets for a human audit. The pick depends
 * only on the asset id, so a redelivered asset is picked the same way.
 */
@Component
public class ReviewSampling {

	/** The code of the reason a sampled asset carries. */
	public static final String SAMPLED = "SAMPLED_FOR_AUDIT";

	private final ReviewSettings settings;

	public ReviewSampling(ReviewSettings settings) {
		this.settings = settings;
	}

	/** Whether the asset is to be audited by a human. */
	public boolean picks(String tenantId, AssetId asset) {
		double rate = this.settings.sampleRates().getOrDefault(tenantId, 0.0);
		if (rate <= 0) {
			return false;
		}
		long bits = asset.value().getLeastSignificantBits() ^ asset.value().getMostSignificantBits();
		double position = (double) (Long.hashCode(bits * 0x9e3779b97f4a7c15L) & Integer.MAX_VALUE) / Integer.MAX_VALUE;
		return position < rate;
	}

	/** The finding a sampled asset carries. */
	public Finding reason(String tenantId) {
		return new Finding(Finding.Stage.REVIEW, SAMPLED, "抽检：租户 %s 的素材按比例送人工复核".formatted(tenantId), null);
	}

}
