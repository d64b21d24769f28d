package io.aigcfactory.inspection.compliance.triton;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The classifier tier of the compliance funnel.
 *
 * @param backend {@code none} (only the lexicon and rules run) or {@code triton} (a guard
 * model configured under {@code aigc.inference.models.<model>})
 * @param model the model's name under {@code aigc.inference.models}
 * @param deadline how long one classification may take, batching included
 */
@Validated
@ConfigurationProperties("aigc.inspection.classifier")
public record ClassifierSettings(@DefaultValue("none") @NotNull Backend backend,
		@DefaultValue("guard") @NotBlank String model, @DefaultValue("2s") @NotNull Duration deadline) {

	/** Where the classifier runs. */
	public enum Backend {

		/** No classifier. */
		NONE,
		/** A guard model on Triton. */
		TRITON

	}

}
