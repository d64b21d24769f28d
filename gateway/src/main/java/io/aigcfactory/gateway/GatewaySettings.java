package io.aigcfactory.gateway;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway sends each API.
 *
 * @param services the base URL of each service
 */
@Validated
@ConfigurationProperties("aigc.gateway")
public record GatewaySettings(@NotNull @Valid Services services) {

	/**
	 * The services' base URLs.
	 *
	 * @param creative requirements
	 * @param production assets and their files
	 * @param inspection verdicts
	 * @param distribution channels and publications
	 * @param feedback feedback and insights
	 */
	public record Services(@NotNull URI creative, @NotNull URI production, @NotNull URI inspection,
			@NotNull URI distribution, @NotNull URI feedback) {
	}

}
