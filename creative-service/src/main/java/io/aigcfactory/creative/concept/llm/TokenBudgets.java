package io.aigcfactory.creative.concept.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.events.RequirementId;

/**
 * Tokens spent per tenant (in fixed windows) and per requirement, against their budgets.
 * A brief whose tenant or requirement has spent its budget gets no more model calls. The
 * counts live in this process: each replica keeps its own.
 */
final class TokenBudgets {

	private static final int REQUIREMENTS_KEPT = 100_000;

	private final LlmSettings.Budget budget;

	private final Clock clock;

	private final Map<String, Window> tenants = new ConcurrentHashMap<>();

	private final Map<RequirementId, Long> requirements = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<RequirementId, Long> eldest) {
			return size() > REQUIREMENTS_KEPT;
		}

	};

	TokenBudgets(LlmSettings.Budget budget, Clock clock) {
		this.budget = budget;
		this.clock = clock;
	}

	/** Why the brief may not call the model, or empty while both budgets have room. */
	Optional<String> spent(ConceptBrief brief) {
		Window window = this.tenants.get(brief.tenantId());
		Instant now = this.clock.instant();
		if (window != null && window.current(now, this.budget.window())
				&& window.tokens() >= this.budget.tenantTokens()) {
			return Optional.of("token budget of tenant " + brief.tenantId() + " spent (" + window.tokens() + " of "
					+ this.budget.tenantTokens() + " tokens in " + this.budget.window() + ")");
		}
		RequirementId requirement = brief.requirementId();
		if (requirement != null) {
			long used;
			synchronized (this.requirements) {
				used = this.requirements.getOrDefault(requirement, 0L);
			}
			if (used >= this.budget.requirementTokens()) {
				return Optional.of("token budget of requirement " + requirement + " spent (" + used + " of "
						+ this.budget.requirementTokens() + " tokens)");
			}
		}
		return Optional.empty();
	}

	/** Counts tokens a call for the brief spent. */
	void charge(ConceptBrief brief, long tokens) {
		Instant now = this.clock.instant();
		this.tenants.compute(brief.tenantId(),
				(tenant, window) -> (window == null || !window.current(now, this.budget.window()))
						? new Window(now, tokens) : window.plus(tokens));
		if (brief.requirementId() != null) {
			synchronized (this.requirements) {
				this.requirements.merge(brief.requirementId(), tokens, Long::sum);
			}
		}
	}

	/**
	 * Tokens for text when the model reports no usage: about one per 1.5 characters, what
	 * Chinese text costs on common tokenizers.
	 */
	static long estimate(String text) {
		return (text.codePointCount(0, text.length()) * 2L + 2) / 3;
	}

	private record Window(Instant start, long tokens) {

		boolean current(Instant now, Duration length) {
			return now.isBefore(this.start.plus(length));
		}

		Window plus(long more) {
			return new Window(this.start, this.tokens + more);
		}

	}

}
