package io.aigcfactory.production.image.triton;

import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.production.image.SceneGenerator;
import io.aigcfactory.production.image.SceneSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Triton scene generator, once {@code aigc.production.scene.backend=triton}; its
 * model's endpoints and batch limits are {@code aigc.inference.models.<model>.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "aigc.production.scene", name = "backend", havingValue = "triton")
class TritonSceneConfiguration {

	@Bean
	SceneGenerator tritonSceneGenerator(InferenceModels models, SceneSettings settings) {
		long cost = settings.cost();
		return new TritonSceneGenerator(models.tensor(settings.model(), (item) -> cost), settings.width(),
				settings.height(), settings.steps());
	}

}
