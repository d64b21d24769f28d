package io.aigcfactory.creative.media;

import io.aigcfactory.creative.media.fetch.HostResolver;
import io.aigcfactory.creative.media.fetch.PhotoFetcher;
import io.aigcfactory.creative.media.fetch.UrlGuard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fetcher of photo URLs, resolving host names with the system's resolver by default.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	PhotoFetcher photoFetcher(ObjectProvider<HostResolver> resolver, MediaSettings settings) {
		return new PhotoFetcher(new UrlGuard(resolver.getIfAvailable(HostResolver::system), settings.allowLoopback()),
				settings);
	}

}
