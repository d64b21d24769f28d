package io.aigcfactory.creative.bandit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.InsightUpdated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Ranks the angles to write from, per tenant, category and channels, by
 * {@link ThompsonSampling} on decayed evidence, and says why each angle got its place. An
 * asset is published to every channel of its requirement, so an angle is valued by the
 * mean of one draw per channel; a channel without figures of its own falls back on the
 * figures reported for all channels together, else on the uniform prior.
 */
@Service
public class AngleBandit {

	private final AngleStatistics statistics;

	private final BanditSettings settings;

	private final Supplier<RandomGenerator> random;

	private final Clock clock;

	@Autowired
	AngleBandit(AngleStatistics statistics, BanditSettings settings, Clock clock) {
		this(statistics, settings, ThreadLocalRandom::current, clock);
	}

	AngleBandit(AngleStatistics statistics, BanditSettings settings, Supplier<RandomGenerator> random, Clock clock) {
		this.statistics = statistics;
		this.settings = settings;
		this.random = random;
		this.clock = clock;
	}

	/**
	 * Every angle, the most promising first, each with the reason for its place.
	 * @param tenantId the tenant
	 * @param category the product's category
	 * @param channels the channels the requirement targets
	 */
	public List<RankedAngle> rank(String tenantId, String category, List<String> channels) {
		Map<Angle, Map<String, Evidence>> known = this.statistics.of(tenantId, category, Instant.now(this.clock),
				this.settings.halfLife());
		Map<Angle, List<Evidence>> arms = new EnumMap<>(Angle.class);
		for (Angle angle : Angle.values()) {
			arms.put(angle, evidence(known.getOrDefault(angle, Map.of()), channels));
		}
		List<ThompsonSampling.Draw<Angle>> draws = this.settings.sampling().rank(arms, this.random.get());
		List<RankedAngle> ranked = new ArrayList<>();
		for (int i = 0; i < draws.size(); i++) {
			ThompsonSampling.Draw<Angle> draw = draws.get(i);
			ranked.add(new RankedAngle(draw.arm(), explain(draw, i + 1, draws.size(), arms.get(draw.arm()), channels)));
		}
		return List.copyOf(ranked);
	}

	/** Takes in the latest cumulative figures of a tenant's category. */
	public void learn(InsightUpdated insight) {
		Instant at = Instant.now(this.clock);
		for (AngleInsight angle : insight.angles()) {
			this.statistics.replace(insight.metadata().tenantId(), insight.category(), angle, at,
					this.settings.halfLife());
		}
	}

	private static List<Evidence> evidence(Map<String, Evidence> byChannel, List<String> channels) {
		List<Evidence> evidence = new ArrayList<>();
		for (String channel : channels) {
			evidence.add(byChannel.getOrDefault(channel,
					byChannel.getOrDefault(AngleStatistics.ALL_CHANNELS, Evidence.NONE)));
		}
		return evidence;
	}

	/** Why an angle got its place, in the words progress reports show. */
	String explain(ThompsonSampling.Draw<Angle> draw, int rank, int of, List<Evidence> evidence,
			List<String> channels) {
		String angle = draw.arm().label();
		String where = channels.isEmpty() ? "all channels" : String.join(", ", channels);
		String sample = String.format(Locale.ROOT, "posterior sample %.3f, %s", draw.value(),
				(rank == 1) ? "best of " + of : "rank " + rank + " of " + of);
		if (draw.explored()) {
			return String.format(Locale.ROOT, "explored: %s drawn at random at the %.0f%% exploration floor (%s)",
					angle, this.settings.explorationFloor() * 100, sample);
		}
		Evidence total = evidence.stream().reduce(Evidence.NONE, Evidence::plus);
		long impressions = Math.round(total.impressions());
		if (impressions < this.settings.minImpressions()) {
			return String.format(Locale.ROOT, "explored: fewer than %,d impressions of %s on %s (%,d so far; %s)",
					this.settings.minImpressions(), angle, where, impressions, sample);
		}
		return String.format(Locale.ROOT,
				"chosen because %s has CTR %.1f%% and %.1f%% conversions per click over %,d impressions on %s (%s)",
				angle, total.ctr() * 100, total.cvr() * 100, impressions, where, sample);
	}

	/**
	 * An angle's place in a ranking.
	 *
	 * @param angle the angle
	 * @param explanation why it got its place, e.g.
	 * {@code chosen because 场景 has CTR 4.1% …}
	 */
	public record RankedAngle(Angle angle, String explanation) {
	}

}
