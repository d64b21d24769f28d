package io.aigcfactory.platform.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Problem+json error responses, request limits and the check of the gateway's tenant
 * assertion for servlet services.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ WebSettings.class, TenantAssertionSettings.class })
public class WebAutoConfiguration {

	@Bean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebSettings settings) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(settings.maxRequestBody()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignedTenant> signedTenant(TenantAssertionSettings settings) {
		FilterRegistrationBean<SignedTenant> registration = new FilterRegistrationBean<>(
				new SignedTenant(settings.assertion(), Clock.systemUTC()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
