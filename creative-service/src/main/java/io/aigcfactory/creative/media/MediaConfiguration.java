package io.aigcfactory.creative.media;

import io.aigcfactory.creative.media.fetch.HostResolver;
import io.aigcfactory.creative.media.fetch.PhotoFetcher;
import io.aigcfactory.creative.media.fetch.UrlGuard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fetcher of photo URLs, resolving host names with the system's resolver by default.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HostResolver hostResolver() {
		return HostResolver.system();
	}

	@Bean
	PhotoFetcher photoFetcher(HostResolver resolver, MediaSettings settings) {
		return new PhotoFetcher(new UrlGuard(resolver, settings.allowLoopback()), settings);
	}

}
