package io.aigcfactory.production.image;

import io.aigcfactory.production.image.local.LayoutImageRenderer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The image renderer: the Java2D layout renderer unless a GPU adapter is configured. */
@Configuration(proxyBeanMethods = false)
class ImageRendererConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ImageRenderer layoutImageRenderer() {
		return new LayoutImageRenderer();
	}

}
