package io.aigcfactory.creative.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a requirement's progress is streamed as server-sent events.
 *
 * @param interval how often the requirement's report is read for a change
 * @param lifetime how long one stream stays open before the server ends it; a client that
 * still wants progress opens a new one, which also keeps each stream under the gateway's
 * upstream response timeout
 */
@Validated
@ConfigurationProperties("aigc.creative.progress-stream")
record ProgressStreamSettings(@DefaultValue("500ms") @NotNull Duration interval,
		@DefaultValue("90s") @NotNull Duration lifetime) {

}
