package io.aigcfactory.production.video;

import io.aigcfactory.production.video.espeak.EspeakNarrator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The promo video maker and its narrator, as {@link VideoSettings} choose. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VideoSettings.class)
class VideoConfiguration {

	@Bean
	Narrator narrator(VideoSettings settings) {
		return switch (settings.narrator()) {
			case ESPEAK -> new EspeakNarrator(settings.espeak().command(), settings.espeak().voice(),
					settings.espeak().wordsPerMinute(), settings.espeak().timeout());
			case NONE -> (script) -> Narration.none();
		};
	}

	@Bean
	PromoVideos promoVideos(Narrator narrator, VideoSettings settings) {
		return new PromoVideos(narrator, settings.frameRate(), settings.videoBitrate());
	}

}
