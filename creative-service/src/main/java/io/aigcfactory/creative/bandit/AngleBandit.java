package io.aigcfactory.creative.bandit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.InsightUpdated;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Ranks the angles to write from, per tenant and category, by Thompson sampling on their
 * click-through rates: each angle's CTR is drawn from Beta(1 + clicks, 1 + impressions −
 * clicks), and angles are ranked by their draws. Angles without data draw from a uniform
 * prior, so they keep being explored; proven angles are written more often.
 */
@Service
public class AngleBandit {

	private final AngleStatistics statistics;

	private final Supplier<RandomGenerator> random;

	private final Clock clock;

	@Autowired
	AngleBandit(AngleStatistics statistics, Clock clock) {
		this(statistics, ThreadLocalRandom::current, clock);
	}

	AngleBandit(AngleStatistics statistics, Supplier<RandomGenerator> random, Clock clock) {
		this.statistics = statistics;
		this.random = random;
		this.clock = clock;
	}

	/** Every angle, the most promising first. */
	public List<Angle> rank(String tenantId, String category) {
		Map<Angle, AngleInsight> known = this.statistics.of(tenantId, category);
		RandomGenerator generator = this.random.get();
		record Draw(Angle angle, double ctr) {
		}
		return Arrays.stream(Angle.values())
			.map((angle) -> new Draw(angle, draw(known.get(angle), generator)))
			.sorted(Comparator.comparingDouble(Draw::ctr).reversed())
			.map(Draw::angle)
			.toList();
	}

	/** Takes in the latest cumulative figures of a tenant's category. */
	public void learn(InsightUpdated insight) {
		Instant at = Instant.now(this.clock);
		for (AngleInsight angle : insight.angles()) {
			this.statistics.replace(insight.metadata().tenantId(), insight.category(), angle, at);
		}
	}

	private static double draw(@Nullable AngleInsight insight, RandomGenerator generator) {
		long impressions = (insight != null) ? insight.impressions() : 0;
		long clicks = (insight != null) ? Math.min(insight.clicks(), impressions) : 0;
		return BetaSampler.sample(1 + clicks, 1 + impressions - clicks, generator);
	}

}
