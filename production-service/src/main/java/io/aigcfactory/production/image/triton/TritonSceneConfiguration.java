package io.aigcfactory.production.image.triton;

import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.aigcfactory.production.image.CachingSceneGenerator;
import io.aigcfactory.production.image.SceneGenerator;
import io.aigcfactory.production.image.SceneSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Triton scene generator, once {@code aigc.production.scene.backend=triton}; its
 * model's endpoints and batch limits are {@code aigc.inference.models.<model>.*}. Scenes
 * go through the model output cache, so a scene asked for again is not painted again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "aigc.production.scene", name = "backend", havingValue = "triton")
class TritonSceneConfiguration {

	@Bean
	SceneGenerator tritonSceneGenerator(InferenceModels models, SceneSettings settings,
			ObjectProvider<ModelOutputCache> cache) {
		long cost = settings.cost();
		SceneGenerator triton = new TritonSceneGenerator(models.tensor(settings.model(), (item) -> cost),
				settings.width(), settings.height(), settings.steps());
		ModelOutputCache outputs = cache.getIfAvailable();
		return (outputs != null) ? new CachingSceneGenerator(triton, outputs, settings) : triton;
	}

}
