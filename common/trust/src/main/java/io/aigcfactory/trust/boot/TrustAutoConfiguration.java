package io.aigcfactory.trust.boot;

import java.nio.charset.StandardCharsets;

import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.LabelSigner;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.Watermarker;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Labels signed with the deployment's key, and the watermark's writer and reader, in
 * every application configured with a signing key (the services, through
 * {@code aigc-service.yml}; not the gateway).
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "aigc.trust", name = "signing-key")
@EnableConfigurationProperties(TrustSettings.class)
public class TrustAutoConfiguration {

	@Bean
	Labels labels(TrustSettings settings) {
		return new Labels(new LabelSigner(settings.signingKey().getBytes(StandardCharsets.UTF_8)));
	}

	@Bean
	Watermarker watermarker(TrustSettings settings) {
		return new Watermarker(settings.watermarkPsnr());
	}

	@Bean
	WatermarkDetector watermarkDetector() {
		return new WatermarkDetector();
	}

}
