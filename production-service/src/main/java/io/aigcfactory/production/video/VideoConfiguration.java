package io.aigcfactory.production.video;

import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.production.video.espeak.EspeakNarrator;
import io.aigcfactory.production.video.triton.TritonNarrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The promo video maker, its narrator and its music bed, as {@link VideoSettings} choose.
 * The Triton narrator's model is configured under {@code aigc.inference.models.<model>};
 * where it fails, the espeak-ng voice speaks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VideoSettings.class)
class VideoConfiguration {

	@Bean
	Narrator narrator(VideoSettings settings, ObjectProvider<InferenceModels> models) {
		return switch (settings.narrator()) {
			case TRITON -> new TritonNarrator(models.getObject().tensor(settings.triton().model()),
					settings.triton().deadline(), espeak(settings));
			case ESPEAK -> espeak(settings);
			case NONE -> (script) -> Narration.none();
		};
	}

	@Bean
	PromoVideos promoVideos(Narrator narrator, VideoSettings settings) {
		return new PromoVideos(narrator, settings.music(), settings.frameRate(), settings.videoBitrate());
	}

	private static Narrator espeak(VideoSettings settings) {
		return new EspeakNarrator(settings.espeak().command(), settings.espeak().voice(),
				settings.espeak().wordsPerMinute(), settings.espeak().timeout());
	}

}
