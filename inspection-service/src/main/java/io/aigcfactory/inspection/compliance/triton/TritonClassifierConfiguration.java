package io.aigcfactory.inspection.compliance.triton;

import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.inspection.compliance.ContentClassifier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guard model on Triton, once {@code aigc.inspection.classifier.backend=triton}; its
 * endpoints and batch limits are {@code aigc.inference.models.<model>.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "aigc.inspection.classifier", name = "backend", havingValue = "triton")
class TritonClassifierConfiguration {

	@Bean
	ContentClassifier tritonContentClassifier(InferenceModels models, ClassifierSettings settings) {
		return new TritonContentClassifier(models.tensor(settings.model()), settings.deadline());
	}

}
