package io.aigcfactory.inspection.verdict;

import io.aigcfactory.inspection.compliance.ComplianceFunnel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compliance funnel with the built-in lexicon. */
@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

	@Bean
	ComplianceFunnel complianceFunnel() {
		return ComplianceFunnel.withDefaultLexicon();
	}

}
