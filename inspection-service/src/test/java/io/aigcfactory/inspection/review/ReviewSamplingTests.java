package io.aigcfactory.inspection.review;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The audit sample: per tenant, by asset id, the same way every time. */
class ReviewSamplingTests {

	private final ReviewSampling sampling = new ReviewSampling(settings(Map.of("all", 1.0, "half", 0.5, "none", 0.0)));

	@Test
	void picksEveryAssetAtRateOneAndNoneAtZeroOrWithoutARate() {
		AssetId asset = AssetId.next();
		assertThat(this.sampling.picks("all", asset)).isTrue();
		assertThat(this.sampling.picks("none", asset)).isFalse();
		assertThat(this.sampling.picks("unlisted", asset)).isFalse();
		assertThat(this.sampling.reason("all").stage()).isEqualTo(Finding.Stage.REVIEW);
		assertThat(this.sampling.reason("all").code()).isEqualTo(ReviewSampling.SAMPLED);
	}

	@Test
	void picksAboutTheShareAskedForAndTheSameAssetsAgain() {
		AssetId[] assets = IntStream.range(0, 2000).mapToObj((i) -> AssetId.next()).toArray(AssetId[]::new);
		long picked = Arrays.stream(assets).filter((asset) -> this.sampling.picks("half", asset)).count();
		assertThat(picked).isBetween(850L, 1150L);
		assertThat(Arrays.stream(assets).filter((asset) -> this.sampling.picks("half", asset)).count())
			.isEqualTo(picked);
	}

	@Test
	void refusesAnExpiryThatDecidesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewSettings(Duration.ofHours(72), Verdict.REVIEW,
				Duration.ofMinutes(1), Duration.ofMinutes(30), Map.of(), 200));
	}

	private static ReviewSettings settings(Map<String, Double> rates) {
		return new ReviewSettings(Duration.ofHours(72), Verdict.REJECTED, Duration.ofMinutes(1), Duration.ofMinutes(30),
				rates, 200);
	}

}
