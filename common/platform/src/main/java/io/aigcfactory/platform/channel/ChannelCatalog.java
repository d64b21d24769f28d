package io.aigcfactory.platform.channel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The channels materials can be published to, by id. One property tree
 * ({@code aigc.channels}) serves every service that needs it.
 *
 * @param catalog the channels by id: lowercase letters, digits and '-'
 */
@Validated
@ConfigurationProperties("aigc.channels")
public record ChannelCatalog(@DefaultValue @NotNull Map<String, @Valid Channel> catalog) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public ChannelCatalog {
		for (Map.Entry<String, Channel> entry : catalog.entrySet()) {
			if (!ID.matcher(entry.getKey()).matches()) {
				throw new IllegalArgumentException(
						"Channel id '" + entry.getKey() + "' must be 1-40 lowercase letters, digits or '-'");
			}
			entry.getValue().check(entry.getKey());
		}
		catalog = new TreeMap<>(catalog);
	}

	public Set<String> ids() {
		return this.catalog.keySet();
	}

	public boolean contains(String id) {
		return this.catalog.containsKey(id);
	}

	/**
	 * One channel.
	 *
	 * @param kind how it is published to
	 * @param directory for {@code filesystem}: the export directory; defaults to
	 * {@code <export root>/<id>}
	 * @param url for {@code webhook}: the URL each publication is POSTed to
	 * @param secret for {@code webhook}: the HMAC-SHA256 key that signs each body
	 * @param timeout for {@code webhook}: how long one delivery may take
	 */
	public record Channel(@NotNull Kind kind, @Nullable Path directory, @Nullable URI url, @Nullable String secret,
			@DefaultValue("5s") @NotNull Duration timeout) {

		void check(String id) {
			if (this.kind == Kind.WEBHOOK && (this.url == null || !this.url.isAbsolute())) {
				throw new IllegalArgumentException("Webhook channel '" + id + "' needs an absolute url");
			}
		}

	}

	/** How a channel is published to. */
	public enum Kind {

		/** Files in a folder per channel, with a manifest. */
		FILESYSTEM,
		/** An HTTP POST of each publication to a receiver. */
		WEBHOOK

	}

}
