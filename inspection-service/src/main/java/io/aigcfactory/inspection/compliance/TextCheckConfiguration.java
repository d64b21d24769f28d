package io.aigcfactory.inspection.compliance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text checks behind the text-check API, with the classifier tier when one is set.
 */
@Configuration(proxyBeanMethods = false)
class TextCheckConfiguration {

	@Bean
	TextChecks textChecks(ComplianceFunnel funnel, ObjectProvider<ContentClassifier> classifier) {
		return new TextChecks(funnel, classifier.getIfAvailable());
	}

}
