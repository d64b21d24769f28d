package io.aigcfactory.platform.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Boot's Redis auto-configuration (connection factory, templates, health indicator,
 * Lettuce observations) out of every application whose {@code aigc.cache.store} is not
 * {@code redis}, although every service has it on its classpath: a service that does not
 * use Redis neither connects to it nor reports its health. The reactive and repository
 * variants are always left out; the platform uses neither.
 */
public class RedisOnlyWhereUsed implements AutoConfigurationImportFilter, EnvironmentAware {

	private static final String REDIS_AUTO_CONFIGURATIONS = "org.springframework.boot.data.redis.autoconfigure.";

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(@Nullable String[] candidates, AutoConfigurationMetadata metadata) {
		boolean redis = this.environment != null
				&& "redis".equalsIgnoreCase(this.environment.getProperty("aigc.cache.store", "caffeine"));
		boolean[] matches = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			String candidate = candidates[i];
			matches[i] = candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATIONS)
					|| (redis && !candidate.contains("Reactive") && !candidate.contains("Repositories"));
		}
		return matches;
	}

}
