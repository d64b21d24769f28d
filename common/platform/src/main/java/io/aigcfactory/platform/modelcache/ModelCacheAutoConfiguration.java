package io.aigcfactory.platform.modelcache;

import java.time.Clock;

import io.aigcfactory.platform.cache.CacheAutoConfiguration;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The model output cache, over the service's {@link KeyValueCache} and a directory of its
 * own ({@code aigc.model-cache.*}).
 */
@AutoConfiguration(after = CacheAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(ModelCacheSettings.class)
public class ModelCacheAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(KeyValueCache.class)
	ModelOutputCache modelOutputCache(KeyValueCache hot, ModelCacheSettings settings,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
		return new ModelOutputCache(hot, settings, meters.getIfUnique(() -> Metrics.globalRegistry),
				clock.getIfUnique(Clock::systemUTC));
	}

}
